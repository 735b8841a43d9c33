#pragma once

#include "core/Result.h"
#include "model/Lead.h"

namespace outreach {

// What makes a lead from any source usable: a single plain address that the mail layer's own
// parser accepts (no display name, no angle brackets), and name, company and title fields
// that fit a header (no control characters) and the CSV limit of 200 characters.
class LeadValidator {
public:
    static constexpr int maxFieldLength = 200;

    // The lead with its fields trimmed and its address normalised, or why it is not usable
    // (a BadInput naming the field).
    static Result<Lead> validate(Lead lead);
};

} // namespace outreach
