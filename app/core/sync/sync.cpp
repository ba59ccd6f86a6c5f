// SPDX-License-Identifier: GPL-3.0-or-later
// Sync by file: identities, enrolment, result packages, import and merge, receipts and purge (docs/sync.md).
#include "sync/sync.h"

#include "instrument/instrument.h"
#include "interview/session.h"
#include "store/repository.h"
#include "store/sqlite.h"
#include "store/workspace.h"
#include "sync/payload.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace baseline::sync {

namespace {

/** A database failure inside this module: thrown by the helpers below, caught at every public function's edge and
 *  returned as an Error (nothing escapes the module). */
struct DbFail {
    Error error;
};

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Statement prepare(Connection& db, const QString& sql)
{
    auto st = db.prepare(sql);
    if (!st)
        throw DbFail{st.error()};
    return std::move(st).value();
}

void exec(Statement& st)
{
    if (auto r = st.exec(); !r)
        throw DbFail{r.error()};
    st.reset();
}

void checkStep(const Statement& st)
{
    if (st.error())
        throw DbFail{*st.error()};
}

std::string u8(const QString& s)
{
    return s.toStdString();
}
QString q8(const std::string& s)
{
    return QString::fromStdString(s);
}
std::optional<QString> nullIfEmpty(const std::string& s)
{
    if (s.empty())
        return std::nullopt;
    return q8(s);
}

void audit(Connection& db, const QString& actor, const QString& action, const QString& entity, const QString& entityId,
           const QString& detail = {})
{
    auto st = prepare(db,
                      QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES "
                                     "(?, ?, ?, ?, ?, ?)"));
    st.bind(1, nowIso()).bind(2, actor).bind(3, action).bind(4, entity).bind(5, entityId);
    st.bind(6, detail.isEmpty() ? std::optional<QString>() : std::optional<QString>(detail));
    exec(st);
}

/** Reads one secret-key column of this device straight into guarded memory (no QByteArray copy). */
SecureBytes secretKey(Workspace& ws, const char* column)
{
    const QByteArray sql = QByteArray("SELECT ") + column + " FROM device_key WHERE device_id = ?";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(ws.db().handle(), sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        throw DbFail{ws.db().lastError(SQLITE_ERROR, QStringLiteral("reading this device's keys"))};
    const QByteArray id = ws.deviceId().toUtf8();
    sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
    SecureBytes out;
    if (sqlite3_step(st) == SQLITE_ROW)
        out = SecureBytes::fromRaw(sqlite3_column_blob(st, 0), std::size_t(sqlite3_column_bytes(st, 0)));
    sqlite3_finalize(st);
    if (out.isEmpty())
        throw DbFail{Error{ErrorCode::NotFound, QStringLiteral("this workspace has no device keys")}};
    return out;
}

int statusRank(const QString& status)
{
    if (status == QLatin1String("finalized"))
        return 2;
    if (status == QLatin1String("completed"))
        return 1;
    return 0;
}

bool isUuid(const std::string& s)
{
    return !QUuid::fromString(q8(s)).isNull() && s.size() == 36;
}

QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}

struct PeerRow {
    QString deviceId;
    QString name;
    QString role;
    QString revokedAt;
    QByteArray boxPk;
};

std::optional<PeerRow> peerBySignKey(Connection& db, const QByteArray& signPk)
{
    auto st = prepare(db,
                      QStringLiteral("SELECT p.device_id, d.name, p.role, coalesce(p.revoked_at, ''), p.box_pk "
                                     "FROM peer p JOIN device d ON d.id = p.device_id WHERE p.sign_pk = ?"));
    st.bind(1, signPk);
    if (st.step())
        return PeerRow{st.text(0), st.text(1), st.text(2), st.text(3), st.blob(4)};
    checkStep(st);
    return std::nullopt;
}

std::optional<PeerRow> peerById(Connection& db, const QString& deviceId)
{
    auto st = prepare(db,
                      QStringLiteral("SELECT p.device_id, d.name, p.role, coalesce(p.revoked_at, ''), p.box_pk "
                                     "FROM peer p JOIN device d ON d.id = p.device_id WHERE p.device_id = ?"));
    st.bind(1, deviceId);
    if (st.step())
        return PeerRow{st.text(0), st.text(1), st.text(2), st.text(3), st.blob(4)};
    checkStep(st);
    return std::nullopt;
}

/** Writes bytes atomically: a temporary file beside the target, flushed to disk, renamed over it (T24). */
Result<void> writeAtomically(const QString& file, const QByteArray& bytes)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write (%2)").arg(file, f.errorString()));
    if (f.write(bytes) != bytes.size() || !f.commit())
        return makeError(
            ErrorCode::Io,
            QStringLiteral("%1: could not write the package (%2); nothing was changed").arg(file, f.errorString()));
    return {};
}

/** A package written to disk. */
struct Written {
    QString packageId; ///< hex
    qint64 bytes = 0;
};

/** Seals the payload to the recipient, signs it as this device and writes it atomically. The plaintext and the signing
 *  key are wiped. Throws DbFail if the keys cannot be read. */
Result<Written> sealAndWrite(Workspace& ws, const Identity& self, PackageKind kind, const QByteArray& recipientBoxPk,
                             QByteArray plain, const QString& file)
{
    SecureBytes signSk = secretKey(ws, "sign_sk");
    SealInput in;
    in.kind = kind;
    in.createdAt = QDateTime::currentSecsSinceEpoch();
    in.senderSignPk = self.signPk;
    in.senderSignSk = &signSk;
    in.recipientBoxPk = recipientBoxPk;
    const QByteArray package = seal(in, plain);
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    signSk.wipe();
    EnvelopeHeader h;
    (void)readHeader(package, h);
    if (auto r = writeAtomically(file, package); !r)
        return r.error();
    return Written{hex(h.packageId), package.size()};
}

/** Inside the caller's transaction: the package this workspace wrote. */
void recordPackageOut(Connection& db, const QString& id, PackageKind kind, const QString& recipient,
                      const QString& file)
{
    auto po = prepare(db,
                      QStringLiteral("INSERT INTO package_out (id, kind, recipient, created_at, file_name) "
                                     "VALUES (?, ?, ?, ?, ?)"));
    po.bind(1, id)
        .bind(2, packageKindName(kind))
        .bind(3, recipient)
        .bind(4, nowIso())
        .bind(5, QFileInfo(file).fileName());
    exec(po);
}

} // namespace

QString roleName(Role role)
{
    return role == Role::Coordinator ? QStringLiteral("coordinator") : QStringLiteral("assessor");
}

// ---------------------------------------------------------------------------------------------------------------
// Identity and enrolment

Result<void> ensureIdentity(Workspace& ws)
{
    try {
        auto has = prepare(ws.db(), QStringLiteral("SELECT 1 FROM device_key WHERE device_id = ?"));
        has.bind(1, ws.deviceId());
        if (has.step())
            return {};
        checkStep(has);
        ensureSodium();
        SecureBytes signSk(crypto_sign_SECRETKEYBYTES);
        SecureBytes boxSk(crypto_box_SECRETKEYBYTES);
        QByteArray signPk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        QByteArray boxPk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(signPk.data()), signSk.data());
        crypto_box_keypair(reinterpret_cast<unsigned char*>(boxPk.data()), boxSk.data());
        // Bound straight from guarded memory (SQLITE_TRANSIENT copies into SQLCipher's own heap, which it wipes).
        sqlite3_stmt* st = nullptr;
        const char* sql = "INSERT INTO device_key (device_id, sign_pk, sign_sk, box_pk, box_sk, created_at) "
                          "VALUES (?, ?, ?, ?, ?, ?)";
        if (sqlite3_prepare_v2(ws.db().handle(), sql, -1, &st, nullptr) != SQLITE_OK)
            throw DbFail{ws.db().lastError(SQLITE_ERROR, QStringLiteral("creating the device identity"))};
        const QByteArray id = ws.deviceId().toUtf8();
        const QByteArray at = nowIso().toUtf8();
        sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(st, 2, signPk.constData(), int(signPk.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(st, 3, signSk.data(), int(signSk.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(st, 4, boxPk.constData(), int(boxPk.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(st, 5, boxSk.data(), int(boxSk.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 6, at.constData(), int(at.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            throw DbFail{ws.db().lastError(rc, QStringLiteral("creating the device identity"))};
        return {};
    } catch (const DbFail& f) {
        return f.error;
    }
}

Result<Identity> identity(Workspace& ws)
{
    try {
        auto st = prepare(ws.db(),
                          QStringLiteral("SELECT d.id, d.name, k.sign_pk, k.box_pk FROM device d JOIN "
                                         "device_key k ON k.device_id = d.id WHERE d.is_self = 1"));
        if (!st.step()) {
            checkStep(st);
            return makeError(ErrorCode::NotFound, QStringLiteral("this workspace has no device identity yet"));
        }
        Identity id{st.text(0), st.text(1), st.blob(2), st.blob(3), {}};
        id.fingerprint = fingerprint(id.signPk, id.boxPk);
        return id;
    } catch (const DbFail& f) {
        return f.error;
    }
}

QByteArray identityFile(const Identity& id, Role role)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("baseline-identity"));
    o.insert(QStringLiteral("format_version"), 1);
    o.insert(QStringLiteral("role"), roleName(role));
    o.insert(QStringLiteral("device_id"), id.deviceId);
    o.insert(QStringLiteral("name"), id.name);
    o.insert(QStringLiteral("sign_pk"), QString::fromLatin1(id.signPk.toBase64()));
    o.insert(QStringLiteral("box_pk"), QString::fromLatin1(id.boxPk.toBase64()));
    o.insert(QStringLiteral("fingerprint"), id.fingerprint);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Peer> enrol(Workspace& ws, const QByteArray& json, const QString& source)
{
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::InvalidArgument, source + QStringLiteral(": ") + why);
    };
    if (json.size() > 64 * 1024)
        return bad(QStringLiteral("too large for an identity file"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("not an identity file (%1)").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("baseline-identity"))
        return bad(QStringLiteral("not a Baseline identity file"));
    if (o.value(QStringLiteral("format_version")).toInt() != 1)
        return bad(QStringLiteral("identity file format %1 is not supported by this version")
                       .arg(o.value(QStringLiteral("format_version")).toInt()));
    Peer p;
    p.deviceId = o.value(QStringLiteral("device_id")).toString();
    p.name = o.value(QStringLiteral("name")).toString().trimmed();
    const QString role = o.value(QStringLiteral("role")).toString();
    p.signPk = QByteArray::fromBase64(o.value(QStringLiteral("sign_pk")).toString().toLatin1());
    p.boxPk = QByteArray::fromBase64(o.value(QStringLiteral("box_pk")).toString().toLatin1());
    if (QUuid::fromString(p.deviceId).isNull())
        return bad(QStringLiteral("device_id is not a device id"));
    if (role != QLatin1String("coordinator") && role != QLatin1String("assessor"))
        return bad(QStringLiteral("role must be coordinator or assessor"));
    p.role = role == QLatin1String("coordinator") ? Role::Coordinator : Role::Assessor;
    if (p.signPk.size() != SignPublicBytes || p.boxPk.size() != BoxPublicBytes)
        return bad(QStringLiteral("the public keys are missing or damaged"));
    if (p.name.isEmpty())
        p.name = p.deviceId;
    p.fingerprint = fingerprint(p.signPk, p.boxPk);
    const QString claimed = o.value(QStringLiteral("fingerprint")).toString();
    if (!claimed.isEmpty() && claimed != p.fingerprint)
        return bad(QStringLiteral("its fingerprint does not match its keys: the file was altered"));
    if (p.deviceId == ws.deviceId())
        return bad(QStringLiteral("this is this workspace's own identity"));
    try {
        Connection& db = ws.db();
        if (auto existing = peerById(db, p.deviceId)) {
            auto keys =
                prepare(db, QStringLiteral("SELECT sign_pk, box_pk, enrolled_at FROM peer WHERE device_id = ?"));
            keys.bind(1, p.deviceId);
            keys.step();
            if (keys.blob(0) != p.signPk || keys.blob(1) != p.boxPk)
                return bad(QStringLiteral("%1 is already enrolled with other keys; revoke it and enrol the new "
                                          "device instead")
                               .arg(existing->name));
            if (!existing->revokedAt.isEmpty())
                return bad(QStringLiteral("%1 was revoked on %2 and cannot be enrolled again")
                               .arg(existing->name, existing->revokedAt));
            p.enrolledAt = keys.text(2);
            return p; // the same keys again: nothing to do
        }
        if (peerBySignKey(db, p.signPk))
            return bad(QStringLiteral("these keys are already enrolled under another device id"));
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        p.enrolledAt = nowIso();
        auto dev = prepare(db,
                           QStringLiteral("INSERT INTO device (id, name, is_self, created_at) VALUES (?, ?, 0, ?) "
                                          "ON CONFLICT (id) DO UPDATE SET name = excluded.name"));
        dev.bind(1, p.deviceId).bind(2, p.name).bind(3, p.enrolledAt);
        exec(dev);
        auto ins = prepare(db,
                           QStringLiteral("INSERT INTO peer (device_id, role, sign_pk, box_pk, enrolled_at) "
                                          "VALUES (?, ?, ?, ?, ?)"));
        ins.bind(1, p.deviceId).bind(2, roleName(p.role)).bind(3, p.signPk).bind(4, p.boxPk).bind(5, p.enrolledAt);
        exec(ins);
        audit(db, ws.deviceId(), QStringLiteral("enrol"), QStringLiteral("device"), p.deviceId,
              roleName(p.role) + QLatin1Char(' ') + p.fingerprint);
        if (auto r = tx.commit(); !r)
            return r.error();
        return p;
    } catch (const DbFail& f) {
        return f.error;
    }
}

Result<void> revoke(Workspace& ws, const QString& deviceId)
{
    try {
        Connection& db = ws.db();
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r;
        auto st =
            prepare(db, QStringLiteral("UPDATE peer SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL"));
        st.bind(1, nowIso()).bind(2, deviceId);
        exec(st);
        if (db.changes() == 0)
            return makeError(
                ErrorCode::NotFound,
                QStringLiteral("no enrolled, unrevoked device with id %1 (see 'sync keys --list')").arg(deviceId));
        audit(db, ws.deviceId(), QStringLiteral("revoke"), QStringLiteral("device"), deviceId);
        return tx.commit();
    } catch (const DbFail& f) {
        return f.error;
    }
}

Result<QList<Peer>> peers(Workspace& ws)
{
    try {
        auto st = prepare(ws.db(),
                          QStringLiteral("SELECT p.device_id, d.name, p.role, p.sign_pk, p.box_pk, "
                                         "p.enrolled_at, coalesce(p.revoked_at, '') FROM peer p JOIN device d "
                                         "ON d.id = p.device_id ORDER BY p.enrolled_at, p.device_id"));
        QList<Peer> out;
        while (st.step()) {
            Peer p{
                st.text(0), st.text(1), st.text(2) == QLatin1String("coordinator") ? Role::Coordinator : Role::Assessor,
                st.blob(3), st.blob(4), {},
                st.text(5), st.text(6)};
            p.fingerprint = fingerprint(p.signPk, p.boxPk);
            out.append(p);
        }
        checkStep(st);
        return out;
    } catch (const DbFail& f) {
        return f.error;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Export

namespace {

std::vector<WireEvent> readEvents(Connection& db, const QString& table, const QString& interviewId,
                                  const QString& origin = {})
{
    const QString sql = QStringLiteral("SELECT rev, item_path, state, coalesce(value_type, ''), value_text, value_int, "
                                       "value_real, at, actor FROM %1 WHERE interview_id = ?%2 ORDER BY rev")
                            .arg(table, origin.isEmpty() ? QString() : QStringLiteral(" AND origin = ?"));
    auto st = prepare(db, sql);
    st.bind(1, interviewId);
    if (!origin.isEmpty())
        st.bind(2, origin);
    std::vector<WireEvent> out;
    while (st.step()) {
        WireEvent e;
        e.rev = st.int64(0);
        e.itemPath = u8(st.text(1));
        e.state = u8(st.text(2));
        e.valueType = u8(st.text(3));
        e.hasText = !st.isNull(4);
        e.valueText = u8(st.text(4));
        e.hasInt = !st.isNull(5);
        e.valueInt = e.hasInt ? st.int64(5) : 0;
        e.hasReal = !st.isNull(6);
        e.valueReal = e.hasReal ? st.real(6) : 0;
        e.at = u8(st.text(7));
        e.actor = u8(st.text(8));
        out.push_back(std::move(e));
    }
    checkStep(st);
    return out;
}

void addAgencyChain(Connection& db, const QString& agencyId, std::vector<WireAgency>& out, QSet<QString>& seen)
{
    QString id = agencyId;
    std::vector<WireAgency> chain;
    while (!id.isEmpty() && !seen.contains(id)) {
        auto st = prepare(db,
                          QStringLiteral("SELECT id, name, kind, coalesce(region, ''), coalesce(parent_id, '') "
                                         "FROM agency WHERE id = ?"));
        st.bind(1, id);
        if (!st.step())
            break;
        seen.insert(id);
        chain.push_back(WireAgency{u8(st.text(0)), u8(st.text(1)), u8(st.text(2)), u8(st.text(3)), u8(st.text(4))});
        id = st.text(4);
    }
    // Parents first, so the importer can insert in order.
    out.insert(out.end(), chain.rbegin(), chain.rend());
}

} // namespace

Result<ExportSummary> exportResults(Workspace& ws, const QString& file, const ExportOptions& options)
{
    try {
        Connection& db = ws.db();
        auto self = identity(ws);
        if (!self)
            return self.error();
        // The recipient: the enrolled coordinator.
        auto cs = prepare(db,
                          QStringLiteral("SELECT p.device_id, d.name, p.box_pk FROM peer p JOIN device d ON d.id = "
                                         "p.device_id WHERE p.role = 'coordinator' AND p.revoked_at IS NULL "
                                         "ORDER BY p.enrolled_at"));
        QList<PeerRow> coordinators;
        while (cs.step())
            coordinators.append(PeerRow{cs.text(0), cs.text(1), {}, {}, cs.blob(2)});
        checkStep(cs);
        std::optional<PeerRow> to;
        for (const auto& c : coordinators)
            if (options.coordinatorId.isEmpty() ? coordinators.size() == 1 : c.deviceId == options.coordinatorId)
                to = c;
        if (!to) {
            if (coordinators.isEmpty())
                return makeError(ErrorCode::NotFound,
                                 QStringLiteral("no coordinator is enrolled in this workspace: "
                                                "import the coordinator's team file first "
                                                "(sync enrol)"));
            return makeError(
                ErrorCode::InvalidArgument,
                options.coordinatorId.isEmpty()
                    ? QStringLiteral("%1 coordinators are enrolled: say which with --to").arg(coordinators.size())
                    : QStringLiteral("no enrolled coordinator has the id %1").arg(options.coordinatorId));
        }

        // What changed since the last package to this coordinator.
        auto list = prepare(
            db,
            QStringLiteral(
                "SELECT i.id, coalesce(i.assessment_id, ''), i.instrument_id, i.instrument_version, "
                "coalesce(i.instrument_sha256, ''), coalesce(i.assessor_id, ''), i.device_id, i.status, i.started_at, "
                "i.updated_at, coalesce(i.completed_at, ''), coalesce(i.finalized_at, ''), "
                "(SELECT coalesce(max(rev), 0) FROM answer_event e WHERE e.interview_id = i.id) AS rev, "
                "EXISTS (SELECT 1 FROM package_out_interview x JOIN package_out po ON po.id = x.package_id "
                "        WHERE x.interview_id = i.id AND po.recipient = ?1 AND x.rev = "
                "        (SELECT coalesce(max(rev), 0) FROM answer_event e WHERE e.interview_id = i.id) "
                "        AND x.status = i.status) AS sent "
                "FROM interview i WHERE i.origin IS NULL AND i.purged_at IS NULL ORDER BY i.started_at, i.id"));
        list.bind(1, to->deviceId);
        ResultPayload payload;
        payload.deviceId = u8(self->deviceId);
        payload.deviceName = u8(self->name);
        std::vector<std::pair<QString, qint64>> lines;
        std::vector<QString> statuses;
        QSet<QString> assessments;
        QSet<QPair<QString, QString>> instruments;
        while (list.step()) {
            const bool sent = list.int64(13) != 0;
            if ((sent && !options.all) || (options.finalizedOnly && list.text(7) != QLatin1String("finalized")))
                continue;
            WireInterview w;
            w.id = u8(list.text(0));
            w.assessmentId = u8(list.text(1));
            w.instrumentId = u8(list.text(2));
            w.instrumentVersion = u8(list.text(3));
            w.instrumentSha256 = u8(list.text(4));
            w.assessorId = u8(list.text(5));
            w.deviceId = u8(list.text(6));
            w.status = u8(list.text(7));
            w.startedAt = u8(list.text(8));
            w.updatedAt = u8(list.text(9));
            w.completedAt = u8(list.text(10));
            w.finalizedAt = u8(list.text(11));
            lines.emplace_back(list.text(0), list.int64(12));
            statuses.push_back(list.text(7));
            if (!w.assessmentId.empty())
                assessments.insert(list.text(1));
            instruments.insert({list.text(2), list.text(3)});
            payload.interviews.push_back(std::move(w));
        }
        checkStep(list);
        if (payload.interviews.empty())
            return makeError(ErrorCode::NotFound,
                             options.all ? QStringLiteral("this workspace has no interviews to send")
                                         : QStringLiteral("nothing changed since the last package: no package was "
                                                          "written (use --all to send everything again)"));
        for (auto& w : payload.interviews) {
            const QString id = q8(w.id);
            w.events = readEvents(db, QStringLiteral("answer_event"), id);
            auto at = prepare(db,
                              QStringLiteral("SELECT id, file_name, media_type, sha256, data, created_at FROM "
                                             "attachment WHERE interview_id = ? ORDER BY id"));
            at.bind(1, id);
            while (at.step()) {
                const QByteArray data = at.blob(4);
                w.attachments.push_back(WireAttachment{u8(at.text(0)), u8(at.text(1)), u8(at.text(2)), u8(at.text(3)),
                                                       std::string(data.constData(), std::size_t(data.size())),
                                                       u8(at.text(5))});
            }
            checkStep(at);
            auto pd = prepare(db,
                              QStringLiteral("SELECT item_path, coalesce(first_shown_at, ''), "
                                             "coalesce(first_answered_at, ''), coalesce(last_changed_at, ''), changes "
                                             "FROM paradata_item WHERE interview_id = ? ORDER BY item_path"));
            pd.bind(1, id);
            while (pd.step())
                w.paradata.push_back(
                    WireParadataItem{u8(pd.text(0)), u8(pd.text(1)), u8(pd.text(2)), u8(pd.text(3)), pd.int64(4)});
            checkStep(pd);
            auto vi = prepare(db,
                              QStringLiteral("SELECT opened_at, last_active_at, device_id FROM paradata_visit WHERE "
                                             "interview_id = ? ORDER BY opened_at"));
            vi.bind(1, id);
            while (vi.step())
                w.visits.push_back(WireVisit{u8(vi.text(0)), u8(vi.text(1)), u8(vi.text(2))});
            checkStep(vi);
            auto au = prepare(db,
                              QStringLiteral("SELECT seq, at, actor, action, coalesce(detail, '') FROM audit_log "
                                             "WHERE entity = 'interview' AND entity_id = ? ORDER BY seq"));
            au.bind(1, id);
            while (au.step())
                w.audit.push_back(
                    WireAudit{au.int64(0), u8(au.text(1)), u8(au.text(2)), u8(au.text(3)), u8(au.text(4))});
            checkStep(au);
        }
        QSet<QString> seenAgencies;
        for (const QString& aid : assessments) {
            auto a = prepare(db,
                             QStringLiteral("SELECT id, agency_id, title, period_start, period_end, "
                                            "coalesce(target_sample, -1) FROM assessment WHERE id = ?"));
            a.bind(1, aid);
            if (!a.step())
                continue;
            WireAssessment w{
                u8(a.text(0)), u8(a.text(1)), u8(a.text(2)), u8(a.text(3)), u8(a.text(4)), a.int64(5), {}, {}};
            addAgencyChain(db, a.text(1), payload.agencies, seenAgencies);
            auto ins = prepare(db,
                               QStringLiteral("SELECT instrument_id, instrument_version FROM assessment_instrument "
                                              "WHERE assessment_id = ? ORDER BY instrument_id"));
            ins.bind(1, aid);
            while (ins.step()) {
                w.instrumentIds.push_back(u8(ins.text(0)));
                w.instrumentVersions.push_back(u8(ins.text(1)));
            }
            payload.assessments.push_back(std::move(w));
        }
        std::sort(payload.assessments.begin(), payload.assessments.end(),
                  [](const auto& a, const auto& b) { return a.id < b.id; });
        for (const auto& [iid, version] : instruments) {
            auto st =
                prepare(db, QStringLiteral("SELECT sha256, content FROM instrument WHERE id = ? AND version = ?"));
            st.bind(1, iid).bind(2, version);
            if (!st.step())
                continue; // the importer says which instrument is missing
            const QByteArray content = st.blob(1);
            payload.instruments.push_back(WireInstrument{
                u8(iid), u8(version), u8(st.text(0)), std::string(content.constData(), std::size_t(content.size()))});
        }
        std::sort(payload.instruments.begin(), payload.instruments.end(),
                  [](const auto& a, const auto& b) { return std::tie(a.id, a.version) < std::tie(b.id, b.version); });

        auto written = sealAndWrite(ws, *self, PackageKind::Result, to->boxPk, writePayload(payload), file);
        if (!written)
            return written.error();
        ExportSummary sum{written->packageId, file, int(payload.interviews.size()), written->bytes};
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        recordPackageOut(db, sum.packageId, PackageKind::Result, to->deviceId, file);
        auto pi = prepare(db,
                          QStringLiteral("INSERT INTO package_out_interview (package_id, interview_id, rev, status) "
                                         "VALUES (?, ?, ?, ?)"));
        for (std::size_t i = 0; i < lines.size(); ++i) {
            pi.bind(1, sum.packageId).bind(2, lines[i].first).bind(3, lines[i].second).bind(4, statuses[i]);
            exec(pi);
        }
        audit(db, ws.deviceId(), QStringLiteral("export"), QStringLiteral("package"), sum.packageId,
              QStringLiteral("%1 interviews to %2").arg(sum.interviews).arg(to->name));
        if (auto r = tx.commit(); !r)
            return r.error();
        return sum;
    } catch (const DbFail& f) {
        return f.error;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Import

namespace {

ImportOutcome refused(Problem p, const QString& message)
{
    ImportOutcome o;
    o.problem = p;
    o.message = message;
    return o;
}

using LoadedInstruments = QHash<QString, std::shared_ptr<const Instrument>>; ///< "id\nversion" -> instrument

/** Checks the instrument files a package carries: each hashes to its sha256, is not another file under an (id, version)
 *  installed here, and loads. The loaded instruments go into `loaded`. */
QString validateInstruments(Connection& db, const std::vector<WireInstrument>& instruments, LoadedInstruments& loaded)
{
    for (const auto& ins : instruments) {
        const QByteArray content(ins.content.data(), qsizetype(ins.content.size()));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (sha != q8(ins.sha256))
            return QStringLiteral("instrument %1 %2: its content does not match its hash")
                .arg(q8(ins.id), q8(ins.version));
        auto st = prepare(db, QStringLiteral("SELECT sha256 FROM instrument WHERE id = ? AND version = ?"));
        st.bind(1, q8(ins.id)).bind(2, q8(ins.version));
        if (st.step() && st.text(0) != sha)
            return QStringLiteral("instrument %1 version %2 in the package differs from the one installed here: the "
                                  "designer must give changed instruments a new version")
                .arg(q8(ins.id), q8(ins.version));
        const LoadResult r = loadInstrument(content, QStringLiteral("%1 (in the package)").arg(q8(ins.id)));
        if (!r.instrument)
            return QStringLiteral("instrument %1 %2 in the package does not load: %3")
                .arg(q8(ins.id), q8(ins.version),
                     r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().toString());
        loaded.insert(q8(ins.id) + QLatin1Char('\n') + q8(ins.version), r.instrument);
    }
    return {};
}

/** Inside the import's transaction: the accepted package, whose id makes a second import "already imported". */
void recordPackageIn(Connection& db, const QString& id, PackageKind kind, const QString& sender,
                     const EnvelopeHeader& h, const QByteArray& file, qint64 interviews)
{
    auto pin = prepare(db,
                       QStringLiteral("INSERT INTO package_in (id, kind, sender, created_at, sha256, interviews) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"));
    pin.bind(1, id).bind(2, packageKindName(kind)).bind(3, sender);
    pin.bind(4, QDateTime::fromSecsSinceEpoch(h.createdAt, Qt::UTC).toString(Qt::ISODate));
    pin.bind(5, QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()));
    pin.bind(6, interviews);
    exec(pin);
}

/** Installs the package's instrument files this workspace does not have yet (validateInstruments checked them).
 *  Returns how many. */
int installInstruments(Connection& db, const std::vector<WireInstrument>& instruments, const LoadedInstruments& loaded)
{
    int installed = 0;
    for (const auto& ins : instruments) {
        auto have = prepare(db, QStringLiteral("SELECT 1 FROM instrument WHERE id = ? AND version = ?"));
        have.bind(1, q8(ins.id)).bind(2, q8(ins.version));
        if (have.step())
            continue;
        const auto inst = loaded.value(q8(ins.id) + QLatin1Char('\n') + q8(ins.version));
        auto st = prepare(db,
                          QStringLiteral("INSERT INTO instrument (id, version, sha256, content, title, service, "
                                         "installed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        st.bind(1, q8(ins.id)).bind(2, q8(ins.version)).bind(3, q8(ins.sha256));
        st.bind(4, QByteArray(ins.content.data(), qsizetype(ins.content.size())));
        st.bind(5, inst->text(inst->json.value(QStringLiteral("title")))).bind(6, inst->service).bind(7, nowIso());
        exec(st);
        ++installed;
    }
    return installed;
}

/** Agencies (parents first) and assessments from a package. From the coordinator (`authoritative`, an assignment)
 *  they replace what is here, instruments included; from an assessor's results they are only added when missing,
 *  with a fixed time so that the order of imports never shows in the data. */
void putAgenciesAndAssessments(Connection& db, const std::vector<WireAgency>& agencies,
                               const std::vector<WireAssessment>& assessments, bool authoritative)
{
    const QString at = authoritative ? nowIso() : QStringLiteral("1970-01-01T00:00:00.000Z");
    const QString onAgency = authoritative ? QStringLiteral("DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                                                            "region = excluded.region, parent_id = excluded.parent_id, "
                                                            "updated_at = excluded.updated_at")
                                           : QStringLiteral("DO NOTHING");
    for (const auto& a : agencies) {
        auto st = prepare(db,
                          QStringLiteral("INSERT INTO agency (id, name, kind, region, parent_id, created_at, "
                                         "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) ON CONFLICT (id) %1")
                              .arg(onAgency));
        st.bind(1, q8(a.id)).bind(2, q8(a.name)).bind(3, q8(a.kind)).bind(4, nullIfEmpty(a.region));
        st.bind(5, nullIfEmpty(a.parentId)).bind(6, at);
        exec(st);
    }
    const QString onAssessment = authoritative
        ? QStringLiteral("DO UPDATE SET agency_id = excluded.agency_id, title = excluded.title, "
                         "period_start = excluded.period_start, period_end = excluded.period_end, "
                         "target_sample = excluded.target_sample, updated_at = excluded.updated_at")
        : QStringLiteral("DO NOTHING");
    for (const auto& a : assessments) {
        auto st = prepare(db,
                          QStringLiteral("INSERT INTO assessment (id, agency_id, title, period_start, period_end, "
                                         "target_sample, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                                         "?7, ?7) ON CONFLICT (id) %1")
                              .arg(onAssessment));
        st.bind(1, q8(a.id)).bind(2, q8(a.agencyId)).bind(3, q8(a.title)).bind(4, q8(a.periodStart));
        st.bind(5, q8(a.periodEnd));
        if (a.targetSample < 0)
            st.bindNull(6);
        else
            st.bind(6, qint64(a.targetSample));
        st.bind(7, at);
        exec(st);
        if (authoritative) {
            auto del = prepare(db, QStringLiteral("DELETE FROM assessment_instrument WHERE assessment_id = ?"));
            del.bind(1, q8(a.id));
            exec(del);
        }
        for (std::size_t i = 0; i < a.instrumentIds.size(); ++i) {
            auto ai = prepare(db,
                              QStringLiteral("INSERT INTO assessment_instrument (assessment_id, instrument_id, "
                                             "instrument_version) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
            ai.bind(1, q8(a.id)).bind(2, q8(a.instrumentIds[i])).bind(3, q8(a.instrumentVersions[i]));
            exec(ai);
        }
    }
}

/** Checks a result payload before anything is written: identifiers, revisions, states, instruments. */
QString validateResult(Connection& db, ResultPayload& p, LoadedInstruments& loaded)
{
    static const QSet<QString> states{QStringLiteral("value"), QStringLiteral("dont_know"), QStringLiteral("refused"),
                                      QStringLiteral("cleared")};
    static const QSet<QString> types{
        QStringLiteral("text"),    QStringLiteral("integer"),  QStringLiteral("decimal"),
        QStringLiteral("date"),    QStringLiteral("choice"),   QStringLiteral("choices"),
        QStringLiteral("boolean"), QStringLiteral("geopoint"), QStringLiteral("attachment")};
    if (QString why = validateInstruments(db, p.instruments, loaded); !why.isEmpty())
        return why;
    QSet<QString> ids;
    for (auto& w : p.interviews) {
        const QString id = q8(w.id);
        if (!isUuid(w.id) || ids.contains(id))
            return QStringLiteral("an interview id is missing, malformed or repeated (%1)").arg(id.left(40));
        ids.insert(id);
        if (statusRank(q8(w.status)) == 0 && w.status != "in_progress")
            return QStringLiteral("interview %1: unknown status").arg(id);
        if (w.startedAt.empty() || w.updatedAt.empty() || w.deviceId.empty())
            return QStringLiteral("interview %1: missing times or device").arg(id);
        const QString key = q8(w.instrumentId) + QLatin1Char('\n') + q8(w.instrumentVersion);
        std::shared_ptr<const Instrument> ins = loaded.value(key);
        if (!ins) {
            auto st =
                prepare(db, QStringLiteral("SELECT content, sha256 FROM instrument WHERE id = ? AND version = ?"));
            st.bind(1, q8(w.instrumentId)).bind(2, q8(w.instrumentVersion));
            if (!st.step())
                return QStringLiteral("interview %1 uses instrument %2 version %3, which is neither in the package nor "
                                      "installed here")
                    .arg(id, q8(w.instrumentId), q8(w.instrumentVersion));
            const LoadResult r = loadInstrument(st.blob(0), q8(w.instrumentId));
            if (!r.instrument)
                return QStringLiteral("instrument %1 installed here does not load").arg(q8(w.instrumentId));
            ins = r.instrument;
            loaded.insert(key, ins);
        }
        if (!w.instrumentSha256.empty() && q8(w.instrumentSha256) != QString::fromLatin1(ins->sha256.toHex()))
            return QStringLiteral("interview %1 was made with another file of %2 %3 than the one known here")
                .arg(id, q8(w.instrumentId), q8(w.instrumentVersion));
        std::int64_t expect = 1;
        for (const auto& e : w.events) {
            if (e.rev != expect++)
                return QStringLiteral("interview %1: answer revisions are not consecutive").arg(id);
            if (!states.contains(q8(e.state)) || ((e.state == "value") != !e.valueType.empty())
                || (!e.valueType.empty() && !types.contains(q8(e.valueType))))
                return QStringLiteral("interview %1: answer %2 has an unknown state or type").arg(id).arg(e.rev);
            // Every step of the item path must name an item of the instrument ("roster[<uuid>]/item").
            for (const QString& step : q8(e.itemPath).split(QLatin1Char('/'))) {
                const QString name = step.section(QLatin1Char('['), 0, 0);
                if (!ins->node(name))
                    return QStringLiteral("interview %1: answer to '%2', which instrument %3 %4 does not have")
                        .arg(id, q8(e.itemPath), q8(w.instrumentId), q8(w.instrumentVersion));
            }
        }
    }
    return {};
}

/** Recomputes the interview row from every copy received: the copy that extends all others is shown; copies that
 *  diverge flag a conflict. Depends only on the set of copies, never on the order they arrived in. */
void settleInterview(Connection& db, const QString& interviewId)
{
    struct Copy {
        QString origin;
        qint64 rev;
        int rank;
    };
    std::vector<Copy> copies;
    auto st = prepare(db, QStringLiteral("SELECT origin, rev, status FROM received_copy WHERE interview_id = ?"));
    st.bind(1, interviewId);
    while (st.step())
        copies.push_back(Copy{st.text(0), st.int64(1), statusRank(st.text(2))});
    checkStep(st);
    std::sort(copies.begin(), copies.end(), [](const Copy& a, const Copy& b) {
        return std::tie(b.rev, b.rank, a.origin) < std::tie(a.rev, a.rank, b.origin);
    });
    const Copy& best = copies.front();
    bool conflict = false;
    auto diverge = prepare(
        db,
        QStringLiteral(
            "SELECT count(*) FROM received_event a JOIN received_event b ON b.interview_id = a.interview_id "
            "AND b.rev = a.rev AND b.origin = ?3 WHERE a.interview_id = ?1 AND a.origin = ?2 AND ("
            "a.item_path IS NOT b.item_path OR a.state IS NOT b.state OR a.value_type IS NOT b.value_type OR "
            "a.value_text IS NOT b.value_text OR a.value_int IS NOT b.value_int OR a.value_real IS NOT b.value_real OR "
            "a.at IS NOT b.at OR a.actor IS NOT b.actor)"));
    for (std::size_t i = 1; i < copies.size(); ++i) {
        diverge.bind(1, interviewId).bind(2, best.origin).bind(3, copies[i].origin);
        diverge.step();
        const bool differs = diverge.int64(0) > 0;
        diverge.reset();
        // A copy finalized at an earlier revision than the shown one was edited after it was closed elsewhere.
        if (differs || (copies[i].rank == 2 && copies[i].rev < best.rev))
            conflict = true;
    }
    auto up = prepare(
        db,
        QStringLiteral(
            "INSERT INTO interview (id, assessment_id, instrument_id, instrument_version, assessor_id, device_id, "
            "status, "
            "started_at, updated_at, completed_at, finalized_at, instrument_sha256, origin, conflict) "
            "SELECT interview_id, assessment_id, instrument_id, instrument_version, assessor_id, device_id, status, "
            "started_at, updated_at, completed_at, finalized_at, instrument_sha256, origin, ?3 FROM received_copy "
            "WHERE interview_id = ?1 AND origin = ?2 "
            "ON CONFLICT (id) DO UPDATE SET assessment_id = excluded.assessment_id, instrument_id = "
            "excluded.instrument_id, "
            "instrument_version = excluded.instrument_version, assessor_id = excluded.assessor_id, "
            "device_id = excluded.device_id, status = excluded.status, started_at = excluded.started_at, "
            "updated_at = excluded.updated_at, completed_at = excluded.completed_at, "
            "finalized_at = excluded.finalized_at, instrument_sha256 = excluded.instrument_sha256, "
            "origin = excluded.origin, conflict = excluded.conflict"));
    up.bind(1, interviewId).bind(2, best.origin).bind(3, conflict ? 1 : 0);
    exec(up);
}

ImportOutcome applyResult(Workspace& ws, const PeerRow& sender, const EnvelopeHeader& h, const QByteArray& file,
                          ResultPayload& p)
{
    Connection& db = ws.db();
    LoadedInstruments loaded;
    if (const QString why = validateResult(db, p, loaded); !why.isEmpty())
        return refused(Problem::BadPayload, why);
    // An interview this workspace made itself cannot come back from someone else.
    for (const auto& w : p.interviews) {
        auto own = prepare(db, QStringLiteral("SELECT 1 FROM interview WHERE id = ? AND origin IS NULL"));
        own.bind(1, q8(w.id));
        if (own.step())
            return refused(
                Problem::Unsupported,
                QStringLiteral("interview %1 was made on this workspace; a package cannot replace it").arg(q8(w.id)));
    }

    ImportOutcome o;
    o.kind = PackageKind::Result;
    o.packageId = hex(h.packageId);
    o.sender = sender.name;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        throw DbFail{r.error()};

    recordPackageIn(db, o.packageId, PackageKind::Result, sender.deviceId, h, file, qint64(p.interviews.size()));
    // Instruments first (checked by the loader above), then the agencies and assessments.
    (void)installInstruments(db, p.instruments, loaded);
    putAgenciesAndAssessments(db, p.agencies, p.assessments, false);

    auto copyHead = prepare(db,
                            QStringLiteral("SELECT rev, status FROM received_copy WHERE interview_id = ? AND "
                                           "origin = ?"));
    auto putCopy = prepare(
        db,
        QStringLiteral(
            "INSERT INTO received_copy (interview_id, origin, rev, status, assessment_id, instrument_id, "
            "instrument_version, "
            "instrument_sha256, assessor_id, device_id, started_at, updated_at, completed_at, finalized_at) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (interview_id, origin) DO "
            "UPDATE SET "
            "rev = excluded.rev, status = excluded.status, updated_at = excluded.updated_at, "
            "completed_at = excluded.completed_at, finalized_at = excluded.finalized_at"));
    auto putEvent = prepare(db,
                            QStringLiteral("INSERT INTO received_event (interview_id, origin, rev, item_path, state, "
                                           "value_type, value_text, value_int, "
                                           "value_real, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto putDevice = prepare(db,
                             QStringLiteral("INSERT INTO device (id, name, is_self, created_at) VALUES (?, ?, 0, ?) "
                                            "ON CONFLICT (id) DO NOTHING"));
    auto putLine = prepare(db,
                           QStringLiteral("INSERT INTO package_in_interview (package_id, interview_id, rev, status) "
                                          "VALUES (?, ?, ?, ?)"));
    for (const auto& w : p.interviews) {
        const QString id = q8(w.id);
        const qint64 rev = w.events.empty() ? 0 : w.events.back().rev;
        copyHead.bind(1, id).bind(2, sender.deviceId);
        const bool had = copyHead.step();
        const qint64 oldRev = had ? copyHead.int64(0) : -1;
        const int oldRank = had ? statusRank(copyHead.text(1)) : -1;
        copyHead.reset();
        putLine.bind(1, o.packageId).bind(2, id).bind(3, rev).bind(4, q8(w.status));
        exec(putLine);
        if (had && std::pair(rev, statusRank(q8(w.status))) <= std::pair(oldRev, oldRank)) {
            ++o.interviewsUnchanged; // an older or equal revision: never overwrites what is here
            continue;
        }
        // The device that started the interview (it may not be enrolled here: the interview was handed over).
        putDevice.bind(1, q8(w.deviceId)).bind(2, q8(w.deviceId)).bind(3, q8(w.startedAt));
        exec(putDevice);
        putCopy.bind(1, id).bind(2, sender.deviceId).bind(3, rev).bind(4, q8(w.status));
        putCopy.bind(5, nullIfEmpty(w.assessmentId)).bind(6, q8(w.instrumentId)).bind(7, q8(w.instrumentVersion));
        putCopy.bind(8, q8(w.instrumentSha256)).bind(9, nullIfEmpty(w.assessorId)).bind(10, q8(w.deviceId));
        putCopy.bind(11, q8(w.startedAt)).bind(12, q8(w.updatedAt)).bind(13, nullIfEmpty(w.completedAt));
        putCopy.bind(14, nullIfEmpty(w.finalizedAt));
        exec(putCopy);
        // A device's own log only grows: events up to the revision already here are the same events.
        for (const auto& e : w.events) {
            if (e.rev <= oldRev)
                continue;
            putEvent.bind(1, id).bind(2, sender.deviceId).bind(3, qint64(e.rev)).bind(4, q8(e.itemPath));
            putEvent.bind(5, q8(e.state)).bind(6, nullIfEmpty(e.valueType));
            if (e.hasText)
                putEvent.bind(7, q8(e.valueText));
            else
                putEvent.bindNull(7);
            if (e.hasInt)
                putEvent.bind(8, qint64(e.valueInt));
            else
                putEvent.bindNull(8);
            if (e.hasReal)
                putEvent.bind(9, e.valueReal);
            else
                putEvent.bindNull(9);
            putEvent.bind(10, q8(e.at)).bind(11, q8(e.actor));
            exec(putEvent);
        }
        settleInterview(db, id);
        for (const auto& a : w.attachments) {
            auto st = prepare(db,
                              QStringLiteral("INSERT INTO attachment (id, interview_id, file_name, media_type, "
                                             "sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                             "ON CONFLICT (id) DO NOTHING"));
            st.bind(1, q8(a.id)).bind(2, id).bind(3, q8(a.fileName)).bind(4, q8(a.mediaType)).bind(5, q8(a.sha256));
            st.bind(6, QByteArray(a.data.data(), qsizetype(a.data.size()))).bind(7, q8(a.createdAt));
            exec(st);
        }
        // Paradata travel with the copy they describe: a newer copy replaces them whole.
        for (const char* sql : {"DELETE FROM received_paradata_item WHERE interview_id = ? AND origin = ?",
                                "DELETE FROM received_paradata_visit WHERE interview_id = ? AND origin = ?"}) {
            auto del = prepare(db, QString::fromLatin1(sql));
            del.bind(1, id).bind(2, sender.deviceId);
            exec(del);
        }
        for (const auto& pd : w.paradata) {
            auto st = prepare(db,
                              QStringLiteral("INSERT INTO received_paradata_item (interview_id, origin, item_path, "
                                             "first_shown_at, first_answered_at, last_changed_at, changes) VALUES "
                                             "(?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
            st.bind(1, id).bind(2, sender.deviceId).bind(3, q8(pd.itemPath)).bind(4, nullIfEmpty(pd.firstShownAt));
            st.bind(5, nullIfEmpty(pd.firstAnsweredAt)).bind(6, nullIfEmpty(pd.lastChangedAt));
            st.bind(7, qint64(pd.changes));
            exec(st);
        }
        for (const auto& v : w.visits) {
            auto st = prepare(db,
                              QStringLiteral("INSERT INTO received_paradata_visit (interview_id, origin, opened_at, "
                                             "last_active_at, device_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO "
                                             "NOTHING"));
            st.bind(1, id).bind(2, sender.deviceId).bind(3, q8(v.openedAt)).bind(4, q8(v.lastActiveAt));
            st.bind(5, q8(v.deviceId));
            exec(st);
        }
        for (const auto& a : w.audit) {
            auto st = prepare(db,
                              QStringLiteral("INSERT INTO received_audit (interview_id, origin, seq, at, actor, "
                                             "action, detail) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
            st.bind(1, id).bind(2, sender.deviceId).bind(3, qint64(a.seq)).bind(4, q8(a.at)).bind(5, q8(a.actor));
            st.bind(6, q8(a.action)).bind(7, nullIfEmpty(a.detail));
            exec(st);
        }
        if (had)
            ++o.interviewsUpdated;
        else
            ++o.interviewsNew;
    }
    auto nc = prepare(db, QStringLiteral("SELECT count(*) FROM interview WHERE conflict = 1"));
    nc.step();
    o.conflicts = int(nc.int64(0));
    audit(db, ws.deviceId(), QStringLiteral("import"), QStringLiteral("package"), o.packageId,
          QStringLiteral("result from %1: %2 new, %3 updated, %4 unchanged")
              .arg(sender.name)
              .arg(o.interviewsNew)
              .arg(o.interviewsUpdated)
              .arg(o.interviewsUnchanged));
    if (auto r = tx.commit(); !r)
        throw DbFail{r.error()};
    o.message = QStringLiteral("imported: %1 new, %2 updated, %3 unchanged interviews from %4")
                    .arg(o.interviewsNew)
                    .arg(o.interviewsUpdated)
                    .arg(o.interviewsUnchanged)
                    .arg(sender.name);
    if (o.conflicts > 0)
        o.message += QStringLiteral("; %1 interviews have conflicting copies to review").arg(o.conflicts);
    return o;
}

ImportOutcome applyReceipt(Workspace& ws, const PeerRow& sender, const EnvelopeHeader& h, const QByteArray& file,
                           const ReceiptPayload& p)
{
    Connection& db = ws.db();
    auto po = prepare(db, QStringLiteral("SELECT recipient FROM package_out WHERE id = ? AND kind = 'result'"));
    po.bind(1, q8(p.forPackageId));
    if (!po.step() || po.text(0) != sender.deviceId)
        return refused(Problem::Unsupported,
                       QStringLiteral("a receipt for a package this workspace did not send to "
                                      "%1")
                           .arg(sender.name));
    ImportOutcome o;
    o.kind = PackageKind::Receipt;
    o.packageId = hex(h.packageId);
    o.sender = sender.name;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        throw DbFail{r.error()};
    auto sent = prepare(db,
                        QStringLiteral("SELECT rev, status FROM package_out_interview WHERE package_id = ? AND "
                                       "interview_id = ?"));
    auto put = prepare(db,
                       QStringLiteral("INSERT INTO delivered (interview_id, rev, status, receipt_id, at) VALUES "
                                      "(?1, ?2, ?3, ?4, ?5) ON CONFLICT (interview_id) DO UPDATE SET rev = "
                                      "excluded.rev, status = excluded.status, receipt_id = excluded.receipt_id, "
                                      "at = excluded.at WHERE excluded.rev > delivered.rev OR (excluded.rev = "
                                      "delivered.rev AND excluded.status = 'finalized')"));
    for (const auto& l : p.lines) {
        // Only what this workspace really sent in that package, at that revision, counts as delivered.
        sent.bind(1, q8(p.forPackageId)).bind(2, q8(l.interviewId));
        const bool ok = sent.step() && sent.int64(0) == l.rev && sent.text(1) == q8(l.status);
        sent.reset();
        if (!ok) {
            ++o.interviewsUnchanged;
            continue;
        }
        put.bind(1, q8(l.interviewId)).bind(2, qint64(l.rev)).bind(3, q8(l.status)).bind(4, o.packageId);
        put.bind(5, nowIso());
        exec(put);
        ++o.interviewsUpdated;
    }
    recordPackageIn(db, o.packageId, PackageKind::Receipt, sender.deviceId, h, file, qint64(p.lines.size()));
    audit(db, ws.deviceId(), QStringLiteral("receipt"), QStringLiteral("package"), o.packageId,
          QStringLiteral("%1 interviews confirmed by %2").arg(o.interviewsUpdated).arg(sender.name));
    if (auto r = tx.commit(); !r)
        throw DbFail{r.error()};
    o.message = QStringLiteral("receipt from %1: %2 interviews confirmed as delivered")
                    .arg(sender.name)
                    .arg(o.interviewsUpdated);
    return o;
}

ImportOutcome applyAssignment(Workspace& ws, const PeerRow& sender, const EnvelopeHeader& h, const QByteArray& file,
                              const AssignmentPayload& p)
{
    Connection& db = ws.db();
    // Check everything first: instruments load and match their hashes, assessments name agencies and instruments
    // that are in the package or already here.
    LoadedInstruments loaded;
    if (const QString why = validateInstruments(db, p.instruments, loaded); !why.isEmpty())
        return refused(Problem::BadPayload, why);
    QSet<QString> agencies;
    for (const auto& a : p.agencies) {
        if (a.id.empty() || a.name.empty() || !agencyKindFromName(q8(a.kind)))
            return refused(Problem::BadPayload, QStringLiteral("an agency without id or name, or of an unknown kind"));
        if (!a.parentId.empty() && !agencies.contains(q8(a.parentId)))
            return refused(Problem::BadPayload, QStringLiteral("agency %1 comes before its parent").arg(q8(a.name)));
        agencies.insert(q8(a.id));
    }
    for (const auto& a : p.assessments) {
        if (!agencies.contains(q8(a.agencyId)))
            return refused(Problem::BadPayload,
                           QStringLiteral("assessment %1 names an agency the package does not carry").arg(q8(a.title)));
        if (a.periodEnd < a.periodStart)
            return refused(Problem::BadPayload, QStringLiteral("assessment %1 ends before it starts").arg(q8(a.title)));
        for (std::size_t i = 0; i < a.instrumentIds.size(); ++i)
            if (!loaded.contains(q8(a.instrumentIds[i]) + QLatin1Char('\n') + q8(a.instrumentVersions[i])))
                return refused(Problem::BadPayload,
                               QStringLiteral("assessment %1 uses instrument %2 %3, which the "
                                              "package does not carry")
                                   .arg(q8(a.title), q8(a.instrumentIds[i]), q8(a.instrumentVersions[i])));
    }

    ImportOutcome o;
    o.kind = PackageKind::Assignment;
    o.packageId = hex(h.packageId);
    o.sender = sender.name;
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        throw DbFail{r.error()};
    recordPackageIn(db, o.packageId, PackageKind::Assignment, sender.deviceId, h, file, 0);
    const int installed = installInstruments(db, p.instruments, loaded);
    // The coordinator is authoritative for agencies and assessments: its version replaces what is here.
    putAgenciesAndAssessments(db, p.agencies, p.assessments, true);
    const QString now = nowIso();
    for (const auto& a : p.assessments) {
        auto as = prepare(db,
                          QStringLiteral("INSERT INTO assignment (assessment_id, device_id, package_id, assigned_at) "
                                         "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET package_id = "
                                         "excluded.package_id, assigned_at = excluded.assigned_at"));
        as.bind(1, q8(a.id)).bind(2, ws.deviceId()).bind(3, o.packageId).bind(4, now);
        exec(as);
    }
    audit(db, ws.deviceId(), QStringLiteral("import"), QStringLiteral("package"), o.packageId,
          QStringLiteral("assignment from %1: %2 assessments, %3 instruments installed")
              .arg(sender.name)
              .arg(p.assessments.size())
              .arg(installed));
    if (auto r = tx.commit(); !r)
        throw DbFail{r.error()};
    o.interviewsUpdated = int(p.assessments.size());
    o.message = QStringLiteral("assignment from %1: %2 assessment(s), %3 instrument(s) installed")
                    .arg(sender.name)
                    .arg(p.assessments.size())
                    .arg(installed);
    return o;
}

} // namespace

ImportOutcome importPackage(Workspace& ws, const QByteArray& file, const QString& fileName)
{
    ImportOutcome out;
    try {
        Connection& db = ws.db();
        auto self = identity(ws);
        if (!self)
            return refused(Problem::Internal, self.error().message);
        SecureBytes boxSk = secretKey(ws, "box_sk");
        std::optional<PeerRow> signer;
        Opened opened = open(file, self->boxPk, boxSk, [&](const QByteArray& pk) {
            signer = peerBySignKey(db, pk);
            if (!signer)
                return SignerStatus{};
            return SignerStatus{true, !signer->revokedAt.isEmpty(), signer->name, signer->revokedAt};
        });
        boxSk.wipe();
        if (opened.rejection) {
            out = refused(opened.rejection.problem, opened.rejection.message);
            out.kind = opened.header.kind;
            return out;
        }
        const QString packageId = hex(opened.header.packageId);
        auto seen = prepare(db, QStringLiteral("SELECT created_at FROM package_in WHERE id = ?"));
        seen.bind(1, packageId);
        if (seen.step()) {
            out = refused(Problem::AlreadyImported,
                          QStringLiteral("already imported (package %1 from %2): nothing changed")
                              .arg(packageId.left(12), signer->name));
            out.kind = opened.header.kind;
            out.packageId = packageId;
            out.sender = signer->name;
            return out;
        }
        const QString expectedRole =
            opened.header.kind == PackageKind::Result ? QStringLiteral("assessor") : QStringLiteral("coordinator");
        if (signer->role != expectedRole)
            return refused(Problem::WrongKind,
                           QStringLiteral("a %1 package from %2, who is enrolled here as %3")
                               .arg(packageKindName(opened.header.kind), signer->name, signer->role));
        auto mismatch = [&](const std::string& inside) {
            return refused(Problem::SignerMismatch,
                           QStringLiteral("signed with the key of %1 but claims to come from device %2")
                               .arg(signer->name, q8(inside).left(40)));
        };
        switch (opened.header.kind) {
        case PackageKind::Result: {
            ResultPayload p;
            if (const QString why = readPayload(opened.payload, p); !why.isEmpty())
                return refused(Problem::BadPayload, why);
            sodium_memzero(opened.payload.data(), std::size_t(opened.payload.size()));
            if (q8(p.deviceId) != signer->deviceId)
                return mismatch(p.deviceId);
            out = applyResult(ws, *signer, opened.header, file, p);
            break;
        }
        case PackageKind::Receipt: {
            ReceiptPayload p;
            if (const QString why = readPayload(opened.payload, p); !why.isEmpty())
                return refused(Problem::BadPayload, why);
            if (q8(p.deviceId) != signer->deviceId)
                return mismatch(p.deviceId);
            out = applyReceipt(ws, *signer, opened.header, file, p);
            break;
        }
        case PackageKind::Assignment: {
            AssignmentPayload p;
            if (const QString why = readPayload(opened.payload, p); !why.isEmpty())
                return refused(Problem::BadPayload, why);
            if (q8(p.deviceId) != signer->deviceId)
                return mismatch(p.deviceId);
            out = applyAssignment(ws, *signer, opened.header, file, p);
            break;
        }
        }
        (void)fileName;
        return out;
    } catch (const DbFail& f) {
        return refused(
            Problem::Internal,
            QStringLiteral("the workspace could not apply the package (%1); nothing was changed").arg(f.error.message));
    }
}

ImportOutcome importPackageFile(Workspace& ws, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refused(Problem::Internal, QStringLiteral("cannot read %1 (%2)").arg(path, f.errorString()));
    if (f.size() > MaxPackageBytes)
        return refused(Problem::TooLarge,
                       QStringLiteral("%1 bytes, over the %2-byte package limit").arg(f.size()).arg(MaxPackageBytes));
    return importPackage(ws, f.readAll(), path);
}

Result<ExportSummary> writeReceipt(Workspace& ws, const QString& resultPackageId, const QString& file)
{
    try {
        Connection& db = ws.db();
        auto self = identity(ws);
        if (!self)
            return self.error();
        auto pk =
            prepare(db, QStringLiteral("SELECT sender FROM package_in WHERE kind = 'result' AND id LIKE ? || '%' "));
        pk.bind(1, resultPackageId);
        QStringList matches;
        QString sender;
        while (pk.step())
            sender = pk.text(0), matches << sender;
        if (matches.size() != 1)
            return makeError(matches.isEmpty() ? ErrorCode::NotFound : ErrorCode::InvalidArgument,
                             matches.isEmpty()
                                 ? QStringLiteral("no imported result package %1").arg(resultPackageId)
                                 : QStringLiteral("package id %1 is ambiguous: give more of it").arg(resultPackageId));
        auto id = prepare(db, QStringLiteral("SELECT id FROM package_in WHERE kind = 'result' AND id LIKE ? || '%'"));
        id.bind(1, resultPackageId);
        id.step();
        const QString fullId = id.text(0);
        const auto to = peerById(db, sender);
        if (!to || !to->revokedAt.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the sender of that package is no longer "
                                            "enrolled"));
        ReceiptPayload p;
        p.deviceId = u8(self->deviceId);
        p.forPackageId = u8(fullId);
        auto lines = prepare(db,
                             QStringLiteral("SELECT interview_id, rev, status FROM package_in_interview WHERE "
                                            "package_id = ? ORDER BY interview_id"));
        lines.bind(1, fullId);
        while (lines.step())
            p.lines.push_back(WireReceiptLine{u8(lines.text(0)), lines.int64(1), u8(lines.text(2))});
        checkStep(lines);
        auto written = sealAndWrite(ws, *self, PackageKind::Receipt, to->boxPk, writePayload(p), file);
        if (!written)
            return written.error();
        ExportSummary sum{written->packageId, file, int(p.lines.size()), written->bytes};
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        recordPackageOut(db, sum.packageId, PackageKind::Receipt, sender, file);
        audit(db, ws.deviceId(), QStringLiteral("receipt"), QStringLiteral("package"), fullId,
              QStringLiteral("receipt %1 for %2 interviews").arg(sum.packageId).arg(sum.interviews));
        if (auto r = tx.commit(); !r)
            return r.error();
        return sum;
    } catch (const DbFail& f) {
        return f.error;
    }
}

Result<ExportSummary> writeAssignment(Workspace& ws, const QString& assessorId, const QStringList& assessmentIds,
                                      const QString& file)
{
    try {
        Connection& db = ws.db();
        auto self = identity(ws);
        if (!self)
            return self.error();
        const auto to = peerById(db, assessorId);
        if (!to || to->role != QLatin1String("assessor") || !to->revokedAt.isEmpty())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("no enrolled, unrevoked assessor with device id %1").arg(assessorId));
        if (assessmentIds.isEmpty())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("name at least one assessment"));
        AssignmentPayload p;
        p.deviceId = u8(self->deviceId);
        QSet<QString> seenAgencies;
        QSet<QPair<QString, QString>> instruments;
        for (const QString& aid : assessmentIds) {
            auto a = prepare(db,
                             QStringLiteral("SELECT id, agency_id, title, period_start, period_end, "
                                            "coalesce(target_sample, -1) FROM assessment WHERE id = ?"));
            a.bind(1, aid);
            if (!a.step())
                return makeError(ErrorCode::NotFound, QStringLiteral("no assessment with id %1").arg(aid));
            WireAssessment w{
                u8(a.text(0)), u8(a.text(1)), u8(a.text(2)), u8(a.text(3)), u8(a.text(4)), a.int64(5), {}, {}};
            addAgencyChain(db, a.text(1), p.agencies, seenAgencies);
            auto ins = prepare(db,
                               QStringLiteral("SELECT instrument_id, instrument_version FROM assessment_instrument "
                                              "WHERE assessment_id = ? ORDER BY instrument_id"));
            ins.bind(1, aid);
            while (ins.step()) {
                w.instrumentIds.push_back(u8(ins.text(0)));
                w.instrumentVersions.push_back(u8(ins.text(1)));
                instruments.insert({ins.text(0), ins.text(1)});
            }
            p.assessments.push_back(std::move(w));
        }
        for (const auto& [iid, version] : instruments) {
            auto st =
                prepare(db, QStringLiteral("SELECT sha256, content FROM instrument WHERE id = ? AND version = ?"));
            st.bind(1, iid).bind(2, version);
            if (!st.step())
                return makeError(ErrorCode::NotFound,
                                 QStringLiteral("instrument %1 version %2 is not installed in this "
                                                "workspace: install it before assigning")
                                     .arg(iid, version));
            const QByteArray content = st.blob(1);
            p.instruments.push_back(WireInstrument{u8(iid), u8(version), u8(st.text(0)),
                                                   std::string(content.constData(), std::size_t(content.size()))});
        }
        std::sort(p.instruments.begin(), p.instruments.end(),
                  [](const auto& a, const auto& b) { return std::tie(a.id, a.version) < std::tie(b.id, b.version); });
        auto written = sealAndWrite(ws, *self, PackageKind::Assignment, to->boxPk, writePayload(p), file);
        if (!written)
            return written.error();
        ExportSummary sum{written->packageId, file, 0, written->bytes};
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        recordPackageOut(db, sum.packageId, PackageKind::Assignment, to->deviceId, file);
        for (const QString& aid : assessmentIds) {
            auto as = prepare(db,
                              QStringLiteral("INSERT INTO assignment (assessment_id, device_id, package_id, "
                                             "assigned_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                                             "package_id = excluded.package_id, assigned_at = excluded.assigned_at"));
            as.bind(1, aid).bind(2, to->deviceId).bind(3, sum.packageId).bind(4, nowIso());
            exec(as);
        }
        audit(db, ws.deviceId(), QStringLiteral("assign"), QStringLiteral("package"), sum.packageId,
              QStringLiteral("%1 assessment(s) to %2").arg(assessmentIds.size()).arg(to->name));
        if (auto r = tx.commit(); !r)
            return r.error();
        return sum;
    } catch (const DbFail& f) {
        return f.error;
    }
}

Result<int> purgeDelivered(Workspace& ws)
{
    try {
        Connection& db = ws.db();
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        // Finalized, confirmed at exactly the current revision, not yet purged, made here.
        auto list = prepare(
            db,
            QStringLiteral(
                "SELECT i.id FROM interview i JOIN delivered d ON d.interview_id = i.id WHERE i.origin IS NULL AND "
                "i.purged_at IS NULL AND i.status = 'finalized' AND d.status = 'finalized' AND d.rev = "
                "(SELECT coalesce(max(rev), 0) FROM answer_event e WHERE e.interview_id = i.id) ORDER BY i.id"));
        QStringList ids;
        while (list.step())
            ids << list.text(0);
        checkStep(list);
        const QString now = nowIso();
        for (const QString& id : ids) {
            auto mark = prepare(db, QStringLiteral("UPDATE interview SET purged_at = ? WHERE id = ?"));
            mark.bind(1, now).bind(2, id);
            exec(mark);
            for (const char* sql :
                 {"DELETE FROM answer_event WHERE interview_id = ?", "DELETE FROM attachment WHERE interview_id = ?",
                  "DELETE FROM paradata_item WHERE interview_id = ?",
                  "DELETE FROM paradata_visit WHERE interview_id = ?",
                  "DELETE FROM interview_units WHERE interview_id = ?"}) {
                auto del = prepare(db, QString::fromLatin1(sql));
                del.bind(1, id);
                exec(del);
            }
            audit(db, ws.deviceId(), QStringLiteral("purge"), QStringLiteral("interview"), id,
                  QStringLiteral("delivered and confirmed; answers removed from this device"));
        }
        if (auto r = tx.commit(); !r)
            return r.error();
        return int(ids.size());
    } catch (const DbFail& f) {
        return f.error;
    }
}

Result<QList<LogEntry>> syncLog(Workspace& ws, int limit)
{
    try {
        auto st = prepare(ws.db(),
                          QStringLiteral("SELECT at, action, coalesce(entity_id, ''), coalesce(detail, '') FROM "
                                         "audit_log WHERE action IN ('import', 'export', 'receipt', 'assign', "
                                         "'enrol', 'revoke', 'purge') ORDER BY seq DESC LIMIT ?"));
        st.bind(1, qint64(limit));
        QList<LogEntry> out;
        while (st.step())
            out.append(LogEntry{st.text(0), st.text(1), st.text(2), st.text(3)});
        checkStep(st);
        return out;
    } catch (const DbFail& f) {
        return f.error;
    }
}

Result<QString> logicalDump(Workspace& ws, bool stable)
{
    try {
        Connection& db = ws.db();
        auto tables = prepare(db,
                              QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                             "LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (tables.step())
            names << tables.text(0);
        QString out;
        for (const QString& t : names) {
            // Local bookkeeping of when this workspace did things differs between two workspaces that hold the same
            // data; `stable` leaves it out.
            if (stable && (t == QLatin1String("audit_log") || t == QLatin1String("settings")))
                continue;
            auto cols = prepare(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
            cols.bind(1, t);
            QStringList names2;
            while (cols.step()) {
                const QString c = cols.text(0);
                if (stable && (c == QLatin1String("installed_at")))
                    continue;
                names2 << QStringLiteral("quote(\"%1\")").arg(c);
            }
            QStringList order;
            for (int i = 1; i <= names2.size(); ++i)
                order << QString::number(i);
            auto rows = prepare(db,
                                QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                                    .arg(names2.join(QStringLiteral(", ")), t, order.join(QStringLiteral(", "))));
            out += QStringLiteral("# %1\n").arg(t);
            while (rows.step()) {
                QStringList v;
                for (int i = 0; i < names2.size(); ++i)
                    v << rows.text(i);
                out += v.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
            checkStep(rows);
        }
        return out;
    } catch (const DbFail& f) {
        return f.error;
    }
}

} // namespace baseline::sync
