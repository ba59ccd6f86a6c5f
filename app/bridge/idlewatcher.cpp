// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlewatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

namespace baseline {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    poke();
}

void IdleWatcher::setTimeout(int seconds)
{
    m_timeoutSeconds = std::max(1, seconds);
}

void IdleWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    poke();
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleWatcher::poke()
{
    m_lastActivityMs = QDateTime::currentMSecsSinceEpoch();
}

int IdleWatcher::secondsIdle() const
{
    return static_cast<int>((QDateTime::currentMSecsSinceEpoch() - m_lastActivityMs) / 1000);
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (m_enabled && QDateTime::currentMSecsSinceEpoch() - m_lastActivityMs >= qint64(m_timeoutSeconds) * 1000) {
        setEnabled(false);
        Q_EMIT idle();
    }
}

} // namespace baseline
