#include "cli/CommandLine.h"

namespace outreach::cli {
namespace {

// Options that are switches, never followed by a value.
const QSet<QString>& flagNames() {
    static const QSet<QString> names{QStringLiteral("json"),
                                     QStringLiteral("skip-bad"),
                                     QStringLiteral("force"),
                                     QStringLiteral("help"),
                                     QStringLiteral("trust-self-signed"),
                                     QStringLiteral("allow-plaintext-auth"),
                                     QStringLiteral("disabled"),
                                     QStringLiteral("dry-run"),
                                     QStringLiteral("reset"),
                                     QStringLiteral("clear")};
    return names;
}

} // namespace

Result<CommandLine> CommandLine::parse(const QStringList& arguments) {
    CommandLine line;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (onlyPositionals || !word.startsWith(QLatin1String("--")) ||
            word == QLatin1String("-")) {
            line.m_positional.append(word);
            continue;
        }
        if (word == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        QString name = word.mid(2);
        std::optional<QString> value;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagNames().contains(name)) {
            if (value)
                return Error::badInput(name, QStringLiteral("--%1 takes no value").arg(name));
            if (name == QLatin1String("json"))
                line.m_json = true;
            else if (name == QLatin1String("help"))
                line.m_help = true;
            else
                line.m_flags.insert(name);
            continue;
        }
        if (!value) {
            if (i + 1 >= arguments.size())
                return Error::badInput(name, QStringLiteral("--%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (name == QLatin1String("db"))
            line.m_db = *value;
        else if (name == QLatin1String("now"))
            line.m_now = *value;
        else if (line.m_options.contains(name))
            return Error::badInput(name, QStringLiteral("--%1 is given twice").arg(name));
        else
            line.m_options.insert(name, *value);
    }
    return line;
}

Result<QString> CommandLine::takePositional(const QString& field) {
    if (m_positional.isEmpty())
        return Error::badInput(field, QStringLiteral("missing %1").arg(field));
    return m_positional.takeFirst();
}

std::optional<QString> CommandLine::takeOptionalPositional() {
    if (m_positional.isEmpty())
        return std::nullopt;
    return m_positional.takeFirst();
}

Result<qint64> CommandLine::parseId(const QString& field, const QString& text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::badInput(
            field,
            QStringLiteral("%1: '%2' is not an id (a positive whole number)").arg(field, text));
    return id;
}

Result<qint64> CommandLine::takeId(const QString& field) {
    Result<QString> word = takePositional(field);
    if (!word)
        return word.error();
    return parseId(field, *word);
}

std::optional<QString> CommandLine::option(const QString& name) const {
    const auto it = m_options.constFind(name);
    if (it == m_options.constEnd())
        return std::nullopt;
    return *it;
}

Result<QString> CommandLine::requiredOption(const QString& name) const {
    if (std::optional<QString> value = option(name))
        return *value;
    return Error::badInput(name, QStringLiteral("--%1 is required").arg(name));
}

Result<int> CommandLine::intOption(const QString& name, int fallback, int minimum) const {
    std::optional<QString> text = option(name);
    if (!text)
        return fallback;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < minimum)
        return Error::badInput(name,
                               QStringLiteral("--%1: '%2' is not a whole number of at least %3")
                                   .arg(name, *text)
                                   .arg(minimum));
    return value;
}

Status CommandLine::expectOnly(const QStringList& options, const QString& command) const {
    for (auto it = m_options.constBegin(); it != m_options.constEnd(); ++it)
        if (!options.contains(it.key()))
            return Error::badInput(
                it.key(), QStringLiteral("'%1' has no option --%2").arg(command, it.key()));
    for (const QString& name : m_flags)
        if (!options.contains(name))
            return Error::badInput(name,
                                   QStringLiteral("'%1' has no option --%2").arg(command, name));
    if (!m_positional.isEmpty())
        return Error::badInput(
            QStringLiteral("arguments"),
            QStringLiteral("'%1' does not take '%2'").arg(command, m_positional.first()));
    return Status::success();
}

} // namespace outreach::cli
