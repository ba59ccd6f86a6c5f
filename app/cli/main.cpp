// SPDX-License-Identifier: GPL-3.0-or-later
// baseline-cli: every data operation of Baseline, scriptable. See docs/cli.md.
#include "cli.h"

#include "platform/platform.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <QLoggingCategory>
#include <cstring>
#include <memory>

using namespace baseline;

static const char* const Help =
    "usage: baseline-cli GROUP COMMAND [options]\n"
    "\n"
    "groups:\n"
    "  workspace init|check|passwd|backup   create and look after an encrypted workspace\n"
    "  validate PATH...                     check instrument files (docs/instrument-format.md)\n"
    "  instrument install|list              keep instrument files in a workspace\n"
    "  interview run|show|list              play a scripted interview, print one, list them\n"
    "  agency list|add                      the police agencies assessed\n"
    "  score                                an agency's indicators, gaps and recommended services\n"
    "  report                               an agency's gap report (html, csv)\n"
    "  assessment list                      the assessments and their periods\n"
    "  compare                              two assessments of an agency: each indicator's change and interval\n"
    "  demo                                 add a synthetic police service with interviews\n"
    "  sync keys|enrol|revoke|export|import|receipt|purge\n"
    "                                       move results between workspaces in sealed, signed files\n"
    "  dev gen-instrument                   generate synthetic instruments for benchmarks\n"
    "\n"
    "Run 'baseline-cli GROUP --help' for a group's options. Exit codes are listed in docs/cli.md.\n";

int main(int argc, char** argv)
{
    platform::hardenProcess();
    // Reports draw with QPainter (PDF) and need a GUI application, but never a window: the offscreen platform.
    const bool needsGui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);

    // Progress chatter stays quiet unless asked for (QT_LOGGING_RULES="baseline.*.info=true").
    QLoggingCategory::setFilterRules(QStringLiteral("baseline.*.info=false\nbaseline.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("baseline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BASELINE_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        cli::err() << Help;
        return cli::Usage;
    }
    const QString group = args.takeFirst();
    if (group == QLatin1String("--help") || group == QLatin1String("-h") || group == QLatin1String("help")) {
        cli::out() << Help;
        return cli::Ok;
    }
    if (group == QLatin1String("--version")) {
        cli::out() << "baseline-cli " << BASELINE_VERSION << Qt::endl;
        return cli::Ok;
    }
    if (group == QLatin1String("workspace"))
        return cli::workspaceCommand(args);
    if (group == QLatin1String("validate"))
        return cli::validateCommand(args);
    if (group == QLatin1String("instrument"))
        return cli::instrumentCommand(args);
    if (group == QLatin1String("interview"))
        return cli::interviewCommand(args);
    if (group == QLatin1String("dev"))
        return cli::devCommand(args);
    if (group == QLatin1String("agency"))
        return cli::agencyCommand(args);
    if (group == QLatin1String("score"))
        return cli::scoreCommand(args, false);
    if (group == QLatin1String("report"))
        return cli::scoreCommand(args, true);
    if (group == QLatin1String("demo"))
        return cli::demoCommand(args);
    if (group == QLatin1String("assessment"))
        return cli::assessmentCommand(args);
    if (group == QLatin1String("compare"))
        return cli::compareCommand(args);
    if (group == QLatin1String("sync"))
        return cli::syncCommand(args);
    return cli::usage(QStringLiteral("unknown command group '%1'\n").arg(group) + QString::fromLatin1(Help));
}
