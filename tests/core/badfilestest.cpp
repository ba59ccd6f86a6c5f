// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of wrong file gets its own clear message, never a crash, and is never modified.
#include "testsupport.h"

#include "store/repository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <catch2/catch_test_macros.hpp>

#include <sqlite3.h>

using namespace baseline;
using namespace baseline::test;

namespace {

/** A closed workspace with some data, ready to be damaged. */
struct Victim {
    TempWorkspace t;
    Victim()
    {
        Repository repo(*t.ws);
        auto id = repo.createInterview({}, QStringLiteral("safety-audit"), QStringLiteral("1.0.0"));
        REQUIRE(id.ok());
        for (int i = 0; i < 300; ++i) // enough rows to span several pages
            REQUIRE(
                repo.saveAnswer(id.value(),
                                Answer::of(QStringLiteral("item%1").arg(i), TextValue{QString(200, QLatin1Char('x'))}))
                    .ok());
        t.ws->lock();
        t.ws.reset();
    }
};

void expectRefusedUnchanged(const QString& folder, ErrorCode code, const QString& fragment)
{
    const QByteArray before = folderDigest(folder);
    auto r = Workspace::open(folder, pass());
    REQUIRE_FALSE(r.ok());
    INFO(r.message().toStdString());
    CHECK(r.code() == code);
    CHECK(r.message().contains(fragment));
    CHECK(folderDigest(folder) == before);
}

} // namespace

TEST_CASE("a plain SQLite file is rejected as unencrypted", "[store][badfile]")
{
    Victim v;
    QFile::remove(v.t.dbPath());
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(v.t.dbPath().toUtf8().constData(), &db) == SQLITE_OK); // no key: SQLCipher writes plain
    REQUIRE(sqlite3_exec(db, "CREATE TABLE answer(x); INSERT INTO answer VALUES ('plain');", nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(db);
    REQUIRE(readFile(v.t.dbPath()).startsWith(QByteArray("SQLite format 3\0", 16)));
    expectRefusedUnchanged(v.t.folder, ErrorCode::NotAWorkspace, QStringLiteral("plain, unencrypted SQLite database"));
}

TEST_CASE("an empty file is rejected as empty", "[store][badfile]")
{
    Victim v;
    writeFile(v.t.dbPath(), {});
    expectRefusedUnchanged(v.t.folder, ErrorCode::NotAWorkspace, QStringLiteral("is empty (0 bytes)"));
}

TEST_CASE("a truncated file is rejected as truncated, at any cut", "[store][badfile]")
{
    Victim v;
    const QByteArray whole = readFile(v.t.dbPath());
    REQUIRE(whole.size() >= 4 * 4096);
    for (qsizetype cut : {qsizetype(1), qsizetype(100), qsizetype(4095), qsizetype(4097), whole.size() - 1}) {
        writeFile(v.t.dbPath(), whole.left(cut));
        expectRefusedUnchanged(v.t.folder, ErrorCode::Truncated, QStringLiteral("is truncated"));
    }
}

TEST_CASE("random bytes with a valid key file are reported as damaged, not as a wrong passphrase", "[store][badfile]")
{
    Victim v;
    QByteArray noise(8 * 4096, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    writeFile(v.t.dbPath(), noise);
    expectRefusedUnchanged(v.t.folder, ErrorCode::Corrupt, QStringLiteral("fails authentication"));
}

TEST_CASE("flipped bits are detected: on page 1 at unlock, elsewhere by the integrity check (T7)", "[store][badfile]")
{
    Victim v;
    const QByteArray whole = readFile(v.t.dbPath());
    SECTION("page 1")
    {
        QByteArray bad = whole;
        bad[100] = static_cast<char>(bad[100] ^ 0x04);
        writeFile(v.t.dbPath(), bad);
        expectRefusedUnchanged(v.t.folder, ErrorCode::Corrupt, QStringLiteral("damaged or was tampered with"));
    }
    SECTION("later pages, 40 random single-bit flips")
    {
        QRandomGenerator gen(7);
        const int pages = static_cast<int>(whole.size() / 4096);
        for (int round = 0; round < 40; ++round) {
            QByteArray bad = whole;
            const int page = 1 + static_cast<int>(gen.bounded(pages - 1));
            const int offset = page * 4096 + static_cast<int>(gen.bounded(4096));
            bad[offset] = static_cast<char>(bad[offset] ^ (1 << gen.bounded(8)));
            writeFile(v.t.dbPath(), bad);
            auto ws = Workspace::open(v.t.folder, pass());
            if (!ws.ok()) { // the flip hit a page that unlock reads (schema): refused with a clear message
                INFO(ws.message().toStdString());
                CHECK((ws.code() == ErrorCode::Corrupt || ws.code() == ErrorCode::NotAWorkspace));
                continue;
            }
            auto report = ws.value()->checkIntegrity();
            REQUIRE(report.ok());
            INFO("page " << page << " offset " << offset);
            CHECK_FALSE(report->ok);
            CHECK_FALSE(report->problems.isEmpty());
            ws.value()->lock();
        }
    }
}

TEST_CASE("missing, damaged or newer key files get their own messages", "[store][badfile]")
{
    Victim v;
    const QString keyPath = QDir(v.t.folder).filePath(QStringLiteral("workspace.key"));
    const QByteArray key = readFile(keyPath);
    SECTION("missing")
    {
        QFile::remove(keyPath);
        expectRefusedUnchanged(v.t.folder, ErrorCode::NotAWorkspace, QStringLiteral("workspace.key is missing"));
    }
    SECTION("not JSON")
    {
        writeFile(keyPath, "garbage");
        expectRefusedUnchanged(v.t.folder, ErrorCode::Corrupt, QStringLiteral("damaged or not a Baseline key file"));
    }
    SECTION("from a newer Baseline")
    {
        QByteArray newer = key;
        newer.replace("\"version\": 1", "\"version\": 9");
        REQUIRE(newer != key);
        writeFile(keyPath, newer);
        expectRefusedUnchanged(v.t.folder, ErrorCode::NewerVersion, QStringLiteral("made by a newer version"));
    }
    SECTION("no folder at all")
    {
        auto r = Workspace::open(v.t.dir.filePath(QStringLiteral("nowhere")), pass());
        CHECK(r.code() == ErrorCode::NotFound);
        CHECK(r.message().contains(QStringLiteral("no workspace folder")));
    }
}
