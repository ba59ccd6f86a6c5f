// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/scoring.h"

#include <QByteArray>
#include <QString>

namespace baseline::scoring {

/** Everything a gap report shows, computed once; every output format renders this same model. */
struct ReportModel {
    QString agencyName;
    QString agencyKind;
    QString generatedAt;
    QString language = QStringLiteral("en");
    Options options;
    Scorecard card;
    Recommendations recommendations;
    /** A baseline and a follow-up assessment of this agency, compared (attachComparison); shown before the method. */
    std::optional<Comparison> comparison;
};

Result<ReportModel> buildReport(Repository& repository, const QString& agencyId, const Options& options = {},
                                const QString& language = QStringLiteral("en"));

/** A report before scoring: the agency, its interviews and the options in force (the assessments' targets applied).
 *  buildReport() is startReport(), a Scorer over `interviews` with `model.options`, then finishReport(): the dashboard
 *  runs the scorer in steps between the two. */
struct PendingReport {
    ReportModel model;
    QStringList interviews;
};
Result<PendingReport> startReport(Repository& repository, const QString& agencyId, const Options& options = {},
                                  const QString& language = QStringLiteral("en"));
Result<ReportModel> finishReport(PendingReport&& pending, Scorecard card);
/** Adds the change between two assessments of the agency (or of agencies below it) to the report, with the report's
 *  options; an assessment of another agency is an error that names it. */
Result<void> attachComparison(Repository& repository, const QString& agencyId, ReportModel& model,
                              const QString& fromAssessmentId, const QString& toAssessmentId);

/** One self-contained HTML file: no scripts, no external resources; charts are inline SVG. Suppressed cells show
 *  "suppressed", never a number. Never a respondent's name or free text. */
QByteArray renderHtml(const ReportModel& model);
/** The same report as HTML for Qt's rich-text engine (render/pdfreport.cpp paginates it into a PDF): a contents list,
 *  and charts as <img src="bar:N"> where N indexes model.card.results (drawn with QPainter by the renderer). */
QByteArray renderPrintHtml(const ReportModel& model);
/** Whether result N gets a bar chart, and its scale's top (100, or 3 for rubrics). */
std::optional<double> barScale(const IndicatorResult& result);
/** Every estimate, one row each (suppressed values left empty, with the reason). */
QByteArray renderCsv(const ReportModel& model);

} // namespace baseline::scoring
