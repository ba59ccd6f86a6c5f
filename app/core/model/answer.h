// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace baseline {

/** Whether an item has a value, or the respondent said they don't know, or refused. Not magic numbers. */
enum class AnswerState { Value, DontKnow, Refused };

struct TextValue {
    QString text;
    bool operator==(const TextValue&) const = default;
};
struct ChoiceValue {
    QString code; ///< the choice's value in its list
    bool operator==(const ChoiceValue&) const = default;
};
struct ChoicesValue {
    QStringList codes; ///< in the order chosen
    bool operator==(const ChoicesValue&) const = default;
};
struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
    std::optional<double> altitude;
    std::optional<double> accuracy; ///< metres
    bool operator==(const GeoPoint&) const = default;
};
struct AttachmentRef {
    QString id; ///< attachment row id; the bytes live in the encrypted database
    bool operator==(const AttachmentRef&) const = default;
};

/** A typed answer value. integer = qint64, decimal = double, yes/no = bool. */
using Value = std::variant<TextValue, qint64, double, QDate, ChoiceValue, ChoicesValue, bool, GeoPoint, AttachmentRef>;

/** The storage name of a value's type ("text", "integer", …), as in the answer table. */
QString valueTypeName(const Value& value);

struct Answer {
    QString itemPath; ///< "members[<uuid>]/age": item name behind the repeat instances' ids (data-model.md)
    AnswerState state = AnswerState::Value;
    std::optional<Value> value; ///< set exactly when state == Value
    QString answeredAt; ///< ISO 8601 UTC

    static Answer of(QString path, Value v) { return Answer{std::move(path), AnswerState::Value, std::move(v), {}}; }
    static Answer dontKnow(QString path) { return Answer{std::move(path), AnswerState::DontKnow, std::nullopt, {}}; }
    static Answer refused(QString path) { return Answer{std::move(path), AnswerState::Refused, std::nullopt, {}}; }
    bool sameContent(const Answer& o) const { return itemPath == o.itemPath && state == o.state && value == o.value; }
};

/** One change for the answer log: an answer (or calculated value, or repeat-instance marker), or its withdrawal. */
struct AnswerWrite {
    QString path;
    std::optional<Answer> answer; ///< nullopt: cleared (an answer withdrawn, or a repeat instance deleted)
};

} // namespace baseline
