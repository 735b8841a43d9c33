#pragma once

#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace outreach::cli {

class Command;

// `outreachctl`: parses the line, runs one command, maps the outcome to an exit code.
// Exit codes (SPEC §6): 0 success, 1 runtime failure, 2 bad usage or bad input (including an
// unknown id), with one clear line on stderr.
class Ctl {
public:
    Ctl();
    ~Ctl();

    void addCommand(std::unique_ptr<Command> command);
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    QString usage() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace outreach::cli
