// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebytes.h"
#include "sync/envelope.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace baseline {
class Workspace;
}

namespace baseline::sync {

/** This workspace's identity: created with the workspace (or on first use for older ones), secret keys only inside
 *  the encrypted database and, while in use, in guarded memory. */
struct Identity {
    QString deviceId;
    QString name;
    QByteArray signPk;
    QByteArray boxPk;
    QString fingerprint;
};

/** Creates the key pairs if the workspace has none yet. Called when a workspace is opened or created. */
Result<void> ensureIdentity(Workspace& ws);
Result<Identity> identity(Workspace& ws);

enum class Role { Coordinator, Assessor };
QString roleName(Role role);

/** A public identity file (JSON): what a device gives to the other side to be enrolled. Not secret. */
QByteArray identityFile(const Identity& id, Role role);

struct Peer {
    QString deviceId;
    QString name;
    Role role = Role::Assessor;
    QByteArray signPk;
    QByteArray boxPk;
    QString fingerprint;
    QString enrolledAt;
    QString revokedAt; ///< empty while active
};

/** Enrols the device described by an identity file: a coordinator enrols its assessors, an assessor its coordinator
 *  (the team file). The caller has compared the fingerprint with the other side. Enrolling the same keys again is a
 *  no-op; another key under an enrolled device id is refused. */
Result<Peer> enrol(Workspace& ws, const QByteArray& identityJson, const QString& source);
Result<void> revoke(Workspace& ws, const QString& deviceId);
Result<QList<Peer>> peers(Workspace& ws);

struct ExportOptions {
    QString coordinatorId; ///< empty: the only enrolled coordinator
    bool all = false; ///< every interview, not only those changed since the last package
    bool finalizedOnly = false;
};

struct ExportSummary {
    QString packageId;
    QString file;
    int interviews = 0;
    qint64 bytes = 0;
};

/** Writes a result package of the interviews changed since the last package (or all) to `file`, atomically (a
 *  temporary file, flushed to disk, then renamed). With nothing to send, returns an error saying so. */
Result<ExportSummary> exportResults(Workspace& ws, const QString& file, const ExportOptions& options = {});

struct ImportOutcome {
    Problem problem = Problem::None; ///< None or AlreadyImported when accepted
    QString message; ///< for the person: what happened, or why it was refused
    PackageKind kind = PackageKind::Result;
    QString packageId;
    QString sender; ///< device name
    int interviewsNew = 0;
    int interviewsUpdated = 0;
    int interviewsUnchanged = 0;
    int conflicts = 0; ///< interviews flagged for review after this import
    bool accepted() const { return problem == Problem::None || problem == Problem::AlreadyImported; }
};

/** Verifies, decrypts, validates and applies one package (result, receipt or assignment) in one transaction.
 *  Refusals change nothing. */
ImportOutcome importPackage(Workspace& ws, const QByteArray& file, const QString& fileName);
ImportOutcome importPackageFile(Workspace& ws, const QString& path);

/** The coordinator's receipt for an imported result package: a signed list of every interview merged from it, at
 *  the revision merged, sealed to the assessor. Written atomically. */
Result<ExportSummary> writeReceipt(Workspace& ws, const QString& resultPackageId, const QString& file);

/** The coordinator's assignment package for one enrolled assessor: the assessments (with their agencies, parents
 *  first) and the instrument files they use, signed and sealed to that assessor, written atomically. Importing it
 *  installs the instruments (checked by the loader), adds or updates the agencies and assessments, and records the
 *  assignment. */
Result<ExportSummary> writeAssignment(Workspace& ws, const QString& assessorId, const QStringList& assessmentIds,
                                      const QString& file);

/** Deletes the answers, attachments and audit details of interviews the coordinator's receipts confirmed at their
 *  current revision, keeping a purged stub. Returns how many were purged. Never touches undelivered ones. */
Result<int> purgeDelivered(Workspace& ws);

/** One line of the sync log: what came from whom and when, what went out, enrolments, revocations and purges
 *  (from the audit log, newest first). */
struct LogEntry {
    QString at; ///< ISO 8601 UTC, this workspace's clock
    QString action; ///< import, export, receipt, assign, enrol, revoke, purge
    QString subject; ///< package id or device id
    QString detail;
};
Result<QList<LogEntry>> syncLog(Workspace& ws, int limit = 200);

/** A logical dump of every table, ordered, for "nothing changed" and "same result in any order" checks. Columns
 *  that record when this workspace did something (imported_at and the like) are left out when `stable`. */
Result<QString> logicalDump(Workspace& ws, bool stable = false);

} // namespace baseline::sync
