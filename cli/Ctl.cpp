#include "cli/Ctl.h"

#include "cli/AuditCommand.h"
#include "cli/CampaignsCommand.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/DemoCommand.h"
#include "cli/InitCommand.h"
#include "cli/JobsCommand.h"
#include "cli/LeadsCommand.h"
#include "cli/LogsCommand.h"
#include "cli/OutboxCommand.h"
#include "cli/QuotaCommand.h"
#include "cli/ReportCommand.h"
#include "cli/RunsCommand.h"
#include "cli/ScheduleCommand.h"
#include "cli/SendersCommand.h"
#include "cli/ServeCommand.h"
#include "cli/SettingsCommand.h"
#include "cli/SourcesCommand.h"
#include "cli/UsersCommand.h"

namespace outreach::cli {

Ctl::Ctl() {
    addCommand(std::make_unique<InitCommand>());
    addCommand(std::make_unique<DemoCommand>());
    addCommand(std::make_unique<UsersCommand>());
    addCommand(std::make_unique<SendersCommand>());
    addCommand(std::make_unique<SourcesCommand>());
    addCommand(std::make_unique<CampaignsCommand>());
    addCommand(std::make_unique<LeadsCommand>());
    addCommand(std::make_unique<OutboxCommand>());
    addCommand(std::make_unique<SettingsCommand>());
    addCommand(std::make_unique<JobsCommand>());
    addCommand(std::make_unique<RunsCommand>());
    addCommand(std::make_unique<LogsCommand>());
    addCommand(std::make_unique<ScheduleCommand>());
    addCommand(std::make_unique<ServeCommand>());
    addCommand(std::make_unique<ReportCommand>());
    addCommand(std::make_unique<QuotaCommand>());
    addCommand(std::make_unique<AuditCommand>());
}

Ctl::~Ctl() = default;

void Ctl::addCommand(std::unique_ptr<Command> command) {
    m_commands.push_back(std::move(command));
}

QString Ctl::usage() const {
    QString text = QStringLiteral(
        "usage: outreachctl [--db URL] [--now ISO8601] [--json] COMMAND ...\n"
        "  --db URL     sqlite:PATH or postgresql://user@host:port/db (env OUTREACH_DB)\n"
        "  --now TIME   freeze the clock at this instant (env OUTREACH_NOW)\n"
        "  --json       machine-readable output\n\ncommands:\n");
    for (const auto& command : m_commands)
        for (const QString& lineText :
             command->usage().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            text += QStringLiteral("  ") + lineText + QLatin1Char('\n');
    return text;
}

int Ctl::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    auto fail = [&](const Error& error) {
        err << "outreachctl: " << error.message << '\n';
        err.flush();
        return error.isCallersFault() ? 2 : 1;
    };
    Result<CommandLine> line = CommandLine::parse(arguments);
    if (!line)
        return fail(line.error());
    std::optional<QString> name = line->takeOptionalPositional();
    if (!name || line->helpRequested()) {
        out << usage();
        out.flush();
        return name || line->helpRequested() ? 0 : 2;
    }
    Command* command = nullptr;
    for (const auto& candidate : m_commands)
        if (candidate->name() == *name)
            command = candidate.get();
    if (!command)
        return fail(Error::badInput(
            QStringLiteral("command"),
            QStringLiteral("unknown command '%1' (see outreachctl --help)").arg(*name)));
    CliContext context(out, err);
    if (Status configured = context.configure(*line); !configured)
        return fail(configured.error());
    Status outcome = command->run(context, *line);
    out.flush();
    if (!outcome)
        return fail(outcome.error());
    return 0;
}

} // namespace outreach::cli
