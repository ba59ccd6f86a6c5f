// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QTranslator>

#include "logic/evaluator.h"

#include <QDateTime>

#include <cmath>

namespace baseline::scoring {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString num(const std::optional<double>& v, int decimals = 1)
{
    if (!v || !std::isfinite(*v))
        return {};
    return QString::number(*v, 'f', decimals);
}

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

QString unitOf(const IndicatorResult& r)
{
    if (r.type == QLatin1String("proportion"))
        return QStringLiteral("%");
    if (r.type == QLatin1String("rubric"))
        return QStringLiteral("/3");
    if (r.type == QLatin1String("scale"))
        return QStringLiteral("/100");
    if (r.type == QLatin1String("rate"))
        return QStringLiteral(" per 1,000");
    return {};
}

/**
 * The report's own words in its language: the app's translations (context "Report", embedded under :/i18n), read
 * without installing them, so writing a report never changes the interface's language. English, or a word not yet
 * translated, stays as written. The CSV keeps English: it is read by programs.
 */
class Words
{
public:
    explicit Words(const QString& language)
    {
        if (!language.isEmpty() && language != QLatin1String("en"))
            m_loaded = m_translator.load(QStringLiteral(":/i18n/baseline_%1.qm").arg(language));
    }
    QString operator()(const char* source) const
    {
        const QString t = m_loaded ? m_translator.translate("Report", source) : QString();
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

const Words& english()
{
    static const Words w{QStringLiteral("en")};
    return w;
}

/** An agency's kind (store/repository.h) in the report's language. */
QString kindText(const QString& kind, const Words& words)
{
    if (kind == QLatin1String("national_service"))
        return words(QT_TRANSLATE_NOOP("Report", "national service"));
    if (kind == QLatin1String("regional_command"))
        return words(QT_TRANSLATE_NOOP("Report", "regional command"));
    if (kind == QLatin1String("unit"))
        return words(QT_TRANSLATE_NOOP("Report", "unit"));
    if (kind == QLatin1String("station"))
        return words(QT_TRANSLATE_NOOP("Report", "station"));
    return QString(kind).replace(u'_', u' ');
}

/** The rules that flagged an estimate, in the report's language ("; "-separated in English, as in the CSV). */
QString reasonText(const stats::Reliability& reliability, const Words& words)
{
    QString text;
    for (const stats::ReliabilityRule& rule : reliability.rules) {
        const QString part = stats::describe(rule, [&words](const char* source) { return words(source); });
        text = text.isEmpty() ? part : words(QT_TRANSLATE_NOOP("Report", "%1; %2")).arg(text, part);
    }
    return text;
}

QString flagText(const IndicatorResult& r, const Words& words = english())
{
    if (r.suppressed)
        return words(QT_TRANSLATE_NOOP("Report", "suppressed (fewer respondents than the disclosure threshold)"));
    switch (r.reliability.level) {
    case stats::ReliabilityLevel::Reliable:
        return {};
    case stats::ReliabilityLevel::Caution:
        return words(QT_TRANSLATE_NOOP("Report", "interpret with caution: %1")).arg(reasonText(r.reliability, words));
    case stats::ReliabilityLevel::Unreliable:
        return words(QT_TRANSLATE_NOOP("Report", "unreliable: %1")).arg(reasonText(r.reliability, words));
    }
    return {};
}

} // namespace

std::optional<double> barScale(const IndicatorResult& r)
{
    if (r.suppressed || !r.estimate.value || r.type == QLatin1String("rate") || r.type == QLatin1String("borich")
        || r.type == QLatin1String("mean"))
        return std::nullopt;
    return r.type == QLatin1String("rubric") ? 3.0 : 100.0;
}

namespace {

/** A horizontal bar with its interval and target, as inline SVG (0–100 scale, or 0–3 for rubrics). */
QString bar(const IndicatorResult& r)
{
    const auto scale = barScale(r);
    if (!scale)
        return {};
    const double top = *scale;
    const auto x = [&](double v) { return 4 + std::clamp(v / top, 0.0, 1.0) * 232; };
    QString svg = QStringLiteral("<svg width='240' height='22' role='img' aria-label='%1'>"
                                 "<rect x='4' y='6' width='232' height='10' fill='#e3e8ee'/>"
                                 "<rect x='4' y='6' width='%2' height='10' fill='%3'/>")
                      .arg(esc(r.label))
                      .arg(x(*r.estimate.value) - 4, 0, 'f', 1)
                      .arg(r.reliability.level == stats::ReliabilityLevel::Reliable ? QStringLiteral("#0b4f8a")
                                                                                    : QStringLiteral("#8a9bb0"));
    if (r.estimate.ci)
        svg += QStringLiteral("<line x1='%1' x2='%2' y1='11' y2='11' stroke='#1b1f24' stroke-width='2'/>"
                              "<line x1='%1' x2='%1' y1='5' y2='17' stroke='#1b1f24'/>"
                              "<line x1='%2' x2='%2' y1='5' y2='17' stroke='#1b1f24'/>")
                   .arg(x(r.estimate.ci->lower), 0, 'f', 1)
                   .arg(x(r.estimate.ci->upper), 0, 'f', 1);
    if (r.target)
        svg += QStringLiteral("<line x1='%1' x2='%1' y1='1' y2='21' stroke='#a4161a' stroke-width='2' "
                              "stroke-dasharray='3,2'/>")
                   .arg(x(*r.target), 0, 'f', 1);
    return svg + QStringLiteral("</svg>");
}

} // namespace

Result<PendingReport> startReport(Repository& repository, const QString& agencyId, const Options& options,
                                  const QString& language)
{
    PendingReport p;
    ReportModel& m = p.model;
    m.language = language;
    m.options = options;
    if (m.options.language.isEmpty())
        m.options.language = language;
    m.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto agencies = repository.agencies();
    if (!agencies)
        return agencies.error();
    bool found = false;
    for (const Agency& a : *agencies)
        if (a.id == agencyId) {
            m.agencyName = a.name;
            m.agencyKind = agencyKindName(a.kind);
            found = true;
        }
    if (!found)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no agency with id %1 (see 'baseline-cli agency list')").arg(agencyId));
    auto ids = agencyInterviews(repository, agencyId);
    if (!ids)
        return ids.error();
    p.interviews = std::move(ids).value();
    // Targets set on the agency's assessments override the instruments' (explicit options win over both).
    auto targets = agencyTargets(repository, agencyId);
    if (!targets)
        return targets.error();
    for (auto it = targets->cbegin(); it != targets->cend(); ++it)
        if (!m.options.targets.contains(it.key()))
            m.options.targets.insert(it.key(), it.value());
    return p;
}

Result<ReportModel> finishReport(PendingReport&& pending, Scorecard card)
{
    ReportModel m = std::move(pending.model);
    m.card = std::move(card);
    auto recs = recommend(m.card, m.language);
    if (!recs)
        return recs.error();
    m.recommendations = std::move(recs).value();
    Result<ReportModel> out(std::move(m));
    // The evidence points into the card's results: point it into the copy that is returned, whatever moved.
    for (Recommendation& rec : out->recommendations.services)
        for (auto& ev : rec.evidence)
            for (const IndicatorResult& r : out->card.results)
                if (ev.result && r.breakdown.isEmpty() && r.instrumentId == ev.result->instrumentId
                    && r.indicatorId == ev.result->indicatorId)
                    ev.result = &r;
    return out;
}

Result<ReportModel> buildReport(Repository& repository, const QString& agencyId, const Options& options,
                                const QString& language)
{
    auto pending = startReport(repository, agencyId, options, language);
    if (!pending)
        return pending.error();
    auto card = score(repository, pending->interviews, pending->model.options);
    if (!card)
        return card.error();
    return finishReport(std::move(pending).value(), std::move(card).value());
}

QByteArray renderCsv(const ReportModel& m)
{
    QString out = QStringLiteral("instrument,indicator,label,type,breakdown,group,n,n_effective,estimate,ci_lower,"
                                 "ci_upper,unit,target,direction,gap,priority,alpha,flag\n");
    for (const IndicatorResult& r : m.card.results) {
        const bool hide = r.suppressed;
        QStringList f{r.instrumentId,
                      r.indicatorId,
                      r.label,
                      r.type,
                      r.breakdown,
                      r.group,
                      hide ? QString() : QString::number(r.estimate.n),
                      hide ? QString() : num(r.estimate.nEffective),
                      hide ? QString() : num(r.estimate.value, 3),
                      hide || !r.estimate.ci ? QString() : num(r.estimate.ci->lower, 3),
                      hide || !r.estimate.ci ? QString() : num(r.estimate.ci->upper, 3),
                      unitOf(r).trimmed(),
                      num(r.target, 3),
                      r.direction,
                      hide ? QString() : num(r.gap, 3),
                      hide ? QString() : num(r.priority, 3),
                      hide ? QString() : num(r.alpha, 3),
                      flagText(r)};
        for (QString& s : f)
            s = csvField(s);
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Result<void> attachComparison(Repository& repository, const QString& agencyId, ReportModel& model,
                              const QString& fromAssessmentId, const QString& toAssessmentId)
{
    auto mine = agencyAssessments(repository, agencyId);
    if (!mine)
        return mine.error();
    for (const QString& id : {fromAssessmentId, toAssessmentId})
        if (!mine->contains(id))
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("assessment %1 is not an assessment of %2 or of an agency below it (see "
                                            "'baseline-cli assessment list')")
                                 .arg(id, model.agencyName));
    auto c = compare(repository, fromAssessmentId, toAssessmentId, model.options);
    if (!c)
        return c.error();
    model.comparison = std::move(c).value();
    return {};
}

namespace {

/** The change between the two assessments: a table in the browser, a block per indicator on paper. Suppressed in
 *  either: no number at all. Unreliable in either: shown, flagged, never called a change. */
QString comparisonSection(const ReportModel& m, bool print, const Words& words)
{
    if (!m.comparison)
        return {};
    const Comparison& c = *m.comparison;
    QString h =
        QStringLiteral("<h2>%1</h2>\n<p class='muted'>%2</p>\n")
            .arg(
                words(QT_TRANSLATE_NOOP("Report", "Change: %1 → %2")).arg(esc(c.fromTitle), esc(c.toTitle)),
                words(QT_TRANSLATE_NOOP("Report",
                                        "%1 and %2 interviews. The change is the follow-up minus the baseline, with "
                                        "its 95% interval (MOVER; Newcombe's method for proportions); it is called a "
                                        "change only when the interval excludes zero and both estimates are reliable."))
                    .arg(c.fromInterviews)
                    .arg(c.toInterviews));
    const auto value = [](const std::optional<IndicatorResult>& r) {
        return r && r->estimate.value ? num(r->estimate.value) + unitOf(*r) : QStringLiteral("–");
    };
    if (!print)
        h += QStringLiteral("<table><tr><th>%1</th><th class='num'>%2</th><th class='num'>%3</th>"
                            "<th class='num'>%4</th><th></th></tr>\n")
                 .arg(words(QT_TRANSLATE_NOOP("Report", "Indicator")), esc(c.fromTitle), esc(c.toTitle),
                      words(QT_TRANSLATE_NOOP("Report", "Change [95% interval]")));
    qsizetype onlyOne = 0;
    for (const ComparisonRow& r : c.rows) {
        if (!r.inBoth) {
            ++onlyOne; // measured in one wave only: nothing to compare
            continue;
        }
        QString change, verdict;
        if (r.suppressed) {
            verdict = QStringLiteral("<span class='supp'>%1</span>")
                          .arg(words(QT_TRANSLATE_NOOP("Report", "suppressed in one assessment")));
        } else if (r.change) {
            change = num(r.change->value);
            if (r.change->ci)
                change += QStringLiteral(" [%1 – %2]").arg(num(r.change->ci->lower), num(r.change->ci->upper));
            verdict = r.unreliable ? QStringLiteral("<span class='flag'>%1</span>")
                                         .arg(words(QT_TRANSLATE_NOOP("Report", "unreliable in one assessment")))
                : r.change->distinguishable()
                ? QStringLiteral("<b>%1</b>").arg(words(QT_TRANSLATE_NOOP("Report", "a change")))
                : QStringLiteral("<span class='muted'>%1</span>")
                      .arg(words(QT_TRANSLATE_NOOP("Report", "no change the samples can tell from none")));
        }
        const QString label =
            QStringLiteral("%1 <span class='muted'>(%2)</span>").arg(esc(r.label), esc(r.instrumentId));
        if (print)
            h +=
                QStringLiteral("<p><b>%1</b><br>%2 → %3%4<br>%5</p>\n")
                    .arg(label, r.suppressed ? QStringLiteral("–") : value(r.from),
                         r.suppressed ? QStringLiteral("–") : value(r.to),
                         change.isEmpty()
                             ? QString()
                             : QStringLiteral(" · %1").arg(words(QT_TRANSLATE_NOOP("Report", "change %1")).arg(change)),
                         verdict);
        else
            h += QStringLiteral("<tr><td>%1</td><td class='num'>%2</td><td class='num'>%3</td><td class='num'>%4</td>"
                                "<td>%5</td></tr>\n")
                     .arg(label, r.suppressed ? QStringLiteral("–") : value(r.from),
                          r.suppressed ? QStringLiteral("–") : value(r.to), change, verdict);
    }
    if (!print)
        h += QStringLiteral("</table>\n");
    if (onlyOne > 0)
        h += QStringLiteral("<p class='muted'>%1</p>\n")
                 .arg(words(QT_TRANSLATE_NOOP("Report",
                                              "%1 indicators measured in only one of the two assessments are "
                                              "not compared."))
                          .arg(onlyOne));
    return h;
}

QByteArray html(const ReportModel& m, bool print)
{
    const Words words(m.language);
    const bool rtl = m.language == QLatin1String("ar");
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang='%1' dir='%2'><head><meta charset='utf-8'>"
             "<title>%3</title><style>"
             "body{font-family:'Noto Sans',sans-serif;color:#1b1f24;max-width:60em;margin:2em auto;"
             "padding:0 1em;line-height:1.45}"
             "h1{color:#0b4f8a}h2{border-bottom:2px solid #0b4f8a;padding-bottom:.2em;margin-top:2em}"
             "table{border-collapse:collapse;width:100%;font-size:.92em}"
             "th,td{border-bottom:1px solid #c4ccd4;padding:.35em .5em;text-align:start;vertical-align:top}"
             "th{background:#f4f6f8}.num{text-align:end;white-space:nowrap}.muted{color:#4a5561}"
             ".flag{color:#8a5300}.supp{color:#4a5561;font-style:italic}.cluster{color:#0b4f8a;font-weight:bold}"
             "</style></head><body>\n")
             .arg(esc(m.language), rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                  esc(words(QT_TRANSLATE_NOOP("Report", "Gap report: %1")).arg(m.agencyName)));
    h += QStringLiteral("<h1>%1</h1>\n<p class='muted'>%2 · %3</p>\n")
             .arg(esc(words(QT_TRANSLATE_NOOP("Report", "Gap report: %1")).arg(m.agencyName)),
                  esc(kindText(m.agencyKind, words)),
                  words(QT_TRANSLATE_NOOP("Report", "%1 interviews scored · generated %2"))
                      .arg(m.card.interviews)
                      // Embedded left to right: in an Arabic line the bidi algorithm would reorder its parts.
                      .arg(QChar(0x202A) + esc(m.generatedAt) + QChar(0x202C)));
    if (print) {
        // Paged output gets a contents list; the browser version scrolls.
        h += QStringLiteral("<p><b>%1</b></p><ol><li>%2</li><li>%3 ")
                 .arg(words(QT_TRANSLATE_NOOP("Report", "Contents")),
                      words(QT_TRANSLATE_NOOP("Report", "Recommended services")),
                      words(QT_TRANSLATE_NOOP("Report", "Indicators:")));
        QStringList instruments;
        for (const IndicatorResult& r : m.card.results)
            if (!instruments.contains(r.instrumentId))
                instruments << r.instrumentId;
        h += esc(instruments.join(QStringLiteral(", "))) + QStringLiteral("</li>");
        if (m.comparison)
            h += QStringLiteral("<li>%1</li>")
                     .arg(words(QT_TRANSLATE_NOOP("Report", "Change: %1 → %2"))
                              .arg(esc(m.comparison->fromTitle), esc(m.comparison->toTitle)));
        h += QStringLiteral("<li>%1</li></ol>\n").arg(words(QT_TRANSLATE_NOOP("Report", "Method")));
    }

    // Recommendations first: what the coordinator came for.
    h += QStringLiteral("<h2>%1</h2>\n").arg(words(QT_TRANSLATE_NOOP("Report", "Recommended services")));
    if (m.recommendations.services.isEmpty())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(words(QT_TRANSLATE_NOOP("Report", "No rule was triggered by a reliable estimate.")));
    else {
        if (!print)
            h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                     .arg(words(QT_TRANSLATE_NOOP("Report", "Priority")), words(QT_TRANSLATE_NOOP("Report", "Service")),
                          words(QT_TRANSLATE_NOOP("Report", "Evidence")));
        int rank = 0;
        for (const Recommendation& rec : m.recommendations.services) {
            QString evidence;
            // On paper, the three strongest pieces of evidence; the HTML and CSV reports list every one.
            constexpr qsizetype PrintedEvidence = 3;
            qsizetype shownEvidence = 0;
            for (const auto& ev : rec.evidence) {
                if (print && shownEvidence++ == PrintedEvidence) {
                    evidence += QStringLiteral("<p class='muted'>%1</p>")
                                    .arg(words(QT_TRANSLATE_NOOP("Report",
                                                                 "and %1 more indicators (see the HTML or CSV report)"))
                                             .arg(rec.evidence.size() - PrintedEvidence));
                    break;
                }
                const IndicatorResult* r = ev.result;
                evidence +=
                    QStringLiteral("<p><b>%1</b> (%2): %3%4 [%5–%6], n = %7%8. %9</p>")
                        .arg(esc(r ? r->label : ev.rule), esc(r ? r->instrumentId : QString()),
                             r ? num(r->estimate.value) : QString(), r ? unitOf(*r) : QString(),
                             r && r->estimate.ci ? num(r->estimate.ci->lower) : QString(),
                             r && r->estimate.ci ? num(r->estimate.ci->upper) : QString())
                        .arg(r ? r->estimate.n : 0)
                        .arg(r && r->target ? QStringLiteral(", %1").arg(
                                 words(QT_TRANSLATE_NOOP("Report", "target %1")).arg(num(r->target) + unitOf(*r)))
                                            : QString(),
                             esc(ev.rationale));
            }
            if (print) // paper: a heading per service, its evidence below (full width)
                h += QStringLiteral("<h3>%1. <span class='cluster'>%2</span> %3</h3>\n%4\n")
                         .arg(++rank)
                         .arg(esc(rec.service), esc(rec.serviceTitle), evidence);
            else
                h += QStringLiteral(
                         "<tr><td class='num'>%1</td><td><span class='cluster'>%2</span> %3</td><td>%4</td></tr>\n")
                         .arg(++rank)
                         .arg(esc(rec.service), esc(rec.serviceTitle), evidence);
        }
        if (!print)
            h += QStringLiteral("</table>\n");
    }
    if (!m.recommendations.tooUncertain.isEmpty()) {
        h += QStringLiteral("<p class='muted'>%1 ")
                 .arg(words(QT_TRANSLATE_NOOP(
                     "Report", "Too uncertain to judge (fewer than 30 effective cases, or suppressed):")));
        QStringList items;
        for (const QString& s : m.recommendations.tooUncertain)
            items << esc(s);
        h += items.join(QStringLiteral("; ")) + QStringLiteral(".</p>\n");
    }

    // Indicators, instrument by instrument.
    h += QStringLiteral("<h2>%1</h2>\n").arg(words(QT_TRANSLATE_NOOP("Report", "Indicators")));
    if (print)
        h += QStringLiteral("<p class='muted'>%1</p>\n")
                 .arg(words(QT_TRANSLATE_NOOP("Report",
                                              "Overall estimates. Breakdowns (by sex, age group, region, unit, …) are "
                                              "in the HTML and CSV reports.")));
    QString currentInstrument;
    for (const IndicatorResult& r : m.card.results) {
        if (print) {
            // Paper: one block per overall estimate (Qt's rich text cannot size a seven-column table to a page).
            if (!r.breakdown.isEmpty())
                continue; // breakdowns are in the HTML and CSV reports
            if (r.instrumentId != currentInstrument) {
                currentInstrument = r.instrumentId;
                h += QStringLiteral("<h3>%1 <span class='muted'>(%2)</span></h3>\n")
                         .arg(esc(r.instrumentId),
                              words(QT_TRANSLATE_NOOP("Report", "%1 interviews"))
                                  .arg(m.card.interviewsByInstrument.value(r.instrumentId)));
            }
            if (r.suppressed) {
                h += QStringLiteral("<p><b>%1</b><br><span class='supp'>%2</span></p>\n")
                         .arg(esc(r.label),
                              words(QT_TRANSLATE_NOOP("Report",
                                                      "suppressed: fewer respondents than the disclosure threshold")));
                continue;
            }
            QString line = QStringLiteral("%1%2").arg(num(r.estimate.value), unitOf(r));
            if (r.type == QLatin1String("borich") && !r.borich.isEmpty())
                line = words(QT_TRANSLATE_NOOP("Report", "top need: %1 (MWDS %2)"))
                           .arg(esc(r.borich.front().first), num(r.borich.front().second.mwds, 2));
            if (r.estimate.ci)
                line += QStringLiteral(" [%1–%2]").arg(num(r.estimate.ci->lower), num(r.estimate.ci->upper));
            line += QStringLiteral(", n = %1").arg(r.estimate.n);
            if (r.target)
                line += QStringLiteral(" · ")
                    + words(QT_TRANSLATE_NOOP("Report", "target %1")).arg(num(r.target) + unitOf(r));
            if (r.gap)
                line += QStringLiteral(" · ")
                    + words(QT_TRANSLATE_NOOP("Report", "gap %1%")).arg(QString::number(*r.gap * 100, 'f', 0));
            if (r.alpha)
                line += QStringLiteral(" · Cronbach's α = %1").arg(num(r.alpha, 2));
            const QString flag = flagText(r, words);
            h +=
                QStringLiteral("<p><b>%1</b><br>%2%3%4</p>\n")
                    .arg(esc(r.label), line,
                         flag.isEmpty() ? QString() : QStringLiteral("<br><span class='flag'>%1</span>").arg(esc(flag)),
                         barScale(r) ? QStringLiteral("<br><img src='bar:%1' width='240' height='22'>")
                                           .arg(&r - m.card.results.data())
                                     : QString());
            continue;
        }
        if (r.instrumentId != currentInstrument) {
            if (!currentInstrument.isEmpty())
                h += QStringLiteral("</table>\n");
            currentInstrument = r.instrumentId;
            h += QStringLiteral("<h3>%1 <span class='muted'>(%2)</span></h3>\n<table><tr><th>%3</th>"
                                "<th class='num'>n</th><th class='num'>%4</th><th class='num'>%5</th>"
                                "<th></th><th class='num'>%6</th><th class='num'>%7</th></tr>\n")
                     .arg(esc(r.instrumentId),
                          words(QT_TRANSLATE_NOOP("Report", "%1 interviews"))
                              .arg(m.card.interviewsByInstrument.value(r.instrumentId)),
                          words(QT_TRANSLATE_NOOP("Report", "Indicator")),
                          words(QT_TRANSLATE_NOOP("Report", "Estimate")),
                          words(QT_TRANSLATE_NOOP("Report", "95% interval")),
                          words(QT_TRANSLATE_NOOP("Report", "Target")), words(QT_TRANSLATE_NOOP("Report", "Gap")));
        }
        const QString name = r.breakdown.isEmpty()
            ? esc(r.label)
            : QStringLiteral("&nbsp;&nbsp;&nbsp;%1 = %2").arg(esc(r.breakdown), esc(r.group));
        if (r.suppressed) {
            h += QStringLiteral("<tr><td>%1</td><td colspan='6' class='supp'>%2</td></tr>\n")
                     .arg(name,
                          words(QT_TRANSLATE_NOOP("Report",
                                                  "suppressed: fewer respondents than the disclosure threshold")));
            continue;
        }
        QString estimate = num(r.estimate.value) + unitOf(r);
        if (r.type == QLatin1String("borich") && !r.borich.isEmpty())
            estimate = words(QT_TRANSLATE_NOOP("Report", "top need: %1 (MWDS %2)"))
                           .arg(esc(r.borich.front().first), num(r.borich.front().second.mwds, 2));
        const QString flag = flagText(r, words);
        h += QStringLiteral("<tr><td>%1%2%3</td><td class='num'>%4</td><td class='num'>%5</td><td class='num'>%6</td>"
                            "<td>%7</td><td class='num'>%8</td><td class='num'>%9</td></tr>\n")
                 .arg(name,
                      flag.isEmpty() ? QString() : QStringLiteral("<br><span class='flag'>%1</span>").arg(esc(flag)),
                      r.alpha ? QStringLiteral("<br><span class='muted'>Cronbach's α = %1</span>").arg(num(r.alpha, 2))
                              : QString())
                 .arg(r.estimate.n)
                 .arg(estimate,
                      r.estimate.ci ? QStringLiteral("%1–%2").arg(num(r.estimate.ci->lower), num(r.estimate.ci->upper))
                                    : QString(),
                      bar(r), r.target ? num(r.target) + unitOf(r) : QString(),
                      r.gap ? QString::number(*r.gap * 100, 'f', 0) + QStringLiteral("%") : QString());
    }
    if (!currentInstrument.isEmpty() && !print)
        h += QStringLiteral("</table>\n");

    h += comparisonSection(m, print, words);
    h += QStringLiteral("<h2>%1</h2>\n<p>%2 %3 %4</p>\n")
             .arg(words(QT_TRANSLATE_NOOP("Report", "Method")),
                  words(QT_TRANSLATE_NOOP(
                            "Report",
                            "Completed and finalized interviews only; answers hidden by skip logic are never counted. "
                            "Proportions: Wilson score interval (unweighted) or Korn–Graubard (weighted); means and "
                            "scales: t interval; rates per 1,000 with series incidents capped where the indicator says "
                            "so. Estimates on fewer than 30 effective cases are flagged unreliable and never lead to a "
                            "recommendation; 30–59 cases, a relative standard error of 30% or more, or a proportion "
                            "interval wider than 20 points are marked \"interpret with caution\". Any figure from "
                            "fewer than %1 respondents (%2 for sensitive instruments) is suppressed, with "
                            "complementary suppression within each breakdown so it cannot be worked out from the "
                            "others. Gap = shortfall from the target divided by the distance from the target to the "
                            "worst plausible value; priority = severity × gap."))
                      .arg(m.options.threshold)
                      .arg(m.options.sensitiveThreshold),
                  m.card.weightedInterviews == 0
                      ? words(QT_TRANSLATE_NOOP("Report", "No design weights: every interview counts once."))
                      : words(QT_TRANSLATE_NOOP("Report",
                                                "Design weights from the assessments: %1 of the %2 interviews carry "
                                                "one (the others count 1); effective sample sizes are Kish's."))
                            .arg(m.card.weightedInterviews)
                            .arg(m.card.interviews),
                  words(QT_TRANSLATE_NOOP("Report", "Details: docs/statistics.md and docs/scoring.md.")));
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace

QByteArray renderHtml(const ReportModel& m)
{
    return html(m, false);
}

QByteArray renderPrintHtml(const ReportModel& m)
{
    return html(m, true);
}

} // namespace baseline::scoring
