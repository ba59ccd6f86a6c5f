// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "instrument/instrument.h"
#include "logic/evaluator.h"
#include "model/answer.h"

#include <QDate>

#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <vector>

namespace baseline {

/** One item (or section, repeat) in one repeat instance. Instance 0 is the top level. */
struct ItemRef {
    int node = -1;
    int instance = 0;
    bool operator==(const ItemRef&) const = default;
};

/** Why an item instance blocks completion (docs/instrument-format.md §7.5). */
enum class Problem { None, Required, Bounds, Length, Pattern, Choice, Constraint, RepeatCount, Format };

struct Validation {
    Problem problem = Problem::None;
    QString message; ///< in the interview language, from the instrument's messages or the generic ones
    bool ok() const { return problem == Problem::None; }
    bool operator==(const Validation&) const = default;
};

/** What one change did: the item instances whose relevance, value or validity changed, and what to store. */
struct ChangeSet {
    std::vector<ItemRef> changed;
    std::vector<AnswerWrite> writes;
};

/**
 * The live state of one interview: answers, repeat instances, relevance, calculated values and validation, kept
 * exactly equal to a from-scratch evaluation (§10) by re-evaluating only the dependents of each change, in the
 * instrument's topological order, inside the affected repeat instances. No storage and no GUI: the interview
 * session writes the returned AnswerWrites; tests compare against evaluateAll().
 */
class InterviewState
{
public:
    using Clock = std::function<QDate()>;

    explicit InterviewState(std::shared_ptr<const Instrument> instrument, Clock today = {});

    const Instrument& instrument() const { return *m_in; }
    void setLanguage(const QString& language) { m_language = language; }

    /** Whether load() checks constraints and required items: a state loaded only to be read (scoring, exports) needs
     *  relevance and values, not validation(), which then reports every item as valid. */
    enum class Validate { Yes, No };
    /** Replaces everything with stored answers (current answers by storage path, as Repository::answers gives) and
     *  evaluates from scratch. Paths that name unknown items or instances are counted in ignoredOnLoad(). */
    ChangeSet load(const QList<Answer>& stored, Validate validate = Validate::Yes);
    int ignoredOnLoad() const { return m_ignored; }
    /** Evaluates everything from scratch (the oracle for the incremental path). */
    ChangeSet evaluateAll(Validate validate = Validate::Yes);

    Result<ChangeSet> setAnswer(ItemRef item, AnswerState state, std::optional<Value> value);
    Result<ChangeSet> clearAnswer(ItemRef item);
    /** Appends an instance to an open-ended repeat in `parentInstance`. */
    Result<ChangeSet> addInstance(int repeatNode, int parentInstance);
    Result<ChangeSet> deleteInstance(int instance);
    Result<ChangeSet> restoreInstance(int instance);
    /** Stores each item's `default` the first time it is shown without a stored state (§7.6). */
    ChangeSet applyDefaults(const std::vector<ItemRef>& shown);

    // Queries.
    bool relevant(ItemRef r) const;
    EValue value(ItemRef r) const; ///< as expressions see it
    std::optional<Answer> stored(ItemRef r) const; ///< the stored answer, relevant or not
    Validation validation(ItemRef r) const;
    /** Instances of a repeat in a parent instance, in creation order (including excluded ones). */
    std::vector<int> instances(int repeatNode, int parentInstance) const;
    int effectiveCount(int repeatNode, int parentInstance) const;
    bool instanceAlive(int instance) const;
    bool instanceDeleted(int instance) const;
    int instanceScope(int instance) const;
    int instanceParent(int instance) const;
    int instancePosition(int instance) const; ///< 1-based among effective instances, 0 if excluded
    int instanceCount() const { return static_cast<int>(m_instances.size()); }
    /** The instance of `node` that a reference from `contextInstance` names (§9.10 rule 1), e.g. for ${x} in a label.
     */
    ItemRef singleRef(int node, int contextInstance) const
    {
        return {node, ancestorAt(contextInstance, compiled(node).scope)};
    }
    /** Every effective instance of a scope (0: the top level), in document order: the units of an indicator. */
    std::vector<int> effectiveInstances(int scope) const;
    /** Evaluates an expression compiled for `instance`'s scope (indicators, §16). */
    EValue evaluate(const Expr& e, int instance) const { return eval(e, EvalContext{-1, instance, nullptr, nullptr}); }
    /** The score of the stored choice of a likert / scored item, or its number for numeric items; empty if none. */
    std::optional<double> itemScore(ItemRef r) const;
    /** Whether a choice is offered now (its item's choice_filter). */
    bool choiceOffered(ItemRef item, int choiceIndex) const;

    /** Every relevant item instance that fails §7.5, in document order. */
    std::vector<ItemRef> blockers() const;
    /** Relevant, effective item instances with a stored answer, and relevant calculates with a value (§11). */
    std::vector<ItemRef> included() const;
    /** Stored answers that are currently hidden (non-relevant or in an excluded instance). */
    std::vector<ItemRef> hidden() const;
    /** Every item instance of the interview in document order (all instances, effective or not). */
    std::vector<ItemRef> allItems() const;

    /** Storage path: "members[<uuid>]/age". */
    QString storagePath(ItemRef r) const;
    /** Readable path with 1-based creation-order indices: "members[2]/age". */
    QString displayPath(ItemRef r) const;
    /** Readable path of a repeat instance: "members[2]", "members[2]/incidents[1]"; "" for the top level. */
    QString instancePath(int instance) const;
    /** Resolves a readable path (items, or with `repeatPath` a repeat inside its parent instance). */
    Result<ItemRef> resolve(const QString& displayPath) const;
    Result<int> resolveInstance(const QString& displayPath) const;

private:
    struct NodeState {
        std::optional<Answer> stored;
        EValue value;
        Validation validation;
        bool relevant = false;
        bool queued = false;
        bool defaultTried = false;
        quint32 changedIn = 0; ///< generation in which it was last reported as changed
        std::vector<int> instances; ///< repeats: child instances in creation order
        int effective = 0; ///< repeats: effective instances
        int requested = 0; ///< repeats: count asked for by the expression (before the cap)
    };
    struct Instance {
        int scope = 0;
        int parent = -1;
        int ordinal = 0; ///< 1-based creation order within its parent's repeat
        QString uuid;
        QString prefix; ///< storage path prefix, "" for the top level, "members[<uuid>]/" for an instance
        bool deleted = false;
        bool alive = true;
        int position = 0;
        std::vector<NodeState> states;
    };
    struct EvalContext {
        int node = -1;
        int instance = 0;
        const EValue* dot = nullptr;
        const Choice* choice = nullptr;
    };
    struct Pending {
        int topo;
        int instance;
        int node;
        bool operator>(const Pending& o) const { return topo != o.topo ? topo > o.topo : instance > o.instance; }
    };

    const CompiledNode& compiled(int node) const { return m_in->compiled[static_cast<std::size_t>(node)]; }
    NodeState& state(int node, int instance);
    const NodeState& state(int node, int instance) const;
    int createInstance(int repeatNode, int parentInstance, const QString& uuid, int ordinal);
    int ancestorAt(int instance, int scope) const;
    int commonScope(int a, int b) const;
    template<typename F> void forEachInstance(int top, int topScope, int scope, bool aliveOnly, F&& f) const;

    EValue eval(const Expr& e, const EvalContext& c) const;
    EValue evalCall(const Expr& e, const EvalContext& c) const;
    EValue aggregate(const Expr& call, const EvalContext& c) const;
    EValue answerValue(int node, const Answer& a) const;
    bool parentRelevant(int node, int instance) const;
    Validation validate(int node, int instance) const;
    QString message(int node, const char* property, const QString& fallback) const;

    /** Recomputes relevance and value; returns whether either changed. */
    bool computeValue(int node, int instance);
    bool updateRepeat(int node, int instance, bool relevant);
    void push(int node, int instance);
    void propagate(int node, int instance);
    void markChanged(int node, int instance);
    void run();
    ChangeSet take();
    Result<Value> normalise(int node, const Value& v) const;

    std::shared_ptr<const Instrument> m_in;
    Clock m_today;
    QString m_language;
    std::vector<Instance> m_instances;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> m_queue;
    ChangeSet m_out;
    quint32 m_generation = 1;
    bool m_fullPass = false;
    int m_ignored = 0;
};

} // namespace baseline
