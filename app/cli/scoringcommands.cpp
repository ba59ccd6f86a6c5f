// SPDX-License-Identifier: GPL-3.0-or-later
// baseline-cli agency / score / report / demo: the coordinator's side, from the same core the app uses.
#include "cli.h"

#include "instrument/instrument.h"
#include "pdfreport.h"
#include "scoring/demo.h"
#include "scoring/report.h"
#include "store/repository.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cmath>

namespace baseline::cli {

namespace {

struct Parsed {
    QCommandLineParser p;
    QStringList positional;
};

bool parse(Parsed& x, const QString& group, const QStringList& args, const QList<QCommandLineOption>& extra)
{
    x.p.addPositionalArgument(QStringLiteral("command"), QString());
    x.p.addOption({QStringLiteral("workspace"), QString(), QStringLiteral("dir")});
    x.p.addOption({QStringLiteral("passphrase-file"), QString(), QStringLiteral("file")});
    x.p.addOptions(extra);
    if (!x.p.parse(QStringList{QStringLiteral("baseline-cli ") + group} + args))
        return false;
    x.positional = x.p.positionalArguments();
    return true;
}

int writeOut(const QString& file, const QByteArray& bytes)
{
    if (file.isEmpty() || file == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
            return fail(Error{ErrorCode::Io, QStringLiteral("cannot write to standard output")});
        return Ok;
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(file, f.errorString())});
    return Ok;
}

} // namespace

int agencyCommand(const QStringList& args)
{
    static const QString help = QStringLiteral(
        "usage: baseline-cli agency list --workspace DIR\n"
        "       baseline-cli agency add --workspace DIR --name NAME --kind national_service|regional_command|unit|"
        "station [--region R] [--parent ID]\n");
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (args.isEmpty() ? err() : out()) << help;
        return args.isEmpty() ? Usage : Ok;
    }
    Parsed x;
    if (!parse(x, QStringLiteral("agency"), args,
               {{QStringLiteral("name"), QString(), QStringLiteral("name")},
                {QStringLiteral("kind"), QString(), QStringLiteral("kind")},
                {QStringLiteral("region"), QString(), QStringLiteral("region")},
                {QStringLiteral("parent"), QString(), QStringLiteral("id")}}))
        return usage(x.p.errorText() + QLatin1Char('\n') + help);
    const QString sub = x.positional.value(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("add"))
        return usage(help);
    auto ws = openWorkspace(x.p.value(QStringLiteral("workspace")), x.p.value(QStringLiteral("passphrase-file")));
    if (!ws)
        return fail(ws.error());
    Repository repo(**ws);
    if (sub == QLatin1String("add")) {
        const auto kind = agencyKindFromName(x.p.value(QStringLiteral("kind")));
        if (!kind)
            return usage(QStringLiteral("--kind must be national_service, regional_command, unit or station"));
        auto id = repo.addAgency(Agency{{},
                                        x.p.value(QStringLiteral("name")),
                                        *kind,
                                        x.p.value(QStringLiteral("region")),
                                        x.p.value(QStringLiteral("parent"))});
        if (!id)
            return fail(id.error());
        out() << *id << Qt::endl;
        return Ok;
    }
    auto agencies = repo.agencies();
    if (!agencies)
        return fail(agencies.error());
    for (const Agency& a : *agencies)
        out() << a.id << '\t' << a.name << '\n';
    out().flush();
    return Ok;
}

int scoreCommand(const QStringList& args, bool report)
{
    static const QString help = QStringLiteral(
        "usage: baseline-cli score --workspace DIR --agency ID\n"
        "       baseline-cli report --workspace DIR --agency ID --format pdf|html|csv [--lang CODE] [-o FILE]\n"
        "                           [--from ASSESSMENT --to ASSESSMENT]\n"
        "Scores the completed and finalized interviews of an agency and the agencies below it: estimates with 95%\n"
        "intervals, reliability flags, disclosure control, gaps against targets and the services the rules\n"
        "recommend (docs/scoring.md). --from and --to add the change between two of its assessments (a baseline\n"
        "and a follow-up) to the PDF and HTML report.\n");
    if (args.contains(QStringLiteral("--help"))) {
        out() << help;
        return Ok;
    }
    Parsed x;
    if (!parse(x, report ? QStringLiteral("report") : QStringLiteral("score"), args,
               {{QStringLiteral("agency"), QString(), QStringLiteral("id")},
                {QStringLiteral("format"), QString(), QStringLiteral("format")},
                {QStringLiteral("lang"), QString(), QStringLiteral("code")},
                {QStringLiteral("from"), QString(), QStringLiteral("assessment")},
                {QStringLiteral("to"), QString(), QStringLiteral("assessment")},
                {{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("file")}}))
        return usage(x.p.errorText() + QLatin1Char('\n') + help);
    const QString agency = x.p.value(QStringLiteral("agency"));
    if (agency.isEmpty())
        return usage(QStringLiteral("--agency ID is required (see 'baseline-cli agency list')\n") + help);
    const QString format =
        x.p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("html") : x.p.value(QStringLiteral("format"));
    if (report && format != QLatin1String("html") && format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return usage(QStringLiteral("--format must be pdf, html or csv"));
    const QString from = x.p.value(QStringLiteral("from")), to = x.p.value(QStringLiteral("to"));
    if (from.isEmpty() != to.isEmpty() || (!from.isEmpty() && (!report || format == QLatin1String("csv"))))
        return usage(QStringLiteral("--from and --to go together, with report --format pdf or html (the change as "
                                    "CSV: baseline-cli compare)\n")
                     + help);
    auto ws = openWorkspace(x.p.value(QStringLiteral("workspace")), x.p.value(QStringLiteral("passphrase-file")));
    if (!ws)
        return fail(ws.error());
    Repository repo(**ws);
    QElapsedTimer timer;
    timer.start();
    auto model = scoring::buildReport(repo, agency, {},
                                      x.p.value(QStringLiteral("lang")).isEmpty() ? QStringLiteral("en")
                                                                                  : x.p.value(QStringLiteral("lang")));
    if (!model)
        return fail(model.error());
    if (!from.isEmpty())
        if (auto attached = scoring::attachComparison(repo, agency, *model, from, to); !attached)
            return fail(attached.error());
    if (report) {
        const QByteArray bytes = format == QLatin1String("csv") ? scoring::renderCsv(*model)
            : format == QLatin1String("pdf")                    ? render::renderPdf(*model)
                                                                : scoring::renderHtml(*model);
        const int rc = writeOut(x.p.value(QStringLiteral("output")), bytes);
        if (rc == Ok && !x.p.value(QStringLiteral("output")).isEmpty())
            err() << "report for " << model->agencyName << ": " << model->card.interviews << " interviews, "
                  << model->recommendations.services.size() << " recommended service(s), written to "
                  << x.p.value(QStringLiteral("output")) << Qt::endl;
        return rc;
    }
    out() << model->agencyName << ": " << model->card.interviews << " interviews scored in " << timer.elapsed()
          << " ms\n\n";
    for (const auto& r : model->card.results) {
        if (!r.breakdown.isEmpty())
            continue;
        out() << r.instrumentId << '/' << r.indicatorId << '\t';
        if (r.suppressed)
            out() << "suppressed";
        else if (r.estimate.value)
            out() << QString::number(*r.estimate.value, 'f', 1)
                  << (r.estimate.ci ? QStringLiteral(" [%1, %2]")
                                          .arg(r.estimate.ci->lower, 0, 'f', 1)
                                          .arg(r.estimate.ci->upper, 0, 'f', 1)
                                    : QString())
                  << " n=" << r.estimate.n
                  << (r.reliability.level == stats::ReliabilityLevel::Reliable      ? ""
                          : r.reliability.level == stats::ReliabilityLevel::Caution ? " (caution)"
                                                                                    : " (unreliable)");
        out() << '\n';
    }
    out() << "\nrecommended services:\n";
    for (const auto& rec : model->recommendations.services)
        out() << "  " << rec.service << '\t' << rec.serviceTitle << "\t(priority "
              << QString::number(rec.priority, 'f', 2) << ")\n";
    out().flush();
    return Ok;
}

namespace {

/** interview,weight lines; every problem named with the file and line. */
Result<QHash<QString, double>> readWeights(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QHash<QString, double> out;
    QHash<QString, int> lineOf;
    int line = 0;
    bool header = false;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList cells = text.split(QLatin1Char(','));
        const auto bad = [&](const QString& what) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 line %2: %3").arg(path).arg(line).arg(what));
        };
        if (!header) {
            if (cells.size() != 2 || cells[0].trimmed().toLower() != QLatin1String("interview")
                || cells[1].trimmed().toLower() != QLatin1String("weight"))
                return bad(QStringLiteral("the first line must be the header 'interview,weight'"));
            header = true;
            continue;
        }
        if (cells.size() != 2)
            return bad(QStringLiteral("expected 'interview id,weight', found %1 fields").arg(cells.size()));
        const QString id = cells[0].trimmed();
        bool ok = false;
        const double w = cells[1].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(w) || w <= 0)
            return bad(QStringLiteral("'%1' is not a positive number").arg(cells[1].trimmed()));
        if (lineOf.contains(id))
            return bad(QStringLiteral("interview %1 is already on line %2").arg(id).arg(lineOf.value(id)));
        lineOf.insert(id, line);
        out.insert(id, w);
    }
    if (!header)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is empty: expected the header 'interview,weight'").arg(path));
    return out;
}

} // namespace

int assessmentCommand(const QStringList& args)
{
    static const QString help = QStringLiteral(
        "usage: baseline-cli assessment list --workspace DIR\n"
        "       baseline-cli assessment target --workspace DIR --assessment ID --indicator INSTRUMENT/INDICATOR "
        "--value V|default\n"
        "       baseline-cli assessment weights --workspace DIR --assessment ID --file WEIGHTS.csv|--clear\n"
        "list: one line per assessment: id, agency id, title, first and last day.\n"
        "target: the indicator's target for this assessment, on its own scale (percent, 0-100, 0-3, per 1,000),\n"
        "instead of the instrument's; 'default' goes back to the instrument's.\n"
        "weights: the design weight of each interview of the assessment, from a CSV file with the header\n"
        "'interview,weight' and one line per interview (ids from 'interview list --assessment ID'); replaces the\n"
        "assessment's weights, all or nothing. Interviews left out count 1. --clear removes them.\n");
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (args.isEmpty() ? err() : out()) << help;
        return args.isEmpty() ? Usage : Ok;
    }
    Parsed x;
    if (!parse(x, QStringLiteral("assessment"), args,
               {{QStringLiteral("assessment"), QString(), QStringLiteral("id")},
                {QStringLiteral("indicator"), QString(), QStringLiteral("key")},
                {QStringLiteral("value"), QString(), QStringLiteral("value")},
                {QStringLiteral("file"), QString(), QStringLiteral("file")},
                {QStringLiteral("clear"), QString()}}))
        return usage(x.p.errorText() + QLatin1Char('\n') + help);
    const QString sub = x.positional.value(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("target") && sub != QLatin1String("weights"))
        return usage(help);
    QHash<QString, double> weights;
    if (sub == QLatin1String("weights")) {
        // Read the file before opening the workspace: a mistake in it costs no passphrase.
        if (x.p.value(QStringLiteral("assessment")).isEmpty()
            || x.p.isSet(QStringLiteral("clear")) == x.p.isSet(QStringLiteral("file")))
            return usage(help);
        if (x.p.isSet(QStringLiteral("file"))) {
            auto read = readWeights(x.p.value(QStringLiteral("file")));
            if (!read)
                return fail(read.error());
            weights = *read;
        }
    }
    auto ws = openWorkspace(x.p.value(QStringLiteral("workspace")), x.p.value(QStringLiteral("passphrase-file")));
    if (!ws)
        return fail(ws.error());
    Repository repo(**ws);
    if (sub == QLatin1String("weights")) {
        if (auto r = repo.setInterviewWeights(x.p.value(QStringLiteral("assessment")), weights); !r)
            return fail(r.error());
        out() << (weights.isEmpty() ? QStringLiteral("no design weights: every interview counts 1")
                                    : QStringLiteral("%1 interview weights set").arg(weights.size()))
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("target")) {
        const QString key = x.p.value(QStringLiteral("indicator"));
        const QString value = x.p.value(QStringLiteral("value"));
        const QString assessment = x.p.value(QStringLiteral("assessment"));
        bool numeric = false;
        const double v = value.toDouble(&numeric);
        if (assessment.isEmpty() || key.count(QLatin1Char('/')) != 1 || (!numeric && value != QLatin1String("default")))
            return usage(help);
        // The indicator must exist in an installed version of its instrument.
        bool known = false;
        const QString instrumentId = key.section(QLatin1Char('/'), 0, 0);
        if (auto installed = repo.instruments())
            for (const auto& i : *installed)
                if (i.id == instrumentId)
                    if (auto content = repo.instrumentContent(i.id, i.version))
                        if (auto loaded = loadInstrument(*content, i.id); loaded.instrument)
                            for (const auto& ind : loaded.instrument->indicators)
                                known = known || ind.id == key.section(QLatin1Char('/'), 1);
        if (!known)
            return fail(Error{ErrorCode::NotFound,
                              QStringLiteral("no installed instrument declares the indicator %1").arg(key)});
        auto r =
            repo.setAssessmentTarget(assessment, key, numeric ? std::optional<double>(v) : std::optional<double>());
        if (!r)
            return fail(r.error());
        out() << (numeric ? QStringLiteral("target of %1 for this assessment: %2").arg(key).arg(v)
                          : QStringLiteral("target of %1: the instrument's again").arg(key))
              << Qt::endl;
        return Ok;
    }
    auto all = repo.assessments();
    if (!all)
        return fail(all.error());
    for (const Assessment& a : *all)
        out() << a.id << '\t' << a.agencyId << '\t' << a.title << '\t' << a.periodStart.toString(Qt::ISODate) << '\t'
              << a.periodEnd.toString(Qt::ISODate) << '\n';
    out().flush();
    return Ok;
}

int compareCommand(const QStringList& args)
{
    static const QString help = QStringLiteral(
        "usage: baseline-cli compare --workspace DIR --from ASSESSMENT --to ASSESSMENT [--format text|csv] [-o FILE]\n"
        "Each indicator's overall estimate in two assessments (a baseline and a follow-up) and the change with its "
        "95%\n"
        "interval (MOVER: Newcombe's for proportions). Suppressed estimates show no number and no change; a change\n"
        "involving an unreliable estimate is flagged and never called distinguishable.\n");
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (args.isEmpty() ? err() : out()) << help;
        return args.isEmpty() ? Usage : Ok;
    }
    Parsed x;
    if (!parse(x, QStringLiteral("compare"), args,
               {{QStringLiteral("from"), QString(), QStringLiteral("id")},
                {QStringLiteral("to"), QString(), QStringLiteral("id")},
                {QStringLiteral("format"), QString(), QStringLiteral("format")},
                {{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("file")}}))
        return usage(x.p.errorText() + QLatin1Char('\n') + help);
    if (x.p.value(QStringLiteral("from")).isEmpty() || x.p.value(QStringLiteral("to")).isEmpty())
        return usage(QStringLiteral("--from and --to are required\n") + help);
    const QString format =
        x.p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text") : x.p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return usage(QStringLiteral("--format must be text or csv"));
    auto ws = openWorkspace(x.p.value(QStringLiteral("workspace")), x.p.value(QStringLiteral("passphrase-file")));
    if (!ws)
        return fail(ws.error());
    Repository repo(**ws);
    auto c = scoring::compare(repo, x.p.value(QStringLiteral("from")), x.p.value(QStringLiteral("to")));
    if (!c)
        return fail(c.error());
    if (format == QLatin1String("csv"))
        return writeOut(x.p.value(QStringLiteral("o")), scoring::comparisonCsv(*c));
    QString text = QStringLiteral("from %1 (%2 interviews) to %3 (%4 interviews)\n")
                       .arg(c->fromTitle)
                       .arg(c->fromInterviews)
                       .arg(c->toTitle)
                       .arg(c->toInterviews);
    const auto num = [](const std::optional<scoring::IndicatorResult>& r) {
        return r && r->estimate.value ? QString::number(*r->estimate.value, 'f', 1) : QStringLiteral("-");
    };
    for (const auto& r : c->rows) {
        QString change = QStringLiteral("-");
        if (r.change)
            change = QStringLiteral("%1%2").arg(r.change->value >= 0 ? QStringLiteral("+") : QString(),
                                                QString::number(r.change->value, 'f', 1))
                + (r.change->ci ? QStringLiteral(" [%1, %2]")
                                      .arg(QString::number(r.change->ci->lower, 'f', 1),
                                           QString::number(r.change->ci->upper, 'f', 1))
                                : QString())
                + (r.change->distinguishable() && !r.unreliable ? QStringLiteral(" *") : QString());
        text += QStringLiteral("%1/%2\t%3 -> %4\t%5%6\n")
                    .arg(r.instrumentId, r.indicatorId, num(r.from), num(r.to), change,
                         r.suppressed       ? QStringLiteral("\tsuppressed")
                             : r.unreliable ? QStringLiteral("\tunreliable")
                                            : QString());
    }
    text += QStringLiteral("* the interval excludes no change\n");
    return writeOut(x.p.value(QStringLiteral("o")), text.toUtf8());
}

int demoCommand(const QStringList& args)
{
    static const QString help = QStringLiteral(
        "usage: baseline-cli demo --workspace DIR [--interviews N] [--seed S] [--follow-up]\n"
        "Adds a synthetic police service (a national service, two regions, four stations) with finalized\n"
        "interviews of the library's instruments, so that scoring and reports have something to show.\n"
        "--follow-up gives each station a second wave of its public surveys, to compare with the baseline\n"
        "(baseline-cli report --from BASELINE --to FOLLOW-UP).\n");
    if (args.contains(QStringLiteral("--help"))) {
        out() << help;
        return Ok;
    }
    Parsed x;
    if (!parse(x, QStringLiteral("demo"), args,
               {{QStringLiteral("interviews"), QString(), QStringLiteral("n")},
                {QStringLiteral("seed"), QString(), QStringLiteral("seed")},
                {QStringLiteral("follow-up"), QString()}}))
        return usage(x.p.errorText() + QLatin1Char('\n') + help);
    auto ws = openWorkspace(x.p.value(QStringLiteral("workspace")), x.p.value(QStringLiteral("passphrase-file")));
    if (!ws)
        return fail(ws.error());
    Repository repo(**ws);
    const int n =
        x.p.value(QStringLiteral("interviews")).isEmpty() ? 40 : x.p.value(QStringLiteral("interviews")).toInt();
    const quint32 seed =
        x.p.value(QStringLiteral("seed")).isEmpty() ? 2026u : x.p.value(QStringLiteral("seed")).toUInt();
    auto summary = demo::build(repo, seed, std::clamp(n, 1, 2000), {}, x.p.isSet(QStringLiteral("follow-up")));
    if (!summary)
        return fail(summary.error());
    out() << summary->nationalAgencyId << Qt::endl;
    err() << "demo: " << summary->agencies << " agencies, " << summary->assessments << " assessments, "
          << summary->interviews << " interviews (" << summary->finalized << " finalized)" << Qt::endl;
    return Ok;
}

} // namespace baseline::cli
