// SPDX-License-Identifier: GPL-3.0-or-later
// The interview runner end to end: the app's real QML offscreen, driven by objectName with mouse and keyboard, with
// the stored answers checked in the workspace after each step; plus quick exit, leaving and resuming, and the
// screenshots of docs/screenshots.
#include "guitestsupport.h"

#include "interview/session.h"
#include "interviewcontroller.h"
#include "store/repository.h"
#include "sync/sync.h"
#include "synccontroller.h"

#include <QAccessible>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtQuickControls2/QQuickStyle>

#include <cstdio>

using namespace baseline;
using namespace baseline::test;

namespace {

const QString Pass = QStringLiteral("correct horse battery staple");
const QString Instrument = QStringLiteral(BASELINE_SOURCE_DIR "/tests/data/instruments/runner-test.json");

WorkspaceController::Options optionsFor(const QString& folder)
{
    WorkspaceController::Options o;
    o.folder = folder;
    o.kdf = kdf::insecureTestParams();
    return o;
}

/** A workspace with the runner's test instrument installed, made through the core as a coordinator's file would be. */
void prepareWorkspace(const QString& folder)
{
    CreateOptions options;
    options.kdf = kdf::insecureTestParams();
    auto ws = Workspace::create(folder, SecureBytes::fromUtf8(Pass), options);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    Repository repo(**ws);
    QFile f(Instrument);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto installed = InterviewSession::install(repo, f.readAll(), Instrument);
    QVERIFY2(installed.ok(), qPrintable(installed.message()));
    (*ws)->lock();
}

QString textOf(QQuickItem* item)
{
    return item ? item->property("text").toString() : QString();
}

} // namespace

class RunnerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** The current answers of the open interview, straight from the workspace. */
    QHash<QString, Answer> stored()
    {
        QHash<QString, Answer> out;
        auto* ws = WorkspaceController::instance()->workspace();
        auto* ic = InterviewController::instance();
        if (!ws || !ic || ic->interviewId().isEmpty())
            return out;
        Repository repo(*ws);
        auto answers = repo.answers(ic->interviewId());
        if (!answers)
            return out;
        // Key by readable path: strip the instance ids ("members[<uuid>]/x" -> "members/x").
        for (const Answer& a : *answers) {
            QString path = a.itemPath;
            path.replace(QRegularExpression(QStringLiteral("\\[[0-9a-f-]{36}\\]")), QString());
            out.insert(path, a);
        }
        return out;
    }

    void unlock(AppHarness& app)
    {
        QTRY_VERIFY(app.item(QStringLiteral("unlockPage")));
        QVERIFY(app.typeInto(QStringLiteral("passphraseInput"), Pass));
        app.pressKey(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->stage(), WorkspaceController::Stage::Unlocked, 10000);
    }

    bool type(AppHarness& app, const QString& input, const QString& text)
    {
        QQuickItem* field = app.item(input);
        if (!field)
            return false;
        field->setProperty("text", QString());
        return app.typeInto(input, text);
    }

    /** Tab until the named item has keyboard focus (keyboard-only navigation). */
    bool tabTo(AppHarness& app, const QString& objectName)
    {
        for (int i = 0; i < 80; ++i) {
            QQuickItem* focus = app.window()->activeFocusItem();
            if (focus && focus->objectName() == objectName)
                return true;
            app.pressKey(Qt::Key_Tab);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(m_dir.isValid());
    }

    void runsAWholeInterviewAndStoresEachAnswer()
    {
        const QString folder = m_dir.filePath(QStringLiteral("whole"));
        prepareWorkspace(folder);
        AppHarness app(optionsFor(folder));
        unlock(app);

        QTRY_VERIFY(app.item(QStringLiteral("start:runner-test")));
        app.screenshot(QStringLiteral("home"), 1280, 800);
        app.screenshot(QStringLiteral("home"), 800, 1280);
        app.window()->resize(1280, 800);
        QVERIFY(app.click(QStringLiteral("start:runner-test")));
        QTRY_VERIFY(app.item(QStringLiteral("consentPage")));
        QVERIFY(textOf(app.item(QStringLiteral("consentText"))).contains(QStringLiteral("confidential")));
        QVERIFY(app.click(QStringLiteral("consentYes")));
        QTRY_VERIFY(app.item(QStringLiteral("interviewPage")));

        // A number below the minimum is stored, flagged, and keeps the assessor on the screen with the reason.
        QVERIFY(type(app, QStringLiteral("input:resp_age"), QStringLiteral("12")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("message:resp_age")));
        QVERIFY(textOf(app.item(QStringLiteral("message:resp_age"))).contains(QStringLiteral("between 15 and 99")));
        QVERIFY(app.item(QStringLiteral("input:resp_age")));
        QCOMPARE(std::get<qint64>(*stored().value(QStringLiteral("resp_age")).value), qint64{12});
        QCOMPARE(textOf(app.item(QStringLiteral("saveState"))), QStringLiteral("Saved"));
        app.screenshot(QStringLiteral("numeric-error"), 1280, 800);
        app.screenshot(QStringLiteral("numeric-error"), 800, 1280);
        app.window()->resize(1280, 800);

        QVERIFY(type(app, QStringLiteral("input:resp_age"), QStringLiteral("34")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:yes")));
        QCOMPARE(std::get<qint64>(*stored().value(QStringLiteral("resp_age")).value), qint64{34});

        // Digits pick choices; the contact question appears only after "yes".
        app.pressKey(Qt::Key_1);
        QTRY_COMPARE(std::get<ChoiceValue>(*stored().value(QStringLiteral("had_contact")).value).code,
                     QStringLiteral("yes"));
        app.screenshot(QStringLiteral("choice"), 1280, 800);
        app.screenshot(QStringLiteral("choice"), 800, 1280);
        app.window()->resize(1280, 800);
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("choice:contact_reasons:reported")));
        QVERIFY(app.click(QStringLiteral("choice:contact_reasons:reported")));
        QVERIFY(app.click(QStringLiteral("choice:contact_reasons:asked_help")));
        QTRY_COMPARE(std::get<ChoicesValue>(*stored().value(QStringLiteral("contact_reasons")).value).codes,
                     (QStringList{QStringLiteral("reported"), QStringLiteral("asked_help")}));
        QVERIFY(app.click(QStringLiteral("nextButton")));

        // The roster: add a person, answer, break the constraint, fix it.
        QTRY_VERIFY(app.item(QStringLiteral("addEntryButton")));
        QVERIFY(app.click(QStringLiteral("addEntryButton")));
        QTRY_VERIFY(app.item(QStringLiteral("input:members[1]/member_name")));
        QVERIFY(type(app, QStringLiteral("input:members[1]/member_name"), QStringLiteral("Ana")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("input:members[1]/member_age")));
        QVERIFY(textOf(app.item(QStringLiteral("item:members[1]/member_age"))->childItems().first())
                    .contains(QStringLiteral("How old is Ana?")));
        QVERIFY(type(app, QStringLiteral("input:members[1]/member_age"), QStringLiteral("118")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("message:members[1]/member_age")));
        QVERIFY(
            textOf(app.item(QStringLiteral("message:members[1]/member_age"))).contains(QStringLiteral("please check")));
        QVERIFY(type(app, QStringLiteral("input:members[1]/member_age"), QStringLiteral("61")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("choice:safe_dark:very_safe")));
        QCOMPARE(std::get<qint64>(*stored().value(QStringLiteral("members/member_age")).value), qint64{61});

        // Back to the roster's overview: its summary names the person.
        app.pressKey(Qt::Key_Left); // not a shortcut alone: nothing happens
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(app.window(), Qt::Key_Left, Qt::AltModifier);
            QTest::qWait(50);
        }
        QTRY_VERIFY(app.item(QStringLiteral("rosterView")));
        QVERIFY(textOf(app.item(QStringLiteral("rosterCount"))).contains(QStringLiteral("1 entry")));
        app.screenshot(QStringLiteral("roster"), 1280, 800);
        app.screenshot(QStringLiteral("roster"), 800, 1280);
        app.window()->resize(1280, 800);
        for (int i = 0; i < 3; ++i) {
            app.pressKey(Qt::Key_Return);
            QTest::qWait(50);
        }
        QTRY_VERIFY(app.item(QStringLiteral("dk:safe_dark")));
        QVERIFY(app.click(QStringLiteral("dk:safe_dark")));
        QTRY_COMPARE(stored().value(QStringLiteral("safe_dark")).state, AnswerState::DontKnow);
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("input:comment")));
        QVERIFY(app.click(QStringLiteral("nextButton"))); // Finish: to the review

        QTRY_VERIFY(app.item(QStringLiteral("reviewPage")));
        QVERIFY(textOf(app.item(QStringLiteral("reviewSummary"))).contains(QStringLiteral("has one")));
        app.screenshot(QStringLiteral("review"), 1280, 800);
        app.screenshot(QStringLiteral("review"), 800, 1280);
        app.window()->resize(1280, 800);
        QVERIFY(app.click(QStringLiteral("finalizeButton")));
        QTRY_VERIFY(app.isOpen(QStringLiteral("confirmFinalize")));
        app.pressKey(Qt::Key_Return);
        QTRY_COMPARE(InterviewController::instance()->status(), QStringLiteral("finalized"));
        Repository repo(*app.controller()->workspace());
        auto row = repo.interview(InterviewController::instance()->interviewId());
        QVERIFY(row.ok());
        QCOMPARE(row->status, InterviewStatus::Finalized);
        QVERIFY(!app.item(QStringLiteral("finalizeButton")));
        // Paradata were kept as the assessor went: every item shown has its first showing, answered ones their changes.
        auto para = repo.paradata(row->id);
        QVERIFY(para.ok());
        QCOMPARE(para->visits, 1);
        bool ageChangedTwice = false;
        for (const auto& item : para->items) {
            QVERIFY2(!item.firstShownAt.isEmpty(), qPrintable(item.itemPath));
            ageChangedTwice = ageChangedTwice || (item.itemPath == QStringLiteral("resp_age") && item.changes >= 2);
        }
        QVERIFY(ageChangedTwice); // 12 (refused by the constraint), then 34
    }

    void quickExitHidesAtOnceAndReturnsToTheSameScreen()
    {
        const QString folder = m_dir.filePath(QStringLiteral("quickexit"));
        prepareWorkspace(folder);
        AppHarness app(optionsFor(folder));
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("homePage")));
        QTRY_VERIFY(app.item(QStringLiteral("start:runner-test")));
        QVERIFY(app.click(QStringLiteral("start:runner-test")));
        QTRY_VERIFY(app.item(QStringLiteral("consentYes")));
        QVERIFY(app.click(QStringLiteral("consentYes")));
        QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
        QVERIFY(type(app, QStringLiteral("input:resp_age"), QStringLiteral("40")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:no")));

        // Escape twice: the decoy at once, the workspace locked, nothing of the interview on screen.
        app.pressKey(Qt::Key_Escape);
        app.pressKey(Qt::Key_Escape);
        QTRY_VERIFY(app.item(QStringLiteral("decoyPage")));
        QVERIFY(!app.controller()->workspace());
        QVERIFY(!app.item(QStringLiteral("interviewPage")));
        QCOMPARE(app.window()->title(), QStringLiteral("Baseline"));
        app.screenshot(QStringLiteral("decoy"), 1280, 800);
        app.screenshot(QStringLiteral("decoy"), 800, 1280);
        app.window()->resize(1280, 800);

        // Coming back needs the passphrase, and lands on the same question with the answer kept.
        QVERIFY(app.click(QStringLiteral("decoyContinue")));
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:no")));
        QCOMPARE(std::get<qint64>(*stored().value(QStringLiteral("resp_age")).value), qint64{40});
    }

    void leavingAndResumingKeepsEveryAnswer()
    {
        const QString folder = m_dir.filePath(QStringLiteral("resume"));
        prepareWorkspace(folder);
        QString id;
        {
            AppHarness app(optionsFor(folder));
            unlock(app);
            QTRY_VERIFY(app.item(QStringLiteral("start:runner-test")));
            QVERIFY(app.click(QStringLiteral("start:runner-test")));
            QTRY_VERIFY(app.item(QStringLiteral("consentYes")));
            QVERIFY(app.click(QStringLiteral("consentYes")));
            QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
            QVERIFY(type(app, QStringLiteral("input:resp_age"), QStringLiteral("52")));
            app.pressKey(Qt::Key_Return);
            QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:no")));
            app.pressKey(Qt::Key_2);
            QTRY_VERIFY(stored().contains(QStringLiteral("had_contact")));
            id = InterviewController::instance()->interviewId();
        } // the app goes away mid-interview (the harness locks, as closing the window does)

        {
            AppHarness app(optionsFor(folder));
            unlock(app);
            QTRY_VERIFY(app.item(QStringLiteral("resume:") + id));
            QVERIFY(app.click(QStringLiteral("resume:") + id));
            // Resumes on the screen last shown: the contact question, answered.
            QTRY_VERIFY(app.item(QStringLiteral("interviewPage")));
            QCOMPARE(stored().value(QStringLiteral("had_contact")).value,
                     std::optional<Value>(Value{ChoiceValue{QStringLiteral("no")}}));
            QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:no")));
            // Back to the age, change it, and the app is killed there (no lock, no clean shutdown).
            QTest::keyClick(app.window(), Qt::Key_Left, Qt::AltModifier);
            QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
            QVERIFY(type(app, QStringLiteral("input:resp_age"), QStringLiteral("53")));
            app.pressKey(Qt::Key_Return); // saved, on to the next question
            QTRY_COMPARE(stored().value(QStringLiteral("resp_age")).value, std::optional<Value>(Value{qint64{53}}));
            QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:no")));
            QTest::keyClick(app.window(), Qt::Key_Left, Qt::AltModifier); // and back to look at it again
            QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
            app.abandon();
        }

        AppHarness app(optionsFor(folder));
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("resume:") + id));
        QVERIFY(app.click(QStringLiteral("resume:") + id));
        // The same item, with every committed answer.
        QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
        QCOMPARE(stored().value(QStringLiteral("resp_age")).value, std::optional<Value>(Value{qint64{53}}));
        QCOMPARE(stored().value(QStringLiteral("had_contact")).value,
                 std::optional<Value>(Value{ChoiceValue{QStringLiteral("no")}}));
    }

    void wholeInterviewByKeyboardAlone()
    {
        const QString folder = m_dir.filePath(QStringLiteral("keyboard"));
        prepareWorkspace(folder);
        AppHarness app(optionsFor(folder));
        QTRY_VERIFY(app.item(QStringLiteral("unlockPage")));
        QVERIFY(tabTo(app, QStringLiteral("passphraseInput")));
        for (const QChar c : Pass)
            QTest::sendKeyEvent(QTest::Click, app.window(),
                                c == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key(c.toUpper().unicode()), QString(c),
                                Qt::NoModifier);
        app.pressKey(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->stage(), WorkspaceController::Stage::Unlocked, 10000);

        QTRY_VERIFY(app.item(QStringLiteral("start:runner-test")));
        QVERIFY(tabTo(app, QStringLiteral("start:runner-test")));
        app.pressKey(Qt::Key_Space);
        QTRY_VERIFY(app.item(QStringLiteral("consentPage")));
        QVERIFY(tabTo(app, QStringLiteral("consentYes")));
        app.pressKey(Qt::Key_Space);
        QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
        QTRY_VERIFY(app.window()->activeFocusItem()
                    && app.window()->activeFocusItem()->objectName() == QStringLiteral("input:resp_age"));
        for (const char c : {'2', '9'})
            QTest::sendKeyEvent(QTest::Click, app.window(), Qt::Key(c), QString(QLatin1Char(c)), Qt::NoModifier);
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:no")));
        app.pressKey(Qt::Key_2); // no
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("rosterView")));
        QTest::keyClick(app.window(), Qt::Key_Return, Qt::ControlModifier); // add an entry
        QTRY_VERIFY(app.item(QStringLiteral("input:members[1]/member_name")));
        QTRY_VERIFY(app.window()->activeFocusItem()
                    && app.window()->activeFocusItem()->objectName() == QStringLiteral("input:members[1]/member_name"));
        for (const char c : {'B', 'O'})
            QTest::sendKeyEvent(QTest::Click, app.window(), Qt::Key(c), QString(QLatin1Char(c)), Qt::NoModifier);
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("input:members[1]/member_age")));
        QTRY_VERIFY(app.window()->activeFocusItem()
                    && app.window()->activeFocusItem()->objectName() == QStringLiteral("input:members[1]/member_age"));
        for (const char c : {'3', '0'})
            QTest::sendKeyEvent(QTest::Click, app.window(), Qt::Key(c), QString(QLatin1Char(c)), Qt::NoModifier);
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("choice:safe_dark:very_safe")));
        app.pressKey(Qt::Key_3); // a bit unsafe
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("input:comment")));
        // Leave the optional comment: move focus off the text area, then go on.
        QTest::keyClick(app.window(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(app.item(QStringLiteral("reviewPage")));
        QVERIFY(tabTo(app, QStringLiteral("finalizeButton")));
        app.pressKey(Qt::Key_Space);
        QTRY_VERIFY(app.isOpen(QStringLiteral("confirmFinalize")));
        app.pressKey(Qt::Key_Return);
        QTRY_COMPARE(InterviewController::instance()->status(), QStringLiteral("finalized"));
        const auto answers = stored();
        QCOMPARE(std::get<qint64>(*answers.value(QStringLiteral("resp_age")).value), qint64{29});
        QCOMPARE(std::get<TextValue>(*answers.value(QStringLiteral("members/member_name")).value).text,
                 QStringLiteral("BO"));
        QCOMPARE(std::get<qint64>(*answers.value(QStringLiteral("members/member_age")).value), qint64{30});
        QCOMPARE(std::get<ChoiceValue>(*answers.value(QStringLiteral("safe_dark")).value).code,
                 QStringLiteral("bit_unsafe"));
    }

    void addsAnAgencyAndAnAssessmentAndInterviewsForIt()
    {
        const QString folder = m_dir.filePath(QStringLiteral("agency"));
        prepareWorkspace(folder);
        AppHarness app(optionsFor(folder));
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("agencyNameInput")));
        QVERIFY(app.typeInto(QStringLiteral("agencyNameInput"), QStringLiteral("Hill Station")));
        QVERIFY(app.click(QStringLiteral("addAgencyButton")));
        QTRY_COMPARE(InterviewController::instance()->agencies().size(), 1);
        QTRY_VERIFY(app.item(QStringLiteral("assessmentTitleInput")));
        QVERIFY(app.typeInto(QStringLiteral("assessmentTitleInput"), QStringLiteral("Baseline")));
        app.item(QStringLiteral("assessmentFromInput"))->setProperty("text", QStringLiteral("2026-03-01"));
        app.item(QStringLiteral("assessmentToInput"))->setProperty("text", QStringLiteral("2026-06-30"));
        QVERIFY(app.click(QStringLiteral("addAssessmentButton")));
        QTRY_COMPARE(InterviewController::instance()->assessments().size(), 1);
        // The new assessment is the one new interviews belong to.
        const QString assessment = InterviewController::instance()->assessmentId();
        QVERIFY(!assessment.isEmpty());
        QVERIFY(app.click(QStringLiteral("start:runner-test")));
        QTRY_VERIFY(app.item(QStringLiteral("consentYes")));
        QVERIFY(app.click(QStringLiteral("consentYes")));
        QTRY_VERIFY(app.item(QStringLiteral("interviewPage")));
        Repository repo(*app.controller()->workspace());
        auto row = repo.interview(InterviewController::instance()->interviewId());
        QVERIFY(row.ok());
        QCOMPARE(row->assessmentId, assessment);
        auto assessments = repo.assessments();
        QVERIFY(assessments.ok());
        QCOMPARE(assessments->size(), 1);
        QCOMPARE(assessments->first().periodEnd, QDate(2026, 6, 30));
        QVERIFY(assessments->first().instruments.size() > 1); // none ticked: every installed instrument
        InterviewController::instance()->close();
        QTRY_VERIFY(app.item(QStringLiteral("homePage")));

        // Edit the agency: a new name and a region; the list and the store follow.
        const QString agencyId = repo.agencies()->first().id;
        QTRY_VERIFY(app.item(QStringLiteral("editAgency:") + agencyId));
        QVERIFY(app.click(QStringLiteral("editAgency:") + agencyId));
        QTRY_COMPARE(app.item(QStringLiteral("agencyNameInput"))->property("text").toString(),
                     QStringLiteral("Hill Station"));
        QVERIFY(type(app, QStringLiteral("agencyNameInput"), QStringLiteral("Hill Police Station")));
        QVERIFY(type(app, QStringLiteral("agencyRegionInput"), QStringLiteral("North")));
        QVERIFY(app.click(QStringLiteral("addAgencyButton")));
        QTRY_COMPARE(repo.agencies()->first().name, QStringLiteral("Hill Police Station"));
        QCOMPARE(repo.agencies()->first().region, QStringLiteral("North"));
        QCOMPARE(repo.agencies()->size(), 1);
        // An agency cannot become its own parent.
        QVERIFY(!InterviewController::instance()->saveAgency(agencyId, QStringLiteral("Loop"), QStringLiteral("unit"),
                                                             agencyId, {}));
        QCOMPARE(repo.agencies()->first().name, QStringLiteral("Hill Police Station"));

        // Edit the assessment: a target sample and one instrument only.
        QVERIFY(app.click(QStringLiteral("editAssessment:") + assessment));
        QTRY_COMPARE(app.item(QStringLiteral("assessmentTitleInput"))->property("text").toString(),
                     QStringLiteral("Baseline"));
        QVERIFY(type(app, QStringLiteral("assessmentTargetInput"), QStringLiteral("400")));
        // Untick everything but the runner's instrument.
        for (const QVariant& v : InterviewController::instance()->instruments()) {
            const QString id = v.toMap().value(QStringLiteral("id")).toString();
            QQuickItem* box = app.item(QStringLiteral("assessmentInstrument:") + id);
            QVERIFY2(box, qPrintable(id));
            if (box->property("checked").toBool() != (id == QStringLiteral("runner-test")))
                QVERIFY(app.click(QStringLiteral("assessmentInstrument:") + id));
        }
        QVERIFY(app.click(QStringLiteral("addAssessmentButton")));
        QTRY_COMPARE(repo.assessments()->first().targetSample, std::optional<int>(400));
        QCOMPARE(repo.assessments()->first().instruments.size(), 1);
        QCOMPARE(repo.assessments()->first().instruments.first().first, QStringLiteral("runner-test"));
        QCOMPARE(repo.assessments()->size(), 1);
        app.screenshot(QStringLiteral("home-agencies"), 1280, 800);
    }

    /** One screenshot per library instrument: its first question in the runner (docs/screenshots/instruments/). */
    void everyLibraryInstrumentOpensInTheRunner()
    {
        const QString folder = m_dir.filePath(QStringLiteral("library"));
        prepareWorkspace(folder);
        AppHarness app(optionsFor(folder));
        unlock(app);
        InterviewController* ic = InterviewController::instance();
        QTRY_VERIFY(ic->instruments().size() > 1);
        int shown = 0;
        for (const QVariant& v : ic->instruments()) {
            const QVariantMap m = v.toMap();
            const QString id = m.value(QStringLiteral("id")).toString();
            if (id == QLatin1String("runner-test"))
                continue;
            ic->begin(m.value(QStringLiteral("key")).toString());
            if (ic->stage() == InterviewController::Stage::Consent) {
                QTRY_VERIFY(app.item(QStringLiteral("consentPage")));
                QVERIFY(!textOf(app.item(QStringLiteral("consentText"))).isEmpty());
                ic->consent(true);
            }
            QTRY_VERIFY(app.item(QStringLiteral("interviewPage")));
            // The first screen with a question on it.
            for (int i = 0; i < 12 && ic->items().isEmpty(); ++i)
                ic->goTo(ic->screenIndex() + 1);
            QVERIFY2(!ic->items().isEmpty(), qPrintable(id));
            const QString label = ic->items().first().toMap().value(QStringLiteral("label")).toString();
            QVERIFY2(!label.isEmpty(), qPrintable(id));
            QTest::qWait(50);
            QVERIFY(!app.screenshot(QStringLiteral("instruments/") + id, 1280, 800).isEmpty());
            ic->close();
            QTRY_VERIFY(app.item(QStringLiteral("homePage")));
            ++shown;
        }
        QVERIFY(shown >= 10);
    }

    void arabicMirrorsTheRunner()
    {
        const QString folder = m_dir.filePath(QStringLiteral("arabic"));
        prepareWorkspace(folder);
        AppHarness app(optionsFor(folder), QStringLiteral("ar"));
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("start:runner-test")));
        app.screenshot(QStringLiteral("home-ar"), 1280, 800);
        app.screenshot(QStringLiteral("home-ar"), 800, 1280);
        app.window()->resize(1280, 800);
        QVERIFY(app.click(QStringLiteral("start:runner-test")));
        QTRY_VERIFY(app.item(QStringLiteral("consentYes")));
        QVERIFY(app.click(QStringLiteral("consentYes")));
        QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
        QVERIFY(!app.item(QStringLiteral("draftTranslation"))); // English is reviewed: no badge
        InterviewController::instance()->setLanguage(QStringLiteral("ar"));
        QTRY_VERIFY(textOf(app.item(QStringLiteral("screenTitle"))).contains(QStringLiteral("عنك")));
        QTRY_VERIFY(app.item(QStringLiteral("draftTranslation"))); // its Arabic is a draft, and says so
        // Arabic-Indic digits are read as numbers.
        QVERIFY(InterviewController::instance()->setText(QStringLiteral("resp_age"), QStringLiteral("٣٤")));
        QCOMPARE(std::get<qint64>(*stored().value(QStringLiteral("resp_age")).value), qint64{34});
        QVERIFY(InterviewController::instance()->setText(QStringLiteral("resp_age"), QStringLiteral("١٢")));
        QTRY_VERIFY(app.item(QStringLiteral("message:resp_age")));
        app.screenshot(QStringLiteral("numeric-error-ar"), 1280, 800);
        app.screenshot(QStringLiteral("numeric-error-ar"), 800, 1280);
        app.window()->resize(1280, 800);
        QVERIFY(InterviewController::instance()->setText(QStringLiteral("resp_age"), QStringLiteral("٣٤")));
        QVERIFY(InterviewController::instance()->next());
        QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:yes")));
        app.screenshot(QStringLiteral("choice-ar"), 1280, 800);
        app.screenshot(QStringLiteral("choice-ar"), 800, 1280);
        app.window()->resize(1280, 800);

        // The roster in Arabic: one entry, then its overview.
        app.pressKey(Qt::Key_2);
        QTRY_VERIFY(stored().contains(QStringLiteral("had_contact")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("addEntryButton")));
        QVERIFY(app.click(QStringLiteral("addEntryButton")));
        QTRY_VERIFY(app.item(QStringLiteral("input:members[1]/member_name")));
        QVERIFY(app.typeInto(QStringLiteral("input:members[1]/member_name"), QStringLiteral("Amal")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("input:members[1]/member_age")));
        QVERIFY(app.typeInto(QStringLiteral("input:members[1]/member_age"), QStringLiteral("44")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("choice:safe_dark:very_safe")));
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(app.window(), Qt::Key_Left, Qt::AltModifier);
            QTest::qWait(50);
        }
        QTRY_VERIFY(app.item(QStringLiteral("rosterView")));
        app.screenshot(QStringLiteral("roster-ar"), 1280, 800);
        app.screenshot(QStringLiteral("roster-ar"), 800, 1280);
        app.window()->resize(1280, 800);

        // Review, then the quick exit's decoy.
        QVERIFY(app.click(QStringLiteral("reviewButton")));
        QTRY_VERIFY(app.item(QStringLiteral("reviewPage")));
        app.screenshot(QStringLiteral("review-ar"), 1280, 800);
        app.screenshot(QStringLiteral("review-ar"), 800, 1280);
        app.window()->resize(1280, 800);
        app.pressKey(Qt::Key_Escape);
        app.pressKey(Qt::Key_Escape);
        QTRY_VERIFY(app.item(QStringLiteral("decoyPage")));
        app.screenshot(QStringLiteral("decoy-ar"), 1280, 800);
        app.screenshot(QStringLiteral("decoy-ar"), 800, 1280);
    }

    void syncPageEnrolsExportsAndImportsWithAResultPerFile()
    {
        // The assessor's laptop: a workspace with one interview, made through the core.
        const QString folder = m_dir.filePath(QStringLiteral("sync-assessor"));
        prepareWorkspace(folder);
        QString interviewId;
        {
            auto ws = Workspace::open(folder, SecureBytes::fromUtf8(Pass));
            QVERIFY(ws.ok());
            Repository repo(**ws);
            const auto list = repo.instruments().value();
            auto instrument = InterviewSession::installedInstrument(repo, list.first().id, list.first().version);
            QVERIFY(instrument.ok());
            auto session = InterviewSession::start(repo, *instrument);
            QVERIFY(session.ok());
            interviewId = (*session)->id();
            QVERIFY((*session)
                        ->setAnswer(ItemRef{(*session)->instrument().byName.value(QStringLiteral("resp_age")), 0},
                                    AnswerState::Value, Value{qint64(34)})
                        .ok());
            (*ws)->lock();
        }
        // The coordinator, through the core; and the USB stick.
        CreateOptions options;
        options.kdf = kdf::insecureTestParams();
        auto coordinator =
            Workspace::create(m_dir.filePath(QStringLiteral("sync-coordinator")), SecureBytes::fromUtf8(Pass), options);
        QVERIFY(coordinator.ok());
        Workspace& c = **coordinator;
        auto cid = sync::identity(c);
        QVERIFY(cid.ok());
        const QString stick = m_dir.filePath(QStringLiteral("stick"));
        QVERIFY(QDir().mkpath(stick));
        {
            QFile team(stick + QStringLiteral("/team.json"));
            QVERIFY(team.open(QIODevice::WriteOnly));
            team.write(sync::identityFile(*cid, sync::Role::Coordinator));
        }

        AppHarness app(optionsFor(folder));
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("syncButton")));
        QVERIFY(app.click(QStringLiteral("syncButton")));
        QTRY_VERIFY(app.item(QStringLiteral("syncPage")));
        auto own = sync::identity(*app.controller()->workspace());
        QVERIFY(own.ok());
        QCOMPARE(textOf(app.item(QStringLiteral("ownFingerprint"))), own->fingerprint);

        // The assessor's identity file goes onto the stick, and the coordinator enrols it.
        QVERIFY(type(app, QStringLiteral("syncFolder"), stick));
        QVERIFY(app.click(QStringLiteral("saveIdentityButton")));
        QTRY_VERIFY(textOf(app.item(QStringLiteral("syncMessageText"))).contains(QStringLiteral("Saved")));
        const QStringList identities = QDir(stick).entryList({QStringLiteral("baseline-identity-*.json")});
        QCOMPARE(identities.size(), 1);
        {
            QFile f(stick + QLatin1Char('/') + identities.first());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(sync::enrol(c, f.readAll(), f.fileName()).ok());
        }
        // The assessor enrols the coordinator's team file and sees its fingerprint.
        QVERIFY(type(app, QStringLiteral("enrolFile"), stick + QStringLiteral("/team.json")));
        QVERIFY(app.click(QStringLiteral("enrolButton")));
        QTRY_VERIFY(app.item(QStringLiteral("peer:") + cid->deviceId));
        QVERIFY(textOf(app.item(QStringLiteral("syncMessageText"))).contains(cid->fingerprint));

        // Export onto the stick; the coordinator imports it and writes a receipt back.
        QVERIFY(app.click(QStringLiteral("exportButton")));
        QTRY_VERIFY(textOf(app.item(QStringLiteral("syncMessageText"))).contains(QStringLiteral("Wrote 1 interview")));
        const QStringList packages = QDir(stick).entryList({QStringLiteral("baseline-results-*.blnpkg")});
        QCOMPARE(packages.size(), 1);
        const auto imported = sync::importPackageFile(c, stick + QLatin1Char('/') + packages.first());
        QVERIFY2(imported.problem == sync::Problem::None, qPrintable(imported.message));
        QVERIFY(sync::writeReceipt(c, imported.packageId, stick + QStringLiteral("/receipt.blnpkg")).ok());
        QVERIFY(Repository(c).interview(interviewId).ok());
        // And a damaged copy, as a half-copied file on a stick would be.
        {
            QFile whole(stick + QStringLiteral("/receipt.blnpkg"));
            QVERIFY(whole.open(QIODevice::ReadOnly));
            QFile half(stick + QStringLiteral("/damaged.blnpkg"));
            QVERIFY(half.open(QIODevice::WriteOnly));
            half.write(whole.readAll().left(200));
        }

        // Import everything on the stick: one result per file, the receipt accepted, the others refused with why.
        QVERIFY(app.click(QStringLiteral("importButton")));
        QTRY_VERIFY(app.item(QStringLiteral("importResult:2")));
        QTRY_VERIFY(!SyncController::instance()->busy());
        QVERIFY(app.item(QStringLiteral("importProgress")));
        QCOMPARE(SyncController::instance()->progress(), 1.0);
        QStringList lines;
        for (int i = 0; i < 3; ++i)
            lines << textOf(app.item(QStringLiteral("importResult:%1").arg(i)));
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("damaged.blnpkg: truncated")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("sealed to another workspace")), qPrintable(all)); // its own package
        QVERIFY2(all.contains(QStringLiteral("1 interviews confirmed")), qPrintable(all));
        QVERIFY(textOf(app.item(QStringLiteral("syncMessageText"))).contains(QStringLiteral("refused")));
        app.screenshot(QStringLiteral("sync"), 1280, 800);
        app.screenshot(QStringLiteral("sync"), 800, 1280);
        app.window()->resize(1280, 800);

        // The interview is still in progress here: delivered but never purged before it is finalized.
        QVERIFY(app.click(QStringLiteral("purgeButton")));
        QTRY_VERIFY(textOf(app.item(QStringLiteral("syncMessageText"))).contains(QStringLiteral("0 delivered")));
        QVERIFY(!Repository(*app.controller()->workspace()).answers(interviewId)->isEmpty());

        // Revoking asks first.
        QVERIFY(app.click(QStringLiteral("revoke:") + cid->deviceId));
        QTRY_VERIFY(app.isOpen(QStringLiteral("revokeDialog")));
        QVERIFY(app.click(QStringLiteral("revokeConfirm")));
        QTRY_VERIFY(textOf(app.item(QStringLiteral("peer:") + cid->deviceId)).contains(QStringLiteral("revoked")));
        // Wait until the dialog has finished closing: while it fades out, its modal overlay still takes the clicks.
        QTRY_VERIFY(!app.object(QStringLiteral("revokeDialog"))->property("visible").toBool());
        QVERIFY(app.click(QStringLiteral("syncBack")));
        QTRY_VERIFY(!SyncController::instance()->shown());
        QTRY_VERIFY(app.item(QStringLiteral("homePage")));
        c.lock();
    }

    void syncPageInArabic()
    {
        const QString folder = m_dir.filePath(QStringLiteral("sync-arabic"));
        prepareWorkspace(folder);
        AppHarness app(optionsFor(folder), QStringLiteral("ar"));
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("syncButton")));
        QVERIFY(app.click(QStringLiteral("syncButton")));
        QTRY_VERIFY(app.item(QStringLiteral("ownFingerprint")));
        app.screenshot(QStringLiteral("sync-ar"), 1280, 800);
        app.screenshot(QStringLiteral("sync-ar"), 800, 1280);
    }

    void interviewListSearchesAndFilters()
    {
        const QString folder = m_dir.filePath(QStringLiteral("list"));
        prepareWorkspace(folder);
        QStringList ids;
        {
            auto ws = Workspace::open(folder, SecureBytes::fromUtf8(Pass));
            QVERIFY(ws.ok());
            Repository repo(**ws);
            const auto list = repo.instruments().value();
            auto instrument = InterviewSession::installedInstrument(repo, list.first().id, list.first().version);
            QVERIFY(instrument.ok());
            for (int i = 0; i < 3; ++i) {
                auto session = InterviewSession::start(repo, *instrument);
                QVERIFY(session.ok());
                ids << (*session)->id();
            }
            QVERIFY(repo.setStatus(ids[1], InterviewStatus::Finalized).ok());
            (*ws)->lock();
        }
        AppHarness app(optionsFor(folder));
        unlock(app);
        const auto shown = [&] {
            int n = 0;
            for (const QString& id : ids)
                n += app.item(QStringLiteral("resume:") + id) ? 1 : 0;
            return n;
        };
        QTRY_COMPARE(shown(), 3);
        // Search by a piece of the id (as read from a paper log), then by the instrument's title.
        QVERIFY(type(app, QStringLiteral("interviewSearch"), ids[2].left(8)));
        QTRY_COMPARE(shown(), 1);
        QVERIFY(app.item(QStringLiteral("resume:") + ids[2]));
        QVERIFY(textOf(app.item(QStringLiteral("interviewMatches"))).contains(QStringLiteral("1 interview")));
        QVERIFY(type(app, QStringLiteral("interviewSearch"), QStringLiteral("no such survey")));
        QTRY_COMPARE(shown(), 0);
        QVERIFY(type(app, QStringLiteral("interviewSearch"), QStringLiteral("runner")));
        QTRY_COMPARE(shown(), 3);
        // Status filter: finalized only.
        QQuickItem* filter = app.item(QStringLiteral("interviewStatusFilter"));
        QVERIFY(filter);
        filter->setProperty("currentIndex", 3);
        QTRY_COMPARE(shown(), 1);
        QVERIFY(app.item(QStringLiteral("resume:") + ids[1]));
        filter->setProperty("currentIndex", 0);
        QTRY_COMPARE(shown(), 3);
    }

    void selfCompletionHandsOverAndBack()
    {
        const QString folder = m_dir.filePath(QStringLiteral("self"));
        prepareWorkspace(folder);
        {
            auto ws = Workspace::open(folder, SecureBytes::fromUtf8(Pass));
            QVERIFY(ws.ok());
            Repository repo(**ws);
            const QString file =
                QStringLiteral(BASELINE_SOURCE_DIR "/tests/data/instruments/self-completion-test.json");
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(InterviewSession::install(repo, f.readAll(), file).ok());
            (*ws)->lock();
        }
        AppHarness app(optionsFor(folder));
        unlock(app);
        InterviewController* ic = InterviewController::instance();
        QTRY_VERIFY(app.item(QStringLiteral("start:self-completion-test")));
        QVERIFY(app.click(QStringLiteral("start:self-completion-test")));
        QTRY_VERIFY(app.item(QStringLiteral("consentYes")));
        QVERIFY(app.click(QStringLiteral("consentYes")));
        QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
        QVERIFY(type(app, QStringLiteral("input:resp_age"), QStringLiteral("41")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:no")));
        app.pressKey(Qt::Key_2);
        QTRY_VERIFY(stored().contains(QStringLiteral("had_contact")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("rosterView")));
        app.pressKey(Qt::Key_Return);

        // The safety section is for the respondent alone: first the hand-over screen, no questions, no navigator.
        QTRY_COMPARE(ic->handOver(), InterviewController::HandOver::Offer);
        QTRY_VERIFY(app.item(QStringLiteral("handOverStart")));
        QVERIFY(!app.item(QStringLiteral("choice:safe_dark:very_safe")));
        QVERIFY(!app.item(QStringLiteral("sectionNavigator")));
        app.screenshot(QStringLiteral("hand-over"), 800, 1280);
        app.window()->resize(1280, 800);
        QVERIFY(app.click(QStringLiteral("handOverStart")));
        QTRY_VERIFY(app.item(QStringLiteral("choice:safe_dark:very_safe")));
        QCOMPARE(ic->handOver(), InterviewController::HandOver::Active);
        // Nothing earlier is reachable: no review, no section navigator, and Back stops at the section's start.
        QVERIFY(!app.item(QStringLiteral("reviewButton")));
        QVERIFY(!app.item(QStringLiteral("sectionNavigator")));
        QVERIFY(!app.item(QStringLiteral("progressLabel")));
        QTest::keyClick(app.window(), Qt::Key_Left, Qt::AltModifier);
        QTest::qWait(50);
        QVERIFY(app.item(QStringLiteral("choice:safe_dark:very_safe")));
        ic->goTo(0);
        QVERIFY(app.item(QStringLiteral("choice:safe_dark:very_safe")));
        app.pressKey(Qt::Key_1);
        QTRY_VERIFY(stored().contains(QStringLiteral("safe_dark")));
        app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(app.item(QStringLiteral("input:comment")));
        QVERIFY(app.click(QStringLiteral("nextButton")));

        // Done: the device goes back, and only the assessor's passphrase goes on (to the review: the end).
        QTRY_COMPARE(ic->handOver(), InterviewController::HandOver::GiveBack);
        QTRY_VERIFY(app.item(QStringLiteral("handBackButton")));
        QVERIFY(!app.item(QStringLiteral("input:comment")));
        app.pressKey(Qt::Key_Return);
        QTest::qWait(50);
        QCOMPARE(ic->handOver(), InterviewController::HandOver::GiveBack);
        QVERIFY(app.click(QStringLiteral("handBackButton")));
        QTRY_COMPARE(app.controller()->stage(), WorkspaceController::Stage::Locked);
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("reviewPage")));
        QCOMPARE(ic->handOver(), InterviewController::HandOver::None);
        QCOMPARE(stored().value(QStringLiteral("resp_age")).value, std::optional<Value>(Value{qint64{41}}));
        QVERIFY(stored().contains(QStringLiteral("safe_dark")));
    }

    /** Every control a person can operate has a name a screen reader can say, on every page of a whole visit. */
    void everyControlHasAnAccessibleName()
    {
        const QString folder = m_dir.filePath(QStringLiteral("a11y"));
        prepareWorkspace(folder);
        AppHarness app(optionsFor(folder));
        unlock(app);
        QAccessible::setActive(true);
        const auto unnamed = [&] { return app.unnamedControls(); };
        QTRY_VERIFY(app.item(QStringLiteral("start:runner-test")));
        QVERIFY2(unnamed().isEmpty(), qPrintable(QStringLiteral("home: ") + unnamed().join(QStringLiteral(", "))));
        QVERIFY(app.click(QStringLiteral("start:runner-test")));
        QTRY_VERIFY(app.item(QStringLiteral("consentYes")));
        QVERIFY2(unnamed().isEmpty(), qPrintable(QStringLiteral("consent: ") + unnamed().join(QStringLiteral(", "))));
        QVERIFY(app.click(QStringLiteral("consentYes")));
        QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
        QVERIFY2(unnamed().isEmpty(), qPrintable(QStringLiteral("interview: ") + unnamed().join(QStringLiteral(", "))));
        QVERIFY(app.click(QStringLiteral("reviewButton")));
        QTRY_VERIFY(app.item(QStringLiteral("reviewPage")));
        QVERIFY2(unnamed().isEmpty(), qPrintable(QStringLiteral("review: ") + unnamed().join(QStringLiteral(", "))));
        InterviewController::instance()->close();
        QTRY_VERIFY(app.item(QStringLiteral("syncButton")));
        QVERIFY(app.click(QStringLiteral("syncButton")));
        QTRY_VERIFY(app.item(QStringLiteral("syncPage")));
        QVERIFY2(unnamed().isEmpty(), qPrintable(QStringLiteral("sync: ") + unnamed().join(QStringLiteral(", "))));
    }

    /** The real thing: this test binary runs itself as a second process that starts an interview and answers,
     *  and is then killed with SIGKILL mid-interview; the app started again here resumes on the same item with
     *  every committed answer. */
    void killedMidInterviewResumesOnTheSameItem()
    {
        const QByteArray phase = qgetenv("BASELINE_KILL_PHASE");
        if (phase == "child") {
            const QString folder = QString::fromLocal8Bit(qgetenv("BASELINE_KILL_FOLDER"));
            AppHarness app(optionsFor(folder));
            unlock(app);
            QTRY_VERIFY(app.item(QStringLiteral("start:runner-test")));
            QVERIFY(app.click(QStringLiteral("start:runner-test")));
            QTRY_VERIFY(app.item(QStringLiteral("consentYes")));
            QVERIFY(app.click(QStringLiteral("consentYes")));
            QTRY_VERIFY(app.item(QStringLiteral("input:resp_age")));
            QVERIFY(type(app, QStringLiteral("input:resp_age"), QStringLiteral("47")));
            app.pressKey(Qt::Key_Return);
            QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:yes")));
            app.pressKey(Qt::Key_1);
            QTRY_VERIFY(stored().contains(QStringLiteral("had_contact")));
            std::fprintf(stdout, "READY %s\n", qPrintable(InterviewController::instance()->interviewId()));
            std::fflush(stdout);
            QTest::qWait(120000); // killed long before this ends
            return;
        }
        const QString folder = m_dir.filePath(QStringLiteral("killed"));
        prepareWorkspace(folder);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BASELINE_KILL_PHASE"), QStringLiteral("child"));
        env.insert(QStringLiteral("BASELINE_KILL_FOLDER"), folder);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("killedMidInterviewResumesOnTheSameItem")});
        QVERIFY(child.waitForStarted(10000));
        QString id;
        QElapsedTimer waited;
        waited.start();
        while (id.isEmpty() && waited.elapsed() < 60000) {
            child.waitForReadyRead(1000);
            for (const QByteArray& line : child.readAllStandardOutput().split('\n'))
                if (line.startsWith("READY "))
                    id = QString::fromLatin1(line.mid(6).trimmed());
        }
        QVERIFY2(!id.isEmpty(), "the child app never reached the contact question");
        child.kill(); // SIGKILL: no lock, no destructor, nothing flushed by the app
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        AppHarness app(optionsFor(folder));
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("resume:") + id));
        QVERIFY(app.click(QStringLiteral("resume:") + id));
        QTRY_VERIFY(app.item(QStringLiteral("choice:had_contact:yes")));
        QCOMPARE(stored().value(QStringLiteral("resp_age")).value, std::optional<Value>(Value{qint64{47}}));
        QCOMPARE(stored().value(QStringLiteral("had_contact")).value,
                 std::optional<Value>(Value{ChoiceValue{QStringLiteral("yes")}}));
    }
};

QTEST_MAIN(RunnerTest)
#include "runnertest.moc"
