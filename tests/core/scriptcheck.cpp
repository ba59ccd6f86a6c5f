// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptcheck.h"

#include "interview/script.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch_test_macros.hpp>

#include <cmath>

namespace baseline::test {

std::string show(const QJsonValue& v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).toStdString();
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).toStdString();
}

bool sameJson(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) <= 1e-9 * std::max(1.0, std::abs(b.toDouble()));
    return a == b;
}

static QString stateName(const InterviewState& s, ItemRef r)
{
    const auto a = s.stored(r);
    if (!a)
        return QStringLiteral("empty");
    switch (a->state) {
    case AnswerState::Value:
        return QStringLiteral("value");
    case AnswerState::DontKnow:
        return QStringLiteral("dont_know");
    case AnswerState::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

void checkExpectations(const InterviewSession& session, const QJsonObject& expect, const std::string& where)
{
    const InterviewState& s = session.state();
    const auto item = [&](const QString& path) {
        auto r = s.resolve(path);
        INFO(where << ": path " << path.toStdString() << ": " << r.message().toStdString());
        REQUIRE(r.ok());
        return *r;
    };
    const QJsonObject relevant = expect.value(QStringLiteral("relevant")).toObject();
    for (auto it = relevant.begin(); it != relevant.end(); ++it) {
        INFO(where << ": relevant " << it.key().toStdString());
        CHECK(s.relevant(item(it.key())) == it.value().toBool());
    }
    const QJsonObject values = expect.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue actual = script::toJson(s.value(item(it.key())));
        INFO(where << ": value of " << it.key().toStdString() << " is " << show(actual) << ", expected "
                   << show(it.value()));
        CHECK(sameJson(actual, it.value()));
    }
    const QJsonObject states = expect.value(QStringLiteral("states")).toObject();
    for (auto it = states.begin(); it != states.end(); ++it) {
        const QString actual = stateName(s, item(it.key()));
        INFO(where << ": state of " << it.key().toStdString() << " is " << actual.toStdString());
        CHECK(actual == it.value().toString());
    }
    const QJsonObject valid = expect.value(QStringLiteral("valid")).toObject();
    for (auto it = valid.begin(); it != valid.end(); ++it) {
        const Validation v = s.validation(item(it.key()));
        INFO(where << ": validity of " << it.key().toStdString() << " (message: " << v.message.toStdString() << ")");
        CHECK(v.ok() == it.value().toBool());
    }
    const QJsonObject messages = expect.value(QStringLiteral("messages")).toObject();
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        const Validation v = s.validation(item(it.key()));
        INFO(where << ": message of " << it.key().toStdString() << " is \"" << v.message.toStdString() << "\"");
        CHECK(v.message.contains(it.value().toString(), Qt::CaseInsensitive));
    }
    const QJsonObject counts = expect.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const ItemRef repeat = item(it.key());
        const int n = s.effectiveCount(repeat.node, repeat.instance);
        INFO(where << ": count of " << it.key().toStdString() << " is " << n);
        CHECK(n == it.value().toInt());
    }
    if (expect.contains(QStringLiteral("can_finalize"))) {
        const auto blockers = s.blockers();
        std::string list;
        for (const auto& b : blockers)
            list += s.displayPath(b).toStdString() + " (" + s.validation(b).message.toStdString() + ") ";
        INFO(where << ": blockers: " << list);
        CHECK(blockers.empty() == expect.value(QStringLiteral("can_finalize")).toBool());
    }
}

} // namespace baseline::test
