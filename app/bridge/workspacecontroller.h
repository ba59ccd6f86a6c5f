// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/kdf.h"
#include "idlewatcher.h"
#include "store/workspace.h"

#include <QObject>
#include <QQmlEngine>

#include <functional>
#include <memory>
#include <optional>

namespace baseline {

/**
 * The app's one workspace: create, unlock, lock, idle lock. QML binds to `stage` to choose the page. Key derivation
 * runs on a worker thread so the window stays responsive; `busy` is true meanwhile.
 */
class WorkspaceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString folder READ folder CONSTANT)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString lockReason READ lockReason NOTIFY stageChanged)
    Q_PROPERTY(int idleLockMinutes READ idleLockMinutes WRITE setIdleLockMinutes NOTIFY idleLockChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    Q_PROPERTY(bool decoy READ decoy NOTIFY decoyChanged)

public:
    enum class Stage { NeedsCreate, Locked, Unlocked };
    Q_ENUM(Stage)

    struct Options {
        QString folder;
        int idleLockSecondsOverride = 0; ///< > 0: ignore the workspace's setting (tests, --idle-lock)
        std::optional<KdfParams> kdf; ///< tests only: cheap parameters for new workspaces
    };
    /** Call before the QML engine first asks for the singleton. */
    static void configure(const Options& options);
    static WorkspaceController* create(QQmlEngine* qml, QJSEngine* js);
    static WorkspaceController* instance();

    QString folder() const { return m_options.folder; }
    Stage stage() const { return m_stage; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_error; }
    QString lockReason() const { return m_lockReason; }
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    int minimumPassphraseLength() const;

    Q_INVOKABLE void createWorkspace(const QString& passphrase, const QString& confirmation);
    Q_INVOKABLE void unlock(const QString& passphrase);
    Q_INVOKABLE void lock();
    /** Respondent safety: at once lock (every answer is already committed) and show a neutral decoy page; the
     *  passphrase is needed to come back, to the same screen. */
    Q_INVOKABLE void quickExit();
    /** From the decoy page to the unlock page. */
    Q_INVOKABLE void leaveDecoy();
    bool decoy() const { return m_decoy; }
    Q_INVOKABLE int strengthScore(const QString& passphrase) const;
    Q_INVOKABLE QString strengthHint(const QString& passphrase) const;

    /** The open workspace, or null when locked. */
    Workspace* workspace() const { return m_workspace.get(); }

Q_SIGNALS:
    void stageChanged();
    void busyChanged();
    void errorMessageChanged();
    void idleLockChanged();
    void decoyChanged();
    /** Emitted after the workspace was opened; other bridge objects reload then. */
    void opened();
    /** Emitted just before the workspace closes; other bridge objects drop what they hold. */
    void aboutToLock();

private:
    explicit WorkspaceController(const Options& options, QObject* parent = nullptr);
    void setBusy(bool busy);
    void setError(const QString& message);
    void setStage(Stage stage);
    void adopt(std::unique_ptr<Workspace> workspace);
    void lockWithReason(const QString& reason);
    void openInBackground(std::function<Result<std::unique_ptr<Workspace>>()> job);

    Options m_options;
    Stage m_stage = Stage::NeedsCreate;
    bool m_busy = false;
    QString m_error;
    QString m_lockReason;
    bool m_decoy = false;
    int m_idleSeconds = 300;
    std::unique_ptr<Workspace> m_workspace;
    IdleWatcher m_idle;
};

} // namespace baseline
