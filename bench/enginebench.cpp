// SPDX-License-Identifier: GPL-3.0-or-later
// Questionnaire engine benchmarks (issue 3): load + compile, one answer change, and answering every item in order,
// for the generated chain / fan / sections instruments at 100, 500 and 2,000 items and a roster of 1,000 instances.
// The engine is measured in memory (InterviewState); the store's commit is measured separately in store_bench.
// Run: build/ci/bench/engine_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "instrument/generator.h"
#include "instrument/instrument.h"
#include "logic/interviewstate.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace baseline;

namespace {

std::shared_ptr<const Instrument> load(GeneratedPattern pattern, int items)
{
    const QByteArray bytes = generateInstrument(items, pattern);
    LoadResult r = loadInstrument(bytes, QStringLiteral("generated.json"));
    if (!r.instrument)
        qFatal("generated instrument does not load: %s",
               r.diagnostics.isEmpty() ? "?" : qPrintable(r.diagnostics.first().toString()));
    return r.instrument;
}

ItemRef ref(const InterviewState& s, const QString& path)
{
    auto r = s.resolve(path);
    if (!r)
        qFatal("%s", qPrintable(r.message()));
    return *r;
}

void set(InterviewState& s, ItemRef r, qint64 v)
{
    auto c = s.setAnswer(r, AnswerState::Value, Value{v});
    if (!c)
        qFatal("%s", qPrintable(c.message()));
}

/** Answers every item in document order with 5 (gates "yes"), as an assessor would. */
void answerAll(InterviewState& s, GeneratedPattern pattern, int items)
{
    for (int i = 1; i <= items; ++i) {
        if (pattern == GeneratedPattern::Sections && (i - 1) % 20 == 0) {
            auto c = s.setAnswer(ref(s, QStringLiteral("g%1").arg((i - 1) / 20 + 1)), AnswerState::Value,
                                 Value{ChoiceValue{QStringLiteral("yes")}});
            if (!c)
                qFatal("%s", qPrintable(c.message()));
        }
        set(s, ref(s, QStringLiteral("q%1").arg(i)), 5);
    }
}

GeneratedPattern patternOf(const benchmark::State& state)
{
    return static_cast<GeneratedPattern>(state.range(0));
}

void label(benchmark::State& state)
{
    static const char* const names[] = {"chain", "fan", "sections", "roster"};
    state.SetLabel(names[state.range(0)]);
}

void BM_LoadCompile(benchmark::State& state)
{
    const QByteArray bytes = generateInstrument(static_cast<int>(state.range(1)), patternOf(state));
    for (auto _ : state) {
        LoadResult r = loadInstrument(bytes, QStringLiteral("generated.json"));
        benchmark::DoNotOptimize(r.instrument);
        if (!r.instrument)
            state.SkipWithError("does not load");
    }
    label(state);
}

/** One answer change in a fully answered interview: an item in the middle goes 4 ↔ 6 (relevance of what follows
 *  does not flip, the typical edit); the subtotal and the total move every time. */
void BM_AnswerChange(benchmark::State& state)
{
    const int items = static_cast<int>(state.range(1));
    InterviewState s(load(patternOf(state), items));
    s.load({});
    answerAll(s, patternOf(state), items);
    const ItemRef middle = ref(s, QStringLiteral("q%1").arg(items / 2 + 1));
    qint64 v = 4;
    for (auto _ : state) {
        set(s, middle, v);
        v = v == 4 ? 6 : 4;
    }
    label(state);
}

/** The worst case for a chain: the middle item flips the relevance of everything after it (1 ↔ 5). */
void BM_AnswerChangeCascade(benchmark::State& state)
{
    const int items = static_cast<int>(state.range(1));
    InterviewState s(load(GeneratedPattern::Chain, items));
    s.load({});
    answerAll(s, GeneratedPattern::Chain, items);
    const ItemRef middle = ref(s, QStringLiteral("q%1").arg(items / 2 + 1));
    qint64 v = 1;
    for (auto _ : state) {
        set(s, middle, v);
        v = v == 1 ? 5 : 1;
    }
    state.SetLabel("chain, half the items flip");
}

void BM_AnswerAll(benchmark::State& state)
{
    const int items = static_cast<int>(state.range(1));
    auto instrument = load(patternOf(state), items);
    for (auto _ : state) {
        InterviewState s(instrument);
        s.load({});
        answerAll(s, patternOf(state), items);
        benchmark::ClobberMemory();
    }
    label(state);
}

/** A roster of 1,000 instances: one age changes in the middle instance (sum, count and max move). */
void BM_RosterAnswerChange(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    InterviewState s(load(GeneratedPattern::Roster, n));
    s.load({});
    set(s, ref(s, QStringLiteral("n_members")), n);
    for (int i = 1; i <= n; ++i)
        set(s, ref(s, QStringLiteral("members[%1]/age").arg(i)), 30);
    const ItemRef middle = ref(s, QStringLiteral("members[%1]/age").arg(n / 2));
    qint64 v = 40;
    for (auto _ : state) {
        set(s, middle, v);
        v = v == 40 ? 41 : 40;
    }
}

/** Answering every age of a 1,000-instance roster in order, after setting the count. */
void BM_RosterAnswerAll(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    auto instrument = load(GeneratedPattern::Roster, n);
    for (auto _ : state) {
        InterviewState s(instrument);
        s.load({});
        set(s, ref(s, QStringLiteral("n_members")), n);
        for (int i = 1; i <= n; ++i)
            set(s, ref(s, QStringLiteral("members[%1]/age").arg(i)), 30);
    }
}

void patterns(benchmark::internal::Benchmark* b)
{
    for (int p : {0, 1, 2})
        for (int n : {100, 500, 2000})
            b->Args({p, n});
}

} // namespace

BENCHMARK(BM_LoadCompile)->Apply(patterns)->Args({3, 1000})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnswerChange)->Apply(patterns)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AnswerChangeCascade)->Args({0, 100})->Args({0, 500})->Args({0, 2000})->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AnswerAll)->Apply(patterns)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RosterAnswerChange)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_RosterAnswerAll)->Arg(1000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
