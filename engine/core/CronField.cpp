#include "core/CronField.h"

#include <QStringList>

#include <bit>
#include <optional>

namespace outreach {

namespace {

struct Range {
    int min;
    int max;
};

// Day of week accepts 0-7 like Vixie cron (both ends are Sunday); `*/2` and `1/2` step over
// that whole range, as croniter does.
Range rangeOf(CronField::Kind kind) {
    switch (kind) {
    case CronField::Kind::Minute:
        return {0, 59};
    case CronField::Kind::Hour:
        return {0, 23};
    case CronField::Kind::DayOfMonth:
        return {1, 31};
    case CronField::Kind::Month:
        return {1, 12};
    case CronField::Kind::DayOfWeek:
        return {0, 7};
    }
    return {0, 0};
}

const QStringList& namesOf(CronField::Kind kind) {
    static const QStringList none;
    static const QStringList months{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                    "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    static const QStringList days{"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    if (kind == CronField::Kind::Month)
        return months;
    if (kind == CronField::Kind::DayOfWeek)
        return days;
    return none;
}

// Builds messages that quote the whole field and, when the field is a list or range, the
// part of it that is wrong.
class FieldErrors {
public:
    FieldErrors(CronField::Kind kind, const QString& text) : m_kind(kind), m_text(text) {}

    Error about(const QString& token, const QString& problem) const {
        const QString head =
            QStringLiteral("schedule: %1 field '%2'").arg(CronField::name(m_kind), m_text);
        const QString message = token == m_text
                                    ? QStringLiteral("%1 %2").arg(head, problem)
                                    : QStringLiteral("%1: '%2' %3").arg(head, token, problem);
        return Error::badInput(QStringLiteral("schedule"), message);
    }

    Error wholeField(const QString& problem) const { return about(m_text, problem); }

    Error notAValue(const QString& token) const {
        switch (m_kind) {
        case CronField::Kind::Month:
            return about(token, QStringLiteral("is not a number or a month name (JAN-DEC)"));
        case CronField::Kind::DayOfWeek:
            return about(token, QStringLiteral("is not a number or a day name (SUN-SAT)"));
        default:
            return about(token, QStringLiteral("is not a number"));
        }
    }

    Error outOfRange(const QString& token) const {
        const Range range = rangeOf(m_kind);
        QString problem = QStringLiteral("is out of range %1-%2").arg(range.min).arg(range.max);
        if (m_kind == CronField::Kind::DayOfWeek)
            problem += QStringLiteral(" (0 and 7 are Sunday)");
        return about(token, problem);
    }

private:
    CronField::Kind m_kind;
    QString m_text;
};

std::optional<int> parseNumber(const QString& token) {
    if (token.isEmpty() || token.size() > 4)
        return std::nullopt;
    for (QChar c : token) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return token.toInt();
}

Result<int> parseValue(CronField::Kind kind, const QString& token, const FieldErrors& errors) {
    if (std::optional<int> number = parseNumber(token)) {
        const Range range = rangeOf(kind);
        if (*number < range.min || *number > range.max)
            return errors.outOfRange(token);
        return *number;
    }
    const int index = namesOf(kind).indexOf(token.toUpper());
    if (index < 0)
        return errors.notAValue(token);
    return kind == CronField::Kind::Month ? index + 1 : index;
}

// One comma-separated item: `*`, `N`, `A-B`, each optionally followed by `/STEP`.
Status addItem(CronField::Kind kind, const QString& item, const FieldErrors& errors,
               quint64& bits) {
    if (item.isEmpty())
        return errors.wholeField(QStringLiteral("has an empty list item"));
    const QStringList stepParts = item.split(QLatin1Char('/'));
    if (stepParts.size() > 2)
        return errors.about(item, QStringLiteral("has more than one '/'"));
    const QString base = stepParts.first();
    const bool hasStep = stepParts.size() == 2;
    const Range range = rangeOf(kind);

    int low = range.min;
    int high = range.max;
    if (base != QLatin1String("*")) {
        const QStringList ends = base.split(QLatin1Char('-'));
        if (ends.size() > 2 || ends.contains(QString()))
            return errors.notAValue(base.isEmpty() ? item : base);
        Result<int> first = parseValue(kind, ends.first(), errors);
        if (!first)
            return first.error();
        low = *first;
        high = hasStep ? range.max : low; // `5/15` runs from 5 to the end of the range
        if (ends.size() == 2) {
            Result<int> last = parseValue(kind, ends.last(), errors);
            if (!last)
                return last.error();
            high = *last;
            // FRI-SUN reads naturally; Sunday as the end of a range is the 7 of 0-7.
            if (kind == CronField::Kind::DayOfWeek && high == 0 && low > 0)
                high = 7;
            if (low > high)
                return errors.about(item, QStringLiteral("has a range whose start is after "
                                                         "its end"));
        }
    }

    int step = 1;
    if (hasStep) {
        const int span = range.max - range.min + 1;
        const std::optional<int> parsed = parseNumber(stepParts.last());
        if (!parsed)
            return errors.about(item, QStringLiteral("has a step that is not a number"));
        if (*parsed < 1 || *parsed > span)
            return errors.about(item, QStringLiteral("has step %1; a step must be between 1 and %2")
                                          .arg(*parsed)
                                          .arg(span));
        step = *parsed;
    }
    for (int value = low; value <= high; value += step)
        bits |= quint64(1) << value;
    return Status::success();
}

quint64 fullMask(CronField::Kind kind) {
    const Range range = rangeOf(kind);
    const int top = kind == CronField::Kind::DayOfWeek ? 6 : range.max;
    quint64 bits = 0;
    for (int value = range.min; value <= top; ++value)
        bits |= quint64(1) << value;
    return bits;
}

} // namespace

QString CronField::name(Kind kind) {
    switch (kind) {
    case Kind::Minute:
        return QStringLiteral("minute");
    case Kind::Hour:
        return QStringLiteral("hour");
    case Kind::DayOfMonth:
        return QStringLiteral("day-of-month");
    case Kind::Month:
        return QStringLiteral("month");
    case Kind::DayOfWeek:
        return QStringLiteral("day-of-week");
    }
    return {};
}

Result<CronField> CronField::parse(Kind kind, const QString& text) {
    const FieldErrors errors(kind, text);
    quint64 bits = 0;
    for (const QString& item : text.split(QLatin1Char(','))) {
        if (Status added = addItem(kind, item, errors, bits); !added)
            return added.error();
    }
    if (kind == Kind::DayOfWeek && (bits & (quint64(1) << 7))) {
        bits &= ~(quint64(1) << 7);
        bits |= 1; // 7 is Sunday
    }
    return CronField(kind, bits);
}

int CronField::nextFrom(int value) const {
    if (value < 0)
        value = 0;
    if (value >= 64)
        return -1;
    const quint64 rest = m_bits >> value;
    return rest == 0 ? -1 : value + std::countr_zero(rest);
}

bool CronField::isUnrestricted() const {
    return m_bits == fullMask(m_kind);
}

} // namespace outreach
