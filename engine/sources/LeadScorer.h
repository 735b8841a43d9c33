#pragma once

#include "core/Result.h"
#include "model/Lead.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace outreach {

class UserScope;

// A lead's score (0-100) from a transparent rule set, with the reasons behind it.
//
// Default rules (SPEC §7: source score if given, else title seniority, company, completeness):
//   - a score the source gave (0-100) is used as it is;
//   - otherwise: base 20
//       + title seniority, the tier whose keyword matches the title:
//           C-level  +50  chief, ceo, cto, cfo, coo, cmo, cio, cro, founder, owner, president,
//                         managing director, partner
//           VP       +40  vp, svp, evp, vice president
//           Head     +35  head
//           Director +30  director
//           Manager  +15  manager, lead, principal
//         any other non-empty title +5;
//       + 10 when the company is given;
//       + 5 for a first name and + 5 for a last name (completeness);
//     clamped to 0-100. A complete C-level lead scores 90 (hot, >= 80), a VP 80 (hot),
//     a Head 75 and a Director 70 (warm, >= 60), a Manager 55, a bare address 20.
// Keywords match whole words of the title without regard to case or punctuation ("VP, Sales"
// matches vp). When keywords of several tiers match, the longest keyword wins ("Vice
// President" is VP, not C-level through "president"), then the higher points.
//
// Per user, the rules are a JSON object stored as the user setting "lead-scoring"; keys left
// out keep their defaults:
//   {"useSourceScore": true, "base": 20, "otherTitlePoints": 5, "companyPoints": 10,
//    "firstNamePoints": 5, "lastNamePoints": 5,
//    "seniority": [{"label": "C-level", "points": 50, "keywords": ["chief", ...]}, ...]}
class LeadScorer {
public:
    static inline const QString settingName = QStringLiteral("lead-scoring");

    struct Tier {
        QString label{};
        int points = 0;
        QStringList keywords{};
    };
    struct Rules {
        bool useSourceScore = true;
        int base = 20;
        QList<Tier> seniority{};
        int otherTitlePoints = 5;
        int companyPoints = 10;
        int firstNamePoints = 5;
        int lastNamePoints = 5;
    };
    struct Scored {
        int score = 0;
        QStringList reasons{}; // one line per rule that counted, e.g. "title 'VP Sales': VP +40"
        QString seniority{};   // the matched tier's label, empty when none matched
        bool fromSource = false;
    };

    LeadScorer();
    explicit LeadScorer(Rules rules);

    static Rules defaultRules();
    // Rules from JSON; an unknown key or a value out of range is a BadInput naming it
    // (field "scoring.<key>").
    static Result<LeadScorer> fromJson(const QByteArray& json);
    QJsonObject toJson() const;
    const Rules& rules() const { return m_rules; }

    Scored score(const Lead& lead, std::optional<int> sourceScore = std::nullopt) const;

    // The user's rules (the stored setting, or the defaults when there is none).
    static Result<LeadScorer> forUser(const UserScope& scope);
    // Validates and stores the user's rules; an empty text goes back to the defaults.
    static Status saveForUser(const UserScope& scope, const QByteArray& json);

private:
    const Tier* matchTier(const QString& title, QString* keyword) const;

    Rules m_rules;
};

} // namespace outreach
