// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace baseline {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString stateName(AnswerState s)
{
    switch (s) {
    case AnswerState::Value:
        return QStringLiteral("value");
    case AnswerState::DontKnow:
        return QStringLiteral("dont_know");
    case AnswerState::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<AnswerState> stateFromName(const QString& s)
{
    if (s == QLatin1String("value"))
        return AnswerState::Value;
    if (s == QLatin1String("dont_know"))
        return AnswerState::DontKnow;
    if (s == QLatin1String("refused"))
        return AnswerState::Refused;
    return std::nullopt;
}

std::optional<AnswerState> stateFromName(QByteArrayView s)
{
    if (s == "value")
        return AnswerState::Value;
    if (s == "dont_know")
        return AnswerState::DontKnow;
    if (s == "refused")
        return AnswerState::Refused;
    return std::nullopt;
}

InterviewStatus statusFromName(const QString& s)
{
    if (s == QLatin1String("completed"))
        return InterviewStatus::Completed;
    if (s == QLatin1String("finalized"))
        return InterviewStatus::Finalized;
    return InterviewStatus::InProgress;
}

/** Binds a value into the (value_type, value_text, value_int, value_real) parameters starting at `first`. */
void bindValue(Statement& st, int first, const std::optional<Value>& value)
{
    st.bindNull(first).bindNull(first + 1).bindNull(first + 2).bindNull(first + 3);
    if (!value)
        return;
    st.bind(first, valueTypeName(*value));
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, TextValue>)
                st.bind(first + 1, v.text);
            else if constexpr (std::is_same_v<T, qint64>)
                st.bind(first + 2, v);
            else if constexpr (std::is_same_v<T, double>)
                st.bind(first + 3, v);
            else if constexpr (std::is_same_v<T, QDate>)
                st.bind(first + 1, v.toString(Qt::ISODate));
            else if constexpr (std::is_same_v<T, ChoiceValue>)
                st.bind(first + 1, v.code);
            else if constexpr (std::is_same_v<T, ChoicesValue>)
                st.bind(first + 1,
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray::fromStringList(v.codes)).toJson(QJsonDocument::Compact)));
            else if constexpr (std::is_same_v<T, bool>)
                st.bind(first + 2, qint64(v ? 1 : 0));
            else if constexpr (std::is_same_v<T, GeoPoint>) {
                QJsonObject o{{QStringLiteral("lat"), v.latitude}, {QStringLiteral("lon"), v.longitude}};
                if (v.altitude)
                    o.insert(QStringLiteral("alt"), *v.altitude);
                if (v.accuracy)
                    o.insert(QStringLiteral("acc"), *v.accuracy);
                st.bind(first + 1, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            } else if constexpr (std::is_same_v<T, AttachmentRef>)
                st.bind(first + 1, v.id);
        },
        *value);
}

std::optional<Value> readValue(const Statement& st, int first)
{
    if (st.isNull(first))
        return std::nullopt;
    // The type is compared as bytes: this runs once per stored answer when an interview is read (scoring reads
    // thousands of interviews).
    const QByteArrayView type = st.utf8(first);
    const auto text = [&] { return st.text(first + 1); };
    if (type == "text")
        return TextValue{text()};
    if (type == "integer")
        return st.int64(first + 2);
    if (type == "decimal")
        return st.real(first + 3);
    if (type == "date")
        return QDate::fromString(text(), Qt::ISODate);
    if (type == "choice")
        return ChoiceValue{text()};
    if (type == "choices") {
        QStringList codes;
        for (const auto& v : QJsonDocument::fromJson(st.utf8(first + 1).toByteArray()).array())
            codes << v.toString();
        return ChoicesValue{codes};
    }
    if (type == "boolean")
        return st.int64(first + 2) != 0;
    if (type == "geopoint") {
        const auto o = QJsonDocument::fromJson(st.utf8(first + 1).toByteArray()).object();
        GeoPoint g{o.value(QStringLiteral("lat")).toDouble(), o.value(QStringLiteral("lon")).toDouble(), {}, {}};
        if (o.contains(QStringLiteral("alt")))
            g.altitude = o.value(QStringLiteral("alt")).toDouble();
        if (o.contains(QStringLiteral("acc")))
            g.accuracy = o.value(QStringLiteral("acc")).toDouble();
        return g;
    }
    if (type == "attachment")
        return AttachmentRef{text()};
    return std::nullopt;
}

template<typename F> Result<void> inTransaction(Connection& db, F&& body)
{
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = body(); !r)
        return r;
    return tx.commit();
}

} // namespace

QString valueTypeName(const Value& value)
{
    static const char* const names[] = {"text",    "integer", "decimal",  "date",      "choice",
                                        "choices", "boolean", "geopoint", "attachment"};
    return QString::fromLatin1(names[value.index()]);
}

QString agencyKindName(AgencyKind kind)
{
    switch (kind) {
    case AgencyKind::NationalService:
        return QStringLiteral("national_service");
    case AgencyKind::RegionalCommand:
        return QStringLiteral("regional_command");
    case AgencyKind::Unit:
        return QStringLiteral("unit");
    case AgencyKind::Station:
        return QStringLiteral("station");
    }
    return {};
}

std::optional<AgencyKind> agencyKindFromName(const QString& name)
{
    for (auto k : {AgencyKind::NationalService, AgencyKind::RegionalCommand, AgencyKind::Unit, AgencyKind::Station})
        if (agencyKindName(k) == name)
            return k;
    return std::nullopt;
}

QString interviewStatusName(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::InProgress:
        return QStringLiteral("in_progress");
    case InterviewStatus::Completed:
        return QStringLiteral("completed");
    case InterviewStatus::Finalized:
        return QStringLiteral("finalized");
    }
    return {};
}

Repository::Repository(Workspace& workspace)
    : m_ws(workspace)
    , m_db(workspace.db())
{ }

Result<void> Repository::audit(const QString& action, const QString& entity, const QString& entityId,
                               const QString& detail)
{
    if (!m_insertAudit.isValid()) {
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        m_insertAudit = std::move(st).value();
    }
    m_insertAudit.bind(1, nowIso()).bind(2, m_ws.deviceId()).bind(3, action).bind(4, entity).bind(5, entityId);
    if (detail.isEmpty())
        m_insertAudit.bindNull(6);
    else
        m_insertAudit.bind(6, detail);
    return m_insertAudit.exec();
}

Result<QString> Repository::addAgency(const Agency& agency)
{
    const QString id = agency.id.isEmpty() ? newId() : agency.id;
    auto r = inTransaction(m_db, [&]() -> Result<void> {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO agency (id, name, kind, region, parent_id, created_at, "
                                              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        const QString now = nowIso();
        st->bind(1, id).bind(2, agency.name.trimmed()).bind(3, agencyKindName(agency.kind));
        agency.region.isEmpty() ? st->bindNull(4) : st->bind(4, agency.region);
        agency.parentId.isEmpty() ? st->bindNull(5) : st->bind(5, agency.parentId);
        st->bind(6, now).bind(7, now);
        if (auto e = st->exec(); !e)
            return e;
        return audit(QStringLiteral("create"), QStringLiteral("agency"), id);
    });
    if (!r)
        return r.error();
    return id;
}

Result<void> Repository::updateAgency(const Agency& agency)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        auto st = m_db.prepare(QStringLiteral(
            "UPDATE agency SET name = ?, kind = ?, region = ?, parent_id = ?, updated_at = ? WHERE id = ?"));
        if (!st)
            return st.error();
        st->bind(1, agency.name.trimmed()).bind(2, agencyKindName(agency.kind));
        agency.region.isEmpty() ? st->bindNull(3) : st->bind(3, agency.region);
        agency.parentId.isEmpty() ? st->bindNull(4) : st->bind(4, agency.parentId);
        st->bind(5, nowIso()).bind(6, agency.id);
        if (auto e = st->exec(); !e)
            return e;
        if (m_db.changes() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no agency with id %1").arg(agency.id));
        return audit(QStringLiteral("update"), QStringLiteral("agency"), agency.id);
    });
}

Result<QList<Agency>> Repository::agencies()
{
    auto st = m_db.prepare(QStringLiteral("SELECT id, name, kind, region, parent_id FROM agency ORDER BY name, id"));
    if (!st)
        return st.error();
    QList<Agency> out;
    while (st->step())
        out.append(Agency{st->text(0), st->text(1), agencyKindFromName(st->text(2)).value_or(AgencyKind::Station),
                          st->text(3), st->text(4)});
    if (st->error())
        return *st->error();
    return out;
}

Result<QString> Repository::addAssessment(const Assessment& a)
{
    const QString id = a.id.isEmpty() ? newId() : a.id;
    auto r = inTransaction(m_db, [&]() -> Result<void> {
        auto st =
            m_db.prepare(QStringLiteral("INSERT INTO assessment (id, agency_id, title, period_start, period_end, "
                                        "target_sample, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        const QString now = nowIso();
        st->bind(1, id).bind(2, a.agencyId).bind(3, a.title).bind(4, a.periodStart.toString(Qt::ISODate));
        st->bind(5, a.periodEnd.toString(Qt::ISODate));
        a.targetSample ? st->bind(6, *a.targetSample) : st->bindNull(6);
        st->bind(7, now).bind(8, now);
        if (auto e = st->exec(); !e)
            return e;
        auto ins = m_db.prepare(QStringLiteral(
            "INSERT INTO assessment_instrument (assessment_id, instrument_id, instrument_version) VALUES (?, ?, ?)"));
        if (!ins)
            return ins.error();
        for (const auto& [instrument, version] : a.instruments) {
            ins->bind(1, id).bind(2, instrument).bind(3, version);
            if (auto e = ins->exec(); !e)
                return e;
        }
        return audit(QStringLiteral("create"), QStringLiteral("assessment"), id);
    });
    if (!r)
        return r.error();
    return id;
}

Result<void> Repository::setAssessmentTarget(const QString& assessmentId, const QString& indicator,
                                             std::optional<double> value)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        auto st = m_db.prepare(value ? QStringLiteral("INSERT INTO assessment_target (assessment_id, indicator, value, "
                                                      "set_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO UPDATE SET value "
                                                      "= excluded.value, set_at = excluded.set_at")
                                     : QStringLiteral("DELETE FROM assessment_target WHERE assessment_id = ?1 AND "
                                                      "indicator = ?2"));
        if (!st)
            return st.error();
        st->bind(1, assessmentId).bind(2, indicator);
        if (value)
            st->bind(3, *value).bind(4, nowIso());
        if (auto e = st->exec(); !e)
            return e;
        return audit(QStringLiteral("target"), QStringLiteral("assessment"), assessmentId,
                     indicator + QLatin1Char('=') + (value ? QString::number(*value) : QStringLiteral("default")));
    });
}

Result<QHash<QString, double>> Repository::assessmentTargets(const QString& assessmentId)
{
    auto st = m_db.prepare(QStringLiteral("SELECT indicator, value FROM assessment_target WHERE assessment_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, assessmentId);
    QHash<QString, double> out;
    while (st->step())
        out.insert(st->text(0), st->real(1));
    if (st->error())
        return *st->error();
    return out;
}

Result<void> Repository::setInterviewWeights(const QString& assessmentId, const QHash<QString, double>& weights)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        auto members = m_db.prepare(QStringLiteral("SELECT id FROM interview WHERE assessment_id = ?"));
        if (!members)
            return members.error();
        members->bind(1, assessmentId);
        QSet<QString> inAssessment;
        while (members->step())
            inAssessment.insert(members->text(0));
        if (members->error())
            return *members->error();
        QStringList ids = weights.keys();
        ids.sort(); // the first problem named is the same on every run
        for (const QString& id : std::as_const(ids)) {
            const double w = weights.value(id);
            if (!inAssessment.contains(id))
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("interview %1 is not in assessment %2").arg(id, assessmentId));
            if (!std::isfinite(w) || w <= 0 || w >= 1e12)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("the weight of interview %1 is %2: a weight must be a positive number")
                                     .arg(id)
                                     .arg(w));
        }
        auto clear = m_db.prepare(QStringLiteral(
            "DELETE FROM interview_weight WHERE interview_id IN (SELECT id FROM interview WHERE assessment_id = ?)"));
        if (!clear)
            return clear.error();
        clear->bind(1, assessmentId);
        if (auto e = clear->exec(); !e)
            return e;
        auto put = m_db.prepare(
            QStringLiteral("INSERT INTO interview_weight (interview_id, weight, set_at) VALUES (?, ?, ?)"));
        if (!put)
            return put.error();
        const QString now = nowIso();
        for (const QString& id : std::as_const(ids)) {
            put->bind(1, id).bind(2, weights.value(id)).bind(3, now);
            if (auto e = put->exec(); !e)
                return e;
        }
        return audit(QStringLiteral("weights"), QStringLiteral("assessment"), assessmentId,
                     QStringLiteral("%1 interview weights").arg(ids.size()));
    });
}

Result<std::optional<double>> Repository::interviewWeight(const QString& interviewId)
{
    if (!m_weight.isValid()) {
        auto prepared = m_db.prepare(QStringLiteral("SELECT weight FROM interview_weight WHERE interview_id = ?"));
        if (!prepared)
            return prepared.error();
        m_weight = std::move(prepared).value();
    }
    m_weight.bind(1, interviewId);
    std::optional<double> out;
    if (m_weight.step())
        out = m_weight.real(0);
    const auto error = m_weight.error();
    m_weight.reset();
    if (error)
        return *error;
    return out;
}

Result<void> Repository::updateAssessment(const Assessment& a)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        auto st = m_db.prepare(QStringLiteral("UPDATE assessment SET agency_id = ?, title = ?, period_start = ?, "
                                              "period_end = ?, target_sample = ?, updated_at = ? WHERE id = ?"));
        if (!st)
            return st.error();
        st->bind(1, a.agencyId).bind(2, a.title).bind(3, a.periodStart.toString(Qt::ISODate));
        st->bind(4, a.periodEnd.toString(Qt::ISODate));
        a.targetSample ? st->bind(5, *a.targetSample) : st->bindNull(5);
        st->bind(6, nowIso()).bind(7, a.id);
        if (auto e = st->exec(); !e)
            return e;
        if (m_db.changes() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no assessment with id %1").arg(a.id));
        auto del = m_db.prepare(QStringLiteral("DELETE FROM assessment_instrument WHERE assessment_id = ?"));
        if (!del)
            return del.error();
        del->bind(1, a.id);
        if (auto e = del->exec(); !e)
            return e;
        auto ins = m_db.prepare(QStringLiteral(
            "INSERT INTO assessment_instrument (assessment_id, instrument_id, instrument_version) VALUES (?, ?, ?)"));
        if (!ins)
            return ins.error();
        for (const auto& [instrument, version] : a.instruments) {
            ins->bind(1, a.id).bind(2, instrument).bind(3, version);
            if (auto e = ins->exec(); !e)
                return e;
            ins->reset();
        }
        return audit(QStringLiteral("update"), QStringLiteral("assessment"), a.id);
    });
}

Result<QList<Assessment>> Repository::assessments(const QString& agencyId)
{
    auto st = m_db.prepare(QStringLiteral("SELECT id, agency_id, title, period_start, period_end, target_sample FROM "
                                          "assessment WHERE ?1 IS NULL OR agency_id = ?1 ORDER BY period_start, id"));
    if (!st)
        return st.error();
    agencyId.isEmpty() ? st->bindNull(1) : st->bind(1, agencyId);
    QList<Assessment> out;
    while (st->step()) {
        Assessment a{st->text(0),
                     st->text(1),
                     st->text(2),
                     QDate::fromString(st->text(3), Qt::ISODate),
                     QDate::fromString(st->text(4), Qt::ISODate),
                     std::nullopt,
                     {}};
        if (!st->isNull(5))
            a.targetSample = static_cast<int>(st->int64(5));
        out.append(a);
    }
    if (st->error())
        return *st->error();
    auto ins = m_db.prepare(QStringLiteral("SELECT instrument_id, instrument_version FROM assessment_instrument WHERE "
                                           "assessment_id = ? ORDER BY instrument_id"));
    if (!ins)
        return ins.error();
    for (auto& a : out) {
        ins->bind(1, a.id);
        while (ins->step())
            a.instruments.append({ins->text(0), ins->text(1)});
        ins->reset();
    }
    return out;
}

Result<QString> Repository::createInterview(const QString& assessmentId, const QString& instrumentId,
                                            const QString& instrumentVersion, const QString& assessorId,
                                            const QString& instrumentSha256)
{
    const QString id = newId();
    auto r = inTransaction(m_db, [&]() -> Result<void> {
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO interview (id, assessment_id, instrument_id, instrument_version, assessor_id, device_id, "
            "status, started_at, updated_at, instrument_sha256) VALUES (?, ?, ?, ?, ?, ?, 'in_progress', ?, ?, ?)"));
        if (!st)
            return st.error();
        const QString now = nowIso();
        st->bind(1, id);
        assessmentId.isEmpty() ? st->bindNull(2) : st->bind(2, assessmentId);
        st->bind(3, instrumentId).bind(4, instrumentVersion);
        assessorId.isEmpty() ? st->bindNull(5) : st->bind(5, assessorId);
        st->bind(6, m_ws.deviceId()).bind(7, now).bind(8, now);
        instrumentSha256.isEmpty() ? st->bindNull(9) : st->bind(9, instrumentSha256);
        if (auto e = st->exec(); !e)
            return e;
        return audit(QStringLiteral("create"), QStringLiteral("interview"), id,
                     QStringLiteral("%1@%2").arg(instrumentId, instrumentVersion));
    });
    if (!r)
        return r.error();
    return id;
}

static Interview readInterview(const Statement& st)
{
    return Interview{
        st.text(0),  st.text(1), st.text(2), st.text(3),  st.text(4),  st.text(5),        statusFromName(st.text(6)),
        st.int64(7), st.text(8), st.text(9), st.text(10), st.text(11), st.int64(12) != 0, st.int64(13) != 0};
}

#define BASELINE_INTERVIEW_COLUMNS(revision)                                                                           \
    "id, coalesce(assessment_id, ''), instrument_id, instrument_version, coalesce(assessor_id, ''), device_id, "       \
    "status, " revision ", started_at, updated_at, coalesce(instrument_sha256, ''), coalesce(origin, ''), conflict, "  \
    "purged_at IS NOT NULL"
static const char* const InterviewColumns = BASELINE_INTERVIEW_COLUMNS(
    "(SELECT coalesce(max(rev), 0) FROM answer_event e WHERE e.interview_id = interview.id) + "
    "(SELECT coalesce(max(rev), 0) FROM received_event r WHERE r.interview_id = interview.id AND r.origin = "
    "interview.origin)");
static const char* const InterviewColumnsWithoutRevision = BASELINE_INTERVIEW_COLUMNS("0");
#undef BASELINE_INTERVIEW_COLUMNS

Result<Interview> Repository::interview(const QString& id, Revision revision)
{
    Statement& st = revision == Revision::Read ? m_interviewById : m_interviewByIdNoRevision;
    if (!st.isValid()) {
        auto prepared = m_db.prepare(
            QStringLiteral("SELECT %1 FROM interview WHERE id = ?")
                .arg(QLatin1String(revision == Revision::Read ? InterviewColumns : InterviewColumnsWithoutRevision)));
        if (!prepared)
            return prepared.error();
        st = std::move(prepared).value();
    }
    st.bind(1, id);
    Result<Interview> out = makeError(ErrorCode::NotFound, QStringLiteral("no interview with id %1").arg(id));
    if (st.step())
        out = readInterview(st);
    else if (st.error())
        out = *st.error();
    st.reset(); // never leave a read open between calls
    return out;
}

Result<QList<Interview>> Repository::interviews(Revision revision)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM interview ORDER BY started_at, id")
            .arg(QLatin1String(revision == Revision::Read ? InterviewColumns : InterviewColumnsWithoutRevision)));
    if (!st)
        return st.error();
    QList<Interview> out;
    while (st->step())
        out.append(readInterview(st.value()));
    if (st->error())
        return *st->error();
    return out;
}

Result<void> Repository::setStatus(const QString& interviewId, InterviewStatus status)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        const char* column = status == InterviewStatus::Completed ? "completed_at"
            : status == InterviewStatus::Finalized                ? "finalized_at"
                                                                  : "updated_at";
        auto st = m_db.prepare(QStringLiteral("UPDATE interview SET status = ?, %1 = ?, updated_at = ? WHERE id = ?")
                                   .arg(QLatin1String(column)));
        if (!st)
            return st.error();
        const QString now = nowIso();
        st->bind(1, interviewStatusName(status)).bind(2, now).bind(3, now).bind(4, interviewId);
        if (auto e = st->exec(); !e)
            return e;
        if (m_db.changes() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no interview with id %1").arg(interviewId));
        return audit(QStringLiteral("status"), QStringLiteral("interview"), interviewId, interviewStatusName(status));
    });
}

Result<void> Repository::prepareAnswerStatements()
{
    if (m_insertEvent.isValid())
        return {};
    auto head = m_db.prepare(QStringLiteral(
        "SELECT i.status, (SELECT coalesce(max(rev), 0) FROM answer_event e WHERE e.interview_id = i.id), "
        "i.origin IS NOT NULL OR i.purged_at IS NOT NULL FROM interview i WHERE i.id = ?"));
    if (!head)
        return head.error();
    m_interviewHead = std::move(head).value();
    auto ins = m_db.prepare(
        QStringLiteral("INSERT INTO answer_event (interview_id, rev, item_path, state, value_type, value_text, "
                       "value_int, value_real, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!ins)
        return ins.error();
    m_insertEvent = std::move(ins).value();
    return {};
}

Result<qint64> Repository::nextRevision(const QString& interviewId)
{
    m_interviewHead.bind(1, interviewId);
    const bool found = m_interviewHead.step();
    const QString status = found ? m_interviewHead.text(0) : QString();
    const qint64 rev = found ? m_interviewHead.int64(1) + 1 : 0;
    const bool elsewhere = found && m_interviewHead.int64(2) != 0;
    m_interviewHead.reset();
    if (!found)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("interview %1 does not exist; answers cannot be saved").arg(interviewId));
    if (status == QLatin1String("finalized"))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("interview %1 is finalized; its answers cannot change").arg(interviewId));
    if (elsewhere)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("interview %1 was received from another device or purged here; its answers "
                                        "cannot change on this workspace")
                             .arg(interviewId));
    return rev;
}

Result<void> Repository::appendAnswerEvent(const QString& interviewId, const QString& itemPath, const QString& state,
                                           const std::optional<Value>& value, const QString& at)
{
    if (auto p = prepareAnswerStatements(); !p)
        return p;
    return inTransaction(m_db, [&]() -> Result<void> {
        auto rev = nextRevision(interviewId);
        if (!rev)
            return rev.error();
        m_insertEvent.bind(1, interviewId).bind(2, *rev).bind(3, itemPath).bind(4, state);
        bindValue(m_insertEvent, 5, value);
        m_insertEvent.bind(9, at.isEmpty() ? nowIso() : at).bind(10, m_ws.deviceId());
        return m_insertEvent.exec();
    });
}

Result<void> Repository::saveAnswers(const QString& interviewId, const QList<AnswerWrite>& writes,
                                     const ParadataNote& paradata)
{
    if (writes.isEmpty())
        return {};
    for (const AnswerWrite& w : writes)
        if (w.answer && (w.answer->state == AnswerState::Value) != w.answer->value.has_value())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1: an answer has a value exactly when its state is 'value'").arg(w.path));
    if (auto p = prepareAnswerStatements(); !p)
        return p;
    return inTransaction(m_db, [&]() -> Result<void> {
        auto first = nextRevision(interviewId);
        if (!first)
            return first.error();
        qint64 rev = *first;
        const QString now = nowIso();
        for (const AnswerWrite& w : writes) {
            m_insertEvent.bind(1, interviewId).bind(2, rev++).bind(3, w.path);
            m_insertEvent.bind(4, w.answer ? stateName(w.answer->state) : QStringLiteral("cleared"));
            bindValue(m_insertEvent, 5, w.answer ? w.answer->value : std::nullopt);
            const QString at = w.answer && !w.answer->answeredAt.isEmpty() ? w.answer->answeredAt : now;
            m_insertEvent.bind(9, at).bind(10, m_ws.deviceId());
            if (auto e = m_insertEvent.exec(); !e)
                return e;
        }
        return writeParadata(interviewId, paradata, now);
    });
}

Result<void> Repository::writeParadata(const QString& interviewId, const ParadataNote& p, const QString& now)
{
    for (const QString& path : p.shown) {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO paradata_item (interview_id, item_path, first_shown_at) "
                                              "VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET first_shown_at = "
                                              "coalesce(first_shown_at, excluded.first_shown_at)"));
        if (!st)
            return st.error();
        st->bind(1, interviewId).bind(2, path).bind(3, now);
        if (auto e = st->exec(); !e)
            return e;
    }
    if (!p.answered.isEmpty()) {
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO paradata_item (interview_id, item_path, first_shown_at, first_answered_at, last_changed_at, "
            "changes) VALUES (?1, ?2, ?3, ?3, ?3, 1) ON CONFLICT DO UPDATE SET first_shown_at = "
            "coalesce(first_shown_at, "
            "excluded.first_shown_at), first_answered_at = coalesce(first_answered_at, excluded.first_answered_at), "
            "last_changed_at = excluded.last_changed_at, changes = changes + 1"));
        if (!st)
            return st.error();
        st->bind(1, interviewId).bind(2, p.answered).bind(3, now);
        if (auto e = st->exec(); !e)
            return e;
    }
    if (!p.visit.isEmpty()) {
        auto st = m_db.prepare(QStringLiteral("UPDATE paradata_visit SET last_active_at = ?1, last_item = coalesce(?4, "
                                              "last_item) WHERE interview_id = ?2 AND opened_at = ?3"));
        if (!st)
            return st.error();
        st->bind(1, now).bind(2, interviewId).bind(3, p.visit);
        if (p.shown.isEmpty())
            st->bindNull(4);
        else
            st->bind(4, p.shown.first());
        if (auto e = st->exec(); !e)
            return e;
    }
    return {};
}

Result<QString> Repository::lastShownItem(const QString& interviewId)
{
    auto st =
        m_db.prepare(QStringLiteral("SELECT last_item FROM paradata_visit WHERE interview_id = ? AND last_item IS "
                                    "NOT NULL ORDER BY last_active_at DESC, opened_at DESC LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, interviewId);
    if (st->step())
        return st->text(0);
    if (st->error())
        return *st->error();
    return QString();
}

Result<QString> Repository::openVisit(const QString& interviewId)
{
    const QString now = nowIso();
    auto r = inTransaction(m_db, [&]() -> Result<void> {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO paradata_visit (interview_id, opened_at, last_active_at, "
                                              "device_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        if (!st)
            return st.error();
        st->bind(1, interviewId).bind(2, now).bind(3, now).bind(4, m_ws.deviceId());
        return st->exec();
    });
    if (!r)
        return r.error();
    return now;
}

Result<void> Repository::noteParadata(const QString& interviewId, const ParadataNote& paradata)
{
    if (paradata.shown.isEmpty() && paradata.answered.isEmpty() && paradata.visit.isEmpty())
        return {};
    return inTransaction(m_db, [&]() { return writeParadata(interviewId, paradata, nowIso()); });
}

Result<InterviewParadata> Repository::paradata(const QString& interviewId)
{
    InterviewParadata out;
    auto items = m_db.prepare(QStringLiteral(
        "SELECT item_path, coalesce(first_shown_at, ''), coalesce(first_answered_at, ''), coalesce(last_changed_at, "
        "''), "
        "changes FROM paradata_item WHERE interview_id = ?1 UNION ALL SELECT item_path, coalesce(first_shown_at, ''), "
        "coalesce(first_answered_at, ''), coalesce(last_changed_at, ''), changes FROM received_paradata_item WHERE "
        "interview_id = ?1 AND origin = (SELECT origin FROM interview WHERE id = ?1) ORDER BY 2, 1"));
    if (!items)
        return items.error();
    items->bind(1, interviewId);
    while (items->step())
        out.items.append(
            ItemParadata{items->text(0), items->text(1), items->text(2), items->text(3), int(items->int64(4))});
    if (items->error())
        return *items->error();
    auto visits = m_db.prepare(QStringLiteral(
        "SELECT opened_at, last_active_at FROM paradata_visit WHERE interview_id = ?1 UNION ALL SELECT opened_at, "
        "last_active_at FROM received_paradata_visit WHERE interview_id = ?1 AND origin = (SELECT origin FROM "
        "interview WHERE id = ?1)"));
    if (!visits)
        return visits.error();
    visits->bind(1, interviewId);
    while (visits->step()) {
        ++out.visits;
        const QDateTime from = QDateTime::fromString(visits->text(0), Qt::ISODateWithMs);
        const QDateTime to = QDateTime::fromString(visits->text(1), Qt::ISODateWithMs);
        if (from.isValid() && to.isValid() && to > from)
            out.durationSeconds += from.secsTo(to);
    }
    if (visits->error())
        return *visits->error();
    return out;
}

Result<void> Repository::installInstrument(const InstalledInstrument& meta, const QByteArray& content)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        auto existing = m_db.prepare(QStringLiteral("SELECT sha256 FROM instrument WHERE id = ? AND version = ?"));
        if (!existing)
            return existing.error();
        existing->bind(1, meta.id).bind(2, meta.version);
        if (existing->step()) {
            if (existing->text(0) == meta.sha256)
                return {};
            return makeError(ErrorCode::AlreadyExists,
                             QStringLiteral("instrument %1 version %2 already exists with different content; increase "
                                            "the version")
                                 .arg(meta.id, meta.version));
        }
        auto st = m_db.prepare(QStringLiteral("INSERT INTO instrument (id, version, sha256, content, title, service, "
                                              "installed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        st->bind(1, meta.id).bind(2, meta.version).bind(3, meta.sha256).bind(4, content);
        st->bind(5, meta.title).bind(6, meta.service).bind(7, nowIso());
        if (auto e = st->exec(); !e)
            return e;
        return audit(QStringLiteral("install"), QStringLiteral("instrument"), meta.id,
                     QStringLiteral("%1 sha256 %2").arg(meta.version, meta.sha256));
    });
}

Result<QList<InstalledInstrument>> Repository::instruments()
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, version, sha256, title, service, installed_at FROM instrument ORDER BY id, installed_at"));
    if (!st)
        return st.error();
    QList<InstalledInstrument> out;
    while (st->step())
        out.append({st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5)});
    if (st->error())
        return *st->error();
    return out;
}

Result<QByteArray> Repository::instrumentContent(const QString& id, const QString& version)
{
    auto st = m_db.prepare(QStringLiteral("SELECT content FROM instrument WHERE id = ? AND version = ?"));
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, version);
    if (st->step())
        return st->blob(0);
    if (st->error())
        return *st->error();
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("instrument %1 version %2 is not installed in this workspace").arg(id, version));
}

Result<void> Repository::saveAnswer(const QString& interviewId, const Answer& answer)
{
    if ((answer.state == AnswerState::Value) != answer.value.has_value())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: an answer has a value exactly when its state is 'value'").arg(answer.itemPath));
    return appendAnswerEvent(interviewId, answer.itemPath, stateName(answer.state), answer.value, answer.answeredAt);
}

Result<void> Repository::clearAnswer(const QString& interviewId, const QString& itemPath)
{
    return appendAnswerEvent(interviewId, itemPath, QStringLiteral("cleared"), std::nullopt, {});
}

Result<QList<AnswerEvent>> Repository::answerHistory(const QString& interviewId)
{
    // An interview received from another device reads the copy its row shows (sync/sync.cpp settleInterview).
    if (!m_history.isValid()) {
        auto prepared = m_db.prepare(QStringLiteral(
            "SELECT rev, item_path, state, at, actor, value_type, value_text, value_int, value_real FROM answer_event "
            "WHERE interview_id = ?1 UNION ALL SELECT rev, item_path, state, at, actor, value_type, value_text, "
            "value_int, value_real FROM received_event WHERE interview_id = ?1 AND origin = (SELECT origin FROM "
            "interview WHERE id = ?1) ORDER BY 1"));
        if (!prepared)
            return prepared.error();
        m_history = std::move(prepared).value();
    }
    struct ResetOnExit {
        Statement& s;
        ~ResetOnExit() { s.reset(); }
    } resetOnExit{m_history};
    Statement* st = &m_history;
    st->bind(1, interviewId);
    QList<AnswerEvent> out;
    while (st->step()) {
        const QString state = st->text(2);
        AnswerEvent e;
        e.rev = st->int64(0);
        e.cleared = state == QLatin1String("cleared");
        e.answer =
            Answer{st->text(1), stateFromName(state).value_or(AnswerState::Value), readValue(*st, 5), st->text(3)};
        e.actor = st->text(4);
        out.append(std::move(e));
    }
    if (st->error())
        return *st->error();
    return out;
}

Result<QList<Answer>> Repository::answers(const QString& interviewId)
{
    // The current answers without building the history: the highest rev of each item path wins (whatever order the
    // rows come in), a cleared one removes the answer. Scoring reads every interview of an agency through here.
    if (!m_current.isValid()) {
        auto prepared = m_db.prepare(QStringLiteral(
            "SELECT rev, item_path, state, at, value_type, value_text, value_int, value_real FROM answer_event "
            "WHERE interview_id = ?1 UNION ALL SELECT rev, item_path, state, at, value_type, value_text, value_int, "
            "value_real FROM received_event WHERE interview_id = ?1 AND origin = (SELECT origin FROM interview WHERE "
            "id = ?1)"));
        if (!prepared)
            return prepared.error();
        m_current = std::move(prepared).value();
    }
    struct ResetOnExit {
        Statement& s;
        ~ResetOnExit() { s.reset(); }
    } resetOnExit{m_current};
    Statement& st = m_current;
    st.bind(1, interviewId);
    struct Latest {
        qint64 rev = 0;
        bool cleared = false;
        Answer answer;
    };
    QHash<QString, Latest> latest;
    while (st.step()) {
        const qint64 rev = st.int64(0);
        QString path = st.text(1);
        auto it = latest.find(path);
        if (it != latest.end() && it->rev > rev)
            continue;
        const QByteArrayView state = st.utf8(2);
        Latest l;
        l.rev = rev;
        l.cleared = state == "cleared";
        if (!l.cleared)
            l.answer = Answer{path, stateFromName(state).value_or(AnswerState::Value), readValue(st, 4), st.text(3)};
        if (it == latest.end())
            latest.insert(std::move(path), std::move(l));
        else
            *it = std::move(l);
    }
    if (st.error())
        return *st.error();
    QList<Answer> out;
    out.reserve(latest.size());
    for (auto& l : latest)
        if (!l.cleared)
            out.append(std::move(l.answer));
    std::sort(out.begin(), out.end(), [](const Answer& a, const Answer& b) { return a.itemPath < b.itemPath; });
    return out;
}

Result<std::optional<Repository::StoredUnits>> Repository::storedUnits(const QString& interviewId)
{
    if (!m_units.isValid()) {
        auto prepared = m_db.prepare(QStringLiteral(
            "SELECT origin, instrument_sha256, format, units FROM interview_units WHERE interview_id = ?"));
        if (!prepared)
            return prepared.error();
        m_units = std::move(prepared).value();
    }
    struct ResetOnExit {
        Statement& s;
        ~ResetOnExit() { s.reset(); }
    } resetOnExit{m_units};
    m_units.bind(1, interviewId);
    if (!m_units.step()) {
        if (m_units.error())
            return *m_units.error();
        return std::optional<StoredUnits>();
    }
    return std::optional<StoredUnits>(
        StoredUnits{m_units.text(0), m_units.text(1), static_cast<int>(m_units.int64(2)), m_units.blob(3)});
}

Result<void> Repository::storeUnits(const QList<QPair<QString, StoredUnits>>& rows)
{
    if (rows.isEmpty())
        return {};
    return inTransaction(m_db, [&]() -> Result<void> {
        auto st = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO interview_units (interview_id, origin, "
                                              "instrument_sha256, format, units) VALUES (?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        for (const auto& [id, u] : rows) {
            st->bind(1, id).bind(2, u.origin).bind(3, u.instrumentSha256).bind(4, u.format).bind(5, u.units);
            if (auto e = st->exec(); !e)
                return e;
        }
        return {};
    });
}

Result<QString> Repository::addAttachment(const QString& interviewId, const QString& fileName, const QString& mediaType,
                                          const QByteArray& data)
{
    const QString id = newId();
    auto r = inTransaction(m_db, [&]() -> Result<void> {
        auto st =
            m_db.prepare(QStringLiteral("INSERT INTO attachment (id, interview_id, file_name, media_type, sha256, "
                                        "data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        st->bind(1, id).bind(2, interviewId).bind(3, fileName).bind(4, mediaType);
        st->bind(5, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        st->bind(6, data).bind(7, nowIso());
        if (auto e = st->exec(); !e)
            return e;
        return audit(QStringLiteral("attach"), QStringLiteral("interview"), interviewId, id);
    });
    if (!r)
        return r.error();
    return id;
}

Result<QByteArray> Repository::attachmentData(const QString& attachmentId)
{
    auto st = m_db.prepare(QStringLiteral("SELECT data FROM attachment WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, attachmentId);
    if (st->step())
        return st->blob(0);
    if (st->error())
        return *st->error();
    return makeError(ErrorCode::NotFound, QStringLiteral("no attachment with id %1").arg(attachmentId));
}

Result<QList<AuditEntry>> Repository::auditLog(qint64 afterSeq)
{
    auto st = m_db.prepare(QStringLiteral("SELECT seq, at, actor, action, entity, coalesce(entity_id, ''), "
                                          "coalesce(detail, '') FROM audit_log WHERE seq > ? ORDER BY seq"));
    if (!st)
        return st.error();
    st->bind(1, afterSeq);
    QList<AuditEntry> out;
    while (st->step())
        out.append(
            AuditEntry{st->int64(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6)});
    if (st->error())
        return *st->error();
    return out;
}

Result<void> Repository::countConsentRefusal(const QString& instrumentId)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        auto st = m_db.prepare(
            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = "
                           "CAST(CAST(value AS INTEGER) + 1 AS TEXT)"));
        if (!st)
            return st.error();
        st->bind(1, QStringLiteral("consent_refusals:") + instrumentId);
        return st->exec();
    });
}

Result<qint64> Repository::consentRefusals(const QString& instrumentId)
{
    auto st = m_db.prepare(QStringLiteral("SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?"));
    if (!st)
        return st.error();
    st->bind(1, QStringLiteral("consent_refusals:") + instrumentId);
    if (st->step())
        return st->int64(0);
    if (st->error())
        return *st->error();
    return qint64{0};
}

} // namespace baseline
