// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/repository.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace baseline;
using namespace baseline::test;

namespace {

QString addInterview(Workspace& ws)
{
    Repository repo(ws);
    auto id = repo.createInterview({}, QStringLiteral("victimization-survey"), QStringLiteral("1.0.0"));
    REQUIRE(id.ok());
    return id.value();
}

int countHits(const QByteArray& haystack, const QByteArray& needle)
{
    int hits = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++hits;
    return hits;
}

} // namespace

TEST_CASE("the store talks to SQLCipher 4 and the file has no plaintext header (T1)", "[store]")
{
    TempWorkspace t;
    CHECK(t.ws->cipherVersion().startsWith(QStringLiteral("4.")));
    const QByteArray head = readFile(t.dbPath()).left(16);
    CHECK(head.size() == 16);
    CHECK(head != QByteArray("SQLite format 3\0", 16));
    auto pageSize = t.ws->db().scalarInt(QStringLiteral("PRAGMA cipher_page_size"));
    REQUIRE(pageSize.ok());
    CHECK(pageSize.value() == 4096);
    auto journal = t.ws->db().scalarText(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(journal.ok());
    CHECK(journal.value() == QStringLiteral("wal"));
    CHECK(t.ws->db().scalarInt(QStringLiteral("PRAGMA synchronous")).value() == 2); // FULL
    CHECK(t.ws->db().scalarInt(QStringLiteral("PRAGMA temp_store")).value() == 2); // MEMORY
    CHECK(t.ws->db().scalarInt(QStringLiteral("PRAGMA foreign_keys")).value() == 1);
}

TEST_CASE("a canary answer never appears in clear in the database, -wal or -shm (T3)", "[store][security]")
{
    TempWorkspace t;
    const QString canary = QStringLiteral("CANARY-7f3a9c-مرحبا-ПРИВЕТ");
    const QString interview = addInterview(*t.ws);
    Repository repo(*t.ws);
    for (int i = 0; i < 20; ++i)
        REQUIRE(repo.saveAnswer(interview, Answer::of(QStringLiteral("note%1").arg(i), TextValue{canary})).ok());
    REQUIRE(
        repo.addAttachment(interview, canary + QStringLiteral(".txt"), QStringLiteral("text/plain"), canary.toUtf8())
            .ok());

    const QByteArray utf8 = canary.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(canary.utf16()), canary.size() * 2);
    auto scan = [&](const char* when) {
        int files = 0;
        for (const QString& name : QDir(t.folder).entryList(QDir::Files)) {
            const QByteArray bytes = readFile(QDir(t.folder).filePath(name));
            INFO(when << ": " << name.toStdString());
            CHECK(countHits(bytes, utf8) == 0);
            CHECK(countHits(bytes, utf16) == 0);
            CHECK(countHits(bytes, QByteArrayLiteral("CANARY-7f3a9c")) == 0);
            ++files;
        }
        return files;
    };
    // While open: the database, its -wal (holding the recent commits) and -shm all exist.
    CHECK(QFile::exists(t.dbPath() + QStringLiteral("-wal")));
    CHECK(scan("open") >= 3);
    t.ws->lock();
    CHECK(scan("closed") >= 2);
    // And the data really is there, so the scan looked at the right bytes.
    auto ws = t.reopen();
    Repository again(*ws);
    auto answers = again.answers(interview);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 20);
    CHECK(std::get<TextValue>(*answers->first().value).text == canary);
}

TEST_CASE("a wrong passphrase is refused and leaves every file byte-for-byte unchanged (T5)", "[store][security]")
{
    TempWorkspace t;
    addInterview(*t.ws);
    t.ws->lock();
    t.ws.reset();
    const QByteArray before = folderDigest(t.folder);
    auto wrong = Workspace::open(t.folder, pass(QStringLiteral("not the passphrase")));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.code() == ErrorCode::WrongPassphrase);
    CHECK(wrong.message() == QStringLiteral("wrong passphrase, or not a Baseline workspace"));
    CHECK(folderDigest(t.folder) == before);
    CHECK(QDir(t.folder).entryList(QDir::Files).size() == 2); // no -wal or -shm appeared
    auto right = Workspace::open(t.folder, pass());
    CHECK(right.ok());
}

TEST_CASE("unlock attempts are delayed more and more after five failures", "[store][security]")
{
    TempWorkspace t;
    t.ws->lock();
    std::vector<std::chrono::milliseconds> slept;
    Workspace::setSleeper([&](std::chrono::milliseconds d) { slept.push_back(d); });
    for (int i = 0; i < 8; ++i)
        CHECK(Workspace::open(t.folder, pass(QStringLiteral("guess %1").arg(i))).code() == ErrorCode::WrongPassphrase);
    CHECK(Workspace::failedAttempts(t.folder) == 8);
    // Attempts 1–5 start at once; the 6th waits 1 s, the 7th 2 s, the 8th 4 s.
    REQUIRE(slept.size() == 3);
    CHECK(slept[0] == std::chrono::milliseconds(1000));
    CHECK(slept[1] == std::chrono::milliseconds(2000));
    CHECK(slept[2] == std::chrono::milliseconds(4000));
    // The right passphrase still waits its turn, then resets the count.
    CHECK(Workspace::open(t.folder, pass()).ok());
    CHECK(slept.size() == 4);
    CHECK(Workspace::failedAttempts(t.folder) == 0);
    CHECK(Workspace::unlockDelay(40) == std::chrono::milliseconds(60000));
    Workspace::setSleeper({});
}

TEST_CASE("lock closes the store and wipes the key", "[store][security]")
{
    TempWorkspace t;
    REQUIRE(t.ws->isOpen());
    t.ws->lock();
    CHECK_FALSE(t.ws->isOpen());
    CHECK_FALSE(t.ws->db().isOpen());
    CHECK(t.ws->checkIntegrity().code() == ErrorCode::Locked);
    CHECK(t.ws->backupTo(t.dir.filePath(QStringLiteral("b"))).code() == ErrorCode::Locked);
    // The WAL was checkpointed and the connection released: the main file alone holds everything.
    CHECK_FALSE(QFile::exists(t.dbPath() + QStringLiteral("-shm")));
}

TEST_CASE("changing the passphrase re-encrypts: the old one stops working, data stays", "[store]")
{
    TempWorkspace t;
    const QString interview = addInterview(*t.ws);
    {
        Repository repo(*t.ws);
        REQUIRE(repo.saveAnswer(interview, Answer::of(QStringLiteral("age"), qint64(37))).ok());
    }
    const QString fresh = QStringLiteral("a brand new passphrase");
    CHECK(t.ws->changePassphrase(pass(QStringLiteral("wrong current")), pass(fresh), kdf::insecureTestParams()).code()
          == ErrorCode::WrongPassphrase);
    REQUIRE(t.ws->changePassphrase(pass(), pass(fresh), kdf::insecureTestParams()).ok());
    // Still usable in this session.
    auto report = t.ws->checkIntegrity();
    REQUIRE(report.ok());
    INFO(report->problems.join(QStringLiteral("; ")).toStdString());
    REQUIRE(report->ok);
    t.ws->lock();
    t.ws.reset();
    CHECK(Workspace::open(t.folder, pass()).code() == ErrorCode::WrongPassphrase);
    auto ws = t.reopen(fresh);
    Repository repo(*ws);
    auto answers = repo.answers(interview);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 1);
    CHECK(std::get<qint64>(*answers->first().value) == 37);
}

TEST_CASE("an interrupted passphrase change leaves a workspace that opens, and says with which passphrase", "[store]")
{
    const QString oldPass = Passphrase;
    const QString newPass = QStringLiteral("the new one");
    auto keyPath = [](const TempWorkspace& t) {
        return QDir(t.folder).filePath(QString::fromLatin1(Workspace::KeyFile));
    };
    auto keyEntry = [&](const TempWorkspace& t) {
        return QJsonDocument::fromJson(readFile(keyPath(t))).object().value(QStringLiteral("current")).toObject();
    };

    SECTION("crash after the new key was announced, before the re-encryption")
    {
        TempWorkspace t;
        const QJsonObject oldEntry = keyEntry(t);
        // Make the entry a change to newPass would announce, using a scratch workspace keyed with newPass.
        TempWorkspace scratch;
        REQUIRE(scratch.ws->changePassphrase(pass(), pass(newPass), kdf::insecureTestParams()).ok());
        const QJsonObject newEntry = keyEntry(scratch);
        t.ws->lock();
        auto doc = QJsonDocument::fromJson(readFile(keyPath(t))).object();
        doc.insert(QStringLiteral("pending"), newEntry);
        writeFile(keyPath(t), QJsonDocument(doc).toJson());

        auto withNew = Workspace::open(t.folder, pass(newPass));
        CHECK(withNew.code() == ErrorCode::WrongPassphrase);
        CHECK(withNew.message().contains(QStringLiteral("unlock with the previous passphrase")));
        auto withOld = Workspace::open(t.folder, pass(oldPass));
        REQUIRE(withOld.ok());
        // Opening finished the job: the pending entry is gone.
        CHECK_FALSE(QJsonDocument::fromJson(readFile(keyPath(t))).object().contains(QStringLiteral("pending")));
        CHECK(keyEntry(t) == oldEntry);
    }
    SECTION("crash after the re-encryption, before the key file was finalised")
    {
        TempWorkspace t;
        const QJsonObject oldEntry = keyEntry(t);
        REQUIRE(t.ws->changePassphrase(pass(), pass(newPass), kdf::insecureTestParams()).ok());
        const QJsonObject newEntry = keyEntry(t);
        t.ws->lock();
        auto doc = QJsonDocument::fromJson(readFile(keyPath(t))).object();
        doc.insert(QStringLiteral("current"), oldEntry);
        doc.insert(QStringLiteral("pending"), newEntry);
        writeFile(keyPath(t), QJsonDocument(doc).toJson());

        auto withOld = Workspace::open(t.folder, pass(oldPass));
        CHECK(withOld.code() == ErrorCode::WrongPassphrase);
        CHECK(withOld.message().contains(QStringLiteral("unlock with the new passphrase")));
        REQUIRE(Workspace::open(t.folder, pass(newPass)).ok());
        CHECK(keyEntry(t) == newEntry);
        CHECK(Workspace::open(t.folder, pass(oldPass)).message()
              == QStringLiteral("wrong passphrase, or not a Baseline workspace"));
    }
}

TEST_CASE("backup writes a new encrypted workspace that opens with the same passphrase", "[store]")
{
    TempWorkspace t;
    const QString interview = addInterview(*t.ws);
    Repository repo(*t.ws);
    REQUIRE(repo.saveAnswer(interview, Answer::of(QStringLiteral("q1"), TextValue{QStringLiteral("kept")})).ok());
    const QString target = t.dir.filePath(QStringLiteral("backup"));
    REQUIRE(t.ws->backupTo(target).ok());
    CHECK(t.ws->backupTo(target).code() == ErrorCode::AlreadyExists);

    const QByteArray original = readFile(t.dbPath());
    const QByteArray copy = readFile(QDir(target).filePath(QStringLiteral("workspace.db")));
    CHECK(copy.left(16) != QByteArray("SQLite format 3\0", 16));
    CHECK(copy.left(16) != original.left(16)); // its own salt: an export, not a byte copy

    auto opened = Workspace::open(target, pass());
    REQUIRE(opened.ok());
    CHECK(opened.value()->checkIntegrity().value().ok);
    Repository backupRepo(*opened.value());
    auto answers = backupRepo.answers(interview);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 1);
    CHECK(std::get<TextValue>(*answers->first().value).text == QStringLiteral("kept"));
}

TEST_CASE("creating over an existing workspace is refused", "[store]")
{
    TempWorkspace t;
    CreateOptions options;
    options.kdf = kdf::insecureTestParams();
    auto again = Workspace::create(t.folder, pass(), options);
    CHECK(again.code() == ErrorCode::AlreadyExists);
    CHECK(Workspace::create(t.dir.filePath(QStringLiteral("other")), SecureBytes(), options).code()
          == ErrorCode::InvalidArgument);
}
