#include "imap/ImapBodyPart.h"

namespace outreach::imap {
namespace {

constexpr int kMaxDepth = 32;
constexpr qsizetype kMaxChildren = 500;

QMap<QByteArray, QByteArray> parameters(const ImapValue& value) {
    QMap<QByteArray, QByteArray> params;
    if (!value.isList())
        return params;
    const QList<ImapValue>& items = value.items();
    for (qsizetype i = 0; i + 1 < items.size(); i += 2)
        params.insert(items.at(i).stringOrEmpty().toLower(), items.at(i + 1).stringOrEmpty());
    return params;
}

// body-fld-dsp: ("attachment" ("filename" "x.pdf")) or NIL.
QByteArray dispositionOf(const ImapValue& value) {
    if (!value.isList() || value.items().isEmpty())
        return {};
    return value.items().first().stringOrEmpty().toLower();
}

} // namespace

std::optional<ImapBodyPart> ImapBodyPart::fromBodyStructure(const ImapValue& value) {
    return parse(value, QByteArray(), 0);
}

std::optional<ImapBodyPart> ImapBodyPart::parse(const ImapValue& value, const QByteArray& section,
                                                int depth) {
    if (!value.isList() || value.items().isEmpty() || depth > kMaxDepth)
        return std::nullopt;
    const QList<ImapValue>& items = value.items();
    ImapBodyPart part;
    if (items.first().isList()) {
        // body-type-mpart: one or more bodies, then the subtype, then extension data.
        part.m_type = "multipart";
        qsizetype i = 0;
        for (; i < items.size() && items.at(i).isList(); ++i) {
            if (i >= kMaxChildren)
                return std::nullopt;
            const QByteArray childSection =
                (section.isEmpty() ? QByteArray() : section + '.') + QByteArray::number(i + 1);
            std::optional<ImapBodyPart> child = parse(items.at(i), childSection, depth + 1);
            if (!child)
                return std::nullopt;
            part.m_children.append(std::move(*child));
        }
        if (i >= items.size() || !items.at(i).isString())
            return std::nullopt;
        part.m_subtype = items.at(i).bytes().toLower();
        if (i + 1 < items.size())
            part.m_params = parameters(items.at(i + 1));
        if (i + 2 < items.size())
            part.m_disposition = dispositionOf(items.at(i + 2));
        part.m_section = section;
        return part;
    }
    // body-type-1part: type subtype params id description encoding size ...
    if (items.size() < 7 || !items.at(0).isString() || !items.at(1).isString())
        return std::nullopt;
    part.m_type = items.at(0).bytes().toLower();
    part.m_subtype = items.at(1).bytes().toLower();
    part.m_params = parameters(items.at(2));
    part.m_encoding = items.at(5).stringOrEmpty().toLower();
    part.m_size = items.at(6).number().value_or(0);
    // A non-multipart message is still part 1 (RFC 3501 section 6.4.5).
    part.m_section = section.isEmpty() ? QByteArray("1") : section;
    // Extension data starts after the type-specific fields: lines for text, envelope, body
    // and lines for message/rfc822; then md5, then the disposition.
    qsizetype extension = 7;
    if (part.m_type == "text")
        extension = 8;
    else if (part.m_type == "message" && part.m_subtype == "rfc822")
        extension = 10;
    if (extension + 1 < items.size())
        part.m_disposition = dispositionOf(items.at(extension + 1));
    return part;
}

bool ImapBodyPart::is(const char* type, const char* subtype) const {
    return m_type == type && m_subtype == subtype;
}

const ImapBodyPart* ImapBodyPart::find(const char* type, const char* subtype) const {
    if (is(type, subtype))
        return this;
    for (const ImapBodyPart& child : m_children)
        if (const ImapBodyPart* found = child.find(type, subtype))
            return found;
    return nullptr;
}

const ImapBodyPart* ImapBodyPart::firstOfType(const char* subtype) const {
    if (m_disposition == "attachment")
        return nullptr;
    if (is("text", subtype))
        return this;
    for (const ImapBodyPart& child : m_children)
        if (const ImapBodyPart* found = child.firstOfType(subtype))
            return found;
    return nullptr;
}

const ImapBodyPart* ImapBodyPart::firstTextPart() const {
    if (const ImapBodyPart* plain = firstOfType("plain"))
        return plain;
    return firstOfType("html");
}

bool ImapBodyPart::isDeliveryReport() const {
    return is("multipart", "report") &&
           parameter("report-type").compare("delivery-status", Qt::CaseInsensitive) == 0;
}

} // namespace outreach::imap
