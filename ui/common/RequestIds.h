#pragma once

#include <QtGlobal>

namespace outreach::ui {

// Request ids for the engine's run slots: every page draws from one sequence, so an answer
// (runAccepted / runRefused) that every page hears belongs to exactly one of them.
class RequestIds {
public:
    static quint64 next();
};

} // namespace outreach::ui
