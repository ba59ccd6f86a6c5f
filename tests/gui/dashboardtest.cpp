// SPDX-License-Identifier: GPL-3.0-or-later
// The agency dashboard end to end: the app's real QML offscreen on a demo workspace, the national agency scored
// step by step, its numbers checked against the core's report model, a PDF report generated through the page with
// its progress bar and opened, and screenshots in English and Arabic at laptop and tablet sizes.
#include "guitestsupport.h"

#include "dashboardcontroller.h"
#include "scoring/demo.h"
#include "scoring/report.h"
#include "store/repository.h"

#include <QAccessible>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace baseline;
using namespace baseline::test;

namespace {

const QString Pass = QStringLiteral("correct horse battery staple");

WorkspaceController::Options optionsFor(const QString& folder)
{
    WorkspaceController::Options o;
    o.folder = folder;
    o.kdf = kdf::insecureTestParams();
    return o;
}

QString textOf(QQuickItem* item)
{
    return item ? item->property("text").toString() : QString();
}

} // namespace

/** Receives what the app asks the desktop to open (instead of a PDF viewer starting on the build machine). */
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

class DashboardTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_national;
    QString m_station; ///< a station with a baseline and a follow-up assessment
    QString m_baseline;
    QString m_followUp;
    OpenedUrls m_opened;

    void unlock(AppHarness& app)
    {
        QTRY_VERIFY(app.item(QStringLiteral("unlockPage")));
        QVERIFY(app.typeInto(QStringLiteral("passphraseInput"), Pass));
        app.pressKey(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller()->stage(), WorkspaceController::Stage::Unlocked, 10000);
    }

    /** Scrolls the dashboard so the named card is at the top. */
    void scrollTo(AppHarness& app, const QString& card)
    {
        app.window()->resize(1280, 800);
        QQuickItem* scroll = app.item(QStringLiteral("dashboardScroll"));
        QQuickItem* target = app.item(card);
        QVERIFY(scroll && target);
        auto* flick = scroll->property("contentItem").value<QQuickItem*>();
        QVERIFY(flick);
        auto* content = flick->property("contentItem").value<QQuickItem*>();
        QVERIFY(content);
        flick->setProperty("contentY", target->mapToItem(content, QPointF(0, 0)).y());
    }

    void openDashboard(AppHarness& app)
    {
        unlock(app);
        QTRY_VERIFY(app.item(QStringLiteral("dashboardButton")));
        QVERIFY(app.click(QStringLiteral("dashboardButton")));
        QTRY_VERIFY(app.item(QStringLiteral("dashboardPage")));
        // The national service comes first and is scored at once, step by step.
        QTRY_VERIFY_WITH_TIMEOUT(!DashboardController::instance()->busy(), 60000);
        QCOMPARE(DashboardController::instance()->agencyId(), m_national);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_opened, "open");
        m_folder = m_dir.filePath(QStringLiteral("demo"));
        CreateOptions options;
        options.kdf = kdf::insecureTestParams();
        auto ws = Workspace::create(m_folder, SecureBytes::fromUtf8(Pass), options);
        QVERIFY2(ws.ok(), qPrintable(ws.message()));
        Repository repo(**ws);
        auto summary = demo::build(repo, 2026, 12, QDate(2026, 6, 30), true);
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        m_national = summary->nationalAgencyId;
        QVERIFY(!summary->followUps.isEmpty());
        m_baseline = summary->followUps.cbegin().key();
        m_followUp = summary->followUps.cbegin().value();
        auto assessments = repo.assessments();
        QVERIFY(assessments.ok());
        for (const Assessment& a : *assessments)
            if (a.id == m_baseline)
                m_station = a.agencyId;
        QVERIFY(!m_station.isEmpty());

        (*ws)->lock();
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void showsTheSameNumbersAsTheReport()
    {
        AppHarness app(optionsFor(m_folder));
        openDashboard(app);
        auto* dash = DashboardController::instance();

        // The core's report model for the same agency, in the same language.
        Repository repo(*app.controller()->workspace());
        auto model = scoring::buildReport(repo, m_national);
        QVERIFY2(model.ok(), qPrintable(model.message()));
        QCOMPARE(dash->interviews(), model->card.interviews);
        QCOMPARE(dash->services().size(), model->recommendations.services.size());
        QVERIFY(!dash->gaps().isEmpty());
        int shown = 0, suppressed = 0;
        for (const scoring::IndicatorResult& r : model->card.results) {
            if (!r.breakdown.isEmpty())
                continue;
            QVariantMap row;
            for (const QVariant& v : dash->indicators())
                if (v.toMap().value(QStringLiteral("instrument")) == r.instrumentId
                    && v.toMap().value(QStringLiteral("indicator")) == r.indicatorId)
                    row = v.toMap();
            QVERIFY2(!row.isEmpty(), qPrintable(r.instrumentId + QLatin1Char('/') + r.indicatorId));
            if (r.suppressed) {
                // Nothing of a suppressed estimate reaches the screen.
                ++suppressed;
                QVERIFY(!row.contains(QStringLiteral("value")));
                QVERIFY(!row.contains(QStringLiteral("lower")));
                QVERIFY(!row.value(QStringLiteral("n")).isValid());
                continue;
            }
            if (r.estimate.value) {
                ++shown;
                QCOMPARE(row.value(QStringLiteral("value")).toDouble(), *r.estimate.value);
            }
        }
        QVERIFY(shown > 20);
        QVERIFY(suppressed > 0); // the sensitive instruments at 12 interviews a station
        QTRY_VERIFY(app.item(QStringLiteral("gapChart")));
        QAccessible::setActive(true);
        QVERIFY2(app.unnamedControls().isEmpty(), qPrintable(app.unnamedControls().join(QStringLiteral(", "))));
        QVERIFY(app.item(QStringLiteral("service_") + model->recommendations.services.first().service));

        app.screenshot(QStringLiteral("dashboard"), 1280, 800);
        app.screenshot(QStringLiteral("dashboard"), 800, 1280);
        // Further down: the services and the indicators with their intervals.
        scrollTo(app, QStringLiteral("indicatorsCard"));
        app.screenshot(QStringLiteral("dashboard-indicators"), 1280, 800);
    }

    void generatesAReportWithProgressAndOpensIt()
    {
        AppHarness app(optionsFor(m_folder));
        openDashboard(app);
        const QString out = m_dir.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(out));
        m_opened.urls.clear();

        // A folder that does not exist is refused with its name, and nothing is written.
        QVERIFY(app.typeInto(QStringLiteral("reportFolder"), out + QStringLiteral("/missing")));
        QVERIFY(app.click(QStringLiteral("generateReport")));
        QTRY_VERIFY(textOf(app.item(QStringLiteral("dashboardMessage"))).contains(QStringLiteral("missing")));
        QVERIFY(m_opened.urls.isEmpty());

        app.item(QStringLiteral("reportFolder"))->setProperty("text", QString());
        QVERIFY(app.typeInto(QStringLiteral("reportFolder"), out));
        QVERIFY(app.click(QStringLiteral("generateReport")));
        // The progress bar shows while the interviews are scored and the PDF is written.
        QTRY_VERIFY(app.item(QStringLiteral("reportProgress")));
        QTRY_VERIFY_WITH_TIMEOUT(m_opened.urls.size() == 1, 60000);
        QVERIFY(!DashboardController::instance()->busy());
        const QString path = m_opened.urls.first().toLocalFile();
        QCOMPARE(path, DashboardController::instance()->reportPath());
        QVERIFY(path.endsWith(QStringLiteral(".pdf")));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(textOf(app.item(QStringLiteral("dashboardMessage"))).contains(path));

        // A second report never overwrites the first.
        QVERIFY(app.click(QStringLiteral("generateReport")));
        QTRY_VERIFY_WITH_TIMEOUT(m_opened.urls.size() == 2, 60000);
        QVERIFY(m_opened.urls.at(1).toLocalFile() != path);
        QVERIFY(QFile::exists(path));
    }

    void comparesABaselineAndAFollowUp()
    {
        AppHarness app(optionsFor(m_folder));
        openDashboard(app);
        auto* dash = DashboardController::instance();
        // At national level every station's waves are listed; the proposed pair is one station's two waves.
        QVERIFY(dash->assessments().size() > 2);
        const auto proposed = [&](const QString& box) {
            const int index = app.item(box)->property("currentIndex").toInt();
            return dash->assessments().at(index).toMap();
        };
        QTRY_VERIFY(proposed(QStringLiteral("compareFrom")).value(QStringLiteral("id"))
                    != proposed(QStringLiteral("compareTo")).value(QStringLiteral("id")));
        QCOMPARE(proposed(QStringLiteral("compareFrom")).value(QStringLiteral("agencyId")),
                 proposed(QStringLiteral("compareTo")).value(QStringLiteral("agencyId")));
        // A station has its two waves, oldest first.
        dash->selectAgency(m_station);
        QTRY_VERIFY_WITH_TIMEOUT(!dash->busy(), 60000);
        QCOMPARE(dash->agencyId(), m_station);
        QCOMPARE(dash->assessments().size(), 2);
        QCOMPARE(dash->assessments().at(0).toMap().value(QStringLiteral("id")).toString(), m_baseline);
        QCOMPARE(dash->assessments().at(1).toMap().value(QStringLiteral("id")).toString(), m_followUp);
        QTRY_VERIFY(app.item(QStringLiteral("comparisonCard"))->isVisible());
        QVERIFY(dash->changes().isEmpty());

        QVERIFY(app.click(QStringLiteral("compareAssessments")));
        QTRY_VERIFY(!dash->changes().isEmpty());
        QVERIFY(dash->comparisonTitle().contains(QStringLiteral("→")));

        // The same rows and numbers as the core's comparison in the report model.
        Repository repo(*app.controller()->workspace());
        auto model = scoring::buildReport(repo, m_station);
        QVERIFY(model.ok());
        QVERIFY(scoring::attachComparison(repo, m_station, *model, m_baseline, m_followUp).ok());
        qsizetype inBoth = 0;
        int suppressed = 0, changes = 0;
        for (const scoring::ComparisonRow& c : model->comparison->rows) {
            if (!c.inBoth)
                continue;
            const QVariantMap row = dash->changes().at(inBoth++).toMap();
            QCOMPARE(row.value(QStringLiteral("indicator")).toString(), c.indicatorId);
            if (c.suppressed) {
                // Suppressed in either wave: no number of either reaches the screen.
                ++suppressed;
                QCOMPARE(row.value(QStringLiteral("verdict")).toString(), QStringLiteral("suppressed"));
                QVERIFY(!row.contains(QStringLiteral("fromText")));
                QVERIFY(!row.contains(QStringLiteral("toText")));
                QVERIFY(!row.contains(QStringLiteral("change")));
                continue;
            }
            QVERIFY(row.contains(QStringLiteral("fromText")));
            QVERIFY(row.contains(QStringLiteral("toText")));
            if (c.change)
                QCOMPARE(row.value(QStringLiteral("change")).toDouble(), c.change->value);
            const bool change = !c.unreliable && c.change && c.change->distinguishable();
            changes += change ? 1 : 0;
            QCOMPARE(row.value(QStringLiteral("verdict")).toString(),
                     c.unreliable ? QStringLiteral("unreliable")
                         : change ? QStringLiteral("change")
                                  : QStringLiteral("none"));
        }
        QCOMPARE(dash->changes().size(), inBoth);
        QVERIFY(suppressed > 0); // sensitive instruments at 12 interviews a station
        QVERIFY(inBoth > suppressed);
        QAccessible::setActive(true);
        QVERIFY2(app.unnamedControls().isEmpty(), qPrintable(app.unnamedControls().join(QStringLiteral(", "))));
        scrollTo(app, QStringLiteral("comparisonCard"));
        app.screenshot(QStringLiteral("dashboard-change"), 1280, 800);
        qInfo("%d distinguishable change(s) of %lld compared", changes, static_cast<long long>(inBoth));

        // A report written now includes the comparison.
        const QString out = m_dir.filePath(QStringLiteral("compared"));
        QVERIFY(QDir().mkpath(out));
        m_opened.urls.clear();
        app.item(QStringLiteral("reportFormat"))->setProperty("currentIndex", 1); // HTML
        QVERIFY(app.typeInto(QStringLiteral("reportFolder"), out));
        QVERIFY(app.click(QStringLiteral("generateReport")));
        QTRY_VERIFY_WITH_TIMEOUT(m_opened.urls.size() == 1, 60000);
        QFile html(m_opened.urls.first().toLocalFile());
        QVERIFY(html.fileName().endsWith(QStringLiteral(".html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(QStringLiteral("<h2>Change: ")));
        QCOMPARE(dash->changes().size(), inBoth); // still shown after the run

        // Another agency: the comparison goes with the agency it was made for.
        dash->selectAgency(m_national);
        QTRY_VERIFY_WITH_TIMEOUT(!dash->busy(), 60000);
        QVERIFY(dash->changes().isEmpty());
        QVERIFY(dash->comparisonTitle().isEmpty());
        dash->selectAgency(m_station);
        QTRY_VERIFY_WITH_TIMEOUT(!dash->busy(), 60000);
        QVERIFY(dash->changes().isEmpty());
        QTRY_VERIFY(app.click(QStringLiteral("compareAssessments")));
        QTRY_VERIFY(!dash->changes().isEmpty());

        // Cleared: the next report is the agency alone.
        QVERIFY(app.click(QStringLiteral("clearComparison")));
        QTRY_VERIFY(dash->changes().isEmpty());
        QVERIFY(dash->comparisonTitle().isEmpty());
        QVERIFY(app.click(QStringLiteral("generateReport")));
        QTRY_VERIFY_WITH_TIMEOUT(m_opened.urls.size() == 2, 60000);
        QFile again(m_opened.urls.at(1).toLocalFile());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(again.readAll()).contains(QStringLiteral("<h2>Change: ")));
    }

    void lockingDropsEverythingShown()
    {
        AppHarness app(optionsFor(m_folder));
        openDashboard(app);
        QVERIFY(!DashboardController::instance()->indicators().isEmpty());
        app.controller()->lock();
        QTRY_VERIFY(app.item(QStringLiteral("unlockPage")));
        QVERIFY(DashboardController::instance()->indicators().isEmpty());
        QVERIFY(DashboardController::instance()->agencies().isEmpty());
        QVERIFY(DashboardController::instance()->assessments().isEmpty());
        QVERIFY(DashboardController::instance()->changes().isEmpty());
        QVERIFY(!DashboardController::instance()->shown());
    }

    void arabicMirrorsTheDashboard()
    {
        AppHarness app(optionsFor(m_folder), QStringLiteral("ar"));
        openDashboard(app);
        QVERIFY(QGuiApplication::layoutDirection() == Qt::RightToLeft);
        QVERIFY(!DashboardController::instance()->services().isEmpty());
        app.screenshot(QStringLiteral("dashboard-ar"), 1280, 800);
        app.screenshot(QStringLiteral("dashboard-ar"), 800, 1280);
        // A station's two waves compared, right to left, on a tablet.
        DashboardController::instance()->selectAgency(m_station);
        QTRY_VERIFY_WITH_TIMEOUT(!DashboardController::instance()->busy(), 60000);
        QTRY_VERIFY(app.click(QStringLiteral("compareAssessments")));
        QTRY_VERIFY(!DashboardController::instance()->changes().isEmpty());
        scrollTo(app, QStringLiteral("comparisonCard"));
        app.screenshot(QStringLiteral("dashboard-change-ar"), 800, 1280);
    }
};

QTEST_MAIN(DashboardTest)
#include "dashboardtest.moc"
