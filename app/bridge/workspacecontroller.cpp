// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecontroller.h"

#include "passphrasestrength.h"
#include "store/sqlite.h"

#include <QGuiApplication>
#include <QPointer>
#include <QThread>

namespace baseline {

namespace {
WorkspaceController::Options g_options;
WorkspaceController* g_instance = nullptr;
constexpr int DefaultIdleSeconds = 300;
} // namespace

void WorkspaceController::configure(const Options& options)
{
    g_options = options;
    // A new engine asks create() again: give it a controller for the new options (tests open several workspaces).
    delete g_instance;
    g_instance = nullptr;
}

WorkspaceController* WorkspaceController::create(QQmlEngine*, QJSEngine*)
{
    if (!g_instance)
        g_instance = new WorkspaceController(g_options, QCoreApplication::instance());
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

WorkspaceController* WorkspaceController::instance()
{
    return g_instance;
}

WorkspaceController::WorkspaceController(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_stage = Workspace::probe(m_options.folder) == WorkspaceState::Missing ? Stage::NeedsCreate : Stage::Locked;
    connect(&m_idle, &IdleWatcher::idle, this, [this] {
        lockWithReason(tr("Locked after %n minute(s) without use.", nullptr, std::max(1, m_idleSeconds / 60)));
    });
    // On tablets the system may suspend the app at any time: lock rather than leave answers open in memory.
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationSuspended && m_workspace)
                lockWithReason(tr("Locked because the app was sent to the background."));
        });
}

void WorkspaceController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void WorkspaceController::setError(const QString& message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorMessageChanged();
    }
}

void WorkspaceController::setStage(Stage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        Q_EMIT stageChanged();
    }
}

int WorkspaceController::minimumPassphraseLength() const
{
    return MinPassphraseLength;
}

int WorkspaceController::strengthScore(const QString& passphrase) const
{
    return estimateStrength(passphrase).score;
}

QString WorkspaceController::strengthHint(const QString& passphrase) const
{
    if (passphrase.isEmpty())
        return tr("Use four or more unrelated words, or at least %1 characters.").arg(MinPassphraseLength);
    if (passphrase.size() < MinPassphraseLength)
        return tr("Too short: at least %1 characters.").arg(MinPassphraseLength);
    switch (estimateStrength(passphrase).score) {
    case 0:
    case 1:
        return tr("Weak: add more words or characters.");
    case 2:
        return tr("Fair: a few more words would make it strong.");
    case 3:
        return tr("Good.");
    default:
        return tr("Strong.");
    }
}

int WorkspaceController::idleLockMinutes() const
{
    return std::max(1, m_idleSeconds / 60);
}

void WorkspaceController::setIdleLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 120);
    if (m_idleSeconds == minutes * 60)
        return;
    m_idleSeconds = minutes * 60;
    m_idle.setTimeout(m_idleSeconds);
    if (m_workspace) {
        auto st = m_workspace->db().prepare(
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('idle_lock_seconds', ?) ON CONFLICT (key) DO "
                           "UPDATE SET value = excluded.value"));
        if (st) {
            st->bind(1, QString::number(m_idleSeconds));
            if (auto r = st->exec(); !r)
                setError(r.message());
        }
    }
    Q_EMIT idleLockChanged();
}

void WorkspaceController::adopt(std::unique_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_idleSeconds = DefaultIdleSeconds;
    if (auto v = m_workspace->db().scalarText(
            QStringLiteral("SELECT coalesce((SELECT value FROM settings WHERE key = 'idle_lock_seconds'), '')"));
        v && !v.value().isEmpty())
        m_idleSeconds = std::max(60, v.value().toInt());
    if (m_options.idleLockSecondsOverride > 0)
        m_idleSeconds = m_options.idleLockSecondsOverride;
    m_idle.setTimeout(m_idleSeconds);
    m_idle.setEnabled(true);
    m_lockReason.clear();
    setError({});
    setStage(Stage::Unlocked);
    Q_EMIT idleLockChanged();
    Q_EMIT opened();
}

void WorkspaceController::createWorkspace(const QString& passphrase, const QString& confirmation)
{
    if (m_busy)
        return;
    if (passphrase != confirmation) {
        setError(tr("The two passphrases differ. Type the same passphrase twice."));
        return;
    }
    if (passphrase.size() < MinPassphraseLength) {
        setError(tr("The passphrase is too short: use at least %1 characters.").arg(MinPassphraseLength));
        return;
    }
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passphrase));
    const Options options = m_options;
    openInBackground([secret, options] {
        CreateOptions create;
        create.kdf = options.kdf;
        auto result = Workspace::create(options.folder, *secret, create);
        secret->wipe();
        return result;
    });
}

void WorkspaceController::unlock(const QString& passphrase)
{
    if (m_busy)
        return;
    if (passphrase.isEmpty()) {
        setError(tr("Type the workspace passphrase."));
        return;
    }
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passphrase));
    const QString folder = m_options.folder;
    openInBackground([secret, folder] {
        auto result = Workspace::open(folder, *secret);
        secret->wipe();
        return result;
    });
}

void WorkspaceController::openInBackground(std::function<Result<std::unique_ptr<Workspace>>()> job)
{
    // Argon2id takes about half a second: keep the window responsive (busy indicator) while it runs.
    setError({});
    setBusy(true);
    QPointer<WorkspaceController> self(this);
    QThread* worker = QThread::create([self, job = std::move(job)] {
        auto result = std::make_shared<Result<std::unique_ptr<Workspace>>>(job());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (!self)
                    return;
                self->setBusy(false);
                if (!result->ok()) {
                    self->setError(result->message());
                    return;
                }
                self->adopt(std::move(*result).value());
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void WorkspaceController::lock()
{
    lockWithReason(tr("Locked."));
}

void WorkspaceController::quickExit()
{
    if (!m_decoy) {
        m_decoy = true;
        Q_EMIT decoyChanged();
    }
    lockWithReason(QString());
}

void WorkspaceController::leaveDecoy()
{
    if (m_decoy) {
        m_decoy = false;
        Q_EMIT decoyChanged();
    }
}

void WorkspaceController::lockWithReason(const QString& reason)
{
    m_idle.setEnabled(false);
    if (m_workspace) {
        Q_EMIT aboutToLock();
        m_workspace->lock(); // closes the connection, wipes the key
        m_workspace.reset();
    }
    m_lockReason = reason;
    setError({});
    if (m_stage == Stage::Unlocked)
        setStage(Stage::Locked);
    else
        Q_EMIT stageChanged();
}

} // namespace baseline
