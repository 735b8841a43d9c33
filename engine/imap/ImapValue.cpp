#include "imap/ImapValue.h"

#include <utility>

namespace outreach::imap {

ImapValue ImapValue::atom(QByteArray text) {
    ImapValue v;
    v.m_kind = Kind::Atom;
    v.m_bytes = std::move(text);
    return v;
}

ImapValue ImapValue::string(QByteArray bytes) {
    ImapValue v;
    v.m_kind = Kind::String;
    v.m_bytes = std::move(bytes);
    return v;
}

ImapValue ImapValue::nil() {
    return ImapValue();
}

ImapValue ImapValue::list(QList<ImapValue> items) {
    ImapValue v;
    v.m_kind = Kind::List;
    v.m_items = std::move(items);
    return v;
}

bool ImapValue::is(const char* text) const {
    if (m_kind != Kind::Atom && m_kind != Kind::String)
        return false;
    return m_bytes.compare(QByteArray(text), Qt::CaseInsensitive) == 0;
}

std::optional<quint64> ImapValue::number() const {
    // 19 digits always fit in 64 bits; IMAP numbers are 32-bit, so longer is never valid.
    if (m_kind != Kind::Atom || m_bytes.isEmpty() || m_bytes.size() > 19)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : m_bytes) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    return value;
}

QByteArray ImapValue::stringOrEmpty() const {
    return m_kind == Kind::String || m_kind == Kind::Atom ? m_bytes : QByteArray();
}

} // namespace outreach::imap
