#pragma once

#include <QString>

namespace outreach::test {

// Paths and settings the test command (scripts/test.sh) hands to every test.
QString scriptsDir();  // tests/support: the Python servers tests start
QString outreachctl(); // the built CLI binary
QString python();      // python3 used for servers and independent parsers

} // namespace outreach::test
