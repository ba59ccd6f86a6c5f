// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacecontroller.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

#include <memory>

namespace baseline::test {

/** The app's QML, loaded in this process against a given workspace folder, driven like a user would. */
class AppHarness
{
public:
    explicit AppHarness(const WorkspaceController::Options& options, const QString& language = QStringLiteral("en"));
    ~AppHarness();
    /** Ends like a killed app: no lock, no clean shutdown of the interview (the engine is simply destroyed). */
    void abandon() { m_lockOnExit = false; }

    QQuickWindow* window() const { return m_window; }
    WorkspaceController* controller() const { return WorkspaceController::instance(); }

    /** The visible item with this objectName, or null. */
    QQuickItem* item(const QString& objectName) const;
    /** Any object with this objectName under the window (popups and dialogs are not in the visual tree). */
    QObject* object(const QString& objectName) const;
    /** Whether the named Popup or Dialog is open. */
    bool isOpen(const QString& objectName) const;
    /** Clicks the centre of the named item with the mouse; false if it is missing or not visible and enabled. */
    bool click(const QString& objectName);
    /** Clicks the named item, then types text with the keyboard. */
    bool typeInto(const QString& objectName, const QString& text);
    void pressKey(Qt::Key key);
    /** Visible buttons, fields, combo boxes and spin boxes that a screen reader could not name (needs
     *  QAccessible::setActive(true)): "objectName (class 'placeholder' in parent)" each. */
    QStringList unnamedControls() const;
    /** Resizes the window, lets it lay out, and saves a PNG under SCREENSHOT_DIR. Returns the path. */
    QString screenshot(const QString& name, int width, int height);

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    bool m_lockOnExit = true;
    QQuickWindow* m_window = nullptr;
};

} // namespace baseline::test
