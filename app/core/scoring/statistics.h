// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The statistics under the scoring engine: estimates with confidence intervals, scale reliability, Borich scores,
// rates, reliability flags and disclosure control. Pure functions over plain numbers: the engine turns interviews
// into vectors and calls these. Methods, formulas and sources in docs/statistics.md; every formula is checked against
// R (tests/data/stats/make-fixtures.R).
//
// Conventions: proportions are on 0..1 (the report multiplies by 100); weights must be positive and finite; an empty
// weight span means unweighted. Invalid input (mismatched lengths, negative weights, a level outside (0, 1)) is an
// InvalidArgument error; too little data is not an error but an Estimate without a value, SE or interval.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace baseline::stats {

inline constexpr double DefaultLevel = 0.95;

/** A confidence interval. */
struct Interval {
    double lower = 0;
    double upper = 0;
    double width() const { return upper - lower; }
};

/** A point estimate with what the report needs to judge it. */
struct Estimate {
    qint64 n = 0; ///< units that contributed (unweighted count)
    /** Effective sample size: n when unweighted; Kish's (Σw)²/Σw² when weighted, except for a weighted proportion
     *  asked for EffectiveSize::Variance, where it is the one its interval used. */
    double nEffective = 0;
    std::optional<double> value; ///< empty when n = 0
    std::optional<double> se; ///< standard error; empty when it cannot be estimated (a weighted or mean n of 1)
    std::optional<Interval> ci; ///< empty when the SE cannot be estimated
    double level = DefaultLevel;
};

// ---- Running sums ---------------------------------------------------------------------------------------------------

/**
 * The running sums behind a (weighted) mean, proportion or rate and its linearisation SE, so that scoring holds a few
 * numbers per estimate however many units it reads (memory does not grow with the interviews). Values are summed as
 * deviations from the first value, so the one-pass variance keeps its precision. The span functions below build one
 * of these and estimate from it: both paths are the same code.
 */
class Moments
{
public:
    /** Adds a unit; the caller has checked that value and weight are finite and the weight positive. */
    void add(double value, double weight = 1);
    qint64 n() const { return m_n; }
    double sumWeights() const { return m_sw; }
    /** Σw·x. */
    double sumWeightedValues() const { return m_sw * m_shift + m_swd; }
    /** Every weight equal (vacuously true for no units): the weighted formulas then reduce to the unweighted ones. */
    bool equalWeights() const { return m_equal; }
    double firstWeight() const { return m_firstWeight; }
    /** Kish's (Σw)²/Σw²: exactly n when the weights are equal. */
    double kishEffectiveN() const;
    /** Σw·x / Σw; empty for n = 0. */
    std::optional<double> mean() const;
    /** √(Σw²(x−x̄)²)/Σw · √(n/(n−1)); empty for n < 2. */
    std::optional<double> linearisationSe() const;

private:
    qint64 m_n = 0;
    double m_shift = 0;
    double m_firstWeight = 0;
    bool m_equal = true;
    double m_sw = 0, m_swd = 0, m_sw2 = 0, m_sw2d = 0, m_sw2d2 = 0;
};

// ---- Proportions ----------------------------------------------------------------------------------------------------

/**
 * Wilson score interval for x successes in n trials (Wilson 1927; recommended by Agresti & Coull 1998, Brown, Cai &
 * DasGupta 2001):
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half = z / (1 + z²/n) · √(p̂(1−p̂)/n + z²/4n²),
 * z = Φ⁻¹(1 − α/2), α = 1 − level. The lower bound is exactly 0 when x = 0 and the upper exactly 1 when x = n.
 * Equals R's prop.test(x, n, correct = FALSE)$conf.int. Needs 0 ≤ x ≤ n, n > 0.
 */
Result<Interval> wilsonInterval(double x, double n, double level = DefaultLevel);

/**
 * Clopper–Pearson ("exact") interval (Clopper & Pearson 1934) from the beta quantiles:
 *   lower = B⁻¹(α/2; x, n − x + 1) (0 when x = 0),  upper = B⁻¹(1 − α/2; x + 1, n − x) (1 when x = n).
 * x and n may be fractional, as Korn–Graubard needs. Equals R's binom.test(x, n)$conf.int for whole numbers.
 */
Result<Interval> clopperPearsonInterval(double x, double n, double level = DefaultLevel);

/**
 * An unweighted proportion with the Wilson interval (domain notes §3.1). value = x/n, se = √(p̂(1−p̂)/n),
 * nEffective = n. n = 0 gives an Estimate with no value.
 */
Result<Estimate> proportion(qint64 successes, qint64 n, double level = DefaultLevel);

/** Which effective sample size the Korn–Graubard interval is built on. */
enum class EffectiveSize {
    /** Kish's (Σw)²/Σw²: the house convention for single-stage weighting (domain notes §3.1). With equal weights it
     *  is n, so the interval is exactly Clopper–Pearson. */
    Kish,
    /** Korn & Graubard's own p̂(1−p̂)/v̂(p̂) with the linearisation variance, as R's survey::svyciprop(method =
     *  "beta") and the NCHS macro compute it; n when p̂ is 0 or 1 (NCHS), where the variance is 0. */
    Variance,
};

struct WeightedProportionOptions {
    double level = DefaultLevel;
    EffectiveSize effectiveSize = EffectiveSize::Kish;
    /** Design degrees of freedom for the Korn–Graubard factor (t_{n−1}/t_df)². Unset means n − 1, right for an
     *  unclustered design, and makes the factor 1. */
    std::optional<double> designDf;
};

/**
 * A weighted proportion with the Korn–Graubard interval (Korn & Graubard 1998; NCHS data presentation standards for
 * proportions, Parker et al. 2017):
 *   p̂ = Σw·y / Σw;  n_eff per EffectiveSize;  n* = min(n, n_eff · (t_{n−1, 1−α/2} / t_{df, 1−α/2})²);
 *   interval = Clopper–Pearson with x = p̂·n* successes in n* trials.
 * se is the linearisation SE √(Σw²(y−p̂)²)/Σw · √(n/(n−1)) (empty for n = 1); nEffective is n_eff before the factor.
 * y holds 0 or 1 per unit; weights are positive.
 */
Result<Estimate> weightedProportion(std::span<const double> y, std::span<const double> weights,
                                    const WeightedProportionOptions& options = {});
/** The same from running sums of 0/1 values (the caller has checked they are 0 or 1). */
Result<Estimate> weightedProportion(const Moments& y, const WeightedProportionOptions& options = {});

// ---- Means ----------------------------------------------------------------------------------------------------------

/**
 * Mean, weighted or not (empty weights), with a Student t interval on n − 1 degrees of freedom:
 *   x̄ = Σw·x / Σw,  se = √(Σw²(x−x̄)²) / Σw · √(n/(n−1))  (Taylor linearisation, as R's survey::svymean for a
 *   design with weights and no clusters; with equal weights it is s/√n),  ci = x̄ ± t_{n−1, 1−α/2} · se.
 * n = 1 gives the value without SE or interval.
 */
Result<Estimate> mean(std::span<const double> values, std::span<const double> weights = {},
                      double level = DefaultLevel);
/** The same from running sums. */
Result<Estimate> mean(const Moments& values, double level = DefaultLevel);

/** Rescales an estimate from [min, max] to 0–100: v ↦ 100·(v − min)/(max − min); SE and interval alike. */
Result<Estimate> rescaleTo100(const Estimate& estimate, double min, double max);

// ---- Scales ---------------------------------------------------------------------------------------------------------

struct ItemStatistics {
    std::optional<double> mean;
    std::optional<double> variance;
    /** Corrected item–total correlation: the item against the sum of the other items. */
    std::optional<double> itemTotalCorrelation;
    /** Alpha of the other items (needs at least three items). */
    std::optional<double> alphaIfDeleted;
};

struct AlphaResult {
    qint64 n = 0; ///< complete cases used
    int k = 0; ///< items
    std::optional<double> alpha; ///< empty when n < 2 or the total has no variance
    std::vector<ItemStatistics> items;
};

/**
 * Cronbach's alpha (Cronbach 1951) over the units with every item answered (listwise deletion):
 *   α = k/(k−1) · (1 − Σ s²_i / s²_total), sample variances (n − 1 denominator),
 * with each item's mean, variance, corrected item–total correlation and alpha if deleted. Each element of `units` is
 * one unit's item scores (an empty optional is a missing answer); all must have the same k ≥ 2.
 */
Result<AlphaResult> cronbachAlpha(std::span<const std::vector<std::optional<double>>> units);

/** The sums Cronbach's alpha needs (complete cases, item sums, cross-products), in memory that grows with k², not n. */
class AlphaSums
{
public:
    explicit AlphaSums(int k = 0);
    int k() const { return m_k; }
    /** Adds one unit's item scores; a unit with a missing item is left out (listwise), one of another length too.
     *  Returns false for a length other than k or a score that is not finite. */
    bool add(std::span<const std::optional<double>> scores);

private:
    friend Result<AlphaResult> cronbachAlpha(const AlphaSums& sums);
    int m_k = 0;
    qint64 m_n = 0;
    std::vector<double> m_shift, m_sum, m_cross; ///< cross: k×k, upper triangle used
};
Result<AlphaResult> cronbachAlpha(const AlphaSums& sums);

// ---- Borich ---------------------------------------------------------------------------------------------------------

struct BorichScore {
    qint64 n = 0; ///< respondents who rated both importance and proficiency
    std::optional<double> mwds;
    std::optional<double> meanImportance;
    std::optional<double> meanDiscrepancy; ///< mean of I − P
};

/**
 * Borich's mean weighted discrepancy score for one competency (Borich 1980, "A needs assessment model for conducting
 * follow-up studies", Journal of Teacher Education 31(3)):
 *   MWDS = (1/n) Σ_i (I_i − P_i) · Ī,
 * over the n respondents who gave both ratings (Ī over the same respondents). Rank competencies by MWDS.
 */
Result<BorichScore> borich(std::span<const std::optional<double>> importance,
                           std::span<const std::optional<double>> proficiency);

/** Borich's sums for one competency: respondents with both ratings, ΣI and Σ(I − P). */
struct BorichSums {
    qint64 n = 0;
    double sumImportance = 0;
    double sumDiscrepancy = 0;
    /** Counts the respondent when both ratings are there and finite. */
    void add(std::optional<double> importance, std::optional<double> proficiency);
};
BorichScore borich(const BorichSums& sums);

// ---- Rates ----------------------------------------------------------------------------------------------------------

struct RateEstimate {
    double per = 1000;
    std::optional<double> cap;
    Estimate uncapped; ///< events per `per` units, every event counted
    Estimate capped; ///< each unit's count truncated at `cap` (series incidents); equals uncapped without a cap
};

/**
 * Events per `per` units (incidence), capped and uncapped (domain notes §3.4):
 *   rate = per · Σw·min(k, cap) / Σw.
 * Unweighted: exact Poisson interval for the total X = Σk over n units (Garwood 1936), per·[G⁻¹(α/2; X), G⁻¹(1−α/2;
 * X+1)]/n with G the gamma(shape, 1) distribution (lower 0 when X = 0); se = per·√X/n. This is R's poisson.test(X, n).
 * Weighted: normal approximation rate ± z·se with the linearisation SE of the mean count (as for mean()), lower bound
 * truncated at 0. Both assume what they assume: see docs/statistics.md on overdispersion.
 */
Result<RateEstimate> rate(std::span<const double> counts, std::span<const double> weights = {},
                          std::optional<double> cap = {}, double per = 1000, double level = DefaultLevel);

/** A rate's running sums, every count and every count capped (equal weights: the unweighted, exact interval). */
struct RateSums {
    std::optional<double> cap;
    /** Normal interval on the linearisation SE; false: the exact Poisson interval on the counts (weights ignored). */
    bool weighted = false;
    Moments uncapped;
    Moments capped;
    /** The caller has checked count ≥ 0 and finite, and the weight. */
    void add(double count, double weight = 1);
};
Result<RateEstimate> rate(const RateSums& sums, double per = 1000, double level = DefaultLevel);

// ---- Reliability flags (domain notes §3.2) -----------------------------------------------------------------------

inline constexpr double MinReliableN = 30;
inline constexpr double MinConfidentN = 60;
inline constexpr double MaxRelativeSe = 0.30;
inline constexpr double MaxProportionCiWidth = 0.20;

enum class ReliabilityLevel {
    Reliable,
    Caution, ///< shown, marked "interpret with caution"
    Unreliable, ///< suppressed; never drives a recommendation
};

/** One rule that flagged an estimate, kept as numbers so that a report can word it in its own language. */
struct ReliabilityRule {
    enum class Kind {
        NoEstimate, ///< value: n
        SampleSize, ///< value: n, or the effective sample size when `effective`; limit: 30 or 60
        RelativeSe, ///< value: RSE in %; limit: in %
        IntervalWidth, ///< value: width in percentage points; limit: in points; level: the interval's level in %
    };
    Kind kind = Kind::NoEstimate;
    double value = 0;
    double limit = 0;
    double level = 95;
    bool effective = false;
};

/** A rule in words. `localise` maps each English template (context "Report", marked for lupdate) to the reader's
 *  language; the default leaves it English. */
QString describe(
    const ReliabilityRule& rule,
    const std::function<QString(const char*)>& localise = [](const char* s) { return QString::fromUtf8(s); });

struct Reliability {
    ReliabilityLevel level = ReliabilityLevel::Reliable;
    QList<ReliabilityRule> rules; ///< every rule that fired; empty when reliable
    QString reason; ///< the rules described in English, "; "-separated (CSV, logs)
    bool drivesRecommendation() const { return level != ReliabilityLevel::Unreliable; }
};

enum class EstimateKind {
    Proportion, ///< value and interval on 0..1: the interval-width rule applies
    Other,
};

/**
 * Flags an estimate (domain notes §3.2, after the NCHS rules for n and RSE):
 *   m = min(n, nEffective) < 30 (or no value) → Unreliable;
 *   30 ≤ m < 60, or RSE = se/|value| ≥ 30 % (when value ≠ 0 and se is known), or, for proportions, an interval
 *   wider than 20 percentage points → Caution.
 */
Reliability assessReliability(const Estimate& estimate, EstimateKind kind);

// ---- Disclosure control (domain notes §3.3) ----------------------------------------------------------------------

inline constexpr qint64 DefaultDisclosureThreshold = 5;
inline constexpr qint64 SensitiveDisclosureThreshold = 10;

enum class CellSuppression : quint8 {
    Shown,
    Primary, ///< 0 < count < threshold
    Complementary, ///< hidden so that a primary cell cannot be worked out from the totals
};

struct SuppressionPlan {
    int rows = 0;
    int cols = 0;
    std::vector<CellSuppression> cells; ///< row-major
    /** The table is a single cell that needs hiding: only withholding its total protects it. */
    bool withholdTotal = false;

    CellSuppression at(int row, int col) const
    {
        return cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(col)];
    }
    bool suppressed(int row, int col) const { return at(row, col) != CellSuppression::Shown; }
};

/**
 * Cell suppression for a table of counts published with its row and column totals (a one-row or one-column table
 * with its grand total).
 *
 * Primary: every cell with 0 < count < threshold. Complementary: more cells are hidden until no hidden cell can be
 * worked out from the totals by any combination of additions and subtractions. In particular each row and column
 * holds none or at least two hidden cells; in general, the hidden cells, seen as edges between their row and their
 * column, must each lie on a cycle (a hidden cell on no cycle is determined by the margins). Each hidden cell that
 * lies on no cycle gets the cheapest cycle through it, a cell's cost being its count (zeros only when nothing else
 * will do, as a zero is often known to be structural); so the smallest other cells are chosen.
 */
Result<SuppressionPlan> planSuppression(const std::vector<std::vector<qint64>>& counts,
                                        qint64 threshold = DefaultDisclosureThreshold);

// ---- Change between two independent samples ---------------------------------------------------------------------

/**
 * The change b − a between two independent estimates (a baseline and a follow-up assessment) with the MOVER interval
 * (Zou & Donner 2008): lower = d − √((b − l_b)² + (u_a − a)²), upper = d + √((u_b − b)² + (a − l_a)²), built from each
 * estimate's own interval. For two Wilson intervals this is Newcombe's hybrid score interval (1998, method 10); for
 * two t intervals it approximates Welch's. Empty interval when either estimate has none.
 */
struct Change {
    double value = 0;
    std::optional<Interval> ci;
    /** The interval excludes 0: a change the samples can tell from no change at this level. */
    bool distinguishable() const { return ci && (ci->lower > 0 || ci->upper < 0); }
};
Result<Change> change(const Estimate& a, const Estimate& b);

} // namespace baseline::stats
