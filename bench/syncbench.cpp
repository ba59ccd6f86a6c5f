// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmarks (issue 7): export and import of a result package of 10,000 interviews x 100 answers, next to a raw
// SQLCipher bulk insert of the same 1,000,000 answer rows in one transaction on the same disk with the same settings.
// The target is an import within 3x the raw insert.
// Run: build/ci/bench/sync_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
// Smaller runs: BASELINE_SYNC_BENCH_INTERVIEWS=1000. Working folder: $BASELINE_BENCH_DIR, else the current directory.
#include "instrument/instrument.h"
#include "interview/session.h"
#include "store/repository.h"
#include "store/sqlite.h"
#include "store/workspace.h"
#include "sync/sync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace baseline;

namespace {

const QString Pass = QStringLiteral("benchmark passphrase");
constexpr int AnswersEach = 100;

int interviewCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("BASELINE_SYNC_BENCH_INTERVIEWS", &ok);
    return ok && n > 0 ? n : 10000;
}

QString benchRoot()
{
    const QString env = qEnvironmentVariable("BASELINE_BENCH_DIR");
    return env.isEmpty() ? QDir::currentPath() : env;
}

std::unique_ptr<Workspace> makeWorkspace(const QString& folder)
{
    CreateOptions options;
    options.kdf = kdf::insecureTestParams();
    auto ws = Workspace::create(folder, SecureBytes::fromUtf8(Pass), options);
    if (!ws)
        qFatal("cannot create workspace: %s", qPrintable(ws.message()));
    return std::move(ws).value();
}

/** One assessor with N interviews x 100 answers (a mix of integers and short texts), a coordinator that enrolled it,
 *  and the package, made once for all benchmarks. */
struct Fixture {
    QTemporaryDir dir{benchRoot() + QStringLiteral("/syncbench-XXXXXX")};
    QString package;
    QString coordinatorCopy; ///< the coordinator before any import, closed
    qint64 rows = 0;

    Fixture()
    {
        const QString instrumentPath = QStringLiteral(BASELINE_SOURCE_DIR)
            + QStringLiteral("/questionnaires/stakeholder-mapping/stakeholder-mapping.json");
        QFile f(instrumentPath);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(instrumentPath));
        const QByteArray instrument = f.readAll();
        auto a = makeWorkspace(dir.filePath(QStringLiteral("assessor")));
        auto c = makeWorkspace(dir.filePath(QStringLiteral("coordinator")));
        auto ida = sync::identity(*a);
        auto idc = sync::identity(*c);
        if (!sync::enrol(*c, sync::identityFile(*ida, sync::Role::Assessor), QStringLiteral("a")).ok()
            || !sync::enrol(*a, sync::identityFile(*idc, sync::Role::Coordinator), QStringLiteral("c")).ok())
            qFatal("enrolment failed");
        Repository repo(*a);
        auto installed = InterviewSession::install(repo, instrument, instrumentPath);
        if (!installed)
            qFatal("install failed: %s", qPrintable(installed.message()));
        const QString version = (*installed)->version;
        const QString sha = QString::fromLatin1((*installed)->sha256.toHex());
        // Written in one transaction straight through SQL: the set-up is not what is measured.
        Connection& db = a->db();
        (void)db.exec(QStringLiteral("BEGIN"));
        auto interview = db.prepare(QStringLiteral(
            "INSERT INTO interview (id, instrument_id, instrument_version, instrument_sha256, device_id, status, "
            "started_at, updated_at, finalized_at) VALUES (?, 'stakeholder-mapping', ?, ?, ?, 'finalized', "
            "'2026-03-15T09:00:00.000Z', '2026-03-15T10:00:00.000Z', '2026-03-15T10:00:00.000Z')"));
        auto event = db.prepare(QStringLiteral(
            "INSERT INTO answer_event (interview_id, rev, item_path, state, value_type, value_text, value_int, at, "
            "actor) VALUES (?, ?, ?, 'value', ?, ?, ?, '2026-03-15T09:30:00.000Z', ?)"));
        for (int i = 0; i < interviewCount(); ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            interview->bind(1, id).bind(2, version).bind(3, sha).bind(4, a->deviceId());
            (void)interview->exec();
            interview->reset();
            for (int k = 1; k <= AnswersEach; ++k) {
                const bool text = k % 3 == 0;
                event->bind(1, id).bind(2, qint64(k));
                event->bind(3, text ? QStringLiteral("mapping_area") : QStringLiteral("workshop_participants"));
                event->bind(4, text ? QStringLiteral("text") : QStringLiteral("integer"));
                if (text)
                    event->bind(5, QStringLiteral("Answer %1 of interview %2").arg(k).arg(i)).bindNull(6);
                else
                    event->bindNull(5).bind(6, qint64(k * 7 + i));
                event->bind(7, a->deviceId());
                (void)event->exec();
                event->reset();
                ++rows;
            }
        }
        (void)db.exec(QStringLiteral("COMMIT"));
        package = dir.filePath(QStringLiteral("results.blnpkg"));
        auto sum = sync::exportResults(*a, package);
        if (!sum)
            qFatal("export failed: %s", qPrintable(sum.message()));
        coordinatorCopy = dir.filePath(QStringLiteral("coordinator-pristine"));
        if (!c->backupTo(coordinatorCopy).ok())
            qFatal("backup failed");
        a->lock();
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

void BM_ExportResults(benchmark::State& state)
{
    Fixture& f = fixture();
    auto a = Workspace::open(f.dir.filePath(QStringLiteral("assessor")), SecureBytes::fromUtf8(Pass));
    if (!a) {
        state.SkipWithError(qPrintable(a.message()));
        return;
    }
    const QString out = f.dir.filePath(QStringLiteral("again.blnpkg"));
    qint64 bytes = 0;
    for (auto _ : state) {
        sync::ExportOptions o;
        o.all = true;
        auto sum = sync::exportResults(**a, out, o);
        if (!sum)
            state.SkipWithError(qPrintable(sum.message()));
        else
            bytes = sum->bytes;
    }
    state.counters["rows"] = double(f.rows);
    state.counters["package_MB"] = double(bytes) / 1e6;
}

void BM_ImportResults(benchmark::State& state)
{
    Fixture& f = fixture();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString folder = f.dir.filePath(QStringLiteral("coordinator-%1").arg(round++));
        QDir().mkpath(folder);
        for (const QString& file : QDir(f.coordinatorCopy).entryList(QDir::Files))
            QFile::copy(f.coordinatorCopy + QLatin1Char('/') + file, folder + QLatin1Char('/') + file);
        auto c = Workspace::open(folder, SecureBytes::fromUtf8(Pass));
        if (!c) {
            state.SkipWithError(qPrintable(c.message()));
            return;
        }
        state.ResumeTiming();
        const auto r = sync::importPackageFile(**c, f.package);
        if (r.problem != sync::Problem::None)
            state.SkipWithError(qPrintable(r.message));
        state.PauseTiming();
        (*c)->lock();
        QDir(folder).removeRecursively();
        state.ResumeTiming();
    }
    state.counters["rows"] = double(f.rows);
}

/** The floor: the same rows into a table shaped like received_event, one prepared INSERT per row, one transaction,
 *  on a bare SQLCipher connection with the workspace's key format and pragmas. */
void BM_RawSqlcipherBulkInsert(benchmark::State& state)
{
    Fixture& f = fixture();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray path = f.dir.filePath(QStringLiteral("raw-%1.db").arg(round++)).toUtf8();
        sqlite3* db = nullptr;
        sqlite3_open(path.constData(), &db);
        sqlite3_exec(db,
                     "PRAGMA key = \"x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'\";"
                     "PRAGMA cipher_page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                     "PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;"
                     "CREATE TABLE received_event (interview_id TEXT NOT NULL, origin TEXT NOT NULL, rev INTEGER NOT "
                     "NULL, item_path TEXT NOT NULL, state TEXT NOT NULL, value_type TEXT, value_text TEXT, value_int "
                     "INTEGER, value_real REAL, at TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (interview_id, "
                     "origin, rev)) WITHOUT ROWID;",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt* ins = nullptr;
        sqlite3_prepare_v2(db,
                           "INSERT INTO received_event VALUES (?, 'dddddddd-0000-4000-8000-000000000001', ?, ?, "
                           "'value', ?, ?, ?, NULL, '2026-03-15T09:30:00.000Z', "
                           "'dddddddd-0000-4000-8000-000000000001')",
                           -1, &ins, nullptr);
        const int n = int(f.rows / AnswersEach);
        std::vector<std::string> ids;
        for (int i = 0; i < n; ++i)
            ids.push_back(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
        state.ResumeTiming();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (int i = 0; i < n; ++i) {
            for (int k = 1; k <= AnswersEach; ++k) {
                const bool text = k % 3 == 0;
                sqlite3_bind_text(ins, 1, ids[std::size_t(i)].c_str(), -1, SQLITE_STATIC);
                sqlite3_bind_int64(ins, 2, k);
                sqlite3_bind_text(ins, 3, text ? "mapping_area" : "workshop_participants", -1, SQLITE_STATIC);
                sqlite3_bind_text(ins, 4, text ? "text" : "integer", -1, SQLITE_STATIC);
                const std::string value = "Answer " + std::to_string(k) + " of interview " + std::to_string(i);
                if (text) {
                    sqlite3_bind_text(ins, 5, value.c_str(), -1, SQLITE_TRANSIENT);
                    sqlite3_bind_null(ins, 6);
                } else {
                    sqlite3_bind_null(ins, 5);
                    sqlite3_bind_int64(ins, 6, k * 7 + i);
                }
                if (sqlite3_step(ins) != SQLITE_DONE)
                    state.SkipWithError(sqlite3_errmsg(db));
                sqlite3_reset(ins);
            }
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        state.PauseTiming();
        sqlite3_finalize(ins);
        sqlite3_close(db);
        QFile::remove(QString::fromUtf8(path));
        state.ResumeTiming();
    }
    state.counters["rows"] = double(f.rows);
}

} // namespace

BENCHMARK(BM_ExportResults)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ImportResults)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_RawSqlcipherBulkInsert)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
