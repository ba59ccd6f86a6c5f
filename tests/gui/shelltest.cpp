// SPDX-License-Identifier: GPL-3.0-or-later
// The app shell: create, unlock, lock, idle lock, driven through the real QML by objectName.
#include "guitestsupport.h"

#include "platform/platform.h"
#include "store/repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQuickControls2/QQuickStyle>

using namespace baseline;
using namespace baseline::test;

namespace {

const QString Pass = QStringLiteral("correct horse battery staple");

WorkspaceController::Options optionsFor(const QString& folder, int idleSeconds = 0)
{
    WorkspaceController::Options o;
    o.folder = folder;
    o.idleLockSecondsOverride = idleSeconds;
    o.kdf = kdf::insecureTestParams(); // only new workspaces; fast enough for a test
    return o;
}

QByteArray digest(const QString& folder)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        QFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        h.addData(name.toUtf8());
        h.addData(f.readAll());
    }
    return h.result();
}

QString textOf(QQuickItem* item)
{
    return item ? item->property("text").toString() : QString();
}

} // namespace

class ShellTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(m_dir.isValid());
    }

    void createsWorkspaceByTypingAndLocks()
    {
        const QString folder = m_dir.filePath(QStringLiteral("created"));
        AppHarness app(optionsFor(folder));
        QVERIFY(app.window());
        QCOMPARE(app.controller()->stage(), WorkspaceController::Stage::NeedsCreate);
        QVERIFY(app.item(QStringLiteral("createPage")));
        QVERIFY(!QFile::exists(folder));

        // The button stays disabled until both fields match and the passphrase is long enough.
        QVERIFY(app.typeInto(QStringLiteral("newPassphraseInput"), QStringLiteral("short")));
        QVERIFY(textOf(app.item(QStringLiteral("strengthHint"))).startsWith(QStringLiteral("Too short")));
        QVERIFY(!app.item(QStringLiteral("createButton"))->isEnabled());
        app.item(QStringLiteral("newPassphraseInput"))->setProperty("text", QString());
        QVERIFY(app.typeInto(QStringLiteral("newPassphraseInput"), Pass));
        QVERIFY(app.typeInto(QStringLiteral("confirmPassphraseInput"), Pass + QStringLiteral("x")));
        QVERIFY(app.item(QStringLiteral("mismatchHint")));
        QVERIFY(!app.item(QStringLiteral("createButton"))->isEnabled());
        app.pressKey(Qt::Key_Backspace);
        QVERIFY(!app.item(QStringLiteral("mismatchHint")));
        QVERIFY(app.item(QStringLiteral("createButton"))->isEnabled());
        app.screenshot(QStringLiteral("create"), 1280, 800);

        QVERIFY(app.click(QStringLiteral("createButton")));
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->stage(), WorkspaceController::Stage::Unlocked, 10000);
        QTRY_VERIFY(app.item(QStringLiteral("homePage")));
        QVERIFY(app.controller()->workspace());
        QCOMPARE(Workspace::probe(folder), WorkspaceState::Present);

        // Lock: the store closes, the unlock page returns.
        QVERIFY(app.click(QStringLiteral("lockButton")));
        QTRY_VERIFY(app.item(QStringLiteral("unlockPage")));
        QCOMPARE(app.controller()->stage(), WorkspaceController::Stage::Locked);
        QVERIFY(!app.controller()->workspace());
        // Nothing holds the database: it opens with the passphrase from another connection, and the WAL is gone.
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("workspace.db-shm"))));
        auto direct = Workspace::open(folder, SecureBytes::fromUtf8(Pass));
        QVERIFY2(direct.ok(), qPrintable(direct.message()));
    }

    void wrongPassphraseIsRefusedAndChangesNothing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("wrong"));
        makeWorkspace(folder);
        const QByteArray before = digest(folder);
        AppHarness app(optionsFor(folder));
        QCOMPARE(app.controller()->stage(), WorkspaceController::Stage::Locked);
        QVERIFY(app.typeInto(QStringLiteral("passphraseInput"), QStringLiteral("not the passphrase")));
        app.pressKey(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(textOf(app.item(QStringLiteral("unlockErrorText"))),
                                  QStringLiteral("Wrong passphrase, or not a Baseline workspace"), 10000);
        QCOMPARE(app.controller()->stage(), WorkspaceController::Stage::Locked);
        QCOMPARE(digest(folder), before);
        // The field was cleared for the next try.
        QCOMPARE(textOf(app.item(QStringLiteral("passphraseInput"))), QString());

        QVERIFY(app.typeInto(QStringLiteral("passphraseInput"), Pass));
        QVERIFY(app.click(QStringLiteral("unlockButton")));
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->stage(), WorkspaceController::Stage::Unlocked, 10000);
        QVERIFY(app.item(QStringLiteral("homePage")));
    }

    void locksItselfWhenIdle()
    {
        const QString folder = m_dir.filePath(QStringLiteral("idle"));
        makeWorkspace(folder);
        AppHarness app(optionsFor(folder, 1));
        QVERIFY(app.typeInto(QStringLiteral("passphraseInput"), Pass));
        app.pressKey(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->stage(), WorkspaceController::Stage::Unlocked, 10000);
        QSignalSpy aboutToLock(app.controller(), &WorkspaceController::aboutToLock);
        // No input for a little over a second: the workspace locks and says why.
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->stage(), WorkspaceController::Stage::Locked, 5000);
        QCOMPARE(aboutToLock.count(), 1);
        QVERIFY(!app.controller()->workspace());
        QVERIFY(app.item(QStringLiteral("unlockPage")));
        QVERIFY(textOf(app.item(QStringLiteral("lockReason"))).startsWith(QStringLiteral("Locked after")));
    }

    void idleTimeIsAWorkspaceSetting()
    {
        const QString folder = m_dir.filePath(QStringLiteral("setting"));
        makeWorkspace(folder);
        {
            AppHarness app(optionsFor(folder));
            app.controller()->unlock(Pass);
            QTRY_COMPARE_WITH_TIMEOUT(app.controller()->stage(), WorkspaceController::Stage::Unlocked, 10000);
            QCOMPARE(app.controller()->idleLockMinutes(), 5); // the default
            app.controller()->setIdleLockMinutes(12);
        }
        AppHarness again(optionsFor(folder));
        again.controller()->unlock(Pass);
        QTRY_COMPARE_WITH_TIMEOUT(again.controller()->stage(), WorkspaceController::Stage::Unlocked, 10000);
        QCOMPARE(again.controller()->idleLockMinutes(), 12);
        QCOMPARE(again.item(QStringLiteral("idleMinutes"))->property("value").toInt(), 12);
    }

    void unlockPageScreenshots()
    {
        const QString folder = m_dir.filePath(QStringLiteral("shots"));
        makeWorkspace(folder);
        AppHarness app(optionsFor(folder));
        QVERIFY(app.item(QStringLiteral("unlockPage")));
        for (const auto& [w, h] : {std::pair{1280, 800}, std::pair{800, 1280}}) {
            const QString path = app.screenshot(QStringLiteral("unlock"), w, h);
            QVERIFY(!path.isEmpty());
            const QImage image(path);
            QCOMPARE(image.width(), w);
            QCOMPARE(image.height(), h);
            // The card and its button are inside the window at this size.
            QQuickItem* button = app.item(QStringLiteral("unlockButton"));
            QVERIFY(button);
            const QRectF r = button->mapRectToScene(QRectF(0, 0, button->width(), button->height()));
            QVERIFY(r.left() >= 0 && r.right() <= w && r.bottom() <= h);
            QVERIFY(r.height() >= 48); // touch target
        }
        // The error state too: what an assessor sees after a typo.
        QVERIFY(app.typeInto(QStringLiteral("passphraseInput"), QStringLiteral("typo")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!textOf(app.item(QStringLiteral("unlockErrorText"))).isEmpty(), 10000);
        app.screenshot(QStringLiteral("unlock-error"), 800, 1280);
    }

    void processIsHardened()
    {
        QVERIFY(platform::hardenProcess());
        QVERIFY(platform::coreDumpsDisabled());
    }

private:
    void makeWorkspace(const QString& folder)
    {
        CreateOptions options;
        options.kdf = kdf::insecureTestParams();
        auto ws = Workspace::create(folder, SecureBytes::fromUtf8(Pass), options);
        QVERIFY2(ws.ok(), qPrintable(ws.message()));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(ShellTest)
#include "shelltest.moc"
