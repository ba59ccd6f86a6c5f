// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/kdf.h"
#include "crypto/securebytes.h"
#include "store/sqlite.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace baseline {

/** What unlocking a folder would meet, without a passphrase: lets the app choose "create" or "unlock". */
enum class WorkspaceState { Missing, Present, NotAWorkspace };

struct CreateOptions {
    /** Argon2id parameters; empty = calibrate on this machine (about 0.5 s per unlock). Tests pass cheap ones. */
    std::optional<KdfParams> kdf;
    /** SQLite VFS to use; empty = the platform's. Tests use this to inject faults (disk full). */
    QString vfs;
    QString deviceName;
};

struct OpenOptions {
    QString vfs;
};

struct IntegrityReport {
    bool ok = false;
    QStringList problems; ///< empty when ok
};

/**
 * One encrypted workspace: a folder holding `workspace.db` (SQLCipher 4, raw 256-bit key) and `workspace.key`
 * (Argon2id parameters, salt and a key check, none of them secret). The key lives only while the workspace is open;
 * lock() closes the connection and wipes it.
 */
class Workspace
{
public:
    static constexpr const char* DatabaseFile = "workspace.db";
    static constexpr const char* KeyFile = "workspace.key";
    static constexpr int PageSize = 4096;

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    static WorkspaceState probe(const QString& folder);

    /** Creates a new workspace in `folder` (created if needed; must not already hold one). */
    static Result<std::unique_ptr<Workspace>> create(const QString& folder, const SecureBytes& passphrase,
                                                     const CreateOptions& options = {});
    /** Unlocks an existing workspace. A wrong passphrase leaves every file byte-for-byte unchanged. */
    static Result<std::unique_ptr<Workspace>> open(const QString& folder, const SecureBytes& passphrase,
                                                   const OpenOptions& options = {});

    /** Closes the database and wipes the key. The object is then unusable except for isOpen(). */
    void lock();
    bool isOpen() const { return m_db.isOpen(); }

    /** Re-encrypts the database under a key from a new passphrase. Crash-safe: see docs/data-model.md. */
    Result<void> changePassphrase(const SecureBytes& current, const SecureBytes& next,
                                  std::optional<KdfParams> kdf = std::nullopt);
    /** cipher_integrity_check (every page's HMAC) plus quick_check (b-tree structure). */
    Result<IntegrityReport> checkIntegrity();
    /** Writes an encrypted copy into a new folder with sqlcipher_export (never a copy of the live file). The copy
     *  opens with the same passphrase. */
    Result<void> backupTo(const QString& folder);

    Connection& db() { return m_db; }
    QString folder() const { return m_folder; }
    QString databasePath() const;
    int schemaVersion() const { return m_schemaVersion; }
    QString deviceId() const { return m_deviceId; }
    QString cipherVersion() const { return m_cipherVersion; }

    /** The delay before another unlock attempt, given how many failed in a row: none for the first five, then
     *  doubling from 1 s up to 60 s. Argon2 itself already costs ~0.5 s per attempt. */
    static std::chrono::milliseconds unlockDelay(int consecutiveFailures);
    /** Failed attempts on `folder` in this process since its last successful unlock. */
    static int failedAttempts(const QString& folder);
    /** Replaces the sleep used for the unlock delay (tests record it instead of waiting). */
    static void setSleeper(std::function<void(std::chrono::milliseconds)> sleeper);

private:
    Workspace() = default;
    Result<void> configure(bool fresh);

    QString m_folder;
    Connection m_db;
    SecureBytes m_key;
    KdfParams m_kdf;
    QString m_vfs;
    QString m_deviceId;
    QString m_cipherVersion;
    int m_schemaVersion = 0;
};

} // namespace baseline
