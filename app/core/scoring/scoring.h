// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "instrument/instrument.h"
#include "logic/interviewstate.h"
#include "scoring/statistics.h"
#include "store/repository.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace baseline::scoring {

/** One unit of an indicator (an interview, or a repeat instance such as an incident) as numbers (§16.2). */
struct Unit {
    double weight = 1;
    std::optional<double> y; ///< proportion 0/1; mean value; scale 0–100; rubric 0–3; rate count
    std::vector<std::optional<double>> items; ///< scale and rubric item scores, in `items` order
    std::vector<std::pair<std::optional<double>, std::optional<double>>> pairs; ///< Borich (importance, proficiency)
    QStringList groups; ///< breakdown groups, one per breakdown: the choice code or the value ("" when unanswered)
};

/** The units an interview contributes to an indicator: those in its population, with their values. */
std::vector<Unit> unitsOf(const Indicator& indicator, const InterviewState& interview, double weight = 1);

/** An estimate of one indicator, overall or for one group of a breakdown. */
struct IndicatorResult {
    QString instrumentId;
    QString indicatorId;
    QString type;
    QString label;
    QString breakdown; ///< item name; empty for the overall estimate
    QString group; ///< the group's label
    stats::Estimate estimate; ///< on the indicator's scale: percent for proportions (0–100)
    stats::Reliability reliability;
    bool suppressed = false; ///< fewer respondents than the disclosure threshold: nothing may be shown
    std::optional<double> alpha; ///< scales
    std::optional<double> cappedRate; ///< rates: with series incidents capped
    QList<QPair<QString, stats::BorichScore>> borich; ///< borich: per pair, ranked by MWDS
    std::optional<double> target;
    QString direction; ///< higher / lower
    std::optional<double> gap; ///< normalised shortfall 0–1 (domain notes §2)
    int severity = 1;
    double priority = 0; ///< severity × gap
};

struct Options {
    qint64 threshold = stats::DefaultDisclosureThreshold;
    qint64 sensitiveThreshold = stats::SensitiveDisclosureThreshold;
    bool includeInProgress = false; ///< by default only completed and finalized interviews count
    /** Targets overriding the instruments' ("instrument/indicator" → value on the indicator's scale). */
    QHash<QString, double> targets;
    /** Language of indicator and group labels; each instrument's default where it has none (empty: the default). */
    QString language;
};

/** What scoring saw: estimates, and the interviews behind them. */
struct Scorecard {
    std::vector<IndicatorResult> results;
    int interviews = 0;
    int weightedInterviews = 0; ///< interviews with a design weight from their assessment (the rest count 1)
    QHash<QString, int> interviewsByInstrument;
};

/**
 * Scoring in steps, for a caller that must keep a window responsive (the dashboard's progress bar): step() reads the
 * next interviews into running sums, finish() estimates once every one is read. score() is one run of it. The
 * repository is passed to each step, so a caller can drop the scorer when the workspace locks between steps.
 */
class Scorer
{
public:
    Scorer(QStringList interviewIds, Options options = {});
    ~Scorer();
    Scorer(Scorer&&) noexcept;
    Scorer& operator=(Scorer&&) noexcept;

    Result<void> step(Repository& repository, qsizetype count);
    qsizetype done() const;
    qsizetype total() const;
    /** The estimates; call once, after the last step. */
    Scorecard finish();

private:
    struct State;
    std::unique_ptr<State> d;
};

/** Scores the given interviews (all of one agency's assessments, say), instrument by instrument. */
Result<Scorecard> score(Repository& repository, const QStringList& interviewIds, const Options& options = {});
/** The target overrides that hold for every assessment of an agency (and the agencies below it) with interviews: an
 *  override set on only some of them would mix targets, so it is left out (the instrument's default holds). */
Result<QHash<QString, double>> agencyTargets(Repository& repository, const QString& agencyId);
/** Assessment ids of an agency and the agencies below it. */
Result<QSet<QString>> agencyAssessments(Repository& repository, const QString& agencyId);
/** Interview ids of an agency and the agencies below it, through their assessments. */
Result<QStringList> agencyInterviews(Repository& repository, const QString& agencyId);

/** A service the rules recommend, with the evidence that triggered it. */
struct Recommendation {
    QString service; ///< e.g. "V.4"
    QString serviceTitle;
    QString cluster;
    double priority = 0;
    struct Evidence {
        QString rule;
        QString rationale;
        const IndicatorResult* result = nullptr;
    };
    QList<Evidence> evidence;
};

struct Recommendations {
    QList<Recommendation> services; ///< ranked by priority
    QStringList tooUncertain; ///< rules whose indicator was estimated but too unreliable to judge
};

/** One indicator's overall estimate in two assessments of the same agency (a baseline and a follow-up), and the change
 *  with its MOVER interval (stats::change). Suppressed in either: nothing shown. Unreliable in either: shown, flagged,
 *  and never called a change. */
struct ComparisonRow {
    QString instrumentId;
    QString indicatorId;
    QString label;
    QString type;
    std::optional<IndicatorResult> from;
    std::optional<IndicatorResult> to;
    std::optional<stats::Change> change; ///< on the indicator's scale (percentage points for proportions)
    bool suppressed = false;
    bool unreliable = false;
    bool inBoth = false; ///< both assessments measured it (before any suppression)
};

struct Comparison {
    QString fromTitle;
    QString toTitle;
    int fromInterviews = 0;
    int toInterviews = 0;
    std::vector<ComparisonRow> rows;
};

Result<Comparison> compare(Repository& repository, const QString& fromAssessmentId, const QString& toAssessmentId,
                           const Options& options = {});
/** The comparison as CSV: one row per indicator, suppressed cells empty with the reason. */
QByteArray comparisonCsv(const Comparison& comparison);

/** Applies questionnaires/services/rules.json (embedded) to a scorecard. */
Result<Recommendations> recommend(const Scorecard& card, const QString& language = QStringLiteral("en"));

} // namespace baseline::scoring
