// SPDX-License-Identifier: GPL-3.0-or-later
// The runner as an assessor feels it: from an answer given on the interview page to "Saved" on screen (the commit,
// the engine, the screen's items rebuilt and the QML bindings updated), and moving through a 2,000-item
// instrument screen by screen. The real QML runs offscreen with the software renderer; a frame is rendered after
// each step.
// Run: QT_QPA_PLATFORM=offscreen build/ci/bench/runner_bench --benchmark_repetitions=5
// --benchmark_report_aggregates_only=true
#include "instrument/generator.h"
#include "interview/session.h"
#include "interviewcontroller.h"
#include "store/repository.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQuickControls2/QQuickStyle>

#include <benchmark/benchmark.h>

using namespace baseline;

namespace {

const QString Pass = QStringLiteral("benchmark passphrase");

struct Runner {
    QTemporaryDir dir{QDir::currentPath() + QStringLiteral("/runner-bench-XXXXXX")};
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow* window = nullptr;

    explicit Runner(int items)
    {
        const QString folder = dir.filePath(QStringLiteral("ws"));
        {
            CreateOptions options;
            options.kdf = kdf::insecureTestParams();
            auto ws = Workspace::create(folder, SecureBytes::fromUtf8(Pass), options);
            if (!ws)
                qFatal("%s", qPrintable(ws.message()));
            Repository repo(**ws);
            if (auto r = InterviewSession::install(repo, generateInstrument(items, GeneratedPattern::Chain),
                                                   QStringLiteral("chain.json"));
                !r)
                qFatal("%s", qPrintable(r.message()));
            (*ws)->lock();
        }
        InterviewController::reset();
        WorkspaceController::Options o;
        o.folder = folder;
        WorkspaceController::configure(o);
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Baseline/Ui/Main.qml")));
        window = qobject_cast<QQuickWindow*>(engine->rootObjects().value(0));
        if (!window)
            qFatal("the app's QML did not load");
        window->resize(1280, 800);
        window->show();
        WorkspaceController::instance()->unlock(Pass);
        while (WorkspaceController::instance()->stage() != WorkspaceController::Stage::Unlocked)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        InterviewController* ic = InterviewController::instance();
        ic->begin(QStringLiteral("generated-chain-%1@1.0.0").arg(items));
        frame();
    }
    ~Runner()
    {
        WorkspaceController::instance()->lock();
        engine.reset();
    }
    void frame()
    {
        QCoreApplication::processEvents();
        (void)window->grabWindow(); // renders the scene as it is now
    }
};

void BM_AnswerToSaved(benchmark::State& state)
{
    Runner runner(static_cast<int>(state.range(0)));
    InterviewController* ic = InterviewController::instance();
    int v = 4;
    for (auto _ : state) {
        ic->setText(QStringLiteral("q1"), QString::number(v));
        runner.frame();
        if (ic->saveState() != QLatin1String("saved"))
            state.SkipWithError("not saved");
        v = v == 4 ? 6 : 4;
    }
}

void BM_NextScreen(benchmark::State& state)
{
    Runner runner(static_cast<int>(state.range(0)));
    InterviewController* ic = InterviewController::instance();
    // Answer the first items so the chain keeps everything relevant, then walk forward and back.
    for (auto _ : state) {
        state.PauseTiming();
        ic->setText(QStringLiteral("q%1").arg(ic->screenIndex() + 1), QStringLiteral("5"));
        state.ResumeTiming();
        if (!ic->next())
            state.SkipWithError("next refused");
        runner.frame();
        if (ic->screenIndex() + 2 >= ic->screenCount()) {
            state.PauseTiming();
            ic->goTo(0);
            state.ResumeTiming();
        }
    }
}

} // namespace

BENCHMARK(BM_AnswerToSaved)->Arg(100)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NextScreen)->Arg(2000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
