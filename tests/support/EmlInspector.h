#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace outreach::test {

// What Python's `email` package (policy=default) makes of a message: decoded headers, address
// parts, body parts, defects, line lengths (tests/support/parse_eml.py). An independent reader,
// so a test never checks our MIME output with our own decoder.
class EmlInspector {
public:
    // {"headers": [[name, decoded value]...], "from"/"to": [{display_name, username, domain}],
    //  "text", "html", "parts", "defects", "encoded_words", "max_line_length", "bare_lf",
    //  "bare_cr", "seven_bit", "date_epoch"}; {"error": ...} when parsing failed.
    static QJsonObject parse(const QByteArray& message);
    // The decoded values of every header called `name` (case-insensitive), in order.
    static QStringList headerValues(const QJsonObject& parsed, const QString& name);
};

} // namespace outreach::test
