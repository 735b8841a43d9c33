#pragma once

#include <QString>

namespace outreach {

// A user-readable failure. `kind` decides the CLI exit code: bad input (including an
// unknown id) is the caller's fault (exit 2); runtime failures are ours or the world's (exit 1).
struct Error {
    enum class Kind { BadInput, NotFound, Conflict, Runtime };

    Kind kind = Kind::Runtime;
    QString message;
    QString field; // the option, column or setting the message is about, when there is one

    static Error badInput(const QString& field, const QString& message) {
        return {Kind::BadInput, message, field};
    }
    static Error notFound(const QString& field, const QString& message) {
        return {Kind::NotFound, message, field};
    }
    static Error conflict(const QString& message) { return {Kind::Conflict, message, {}}; }
    static Error runtime(const QString& message) { return {Kind::Runtime, message, {}}; }

    bool isCallersFault() const { return kind == Kind::BadInput || kind == Kind::NotFound; }
};

} // namespace outreach
