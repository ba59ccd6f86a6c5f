// SPDX-License-Identifier: GPL-3.0-or-later
// baseline-cli instrument / interview / dev: the same session API the app uses, driven from files.
#include "cli.h"

#include "instrument/generator.h"
#include "interview/script.h"
#include "interview/session.h"
#include "store/repository.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QVersionNumber>

namespace baseline::cli {

namespace {

const QString InstrumentHelp =
    QStringLiteral("usage: baseline-cli instrument COMMAND --workspace DIR [options]\n"
                   "\n"
                   "commands:\n"
                   "  install FILE...   check instrument files and keep them in the workspace, byte for byte\n"
                   "  list              the installed instruments and versions\n"
                   "\n"
                   "options:\n"
                   "  --workspace DIR          the workspace folder\n"
                   "  --passphrase-file FILE   else $BASELINE_PASSPHRASE, else a prompt\n");

const QString InterviewHelp = QStringLiteral(
    "usage: baseline-cli interview COMMAND --workspace DIR [options]\n"
    "\n"
    "commands:\n"
    "  run --instrument ID[@VERSION] --answers FILE.json\n"
    "        plays a scripted interview (tests/data/golden/README.md) through the interview session and stores\n"
    "        it; an answer to an item that is not relevant, or one that breaks a constraint, is refused with a\n"
    "        message naming the step, and the answers before it stay stored\n"
    "  show ID [--json]   prints an interview: its included answers and what still blocks completion\n"
    "  show ID --paradata visits, duration, and per item: first shown, first answered, last changed, changes\n"
    "  list               every interview in the workspace (--assessment ID: of that assessment only)\n"
    "\n"
    "options:\n"
    "  --workspace DIR          the workspace folder\n"
    "  --passphrase-file FILE   else $BASELINE_PASSPHRASE, else a prompt\n"
    "  --today YYYY-MM-DD       run: the date today() gives (default: the script's \"today\", else the real date)\n");

const QString DevHelp = QStringLiteral(
    "usage: baseline-cli dev gen-instrument --items N --pattern chain|fan|sections|roster [--out FILE]\n"
    "\n"
    "Writes a synthetic instrument for benchmarks (docs/performance.md): N integer items with constraints and a\n"
    "calculated total; chain: item i relevant when item i-1 > 2; fan: every item depends on item 1; sections: N/20\n"
    "sections each gated by a yes/no; roster: a repeat of N instances with count(), sum() and max() over it.\n");

struct Common {
    QCommandLineParser parser;
    QStringList positional;
    QString workspace;
    QString passFile;
};

bool parseCommon(Common& c, const QString& group, const QStringList& args, const QList<QCommandLineOption>& extra)
{
    c.parser.addPositionalArgument(QStringLiteral("command"), QString());
    c.parser.addOption({QStringLiteral("workspace"), QString(), QStringLiteral("dir")});
    c.parser.addOption({QStringLiteral("passphrase-file"), QString(), QStringLiteral("file")});
    c.parser.addOptions(extra);
    if (!c.parser.parse(QStringList{QStringLiteral("baseline-cli ") + group} + args))
        return false;
    c.positional = c.parser.positionalArguments();
    c.workspace = c.parser.value(QStringLiteral("workspace"));
    c.passFile = c.parser.value(QStringLiteral("passphrase-file"));
    return true;
}

QString stateText(const InterviewState& s, ItemRef r)
{
    const auto a = s.stored(r);
    if (a && a->state == AnswerState::DontKnow)
        return QStringLiteral("(don't know)");
    if (a && a->state == AnswerState::Refused)
        return QStringLiteral("(refused)");
    const QJsonValue v = script::toJson(s.value(r));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return eval::formatNumber(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

/** The installed version to use: the one named, else the highest. */
Result<std::shared_ptr<const Instrument>> findInstrument(Repository& repo, const QString& spec)
{
    const qsizetype atSign = spec.indexOf(QLatin1Char('@'));
    const QString id = atSign < 0 ? spec : spec.left(atSign);
    QString version = atSign < 0 ? QString() : spec.mid(atSign + 1);
    if (version.isEmpty()) {
        auto all = repo.instruments();
        if (!all)
            return all.error();
        QVersionNumber best;
        for (const auto& i : *all)
            if (i.id == id && QVersionNumber::fromString(i.version) > best) {
                best = QVersionNumber::fromString(i.version);
                version = i.version;
            }
        if (version.isEmpty())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("instrument '%1' is not installed in this workspace (install it with "
                                            "'baseline-cli instrument install FILE')")
                                 .arg(id));
    }
    return InterviewSession::installedInstrument(repo, id, version);
}

int instrumentInstall(Repository& repo, const QStringList& files)
{
    if (files.isEmpty())
        return usage(QStringLiteral("install needs at least one FILE"));
    int failed = 0;
    for (const QString& file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << "baseline-cli: " << file << ": " << f.errorString() << Qt::endl;
            ++failed;
            continue;
        }
        if (f.size() > limits::MaxFileBytes) {
            err() << "baseline-cli: " << file << ": larger than " << limits::MaxFileBytes << " bytes" << Qt::endl;
            ++failed;
            continue;
        }
        auto installed = InterviewSession::install(repo, f.readAll(), file);
        if (!installed) {
            err() << "baseline-cli: " << installed.message() << Qt::endl;
            ++failed;
            continue;
        }
        out() << "installed " << (*installed)->id << " " << (*installed)->version << " (sha256 "
              << QString::fromLatin1((*installed)->sha256.toHex().left(16)) << "…) from " << file << Qt::endl;
    }
    return failed == 0 ? Ok : Failed;
}

Result<QJsonObject> readScript(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: %2").arg(path, f.errorString()));
    if (f.size() > limits::MaxFileBytes)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: the script is too large").arg(path));
    const QByteArray bytes = f.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(error.errorString()));
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("steps")).isArray())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: a script is an object with a \"steps\" array").arg(path));
    return doc.object();
}

int interviewRun(Repository& repo, Common& c)
{
    const QString spec = c.parser.value(QStringLiteral("instrument"));
    const QString answers = c.parser.value(QStringLiteral("answers"));
    if (spec.isEmpty() || answers.isEmpty())
        return usage(QStringLiteral("run needs --instrument ID and --answers FILE.json"));
    auto script = readScript(answers);
    if (!script)
        return fail(script.error());
    QString todayText = c.parser.value(QStringLiteral("today"));
    if (todayText.isEmpty())
        todayText = script->value(QStringLiteral("today")).toString();
    QDate today;
    if (!todayText.isEmpty()) {
        today = QDate::fromString(todayText, Qt::ISODate);
        if (!today.isValid())
            return usage(QStringLiteral("'%1' is not a date written YYYY-MM-DD").arg(todayText));
    }
    auto instrument = findInstrument(repo, spec);
    if (!instrument)
        return fail(instrument.error());
    const InterviewState::Clock clock =
        today.isValid() ? InterviewState::Clock([today] { return today; }) : InterviewState::Clock();
    auto session = InterviewSession::start(repo, *instrument, {}, clock);
    if (!session)
        return fail(session.error());
    InterviewSession& s = **session;
    s.setInvalidAnswers(InvalidAnswers::Refuse);
    const QJsonArray steps = script->value(QStringLiteral("steps")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps[i].toObject();
        const auto result = script::applyStep(s, step);
        const QString expected = step.value(QStringLiteral("expect_error")).toString();
        const QString shown = QString::fromUtf8(QJsonDocument(step).toJson(QJsonDocument::Compact));
        if (!expected.isEmpty()) {
            if (result.ok() || !result.message().contains(expected, Qt::CaseInsensitive)) {
                err() << "baseline-cli: " << answers << ": step " << (i + 1) << " " << shown
                      << ": expected an error containing \"" << expected << "\", got "
                      << (result.ok() ? QStringLiteral("success") : result.message()) << Qt::endl;
                return Failed;
            }
            continue;
        }
        if (!result) {
            err() << "baseline-cli: " << answers << ": step " << (i + 1) << " " << shown << ": " << result.message()
                  << "\n  interview " << s.id() << " keeps the answers of steps 1-" << i << Qt::endl;
            return Failed;
        }
    }
    if (script->value(QStringLiteral("finalize")).toBool()) {
        if (auto r = s.finalize(); !r)
            return fail(r.error());
    } else if (script->value(QStringLiteral("complete")).toBool()) {
        if (auto r = s.complete(); !r)
            return fail(r.error());
    }
    const auto blockers = s.blockers();
    out() << s.id() << Qt::endl;
    err() << "interview " << s.id() << " of " << s.instrument().id << " " << s.instrument().version << ": "
          << steps.size() << " step(s) played, status " << interviewStatusName(s.status()) << ", " << blockers.size()
          << " item(s) still need attention" << Qt::endl;
    return Ok;
}

int interviewShow(Repository& repo, Common& c)
{
    if (c.positional.size() != 2)
        return usage(QStringLiteral("show needs the interview id"));
    auto session = InterviewSession::open(repo, c.positional[1]);
    if (!session)
        return fail(session.error());
    const InterviewSession& s = **session;
    if (c.parser.isSet(QStringLiteral("paradata"))) {
        auto p = repo.paradata(s.id());
        if (!p)
            return fail(p.error());
        out() << "visits = " << p->visits << "\nduration_seconds = " << p->durationSeconds << "\n";
        for (const auto& i : p->items)
            out() << i.itemPath << '\t' << i.firstShownAt << '\t' << i.firstAnsweredAt << '\t' << i.lastChangedAt
                  << '\t' << i.changes << "\n";
        out().flush();
        return Ok;
    }
    const InterviewState& st = s.state();
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray blockers;
        for (const ItemRef& r : s.blockers())
            blockers.append(QJsonObject{{QStringLiteral("item"), st.displayPath(r)},
                                        {QStringLiteral("message"), st.validation(r).message}});
        const QJsonObject doc{{QStringLiteral("id"), s.id()},
                              {QStringLiteral("instrument"), s.instrument().id},
                              {QStringLiteral("version"), s.instrument().version},
                              {QStringLiteral("status"), interviewStatusName(s.status())},
                              {QStringLiteral("values"), script::exportIncluded(st)},
                              {QStringLiteral("blockers"), blockers}};
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << "interview " << s.id() << "\n"
          << "instrument " << s.instrument().id << " " << s.instrument().version << "\n"
          << "status " << interviewStatusName(s.status()) << "\n\n";
    for (const ItemRef& r : st.included())
        out() << st.displayPath(r) << " = " << stateText(st, r) << "\n";
    const auto blockers = s.blockers();
    if (!blockers.empty()) {
        out() << "\nstill needs attention:\n";
        for (const ItemRef& r : blockers)
            out() << "  " << st.displayPath(r) << ": " << st.validation(r).message << "\n";
    }
    out().flush();
    return Ok;
}

} // namespace

int instrumentCommand(const QStringList& args)
{
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (args.isEmpty() ? err() : out()) << InstrumentHelp;
        return args.isEmpty() ? Usage : Ok;
    }
    Common c;
    if (!parseCommon(c, QStringLiteral("instrument"), args, {}))
        return usage(c.parser.errorText() + QLatin1Char('\n') + InstrumentHelp);
    if (c.positional.isEmpty())
        return usage(InstrumentHelp);
    const QString sub = c.positional.first();
    if (sub != QLatin1String("install") && sub != QLatin1String("list"))
        return usage(QStringLiteral("unknown instrument command '%1'\n").arg(sub) + InstrumentHelp);
    auto ws = openWorkspace(c.workspace, c.passFile);
    if (!ws)
        return fail(ws.error());
    Repository repo(**ws);
    if (sub == QLatin1String("install"))
        return instrumentInstall(repo, c.positional.mid(1));
    auto all = repo.instruments();
    if (!all)
        return fail(all.error());
    for (const auto& i : *all)
        out() << i.id << "\t" << i.version << "\t" << i.service << "\t" << i.title << "\n";
    out().flush();
    return Ok;
}

int interviewCommand(const QStringList& args)
{
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (args.isEmpty() ? err() : out()) << InterviewHelp;
        return args.isEmpty() ? Usage : Ok;
    }
    Common c;
    if (!parseCommon(c, QStringLiteral("interview"), args,
                     {{QStringLiteral("instrument"), QString(), QStringLiteral("id")},
                      {QStringLiteral("answers"), QString(), QStringLiteral("file")},
                      {QStringLiteral("today"), QString(), QStringLiteral("date")},
                      {QStringLiteral("json"), QString()},
                      {QStringLiteral("paradata"), QString()},
                      {QStringLiteral("assessment"), QString(), QStringLiteral("id")}}))
        return usage(c.parser.errorText() + QLatin1Char('\n') + InterviewHelp);
    if (c.positional.isEmpty())
        return usage(InterviewHelp);
    const QString sub = c.positional.first();
    if (sub != QLatin1String("run") && sub != QLatin1String("show") && sub != QLatin1String("list"))
        return usage(QStringLiteral("unknown interview command '%1'\n").arg(sub) + InterviewHelp);
    auto ws = openWorkspace(c.workspace, c.passFile);
    if (!ws)
        return fail(ws.error());
    Repository repo(**ws);
    if (sub == QLatin1String("run"))
        return interviewRun(repo, c);
    if (sub == QLatin1String("show"))
        return interviewShow(repo, c);
    auto all = repo.interviews();
    if (!all)
        return fail(all.error());
    const QString onlyAssessment = c.parser.value(QStringLiteral("assessment"));
    for (const auto& i : *all) {
        if (!onlyAssessment.isEmpty() && i.assessmentId != onlyAssessment)
            continue;
        QStringList flags;
        if (i.conflict)
            flags << QStringLiteral("conflict");
        if (!i.origin.isEmpty())
            flags << QStringLiteral("received");
        if (i.purged)
            flags << QStringLiteral("purged");
        out() << i.id << "\t" << i.instrumentId << "\t" << i.instrumentVersion << "\t" << interviewStatusName(i.status)
              << "\t" << i.startedAt << "\t" << flags.join(QLatin1Char(',')) << "\n";
    }
    out().flush();
    return Ok;
}

int devCommand(const QStringList& args)
{
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (args.isEmpty() ? err() : out()) << DevHelp;
        return args.isEmpty() ? Usage : Ok;
    }
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("command"), QString());
    p.addOption({QStringLiteral("items"), QString(), QStringLiteral("n")});
    p.addOption({QStringLiteral("pattern"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    if (!p.parse(QStringList{QStringLiteral("baseline-cli dev")} + args))
        return usage(p.errorText() + QLatin1Char('\n') + DevHelp);
    if (p.positionalArguments() != QStringList{QStringLiteral("gen-instrument")})
        return usage(DevHelp);
    bool ok = false;
    const int items = p.value(QStringLiteral("items")).toInt(&ok);
    if (!ok || items < 1 || items > limits::MaxNodes / 2)
        return usage(QStringLiteral("--items must be a number from 1 to %1").arg(limits::MaxNodes / 2));
    const auto pattern = generatedPatternFromName(p.value(QStringLiteral("pattern")));
    if (!pattern)
        return usage(QStringLiteral("--pattern must be chain, fan, sections or roster"));
    const QByteArray json = generateInstrument(items, *pattern);
    const QString file = p.value(QStringLiteral("out"));
    if (file.isEmpty()) {
        out() << QString::fromUtf8(json);
        out().flush();
        return Ok;
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        return fail(Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(file, f.errorString())});
    return Ok;
}

} // namespace baseline::cli
