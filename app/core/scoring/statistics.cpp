// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/statistics.h"

#include <QStringList>

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>

namespace baseline::stats {

namespace {

namespace bmp = boost::math::policies;

// Boost.Math throws on domain errors by default; exceptions must not leave the core, and every input is checked
// before it reaches Boost, so a failure here can only be a bug: let it surface as NaN rather than as an exception.
using Policy = bmp::policy<bmp::domain_error<bmp::ignore_error>, bmp::pole_error<bmp::ignore_error>,
                           bmp::overflow_error<bmp::ignore_error>, bmp::evaluation_error<bmp::ignore_error>,
                           bmp::rounding_error<bmp::ignore_error>, bmp::indeterminate_result_error<bmp::ignore_error>>;

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("statistics: ") + message);
}

bool validLevel(double level)
{
    return std::isfinite(level) && level > 0 && level < 1;
}

Error badLevel(double level)
{
    return invalid(QStringLiteral("confidence level %1 is not between 0 and 1").arg(level));
}

/** Φ⁻¹(1 − α/2). */
double zQuantile(double level)
{
    return boost::math::quantile(boost::math::normal_distribution<double, Policy>(), 1 - (1 - level) / 2);
}

/** t_{df, 1 − α/2}. */
double tQuantile(double df, double level)
{
    return boost::math::quantile(boost::math::students_t_distribution<double, Policy>(df), 1 - (1 - level) / 2);
}

/** Checks weights (when given) against the number of values: same length, each positive and finite. */
std::optional<Error> checkWeights(std::span<const double> weights, std::size_t n)
{
    if (weights.empty())
        return std::nullopt;
    if (weights.size() != n)
        return invalid(QStringLiteral("%1 weights for %2 values").arg(weights.size()).arg(n));
    for (std::size_t i = 0; i < weights.size(); ++i)
        if (!std::isfinite(weights[i]) || weights[i] <= 0)
            return invalid(QStringLiteral("weight %1 (unit %2) is not a positive number").arg(weights[i]).arg(i + 1));
    return std::nullopt;
}

std::optional<Error> checkFinite(std::span<const double> values, const QString& what)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            return invalid(
                QStringLiteral("%1 %2 (unit %3) is not a finite number").arg(what).arg(values[i]).arg(i + 1));
    return std::nullopt;
}

double weightAt(std::span<const double> weights, std::size_t i)
{
    return weights.empty() ? 1.0 : weights[i];
}

/** Running sums of the values and weights given (checked by the caller). */
Moments momentsOf(std::span<const double> values, std::span<const double> weights)
{
    Moments m;
    for (std::size_t i = 0; i < values.size(); ++i)
        m.add(values[i], weightAt(weights, i));
    return m;
}

Interval clopperPearson(double x, double n, double level)
{
    const double alpha = 1 - level;
    Interval ci;
    ci.lower = x <= 0 ? 0.0 : boost::math::ibeta_inv(x, n - x + 1, alpha / 2, Policy());
    ci.upper = x >= n ? 1.0 : boost::math::ibeta_inv(x + 1, n - x, 1 - alpha / 2, Policy());
    return ci;
}

} // namespace

// ---- Running sums ---------------------------------------------------------------------------------------------------

void Moments::add(double value, double weight)
{
    if (m_n == 0) {
        m_shift = value;
        m_firstWeight = weight;
    }
    m_equal = m_equal && weight == m_firstWeight;
    const double d = value - m_shift;
    const double w2 = weight * weight;
    ++m_n;
    m_sw += weight;
    m_swd += weight * d;
    m_sw2 += w2;
    m_sw2d += w2 * d;
    m_sw2d2 += w2 * d * d;
}

double Moments::kishEffectiveN() const
{
    return m_equal || m_sw2 <= 0 ? static_cast<double>(m_n) : m_sw * m_sw / m_sw2;
}

std::optional<double> Moments::mean() const
{
    if (m_n == 0)
        return std::nullopt;
    return m_shift + m_swd / m_sw;
}

std::optional<double> Moments::linearisationSe() const
{
    if (m_n < 2)
        return std::nullopt;
    // Σw²(x − x̄)² with x − x̄ = d − d̄, d the deviation from the first value.
    const double dBar = m_swd / m_sw;
    const double s = std::max(0.0, m_sw2d2 - 2 * dBar * m_sw2d + dBar * dBar * m_sw2);
    const double n = static_cast<double>(m_n);
    return std::sqrt(s) / m_sw * std::sqrt(n / (n - 1));
}

// ---- Proportions ----------------------------------------------------------------------------------------------------

Result<Interval> wilsonInterval(double x, double n, double level)
{
    if (!validLevel(level))
        return badLevel(level);
    if (!std::isfinite(n) || !std::isfinite(x) || n <= 0 || x < 0 || x > n)
        return invalid(QStringLiteral("Wilson interval needs 0 ≤ x ≤ n and n > 0 (x = %1, n = %2)").arg(x).arg(n));
    const double z = zQuantile(level);
    const double p = x / n;
    const double z2n = z * z / n;
    const double centre = (p + z2n / 2) / (1 + z2n);
    const double half = z / (1 + z2n) * std::sqrt(p * (1 - p) / n + z2n / (4 * n));
    // At x = 0 (x = n) the bound is 0 (1) in exact arithmetic; say so exactly rather than leave 1e-17 behind.
    return Interval{x <= 0 ? 0.0 : std::max(0.0, centre - half), x >= n ? 1.0 : std::min(1.0, centre + half)};
}

Result<Interval> clopperPearsonInterval(double x, double n, double level)
{
    if (!validLevel(level))
        return badLevel(level);
    if (!std::isfinite(n) || !std::isfinite(x) || n <= 0 || x < 0 || x > n)
        return invalid(
            QStringLiteral("Clopper–Pearson interval needs 0 ≤ x ≤ n and n > 0 (x = %1, n = %2)").arg(x).arg(n));
    return clopperPearson(x, n, level);
}

Result<Estimate> proportion(qint64 successes, qint64 n, double level)
{
    if (!validLevel(level))
        return badLevel(level);
    if (n < 0 || successes < 0 || successes > n)
        return invalid(QStringLiteral("proportion needs 0 ≤ successes ≤ n (%1 of %2)").arg(successes).arg(n));
    Estimate e;
    e.n = n;
    e.nEffective = static_cast<double>(n);
    e.level = level;
    if (n == 0)
        return e;
    const double p = static_cast<double>(successes) / static_cast<double>(n);
    e.value = p;
    e.se = std::sqrt(p * (1 - p) / static_cast<double>(n));
    e.ci = *wilsonInterval(static_cast<double>(successes), static_cast<double>(n), level);
    return e;
}

Result<Estimate> weightedProportion(std::span<const double> y, std::span<const double> weights,
                                    const WeightedProportionOptions& options)
{
    if (weights.size() != y.size())
        return invalid(QStringLiteral("%1 weights for %2 values").arg(weights.size()).arg(y.size()));
    if (auto error = checkWeights(weights, y.size()))
        return *error;
    for (std::size_t i = 0; i < y.size(); ++i)
        if (y[i] != 0 && y[i] != 1)
            return invalid(QStringLiteral("proportion value %1 (unit %2) is neither 0 nor 1").arg(y[i]).arg(i + 1));
    return weightedProportion(momentsOf(y, weights), options);
}

Result<Estimate> weightedProportion(const Moments& y, const WeightedProportionOptions& options)
{
    const double level = options.level;
    if (!validLevel(level))
        return badLevel(level);
    if (options.designDf && !(std::isfinite(*options.designDf) && *options.designDf > 0))
        return invalid(QStringLiteral("design degrees of freedom %1 are not positive").arg(*options.designDf));
    const auto n = static_cast<std::size_t>(y.n());
    Estimate e;
    e.n = y.n();
    e.level = level;
    if (n == 0)
        return e;

    const double p = *y.mean();
    const std::optional<double> se = y.linearisationSe();
    e.value = p;
    e.se = se;

    double nEff = y.kishEffectiveN();
    if (options.effectiveSize == EffectiveSize::Variance) {
        // Korn & Graubard's n* = p̂(1−p̂)/v̂; undefined at p̂ = 0 or 1 (v̂ = 0), where NCHS uses n.
        if (p > 0 && p < 1 && se && *se > 0)
            nEff = p * (1 - p) / (*se * *se);
        else
            nEff = static_cast<double>(n);
    }
    e.nEffective = nEff;

    // The degrees-of-freedom factor (t_{n−1}/t_df)²; 1 when df = n − 1, i.e. for any design without clusters.
    double factor = 1;
    if (n >= 2) {
        const double nMinus1 = static_cast<double>(n - 1);
        const double df = options.designDf.value_or(nMinus1);
        if (df != nMinus1) {
            const double ratio = tQuantile(nMinus1, level) / tQuantile(df, level);
            factor = ratio * ratio;
        }
    }
    const double nStar = std::min(static_cast<double>(n), nEff * factor);
    // p̂ = 1 must give x = n* exactly so the upper bound is 1; p̂·n* could round just below it.
    const double x = p >= 1 ? nStar : p * nStar;
    e.ci = clopperPearson(x, nStar, level);
    return e;
}

// ---- Means ----------------------------------------------------------------------------------------------------------

Result<Estimate> mean(std::span<const double> values, std::span<const double> weights, double level)
{
    if (!validLevel(level))
        return badLevel(level);
    if (auto error = checkWeights(weights, values.size()))
        return *error;
    if (auto error = checkFinite(values, QStringLiteral("value")))
        return *error;
    return mean(momentsOf(values, weights), level);
}

Result<Estimate> mean(const Moments& values, double level)
{
    if (!validLevel(level))
        return badLevel(level);
    Estimate e;
    e.n = values.n();
    e.nEffective = values.kishEffectiveN();
    e.level = level;
    if (e.n == 0)
        return e;
    e.value = values.mean();
    e.se = values.linearisationSe();
    if (e.se) {
        const double half = tQuantile(static_cast<double>(e.n - 1), level) * *e.se;
        e.ci = Interval{*e.value - half, *e.value + half};
    }
    return e;
}

Result<Estimate> rescaleTo100(const Estimate& estimate, double min, double max)
{
    if (!std::isfinite(min) || !std::isfinite(max) || min >= max)
        return invalid(QStringLiteral("rescaling needs min < max (min = %1, max = %2)").arg(min).arg(max));
    const double scale = 100 / (max - min);
    Estimate e = estimate;
    if (e.value)
        e.value = (*e.value - min) * scale;
    if (e.se)
        e.se = *e.se * scale;
    if (e.ci)
        e.ci = Interval{(e.ci->lower - min) * scale, (e.ci->upper - min) * scale};
    return e;
}

// ---- Scales ---------------------------------------------------------------------------------------------------------

Result<AlphaResult> cronbachAlpha(std::span<const std::vector<std::optional<double>>> units)
{
    if (units.empty())
        return invalid(QStringLiteral("Cronbach's alpha needs at least one unit"));
    const std::size_t k = units.front().size();
    if (k < 2)
        return invalid(QStringLiteral("Cronbach's alpha needs at least two items (got %1)").arg(k));
    AlphaSums sums(static_cast<int>(k));
    for (std::size_t u = 0; u < units.size(); ++u) {
        const auto& row = units[u];
        if (row.size() != k)
            return invalid(QStringLiteral("unit %1 has %2 items, unit 1 has %3").arg(u + 1).arg(row.size()).arg(k));
        if (!sums.add(row))
            return invalid(QStringLiteral("unit %1 has a score that is not a finite number").arg(u + 1));
    }
    return cronbachAlpha(sums);
}

AlphaSums::AlphaSums(int k)
    : m_k(std::max(0, k))
    , m_shift(static_cast<std::size_t>(m_k), 0.0)
    , m_sum(static_cast<std::size_t>(m_k), 0.0)
    , m_cross(static_cast<std::size_t>(m_k) * static_cast<std::size_t>(m_k), 0.0)
{ }

bool AlphaSums::add(std::span<const std::optional<double>> scores)
{
    const auto k = static_cast<std::size_t>(m_k);
    if (scores.size() != k)
        return false;
    bool all = true;
    for (const auto& v : scores) {
        if (v && !std::isfinite(*v))
            return false;
        all = all && v.has_value();
    }
    if (!all)
        return true; // listwise deletion
    if (m_n == 0)
        for (std::size_t j = 0; j < k; ++j)
            m_shift[j] = *scores[j];
    ++m_n;
    for (std::size_t i = 0; i < k; ++i) {
        const double di = *scores[i] - m_shift[i];
        m_sum[i] += di;
        for (std::size_t j = i; j < k; ++j)
            m_cross[i * k + j] += di * (*scores[j] - m_shift[j]);
    }
    return true;
}

Result<AlphaResult> cronbachAlpha(const AlphaSums& sums)
{
    const auto k = static_cast<std::size_t>(sums.m_k);
    if (k < 2)
        return invalid(QStringLiteral("Cronbach's alpha needs at least two items (got %1)").arg(k));
    AlphaResult r;
    r.k = sums.m_k;
    r.n = sums.m_n;
    r.items.resize(k);
    const auto n = static_cast<std::size_t>(sums.m_n);
    if (n == 0)
        return r;
    const double nd = static_cast<double>(n);
    for (std::size_t j = 0; j < k; ++j)
        r.items[j].mean = sums.m_shift[j] + sums.m_sum[j] / nd;
    if (n < 2)
        return r;

    // Sample covariance matrix (shifts cancel); every variance below is a sum of its entries.
    std::vector<double> cov(k * k, 0.0);
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i; j < k; ++j) {
            cov[i * k + j] = (sums.m_cross[i * k + j] - sums.m_sum[i] * sums.m_sum[j] / nd) / (nd - 1);
            cov[j * k + i] = cov[i * k + j];
        }

    const auto alphaOf = [](double items, double sumItemVar, double totalVar) -> std::optional<double> {
        if (!(totalVar > 0))
            return std::nullopt;
        return items / (items - 1) * (1 - sumItemVar / totalVar);
    };
    double sumVar = 0;
    double totalVar = 0;
    std::vector<double> rowSum(k, 0.0); // Σ_i cov(i, j): the covariance of item j with the total
    for (std::size_t i = 0; i < k; ++i) {
        sumVar += cov[i * k + i];
        for (std::size_t j = 0; j < k; ++j) {
            totalVar += cov[i * k + j];
            rowSum[j] += cov[i * k + j];
        }
    }
    const double kd = static_cast<double>(k);
    r.alpha = alphaOf(kd, sumVar, totalVar);
    for (std::size_t j = 0; j < k; ++j) {
        ItemStatistics& item = r.items[j];
        const double varJ = cov[j * k + j];
        item.variance = varJ;
        const double restVar = totalVar - 2 * rowSum[j] + varJ; // var(total − item j)
        const double covRest = rowSum[j] - varJ; // cov(item j, total − item j)
        if (varJ > 0 && restVar > 0)
            item.itemTotalCorrelation = covRest / std::sqrt(varJ * restVar);
        if (k > 2)
            item.alphaIfDeleted = alphaOf(kd - 1, sumVar - varJ, restVar);
    }
    return r;
}

// ---- Borich ---------------------------------------------------------------------------------------------------------

Result<BorichScore> borich(std::span<const std::optional<double>> importance,
                           std::span<const std::optional<double>> proficiency)
{
    if (importance.size() != proficiency.size())
        return invalid(QStringLiteral("%1 importance ratings for %2 proficiency ratings")
                           .arg(importance.size())
                           .arg(proficiency.size()));
    BorichSums sums;
    for (std::size_t i = 0; i < importance.size(); ++i) {
        if (!importance[i] || !proficiency[i])
            continue;
        if (!std::isfinite(*importance[i]) || !std::isfinite(*proficiency[i]))
            return invalid(QStringLiteral("respondent %1 has a rating that is not a finite number").arg(i + 1));
        sums.add(importance[i], proficiency[i]);
    }
    return borich(sums);
}

void BorichSums::add(std::optional<double> importance, std::optional<double> proficiency)
{
    if (!importance || !proficiency || !std::isfinite(*importance) || !std::isfinite(*proficiency))
        return;
    ++n;
    sumImportance += *importance;
    sumDiscrepancy += *importance - *proficiency;
}

BorichScore borich(const BorichSums& sums)
{
    BorichScore s;
    s.n = sums.n;
    if (s.n == 0)
        return s;
    const double n = static_cast<double>(s.n);
    s.meanImportance = sums.sumImportance / n;
    s.meanDiscrepancy = sums.sumDiscrepancy / n;
    // (1/n) Σ (I − P)·Ī = Ī · mean(I − P): Ī is a constant within the sum.
    s.mwds = *s.meanDiscrepancy * *s.meanImportance;
    return s;
}

// ---- Rates ----------------------------------------------------------------------------------------------------------

Result<RateEstimate> rate(std::span<const double> counts, std::span<const double> weights, std::optional<double> cap,
                          double per, double level)
{
    if (!validLevel(level))
        return badLevel(level);
    if (!std::isfinite(per) || per <= 0)
        return invalid(QStringLiteral("rate base %1 is not positive").arg(per));
    if (cap && !(std::isfinite(*cap) && *cap > 0))
        return invalid(QStringLiteral("series cap %1 is not positive").arg(*cap));
    if (auto error = checkWeights(weights, counts.size()))
        return *error;
    for (std::size_t i = 0; i < counts.size(); ++i)
        if (!std::isfinite(counts[i]) || counts[i] < 0)
            return invalid(QStringLiteral("count %1 (unit %2) is not a number ≥ 0").arg(counts[i]).arg(i + 1));

    RateSums sums;
    sums.cap = cap;
    sums.weighted = !weights.empty();
    for (std::size_t i = 0; i < counts.size(); ++i)
        sums.add(counts[i], weightAt(weights, i));
    return rate(sums, per, level);
}

void RateSums::add(double count, double weight)
{
    uncapped.add(count, weight);
    capped.add(cap ? std::min(count, *cap) : count, weight);
}

Result<RateEstimate> rate(const RateSums& sums, double per, double level)
{
    if (!validLevel(level))
        return badLevel(level);
    if (!std::isfinite(per) || per <= 0)
        return invalid(QStringLiteral("rate base %1 is not positive").arg(per));
    if (sums.cap && !(std::isfinite(*sums.cap) && *sums.cap > 0))
        return invalid(QStringLiteral("series cap %1 is not positive").arg(*sums.cap));
    const auto estimate = [&](const Moments& k) {
        Estimate e;
        e.n = k.n();
        e.nEffective = sums.weighted ? k.kishEffectiveN() : static_cast<double>(k.n());
        e.level = level;
        if (e.n == 0)
            return e;
        const double nd = static_cast<double>(e.n);
        if (!sums.weighted) {
            // Σk: the weights, if any, are equal, so the counts are summed as they are.
            const double total = std::max(0.0, k.sumWeightedValues() / k.firstWeight());
            const double alpha = 1 - level;
            e.value = per * total / nd;
            e.se = per * std::sqrt(total) / nd;
            const double lower = total > 0 ? boost::math::gamma_p_inv(total, alpha / 2, Policy()) : 0.0;
            const double upper = boost::math::gamma_p_inv(total + 1, 1 - alpha / 2, Policy());
            e.ci = Interval{per * lower / nd, per * upper / nd};
        } else {
            e.value = per * *k.mean();
            if (auto se = k.linearisationSe()) {
                e.se = per * *se;
                const double half = zQuantile(level) * *e.se;
                e.ci = Interval{std::max(0.0, *e.value - half), *e.value + half};
            }
        }
        return e;
    };

    RateEstimate r;
    r.per = per;
    r.cap = sums.cap;
    r.uncapped = estimate(sums.uncapped);
    r.capped = sums.cap ? estimate(sums.capped) : r.uncapped;
    return r;
}

// ---- Reliability ----------------------------------------------------------------------------------------------------

QString describe(const ReliabilityRule& rule, const std::function<QString(const char*)>& localise)
{
    // Four significant digits, as the CSV has always had them; a count of interviews in full.
    const auto number = [](double v) { return QString::number(v, 'g', 4); };
    const auto count = [](double v) { return QString::number(static_cast<qint64>(v)); };
    switch (rule.kind) {
    case ReliabilityRule::Kind::NoEstimate:
        return localise(QT_TRANSLATE_NOOP("Report", "no estimate (n = %1)")).arg(count(rule.value));
    case ReliabilityRule::Kind::SampleSize:
        return (rule.effective ? localise(QT_TRANSLATE_NOOP("Report", "effective sample size %1 is below %2"))
                               : localise(QT_TRANSLATE_NOOP("Report", "sample size %1 is below %2")))
            .arg(number(rule.value), number(rule.limit));
    case ReliabilityRule::Kind::RelativeSe:
        return localise(QT_TRANSLATE_NOOP("Report", "relative standard error %1% is %2% or more"))
            .arg(number(rule.value), number(rule.limit));
    case ReliabilityRule::Kind::IntervalWidth:
        return localise(
                   QT_TRANSLATE_NOOP("Report", "the %1% confidence interval is %2 percentage points wide (over %3)"))
            .arg(number(rule.level), number(rule.value), number(rule.limit));
    }
    return {};
}

Reliability assessReliability(const Estimate& estimate, EstimateKind kind)
{
    Reliability r;
    using Kind = ReliabilityRule::Kind;
    const auto finish = [&r](ReliabilityLevel level) {
        r.level = level;
        QStringList words;
        for (const ReliabilityRule& rule : std::as_const(r.rules))
            words << describe(rule);
        r.reason = words.join(QStringLiteral("; "));
        return r;
    };
    if (!estimate.value) {
        r.rules.append({Kind::NoEstimate, static_cast<double>(estimate.n)});
        return finish(ReliabilityLevel::Unreliable);
    }
    const double n = static_cast<double>(estimate.n);
    const bool weighted = estimate.nEffective < n;
    const double m = std::min(n, estimate.nEffective);
    if (m < MinReliableN) {
        r.rules.append({Kind::SampleSize, m, MinReliableN, 0, weighted});
        return finish(ReliabilityLevel::Unreliable);
    }
    if (m < MinConfidentN)
        r.rules.append({Kind::SampleSize, m, MinConfidentN, 0, weighted});
    if (estimate.se && *estimate.value != 0) {
        const double rse = *estimate.se / std::abs(*estimate.value);
        if (rse >= MaxRelativeSe)
            r.rules.append({Kind::RelativeSe, 100 * rse, 100 * MaxRelativeSe});
    }
    if (kind == EstimateKind::Proportion && estimate.ci && estimate.ci->width() > MaxProportionCiWidth)
        r.rules.append(
            {Kind::IntervalWidth, 100 * estimate.ci->width(), 100 * MaxProportionCiWidth, 100 * estimate.level});
    return finish(r.rules.isEmpty() ? ReliabilityLevel::Reliable : ReliabilityLevel::Caution);
}

// ---- Disclosure control -------------------------------------------------------------------------------------------

namespace {

/** Hidden cells as edges of the bipartite graph rows × columns; a hidden cell on no cycle (a bridge) is determined
 *  by the margins. Returns the bridges in row-major order. */
std::vector<std::pair<int, int>> bridges(const SuppressionPlan& plan)
{
    const int rows = plan.rows;
    const int nodes = plan.rows + plan.cols;
    std::vector<std::vector<std::pair<int, int>>> adj(static_cast<std::size_t>(nodes)); // (neighbour, edge id)
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < plan.cols; ++c)
            if (plan.suppressed(r, c)) {
                const int id = r * plan.cols + c;
                adj[static_cast<std::size_t>(r)].emplace_back(rows + c, id);
                adj[static_cast<std::size_t>(rows) + static_cast<std::size_t>(c)].emplace_back(r, id);
            }
    std::vector<int> disc(static_cast<std::size_t>(nodes), -1);
    std::vector<int> low(static_cast<std::size_t>(nodes), 0);
    std::vector<bool> isBridge(plan.cells.size(), false);
    int time = 0;
    // Tables are small (tens of rows and columns), so recursion depth is no concern.
    std::function<void(int, int)> dfs = [&](int u, int parentEdge) {
        disc[static_cast<std::size_t>(u)] = low[static_cast<std::size_t>(u)] = time++;
        for (const auto& [v, id] : adj[static_cast<std::size_t>(u)]) {
            if (id == parentEdge)
                continue;
            if (disc[static_cast<std::size_t>(v)] < 0) {
                dfs(v, id);
                low[static_cast<std::size_t>(u)] =
                    std::min(low[static_cast<std::size_t>(u)], low[static_cast<std::size_t>(v)]);
                if (low[static_cast<std::size_t>(v)] > disc[static_cast<std::size_t>(u)])
                    isBridge[static_cast<std::size_t>(id)] = true;
            } else {
                low[static_cast<std::size_t>(u)] =
                    std::min(low[static_cast<std::size_t>(u)], disc[static_cast<std::size_t>(v)]);
            }
        }
    };
    for (int u = 0; u < nodes; ++u)
        if (disc[static_cast<std::size_t>(u)] < 0)
            dfs(u, -1);
    std::vector<std::pair<int, int>> out;
    for (std::size_t id = 0; id < isBridge.size(); ++id)
        if (isBridge[id])
            out.emplace_back(static_cast<int>(id) / plan.cols, static_cast<int>(id) % plan.cols);
    return out;
}

} // namespace

Result<SuppressionPlan> planSuppression(const std::vector<std::vector<qint64>>& counts, qint64 threshold)
{
    if (threshold < 1)
        return invalid(QStringLiteral("disclosure threshold %1 is below 1").arg(threshold));
    if (counts.empty() || counts.front().empty())
        return invalid(QStringLiteral("the table has no cells"));
    SuppressionPlan plan;
    plan.rows = static_cast<int>(counts.size());
    plan.cols = static_cast<int>(counts.front().size());
    qint64 total = 0;
    for (std::size_t r = 0; r < counts.size(); ++r) {
        if (counts[r].size() != static_cast<std::size_t>(plan.cols))
            return invalid(
                QStringLiteral("row %1 has %2 cells, row 1 has %3").arg(r + 1).arg(counts[r].size()).arg(plan.cols));
        for (qint64 v : counts[r]) {
            if (v < 0)
                return invalid(QStringLiteral("row %1 has a negative count").arg(r + 1));
            total += v;
        }
    }
    const auto count = [&](int r, int c) { return counts[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]; };
    const auto index = [&](int r, int c) {
        return static_cast<std::size_t>(r) * static_cast<std::size_t>(plan.cols) + static_cast<std::size_t>(c);
    };
    plan.cells.assign(static_cast<std::size_t>(plan.rows) * static_cast<std::size_t>(plan.cols),
                      CellSuppression::Shown);
    int primaries = 0;
    for (int r = 0; r < plan.rows; ++r)
        for (int c = 0; c < plan.cols; ++c)
            if (count(r, c) > 0 && count(r, c) < threshold) {
                plan.cells[index(r, c)] = CellSuppression::Primary;
                ++primaries;
            }
    if (primaries == 0)
        return plan;

    // A cell's cost as a complement: its count, so small cells are chosen; zeros cost more than any set of non-zero
    // cells, because a zero is often known to be structural and then protects nothing.
    const qint64 zeroCost = total + 1;
    const auto cost = [&](int r, int c) -> qint64 {
        if (plan.suppressed(r, c))
            return 0;
        return count(r, c) == 0 ? zeroCost : count(r, c);
    };

    if (plan.rows == 1 || plan.cols == 1) {
        // One-way table: the only equation is the grand total, so two hidden cells protect each other.
        if (primaries >= 2)
            return plan;
        const int cells = plan.rows * plan.cols;
        if (cells == 1) {
            plan.withholdTotal = true;
            return plan;
        }
        std::optional<std::pair<int, int>> best;
        for (int r = 0; r < plan.rows; ++r)
            for (int c = 0; c < plan.cols; ++c)
                if (!plan.suppressed(r, c) && (!best || cost(r, c) < cost(best->first, best->second)))
                    best = std::pair{r, c};
        plan.cells[index(best->first, best->second)] = CellSuppression::Complementary;
        return plan;
    }

    // Two-way table: close a cycle through each bridge with the cheapest path from its column back to its row
    // (Dijkstra over the complete bipartite graph, hidden cells free). Adding edges never creates a bridge, and each
    // round removes at least one, so this ends.
    const int nodes = plan.rows + plan.cols;
    for (;;) {
        const auto open = bridges(plan);
        if (open.empty())
            break;
        const auto [br, bc] = open.front();
        const int source = plan.rows + bc;
        const int target = br;
        std::vector<qint64> dist(static_cast<std::size_t>(nodes), std::numeric_limits<qint64>::max());
        std::vector<int> prev(static_cast<std::size_t>(nodes), -1);
        using Item = std::pair<qint64, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
        dist[static_cast<std::size_t>(source)] = 0;
        queue.emplace(0, source);
        while (!queue.empty()) {
            const auto [d, u] = queue.top();
            queue.pop();
            if (d > dist[static_cast<std::size_t>(u)])
                continue;
            if (u == target)
                break;
            const bool isRow = u < plan.rows;
            const int others = isRow ? plan.cols : plan.rows;
            for (int o = 0; o < others; ++o) {
                const int r = isRow ? u : o;
                const int c = isRow ? o : u - plan.rows;
                if (r == br && c == bc)
                    continue; // the bridge itself
                const int v = isRow ? plan.rows + o : o;
                const qint64 nd = d + cost(r, c);
                if (nd < dist[static_cast<std::size_t>(v)]) {
                    dist[static_cast<std::size_t>(v)] = nd;
                    prev[static_cast<std::size_t>(v)] = u;
                    queue.emplace(nd, v);
                }
            }
        }
        // With at least two rows and two columns the graph is connected without the bridge, so a path exists.
        for (int v = target; v != source; v = prev[static_cast<std::size_t>(v)]) {
            const int u = prev[static_cast<std::size_t>(v)];
            const int r = u < plan.rows ? u : v;
            const int c = (u < plan.rows ? v : u) - plan.rows;
            if (!plan.suppressed(r, c))
                plan.cells[index(r, c)] = CellSuppression::Complementary;
        }
    }
    return plan;
}

Result<Change> change(const Estimate& a, const Estimate& b)
{
    if (!a.value || !b.value)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a change needs two estimates"));
    Change c;
    c.value = *b.value - *a.value;
    if (a.ci && b.ci) {
        const double la = *a.value - a.ci->lower;
        const double ua = a.ci->upper - *a.value;
        const double lb = *b.value - b.ci->lower;
        const double ub = b.ci->upper - *b.value;
        c.ci = Interval{c.value - std::sqrt(lb * lb + ua * ua), c.value + std::sqrt(ub * ub + la * la)};
    }
    return c;
}

} // namespace baseline::stats
