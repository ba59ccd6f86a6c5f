// SPDX-License-Identifier: GPL-3.0-or-later
// Sync by file (issue 7, docs/sync.md, security notes T11-T17): packages between two assessors and a coordinator.
#include "testsupport.h"

#include "interview/script.h"
#include "interview/session.h"
#include "scoring/scoring.h"
#include "store/repository.h"
#include "store/sqlite.h"
#include "store/workspace.h"
#include "sync/envelope.h"
#include "sync/payload.h"
#include "sync/sync.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

#include <sqlite3.h>

using namespace baseline;
using namespace baseline::test;
using namespace baseline::sync;

namespace {

const QString Root = QStringLiteral(BASELINE_SOURCE_DIR);
const QString InstrumentPath = Root + QStringLiteral("/questionnaires/stakeholder-mapping/stakeholder-mapping.json");
const QString ScriptPath = Root + QStringLiteral("/tests/data/scripts/stakeholder-mapping.script.json");

QJsonArray scriptSteps()
{
    return QJsonDocument::fromJson(readFile(ScriptPath)).object().value(QStringLiteral("steps")).toArray();
}

/** A coordinator and two assessors, each enrolled with the other side. */
struct Team {
    TempWorkspace coordinator;
    TempWorkspace a1;
    TempWorkspace a2;
    QTemporaryDir files;

    Team()
    {
        auto c = identity(*coordinator.ws);
        REQUIRE(c.ok());
        for (TempWorkspace* a : {&a1, &a2}) {
            auto id = identity(*a->ws);
            REQUIRE(id.ok());
            REQUIRE(enrol(*coordinator.ws, identityFile(*id, Role::Assessor), QStringLiteral("assessor.json")).ok());
            REQUIRE(enrol(*a->ws, identityFile(*c, Role::Coordinator), QStringLiteral("team.json")).ok());
        }
    }
    QString path(const QString& name) const { return files.filePath(name); }
};

/** Starts an interview of the stakeholder mapping and plays the first `steps` steps of its script (all: -1). */
QString interview(Workspace& ws, int steps, bool finalize)
{
    Repository repo(ws);
    auto installed = InterviewSession::install(repo, readFile(InstrumentPath), InstrumentPath);
    REQUIRE(installed.ok());
    auto session = InterviewSession::start(repo, *installed, {}, [] { return QDate(2026, 3, 15); });
    REQUIRE(session.ok());
    const QJsonArray all = scriptSteps();
    const int n = steps < 0 ? int(all.size()) : steps;
    for (int i = 0; i < n; ++i)
        (void)script::applyStep(**session, all.at(i).toObject());
    if (finalize)
        REQUIRE((*session)->finalize().ok());
    return (*session)->id();
}

/** Continues an interview made earlier (by this device, or copied here). */
void answerMore(Workspace& ws, const QString& id, int from, int to)
{
    Repository repo(ws);
    auto session = InterviewSession::resume(repo, id, [] { return QDate(2026, 3, 16); });
    REQUIRE(session.ok());
    const QJsonArray all = scriptSteps();
    for (int i = from; i < to && i < all.size(); ++i)
        (void)script::applyStep(**session, all.at(i).toObject());
}

bool sameAnswers(const Result<QList<Answer>>& a, const Result<QList<Answer>>& b)
{
    if (!a.ok() || !b.ok() || a->size() != b->size() || a->isEmpty())
        return false;
    for (qsizetype i = 0; i < a->size(); ++i)
        if (!a->at(i).sameContent(b->at(i)) || a->at(i).answeredAt != b->at(i).answeredAt)
            return false;
    return true;
}

QString dump(Workspace& ws)
{
    auto d = logicalDump(ws, true);
    REQUIRE(d.ok());
    return *d;
}

QString fullDump(Workspace& ws)
{
    auto d = logicalDump(ws, false);
    REQUIRE(d.ok());
    return *d;
}

QByteArray exportTo(Workspace& ws, const QString& file, const ExportOptions& options = {})
{
    auto r = exportResults(ws, file, options);
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return readFile(file);
}

SecureBytes signSecret(Workspace& ws)
{
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(ws.db().handle(), "SELECT sign_sk FROM device_key", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    SecureBytes out = SecureBytes::fromRaw(sqlite3_column_blob(st, 0), std::size_t(sqlite3_column_bytes(st, 0)));
    sqlite3_finalize(st);
    return out;
}

/** Copies one interview with its answer log from one workspace into another, as if it had been handed over with the
 *  laptop's data: the base of the conflicting-edits case (T16). */
void copyInterview(Workspace& from, Workspace& to, const QString& id)
{
    Repository src(from);
    auto row = src.interview(id);
    REQUIRE(row.ok());
    auto history = src.answerHistory(id);
    REQUIRE(history.ok());
    Repository dst(to);
    auto installed = InterviewSession::install(dst, readFile(InstrumentPath), InstrumentPath);
    REQUIRE(installed.ok());
    REQUIRE(to.db()
                .exec(QStringLiteral("INSERT OR IGNORE INTO device (id, name, is_self, created_at) VALUES ('%1', "
                                     "'first laptop', 0, '2026-01-01')")
                          .arg(row->deviceId))
                .ok());
    REQUIRE(to.db()
                .exec(QStringLiteral("INSERT INTO interview (id, instrument_id, instrument_version, device_id, "
                                     "status, started_at, updated_at, instrument_sha256) VALUES ('%1', '%2', '%3', "
                                     "'%4', 'in_progress', '%5', '%6', '%7')")
                          .arg(id, row->instrumentId, row->instrumentVersion, row->deviceId, row->startedAt,
                               row->updatedAt, row->instrumentSha256))
                .ok());
    auto srcRows = from.db().prepare(QStringLiteral("SELECT rev, item_path, state, value_type, value_text, value_int, "
                                                    "value_real, at, actor FROM answer_event WHERE interview_id = ? "
                                                    "ORDER BY rev"));
    REQUIRE(srcRows.ok());
    srcRows->bind(1, id);
    auto ins = to.db().prepare(QStringLiteral("INSERT INTO answer_event (interview_id, rev, item_path, state, "
                                              "value_type, value_text, value_int, value_real, at, actor) VALUES (?, ?, "
                                              "?, ?, ?, ?, ?, ?, ?, ?)"));
    REQUIRE(ins.ok());
    while (srcRows->step()) {
        ins->bind(1, id).bind(2, srcRows->int64(0)).bind(3, srcRows->text(1)).bind(4, srcRows->text(2));
        srcRows->isNull(3) ? ins->bindNull(5) : ins->bind(5, srcRows->text(3));
        srcRows->isNull(4) ? ins->bindNull(6) : ins->bind(6, srcRows->text(4));
        srcRows->isNull(5) ? ins->bindNull(7) : ins->bind(7, srcRows->int64(5));
        srcRows->isNull(6) ? ins->bindNull(8) : ins->bind(8, srcRows->real(6));
        ins->bind(9, srcRows->text(7)).bind(10, srcRows->text(8));
        REQUIRE(ins->exec().ok());
        ins->reset();
    }
}

} // namespace

TEST_CASE("a device identity is made with the workspace and its fingerprint can be read aloud", "[sync]")
{
    TempWorkspace tw;
    auto id = identity(*tw.ws);
    REQUIRE(id.ok());
    CHECK(id->signPk.size() == SignPublicBytes);
    CHECK(id->boxPk.size() == BoxPublicBytes);
    CHECK(id->deviceId == tw.ws->deviceId());
    CHECK(id->fingerprint.split(QLatin1Char(' ')).size() == 12);
    CHECK(id->fingerprint == fingerprint(id->signPk, id->boxPk));
    // The identity survives closing and reopening; the secret keys never appear in the public file.
    auto again = tw.reopen();
    auto id2 = identity(*again);
    REQUIRE(id2.ok());
    CHECK(id2->signPk == id->signPk);
    const QByteArray file = identityFile(*id2, Role::Assessor);
    CHECK(file.contains(id->signPk.toBase64()));
    SecureBytes sk = signSecret(*again);
    const QByteArray skB64 = QByteArray(reinterpret_cast<const char*>(sk.data()), qsizetype(sk.size())).toBase64();
    CHECK_FALSE(file.contains(skB64.left(20)));
}

TEST_CASE("enrolment refuses altered, foreign and duplicate identity files", "[sync]")
{
    TempWorkspace c;
    TempWorkspace a;
    auto ida = identity(*a.ws);
    REQUIRE(ida.ok());
    QByteArray file = identityFile(*ida, Role::Assessor);
    // A fingerprint that does not match the keys: the file was altered on the way.
    QJsonObject o = QJsonDocument::fromJson(file).object();
    QJsonObject altered = o;
    auto idc = identity(*c.ws);
    altered.insert(QStringLiteral("box_pk"), QString::fromLatin1(idc->boxPk.toBase64()));
    auto r = enrol(*c.ws, QJsonDocument(altered).toJson(), QStringLiteral("a.json"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("fingerprint")));
    CHECK_FALSE(enrol(*c.ws, "not json", QStringLiteral("x.json")).ok());
    CHECK_FALSE(enrol(*c.ws, identityFile(*idc, Role::Assessor), QStringLiteral("own.json")).ok());
    REQUIRE(enrol(*c.ws, file, QStringLiteral("a.json")).ok());
    REQUIRE(enrol(*c.ws, file, QStringLiteral("a.json")).ok()); // the same keys again: a no-op
    auto list = peers(*c.ws);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().fingerprint == ida->fingerprint);
    // The same device id under other keys is refused.
    QJsonObject other = o;
    other.insert(QStringLiteral("sign_pk"), QString::fromLatin1(idc->signPk.toBase64()));
    other.remove(QStringLiteral("fingerprint"));
    CHECK_FALSE(enrol(*c.ws, QJsonDocument(other).toJson(), QStringLiteral("b.json")).ok());
    REQUIRE(revoke(*c.ws, ida->deviceId).ok());
    CHECK_FALSE(enrol(*c.ws, file, QStringLiteral("a.json")).ok());
}

TEST_CASE("a result package carries interviews to the coordinator; re-import and older packages change nothing",
          "[sync]")
{
    Team t;
    const QString done = interview(*t.a1.ws, -1, true);
    const QString open = interview(*t.a1.ws, 6, false);
    const QByteArray p1 = exportTo(*t.a1.ws, t.path(QStringLiteral("p1.blnpkg")));

    // Nothing changed since: no second package.
    auto none = exportResults(*t.a1.ws, t.path(QStringLiteral("none.blnpkg")));
    CHECK_FALSE(none.ok());
    CHECK_FALSE(QFile::exists(t.path(QStringLiteral("none.blnpkg"))));

    // The assessor cannot read its own package back (T17): it is sealed to the coordinator only.
    {
        auto self = identity(*t.a1.ws);
        auto c = identity(*t.coordinator.ws);
        EnvelopeHeader h;
        REQUIRE_FALSE(readHeader(p1, h));
        CHECK(h.recipientBoxPk == c->boxPk);
        auto own = importPackage(*t.a1.ws, p1, QStringLiteral("p1"));
        CHECK(own.problem == sync::Problem::WrongRecipient);
        (void)self;
    }

    answerMore(*t.a1.ws, open, 6, 12);
    const QByteArray p2 = exportTo(*t.a1.ws, t.path(QStringLiteral("p2.blnpkg")));

    // Newer first, then the older package: the older revision never overwrites the newer.
    auto r2 = importPackage(*t.coordinator.ws, p2, QStringLiteral("p2"));
    INFO(r2.message.toStdString());
    REQUIRE(r2.problem == sync::Problem::None);
    CHECK(r2.interviewsNew == 1);
    const QString afterP2 = dump(*t.coordinator.ws);
    auto r1 = importPackage(*t.coordinator.ws, p1, QStringLiteral("p1"));
    INFO(r1.message.toStdString());
    REQUIRE(r1.problem == sync::Problem::None);
    CHECK(r1.interviewsNew == 1); // the finalized one
    CHECK(r1.interviewsUnchanged == 1); // the open one, older here
    Repository crepo(*t.coordinator.ws);
    Repository arepo(*t.a1.ws);
    auto cOpen = crepo.interview(open);
    auto aOpen = arepo.interview(open);
    REQUIRE(cOpen.ok());
    CHECK(cOpen->revision == aOpen->revision);
    CHECK(cOpen->origin == t.a1.ws->deviceId());
    CHECK(sameAnswers(crepo.answers(open), arepo.answers(open)));
    auto cDone = crepo.interview(done);
    REQUIRE(cDone.ok());
    CHECK(cDone->status == InterviewStatus::Finalized);
    CHECK(sameAnswers(crepo.answers(done), arepo.answers(done)));
    // Paradata travel with the interview: the same items, times and counts, and the same visits.
    auto cp = crepo.paradata(done);
    auto ap = arepo.paradata(done);
    REQUIRE(cp.ok());
    REQUIRE(ap.ok());
    CHECK(ap->items.size() > 5);
    CHECK(cp->items.size() == ap->items.size());
    CHECK(cp->visits == ap->visits);
    CHECK(cp->durationSeconds == ap->durationSeconds);
    for (qsizetype i = 0; i < std::min(cp->items.size(), ap->items.size()); ++i) {
        CHECK(cp->items[i].itemPath == ap->items[i].itemPath);
        CHECK(cp->items[i].changes == ap->items[i].changes);
        CHECK(cp->items[i].lastChangedAt == ap->items[i].lastChangedAt);
    }
    // Received interviews are read-only at the coordinator.
    CHECK_FALSE(crepo
                    .saveAnswer(open,
                                Answer{QStringLiteral("mapping_area"), AnswerState::Value,
                                       Value{TextValue{QStringLiteral("x")}}, QStringLiteral("2026-03-16T00:00:00Z")})
                    .ok());

    // The same package again: "already imported", and not one byte of data changes (T13).
    const QString before = fullDump(*t.coordinator.ws);
    for (int i = 0; i < 3; ++i) {
        auto again = importPackage(*t.coordinator.ws, p1, QStringLiteral("p1"));
        CHECK(again.problem == sync::Problem::AlreadyImported);
        CHECK(again.message.contains(QStringLiteral("already imported")));
    }
    CHECK(fullDump(*t.coordinator.ws) == before);
    (void)afterP2;
}

TEST_CASE("bad packages are each refused with their own reason and change nothing (T11, T12, T14, T20)", "[sync]")
{
    Team t;
    (void)interview(*t.a1.ws, -1, true);
    const QByteArray pkg = exportTo(*t.a1.ws, t.path(QStringLiteral("p.blnpkg")));
    const QString before = fullDump(*t.coordinator.ws);

    SECTION("random bit flips anywhere: zero acceptances")
    {
        QRandomGenerator rng(20261204);
        int accepted = 0;
        for (int i = 0; i < 1000; ++i) {
            QByteArray bad = pkg;
            const qsizetype at = qsizetype(rng.bounded(quint64(bad.size())));
            bad[at] = char(bad[at] ^ (1 << rng.bounded(8)));
            const auto r = importPackage(*t.coordinator.ws, bad, QStringLiteral("flip"));
            if (r.accepted())
                ++accepted;
            CHECK_FALSE(r.message.isEmpty());
        }
        CHECK(accepted == 0);
        CHECK(fullDump(*t.coordinator.ws) == before);
    }
    SECTION("every truncation length, and appended bytes")
    {
        QSet<sync::Problem> seen;
        for (qsizetype n = 0; n < pkg.size(); ++n) {
            const auto r = importPackage(*t.coordinator.ws, pkg.left(n), QStringLiteral("cut"));
            REQUIRE_FALSE(r.accepted());
            seen.insert(r.problem);
        }
        CHECK(seen.contains(sync::Problem::Truncated));
        CHECK(seen.contains(sync::Problem::NotAPackage)); // shorter than the magic, or empty
        for (const QByteArray& tail : {QByteArray(1, '\0'), QByteArray("garbage"), pkg}) {
            const auto r = importPackage(*t.coordinator.ws, pkg + tail, QStringLiteral("long"));
            CHECK(r.problem == sync::Problem::TrailingBytes);
        }
        CHECK(fullDump(*t.coordinator.ws) == before);
    }
    SECTION("sealed to another coordinator")
    {
        TempWorkspace other;
        auto o = identity(*other.ws);
        auto a = identity(*t.a1.ws);
        REQUIRE(enrol(*other.ws, identityFile(*a, Role::Assessor), QStringLiteral("a.json")).ok());
        const auto r = importPackage(*other.ws, pkg, QStringLiteral("p"));
        CHECK(r.problem == sync::Problem::WrongRecipient);
        CHECK(r.message.contains(QStringLiteral("another workspace")));
    }
    SECTION("an unknown signer, then a revoked one")
    {
        TempWorkspace stranger;
        auto c = identity(*t.coordinator.ws);
        REQUIRE(enrol(*stranger.ws, identityFile(*c, Role::Coordinator), QStringLiteral("team.json")).ok());
        (void)interview(*stranger.ws, -1, true);
        const QByteArray foreign = exportTo(*stranger.ws, t.path(QStringLiteral("s.blnpkg")));
        auto r = importPackage(*t.coordinator.ws, foreign, QStringLiteral("s"));
        CHECK(r.problem == sync::Problem::UnknownSigner);
        REQUIRE(revoke(*t.coordinator.ws, t.a1.ws->deviceId()).ok());
        const QString revokedBefore = fullDump(*t.coordinator.ws);
        r = importPackage(*t.coordinator.ws, pkg, QStringLiteral("p"));
        CHECK(r.problem == sync::Problem::RevokedSigner);
        CHECK(r.message.contains(QStringLiteral("revoked")));
        CHECK(fullDump(*t.coordinator.ws) == revokedBefore);
    }
    SECTION("a signer that differs from the device named inside")
    {
        // Assessor 1 signs a payload that claims to come from assessor 2.
        ResultPayload p;
        p.deviceId = t.a2.ws->deviceId().toStdString();
        auto a1 = identity(*t.a1.ws);
        auto c = identity(*t.coordinator.ws);
        SecureBytes sk = signSecret(*t.a1.ws);
        SealInput in;
        in.senderSignPk = a1->signPk;
        in.senderSignSk = &sk;
        in.recipientBoxPk = c->boxPk;
        const auto r = importPackage(*t.coordinator.ws, seal(in, writePayload(p)), QStringLiteral("m"));
        CHECK(r.problem == sync::Problem::SignerMismatch);
        // A receipt sent where a result belongs is refused by kind.
        in.kind = PackageKind::Receipt;
        const auto k = importPackage(*t.coordinator.ws, seal(in, writePayload(ReceiptPayload{})), QStringLiteral("k"));
        CHECK(k.problem == sync::Problem::WrongKind);
        CHECK(fullDump(*t.coordinator.ws) == before);
    }
    SECTION("a package from a newer format version")
    {
        QByteArray newer = pkg;
        newer[8] = char(2); // format version, little-endian at offset 8
        const auto r = importPackage(*t.coordinator.ws, newer, QStringLiteral("n"));
        CHECK(r.problem == sync::Problem::NewerFormat);
        CHECK(r.message.contains(QStringLiteral("newer Baseline")));
    }
}

TEST_CASE("the payload reader refuses hostile lengths and counts without allocating them", "[sync]")
{
    ResultPayload p;
    p.deviceId = "d";
    WireInterview w;
    w.id = "x";
    w.events.resize(2);
    p.interviews.push_back(w);
    const QByteArray good = writePayload(p);
    ResultPayload back;
    REQUIRE(readPayload(good, back).isEmpty());
    REQUIRE(back.interviews.size() == 1);
    CHECK(back.interviews[0].events.size() == 2);
    // Replace the first length (the archive tag's) with a huge one, then a list count.
    QByteArray huge = good;
    huge.replace(0, 2, "99999999999999 ");
    CHECK_FALSE(readPayload(huge, back).isEmpty());
    CHECK(back.interviews.empty());
    ReceiptPayload wrongKind;
    CHECK_FALSE(readPayload(good, wrongKind).isEmpty());
    CHECK_FALSE(readPayload(QByteArray(), back).isEmpty());
    CHECK_FALSE(readPayload(good + " 7", back).isEmpty());
}

TEST_CASE("two assessors, overlapping and conflicting edits: both import orders give the same coordinator data, and "
          "receipts then purge what was delivered (T13, T15, T16)",
          "[sync]")
{
    Team t;
    // Assessor 1: a finalized interview and a shared one that assessor 2 also holds (handed over at revision k).
    const QString done1 = interview(*t.a1.ws, -1, true);
    const QString shared = interview(*t.a1.ws, 8, false);
    copyInterview(*t.a1.ws, *t.a2.ws, shared);
    // Both continue the shared interview from the same base: a conflict.
    answerMore(*t.a1.ws, shared, 8, 10);
    answerMore(*t.a2.ws, shared, 8, 9);
    const QString done2 = interview(*t.a2.ws, -1, true);
    // Assessor 1 also hands over a second interview that only assessor 2 continues: no conflict, 2's copy extends 1's.
    const QString handed = interview(*t.a1.ws, 5, false);
    copyInterview(*t.a1.ws, *t.a2.ws, handed);
    answerMore(*t.a2.ws, handed, 5, 9);

    const QByteArray pa = exportTo(*t.a1.ws, t.path(QStringLiteral("a1.blnpkg")));
    const QByteArray pb = exportTo(*t.a2.ws, t.path(QStringLiteral("a2.blnpkg")));

    // The same coordinator, twice: a backup taken before any import opens as a second copy.
    const QString copyDir = t.path(QStringLiteral("coordinator-copy"));
    REQUIRE(t.coordinator.ws->backupTo(copyDir).ok());
    auto copy = Workspace::open(copyDir, pass());
    REQUIRE(copy.ok());
    Workspace& c1 = *t.coordinator.ws;
    Workspace& c2 = **copy;

    auto a = importPackage(c1, pa, QStringLiteral("a1"));
    auto b = importPackage(c1, pb, QStringLiteral("a2"));
    INFO(a.message.toStdString() << " / " << b.message.toStdString());
    REQUIRE(a.problem == sync::Problem::None);
    REQUIRE(b.problem == sync::Problem::None);
    REQUIRE(importPackage(c2, pb, QStringLiteral("a2")).problem == sync::Problem::None);
    REQUIRE(importPackage(c2, pa, QStringLiteral("a1")).problem == sync::Problem::None);
    CHECK(dump(c1) == dump(c2));

    Repository repo(c1);
    auto s = repo.interview(shared);
    REQUIRE(s.ok());
    CHECK(s->conflict); // both copies kept, flagged, never silently overwritten
    auto h = repo.interview(handed);
    REQUIRE(h.ok());
    CHECK_FALSE(h->conflict);
    CHECK(h->origin == t.a2.ws->deviceId()); // the copy that extends the other is the one shown
    CHECK(sameAnswers(repo.answers(handed), Repository(*t.a2.ws).answers(handed)));
    CHECK(repo.interview(done1)->status == InterviewStatus::Finalized);
    CHECK(repo.interview(done2)->status == InterviewStatus::Finalized);
    auto copies =
        c1.db().scalarInt(QStringLiteral("SELECT count(*) FROM received_copy WHERE interview_id = '%1'").arg(shared));
    CHECK(*copies == 2);

    // Receipts: each assessor may now purge its finalized, delivered interviews, and only those.
    for (auto [ws, pkg, doneId] : {std::tuple{&t.a1, pa, done1}, std::tuple{&t.a2, pb, done2}}) {
        EnvelopeHeader hdr;
        REQUIRE_FALSE(readHeader(pkg, hdr));
        const QString receiptFile = t.path(QStringLiteral("receipt-%1.blnpkg").arg(ws->ws->deviceId()));
        auto receipt = writeReceipt(c1, QString::fromLatin1(hdr.packageId.toHex()), receiptFile);
        INFO(receipt.message().toStdString());
        REQUIRE(receipt.ok());
        // Scored on the laptop: the interview's units (derived from its answers) are cached there too.
        Repository before(*ws->ws);
        REQUIRE(scoring::score(before, QStringList{doneId}).ok());
        const QString unitsOf =
            QStringLiteral("SELECT count(*) FROM interview_units WHERE interview_id = '%1'").arg(doneId);
        REQUIRE(ws->ws->db().scalarInt(unitsOf).value() == 1);
        // Nothing is purged before the receipt arrives.
        auto early = purgeDelivered(*ws->ws);
        REQUIRE(early.ok());
        CHECK(*early == 0);
        auto got = importPackageFile(*ws->ws, receiptFile);
        INFO(got.message.toStdString());
        REQUIRE(got.problem == sync::Problem::None);
        auto purged = purgeDelivered(*ws->ws);
        REQUIRE(purged.ok());
        CHECK(*purged == 1);
        Repository arepo(*ws->ws);
        auto row = arepo.interview(doneId);
        REQUIRE(row.ok());
        CHECK(row->purged);
        CHECK(arepo.answers(doneId)->isEmpty());
        CHECK(ws->ws->db().scalarInt(unitsOf).value() == 0); // nothing derived from the answers stays either
        CHECK(arepo.answers(shared)->size() > 0); // still in progress: kept
        // The receipt again: already imported.
        CHECK(importPackageFile(*ws->ws, receiptFile).problem == sync::Problem::AlreadyImported);
        // A receipt can only come from the coordinator, for a package this workspace sent.
        auto foreign = importPackageFile(*(ws == &t.a1 ? t.a2.ws : t.a1.ws), receiptFile);
        CHECK_FALSE(foreign.accepted());
    }
    // The coordinator still holds everything.
    CHECK_FALSE(Repository(c1).answers(done1)->isEmpty());
}

namespace {

/** Many interviews with long answer logs, written in batches (one transaction each), so that an import takes long
 *  enough to be killed in the middle. Item paths are real items of the stakeholder mapping. */
void bulkInterviews(Workspace& ws, int interviews, int answersEach)
{
    Repository repo(ws);
    auto installed = InterviewSession::install(repo, readFile(InstrumentPath), InstrumentPath);
    REQUIRE(installed.ok());
    for (int i = 0; i < interviews; ++i) {
        auto id = repo.createInterview({}, QStringLiteral("stakeholder-mapping"), (*installed)->version, {},
                                       QString::fromLatin1((*installed)->sha256.toHex()));
        REQUIRE(id.ok());
        QList<AnswerWrite> writes;
        for (int k = 0; k < answersEach; ++k)
            writes.append(AnswerWrite{QStringLiteral("mapping_area"),
                                      Answer{QStringLiteral("mapping_area"), AnswerState::Value,
                                             Value{TextValue{QStringLiteral("District %1, visit %2").arg(i).arg(k)}},
                                             QStringLiteral("2026-03-15T10:00:00.000Z")}});
        REQUIRE(repo.saveAnswers(*id, writes).ok());
    }
}

bool copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& f : QDir(from).entryList(QDir::Files)) {
        QFile::remove(to + QLatin1Char('/') + f);
        if (!QFile::copy(from + QLatin1Char('/') + f, to + QLatin1Char('/') + f))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("kill -9 during an import leaves the package fully applied or not at all, and re-import converges (T15)",
          "[sync][durability]")
{
    Team t;
    constexpr int Interviews = 200;
    constexpr int Answers = 40;
    bulkInterviews(*t.a1.ws, Interviews, Answers);
    const QString pkgFile = t.path(QStringLiteral("big.blnpkg"));
    (void)exportTo(*t.a1.ws, pkgFile);

    // The coordinator's state before any import, kept closed as a pristine copy; and the dump of a clean import.
    const QString pristine = t.path(QStringLiteral("pristine"));
    REQUIRE(t.coordinator.ws->backupTo(pristine).ok());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(importPackageFile(*t.coordinator.ws, pkgFile).problem == sync::Problem::None);
    const qint64 importMs = std::max<qint64>(timer.elapsed(), 20);
    const QString expected = dump(*t.coordinator.ws);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BASELINE_PASSPHRASE"), Passphrase);
    QRandomGenerator gen(20261204);
    const QString work = t.path(QStringLiteral("work"));
    int killedMidway = 0;
    int applied = 0;
    for (int round = 0; round < 20; ++round) {
        REQUIRE(copyFolder(pristine, work));
        QProcess importer;
        importer.setProcessEnvironment(env);
        importer.start(QStringLiteral(SYNC_IMPORTER), {work, pkgFile});
        REQUIRE(importer.waitForStarted(10000));
        REQUIRE(importer.waitForReadyRead(20000)); // "ready": open, file read, import starting
        QThread::usleep(gen.bounded(quint32(importMs * 1200))); // somewhere in [0, 1.2 x import time)
        importer.kill();
        REQUIRE(importer.waitForFinished(10000));
        const bool finished = importer.readAllStandardOutput().contains("done ok");
        if (!finished)
            ++killedMidway;

        auto opened = Workspace::open(work, pass());
        INFO("round " << round << ": " << opened.message().toStdString());
        REQUIRE(opened.ok());
        auto report = (*opened)->checkIntegrity();
        REQUIRE(report.ok());
        REQUIRE(report->ok);
        Connection& db = (*opened)->db();
        const qint64 packages = *db.scalarInt(QStringLiteral("SELECT count(*) FROM package_in"));
        const qint64 interviews = *db.scalarInt(QStringLiteral("SELECT count(*) FROM interview"));
        const qint64 events = *db.scalarInt(QStringLiteral("SELECT count(*) FROM received_event"));
        // All or nothing.
        if (packages == 1) {
            ++applied;
            CHECK(interviews == Interviews);
            CHECK(events == qint64(Interviews) * Answers);
        } else {
            CHECK(packages == 0);
            CHECK(interviews == 0);
            CHECK(events == 0);
        }
        if (finished)
            CHECK(packages == 1); // "done" was printed only after the commit returned
        // Importing again converges on the same data as a clean import.
        const auto again = importPackageFile(**opened, pkgFile);
        CHECK(again.problem == (packages == 1 ? sync::Problem::AlreadyImported : sync::Problem::None));
        CHECK(dump(**opened) == expected);
        (*opened)->lock();
    }
    // The kills did land during imports, not only before or after.
    CHECK(killedMidway > 0);
    CHECK(applied < 20);
}

TEST_CASE("an assignment package gives the assessor the coordinator's agencies, assessments and instruments", "[sync]")
{
    Team t;
    Repository crepo(*t.coordinator.ws);
    auto installed = InterviewSession::install(crepo, readFile(InstrumentPath), InstrumentPath);
    REQUIRE(installed.ok());
    Agency national{{}, QStringLiteral("National Police Service"), AgencyKind::NationalService, {}, {}};
    const QString nationalId = *crepo.addAgency(national);
    Agency station{{}, QStringLiteral("Central station"), AgencyKind::Station, QStringLiteral("North"), nationalId};
    const QString stationId = *crepo.addAgency(station);
    Assessment a;
    a.agencyId = stationId;
    a.title = QStringLiteral("Baseline 2026");
    a.periodStart = QDate(2026, 1, 1);
    a.periodEnd = QDate(2026, 6, 30);
    a.targetSample = 40;
    a.instruments = {{QStringLiteral("stakeholder-mapping"), (*installed)->version}};
    const QString assessmentId = *crepo.addAssessment(a);

    const QString file = t.path(QStringLiteral("assign.blnpkg"));
    auto sum = writeAssignment(*t.coordinator.ws, t.a1.ws->deviceId(), {assessmentId}, file);
    INFO(sum.message().toStdString());
    REQUIRE(sum.ok());
    // Only the assessor it is sealed to can open it.
    CHECK(importPackageFile(*t.a2.ws, file).problem == sync::Problem::WrongRecipient);
    CHECK_FALSE(writeAssignment(*t.coordinator.ws, t.a1.ws->deviceId(), {QStringLiteral("nope")}, file + "x").ok());

    auto r = importPackageFile(*t.a1.ws, file);
    INFO(r.message.toStdString());
    REQUIRE(r.problem == sync::Problem::None);
    Repository arepo(*t.a1.ws);
    auto agencies = arepo.agencies();
    REQUIRE(agencies.ok());
    REQUIRE(agencies->size() == 2);
    auto assessments = arepo.assessments();
    REQUIRE(assessments->size() == 1);
    CHECK(assessments->first().id == assessmentId);
    CHECK(assessments->first().title == QStringLiteral("Baseline 2026"));
    CHECK(assessments->first().instruments == a.instruments);
    auto instruments = arepo.instruments();
    REQUIRE(instruments->size() == 1);
    CHECK(instruments->first().sha256 == QString::fromLatin1((*installed)->sha256.toHex()));
    CHECK(importPackageFile(*t.a1.ws, file).problem == sync::Problem::AlreadyImported);

    // The assessor works under that assessment and the results come back to it.
    auto session = InterviewSession::start(
        arepo,
        InterviewSession::installedInstrument(arepo, QStringLiteral("stakeholder-mapping"), (*installed)->version)
            .value(),
        assessmentId, [] { return QDate(2026, 3, 15); });
    REQUIRE(session.ok());
    const QString id = (*session)->id();
    for (const auto& step : scriptSteps())
        (void)script::applyStep(**session, step.toObject());
    REQUIRE((*session)->finalize().ok());
    const QByteArray results = exportTo(*t.a1.ws, t.path(QStringLiteral("r.blnpkg")));
    REQUIRE(importPackage(*t.coordinator.ws, results, QStringLiteral("r")).problem == sync::Problem::None);
    CHECK(crepo.interview(id)->assessmentId == assessmentId);
}
