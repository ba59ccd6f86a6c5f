// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "dashboardcontroller.h"
#include "interviewcontroller.h"
#include "synccontroller.h"
#include "translations.h"

#include <QAccessible>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <algorithm>

namespace baseline::test {

AppHarness::AppHarness(const WorkspaceController::Options& options, const QString& language)
{
    InterviewController::reset();
    SyncController::reset();
    DashboardController::reset();
    WorkspaceController::configure(options);
    const QLocale locale(language);
    QLocale::setDefault(locale);
    installTranslation(locale);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4: not on the import path by default
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Baseline/Ui/Main.qml")));
    if (!m_engine->rootObjects().isEmpty())
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
    if (m_window) {
        m_window->show();
        m_window->requestActivate();
        (void)QTest::qWaitForWindowExposed(m_window);
    }
}

AppHarness::~AppHarness()
{
    if (auto* c = controller(); c && m_lockOnExit)
        c->lock();
    m_engine.reset();
}

QStringList AppHarness::unnamedControls() const
{
    QStringList out;
    if (!m_window)
        return out;
    QList<QQuickItem*> stack{m_window->contentItem()};
    while (!stack.isEmpty()) {
        QQuickItem* i = stack.takeLast();
        if (!i->isVisible())
            continue;
        stack.append(i->childItems());
        const bool control = i->inherits("QQuickAbstractButton") || i->inherits("QQuickTextField")
            || i->inherits("QQuickComboBox") || i->inherits("QQuickSpinBox") || i->inherits("QQuickTextArea");
        // A combo box's own text field is part of the combo box, which carries the name.
        if (!control || (i->parentItem() && i->parentItem()->inherits("QQuickComboBox")))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(i);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out << QStringLiteral("%1 (%2 '%3' in %4)")
                       .arg(i->objectName(), QString::fromLatin1(i->metaObject()->className()),
                            i->property("placeholderText").toString(),
                            i->parentItem() ? i->parentItem()->objectName() : QString());
    }
    return out;
}

QQuickItem* AppHarness::item(const QString& objectName) const
{
    if (!m_window)
        return nullptr;
    // Walk the visual tree: items made by a Loader or a Repeater are visual children, not always QObject children.
    QList<QQuickItem*> stack{m_window->contentItem()};
    while (!stack.isEmpty()) {
        QQuickItem* i = stack.takeLast();
        if (!i->isVisible())
            continue;
        if (i->objectName() == objectName)
            return i;
        stack.append(i->childItems());
    }
    return nullptr;
}

QObject* AppHarness::object(const QString& objectName) const
{
    return m_window ? m_window->findChild<QObject*>(objectName) : nullptr;
}

bool AppHarness::isOpen(const QString& objectName) const
{
    QObject* o = object(objectName);
    return o && o->property("opened").toBool();
}

/** Scrolls the Flickables around `target` so that it is inside the window, as a user would before tapping it. */
static void scrollIntoView(QQuickWindow* window, QQuickItem* target)
{
    for (QQuickItem* p = target->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        QQuickItem* content = p->property("contentItem").value<QQuickItem*>();
        if (!content)
            continue;
        const QPointF inContent = target->mapToItem(content, QPointF(0, 0));
        const double viewHeight = p->height();
        const double contentY = p->property("contentY").toDouble();
        if (inContent.y() < contentY || inContent.y() + target->height() > contentY + viewHeight) {
            const double maxY = std::max(0.0, p->property("contentHeight").toDouble() - viewHeight);
            p->setProperty("contentY", std::clamp(inContent.y() - viewHeight / 3, 0.0, maxY));
            QTest::qWait(30);
        }
    }
    Q_UNUSED(window);
}

bool AppHarness::click(const QString& objectName)
{
    QQuickItem* target = item(objectName);
    if (!target || !target->isEnabled())
        return false;
    // A layout change (a progress bar hidden, a list filled) moves items only when the window polishes: wait for it
    // before scrolling and again after, or the click lands where the target was.
    if (!QQuickTest::qWaitForPolish(m_window))
        return false;
    scrollIntoView(m_window, target);
    if (!QQuickTest::qWaitForPolish(m_window))
        return false;
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

bool AppHarness::typeInto(const QString& objectName, const QString& text)
{
    if (!click(objectName))
        return false;
    // QTest::keyClicks takes only QWidget: send each character as a key press carrying its text.
    for (const QChar c : text) {
        const auto key = c.isLetterOrNumber() && c.unicode() < 128 ? Qt::Key(c.toUpper().unicode())
            : c == QLatin1Char(' ')                                ? Qt::Key_Space
                                                                   : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, m_window, key, QString(c), Qt::NoModifier);
    }
    return true;
}

void AppHarness::pressKey(Qt::Key key)
{
    QTest::keyClick(m_window, key);
}

QString AppHarness::screenshot(const QString& name, int width, int height)
{
    m_window->resize(width, height);
    QTest::qWait(150); // layout, and the busy indicator's last frame
    const QString path = QStringLiteral(SCREENSHOT_DIR "/%1-%2x%3.png").arg(name).arg(width).arg(height);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QImage image = m_window->grabWindow();
    image.save(path);
    return image.isNull() ? QString() : path;
}

} // namespace baseline::test
