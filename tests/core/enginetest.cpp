// SPDX-License-Identifier: GPL-3.0-or-later
// The logic engine beyond the golden scripts: number formatting and rounding (§9.8, §9.11), random edit sequences
// checked against a from-scratch evaluation after every step (§10), and the session's binding to the instrument
// version, refusal mode, persistence and finalization.
#include "testsupport.h"

#include "instrument/generator.h"
#include "interview/script.h"
#include "interview/session.h"
#include "logic/evaluator.h"
#include "store/repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <catch2/catch_test_macros.hpp>

using namespace baseline;
using namespace baseline::test;

namespace {

const QString DataDir = QStringLiteral(BASELINE_SOURCE_DIR "/tests/data");

std::shared_ptr<const Instrument> loadFile(const QString& path)
{
    LoadResult r = loadInstrumentFile(path);
    INFO(path.toStdString() << (r.diagnostics.isEmpty() ? "" : r.diagnostics.first().toString().toStdString()));
    REQUIRE(r.instrument);
    return r.instrument;
}

/** A plausible value for an item, sometimes out of bounds, from a seeded generator. */
std::optional<Value> randomValue(const Instrument& in, int node, QRandomGenerator& rng)
{
    const QString& type = in.nodes[static_cast<std::size_t>(node)].type;
    const CompiledNode& c = in.compiled[static_cast<std::size_t>(node)];
    if (type == QLatin1String("integer"))
        return Value{static_cast<qint64>(rng.bounded(-2, 40))};
    if (type == QLatin1String("decimal"))
        return Value{rng.bounded(-100, 10000) / 7.0};
    if (type == QLatin1String("text"))
        return Value{TextValue{QStringLiteral("text %1").arg(rng.bounded(5))}};
    if (type == QLatin1String("date"))
        return Value{QDate(2020, 1, 1).addDays(rng.bounded(3000))};
    if (c.list >= 0) {
        const ChoiceList& list = in.lists[static_cast<std::size_t>(c.list)];
        if (type == QLatin1String("select_multiple")) {
            QStringList codes;
            for (const Choice& ch : list.choices)
                if (rng.bounded(3) == 0)
                    codes << ch.code;
            return Value{ChoicesValue{codes}};
        }
        return Value{ChoiceValue{list.choices[rng.bounded(static_cast<quint32>(list.choices.size()))].code}};
    }
    return std::nullopt;
}

/** Plays `steps` random edits and compares the incremental state with a fresh evaluation after each one. */
void randomEdits(const std::shared_ptr<const Instrument>& instrument, quint32 seed, int steps)
{
    const QDate today(2026, 3, 15);
    const InterviewState::Clock clock = [today] { return today; };
    QRandomGenerator rng(seed);
    InterviewState state(instrument, clock);
    QHash<QString, Answer> store; // what the session would have written
    const auto keep = [&](const ChangeSet& c) {
        for (const AnswerWrite& w : c.writes) {
            if (w.answer)
                store.insert(w.path, *w.answer);
            else
                store.remove(w.path);
        }
    };
    keep(state.load({}));
    for (int step = 0; step < steps; ++step) {
        const auto items = state.allItems();
        const ItemRef r = items[rng.bounded(static_cast<quint32>(items.size()))];
        const CompiledNode& c = instrument->compiled[static_cast<std::size_t>(r.node)];
        const int dice = static_cast<int>(rng.bounded(10));
        if (c.kind == CompiledNode::Kind::Repeat && !c.repeatCount && c.fixedCount < 0) {
            const auto instances = state.instances(r.node, r.instance);
            if (dice < 5 || instances.empty()) {
                if (auto x = state.addInstance(r.node, r.instance))
                    keep(*x);
            } else {
                const int victim = instances[rng.bounded(static_cast<quint32>(instances.size()))];
                auto x = state.instanceDeleted(victim) ? state.restoreInstance(victim) : state.deleteInstance(victim);
                REQUIRE(x.ok());
                keep(*x);
            }
        } else if (c.kind == CompiledNode::Kind::Answerable && state.relevant(r)) {
            Result<ChangeSet> x = makeError(ErrorCode::InvalidArgument, QString());
            if (dice == 0)
                x = state.clearAnswer(r);
            else if (dice == 1 && c.allowDontKnow)
                x = state.setAnswer(r, AnswerState::DontKnow, std::nullopt);
            else if (dice == 2 && c.allowRefused)
                x = state.setAnswer(r, AnswerState::Refused, std::nullopt);
            else if (auto v = randomValue(*instrument, r.node, rng))
                x = state.setAnswer(r, AnswerState::Value, *v);
            if (x)
                keep(*x);
        } else {
            continue;
        }
        InterviewState fresh(instrument, clock);
        const ChangeSet reload = fresh.load(store.values());
        INFO("seed " << seed << " step " << step);
        CHECK(reload.writes.empty());
        const auto mine = state.allItems();
        const auto theirs = fresh.allItems();
        REQUIRE(mine.size() == theirs.size());
        for (std::size_t k = 0; k < mine.size(); ++k) {
            INFO(state.displayPath(mine[k]).toStdString());
            REQUIRE(state.displayPath(mine[k]) == fresh.displayPath(theirs[k]));
            CHECK(state.relevant(mine[k]) == fresh.relevant(theirs[k]));
            CHECK(state.value(mine[k]) == fresh.value(theirs[k]));
            CHECK(state.validation(mine[k]) == fresh.validation(theirs[k]));
        }
    }
}

} // namespace

TEST_CASE("numbers are written as the shortest decimal, without exponents (§9.8)", "[engine]")
{
    CHECK(eval::formatNumber(2.50) == QStringLiteral("2.5"));
    CHECK(eval::formatNumber(7) == QStringLiteral("7"));
    CHECK(eval::formatNumber(1.0 / 3) == QStringLiteral("0.3333333333333333"));
    CHECK(eval::formatNumber(-0.001) == QStringLiteral("-0.001"));
    CHECK(eval::formatNumber(1e21) == QStringLiteral("1000000000000000000000"));
    CHECK(eval::formatNumber(1.5e-7) == QStringLiteral("0.00000015"));
    CHECK(eval::formatNumber(0.1 + 0.2) == QStringLiteral("0.30000000000000004"));
}

TEST_CASE("round() rounds half away from zero on the written decimal (§9.11)", "[engine]")
{
    CHECK(eval::roundDecimal(2.675, 2) == 2.68);
    CHECK(eval::roundDecimal(-2.5, 0) == -3);
    CHECK(eval::roundDecimal(2.5, 0) == 3);
    CHECK(eval::roundDecimal(0.4999, 0) == 0);
    CHECK(eval::roundDecimal(1234.5, -2) == 1200);
    CHECK(eval::roundDecimal(1250, -2) == 1300);
    CHECK(eval::roundDecimal(99.96, 1) == 100);
    CHECK(eval::roundDecimal(0.0004, 2) == 0);
    CHECK(eval::roundDecimal(5, 16) == std::nullopt);
    CHECK(eval::parseNumber(QStringLiteral(" -12.50 ")) == -12.5);
    CHECK(eval::parseNumber(QStringLiteral("1e3")) == std::nullopt);
    CHECK(eval::parseNumber(QStringLiteral("١٢")) == std::nullopt); // Arabic-Indic digits are the UI's job
    CHECK(eval::parseNumber(QStringLiteral(".5")) == std::nullopt);
}

TEST_CASE("random edit sequences always equal a from-scratch evaluation (§10)", "[engine]")
{
    QStringList files{DataDir + QStringLiteral("/instruments/example-household.json")};
    for (const QString& f : QDir(DataDir + QStringLiteral("/golden"))
                                .entryList({QStringLiteral("*.instrument.json")}, QDir::Files, QDir::Name))
        files << DataDir + QStringLiteral("/golden/") + f;
    REQUIRE(files.size() >= 8);
    for (const QString& file : files) {
        DYNAMIC_SECTION(QFileInfo(file).fileName().toStdString())
        {
            const auto instrument = loadFile(file);
            for (quint32 seed = 1; seed <= 4; ++seed)
                randomEdits(instrument, seed, 120);
        }
    }
    SECTION("generated chain, where one edit can hide everything after it")
    {
        LoadResult r = loadInstrument(generateInstrument(60, GeneratedPattern::Chain), QStringLiteral("chain"));
        REQUIRE(r.instrument);
        randomEdits(r.instrument, 7, 200);
    }
}

TEST_CASE("an interview stays bound to the instrument version it started with", "[engine][session]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    const QByteArray v1 = readFile(DataDir + QStringLiteral("/instruments/example-household.json"));
    auto installed = InterviewSession::install(repo, v1, QStringLiteral("v1"));
    REQUIRE(installed.ok());
    auto session = InterviewSession::start(repo, *installed);
    REQUIRE(session.ok());
    const QString id = (*session)->id();
    REQUIRE(
        script::applyStep(**session,
                          QJsonObject{{QStringLiteral("set"), QStringLiteral("hh_size")}, {QStringLiteral("value"), 2}})
            .ok());

    // The same version with other bytes is refused; a new version installs beside the old one.
    QByteArray changed = v1;
    changed.replace("\"Household victimization survey (example)\"", "\"Household survey, revised\"");
    auto clash = InterviewSession::install(repo, changed, QStringLiteral("v1-changed"));
    CHECK_FALSE(clash.ok());
    CHECK(clash.message().contains(QStringLiteral("increase the version")));
    QByteArray v2 = changed;
    v2.replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"");
    v2.replace("\"max\": 30", "\"max\": 40");
    REQUIRE(InterviewSession::install(repo, v2, QStringLiteral("v2")).ok());

    session->reset();
    auto resumed = InterviewSession::resume(repo, id);
    REQUIRE(resumed.ok());
    CHECK((*resumed)->instrument().version == QStringLiteral("1.0.0"));
    // 35 is within 1.1.0's bounds but not 1.0.0's: the interview keeps the rules it started with.
    REQUIRE(
        script::applyStep(
            **resumed, QJsonObject{{QStringLiteral("set"), QStringLiteral("hh_size")}, {QStringLiteral("value"), 35}})
            .ok());
    const ItemRef size = *(*resumed)->state().resolve(QStringLiteral("hh_size"));
    CHECK((*resumed)->state().validation(size).problem == Problem::Bounds);
}

TEST_CASE("the session refuses invalid answers when asked, and keeps what was stored", "[engine][session]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto installed = InterviewSession::install(
        repo, readFile(DataDir + QStringLiteral("/instruments/example-household.json")), QStringLiteral("x"));
    REQUIRE(installed.ok());
    auto session = InterviewSession::start(repo, *installed);
    REQUIRE(session.ok());
    InterviewSession& s = **session;
    s.setInvalidAnswers(InvalidAnswers::Refuse);
    const ItemRef size = *s.state().resolve(QStringLiteral("hh_size"));
    REQUIRE(s.setAnswer(size, AnswerState::Value, Value{qint64{3}}).ok());
    const auto before = repo.answerHistory(s.id());
    REQUIRE(before.ok());
    auto refused = s.setAnswer(size, AnswerState::Value, Value{qint64{99}});
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("hh_size")));
    CHECK(s.state().value(size) == EValue::fromNumber(3));
    CHECK(s.state().effectiveCount(s.instrument().byName.value(QStringLiteral("members")), 0) == 3);
    CHECK(repo.answerHistory(s.id())->size() == before->size()); // nothing written

    // Stored-and-flagged mode (the runner's) keeps the invalid answer and blocks completion.
    s.setInvalidAnswers(InvalidAnswers::StoreAndFlag);
    REQUIRE(s.setAnswer(size, AnswerState::Value, Value{qint64{99}}).ok());
    CHECK(s.state().validation(size).problem == Problem::Bounds);
    CHECK_FALSE(s.complete().ok());
}

TEST_CASE("a failed write leaves the session showing what is on disk", "[engine][session]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto installed = InterviewSession::install(
        repo, readFile(DataDir + QStringLiteral("/instruments/example-household.json")), QStringLiteral("x"));
    REQUIRE(installed.ok());
    auto session = InterviewSession::start(repo, *installed);
    REQUIRE(session.ok());
    InterviewSession& s = **session;
    const ItemRef size = *s.state().resolve(QStringLiteral("hh_size"));
    REQUIRE(s.setAnswer(size, AnswerState::Value, Value{qint64{2}}).ok());
    // Finalize behind the session's back: the repository now refuses every answer of this interview.
    REQUIRE(repo.setStatus(s.id(), InterviewStatus::Finalized).ok());
    auto failed = s.setAnswer(size, AnswerState::Value, Value{qint64{3}});
    CHECK_FALSE(failed.ok());
    CHECK(s.state().value(size) == EValue::fromNumber(2));
    CHECK(s.state().effectiveCount(s.instrument().byName.value(QStringLiteral("members")), 0) == 2);
}

TEST_CASE("finalizing purges hidden answers and freezes the interview (§11)", "[engine][session]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto installed = InterviewSession::install(
        repo, readFile(DataDir + QStringLiteral("/golden/exclusion-output.instrument.json")), QStringLiteral("x"));
    REQUIRE(installed.ok());
    auto session = InterviewSession::start(repo, *installed);
    REQUIRE(session.ok());
    InterviewSession& s = **session;
    const QJsonObject script = [] {
        QFile f(DataDir + QStringLiteral("/golden/exclusion-output.script.json"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    for (const auto& step : script.value(QStringLiteral("steps")).toArray())
        (void)script::applyStep(s, step.toObject());
    REQUIRE(s.blockers().empty());
    const auto hidden = s.state().hidden();
    REQUIRE_FALSE(hidden.empty());
    const QJsonObject before = script::exportIncluded(s.state());
    REQUIRE(s.finalize().ok());
    CHECK(s.status() == InterviewStatus::Finalized);
    CHECK(s.state().hidden().empty());
    CHECK(script::exportIncluded(s.state()) == before);
    auto stored = repo.answers(s.id());
    REQUIRE(stored.ok());
    for (const ItemRef& r : hidden)
        for (const Answer& a : *stored)
            CHECK(a.itemPath != s.state().storagePath(r));
    const ItemRef first = s.state().included().front();
    CHECK_FALSE(s.clearAnswer(first).ok());
    auto resumed = InterviewSession::resume(repo, s.id());
    REQUIRE(resumed.ok());
    CHECK((*resumed)->status() == InterviewStatus::Finalized);
    CHECK(script::exportIncluded((*resumed)->state()) == before);
}

TEST_CASE("screens follow display, and defaults are stored once when first shown (§6.1, §7.6)", "[engine][session]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto installed = InterviewSession::install(
        repo, readFile(DataDir + QStringLiteral("/instruments/display-and-defaults.json")), QStringLiteral("x"));
    REQUIRE(installed.ok());
    const QDate today(2026, 5, 4);
    auto session = InterviewSession::start(repo, *installed, {}, [today] { return today; });
    REQUIRE(session.ok());
    InterviewSession& s = **session;
    const InterviewState& st = s.state();
    const auto names = [&](const Screen& screen) {
        QStringList out;
        for (const ItemRef& r : screen.items)
            out << st.displayPath(r);
        return out.join(QLatin1Char(','));
    };

    // Item by item in s_visit; the whole s_points section on one screen (lit not yet relevant); the people roster's
    // overview (no entries yet), then closing.
    auto screens = s.screens();
    REQUIRE(screens.size() == 6);
    CHECK(names(screens[0]) == QStringLiteral("visit_date"));
    CHECK(names(screens[3]) == QStringLiteral("n_points,note_points"));
    CHECK(screens[4].roster);
    CHECK(screens[4].anchor.node == s.instrument().byName.value(QStringLiteral("people")));
    CHECK(names(screens[5]) == QStringLiteral("closing"));

    // Showing the first screen stores today() as the visit date, once.
    REQUIRE(s.show(screens[0]).ok());
    const ItemRef date = *st.resolve(QStringLiteral("visit_date"));
    CHECK(st.value(date) == EValue::fromDate(today));
    REQUIRE(s.clearAnswer(date).ok());
    REQUIRE(s.show(s.screens()[0]).ok());
    CHECK(st.value(date).isEmpty());

    // A default that reads an earlier answer uses it as it is when the item is first shown.
    REQUIRE(
        s.setAnswer(*st.resolve(QStringLiteral("site")), AnswerState::Value, Value{TextValue{QStringLiteral("Market")}})
            .ok());
    REQUIRE(s.show(s.screens()[2]).ok());
    CHECK(st.value(*st.resolve(QStringLiteral("site_copy"))) == EValue::fromString(QStringLiteral("Market")));

    // Relevance changes the screen's contents; each roster instance is one screen.
    REQUIRE(s.setAnswer(*st.resolve(QStringLiteral("n_points")), AnswerState::Value, Value{qint64{2}}).ok());
    CHECK(names(s.screens()[3]) == QStringLiteral("n_points,lit,note_points"));
    const int people = s.instrument().byName.value(QStringLiteral("people"));
    REQUIRE(s.addInstance(people, 0).ok());
    REQUIRE(s.addInstance(people, 0).ok());
    screens = s.screens();
    REQUIRE(screens.size() == 8);
    CHECK(names(screens[5]) == QStringLiteral("people[1]/person_role,people[1]/person_years"));
    CHECK(names(screens[6]) == QStringLiteral("people[2]/person_role,people[2]/person_years"));
    CHECK(s.screenOf(*st.resolve(QStringLiteral("people[2]/person_years"))) == 6);
    REQUIRE(s.show(screens[6]).ok());
    CHECK(st.value(*st.resolve(QStringLiteral("people[2]/person_years"))) == EValue::fromNumber(1));
    CHECK(st.value(*st.resolve(QStringLiteral("people[1]/person_years"))).isEmpty());

    // Everything shown is on disk: a resumed session sees the same values.
    auto resumed = InterviewSession::resume(repo, s.id(), [today] { return today; });
    REQUIRE(resumed.ok());
    CHECK((*resumed)->state().value(*(*resumed)->state().resolve(QStringLiteral("people[2]/person_years")))
          == EValue::fromNumber(1));
    CHECK(script::exportIncluded((*resumed)->state()) == script::exportIncluded(st));
}

TEST_CASE("paradata: each item's first showing, first answer, last change and changes; visits and duration",
          "[engine][session][paradata]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto installed = InterviewSession::install(
        repo, readFile(DataDir + QStringLiteral("/instruments/display-and-defaults.json")), QStringLiteral("x"));
    REQUIRE(installed.ok());
    auto session = InterviewSession::start(repo, *installed, {}, [] { return QDate(2026, 5, 4); });
    REQUIRE(session.ok());
    InterviewSession& s = **session;
    const InterviewState& st = s.state();
    const QString id = s.id();

    // Shown without any write (site has no default): noted all the same.
    REQUIRE(s.show(s.screens()[1]).ok());
    auto p = repo.paradata(id);
    REQUIRE(p.ok());
    REQUIRE(p->items.size() == 1);
    CHECK(p->items[0].itemPath == QStringLiteral("site"));
    CHECK_FALSE(p->items[0].firstShownAt.isEmpty());
    CHECK(p->items[0].firstAnsweredAt.isEmpty());
    CHECK(p->items[0].changes == 0);
    CHECK(p->visits == 1);

    const ItemRef site = *st.resolve(QStringLiteral("site"));
    REQUIRE(s.setAnswer(site, AnswerState::Value, Value{TextValue{QStringLiteral("Market")}}).ok());
    REQUIRE(s.setAnswer(site, AnswerState::Value, Value{TextValue{QStringLiteral("Market square")}}).ok());
    // The same answer again changes nothing, and is not counted.
    REQUIRE(s.setAnswer(site, AnswerState::Value, Value{TextValue{QStringLiteral("Market square")}}).ok());
    REQUIRE(s.show(s.screens()[1]).ok()); // shown again: the first showing stays
    p = repo.paradata(id);
    REQUIRE(p->items.size() == 1);
    const ItemParadata& item = p->items[0];
    CHECK(item.changes == 2);
    CHECK(item.firstShownAt <= item.firstAnsweredAt);
    CHECK(item.firstAnsweredAt <= item.lastChangedAt);

    // Clearing is a change; a calculated or defaulted value written by the engine is not the person's answer.
    REQUIRE(s.clearAnswer(site).ok());
    REQUIRE(s.show(s.screens()[0]).ok()); // visit_date gets today() as its default
    p = repo.paradata(id);
    int dateChanges = -1;
    for (const auto& i : p->items) {
        if (i.itemPath == QStringLiteral("site"))
            CHECK(i.changes == 3);
        if (i.itemPath == QStringLiteral("visit_date"))
            dateChanges = i.changes;
    }
    CHECK(dateChanges == 0);

    // A second visit; opening the finalized interview to read it is not one.
    auto resumed = InterviewSession::resume(repo, id);
    REQUIRE(resumed.ok());
    CHECK(repo.paradata(id)->visits == 2);
    CHECK(repo.paradata(id)->durationSeconds >= 0);
    REQUIRE((*resumed)->setAnswer(site, AnswerState::Value, Value{TextValue{QStringLiteral("Bus station")}}).ok());
    REQUIRE((*resumed)->setAnswer(*st.resolve(QStringLiteral("n_points")), AnswerState::Value, Value{qint64{0}}).ok());
    REQUIRE((*resumed)->finalize().ok());
    auto reader = InterviewSession::resume(repo, id);
    REQUIRE(reader.ok());
    CHECK(repo.paradata(id)->visits == 2);
}
