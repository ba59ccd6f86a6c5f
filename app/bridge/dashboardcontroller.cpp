// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcontroller.h"

#include "pdfreport.h"
#include "workspacecontroller.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace baseline {

namespace {

DashboardController* g_instance = nullptr;

/** Interviews read per event-loop turn: small enough for the progress bar to move, large enough not to crawl. */
constexpr qsizetype StepSize = 200;

Workspace* workspace()
{
    WorkspaceController* wc = WorkspaceController::instance();
    return wc ? wc->workspace() : nullptr;
}

QString localPath(const QString& pathOrUrl)
{
    const QString trimmed = pathOrUrl.trimmed();
    return trimmed.startsWith(QLatin1String("file:")) ? QUrl(trimmed).toLocalFile() : trimmed;
}

/** The report's language: the interface's, where the instruments have it (they fall back to their own default). */
QString interfaceLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString number(double v, const scoring::IndicatorResult& r)
{
    const int decimals = r.type == QLatin1String("rubric") || r.type == QLatin1String("borich") ? 2 : 1;
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

/** One scoring run in progress: the pending report, the scorer, and what to write when it is done. */
struct DashboardController::Run {
    scoring::PendingReport pending;
    scoring::Scorer scorer;
    QString format; ///< empty: the dashboard only
    QString folder;
    bool rendering = false;
};

DashboardController* DashboardController::create(QQmlEngine*, QJSEngine*)
{
    if (!g_instance)
        g_instance = new DashboardController(QCoreApplication::instance());
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

DashboardController* DashboardController::instance()
{
    return g_instance;
}

void DashboardController::reset()
{
    delete g_instance;
    g_instance = nullptr;
}

DashboardController::DashboardController(QObject* parent)
    : QObject(parent)
{
    WorkspaceController* ws = WorkspaceController::instance();
    if (!ws)
        ws = WorkspaceController::create(nullptr, nullptr);
    // Locking (idle or quick exit) drops any run, leaves the dashboard and forgets every number shown.
    connect(ws, &WorkspaceController::aboutToLock, this, [this] {
        m_run.reset();
        m_model.reset();
        m_agencyId.clear();
        m_agencies.clear();
        m_message.clear();
        m_reportPath.clear();
        m_assessments.clear();
        m_compareFrom.clear();
        m_compareTo.clear();
        publish();
        publishComparison();
        Q_EMIT assessmentsChanged();
        if (m_shown) {
            m_shown = false;
            Q_EMIT shownChanged();
        }
        Q_EMIT agenciesChanged();
        Q_EMIT progressChanged();
        Q_EMIT messageChanged();
    });
}

DashboardController::~DashboardController()
{
    if (g_instance == this)
        g_instance = nullptr;
}

QString DashboardController::agencyName() const
{
    return m_model ? m_model->agencyName : QString();
}

int DashboardController::interviews() const
{
    return m_model ? m_model->card.interviews : 0;
}

int DashboardController::weightedInterviews() const
{
    return m_model ? m_model->card.weightedInterviews : 0;
}

QStringList DashboardController::tooUncertain() const
{
    return m_model ? m_model->recommendations.tooUncertain : QStringList();
}

QString DashboardController::comparisonTitle() const
{
    return m_model && m_model->comparison
        ? tr("%1 → %2").arg(m_model->comparison->fromTitle, m_model->comparison->toTitle)
        : QString();
}

double DashboardController::progress() const
{
    if (!m_run)
        return 0;
    if (m_run->rendering)
        return 0.95;
    const qsizetype total = m_run->scorer.total();
    // Scoring is the long part; writing the file takes the last 10 % when there is one.
    const double share = m_run->format.isEmpty() ? 1.0 : 0.9;
    return total == 0 ? share : share * double(m_run->scorer.done()) / double(total);
}

QString DashboardController::stage() const
{
    if (!m_run)
        return {};
    if (m_run->rendering)
        return tr("Writing the report…");
    return tr("Scoring %1 of %2 interviews…").arg(m_run->scorer.done()).arg(m_run->scorer.total());
}

void DashboardController::say(const QString& message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    Q_EMIT messageChanged();
}

void DashboardController::refreshAgencies()
{
    m_agencies.clear();
    if (Workspace* ws = workspace()) {
        Repository repo(*ws);
        if (auto all = repo.agencies())
            for (const Agency& a : *all)
                m_agencies.append(QVariantMap{{QStringLiteral("id"), a.id},
                                              {QStringLiteral("name"), a.name},
                                              {QStringLiteral("top"), a.parentId.isEmpty()}});
        else
            say(all.message(), true);
    }
    // National services and other top agencies first (their reports cover the rest), then by name.
    std::stable_sort(m_agencies.begin(), m_agencies.end(), [](const QVariant& a, const QVariant& b) {
        const QVariantMap x = a.toMap(), y = b.toMap();
        if (x.value(QStringLiteral("top")).toBool() != y.value(QStringLiteral("top")).toBool())
            return x.value(QStringLiteral("top")).toBool();
        return x.value(QStringLiteral("name")).toString().localeAwareCompare(y.value(QStringLiteral("name")).toString())
            < 0;
    });
    Q_EMIT agenciesChanged();
}

void DashboardController::show()
{
    refreshAgencies();
    m_message.clear();
    Q_EMIT messageChanged();
    m_shown = true;
    Q_EMIT shownChanged();
    if (m_agencyId.isEmpty() && !m_agencies.isEmpty())
        selectAgency(m_agencies.first().toMap().value(QStringLiteral("id")).toString());
}

void DashboardController::hide()
{
    m_run.reset();
    Q_EMIT progressChanged();
    m_shown = false;
    Q_EMIT shownChanged();
}

void DashboardController::selectAgency(const QString& agencyId)
{
    start(agencyId, {}, {});
}

void DashboardController::generateReport(const QString& format, const QString& folder)
{
    const QString dir = localPath(folder);
    if (format != QLatin1String("pdf") && format != QLatin1String("html") && format != QLatin1String("csv")) {
        say(tr("Unknown report format: %1").arg(format), true);
        return;
    }
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        say(tr("Choose a folder that exists: %1").arg(dir), true);
        return;
    }
    if (m_agencyId.isEmpty()) {
        say(tr("Choose an agency first."), true);
        return;
    }
    start(m_agencyId, format, dir);
}

void DashboardController::start(const QString& agencyId, const QString& format, const QString& folder)
{
    Workspace* ws = workspace();
    if (!ws)
        return;
    Repository repo(*ws);
    auto pending = scoring::startReport(repo, agencyId, {}, interfaceLanguage());
    if (auto installed = repo.instruments())
        for (const InstalledInstrument& i : *installed)
            m_titles.insert(i.id, i.title);
    if (!pending) {
        say(pending.message(), true);
        return;
    }
    if (agencyId != m_agencyId) {
        m_agencyId = agencyId;
        m_model.reset();
        m_compareFrom.clear();
        m_compareTo.clear();
        // The assessments that can be compared: this agency's and those of the agencies below it, oldest first.
        m_assessments.clear();
        auto mine = scoring::agencyAssessments(repo, agencyId);
        QHash<QString, QString> names;
        if (auto agencies = repo.agencies())
            for (const Agency& a : *agencies)
                names.insert(a.id, a.name);
        auto all = repo.assessments();
        if (mine && all) {
            QList<Assessment> list;
            for (const Assessment& a : *all)
                if (mine->contains(a.id))
                    list << a;
            std::stable_sort(list.begin(), list.end(), [](const Assessment& a, const Assessment& b) {
                return a.periodStart != b.periodStart ? a.periodStart < b.periodStart : a.title < b.title;
            });
            for (const Assessment& a : std::as_const(list))
                m_assessments.append(QVariantMap{
                    {QStringLiteral("id"), a.id},
                    {QStringLiteral("agencyId"), a.agencyId},
                    // Assessments of different units often share a title: the unit and the period tell them apart.
                    {QStringLiteral("label"),
                     tr("%1 · %2 · %3")
                         .arg(a.title, names.value(a.agencyId),
                              a.periodStart.isValid() ? QLocale().toString(a.periodStart, QLocale::ShortFormat)
                                                      : QString())},
                    {QStringLiteral("title"), a.title},
                    {QStringLiteral("period"),
                     a.periodStart.isValid() ? QLocale().toString(a.periodStart, QLocale::ShortFormat) : QString()}});
        }
        publish();
        publishComparison();
        Q_EMIT assessmentsChanged();
    }
    QStringList ids = pending->interviews;
    scoring::Options options = pending->model.options;
    m_run.reset(new Run{std::move(pending).value(), scoring::Scorer(std::move(ids), std::move(options)), format, folder,
                        false});
    m_message.clear();
    m_reportPath.clear();
    Q_EMIT messageChanged();
    Q_EMIT progressChanged();
    QTimer::singleShot(0, this, &DashboardController::stepRun);
}

void DashboardController::abandonRun()
{
    m_run.reset();
    Q_EMIT progressChanged();
}

void DashboardController::stepRun()
{
    Workspace* ws = workspace();
    if (!m_run)
        return;
    if (!ws) {
        abandonRun();
        return;
    }
    Repository repo(*ws);
    if (auto r = m_run->scorer.step(repo, StepSize); !r) {
        abandonRun();
        say(tr("Could not score the interviews: %1").arg(r.message()), true);
        return;
    }
    Q_EMIT progressChanged();
    if (m_run->scorer.done() < m_run->scorer.total()) {
        QTimer::singleShot(0, this, &DashboardController::stepRun);
        return;
    }
    if (!m_run->format.isEmpty()) {
        // Show "writing" for one turn before the (long) rendering blocks.
        m_run->rendering = true;
        Q_EMIT progressChanged();
        QTimer::singleShot(0, this, &DashboardController::finishRun);
        return;
    }
    finishRun();
}

void DashboardController::finishRun()
{
    if (!m_run)
        return;
    std::unique_ptr<Run> run = std::move(m_run);
    auto model = scoring::finishReport(std::move(run->pending), run->scorer.finish());
    if (!model) {
        Q_EMIT progressChanged();
        say(tr("Could not build the report: %1").arg(model.message()), true);
        return;
    }
    m_model = std::move(model).value();
    QString comparisonLost; ///< why the comparison chosen could not be made, to say with the result
    // The comparison chosen on the dashboard goes into the new model, and so into the report written from it.
    if (!m_compareFrom.isEmpty())
        if (auto r = attachComparison(*m_model); !r) {
            m_compareFrom.clear();
            m_compareTo.clear();
            comparisonLost = r.message();
        }
    publish();
    publishComparison();
    if (run->format.isEmpty()) {
        Q_EMIT progressChanged();
        if (!comparisonLost.isEmpty())
            say(tr("Could not compare the assessments: %1").arg(comparisonLost), true);
        return;
    }
    QByteArray bytes;
    if (run->format == QLatin1String("pdf"))
        bytes = render::renderPdf(*m_model);
    else if (run->format == QLatin1String("html"))
        bytes = scoring::renderHtml(*m_model);
    else
        bytes = scoring::renderCsv(*m_model);
    // A name that says what and when, and never overwrites an earlier report.
    QString safeName = m_model->agencyName;
    safeName.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    const QString base = QStringLiteral("gap-report-%1-%2").arg(safeName, QDate::currentDate().toString(Qt::ISODate));
    QString path = QDir(run->folder).filePath(base + QLatin1Char('.') + run->format);
    for (int k = 2; QFileInfo::exists(path); ++k)
        path = QDir(run->folder).filePath(QStringLiteral("%1-%2.%3").arg(base).arg(k).arg(run->format));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        Q_EMIT progressChanged();
        say(tr("Could not write %1: %2. Nothing was saved; check the folder and the free space.")
                .arg(path, out.errorString()),
            true);
        return;
    }
    m_reportPath = path;
    Q_EMIT progressChanged();
    if (comparisonLost.isEmpty())
        say(tr("Report written: %1").arg(path), false);
    else
        say(tr("Report written without the comparison (%1): %2").arg(comparisonLost, path), true);
    Q_EMIT reportReady(QUrl::fromLocalFile(path));
}

Result<void> DashboardController::attachComparison(scoring::ReportModel& model)
{
    Workspace* ws = workspace();
    if (!ws)
        return makeError(ErrorCode::Locked, tr("the workspace is locked"));
    Repository repo(*ws);
    return scoring::attachComparison(repo, m_agencyId, model, m_compareFrom, m_compareTo);
}

void DashboardController::compareAssessments(const QString& fromAssessmentId, const QString& toAssessmentId)
{
    if (!m_model || m_run) {
        say(tr("Wait until the agency is scored, then compare."), true);
        return;
    }
    if (fromAssessmentId.isEmpty() || toAssessmentId.isEmpty() || fromAssessmentId == toAssessmentId) {
        say(tr("Choose two different assessments: a baseline and a follow-up."), true);
        return;
    }
    m_compareFrom = fromAssessmentId;
    m_compareTo = toAssessmentId;
    if (auto r = attachComparison(*m_model); !r) {
        m_compareFrom.clear();
        m_compareTo.clear();
        m_model->comparison.reset();
        say(tr("Could not compare the assessments: %1").arg(r.message()), true);
    } else {
        m_message.clear();
        Q_EMIT messageChanged();
    }
    publishComparison();
}

void DashboardController::clearComparison()
{
    m_compareFrom.clear();
    m_compareTo.clear();
    if (m_model)
        m_model->comparison.reset();
    publishComparison();
}

void DashboardController::publishComparison()
{
    m_changes.clear();
    if (m_model && m_model->comparison) {
        for (const scoring::ComparisonRow& c : m_model->comparison->rows) {
            if (!c.inBoth)
                continue; // measured in one assessment only: nothing to compare
            QVariantMap row{{QStringLiteral("instrument"), c.instrumentId},
                            {QStringLiteral("indicator"), c.indicatorId},
                            {QStringLiteral("label"), c.label}};
            // Suppressed in either assessment: no number at all, or the other could give it away.
            if (c.suppressed) {
                row.insert(QStringLiteral("verdict"), QStringLiteral("suppressed"));
                m_changes.append(row);
                continue;
            }
            const scoring::IndicatorResult* shape = c.to ? &*c.to : c.from ? &*c.from : nullptr;
            const auto text = [&](const std::optional<scoring::IndicatorResult>& r) {
                return r && r->estimate.value ? number(*r->estimate.value, *r) : QStringLiteral("–");
            };
            row.insert(QStringLiteral("fromText"), text(c.from));
            row.insert(QStringLiteral("toText"), text(c.to));
            if (c.change && shape) {
                const auto signedNumber = [&](double v) {
                    return (v > 0 ? QLocale().positiveSign() : QString()) + number(v, *shape);
                };
                QString change = signedNumber(c.change->value);
                if (c.change->ci)
                    change = tr("%1 [%2 to %3]")
                                 .arg(change, signedNumber(c.change->ci->lower), signedNumber(c.change->ci->upper));
                row.insert(QStringLiteral("change"), c.change->value);
                row.insert(QStringLiteral("changeText"), change);
            }
            row.insert(QStringLiteral("verdict"),
                       c.unreliable                                  ? QStringLiteral("unreliable")
                           : c.change && c.change->distinguishable() ? QStringLiteral("change")
                                                                     : QStringLiteral("none"));
            m_changes.append(row);
        }
    }
    Q_EMIT comparisonChanged();
}

void DashboardController::publish()
{
    m_indicators.clear();
    m_gaps.clear();
    m_services.clear();
    if (m_model) {
        const auto& card = m_model->card;
        QList<const scoring::IndicatorResult*> withGap;
        for (const scoring::IndicatorResult& r : card.results) {
            if (!r.breakdown.isEmpty())
                continue;
            const bool hide = r.suppressed || !r.estimate.value;
            const std::optional<double> top = scoring::barScale(r);
            QVariantMap row{
                {QStringLiteral("instrument"), r.instrumentId},
                {QStringLiteral("instrumentTitle"), m_titles.value(r.instrumentId, r.instrumentId)},
                {QStringLiteral("indicator"), r.indicatorId},
                {QStringLiteral("label"), r.label},
                {QStringLiteral("suppressed"), r.suppressed},
                {QStringLiteral("level"),
                 r.suppressed                                                     ? QStringLiteral("suppressed")
                     : r.reliability.level == stats::ReliabilityLevel::Unreliable ? QStringLiteral("unreliable")
                     : r.reliability.level == stats::ReliabilityLevel::Caution    ? QStringLiteral("caution")
                                                                                  : QStringLiteral("reliable")},
                {QStringLiteral("n"), hide ? QVariant() : QVariant(r.estimate.n)},
                {QStringLiteral("top"), top ? QVariant(*top) : QVariant()}};
            if (!hide) {
                row.insert(QStringLiteral("value"), *r.estimate.value);
                row.insert(QStringLiteral("valueText"), number(*r.estimate.value, r));
                if (r.estimate.ci) {
                    row.insert(QStringLiteral("lower"), r.estimate.ci->lower);
                    row.insert(QStringLiteral("upper"), r.estimate.ci->upper);
                    row.insert(
                        QStringLiteral("intervalText"),
                        QStringLiteral("%1–%2").arg(number(r.estimate.ci->lower, r), number(r.estimate.ci->upper, r)));
                }
                if (r.gap) {
                    row.insert(QStringLiteral("gap"), *r.gap);
                    withGap << &r;
                }
            }
            if (r.target) {
                row.insert(QStringLiteral("target"), *r.target);
                row.insert(QStringLiteral("targetText"), number(*r.target, r));
            }
            m_indicators.append(row);
        }
        // The largest gaps, the ones the report leads with; unreliable estimates are not gaps anyone can act on.
        std::stable_sort(withGap.begin(), withGap.end(),
                         [](const auto* a, const auto* b) { return a->priority > b->priority; });
        for (const scoring::IndicatorResult* r : std::as_const(withGap)) {
            if (m_gaps.size() >= 8)
                break;
            if (*r->gap <= 0 || !r->reliability.drivesRecommendation())
                continue;
            m_gaps.append(QVariantMap{{QStringLiteral("label"), r->label},
                                      {QStringLiteral("gap"), 100.0 * *r->gap},
                                      {QStringLiteral("priority"), r->priority}});
        }
        // Chosen by priority (severity × gap), drawn by size: the longest bar first.
        std::stable_sort(m_gaps.begin(), m_gaps.end(), [](const QVariant& a, const QVariant& b) {
            return a.toMap().value(QStringLiteral("gap")).toDouble()
                > b.toMap().value(QStringLiteral("gap")).toDouble();
        });
        for (const scoring::Recommendation& rec : m_model->recommendations.services) {
            QVariantList evidence;
            for (const auto& ev : rec.evidence) {
                if (!ev.result || !ev.result->estimate.value)
                    continue;
                evidence.append(
                    QVariantMap{{QStringLiteral("rule"), ev.rule},
                                {QStringLiteral("rationale"), ev.rationale},
                                {QStringLiteral("label"), ev.result->label},
                                {QStringLiteral("estimate"), number(*ev.result->estimate.value, *ev.result)},
                                {QStringLiteral("target"),
                                 ev.result->target ? number(*ev.result->target, *ev.result) : QString()}});
            }
            m_services.append(QVariantMap{{QStringLiteral("service"), rec.service},
                                          {QStringLiteral("title"), rec.serviceTitle},
                                          {QStringLiteral("cluster"), rec.cluster},
                                          {QStringLiteral("priority"), QLocale().toString(rec.priority, 'f', 2)},
                                          {QStringLiteral("evidence"), evidence}});
        }
    }
    Q_EMIT changed();
}

} // namespace baseline
