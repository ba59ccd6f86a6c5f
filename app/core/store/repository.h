// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/answer.h"
#include "store/sqlite.h"

#include <QHash>
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
    qint64 revision = 0; ///< the highest answer revision: grows with every saved answer
    QString startedAt;
    QString updatedAt;
    QString instrumentSha256; ///< hex; the exact instrument file the interview is bound to
    QString origin; ///< empty: made here; else the device whose copy this workspace received (read-only here)
    bool conflict = false; ///< received copies diverge: the coordinator reviews it; scoring leaves it out
    bool purged = false; ///< delivered, confirmed and purged from this device: no answers left
};

/** An instrument file kept in the workspace (docs/instrument-format.md §15). */
struct InstalledInstrument {
    QString id;
    QString version;
    QString sha256; ///< hex
    QString title;
    QString service;
    QString installedAt;
};

/** One change of one item's answer, as kept in the append-only answer log. */
struct AnswerEvent {
    qint64 rev = 0; ///< per-interview revision, 1, 2, 3 …
    Answer answer; ///< item path, state, value, time
    bool cleared = false; ///< the answer was withdrawn (answer.state is meaningless then)
    QString actor; ///< device id
};

/** Paradata of one item (docs/data-model.md): for quality review, never shown to the respondent. */
struct ItemParadata {
    QString itemPath;
    QString firstShownAt;
    QString firstAnsweredAt;
    QString lastChangedAt;
    int changes = 0;
};

struct InterviewParadata {
    QList<ItemParadata> items;
    int visits = 0;
    qint64 durationSeconds = 0; ///< sum over visits of (last activity - opened)
};

/** What to note beside a write: the visit it belongs to, the item the person answered, the items just shown. */
struct ParadataNote {
    QString visit; ///< opened_at of the current visit (openVisit); empty: none
    QString answered; ///< storage path of the item the person answered or cleared
    QStringList shown; ///< storage paths of the items on the screen just shown
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
 * Reads and writes the workspace's records. Every write is its own transaction; when it returns ok, it is on disk
 * (WAL, synchronous=FULL). Changes to records other than answers are appended to the audit log in the same
 * transaction; answers keep their own append-only log. Prepared statements for the answer path are kept.
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
    /** An indicator's target for one assessment ("instrument/indicator"), overriding the instrument's; nullopt
     *  removes the override. */
    Result<void> setAssessmentTarget(const QString& assessmentId, const QString& indicator,
                                     std::optional<double> value);
    Result<QHash<QString, double>> assessmentTargets(const QString& assessmentId);
    /** Replaces the design weights of an assessment's interviews (interview id → weight; empty removes them all).
     *  Every interview must belong to the assessment and every weight be a positive number: otherwise an error
     *  naming the first that is not, and nothing changes. */
    Result<void> setInterviewWeights(const QString& assessmentId, const QHash<QString, double>& weights);
    /** The interview's design weight, if its assessment set one (scoring counts the others 1). */
    Result<std::optional<double>> interviewWeight(const QString& interviewId);
    /** Changes an assessment's agency, title, period, target sample and instruments (all replaced). */
    Result<void> updateAssessment(const Assessment& assessment);

    /** Keeps an instrument file byte for byte. The same (id, version) with the same bytes is a no-op; with other
     *  bytes it is refused ("increase the version"). The caller has loaded and checked the file. */
    Result<void> installInstrument(const InstalledInstrument& meta, const QByteArray& content);
    Result<QList<InstalledInstrument>> instruments();
    Result<QByteArray> instrumentContent(const QString& id, const QString& version);

    Result<QString> createInterview(const QString& assessmentId, const QString& instrumentId,
                                    const QString& instrumentVersion, const QString& assessorId = {},
                                    const QString& instrumentSha256 = {});
    /** Without the revision (left 0), no answer log is read: scoring reads thousands of rows. */
    enum class Revision { Read, Skip };
    Result<Interview> interview(const QString& id, Revision revision = Revision::Read);
    Result<QList<Interview>> interviews(Revision revision = Revision::Read);
    Result<void> setStatus(const QString& interviewId, InterviewStatus status);

    /** Saves one answer in its own transaction: one row appended to the interview's answer log, which is also the
     *  audit trail of answers. Refused for finalized or unknown interviews. */
    Result<void> saveAnswer(const QString& interviewId, const Answer& answer);
    /** Appends several answer-log events in one transaction (an answer and the calculated values and repeat
     *  instances it changed), numbered consecutively. All or nothing. */
    Result<void> saveAnswers(const QString& interviewId, const QList<AnswerWrite>& writes,
                             const ParadataNote& paradata = {});
    /** Starts a visit of an interview (the runner or a script opened it); returns its key. */
    Result<QString> openVisit(const QString& interviewId);
    /** Records paradata on its own (a screen shown without any answer written). */
    Result<void> noteParadata(const QString& interviewId, const ParadataNote& paradata);
    Result<InterviewParadata> paradata(const QString& interviewId);
    /** Where the interview was left: the first item of the last screen shown (empty if none was recorded). */
    Result<QString> lastShownItem(const QString& interviewId);
    /** Withdraws an item's answer (recorded as a 'cleared' event; history keeps the earlier value). */
    Result<void> clearAnswer(const QString& interviewId, const QString& itemPath);
    /** The current answer of every item, by item path. */
    Result<QList<Answer>> answers(const QString& interviewId);
    /** Every change, oldest first. */
    Result<QList<AnswerEvent>> answerHistory(const QString& interviewId);

    /** Scoring's derived data for one interview (schema/migrations/0006): a new answer deletes it; valid only while
     *  the other key fields match. */
    struct StoredUnits {
        QString origin;
        QString instrumentSha256;
        int format = 0;
        QByteArray units;
    };
    Result<std::optional<StoredUnits>> storedUnits(const QString& interviewId);
    /** A read transaction over this workspace (see ReadTransaction): begin() it around a long run of reads. */
    ReadTransaction readTransaction() { return ReadTransaction(m_db); }
    /** Writes (or replaces) the rows in one transaction. */
    Result<void> storeUnits(const QList<QPair<QString, StoredUnits>>& rows);

    Result<QString> addAttachment(const QString& interviewId, const QString& fileName, const QString& mediaType,
                                  const QByteArray& data);
    Result<QByteArray> attachmentData(const QString& attachmentId);

    Result<QList<AuditEntry>> auditLog(qint64 afterSeq = 0);

    /** A respondent declined: only the count per instrument is kept (no interview, no answer, no time of day). */
    Result<void> countConsentRefusal(const QString& instrumentId);
    Result<qint64> consentRefusals(const QString& instrumentId);

private:
    Result<void> audit(const QString& action, const QString& entity, const QString& entityId,
                       const QString& detail = {});

    Result<void> appendAnswerEvent(const QString& interviewId, const QString& itemPath, const QString& state,
                                   const std::optional<Value>& value, const QString& at);
    Result<void> prepareAnswerStatements();
    /** The next revision of a writable interview, or an error if it is unknown or finalized. */
    Result<qint64> nextRevision(const QString& interviewId);
    /** Inside an open transaction. */
    Result<void> writeParadata(const QString& interviewId, const ParadataNote& paradata, const QString& now);

    Workspace& m_ws;
    Connection& m_db;
    Statement m_interviewHead;
    Statement m_interviewById; ///< read paths used once per interview when scoring thousands: prepared once
    Statement m_history;
    Statement m_current;
    Statement m_units;
    Statement m_interviewByIdNoRevision;
    Statement m_weight;
    Statement m_insertEvent;
    Statement m_insertAudit;
};

} // namespace baseline
