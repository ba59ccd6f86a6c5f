// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmarks: one answer's commit through the repository next to a raw SQLCipher INSERT + COMMIT of the
// same row on the same disk with the same settings, and the time to unlock a workspace with calibrated Argon2id.
// Run: build/ci/bench/store_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// The working folder is $BASELINE_BENCH_DIR, else a temporary folder under the current directory (so the disk
// measured is the one the workspace would live on, not a RAM-backed /tmp).
#include "store/repository.h"
#include "store/sqlite.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace baseline;

namespace {

const QString Pass = QStringLiteral("benchmark passphrase");

QString benchRoot()
{
    const QString env = qEnvironmentVariable("BASELINE_BENCH_DIR");
    return env.isEmpty() ? QDir::currentPath() : env;
}

std::unique_ptr<Workspace> makeWorkspace(const QString& folder, std::optional<KdfParams> kdf)
{
    CreateOptions options;
    options.kdf = std::move(kdf);
    auto ws = Workspace::create(folder, SecureBytes::fromUtf8(Pass), options);
    if (!ws)
        qFatal("cannot create workspace: %s", qPrintable(ws.message()));
    return std::move(ws).value();
}

void BM_AnswerCommit(benchmark::State& state)
{
    QTemporaryDir dir(benchRoot() + QStringLiteral("/bench-XXXXXX"));
    auto ws = makeWorkspace(dir.filePath(QStringLiteral("ws")), kdf::insecureTestParams());
    Repository repo(*ws);
    const QString interview = repo.createInterview({}, QStringLiteral("bench"), QStringLiteral("1.0.0")).value();
    qint64 i = 0;
    for (auto _ : state) {
        auto r = repo.saveAnswer(interview, Answer::of(QStringLiteral("q%1").arg(i), qint64(i)));
        if (!r)
            state.SkipWithError(qPrintable(r.message()));
        ++i;
    }
    state.SetItemsProcessed(state.iterations());
}

/** The floor: the same row, one INSERT in its own transaction, on a bare SQLCipher connection with the same key
 *  format and pragmas (WAL, synchronous=FULL, 4096-byte pages). */
void BM_RawSqlcipherInsertCommit(benchmark::State& state)
{
    QTemporaryDir dir(benchRoot() + QStringLiteral("/bench-XXXXXX"));
    sqlite3* db = nullptr;
    sqlite3_open(dir.filePath(QStringLiteral("raw.db")).toUtf8().constData(), &db);
    char* setupError = nullptr;
    const int setup =
        sqlite3_exec(db,
                     "PRAGMA key = \"x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'\";"
                     "PRAGMA cipher_page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                     "PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;"
                     "CREATE TABLE answer (interview_id TEXT NOT NULL, item_path TEXT NOT NULL, state TEXT NOT NULL,"
                     " value_type TEXT, value_text TEXT, value_int INTEGER, value_real REAL, answered_at TEXT NOT NULL,"
                     " PRIMARY KEY (interview_id, item_path)) WITHOUT ROWID;",
                     nullptr, nullptr, &setupError);
    if (setup != SQLITE_OK) {
        state.SkipWithError(setupError ? setupError : "setup failed");
        return;
    }
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO answer VALUES ('3f1c2d4e-0000-4000-8000-000000000001', ?, 'value', "
                           "'integer', NULL, ?, NULL, '2026-11-28T12:00:00.000Z')",
                           -1, &insert, nullptr)
        != SQLITE_OK) {
        state.SkipWithError(sqlite3_errmsg(db));
        return;
    }
    qint64 i = 0;
    for (auto _ : state) {
        const QByteArray path = QStringLiteral("q%1").arg(i).toUtf8();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert, 1, path.constData(), static_cast<int>(path.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 2, i);
        if (sqlite3_step(insert) != SQLITE_DONE)
            state.SkipWithError(sqlite3_errmsg(db));
        sqlite3_reset(insert);
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            state.SkipWithError("commit failed");
        ++i;
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    state.SetItemsProcessed(state.iterations());
}

/** Unlock with the parameters a real workspace gets (calibrated on this machine to about 0.5 s). */
void BM_Unlock(benchmark::State& state)
{
    QTemporaryDir dir(benchRoot() + QStringLiteral("/bench-XXXXXX"));
    const QString folder = dir.filePath(QStringLiteral("ws"));
    makeWorkspace(folder, std::nullopt)->lock();
    for (auto _ : state) {
        auto ws = Workspace::open(folder, SecureBytes::fromUtf8(Pass));
        if (!ws)
            state.SkipWithError(qPrintable(ws.message()));
    }
}

} // namespace

BENCHMARK(BM_AnswerCommit)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_RawSqlcipherInsertCommit)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_Unlock)->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("baseline.*.info=false\nbaseline.*.debug=false"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
