// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator.h"

#include <charconv>
#include <cmath>
#include <string>

namespace baseline {

namespace {
const qint64 FirstDay = QDate(1, 1, 1).toJulianDay();
const qint64 LastDay = QDate(9999, 12, 31).toJulianDay();
} // namespace

EValue EValue::fromNumber(double n)
{
    if (!std::isfinite(n))
        return {};
    return EValue{Kind::Number, n == 0 ? 0.0 : n, {}, {}}; // no negative zero: string(-0) is '0'
}

EValue EValue::fromDate(const QDate& d)
{
    if (!d.isValid())
        return {};
    return eval::dateFromJulian(d.toJulianDay());
}

EValue EValue::fromChoices(QStringList codes)
{
    if (codes.isEmpty())
        return {};
    return EValue{Kind::Choices, 0, {}, std::move(codes)};
}

bool EValue::operator==(const EValue& o) const
{
    if (kind != o.kind)
        return false;
    switch (kind) {
    case Kind::Empty:
    case Kind::Opaque:
        return true;
    case Kind::Number:
    case Kind::Boolean:
    case Kind::Date:
        return number == o.number;
    case Kind::String:
        return text == o.text;
    case Kind::Choices:
        return codes == o.codes;
    }
    return false;
}

namespace eval {

bool equals(const EValue& a, const EValue& b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    return a == b;
}

namespace {
/** The shortest round-trip decimal digits of |n| and the position of the decimal point relative to them. */
void shortestDigits(double n, std::string& digits, long& pointAt)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(n), std::chars_format::scientific);
    const std::string s(buf, r.ptr); // d.ddddde±XX
    const auto e = s.find('e');
    digits.clear();
    for (std::size_t i = 0; i < e; ++i)
        if (s[i] != '.')
            digits += s[i];
    pointAt = std::stol(s.substr(e + 1)) + 1;
}

/** Plain notation of digits × 10^(pointAt − len): no exponent, no trailing zeros after the point. */
std::string plain(std::string digits, long pointAt)
{
    while (digits.size() > 1 && digits.back() == '0' && static_cast<long>(digits.size()) > pointAt)
        digits.pop_back();
    const long len = static_cast<long>(digits.size());
    if (pointAt <= 0)
        return "0." + std::string(static_cast<std::size_t>(-pointAt), '0') + digits;
    if (pointAt >= len)
        return digits + std::string(static_cast<std::size_t>(pointAt - len), '0');
    return digits.substr(0, static_cast<std::size_t>(pointAt)) + '.' + digits.substr(static_cast<std::size_t>(pointAt));
}
} // namespace

QString formatNumber(double n)
{
    if (!std::isfinite(n))
        return {};
    if (n == 0)
        return QStringLiteral("0");
    std::string digits;
    long pointAt = 0;
    shortestDigits(n, digits, pointAt);
    return QString::fromLatin1((n < 0 ? "-" : "") + plain(digits, pointAt));
}

std::optional<double> roundDecimal(double n, int places)
{
    if (!std::isfinite(n) || places < -15 || places > 15)
        return std::nullopt;
    if (n == 0)
        return 0.0;
    // Work on the shortest decimal digits, so that 2.675 (binary 2.67499999…) rounds as written.
    std::string digits;
    long intDigits = 0;
    shortestDigits(n, digits, intDigits);
    long keep = intDigits + places;
    if (keep < 1) { // pad with leading zeros so that at least one digit is kept
        digits.insert(0, static_cast<std::size_t>(1 - keep), '0');
        intDigits += 1 - keep;
        keep = 1;
    }
    if (static_cast<std::size_t>(keep) >= digits.size())
        return n; // nothing beyond the requested places
    const bool up = digits[static_cast<std::size_t>(keep)] >= '5';
    digits.resize(static_cast<std::size_t>(keep));
    if (up) {
        long i = keep - 1;
        while (i >= 0 && digits[static_cast<std::size_t>(i)] == '9')
            digits[static_cast<std::size_t>(i--)] = '0';
        if (i < 0) {
            digits.insert(0, 1, '1');
            ++intDigits;
        } else {
            ++digits[static_cast<std::size_t>(i)];
        }
    }
    const std::string out = plain(digits, intDigits);
    double value = 0;
    std::from_chars(out.data(), out.data() + out.size(), value);
    return n < 0 && value != 0 ? -value : value;
}

std::optional<double> parseNumber(const QString& input)
{
    const QString s = input.trimmed();
    qsizetype i = 0;
    if (i < s.size() && s[i] == QLatin1Char('-'))
        ++i;
    const qsizetype digitsStart = i;
    while (i < s.size() && s[i] >= QLatin1Char('0') && s[i] <= QLatin1Char('9'))
        ++i;
    if (i == digitsStart)
        return std::nullopt;
    if (i < s.size() && s[i] == QLatin1Char('.')) {
        ++i;
        const qsizetype fraction = i;
        while (i < s.size() && s[i] >= QLatin1Char('0') && s[i] <= QLatin1Char('9'))
            ++i;
        if (i == fraction)
            return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    const std::string ascii = s.toStdString();
    double value = 0;
    const auto r = std::from_chars(ascii.data(), ascii.data() + ascii.size(), value);
    if (r.ec != std::errc() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString toText(const EValue& v)
{
    switch (v.kind) {
    case EValue::Kind::Empty:
    case EValue::Kind::Opaque:
        return {};
    case EValue::Kind::Number:
        return formatNumber(v.number);
    case EValue::Kind::String:
        return v.text;
    case EValue::Kind::Boolean:
        return v.number != 0 ? QStringLiteral("true") : QStringLiteral("false");
    case EValue::Kind::Date:
        return v.date().toString(Qt::ISODate);
    case EValue::Kind::Choices:
        return v.codes.join(QLatin1Char(' '));
    }
    return {};
}

EValue dateFromJulian(qint64 day)
{
    if (day < FirstDay || day > LastDay)
        return {};
    return EValue{EValue::Kind::Date, static_cast<double>(day), {}, {}};
}

} // namespace eval

} // namespace baseline
