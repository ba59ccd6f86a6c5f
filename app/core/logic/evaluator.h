// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace baseline {

/** A run-time value of the expression language (docs/instrument-format.md §9.5–9.6). Empty is a value. */
struct EValue {
    enum class Kind : quint8 { Empty, Number, String, Boolean, Date, Choices, Opaque };

    Kind kind = Kind::Empty;
    double number = 0; ///< Number; Boolean as 0/1; Date as its Julian day
    QString text; ///< String
    QStringList codes; ///< Choices, in list order

    static EValue fromNumber(double n);
    static EValue fromString(QString s) { return EValue{Kind::String, 0, std::move(s), {}}; }
    static EValue fromBool(bool b) { return EValue{Kind::Boolean, b ? 1.0 : 0.0, {}, {}}; }
    static EValue fromDate(const QDate& d);
    static EValue fromChoices(QStringList codes);
    static EValue opaque() { return EValue{Kind::Opaque, 0, {}, {}}; }

    bool isEmpty() const { return kind == Kind::Empty; }
    /** Empty counts as false (§9.6). */
    bool truthy() const { return kind == Kind::Boolean && number != 0; }
    QDate date() const { return kind == Kind::Date ? QDate::fromJulianDay(static_cast<qint64>(number)) : QDate(); }
    bool operator==(const EValue& o) const;
};

namespace eval {

/** `=` of §9.6/9.7: both empty → true, one empty → false, else equal values. */
bool equals(const EValue& a, const EValue& b);
/** The shortest decimal that reads back to `n`, in plain notation (§9.8). */
QString formatNumber(double n);
/** §9.11 round(): half away from zero on the shortest decimal representation; empty outside −15…15 places. */
std::optional<double> roundDecimal(double n, int places);
/** §9.11 number() of a string: optional '-', ASCII digits, optional '.' fraction, surrounding blanks ignored. */
std::optional<double> parseNumber(const QString& s);
/** string() of any scalar (§9.11). */
QString toText(const EValue& v);
/** Dates outside 0001-01-01 … 9999-12-31 are empty (§9.7). */
EValue dateFromJulian(qint64 day);

} // namespace eval

} // namespace baseline
