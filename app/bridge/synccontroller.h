// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace baseline {

/**
 * The sync page (docs/sync.md): this device's identity and fingerprint, the enrolled team, exporting a result package
 * to a chosen folder, importing many packages with a progress bar and a result per file, receipts, purge and the sync
 * log. Everything goes through sync/sync.h, as the CLI does. Imports run one file per event-loop turn so the window
 * stays responsive and the progress bar moves.
 */
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool shown READ shown NOTIFY shownChanged)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY changed)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY changed)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY changed)
    Q_PROPERTY(QVariantList peers READ peers NOTIFY changed)
    Q_PROPERTY(QVariantList log READ log NOTIFY changed)
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    static SyncController* create(QQmlEngine* qml, QJSEngine* js);
    static SyncController* instance();
    /** Tests: forget the instance so the next engine makes a fresh one. */
    static void reset();

    bool shown() const { return m_shown; }
    QString deviceId() const { return m_deviceId; }
    QString deviceName() const { return m_deviceName; }
    QString fingerprint() const { return m_fingerprint; }
    QVariantList peers() const { return m_peers; }
    QVariantList log() const { return m_log; }
    QVariantList results() const { return m_results; }
    bool busy() const { return !m_queue.isEmpty(); }
    double progress() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    Q_INVOKABLE void show();
    Q_INVOKABLE void hide();
    Q_INVOKABLE void refresh();
    /** Writes this device's identity file into `folder` (a path or a file: URL). */
    Q_INVOKABLE bool saveIdentity(const QString& folder, bool coordinator);
    Q_INVOKABLE bool enrol(const QString& file);
    Q_INVOKABLE bool revoke(const QString& deviceId);
    /** Writes a result package for the coordinator into `folder`. */
    Q_INVOKABLE bool exportResults(const QString& folder, bool all);
    /** Imports packages: files, or folders (every *.blnpkg inside), given as paths or file: URLs. */
    Q_INVOKABLE void importPaths(const QStringList& paths);
    /** The coordinator's receipts for every result package accepted in the last import, written into `folder`. */
    Q_INVOKABLE bool writeReceipts(const QString& folder);
    Q_INVOKABLE bool purge();

Q_SIGNALS:
    void shownChanged();
    void changed();
    void resultsChanged();
    void progressChanged();
    void messageChanged();
    void importFinished();

private:
    explicit SyncController(QObject* parent = nullptr);
    void importNext();
    void say(const QString& message, bool error);

    bool m_shown = false;
    QString m_deviceId;
    QString m_deviceName;
    QString m_fingerprint;
    QVariantList m_peers;
    QVariantList m_log;
    QVariantList m_results;
    QStringList m_queue;
    int m_total = 0;
    QStringList m_acceptedResults; ///< package ids of result packages accepted in the last import
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace baseline
