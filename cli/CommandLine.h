#pragma once

#include "core/Result.h"

#include <QMap>
#include <QSet>
#include <QStringList>
#include <optional>

namespace outreach::cli {

// The words after `outreachctl`: global options (--db, --now, --json, anywhere on the line),
// then the command, its sub-command, positionals and options. Options take a value
// (`--name N` or `--name=N`) unless they are known flags. A command names the options it
// accepts; anything else is bad usage, reported with the option's name.
class CommandLine {
public:
    static Result<CommandLine> parse(const QStringList& arguments);

    QString dbUrl() const { return m_db; }
    QString now() const { return m_now; }
    bool json() const { return m_json; }
    bool helpRequested() const { return m_help; }

    // Next positional word; an error naming `field` when there is none.
    Result<QString> takePositional(const QString& field);
    std::optional<QString> takeOptionalPositional();
    // An id positional or option value: a positive whole number.
    Result<qint64> takeId(const QString& field);
    static Result<qint64> parseId(const QString& field, const QString& text);

    std::optional<QString> option(const QString& name) const;
    Result<QString> requiredOption(const QString& name) const;
    // Integer option with a default; an error naming the option when it is not a number >= min.
    Result<int> intOption(const QString& name, int fallback, int minimum = 0) const;
    bool flag(const QString& name) const { return m_flags.contains(name); }

    // Call after reading: refuses options the command does not know and left-over words.
    Status expectOnly(const QStringList& options, const QString& command) const;

private:
    QString m_db;
    QString m_now;
    bool m_json = false;
    bool m_help = false;
    QStringList m_positional;
    QMap<QString, QString> m_options;
    QSet<QString> m_flags;
};

} // namespace outreach::cli
