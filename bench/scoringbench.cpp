// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring benchmarks (issue 6): an agency with 1,000 and 10,000 victimization interviews — scoring it (every indicator
// of the instrument with its breakdowns, intervals, suppression, gaps and rules) and rendering its PDF report — with
// the process's resident memory after each, to show it does not grow with the number of interviews.
// Run: build/ci/bench/scoring_bench   (working folder: $BASELINE_BENCH_DIR, else the current directory)
//
// The interviews are real answer logs: the demo service's victimization interviews (played through the interview
// session with random but valid answers), each copied under new ids until the agency has N of them. Copying keeps the
// set-up to seconds; the scoring reads every interview's log the same way whatever its origin.
#include "pdfreport.h"
#include "scoring/demo.h"
#include "scoring/report.h"
#include "scoring/scoring.h"
#include "store/repository.h"
#include "store/sqlite.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QUuid>

#include <map>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <benchmark/benchmark.h>

using namespace baseline;

namespace {

const QString Pass = QStringLiteral("benchmark passphrase");

QString benchRoot()
{
    const QString env = qEnvironmentVariable("BASELINE_BENCH_DIR");
    return env.isEmpty() ? QDir::currentPath() : env;
}

double residentMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toDouble() * 4096.0 / 1e6 : 0;
}

/** Resident memory after giving freed heap back to the system: the baseline that scoring's growth is measured from. */
double trimmedResidentMb()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    return residentMb();
}

/** A workspace whose national agency has exactly `n` finalized victimization interviews (and the demo's others). */
struct Agency {
    QTemporaryDir dir{benchRoot() + QStringLiteral("/scoringbench-XXXXXX")};
    std::unique_ptr<Workspace> ws;
    QString agencyId;
    QStringList ids;

    explicit Agency(int n)
    {
        CreateOptions options;
        options.kdf = kdf::insecureTestParams();
        auto created = Workspace::create(dir.filePath(QStringLiteral("ws")), SecureBytes::fromUtf8(Pass), options);
        if (!created)
            qFatal("cannot create workspace: %s", qPrintable(created.message()));
        ws = std::move(created).value();
        Repository repo(*ws);
        auto summary = demo::build(repo, 2026, 40);
        if (!summary)
            qFatal("demo failed: %s", qPrintable(summary.message()));
        agencyId = summary->nationalAgencyId;
        QStringList pool;
        auto all = repo.interviews();
        if (!all)
            qFatal("cannot list interviews: %s", qPrintable(all.message()));
        for (const Interview& i : all.value())
            if (i.instrumentId == QLatin1String("victimization-survey") && i.status == InterviewStatus::Finalized)
                pool << i.id;
        if (pool.isEmpty())
            qFatal("no victimization interviews in the demo");
        Connection& db = ws->db();
        (void)db.exec(QStringLiteral("BEGIN"));
        auto copyRow = db.prepare(QStringLiteral(
            "INSERT INTO interview (id, assessment_id, instrument_id, instrument_version, assessor_id, device_id, "
            "status, started_at, updated_at, completed_at, finalized_at, instrument_sha256) SELECT ?1, assessment_id, "
            "instrument_id, instrument_version, assessor_id, device_id, status, started_at, updated_at, completed_at, "
            "finalized_at, instrument_sha256 FROM interview WHERE id = ?2"));
        auto copyLog = db.prepare(QStringLiteral(
            "INSERT INTO answer_event (interview_id, rev, item_path, state, value_type, value_text, value_int, "
            "value_real, at, actor) SELECT ?1, rev, item_path, state, value_type, value_text, value_int, value_real, "
            "at, actor FROM answer_event WHERE interview_id = ?2"));
        ids = pool;
        for (int k = int(pool.size()); k < n; ++k) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString from = pool[k % pool.size()];
            copyRow->bind(1, id).bind(2, from);
            (void)copyRow->exec();
            copyRow->reset();
            copyLog->bind(1, id).bind(2, from);
            (void)copyLog->exec();
            copyLog->reset();
            ids << id;
        }
        (void)db.exec(QStringLiteral("COMMIT"));
        ids = ids.mid(0, n);
    }
};

Agency& agency(int n)
{
    static std::map<int, std::unique_ptr<Agency>> cache;
    auto& slot = cache[n];
    if (!slot) {
        cache.clear(); // one workspace at a time: memory is part of what is measured
        cache[n] = std::make_unique<Agency>(n);
        return *cache[n];
    }
    return *slot;
}

/** Scores the agency; `cold` first empties the unit cache (outside the timing), so every interview's answer log is
 *  replayed through the logic engine, as on the first report after an import. */
void scoreAgency(benchmark::State& state, bool cold)
{
    Agency& a = agency(int(state.range(0)));
    Repository repo(*a.ws);
    std::size_t results = 0;
    if (!cold) {
        if (auto warmUp = scoring::score(repo, a.ids); !warmUp) {
            state.SkipWithError(qPrintable(warmUp.message()));
            return;
        }
    }
    const double before = trimmedResidentMb();
    for (auto _ : state) {
        if (cold) {
            state.PauseTiming();
            (void)a.ws->db().exec(QStringLiteral("DELETE FROM interview_units"));
            state.ResumeTiming();
        }
        auto card = scoring::score(repo, a.ids);
        if (!card) {
            state.SkipWithError(qPrintable(card.message()));
            return;
        }
        auto recs = scoring::recommend(*card);
        results = card->results.size() + std::size_t(recs ? recs->services.size() : 0);
        benchmark::DoNotOptimize(results);
    }
    state.counters["interviews"] = double(a.ids.size());
    state.counters["rss_MB"] = residentMb();
    state.counters["growth_MB"] = residentMb() - before;
    if (auto bytes = a.ws->db().scalarInt(QStringLiteral("SELECT sum(length(units)) FROM interview_units")))
        state.counters["cache_B_per_interview"] = double(*bytes) / double(a.ids.size());
}

/** Every interview's units already cached (they are after the first report). */
void BM_ScoreVictimization(benchmark::State& state)
{
    scoreAgency(state, false);
}

/** No unit cached: every answer log replayed (and the cache written). */
void BM_ScoreVictimizationCold(benchmark::State& state)
{
    scoreAgency(state, true);
}

void BM_PdfReport(benchmark::State& state)
{
    Agency& a = agency(int(state.range(0)));
    Repository repo(*a.ws);
    qint64 bytes = 0;
    for (auto _ : state) {
        auto model = scoring::buildReport(repo, a.agencyId);
        if (!model) {
            state.SkipWithError(qPrintable(model.message()));
            return;
        }
        bytes = render::renderPdf(*model).size();
    }
    state.counters["pdf_KB"] = double(bytes) / 1e3;
    state.counters["rss_MB"] = residentMb();
}

} // namespace

BENCHMARK(BM_ScoreVictimization)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ScoreVictimizationCold)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_PdfReport)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
