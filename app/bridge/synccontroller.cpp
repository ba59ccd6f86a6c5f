// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "sync/sync.h"
#include "workspacecontroller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

namespace baseline {

namespace {

SyncController* g_instance = nullptr;

Workspace* workspace()
{
    WorkspaceController* wc = WorkspaceController::instance();
    return wc ? wc->workspace() : nullptr;
}

/** QML hands over file: URLs from dialogs and plain paths from text fields; both are accepted. */
QString localPath(const QString& pathOrUrl)
{
    const QString trimmed = pathOrUrl.trimmed();
    if (trimmed.startsWith(QLatin1String("file:")))
        return QUrl(trimmed).toLocalFile();
    return trimmed;
}

} // namespace

SyncController* SyncController::create(QQmlEngine*, QJSEngine*)
{
    if (!g_instance)
        g_instance = new SyncController(QCoreApplication::instance());
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

SyncController* SyncController::instance()
{
    return g_instance;
}

void SyncController::reset()
{
    delete g_instance;
    g_instance = nullptr;
}

SyncController::SyncController(QObject* parent)
    : QObject(parent)
{
    WorkspaceController* ws = WorkspaceController::instance();
    if (!ws)
        ws = WorkspaceController::create(nullptr, nullptr);
    // Locking (idle or quick exit) leaves the sync page and forgets what was shown.
    connect(ws, &WorkspaceController::aboutToLock, this, [this] {
        m_queue.clear();
        m_results.clear();
        m_peers.clear();
        m_log.clear();
        m_fingerprint.clear();
        m_message.clear();
        if (m_shown) {
            m_shown = false;
            Q_EMIT shownChanged();
        }
        Q_EMIT changed();
        Q_EMIT resultsChanged();
        Q_EMIT progressChanged();
        Q_EMIT messageChanged();
    });
}

double SyncController::progress() const
{
    return m_total == 0 ? 0.0 : double(m_total - m_queue.size()) / double(m_total);
}

void SyncController::say(const QString& message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    Q_EMIT messageChanged();
}

void SyncController::show()
{
    refresh();
    m_message.clear();
    Q_EMIT messageChanged();
    m_shown = true;
    Q_EMIT shownChanged();
}

void SyncController::hide()
{
    m_shown = false;
    Q_EMIT shownChanged();
}

void SyncController::refresh()
{
    Workspace* ws = workspace();
    if (!ws)
        return;
    if (auto id = sync::identity(*ws)) {
        m_deviceId = id->deviceId;
        m_deviceName = id->name;
        m_fingerprint = id->fingerprint;
    }
    m_peers.clear();
    if (auto list = sync::peers(*ws))
        for (const auto& p : *list)
            m_peers.append(QVariantMap{{QStringLiteral("deviceId"), p.deviceId},
                                       {QStringLiteral("name"), p.name},
                                       {QStringLiteral("coordinator"), p.role == sync::Role::Coordinator},
                                       {QStringLiteral("fingerprint"), p.fingerprint},
                                       {QStringLiteral("revoked"), !p.revokedAt.isEmpty()}});
    m_log.clear();
    if (auto entries = sync::syncLog(*ws, 50))
        for (const auto& e : *entries)
            m_log.append(QVariantMap{{QStringLiteral("at"), e.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("subject"), e.subject.left(12)},
                                     {QStringLiteral("detail"), e.detail}});
    Q_EMIT changed();
}

bool SyncController::saveIdentity(const QString& folder, bool coordinator)
{
    Workspace* ws = workspace();
    auto id =
        ws ? sync::identity(*ws) : Result<sync::Identity>(Error{ErrorCode::Locked, tr("The workspace is locked.")});
    if (!id) {
        say(id.message(), true);
        return false;
    }
    const QString dir = localPath(folder);
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        say(tr("Choose a folder that exists: %1").arg(dir), true);
        return false;
    }
    const QString file =
        QDir(dir).filePath(coordinator ? QStringLiteral("baseline-team.json")
                                       : QStringLiteral("baseline-identity-%1.json").arg(id->deviceId.left(8)));
    QFile f(file);
    const QByteArray bytes = sync::identityFile(*id, coordinator ? sync::Role::Coordinator : sync::Role::Assessor);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
        say(tr("Could not write %1 (%2).").arg(file, f.errorString()), true);
        return false;
    }
    say(tr("Saved %1. Read your fingerprint to the other side when they enrol it.").arg(file), false);
    return true;
}

bool SyncController::enrol(const QString& file)
{
    Workspace* ws = workspace();
    if (!ws)
        return false;
    const QString path = localPath(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        say(tr("Could not read %1 (%2).").arg(path, f.errorString()), true);
        return false;
    }
    auto peer = sync::enrol(*ws, f.read(64 * 1024 + 1), path);
    if (!peer) {
        say(peer.message(), true);
        return false;
    }
    refresh();
    say(tr("Enrolled %1. Check that this fingerprint is the one they read to you: %2")
            .arg(peer->name, peer->fingerprint),
        false);
    return true;
}

bool SyncController::revoke(const QString& deviceId)
{
    Workspace* ws = workspace();
    if (!ws)
        return false;
    if (auto r = sync::revoke(*ws, deviceId); !r) {
        say(r.message(), true);
        return false;
    }
    refresh();
    say(tr("Revoked. Packages from that device will be refused."), false);
    return true;
}

bool SyncController::exportResults(const QString& folder, bool all)
{
    Workspace* ws = workspace();
    if (!ws)
        return false;
    const QString dir = localPath(folder);
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        say(tr("Choose a folder that exists: %1").arg(dir), true);
        return false;
    }
    // Named by device and time, so packages from several assessors can share one folder or stick.
    const QString file = QDir(dir).filePath(
        QStringLiteral("baseline-results-%1-%2.blnpkg")
            .arg(m_deviceId.left(8), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    sync::ExportOptions o;
    o.all = all;
    auto sum = sync::exportResults(*ws, file, o);
    if (!sum) {
        say(sum.message(), sum.error().code != ErrorCode::NotFound);
        return false;
    }
    refresh();
    say(tr("Wrote %n interview(s) to %1.", nullptr, sum->interviews).arg(sum->file), false);
    return true;
}

void SyncController::importPaths(const QStringList& paths)
{
    if (!workspace() || busy())
        return;
    m_results.clear();
    m_acceptedResults.clear();
    m_queue.clear();
    for (const QString& p : paths) {
        const QString path = localPath(p);
        if (QFileInfo(path).isDir()) {
            for (const QString& f : QDir(path).entryList({QStringLiteral("*.blnpkg")}, QDir::Files, QDir::Name))
                m_queue.append(QDir(path).filePath(f));
        } else if (!path.isEmpty()) {
            m_queue.append(path);
        }
    }
    m_total = int(m_queue.size());
    Q_EMIT resultsChanged();
    Q_EMIT progressChanged();
    if (m_queue.isEmpty()) {
        say(tr("No package files there (they end in .blnpkg)."), true);
        return;
    }
    say(QString(), false);
    QTimer::singleShot(0, this, &SyncController::importNext);
}

void SyncController::importNext()
{
    Workspace* ws = workspace();
    if (!ws || m_queue.isEmpty())
        return;
    const QString file = m_queue.takeFirst();
    const sync::ImportOutcome r = sync::importPackageFile(*ws, file);
    if (r.problem == sync::Problem::None && r.kind == sync::PackageKind::Result)
        m_acceptedResults.append(r.packageId);
    m_results.append(QVariantMap{{QStringLiteral("file"), QFileInfo(file).fileName()},
                                 {QStringLiteral("accepted"), r.accepted()},
                                 {QStringLiteral("problem"), sync::problemName(r.problem)},
                                 {QStringLiteral("message"), r.message}});
    Q_EMIT resultsChanged();
    Q_EMIT progressChanged();
    if (!m_queue.isEmpty()) {
        QTimer::singleShot(0, this, &SyncController::importNext);
        return;
    }
    int refused = 0;
    for (const auto& v : std::as_const(m_results))
        refused += v.toMap().value(QStringLiteral("accepted")).toBool() ? 0 : 1;
    refresh();
    say(refused == 0 ? tr("All %n package(s) imported.", nullptr, m_total)
                     : tr("%n package(s) refused; nothing from them was applied.", nullptr, refused),
        refused != 0);
    Q_EMIT importFinished();
}

bool SyncController::writeReceipts(const QString& folder)
{
    Workspace* ws = workspace();
    if (!ws)
        return false;
    const QString dir = localPath(folder);
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        say(tr("Choose a folder that exists: %1").arg(dir), true);
        return false;
    }
    if (m_acceptedResults.isEmpty()) {
        say(tr("Import result packages first: receipts confirm what was imported."), true);
        return false;
    }
    int written = 0;
    for (const QString& id : std::as_const(m_acceptedResults)) {
        auto sum = sync::writeReceipt(
            *ws, id, QDir(dir).filePath(QStringLiteral("baseline-receipt-%1.blnpkg").arg(id.left(12))));
        if (!sum) {
            say(sum.message(), true);
            refresh();
            return false;
        }
        ++written;
    }
    refresh();
    say(tr("Wrote %n receipt(s). Give each assessor theirs.", nullptr, written), false);
    return true;
}

bool SyncController::purge()
{
    Workspace* ws = workspace();
    if (!ws)
        return false;
    auto n = sync::purgeDelivered(*ws);
    if (!n) {
        say(n.message(), true);
        return false;
    }
    refresh();
    say(tr("Removed the answers of %n delivered interview(s) from this device.", nullptr, *n), false);
    return true;
}

} // namespace baseline
