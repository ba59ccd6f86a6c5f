// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/answer.h"
#include "store/sqlite.h"

#include <QList>
#include <QString>

#include <optional>

namespace baseline {

class Workspace;

enum class AgencyKind { NationalService, RegionalCommand, Unit, Station };
QString agencyKindName(AgencyKind kind);
std::optional<AgencyKind> agencyKindFromName(const QString& name);

struct Agency {
    QString id;
    QString name;
    AgencyKind kind = AgencyKind::Station;
    QString region;
    QString parentId;
};

struct Assessment {
    QString id;
    QString agencyId;
    QString title;
    QDate periodStart;
    QDate periodEnd;
    std::optional<int> targetSample;
    QList<QPair<QString, QString>> instruments; ///< (instrument id, version)
};

enum class InterviewStatus { InProgress, Completed, Finalized };
QString interviewStatusName(InterviewStatus status);

struct Interview {
    QString id;
    QString assessmentId;
    QString instrumentId;
    QString instrumentVersion;
    QString assessorId;
    QString deviceId;
    InterviewStatus status = InterviewStatus::InProgress;
    qint64 revision = 0;
    QString startedAt;
    QString updatedAt;
};

struct AuditEntry {
    qint64 seq = 0;
    QString at;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString detail;
};

/**
 * Reads and writes the workspace's records. Every write is its own transaction that also appends to the audit log;
 * when a write returns ok, it is on disk (WAL, synchronous=FULL). Prepared statements for the answer path are kept.
 */
class Repository
{
public:
    explicit Repository(Workspace& workspace);

    Result<QString> addAgency(const Agency& agency);
    Result<void> updateAgency(const Agency& agency);
    Result<QList<Agency>> agencies();

    Result<QString> addAssessment(const Assessment& assessment);
    Result<QList<Assessment>> assessments(const QString& agencyId = {});

    Result<QString> createInterview(const QString& assessmentId, const QString& instrumentId,
                                    const QString& instrumentVersion, const QString& assessorId = {});
    Result<Interview> interview(const QString& id);
    Result<QList<Interview>> interviews();
    Result<void> setStatus(const QString& interviewId, InterviewStatus status);

    /** Stores one answer in its own transaction (upsert), bumps the interview's revision, appends to the audit log. */
    Result<void> saveAnswer(const QString& interviewId, const Answer& answer);
    Result<void> clearAnswer(const QString& interviewId, const QString& itemPath);
    Result<QList<Answer>> answers(const QString& interviewId);

    Result<QString> addAttachment(const QString& interviewId, const QString& fileName, const QString& mediaType,
                                  const QByteArray& data);
    Result<QByteArray> attachmentData(const QString& attachmentId);

    Result<QList<AuditEntry>> auditLog(qint64 afterSeq = 0);

private:
    Result<void> audit(const QString& action, const QString& entity, const QString& entityId,
                       const QString& detail = {});

    Workspace& m_ws;
    Connection& m_db;
    Statement m_upsertAnswer;
    Statement m_bumpInterview;
    Statement m_insertAudit;
};

} // namespace baseline
