// SPDX-License-Identifier: GPL-3.0-or-later
// Golden interviews (tests/data/golden): each script is played through a real InterviewSession on an encrypted
// workspace. After every step the expectations written in the script are checked, and the session's incrementally
// maintained state is compared with a from-scratch evaluation of the answers read back from the store (§10).
#include "testsupport.h"

#include "interview/script.h"
#include "interview/session.h"
#include "store/repository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace baseline;
using namespace baseline::test;

namespace {

const QString GoldenDir = QStringLiteral(BASELINE_SOURCE_DIR "/tests/data/golden");

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    INFO(path.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

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

QString stateName(const InterviewState& s, ItemRef r)
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

} // namespace

TEST_CASE("golden interviews: scripted answers give the expected relevance, values and validation", "[golden]")
{
    const QStringList scripts = QDir(GoldenDir).entryList({QStringLiteral("*.script.json")}, QDir::Files, QDir::Name);
    REQUIRE(scripts.size() >= 7);
    for (const QString& name : scripts) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QJsonObject script = readJson(GoldenDir + QLatin1Char('/') + name);
            const QString instrumentPath =
                GoldenDir + QLatin1Char('/') + script.value(QStringLiteral("instrument")).toString();
            const QByteArray bytes = readFile(instrumentPath);
            const QDate today = QDate::fromString(script.value(QStringLiteral("today")).toString(), Qt::ISODate);
            REQUIRE(today.isValid());
            const InterviewState::Clock clock = [today] { return today; };

            TempWorkspace tw;
            Repository repo(*tw.ws);
            auto instrument = InterviewSession::install(repo, bytes, instrumentPath);
            INFO(instrument.message().toStdString());
            REQUIRE(instrument.ok());
            auto started = InterviewSession::start(repo, *instrument, {}, clock);
            REQUIRE(started.ok());
            InterviewSession& session = **started;

            const QJsonArray steps = script.value(QStringLiteral("steps")).toArray();
            REQUIRE_FALSE(steps.isEmpty());
            for (int i = 0; i < steps.size(); ++i) {
                const QJsonObject step = steps[i].toObject();
                const std::string where = name.toStdString() + " step " + std::to_string(i + 1) + " " + show(step);
                const auto result = script::applyStep(session, step);
                if (step.contains(QStringLiteral("expect_error"))) {
                    INFO(where << ": expected an error, got "
                               << (result.ok() ? "success" : result.message().toStdString()));
                    CHECK_FALSE(result.ok());
                    CHECK(result.message().contains(step.value(QStringLiteral("expect_error")).toString(),
                                                    Qt::CaseInsensitive));
                } else {
                    INFO(where << ": " << result.message().toStdString());
                    REQUIRE(result.ok());
                }
                checkExpectations(session, step.value(QStringLiteral("expect")).toObject(), where);

                // Oracle: a fresh state evaluated from scratch from the store equals the incremental one.
                auto stored = repo.answers(session.id());
                REQUIRE(stored.ok());
                InterviewState fresh(*instrument, clock);
                const ChangeSet reloaded = fresh.load(*stored);
                INFO(where << ": a reload would have to write " << reloaded.writes.size() << " value(s)");
                CHECK(reloaded.writes.empty());
                CHECK(fresh.ignoredOnLoad() == 0);
                const auto mine = session.state().allItems();
                const auto theirs = fresh.allItems();
                REQUIRE(mine.size() == theirs.size());
                for (std::size_t k = 0; k < mine.size(); ++k) {
                    REQUIRE(session.state().displayPath(mine[k]) == fresh.displayPath(theirs[k]));
                    INFO(where << ": " << session.state().displayPath(mine[k]).toStdString()
                               << " differs from a full evaluation");
                    CHECK(session.state().relevant(mine[k]) == fresh.relevant(theirs[k]));
                    CHECK(session.state().value(mine[k]) == fresh.value(theirs[k]));
                    CHECK(session.state().validation(mine[k]) == fresh.validation(theirs[k]));
                }
            }
            if (script.contains(QStringLiteral("export"))) {
                const QJsonObject expected = script.value(QStringLiteral("export")).toObject();
                const QJsonObject actual = script::exportIncluded(session.state());
                for (auto it = expected.begin(); it != expected.end(); ++it) {
                    INFO(name.toStdString() << ": export of " << it.key().toStdString() << " is "
                                            << show(actual.value(it.key())) << ", expected " << show(it.value()));
                    CHECK(sameJson(actual.value(it.key()), it.value()));
                }
                for (auto it = actual.begin(); it != actual.end(); ++it) {
                    INFO(name.toStdString() << ": export has " << it.key().toStdString() << " = " << show(it.value())
                                            << ", which the script does not expect");
                    CHECK(expected.contains(it.key()));
                }
            }
        }
    }
}
