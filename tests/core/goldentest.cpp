// SPDX-License-Identifier: GPL-3.0-or-later
// Golden interviews (tests/data/golden): each script is played through a real InterviewSession on an encrypted
// workspace. After every step the expectations written in the script are checked, and the session's incrementally
// maintained state is compared with a from-scratch evaluation of the answers read back from the store (§10).
#include "testsupport.h"
#include "scriptcheck.h"

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
