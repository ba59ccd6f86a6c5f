// SPDX-License-Identifier: GPL-3.0-or-later
// The logic engine: evaluation of expressions against an interview's answers and repeat instances, and the
// incremental re-evaluation of docs/instrument-format.md §10. Everything here is pure computation in memory.
#include "interviewstate.h"

#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace baseline {

namespace {

constexpr int MaxInstances = 10000; // all repeats of one interview (§13)

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

QString numberText(double n)
{
    return eval::formatNumber(n);
}

} // namespace

InterviewState::InterviewState(std::shared_ptr<const Instrument> instrument, Clock today)
    : m_in(std::move(instrument))
    , m_today(today ? std::move(today) : Clock([] { return QDate::currentDate(); }))
    , m_language(m_in->defaultLanguage)
{
    Instance root;
    root.states.resize(m_in->scopes[0].nodes.size());
    m_instances.push_back(std::move(root));
}

InterviewState::NodeState& InterviewState::state(int node, int instance)
{
    return m_instances[at(instance)].states[at(compiled(node).slot)];
}

const InterviewState::NodeState& InterviewState::state(int node, int instance) const
{
    return m_instances[at(instance)].states[at(compiled(node).slot)];
}

int InterviewState::createInstance(int repeatNode, int parentInstance, const QString& uuid, int ordinal)
{
    const int scope = [&] {
        for (std::size_t s = 1; s < m_in->scopes.size(); ++s)
            if (m_in->scopes[s].repeat == repeatNode)
                return static_cast<int>(s);
        return -1;
    }();
    Instance inst;
    inst.scope = scope;
    inst.parent = parentInstance;
    inst.ordinal = ordinal;
    inst.uuid = uuid;
    inst.prefix = m_instances[at(parentInstance)].prefix + m_in->nodes[at(repeatNode)].name + QLatin1Char('[') + uuid
        + QStringLiteral("]/");
    inst.alive = false;
    inst.states.resize(m_in->scopes[at(scope)].nodes.size());
    const int id = static_cast<int>(m_instances.size());
    m_instances.push_back(std::move(inst));
    state(repeatNode, parentInstance).instances.push_back(id);
    return id;
}

int InterviewState::ancestorAt(int instance, int scope) const
{
    int i = instance;
    while (i >= 0 && m_instances[at(i)].scope != scope)
        i = m_instances[at(i)].parent;
    return i < 0 ? 0 : i;
}

int InterviewState::commonScope(int a, int b) const
{
    while (a != b) {
        if (m_in->scopes[at(a)].depth >= m_in->scopes[at(b)].depth)
            a = m_in->scopes[at(a)].parent;
        else
            b = m_in->scopes[at(b)].parent;
    }
    return a;
}

/** Calls f(instance) for every instance of `scope` below `top` (an instance of `topScope`, an ancestor scope). */
template<typename F> void InterviewState::forEachInstance(int top, int topScope, int scope, bool aliveOnly, F&& f) const
{
    if (scope == topScope) {
        if (!aliveOnly || m_instances[at(top)].alive)
            f(top);
        return;
    }
    // The chain of repeats from just below topScope down to scope.
    int chain[8];
    int n = 0;
    for (int s = scope; s != topScope && n < 8; s = m_in->scopes[at(s)].parent)
        chain[n++] = s;
    std::function<void(int, int)> walk = [&](int instance, int level) {
        const int s = chain[level];
        const int repeat = m_in->scopes[at(s)].repeat;
        for (int child : state(repeat, instance).instances) {
            if (aliveOnly && !m_instances[at(child)].alive)
                continue;
            if (level == 0)
                f(child);
            else
                walk(child, level - 1);
        }
    };
    walk(top, n - 1);
}

// ---- expression evaluation ----------------------------------------------------------------------------------

EValue InterviewState::answerValue(int node, const Answer& a) const
{
    if (a.state != AnswerState::Value || !a.value)
        return {};
    const CompiledNode& c = compiled(node);
    return std::visit(
        [&](const auto& v) -> EValue {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, TextValue>)
                return v.text.isEmpty() ? EValue{} : EValue::fromString(v.text);
            else if constexpr (std::is_same_v<T, qint64>)
                return EValue::fromNumber(static_cast<double>(v));
            else if constexpr (std::is_same_v<T, double>)
                return EValue::fromNumber(v);
            else if constexpr (std::is_same_v<T, QDate>)
                return EValue::fromDate(v);
            else if constexpr (std::is_same_v<T, ChoiceValue>)
                return EValue::fromString(v.code);
            else if constexpr (std::is_same_v<T, ChoicesValue>) {
                // In list order, whatever order they were chosen in.
                QStringList ordered;
                if (c.list >= 0)
                    for (const Choice& choice : m_in->lists[at(c.list)].choices)
                        if (v.codes.contains(choice.code))
                            ordered << choice.code;
                return EValue::fromChoices(ordered);
            } else if constexpr (std::is_same_v<T, bool>) {
                if (c.kind == CompiledNode::Kind::Calculate)
                    return EValue::fromBool(v);
                return EValue::fromString(v ? QStringLiteral("yes") : QStringLiteral("no"));
            } else
                return EValue::opaque();
        },
        *a.value);
}

EValue InterviewState::eval(const Expr& e, const EvalContext& c) const
{
    switch (e.kind) {
    case Expr::Kind::Number:
        return EValue::fromNumber(e.number);
    case Expr::Kind::String:
        return e.text.isEmpty() ? EValue{} : EValue::fromString(e.text);
    case Expr::Kind::Dot:
        return c.dot ? *c.dot : EValue{};
    case Expr::Kind::Reference: {
        if (e.target < 0 || e.nodeSet)
            return {};
        const int scope = compiled(e.target).scope;
        return state(e.target, ancestorAt(c.instance, scope)).value;
    }
    case Expr::Kind::Attribute: {
        if (!c.choice)
            return {};
        if (e.text == QLatin1String("value"))
            return EValue::fromString(c.choice->code);
        if (e.text == QLatin1String("score"))
            return c.choice->score ? EValue::fromNumber(*c.choice->score) : EValue{};
        const QJsonValue v = c.choice->filter.value(e.text);
        if (v.isDouble())
            return EValue::fromNumber(v.toDouble());
        if (v.isBool())
            return EValue::fromBool(v.toBool());
        if (v.isString() && !v.toString().isEmpty())
            return EValue::fromString(v.toString());
        return {};
    }
    case Expr::Kind::Position:
        return EValue::fromNumber(m_instances[at(c.instance)].position);
    case Expr::Kind::Unary: {
        const EValue a = eval(*e.args[0], c);
        return a.kind == EValue::Kind::Number ? EValue::fromNumber(-a.number) : EValue{};
    }
    case Expr::Kind::Binary: {
        if (e.op == Op::And) {
            if (!eval(*e.args[0], c).truthy())
                return EValue::fromBool(false);
            return EValue::fromBool(eval(*e.args[1], c).truthy());
        }
        if (e.op == Op::Or) {
            if (eval(*e.args[0], c).truthy())
                return EValue::fromBool(true);
            return EValue::fromBool(eval(*e.args[1], c).truthy());
        }
        const EValue a = eval(*e.args[0], c);
        const EValue b = eval(*e.args[1], c);
        switch (e.op) {
        case Op::Eq:
            return EValue::fromBool(eval::equals(a, b));
        case Op::Ne:
            return EValue::fromBool(!eval::equals(a, b));
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge: {
            if (a.isEmpty() || b.isEmpty() || a.kind != b.kind)
                return EValue::fromBool(false);
            const double x = a.number, y = b.number;
            const bool r = e.op == Op::Lt ? x < y : e.op == Op::Le ? x <= y : e.op == Op::Gt ? x > y : x >= y;
            return EValue::fromBool(r);
        }
        default:
            break;
        }
        if (a.isEmpty() || b.isEmpty())
            return {};
        const bool aDate = a.kind == EValue::Kind::Date, bDate = b.kind == EValue::Kind::Date;
        switch (e.op) {
        case Op::Add:
            if (aDate || bDate) {
                const double shift = std::trunc(aDate ? b.number : a.number);
                if (std::fabs(shift) > 1e7)
                    return {};
                return eval::dateFromJulian(static_cast<qint64>(aDate ? a.number : b.number)
                                            + static_cast<qint64>(shift));
            }
            return EValue::fromNumber(a.number + b.number);
        case Op::Sub:
            if (aDate && bDate)
                return EValue::fromNumber(a.number - b.number);
            if (aDate) {
                const double shift = std::trunc(b.number);
                if (std::fabs(shift) > 1e7)
                    return {};
                return eval::dateFromJulian(static_cast<qint64>(a.number) - static_cast<qint64>(shift));
            }
            return EValue::fromNumber(a.number - b.number);
        case Op::Mul:
            return EValue::fromNumber(a.number * b.number);
        case Op::Div:
            return b.number == 0 ? EValue{} : EValue::fromNumber(a.number / b.number);
        case Op::Mod:
            return b.number == 0 ? EValue{} : EValue::fromNumber(std::fmod(a.number, b.number));
        default:
            return {};
        }
    }
    case Expr::Kind::Call:
        return evalCall(e, c);
    }
    return {};
}

EValue InterviewState::aggregate(const Expr& call, const EvalContext& c) const
{
    const int exprScope = m_instances[at(c.instance)].scope;
    // Collect the numbers (or dates) of every argument: node-sets expand, scalars count once.
    std::vector<EValue> values;
    int count = 0;
    for (const auto& arg : call.args) {
        if (arg->kind == Expr::Kind::Reference && arg->target >= 0
            && (arg->nodeSet || compiled(arg->target).kind == CompiledNode::Kind::Repeat)) {
            const int target = arg->target;
            const CompiledNode& t = compiled(target);
            const int common = commonScope(t.scope, exprScope);
            const int top = ancestorAt(c.instance, common);
            if (t.kind == CompiledNode::Kind::Repeat) {
                forEachInstance(top, common, t.scope, true, [&](int i) { count += state(target, i).effective; });
                continue;
            }
            forEachInstance(top, common, t.scope, true, [&](int i) {
                const EValue& v = state(target, i).value;
                if (!v.isEmpty()) {
                    ++count;
                    values.push_back(v);
                }
            });
        } else {
            EValue v = eval(*arg, c);
            if (!v.isEmpty()) {
                ++count;
                values.push_back(std::move(v));
            }
        }
    }
    switch (call.fn) {
    case Fn::Count:
        return EValue::fromNumber(count);
    case Fn::Sum: {
        double sum = 0;
        for (const auto& v : values)
            sum += v.number;
        return EValue::fromNumber(sum);
    }
    case Fn::Min:
    case Fn::Max: {
        if (values.empty())
            return {};
        const EValue* best = &values.front();
        for (const auto& v : values)
            if (call.fn == Fn::Min ? v.number < best->number : v.number > best->number)
                best = &v;
        return *best;
    }
    default:
        return {};
    }
}

EValue InterviewState::evalCall(const Expr& e, const EvalContext& c) const
{
    const auto arg = [&](std::size_t i) { return eval(*e.args[i], c); };
    const auto refState = [&](const Expr& a) -> const NodeState* {
        const int node = a.kind == Expr::Kind::Dot ? c.node : a.target;
        if (node < 0)
            return nullptr;
        return &state(node, ancestorAt(c.instance, compiled(node).scope));
    };
    switch (e.fn) {
    case Fn::If:
        return arg(0).truthy() ? arg(1) : arg(2);
    case Fn::Not:
        return EValue::fromBool(!arg(0).truthy());
    case Fn::True:
        return EValue::fromBool(true);
    case Fn::False:
        return EValue::fromBool(false);
    case Fn::Selected: {
        const EValue s = arg(0), code = arg(1);
        if (s.isEmpty() || code.kind != EValue::Kind::String)
            return EValue::fromBool(false);
        if (s.kind == EValue::Kind::Choices)
            return EValue::fromBool(s.codes.contains(code.text));
        return EValue::fromBool(s.kind == EValue::Kind::String && s.text == code.text);
    }
    case Fn::CountSelected: {
        const EValue s = arg(0);
        return EValue::fromNumber(s.kind == EValue::Kind::Choices ? s.codes.size() : 0);
    }
    case Fn::Count:
    case Fn::Sum:
    case Fn::Min:
    case Fn::Max:
        return aggregate(e, c);
    case Fn::Coalesce:
        for (std::size_t i = 0; i < e.args.size(); ++i) {
            EValue v = arg(i);
            if (!v.isEmpty())
                return v;
        }
        return {};
    case Fn::StringLength: {
        const EValue s = arg(0);
        if (s.kind != EValue::Kind::String)
            return EValue::fromNumber(0);
        return EValue::fromNumber(static_cast<double>(s.text.toUcs4().size()));
    }
    case Fn::Regex: {
        const EValue s = arg(0);
        if (!e.regex)
            return EValue::fromBool(false);
        const auto m = e.regex->match(s.kind == EValue::Kind::String ? s.text : QString());
        return EValue::fromBool(m.hasMatch());
    }
    case Fn::Today:
        return EValue::fromDate(m_today());
    case Fn::Int: {
        const EValue n = arg(0);
        return n.kind == EValue::Kind::Number ? EValue::fromNumber(std::trunc(n.number)) : EValue{};
    }
    case Fn::Round: {
        const EValue n = arg(0);
        if (n.kind != EValue::Kind::Number)
            return {};
        int places = 0;
        if (e.args.size() > 1) {
            const EValue d = arg(1);
            if (d.kind != EValue::Kind::Number || std::fabs(d.number) > 15)
                return {};
            places = static_cast<int>(std::trunc(d.number));
        }
        const auto r = eval::roundDecimal(n.number, places);
        return r ? EValue::fromNumber(*r) : EValue{};
    }
    case Fn::Position:
        return EValue::fromNumber(m_instances[at(c.instance)].position);
    case Fn::Number: {
        const EValue v = arg(0);
        if (v.kind == EValue::Kind::Number)
            return v;
        if (v.kind == EValue::Kind::Boolean)
            return EValue::fromNumber(v.number);
        if (v.kind == EValue::Kind::String) {
            const auto n = eval::parseNumber(v.text);
            return n ? EValue::fromNumber(*n) : EValue{};
        }
        return {};
    }
    case Fn::String: {
        const QString t = eval::toText(arg(0));
        return t.isEmpty() ? EValue{} : EValue::fromString(t);
    }
    case Fn::Date: {
        const EValue v = arg(0);
        if (v.kind == EValue::Kind::Date)
            return v;
        if (v.kind != EValue::Kind::String || v.text.size() != 10)
            return {};
        return EValue::fromDate(QDate::fromString(v.text, Qt::ISODate));
    }
    case Fn::Score: {
        const Expr& a = *e.args[0];
        const int node = a.kind == Expr::Kind::Dot ? c.node : a.target;
        const EValue v = arg(0);
        if (node < 0 || v.kind != EValue::Kind::String || compiled(node).list < 0)
            return {};
        const ChoiceList& list = m_in->lists[at(compiled(node).list)];
        const int i = list.byCode.value(v.text, -1);
        if (i < 0 || !list.choices[at(i)].score)
            return {};
        return EValue::fromNumber(*list.choices[at(i)].score);
    }
    case Fn::IsDontKnow:
    case Fn::IsRefused: {
        const Expr& a = *e.args[0];
        const int node = a.kind == Expr::Kind::Dot ? c.node : a.target;
        const NodeState* s = refState(a);
        if (!s || !s->relevant || !s->stored || node < 0)
            return EValue::fromBool(false);
        const AnswerState want = e.fn == Fn::IsDontKnow ? AnswerState::DontKnow : AnswerState::Refused;
        return EValue::fromBool(s->stored->state == want);
    }
    }
    return {};
}

// ---- relevance, values, validation ---------------------------------------------------------------------------

bool InterviewState::parentRelevant(int node, int instance) const
{
    const int parent = m_in->nodes[at(node)].parent;
    if (parent < 0)
        return true;
    if (compiled(parent).kind == CompiledNode::Kind::Repeat && compiled(parent).scope != compiled(node).scope)
        return m_instances[at(instance)].alive; // the repeat whose instance this is
    return state(parent, instance).relevant;
}

QString InterviewState::message(int node, const char* property, const QString& fallback) const
{
    const QJsonValue v = m_in->nodes[at(node)].json.value(QLatin1String(property));
    const QString text = m_in->text(v, m_language);
    return text.isEmpty() ? fallback : text;
}

bool InterviewState::choiceOffered(ItemRef item, int choiceIndex) const
{
    const CompiledNode& c = compiled(item.node);
    if (c.list < 0)
        return false;
    const ChoiceList& list = m_in->lists[at(c.list)];
    if (choiceIndex < 0 || at(choiceIndex) >= list.choices.size())
        return false;
    if (!c.choiceFilter)
        return true;
    EvalContext ctx{item.node, item.instance, nullptr, &list.choices[at(choiceIndex)]};
    return eval(*c.choiceFilter, ctx).truthy();
}

Validation InterviewState::validate(int node, int instance) const
{
    const CompiledNode& c = compiled(node);
    const NodeState& s = state(node, instance);
    if (!s.relevant)
        return {};
    if (c.kind == CompiledNode::Kind::Repeat) {
        if (s.requested > c.maxCount)
            return {Problem::RepeatCount,
                    QStringLiteral("The count %1 exceeds the maximum of %2.").arg(s.requested).arg(c.maxCount)};
        return {};
    }
    if (c.kind != CompiledNode::Kind::Answerable)
        return {};
    EvalContext ctx{node, instance, nullptr, nullptr};
    if (!s.stored) {
        const bool required = c.required || (c.requiredIf && eval(*c.requiredIf, ctx).truthy());
        if (required)
            return {Problem::Required,
                    message(node, "required_message", QStringLiteral("This question needs an answer."))};
        return {};
    }
    if (s.stored->state != AnswerState::Value || !s.stored->value)
        return {}; // don't know and refused satisfy required and skip every other check (§7.4)
    const Value& v = *s.stored->value;
    const EValue& ev = s.value;
    if (ev.kind == EValue::Kind::Number) {
        if ((c.min && ev.number < *c.min) || (c.max && ev.number > *c.max)) {
            QString range;
            if (c.min && c.max)
                range = QStringLiteral("between %1 and %2").arg(numberText(*c.min), numberText(*c.max));
            else if (c.min)
                range = QStringLiteral("at least %1").arg(numberText(*c.min));
            else
                range = QStringLiteral("at most %1").arg(numberText(*c.max));
            return {Problem::Bounds, QStringLiteral("The answer must be %1.").arg(range)};
        }
    }
    if (ev.kind == EValue::Kind::Date) {
        const QDate d = ev.date();
        if ((c.minDate.isValid() && d < c.minDate) || (c.maxDate.isValid() && d > c.maxDate))
            return {Problem::Bounds,
                    QStringLiteral("The date must be between %1 and %2.")
                        .arg(c.minDate.isValid() ? c.minDate.toString(Qt::ISODate) : QStringLiteral("…"),
                             c.maxDate.isValid() ? c.maxDate.toString(Qt::ISODate) : QStringLiteral("…"))};
    }
    if (const auto* t = std::get_if<TextValue>(&v)) {
        if (t->text.toUcs4().size() > c.maxLength)
            return {Problem::Length, QStringLiteral("The answer is longer than %1 characters.").arg(c.maxLength)};
        if (c.pattern && !c.pattern->match(t->text).hasMatch())
            return {Problem::Pattern,
                    message(node, "constraint_message", QStringLiteral("The answer does not have the expected form."))};
    }
    if (const auto* g = std::get_if<GeoPoint>(&v)) {
        if (g->latitude < -90 || g->latitude > 90 || g->longitude < -180 || g->longitude > 180
            || (g->accuracy && *g->accuracy < 0))
            return {Problem::Bounds, QStringLiteral("The coordinates are outside the valid range.")};
    }
    if (c.list >= 0 && (ev.kind == EValue::Kind::String || ev.kind == EValue::Kind::Choices)) {
        const ChoiceList& list = m_in->lists[at(c.list)];
        const QStringList codes = ev.kind == EValue::Kind::String ? QStringList{ev.text} : ev.codes;
        for (const QString& code : codes) {
            const int i = list.byCode.value(code, -1);
            if (i < 0 || !choiceOffered({node, instance}, i))
                return {Problem::Choice, QStringLiteral("'%1' is no longer one of the available answers.").arg(code)};
        }
    }
    if (c.constraint) {
        EvalContext withDot{node, instance, &ev, nullptr};
        if (!eval(*c.constraint, withDot).truthy())
            return {Problem::Constraint,
                    message(node, "constraint_message", QStringLiteral("The answer is not valid."))};
    }
    return {};
}

bool InterviewState::updateRepeat(int node, int instance, bool relevant)
{
    const CompiledNode& c = compiled(node);
    NodeState& s = state(node, instance);
    int target = -1; // -1: open-ended
    s.requested = 0;
    if (relevant) {
        if (c.fixedCount >= 0) {
            target = c.fixedCount;
        } else if (c.repeatCount) {
            const EValue v = eval(*c.repeatCount, EvalContext{node, instance, nullptr, nullptr});
            const double n = v.kind == EValue::Kind::Number ? std::trunc(v.number) : 0;
            s.requested = n > 1e9 ? 1000000000 : n < 0 ? 0 : static_cast<int>(n);
            target = std::min(s.requested, c.maxCount);
        }
    }
    if (relevant && target > 0) {
        while (static_cast<int>(s.instances.size()) < target && static_cast<int>(m_instances.size()) < MaxInstances) {
            const int ordinal = static_cast<int>(state(node, instance).instances.size()) + 1;
            const int id = createInstance(node, instance, QUuid::createUuid().toString(QUuid::WithoutBraces), ordinal);
            const QString marker = m_instances[at(id)].prefix.chopped(1);
            m_out.writes.push_back({marker, Answer::of(marker, static_cast<qint64>(ordinal))});
        }
    }
    NodeState& st = state(node, instance); // createInstance may have grown m_instances
    bool changed = false;
    int position = 0;
    for (std::size_t k = 0; k < st.instances.size(); ++k) {
        Instance& child = m_instances[at(st.instances[k])];
        const bool alive = relevant && (target < 0 ? !child.deleted : static_cast<int>(k) < target);
        const int pos = alive ? ++position : 0;
        if (alive != child.alive || pos != child.position) {
            child.alive = alive;
            child.position = pos;
            changed = true;
            if (!m_fullPass)
                for (int n : m_in->scopes[at(child.scope)].nodes)
                    push(n, st.instances[k]);
        }
    }
    if (position != st.effective) {
        st.effective = position;
        changed = true;
    }
    return changed;
}

bool InterviewState::computeValue(int node, int instance)
{
    const CompiledNode& c = compiled(node);
    bool rel = parentRelevant(node, instance);
    if (rel && c.relevant)
        rel = eval(*c.relevant, EvalContext{node, instance, nullptr, nullptr}).truthy();
    NodeState& s = state(node, instance);
    const bool relevanceChanged = rel != s.relevant;
    s.relevant = rel;
    EValue v;
    bool repeatChanged = false;
    switch (c.kind) {
    case CompiledNode::Kind::Answerable:
        if (rel && s.stored)
            v = answerValue(node, *s.stored);
        break;
    case CompiledNode::Kind::Calculate: {
        if (rel)
            v = eval(*c.calculate, EvalContext{node, instance, nullptr, nullptr});
        if (c.valueType == ValueType::Number && v.kind != EValue::Kind::Number)
            v = {};
        // Calculated values are stored with the answer that changed them (§7.7).
        const QString path = m_instances[at(instance)].prefix + m_in->nodes[at(node)].name;
        std::optional<Answer> want;
        switch (v.kind) {
        case EValue::Kind::Number:
            want = Answer::of(path, v.number);
            break;
        case EValue::Kind::String:
            want = Answer::of(path, TextValue{v.text});
            break;
        case EValue::Kind::Boolean:
            want = Answer::of(path, v.number != 0);
            break;
        case EValue::Kind::Date:
            want = Answer::of(path, v.date());
            break;
        default:
            break;
        }
        NodeState& st = state(node, instance);
        const bool same = want.has_value() == st.stored.has_value() && (!want || want->sameContent(*st.stored));
        if (!same) {
            st.stored = want;
            m_out.writes.push_back({path, want});
        }
        break;
    }
    case CompiledNode::Kind::Repeat:
        repeatChanged = updateRepeat(node, instance, rel);
        v = EValue::fromNumber(state(node, instance).effective);
        break;
    default:
        break;
    }
    NodeState& st = state(node, instance);
    const bool valueChanged = !(v == st.value);
    st.value = std::move(v);
    return relevanceChanged || valueChanged || repeatChanged;
}

void InterviewState::push(int node, int instance)
{
    NodeState& s = state(node, instance);
    if (s.queued)
        return;
    s.queued = true;
    m_queue.push({compiled(node).topo, instance, node});
}

void InterviewState::propagate(int node, int instance)
{
    const CompiledNode& x = compiled(node);
    const auto targets = [&](int d) {
        const int sd = compiled(d).scope;
        const int common = commonScope(sd, x.scope);
        const int top = ancestorAt(instance, common);
        forEachInstance(top, common, sd, false, [&](int i) { push(d, i); });
    };
    for (int d : x.dependents)
        targets(d);
    for (int d : x.consumers)
        targets(d);
}

void InterviewState::markChanged(int node, int instance)
{
    NodeState& s = state(node, instance);
    if (s.changedIn == m_generation)
        return;
    s.changedIn = m_generation;
    m_out.changed.push_back({node, instance});
}

void InterviewState::run()
{
    while (!m_queue.empty()) {
        const Pending p = m_queue.top();
        m_queue.pop();
        state(p.node, p.instance).queued = false;
        const bool changed = computeValue(p.node, p.instance);
        const Validation v = validate(p.node, p.instance);
        NodeState& s = state(p.node, p.instance);
        const bool validityChanged = !(v == s.validation);
        s.validation = v;
        if (changed)
            propagate(p.node, p.instance);
        if (changed || validityChanged)
            markChanged(p.node, p.instance);
    }
}

ChangeSet InterviewState::take()
{
    ChangeSet out = std::move(m_out);
    m_out = {};
    ++m_generation;
    return out;
}

ChangeSet InterviewState::evaluateAll(Validate validate)
{
    m_fullPass = true;
    for (int node : m_in->evaluationOrder) {
        const int scope = compiled(node).scope;
        forEachInstance(0, 0, scope, false, [&](int i) {
            if (computeValue(node, i))
                markChanged(node, i);
        });
    }
    for (std::size_t i = 0; validate == Validate::Yes && i < m_instances.size(); ++i)
        for (int node : m_in->scopes[at(m_instances[i].scope)].nodes) {
            const Validation v = this->validate(node, static_cast<int>(i));
            NodeState& s = state(node, static_cast<int>(i));
            if (!(v == s.validation)) {
                s.validation = v;
                markChanged(node, static_cast<int>(i));
            }
        }
    m_fullPass = false;
    return take();
}

ChangeSet InterviewState::load(const QList<Answer>& stored, Validate validate)
{
    m_instances.resize(1);
    m_instances[0].states.assign(m_in->scopes[0].nodes.size(), NodeState{});
    m_ignored = 0;
    // Instance markers first, parents before children: "a[u1]", then "a[u1]/b[u2]".
    QList<const Answer*> markers, answers;
    for (const Answer& a : stored)
        (a.itemPath.endsWith(QLatin1Char(']')) ? markers : answers).append(&a);
    std::stable_sort(markers.begin(), markers.end(), [](const Answer* a, const Answer* b) {
        const auto da = a->itemPath.count(QLatin1Char('/')), db = b->itemPath.count(QLatin1Char('/'));
        if (da != db)
            return da < db;
        const auto ordinal = [](const Answer* x) {
            return x->value && std::holds_alternative<qint64>(*x->value) ? std::abs(std::get<qint64>(*x->value)) : 0;
        };
        return ordinal(a) < ordinal(b);
    });
    QHash<QString, int> byPrefix{{QString(), 0}};
    for (const Answer* m : markers) {
        const QString& path = m->itemPath;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString parentPrefix = slash < 0 ? QString() : path.left(slash + 1);
        const QString last = path.mid(slash + 1);
        const qsizetype open = last.indexOf(QLatin1Char('['));
        const int parent = byPrefix.value(parentPrefix, -1);
        const int repeat = open > 0 ? m_in->byName.value(last.left(open), -1) : -1;
        if (parent < 0 || repeat < 0 || compiled(repeat).kind != CompiledNode::Kind::Repeat
            || compiled(repeat).scope != m_instances[at(parent)].scope) {
            ++m_ignored;
            continue;
        }
        const QString uuid = last.mid(open + 1, last.size() - open - 2);
        const int ordinal = static_cast<int>(state(repeat, parent).instances.size()) + 1;
        const int id = createInstance(repeat, parent, uuid, ordinal);
        m_instances[at(id)].deleted =
            !m->value || !std::holds_alternative<qint64>(*m->value) || std::get<qint64>(*m->value) < 0;
        byPrefix.insert(m_instances[at(id)].prefix, id);
    }
    for (const Answer* a : answers) {
        const QString& path = a->itemPath;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const int instance = byPrefix.value(slash < 0 ? QString() : path.left(slash + 1), -1);
        const int node = m_in->byName.value(path.mid(slash + 1), -1);
        if (instance < 0 || node < 0 || compiled(node).scope != m_instances[at(instance)].scope
            || (compiled(node).kind != CompiledNode::Kind::Answerable
                && compiled(node).kind != CompiledNode::Kind::Calculate)) {
            ++m_ignored;
            continue;
        }
        state(node, instance).stored = *a;
    }
    for (auto& inst : m_instances)
        inst.alive = inst.parent < 0;
    return evaluateAll(validate);
}

// ---- changes ----------------------------------------------------------------------------------------------------

Result<Value> InterviewState::normalise(int node, const Value& v) const
{
    const InstrumentNode& n = m_in->nodes[at(node)];
    const CompiledNode& c = compiled(node);
    const QString& type = n.type;
    const auto wrong = [&](const QString& expected) {
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 (%2) expects %3, not a %4 value").arg(n.name, n.type, expected, valueTypeName(v)));
    };
    if (type == QLatin1String("integer")) {
        if (const auto* i = std::get_if<qint64>(&v))
            return Value{*i};
        if (const auto* d = std::get_if<double>(&v);
            d && std::isfinite(*d) && *d == std::trunc(*d) && std::fabs(*d) <= 9007199254740991.0)
            return Value{static_cast<qint64>(*d)};
        return wrong(QStringLiteral("a whole number"));
    }
    if (type == QLatin1String("decimal")) {
        if (const auto* i = std::get_if<qint64>(&v))
            return Value{static_cast<double>(*i)};
        if (const auto* d = std::get_if<double>(&v); d && std::isfinite(*d))
            return Value{*d};
        return wrong(QStringLiteral("a number"));
    }
    if (type == QLatin1String("text")) {
        const auto* t = std::get_if<TextValue>(&v);
        if (!t)
            return wrong(QStringLiteral("text"));
        const QString text = t->text.normalized(QString::NormalizationForm_C).trimmed();
        for (const QChar ch : text) {
            const ushort u = ch.unicode();
            if ((u < 0x20 && u != 0x09 && u != 0x0a) || u == 0x7f)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("%1: control characters are not allowed in an answer").arg(n.name));
            if (u == 0x0a && !c.multiline)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("%1 takes a single line of text").arg(n.name));
        }
        return Value{TextValue{text}};
    }
    if (type == QLatin1String("date")) {
        if (const auto* d = std::get_if<QDate>(&v); d && d->isValid())
            return Value{*d};
        return wrong(QStringLiteral("a date"));
    }
    if (c.list >= 0) {
        const ChoiceList& list = m_in->lists[at(c.list)];
        if (type == QLatin1String("select_multiple")) {
            const auto* cs = std::get_if<ChoicesValue>(&v);
            if (!cs)
                return wrong(QStringLiteral("a list of choices"));
            QStringList ordered;
            for (const QString& code : cs->codes)
                if (!list.byCode.contains(code))
                    return makeError(
                        ErrorCode::InvalidArgument,
                        QStringLiteral("'%1' is not a choice of %2 (list '%3')").arg(code, n.name, list.id));
            for (const Choice& ch : list.choices)
                if (cs->codes.contains(ch.code))
                    ordered << ch.code;
            return Value{ChoicesValue{ordered}};
        }
        QString code;
        if (const auto* ch = std::get_if<ChoiceValue>(&v))
            code = ch->code;
        else if (const auto* b = std::get_if<bool>(&v); b && type == QLatin1String("yes_no"))
            code = *b ? QStringLiteral("yes") : QStringLiteral("no");
        else
            return wrong(QStringLiteral("one choice"));
        if (!list.byCode.contains(code))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("'%1' is not a choice of %2 (list '%3')").arg(code, n.name, list.id));
        return Value{ChoiceValue{code}};
    }
    if (type == QLatin1String("geopoint")) {
        if (std::holds_alternative<GeoPoint>(v))
            return v;
        return wrong(QStringLiteral("a geopoint"));
    }
    if (type == QLatin1String("photo") || type == QLatin1String("file")) {
        if (std::holds_alternative<AttachmentRef>(v))
            return v;
        return wrong(QStringLiteral("an attachment"));
    }
    return wrong(QStringLiteral("no answer"));
}

Result<ChangeSet> InterviewState::setAnswer(ItemRef item, AnswerState st, std::optional<Value> value)
{
    if (item.node < 0 || at(item.node) >= m_in->nodes.size() || item.instance < 0
        || at(item.instance) >= m_instances.size() || compiled(item.node).scope != m_instances[at(item.instance)].scope)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no such item"));
    const InstrumentNode& n = m_in->nodes[at(item.node)];
    const CompiledNode& c = compiled(item.node);
    if (c.kind != CompiledNode::Kind::Answerable)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is a %2 and takes no answer").arg(n.name, n.type));
    if (!state(item.node, item.instance).relevant)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not relevant now (its condition is false); it cannot be answered")
                             .arg(displayPath(item)));
    Answer a;
    a.itemPath = storagePath(item);
    a.state = st;
    if (st == AnswerState::DontKnow && !c.allowDontKnow)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 does not allow \"don't know\"").arg(n.name));
    if (st == AnswerState::Refused && !c.allowRefused)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 does not allow \"refused\"").arg(n.name));
    if (st == AnswerState::Value) {
        if (!value)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: no value given").arg(n.name));
        auto v = normalise(item.node, *value);
        if (!v)
            return v.error();
        // An empty text or an empty selection is no answer.
        const Value& nv = *v;
        const bool empty = (std::holds_alternative<TextValue>(nv) && std::get<TextValue>(nv).text.isEmpty())
            || (std::holds_alternative<ChoicesValue>(nv) && std::get<ChoicesValue>(nv).codes.isEmpty());
        if (empty)
            return clearAnswer(item);
        a.value = std::move(v).value();
    }
    NodeState& s = state(item.node, item.instance);
    if (s.stored && s.stored->sameContent(a))
        return take();
    s.stored = a;
    m_out.writes.push_back({a.itemPath, a});
    markChanged(item.node, item.instance);
    push(item.node, item.instance);
    propagate(item.node, item.instance); // the state alone (don't know ↔ refused) may matter to is-dont-know()
    run();
    return take();
}

Result<ChangeSet> InterviewState::clearAnswer(ItemRef item)
{
    if (item.node < 0 || at(item.node) >= m_in->nodes.size() || item.instance < 0
        || at(item.instance) >= m_instances.size() || compiled(item.node).scope != m_instances[at(item.instance)].scope
        || compiled(item.node).kind != CompiledNode::Kind::Answerable)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no such question"));
    NodeState& s = state(item.node, item.instance);
    if (!s.stored)
        return take();
    s.stored.reset();
    m_out.writes.push_back({storagePath(item), std::nullopt});
    markChanged(item.node, item.instance);
    push(item.node, item.instance);
    propagate(item.node, item.instance);
    run();
    return take();
}

Result<ChangeSet> InterviewState::addInstance(int repeatNode, int parentInstance)
{
    if (repeatNode < 0 || at(repeatNode) >= m_in->nodes.size()
        || compiled(repeatNode).kind != CompiledNode::Kind::Repeat || parentInstance < 0
        || at(parentInstance) >= m_instances.size()
        || compiled(repeatNode).scope != m_instances[at(parentInstance)].scope)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no such repeat"));
    const CompiledNode& c = compiled(repeatNode);
    const QString& name = m_in->nodes[at(repeatNode)].name;
    if (c.fixedCount >= 0 || c.repeatCount)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not open-ended: its count is set by the instrument; change the answer "
                                        "that sets it instead")
                             .arg(name));
    const NodeState& s = state(repeatNode, parentInstance);
    if (!s.relevant)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not relevant now").arg(name));
    if (s.effective >= c.maxCount)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 already has the maximum of %2 entries").arg(name).arg(c.maxCount));
    if (static_cast<int>(m_instances.size()) >= MaxInstances)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("this interview already has %1 repeat entries, the most allowed").arg(MaxInstances));
    const int ordinal = static_cast<int>(s.instances.size()) + 1;
    const int id =
        createInstance(repeatNode, parentInstance, QUuid::createUuid().toString(QUuid::WithoutBraces), ordinal);
    const QString marker = m_instances[at(id)].prefix.chopped(1);
    m_out.writes.push_back({marker, Answer::of(marker, static_cast<qint64>(ordinal))});
    push(repeatNode, parentInstance);
    run();
    return take();
}

Result<ChangeSet> InterviewState::deleteInstance(int instance)
{
    if (instance <= 0 || at(instance) >= m_instances.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no such repeat entry"));
    Instance& inst = m_instances[at(instance)];
    const int repeat = m_in->scopes[at(inst.scope)].repeat;
    const CompiledNode& c = compiled(repeat);
    if (c.fixedCount >= 0 || c.repeatCount)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not open-ended: its entries cannot be deleted; change the answer "
                                        "that sets its count")
                             .arg(m_in->nodes[at(repeat)].name));
    if (inst.deleted)
        return take();
    inst.deleted = true;
    // The marker stays, with the ordinal negated, so that the instance and its answers survive a reload and can be
    // restored until finalization.
    const QString marker = inst.prefix.chopped(1);
    m_out.writes.push_back({marker, Answer::of(marker, -static_cast<qint64>(inst.ordinal))});
    push(repeat, inst.parent);
    run();
    return take();
}

Result<ChangeSet> InterviewState::restoreInstance(int instance)
{
    if (instance <= 0 || at(instance) >= m_instances.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no such repeat entry"));
    Instance& inst = m_instances[at(instance)];
    if (!inst.deleted)
        return take();
    const int repeat = m_in->scopes[at(inst.scope)].repeat;
    if (state(repeat, inst.parent).effective >= compiled(repeat).maxCount)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 already has the maximum number of entries").arg(m_in->nodes[at(repeat)].name));
    inst.deleted = false;
    const QString marker = inst.prefix.chopped(1);
    m_out.writes.push_back({marker, Answer::of(marker, static_cast<qint64>(inst.ordinal))});
    push(repeat, inst.parent);
    run();
    return take();
}

ChangeSet InterviewState::applyDefaults(const std::vector<ItemRef>& shown)
{
    for (const ItemRef& r : shown) {
        if (r.node < 0 || at(r.node) >= m_in->nodes.size() || r.instance < 0 || at(r.instance) >= m_instances.size())
            continue;
        const CompiledNode& c = compiled(r.node);
        if (!c.defaultValue || c.scope != m_instances[at(r.instance)].scope)
            continue;
        NodeState& s = state(r.node, r.instance);
        if (s.defaultTried || s.stored || !s.relevant)
            continue;
        s.defaultTried = true;
        const EValue v = eval(*c.defaultValue, EvalContext{r.node, r.instance, nullptr, nullptr});
        std::optional<Value> value;
        switch (v.kind) {
        case EValue::Kind::Number:
            value = m_in->nodes[at(r.node)].type == QLatin1String("integer") ? Value{static_cast<qint64>(v.number)}
                                                                             : Value{v.number};
            if (m_in->nodes[at(r.node)].type == QLatin1String("integer") && v.number != std::trunc(v.number))
                value.reset();
            break;
        case EValue::Kind::String:
            if (c.valueType == ValueType::Choices)
                value = Value{ChoicesValue{v.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)}};
            else if (c.list >= 0)
                value = Value{ChoiceValue{v.text}};
            else
                value = Value{TextValue{v.text}};
            break;
        case EValue::Kind::Date:
            value = Value{v.date()};
            break;
        case EValue::Kind::Choices:
            value = Value{ChoicesValue{v.codes}};
            break;
        default:
            break;
        }
        if (!value || !normalise(r.node, *value))
            continue;
        Answer a = Answer::of(storagePath(r), *normalise(r.node, *value));
        s.stored = a;
        m_out.writes.push_back({a.itemPath, a});
        push(r.node, r.instance);
    }
    run();
    return take();
}

// ---- queries ----------------------------------------------------------------------------------------------------

std::vector<int> InterviewState::effectiveInstances(int scope) const
{
    std::vector<int> out;
    forEachInstance(0, 0, scope, true, [&](int i) { out.push_back(i); });
    return out;
}

std::optional<double> InterviewState::itemScore(ItemRef r) const
{
    const EValue v = value(r);
    if (v.kind == EValue::Kind::Number)
        return v.number;
    const CompiledNode& c = compiled(r.node);
    if (v.kind != EValue::Kind::String || c.list < 0)
        return std::nullopt;
    const ChoiceList& list = m_in->lists[at(c.list)];
    const int k = list.byCode.value(v.text, -1);
    if (k < 0)
        return std::nullopt;
    return list.choices[at(k)].score;
}

bool InterviewState::relevant(ItemRef r) const
{
    return state(r.node, r.instance).relevant;
}
EValue InterviewState::value(ItemRef r) const
{
    return state(r.node, r.instance).value;
}
std::optional<Answer> InterviewState::stored(ItemRef r) const
{
    return state(r.node, r.instance).stored;
}
Validation InterviewState::validation(ItemRef r) const
{
    return state(r.node, r.instance).validation;
}
std::vector<int> InterviewState::instances(int repeatNode, int parentInstance) const
{
    return state(repeatNode, parentInstance).instances;
}
int InterviewState::effectiveCount(int repeatNode, int parentInstance) const
{
    return state(repeatNode, parentInstance).effective;
}
bool InterviewState::instanceAlive(int instance) const
{
    return m_instances[at(instance)].alive;
}
bool InterviewState::instanceDeleted(int instance) const
{
    return m_instances[at(instance)].deleted;
}
int InterviewState::instanceScope(int instance) const
{
    return m_instances[at(instance)].scope;
}
int InterviewState::instanceParent(int instance) const
{
    return m_instances[at(instance)].parent;
}
int InterviewState::instancePosition(int instance) const
{
    return m_instances[at(instance)].position;
}

std::vector<ItemRef> InterviewState::allItems() const
{
    std::vector<ItemRef> out;
    std::function<void(int, int, int)> walk = [&](int instance, int first, int last) {
        for (int n = first; n < last; ++n) {
            const CompiledNode& c = compiled(n);
            if (c.scope != m_instances[at(instance)].scope)
                continue;
            out.push_back({n, instance});
            if (c.kind == CompiledNode::Kind::Repeat) {
                // The repeat's subtree: the nodes after it whose ancestors include it.
                int end = n + 1;
                while (end < static_cast<int>(m_in->nodes.size())) {
                    int p = m_in->nodes[at(end)].parent;
                    while (p >= 0 && p != n)
                        p = m_in->nodes[at(p)].parent;
                    if (p != n)
                        break;
                    ++end;
                }
                for (int child : state(n, instance).instances)
                    walk(child, n + 1, end);
                n = end - 1;
            }
        }
    };
    walk(0, 0, static_cast<int>(m_in->nodes.size()));
    return out;
}

std::vector<ItemRef> InterviewState::blockers() const
{
    std::vector<ItemRef> out;
    for (const ItemRef& r : allItems())
        if (!state(r.node, r.instance).validation.ok())
            out.push_back(r);
    return out;
}

std::vector<ItemRef> InterviewState::included() const
{
    std::vector<ItemRef> out;
    for (const ItemRef& r : allItems()) {
        const NodeState& s = state(r.node, r.instance);
        const auto kind = compiled(r.node).kind;
        if (!s.relevant)
            continue;
        if ((kind == CompiledNode::Kind::Answerable && s.stored)
            || (kind == CompiledNode::Kind::Calculate && !s.value.isEmpty()))
            out.push_back(r);
    }
    return out;
}

std::vector<ItemRef> InterviewState::hidden() const
{
    std::vector<ItemRef> out;
    for (const ItemRef& r : allItems()) {
        const NodeState& s = state(r.node, r.instance);
        if (compiled(r.node).kind == CompiledNode::Kind::Answerable && s.stored && !s.relevant)
            out.push_back(r);
    }
    return out;
}

QString InterviewState::storagePath(ItemRef r) const
{
    return m_instances[at(r.instance)].prefix + m_in->nodes[at(r.node)].name;
}

QString InterviewState::instancePath(int instance) const
{
    QStringList parts;
    for (int i = instance; i > 0; i = m_instances[at(i)].parent) {
        const Instance& inst = m_instances[at(i)];
        parts.prepend(
            QStringLiteral("%1[%2]").arg(m_in->nodes[at(m_in->scopes[at(inst.scope)].repeat)].name).arg(inst.ordinal));
    }
    return parts.join(QLatin1Char('/'));
}

QString InterviewState::displayPath(ItemRef r) const
{
    const QString prefix = instancePath(r.instance);
    return prefix.isEmpty() ? m_in->nodes[at(r.node)].name : prefix + QLatin1Char('/') + m_in->nodes[at(r.node)].name;
}

Result<int> InterviewState::resolveInstance(const QString& path) const
{
    int instance = 0;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        const qsizetype open = part.indexOf(QLatin1Char('['));
        if (open <= 0 || !part.endsWith(QLatin1Char(']')))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("'%1' in '%2' is not a repeat entry such as members[2]").arg(part, path));
        const QString name = part.left(open);
        bool ok = false;
        const int index = part.mid(open + 1, part.size() - open - 2).toInt(&ok);
        const int repeat = m_in->byName.value(name, -1);
        if (repeat < 0 || compiled(repeat).kind != CompiledNode::Kind::Repeat
            || compiled(repeat).scope != m_instances[at(instance)].scope)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("'%1' in '%2' is not a repeat here").arg(name, path));
        const auto& list = state(repeat, instance).instances;
        if (!ok || index < 1 || index > static_cast<int>(list.size()))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 has no entry %2 (it has %3)")
                                 .arg(name, part.mid(open + 1).chopped(1))
                                 .arg(list.size()));
        instance = list[at(index - 1)];
    }
    return instance;
}

Result<ItemRef> InterviewState::resolve(const QString& path) const
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    int instance = 0;
    if (slash >= 0) {
        auto r = resolveInstance(path.left(slash));
        if (!r)
            return r.error();
        instance = *r;
    }
    const QString name = path.mid(slash + 1);
    const int node = m_in->byName.value(name, -1);
    if (node < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("unknown item '%1': the instrument has no such item").arg(name));
    if (compiled(node).scope != m_instances[at(instance)].scope)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' is inside a repeat: name its entry, e.g. %2[1]/%1")
                             .arg(name,
                                  compiled(node).scope > 0
                                      ? m_in->nodes[at(m_in->scopes[at(compiled(node).scope)].repeat)].name
                                      : QStringLiteral("…")));
    return ItemRef{node, instance};
}

} // namespace baseline
