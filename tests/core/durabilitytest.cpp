// SPDX-License-Identifier: GPL-3.0-or-later
// Committed answers survive a full disk and kill -9 (T8, T10).
#include "faultvfs.h"
#include "testsupport.h"

#include "store/repository.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

using namespace baseline;
using namespace baseline::test;

TEST_CASE("a full disk fails the write clearly, keeps what was saved, and writing resumes when space is free (T10)",
          "[store][durability]")
{
    faultvfs::install();
    faultvfs::setFreeSpace(-1);
    TempWorkspace t(QString::fromLatin1(faultvfs::Name));
    Repository repo(*t.ws);
    const QString id =
        repo.createInterview({}, QStringLiteral("victimization-survey"), QStringLiteral("1.0.0")).value();
    QSet<QString> acknowledged;
    for (int i = 0; i < 50; ++i) {
        const QString path = QStringLiteral("before%1").arg(i);
        REQUIRE(repo.saveAnswer(id, Answer::of(path, TextValue{QString(500, QLatin1Char('b'))})).ok());
        acknowledged.insert(path);
    }

    faultvfs::setFreeSpace(0); // the disk fills up
    int refused = 0;
    for (int i = 0; i < 10; ++i) {
        auto r = repo.saveAnswer(
            id, Answer::of(QStringLiteral("during%1").arg(i), TextValue{QString(500, QLatin1Char('d'))}));
        if (!r.ok()) {
            ++refused;
            CHECK(r.code() == ErrorCode::DiskFull);
            CHECK(r.message().contains(QStringLiteral("disk is full")));
            CHECK(r.message().contains(QStringLiteral("everything saved before it is intact")));
        }
    }
    CHECK(refused == 10);

    faultvfs::setFreeSpace(-1); // space freed
    for (int i = 0; i < 10; ++i) {
        const QString path = QStringLiteral("after%1").arg(i);
        auto r = repo.saveAnswer(id, Answer::of(path, TextValue{QStringLiteral("resumed")}));
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        acknowledged.insert(path);
    }

    auto ws = t.reopen();
    REQUIRE(ws->checkIntegrity().value().ok);
    Repository again(*ws);
    QSet<QString> stored;
    for (const auto& a : again.answers(id).value())
        stored.insert(a.itemPath);
    CHECK(stored == acknowledged);
}

TEST_CASE("kill -9 during autosave loses no acknowledged answer and never corrupts the workspace (T8)",
          "[store][durability]")
{
    TempWorkspace t;
    Repository repo(*t.ws);
    const QString id =
        repo.createInterview({}, QStringLiteral("victimization-survey"), QStringLiteral("1.0.0")).value();
    t.ws->lock();
    t.ws.reset();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BASELINE_PASSPHRASE"), Passphrase);
    QRandomGenerator gen(20261128);
    long next = 0;
    long totalAcked = 0;
    constexpr int Kills = 100;
    for (int round = 0; round < Kills; ++round) {
        QProcess writer;
        writer.setProcessEnvironment(env);
        writer.start(QStringLiteral(AUTOSAVE_WRITER), {t.folder, id, QString::number(next)});
        REQUIRE(writer.waitForStarted(10000));
        REQUIRE(writer.waitForReadyRead(20000)); // "ready": unlocked, about to write
        QThread::usleep(gen.bounded(2000u, 60000u)); // kill at a random moment while it writes
        writer.kill(); // SIGKILL
        REQUIRE(writer.waitForFinished(10000));
        CHECK(writer.exitStatus() == QProcess::CrashExit);

        long lastAck = -1;
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
            if (line.startsWith("ack "))
                lastAck = line.mid(4).toLong();

        auto opened = Workspace::open(t.folder, pass());
        INFO("round " << round << ": " << opened.message().toStdString());
        REQUIRE(opened.ok());
        auto report = opened.value()->checkIntegrity();
        REQUIRE(report.ok());
        REQUIRE(report->ok);
        Repository check(*opened.value());
        QSet<QString> stored;
        for (const auto& a : check.answers(id).value())
            stored.insert(a.itemPath);
        for (long i = next; i <= lastAck; ++i)
            REQUIRE(stored.contains(QStringLiteral("q%1").arg(i)));
        // Each commit is one answer: the log holds exactly the answers, numbered without gaps.
        const auto history = check.answerHistory(id).value();
        CHECK(history.size() == stored.size());
        CHECK((history.isEmpty() || history.last().rev == history.size()));
        totalAcked += lastAck >= next ? lastAck - next + 1 : 0;
        // Continue numbering after whatever was stored (an unacknowledged commit may have landed: that is fine).
        next = static_cast<long>(stored.size());
        opened.value()->lock();
    }
    // The kills did land during writing, not before it started.
    CHECK(totalAcked > Kills);
}
