// SPDX-License-Identifier: GPL-3.0-or-later
#include "script.h"

#include <QJsonArray>

#include <cmath>

namespace baseline::script {

namespace {
std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

QString jsonKind(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}
} // namespace

Result<Value> valueFromJson(const Instrument& in, int node, const QJsonValue& json)
{
    const InstrumentNode& n = in.nodes[at(node)];
    const QString& type = n.type;
    const auto wrong = [&](const char* expected) {
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 (%2) expects %3, not %4").arg(n.name, type, QLatin1String(expected), jsonKind(json)));
    };
    if (type == QLatin1String("integer")) {
        if (!json.isDouble() || json.toDouble() != std::trunc(json.toDouble()))
            return wrong("a whole number");
        return Value{static_cast<qint64>(json.toDouble())};
    }
    if (type == QLatin1String("decimal")) {
        if (!json.isDouble())
            return wrong("a number");
        return Value{json.toDouble()};
    }
    if (type == QLatin1String("text")) {
        if (!json.isString())
            return wrong("a string");
        return Value{TextValue{json.toString()}};
    }
    if (type == QLatin1String("date")) {
        const QDate d = QDate::fromString(json.toString(), Qt::ISODate);
        if (!json.isString() || !d.isValid() || json.toString().size() != 10)
            return wrong("a date written YYYY-MM-DD");
        return Value{d};
    }
    if (type == QLatin1String("select_multiple")) {
        if (!json.isArray())
            return wrong("an array of codes");
        QStringList codes;
        for (const auto& c : json.toArray()) {
            if (!c.isString())
                return wrong("an array of codes");
            codes << c.toString();
        }
        return Value{ChoicesValue{codes}};
    }
    if (type == QLatin1String("select_one") || type == QLatin1String("likert") || type == QLatin1String("yes_no")) {
        if (!json.isString())
            return wrong("a choice code (a string)");
        return Value{ChoiceValue{json.toString()}};
    }
    if (type == QLatin1String("geopoint")) {
        const QJsonObject o = json.toObject();
        if (!json.isObject() || !o.value(QStringLiteral("lat")).isDouble()
            || !o.value(QStringLiteral("lon")).isDouble())
            return wrong("an object {\"lat\": …, \"lon\": …}");
        GeoPoint g;
        g.latitude = o.value(QStringLiteral("lat")).toDouble();
        g.longitude = o.value(QStringLiteral("lon")).toDouble();
        if (o.value(QStringLiteral("accuracy")).isDouble())
            g.accuracy = o.value(QStringLiteral("accuracy")).toDouble();
        if (o.value(QStringLiteral("altitude")).isDouble())
            g.altitude = o.value(QStringLiteral("altitude")).toDouble();
        return Value{g};
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 (%2) cannot be answered from a script").arg(n.name, type));
}

QJsonValue toJson(const EValue& v)
{
    switch (v.kind) {
    case EValue::Kind::Empty:
        return QJsonValue::Null;
    case EValue::Kind::Number:
        return v.number;
    case EValue::Kind::String:
        return v.text;
    case EValue::Kind::Boolean:
        return v.number != 0;
    case EValue::Kind::Date:
        return v.date().toString(Qt::ISODate);
    case EValue::Kind::Choices:
        return QJsonArray::fromStringList(v.codes);
    case EValue::Kind::Opaque:
        return QStringLiteral("(attachment or geopoint)");
    }
    return QJsonValue::Null;
}

QJsonObject exportIncluded(const InterviewState& state)
{
    QJsonObject out;
    for (const ItemRef& r : state.included()) {
        const auto stored = state.stored(r);
        const bool answerable = state.instrument().compiled[at(r.node)].kind == CompiledNode::Kind::Answerable;
        if (answerable && stored && stored->state == AnswerState::DontKnow)
            out.insert(state.displayPath(r), QJsonObject{{QStringLiteral("state"), QStringLiteral("dont_know")}});
        else if (answerable && stored && stored->state == AnswerState::Refused)
            out.insert(state.displayPath(r), QJsonObject{{QStringLiteral("state"), QStringLiteral("refused")}});
        else
            out.insert(state.displayPath(r), toJson(state.value(r)));
    }
    return out;
}

Result<ChangeSet> applyStep(InterviewSession& session, const QJsonObject& step)
{
    const InterviewState& st = session.state();
    if (step.contains(QStringLiteral("set"))) {
        auto item = st.resolve(step.value(QStringLiteral("set")).toString());
        if (!item)
            return item.error();
        const QString state = step.value(QStringLiteral("state")).toString(QStringLiteral("value"));
        if (state == QLatin1String("dont_know"))
            return session.setAnswer(*item, AnswerState::DontKnow);
        if (state == QLatin1String("refused"))
            return session.setAnswer(*item, AnswerState::Refused);
        if (state != QLatin1String("value"))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("unknown state '%1' (use dont_know or refused)").arg(state));
        if (!step.contains(QStringLiteral("value")))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("a \"set\" step needs a \"value\" or a \"state\""));
        if (st.instrument().compiled[at(item->node)].kind != CompiledNode::Kind::Answerable)
            return session.setAnswer(*item, AnswerState::Value, std::nullopt); // reports what the node is
        auto value = valueFromJson(st.instrument(), item->node, step.value(QStringLiteral("value")));
        if (!value)
            return value.error();
        return session.setAnswer(*item, AnswerState::Value, std::move(value).value());
    }
    if (step.contains(QStringLiteral("clear"))) {
        auto item = st.resolve(step.value(QStringLiteral("clear")).toString());
        if (!item)
            return item.error();
        return session.clearAnswer(*item);
    }
    if (step.contains(QStringLiteral("add"))) {
        const QString path = step.value(QStringLiteral("add")).toString();
        auto repeat = st.resolve(path);
        if (!repeat)
            return repeat.error();
        if (st.instrument().compiled[at(repeat->node)].kind != CompiledNode::Kind::Repeat)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a repeat").arg(path));
        return session.addInstance(repeat->node, repeat->instance);
    }
    for (const char* key : {"delete", "restore"}) {
        if (!step.contains(QLatin1String(key)))
            continue;
        auto instance = st.resolveInstance(step.value(QLatin1String(key)).toString());
        if (!instance)
            return instance.error();
        return qstrcmp(key, "delete") == 0 ? session.deleteInstance(*instance) : session.restoreInstance(*instance);
    }
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("a step is one of set, clear, add, delete or restore"));
}

} // namespace baseline::script
