// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace baseline {

QString JsonReader::escapePointerToken(const QString& token)
{
    if (!token.contains(QLatin1Char('~')) && !token.contains(QLatin1Char('/')))
        return token;
    QString t = token;
    t.replace(QLatin1Char('~'), QLatin1String("~0"));
    t.replace(QLatin1Char('/'), QLatin1String("~1"));
    return t;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
static qsizetype firstInvalidUtf8(const QByteArray& text, qsizetype from)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.constData());
    const qsizetype n = text.size();
    for (qsizetype i = from; i < n;) {
        const unsigned char c = p[i];
        int len = 0;
        unsigned int min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        unsigned int cp = c & (0xFF >> (len + 1));
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i; // overlong, out of range, or a surrogate
        i += len;
    }
    return -1;
}

TextPosition JsonReader::positionAt(qsizetype offset) const
{
    // Binary search the line, then count code points (non-continuation bytes) from its start.
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const int line = static_cast<int>(it - m_lineStarts.begin());
    const qsizetype start = m_lineStarts[line - 1];
    int column = 1;
    for (qsizetype i = start; i < offset && i < m_text.size(); ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++column;
    return {line, column};
}

TextPosition JsonReader::positionInString(const QString& pointer, int decodedIndex) const
{
    qsizetype p = m_stringStarts.value(pointer, -1);
    if (p < 0)
        return positionOf(pointer);
    // Walk the source string, one decoded UTF-16 unit at a time.
    int index = 0;
    while (p < m_text.size() && m_text[p] != '"' && index < decodedIndex) {
        const auto c = static_cast<unsigned char>(m_text[p]);
        if (c == '\\') {
            if (p + 1 < m_text.size() && m_text[p + 1] == 'u')
                p += 6;
            else
                p += 2;
            ++index;
        } else if (c < 0x80) {
            ++p;
            ++index;
        } else {
            const int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            p += len;
            index += len == 4 ? 2 : 1; // a 4-byte sequence is a surrogate pair in QString
        }
    }
    return positionAt(p);
}

bool JsonReader::fail(const QString& message)
{
    if (m_failure.message.isEmpty())
        m_failure = Failure{positionAt(m_pos), message};
    return false;
}

void JsonReader::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

std::optional<QJsonValue> JsonReader::parse(const QByteArray& bytes)
{
    m_text = bytes;
    m_pos = 0;
    m_failure = {};
    m_positions.clear();
    m_stringStarts.clear();
    m_lineStarts = {0};
    for (qsizetype i = 0; i < m_text.size(); ++i)
        if (m_text[i] == '\n')
            m_lineStarts.append(i + 1);
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3; // a UTF-8 byte order mark is allowed and skipped
    // Reject invalid UTF-8 up front, with its position (a file may legitimately contain U+FFFD, so decoding and
    // looking for replacement characters would not do).
    if (const qsizetype bad = firstInvalidUtf8(m_text, m_pos); bad >= 0) {
        m_pos = bad;
        fail(QStringLiteral("the file is not valid UTF-8"));
        return std::nullopt;
    }
    skipSpace();
    auto root = value(QString(), 0);
    if (!root)
        return std::nullopt;
    skipSpace();
    if (m_pos != m_text.size()) {
        fail(QStringLiteral("unexpected text after the end of the JSON value"));
        return std::nullopt;
    }
    return root;
}

std::optional<QJsonValue> JsonReader::value(const QString& pointer, int depth)
{
    if (depth > m_maxDepth) {
        fail(QStringLiteral("JSON nesting deeper than %1 levels").arg(m_maxDepth));
        return std::nullopt;
    }
    skipSpace();
    if (m_pos >= m_text.size()) {
        fail(QStringLiteral("unexpected end of input"));
        return std::nullopt;
    }
    m_positions.insert(pointer, m_pos);
    const char c = m_text[m_pos];
    if (c == '{') {
        ++m_pos;
        QJsonObject object;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return object;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
                fail(m_pos >= m_text.size() ? QStringLiteral("unexpected end of input inside an object")
                                            : QStringLiteral("expected a member name in double quotes"));
                return std::nullopt;
            }
            const qsizetype keyStart = m_pos;
            auto key = string(QStringLiteral("\x01")); // not a real pointer: keys are not recorded
            if (!key)
                return std::nullopt;
            const QString name = key->toString();
            if (object.contains(name)) {
                m_pos = keyStart;
                fail(QStringLiteral("duplicate member name \"%1\"").arg(name));
                return std::nullopt;
            }
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
                fail(QStringLiteral("expected ':' after member name \"%1\"").arg(name));
                return std::nullopt;
            }
            ++m_pos;
            auto member = value(pointer + QLatin1Char('/') + escapePointerToken(name), depth + 1);
            if (!member)
                return std::nullopt;
            object.insert(name, *member);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return object;
            }
            fail(m_pos >= m_text.size() ? QStringLiteral("unexpected end of input inside an object")
                                        : QStringLiteral("expected ',' or '}' in an object"));
            return std::nullopt;
        }
    }
    if (c == '[') {
        ++m_pos;
        QJsonArray array;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return array;
        }
        for (int index = 0;; ++index) {
            auto element = value(pointer + QLatin1Char('/') + QString::number(index), depth + 1);
            if (!element)
                return std::nullopt;
            array.append(*element);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return array;
            }
            fail(m_pos >= m_text.size() ? QStringLiteral("unexpected end of input inside an array")
                                        : QStringLiteral("expected ',' or ']' in an array"));
            return std::nullopt;
        }
    }
    if (c == '"')
        return string(pointer);
    if (c == '-' || (c >= '0' && c <= '9'))
        return number();
    for (const auto& [word, v] : {std::pair{"true", QJsonValue(true)}, std::pair{"false", QJsonValue(false)},
                                  std::pair{"null", QJsonValue(QJsonValue::Null)}}) {
        const qsizetype n = static_cast<qsizetype>(std::strlen(word));
        if (m_text.mid(m_pos, n) == word) {
            m_pos += n;
            return v;
        }
    }
    fail(QStringLiteral("unexpected character '%1'").arg(QChar::fromLatin1(c)));
    return std::nullopt;
}

std::optional<QJsonValue> JsonReader::string(const QString& pointer)
{
    ++m_pos; // opening quote
    if (pointer != QLatin1String("\x01"))
        m_stringStarts.insert(pointer, m_pos);
    QString out;
    qsizetype run = m_pos; // start of the current stretch without escapes, copied in one go
    auto flush = [&] {
        // Not QString::fromUtf8, which drops a byte order mark at the start of its input: inside a string (and so
        // after an escape too) U+FEFF is text, and dropping it would make "\uFEFFen" the key "en".
        if (m_pos > run)
            out += QString(QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)
                               .decode(QByteArrayView(m_text.constData() + run, m_pos - run)));
    };
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '"') {
            flush();
            ++m_pos;
            return QJsonValue(out);
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            fail(QStringLiteral("control character inside a string (write \\n or \\t)"));
            return std::nullopt;
        }
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        flush();
        if (m_pos + 1 >= m_text.size())
            break;
        const char e = m_text[m_pos + 1];
        m_pos += 2;
        run = m_pos + (e == 'u' ? 4 : 0);
        switch (e) {
        case '"':
            out += QLatin1Char('"');
            break;
        case '\\':
            out += QLatin1Char('\\');
            break;
        case '/':
            out += QLatin1Char('/');
            break;
        case 'b':
            out += QChar(0x08);
            break;
        case 'f':
            out += QChar(0x0C);
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            // Exactly four hex digits: toUShort alone would also take "+0ff", " 0ff" and "0x1f".
            const QByteArray hex = m_text.mid(m_pos, 4);
            bool ok = hex.size() == 4 && std::all_of(hex.cbegin(), hex.cend(), [](char h) {
                          return (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F');
                      });
            const ushort unit = ok ? hex.toUShort(&ok, 16) : 0;
            if (!ok) {
                m_pos -= 2;
                fail(QStringLiteral("invalid \\u escape"));
                return std::nullopt;
            }
            m_pos += 4;
            out += QChar(unit);
            break;
        }
        default:
            m_pos -= 2;
            fail(QStringLiteral("invalid escape '\\%1'").arg(QChar::fromLatin1(e)));
            return std::nullopt;
        }
    }
    fail(QStringLiteral("unterminated string"));
    return std::nullopt;
}

std::optional<QJsonValue> JsonReader::number()
{
    const qsizetype start = m_pos;
    if (m_text[m_pos] == '-')
        ++m_pos;
    auto digits = [&] {
        const qsizetype s = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return m_pos - s;
    };
    const qsizetype integerStart = m_pos;
    if (digits() == 0) {
        fail(QStringLiteral("invalid number"));
        return std::nullopt;
    }
    if (m_pos - integerStart > 1 && m_text[integerStart] == '0') {
        m_pos = start;
        fail(QStringLiteral("invalid number: leading zero"));
        return std::nullopt;
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
        ++m_pos;
        if (digits() == 0) {
            fail(QStringLiteral("invalid number: digits expected after '.'"));
            return std::nullopt;
        }
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (digits() == 0) {
            fail(QStringLiteral("invalid number: digits expected in the exponent"));
            return std::nullopt;
        }
    }
    bool ok = false;
    const double v = m_text.mid(start, m_pos - start).toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        m_pos = start;
        fail(QStringLiteral("number out of range"));
        return std::nullopt;
    }
    return QJsonValue(v);
}

} // namespace baseline
