#pragma once

#include <QString>

namespace outreach {
class Clock;
class Database;
class Engine;
} // namespace outreach

namespace outreach::ui {

// What the pages are built from. The engine is reached only by queued calls and its signals;
// the database only by read-only views on their own reader thread; the clock is the engine's
// (a manual one in tests), so "next run in 5 min" agrees with what the engine will do.
struct ConsoleContext {
    Engine* engine = nullptr;
    const Clock* clock = nullptr;
    const Database* database = nullptr;
    QString dataLocation{}; // shown in the status bar; credentials already redacted
    // Non-empty when another engine already runs the jobs on this database ("serve on db-1
    // (pid 42)"): the console's own engine is then a viewer (EngineOptions::viewer).
    QString viewerOf{};
};

} // namespace outreach::ui
