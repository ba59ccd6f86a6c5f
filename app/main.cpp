// SPDX-License-Identifier: GPL-3.0-or-later
// baseline: the assessors' app. A thin executable over baseline_core and the two QML modules.
#include "platform/platform.h"
#include "workspacecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>

#include "translations.h"
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QStandardPaths>

#include <cstdio>

using namespace baseline;

static bool haveDisplay()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

/** Compiles every QML file of Baseline.Ui and instantiates Main.qml; non-zero on any error. */
static int selfTest(QQmlApplicationEngine& engine)
{
    int failures = 0;
    int files = 0;
    QDirIterator it(QStringLiteral(":/qt/qml/Baseline/Ui"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QFile source(path);
        if (source.open(QIODevice::ReadOnly) && source.readAll().contains("pragma Singleton"))
            continue; // singletons cannot be components; Main.qml below loads them through the module

        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        if (component.isError()) {
            ++failures;
            for (const auto& e : component.errors())
                std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        }
    }
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Baseline/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        ++failures;
    std::printf("self-test: %d QML files, %d failures\n", files, failures);
    return files > 0 && failures == 0 ? 0 : 1;
}

int main(int argc, char** argv)
{
    platform::hardenProcess();
    if (!haveDisplay()) {
        std::fprintf(stderr,
                     "baseline: no display found (DISPLAY / WAYLAND_DISPLAY are not set), so the app cannot open a "
                     "window.\nUse the command-line tool instead, for example:\n"
                     "  baseline-cli workspace init --workspace DIR\n"
                     "  baseline-cli workspace check --workspace DIR\n"
                     "or run the app off-screen with QT_QPA_PLATFORM=offscreen.\n");
        return 3;
    }
    // QApplication, not QGuiApplication: Qt Charts (the dashboard) draws with the Graphics View framework.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Baseline"));
    QGuiApplication::setOrganizationName(QStringLiteral("Baseline"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BASELINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Baseline: police-reform needs assessments, offline and encrypted"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), QStringLiteral("Workspace folder."),
                                          QStringLiteral("dir"));
    const QCommandLineOption idleOpt(
        QStringLiteral("idle-lock"),
        QStringLiteral("Lock after this many seconds without use (overrides the setting)."), QStringLiteral("seconds"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Interface language (en, ar, fr, …)."),
                                     QStringLiteral("code"));
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"), QStringLiteral("Load every QML file and exit."));
    parser.addOptions({workspaceOpt, idleOpt, langOpt, selfTestOpt});
    parser.process(app);

    const QLocale locale = parser.isSet(langOpt) ? QLocale(parser.value(langOpt)) : QLocale::system();
    QLocale::setDefault(locale);
    installTranslation(locale);

    WorkspaceController::Options options;
    options.folder = parser.isSet(workspaceOpt)
        ? QDir(parser.value(workspaceOpt)).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
    options.idleLockSecondsOverride = parser.value(idleOpt).toInt();
    WorkspaceController::configure(options);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    // Qt 6.4: modules live under qrc:/qt/qml (RESOURCE_PREFIX); Qt 6.5 adds it to the import path by itself.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    if (parser.isSet(selfTestOpt))
        return selfTest(engine);
    // Qt 6.4 has no QQmlApplicationEngine::loadFromModule (6.5+): load the file by its resource URL.
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Baseline/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QApplication::exec();
}
