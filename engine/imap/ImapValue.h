#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

namespace outreach::imap {

// One item of a parsed IMAP response (RFC 3501 section 4): an atom (which includes numbers,
// flags and fetch items such as `BODY[1]<0>`), a string (quoted or literal: the same once
// parsed), NIL, or a parenthesized list.
class ImapValue {
public:
    enum class Kind { Atom, String, Nil, List };

    static ImapValue atom(QByteArray text);
    static ImapValue string(QByteArray bytes);
    static ImapValue nil();
    static ImapValue list(QList<ImapValue> items);

    Kind kind() const { return m_kind; }
    bool isAtom() const { return m_kind == Kind::Atom; }
    bool isString() const { return m_kind == Kind::String; }
    bool isNil() const { return m_kind == Kind::Nil; }
    bool isList() const { return m_kind == Kind::List; }

    // Atom text or string bytes; empty for NIL and lists.
    const QByteArray& bytes() const { return m_bytes; }
    const QList<ImapValue>& items() const { return m_items; }
    // Case-insensitive comparison of an atom or string with `text`.
    bool is(const char* text) const;
    // An atom of digits that fits in 64 bits without sign (UIDs, counts, sizes).
    std::optional<quint64> number() const;
    // NIL or a string: the bytes, or empty. Lets BODYSTRUCTURE fields be read uniformly.
    QByteArray stringOrEmpty() const;

private:
    Kind m_kind = Kind::Nil;
    QByteArray m_bytes;
    QList<ImapValue> m_items;
};

} // namespace outreach::imap
