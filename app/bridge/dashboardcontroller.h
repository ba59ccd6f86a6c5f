// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/report.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace baseline {

/**
 * The agency dashboard (docs/scoring.md): pick an agency, see every indicator with its interval and flags, the largest
 * gaps against targets, and the recommended services with the evidence behind each; and "Generate report" (PDF, HTML
 * or CSV) into a folder, with a progress bar, opening the result when it is written. Everything goes through
 * scoring/report.h, as the CLI's `report` does: the dashboard and the file show the same numbers. Scoring runs in steps
 * (scoring::Scorer), one per event-loop turn, so the window stays responsive; a lock between steps drops the run.
 * Suppressed estimates reach QML without their numbers. Two assessments of the agency (a baseline and a follow-up)
 * can be compared: the change per indicator with its interval, and the report written then includes the comparison.
 */
class DashboardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool shown READ shown NOTIFY shownChanged)
    Q_PROPERTY(QVariantList agencies READ agencies NOTIFY agenciesChanged)
    Q_PROPERTY(QString agencyId READ agencyId NOTIFY changed)
    Q_PROPERTY(QString agencyName READ agencyName NOTIFY changed)
    Q_PROPERTY(int interviews READ interviews NOTIFY changed)
    Q_PROPERTY(int weightedInterviews READ weightedInterviews NOTIFY changed)
    Q_PROPERTY(QVariantList indicators READ indicators NOTIFY changed)
    Q_PROPERTY(QVariantList gaps READ gaps NOTIFY changed)
    Q_PROPERTY(QVariantList services READ services NOTIFY changed)
    Q_PROPERTY(QStringList tooUncertain READ tooUncertain NOTIFY changed)
    /** The assessments of the agency and of the agencies below it, oldest first: {id, title, period}. */
    Q_PROPERTY(QVariantList assessments READ assessments NOTIFY assessmentsChanged)
    /** The comparison shown (empty when none): one row per indicator both assessments measured. */
    Q_PROPERTY(QVariantList changes READ changes NOTIFY comparisonChanged)
    Q_PROPERTY(QString comparisonTitle READ comparisonTitle NOTIFY comparisonChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString reportPath READ reportPath NOTIFY messageChanged)

public:
    static DashboardController* create(QQmlEngine* qml, QJSEngine* js);
    static DashboardController* instance();
    /** Tests: forget the instance so the next engine makes a fresh one. */
    static void reset();
    ~DashboardController() override;

    bool shown() const { return m_shown; }
    QVariantList agencies() const { return m_agencies; }
    QString agencyId() const { return m_agencyId; }
    QString agencyName() const;
    int interviews() const;
    int weightedInterviews() const;
    QVariantList indicators() const { return m_indicators; }
    QVariantList gaps() const { return m_gaps; }
    QVariantList services() const { return m_services; }
    QStringList tooUncertain() const;
    QVariantList assessments() const { return m_assessments; }
    QVariantList changes() const { return m_changes; }
    QString comparisonTitle() const;
    bool busy() const { return m_run != nullptr; }
    double progress() const;
    QString stage() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QString reportPath() const { return m_reportPath; }

    Q_INVOKABLE void show();
    Q_INVOKABLE void hide();
    /** Scores the agency (and the agencies below it) for the dashboard. */
    Q_INVOKABLE void selectAgency(const QString& agencyId);
    /** Scores the current agency again and writes its report as `format` (pdf, html or csv) into `folder` (a path or
     *  a file: URL); reportReady() gives the file's URL when it is written. */
    Q_INVOKABLE void generateReport(const QString& format, const QString& folder);
    /** Compares two assessments of the current agency (`to` minus `from`), shows the change per indicator, and adds
     *  the comparison to the reports written afterwards. */
    Q_INVOKABLE void compareAssessments(const QString& fromAssessmentId, const QString& toAssessmentId);
    /** Stops comparing: the dashboard and the next report show the agency alone. */
    Q_INVOKABLE void clearComparison();

Q_SIGNALS:
    void shownChanged();
    void agenciesChanged();
    void changed();
    void progressChanged();
    void messageChanged();
    void comparisonChanged();
    void assessmentsChanged();
    /** The report is written: QML opens it. */
    void reportReady(const QUrl& url);

private:
    struct Run;
    explicit DashboardController(QObject* parent = nullptr);
    void refreshAgencies();
    void start(const QString& agencyId, const QString& format, const QString& folder);
    void stepRun();
    void finishRun();
    void abandonRun();
    void publish();
    void publishComparison();
    Result<void> attachComparison(scoring::ReportModel& model);
    void say(const QString& message, bool error);

    bool m_shown = false;
    QVariantList m_agencies;
    QString m_agencyId;
    std::optional<scoring::ReportModel> m_model;
    QVariantList m_indicators;
    QVariantList m_gaps;
    QVariantList m_services;
    QHash<QString, QString> m_titles; ///< instrument id → title
    QVariantList m_assessments;
    QString m_compareFrom; ///< the assessments compared; empty: none
    QString m_compareTo;
    QVariantList m_changes;
    std::unique_ptr<Run> m_run;
    QString m_message;
    bool m_messageIsError = false;
    QString m_reportPath;
};

} // namespace baseline
