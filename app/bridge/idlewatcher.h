// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace baseline {

/**
 * Tells when nobody has touched the app for a while. Measures wall-clock time (not a monotonic timer), so time a
 * laptop spends asleep counts as idle, and fires `idle()` once per idle period. Any key, mouse, touch or wheel
 * event in the application counts as activity.
 */
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);

    void setTimeout(int seconds);
    int timeout() const { return m_timeoutSeconds; }
    void setEnabled(bool enabled);
    void poke();
    int secondsIdle() const;

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    QTimer m_timer;
    qint64 m_lastActivityMs = 0;
    int m_timeoutSeconds = 300;
    bool m_enabled = false;
};

} // namespace baseline
