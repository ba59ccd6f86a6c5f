// SPDX-License-Identifier: GPL-3.0-or-later
// The static type checker of docs/instrument-format.md §9.5–9.11: no implicit conversions, node-sets only inside
// aggregates, literal codes checked against their list. Every problem is reported with the offset of the
// offending subexpression; nothing here throws.
#include "typechecker.h"

namespace baseline {

namespace {

bool isAncestorOrSelf(const Instrument& in, int ancestor, int scope)
{
    for (int s = scope; s >= 0; s = in.scopes[static_cast<std::size_t>(s)].parent)
        if (s == ancestor)
            return true;
    return false;
}

class Checker
{
public:
    Checker(const TypeContext& c, const TypeReport& r)
        : m_c(c)
        , m_in(*c.instrument)
        , m_report(r)
    { }

    StaticType check(Expr& e, bool aggregateArgument = false)
    {
        StaticType t = infer(e, aggregateArgument);
        e.type = t.type;
        return t;
    }

    void error(const Expr& e, const QString& message, const QString& category = QStringLiteral("type"))
    {
        m_report(e.offset, category, message, false);
        m_failed = true;
    }
    void warn(const Expr& e, const QString& message, const QString& category)
    {
        m_report(e.offset, category, message, true);
    }
    bool failed() const { return m_failed; }

    static StaticType of(ValueType v, int list = -1) { return StaticType{v, list, false, false, false}; }
    static StaticType bad()
    {
        StaticType t;
        t.failed = true;
        return t;
    }

    /** Whether two types can be compared with = / != or join in if()/coalesce(); Empty fits everything. */
    static bool compatible(const StaticType& a, const StaticType& b)
    {
        if (a.type == ValueType::Empty || b.type == ValueType::Empty)
            return true;
        if (a.type != b.type)
            return false;
        return a.type != ValueType::Choices || a.list == b.list;
    }

    static StaticType join(const StaticType& a, const StaticType& b)
    {
        if (a.type == ValueType::Empty)
            return b;
        if (b.type == ValueType::Empty)
            return a;
        StaticType t = a;
        if (a.list != b.list)
            t.list = -1;
        return t;
    }

    void checkCode(const StaticType& choice, const Expr& literal)
    {
        if (choice.list < 0 || literal.kind != Expr::Kind::String || literal.text.isEmpty())
            return;
        const ChoiceList& list = m_in.lists[static_cast<std::size_t>(choice.list)];
        if (!list.byCode.contains(literal.text))
            warn(literal, QStringLiteral("'%1' is not a code of list '%2'").arg(literal.text, list.id),
                 QStringLiteral("reference"));
    }

    bool isRef(const Expr& e) const { return e.kind == Expr::Kind::Reference || e.kind == Expr::Kind::Dot; }

    int refNode(const Expr& e) const { return e.kind == Expr::Kind::Dot ? m_c.node : e.target; }

private:
    StaticType infer(Expr& e, bool aggregateArgument)
    {
        switch (e.kind) {
        case Expr::Kind::Number:
            return of(ValueType::Number);
        case Expr::Kind::String: {
            StaticType t = of(e.text.isEmpty() ? ValueType::Empty : ValueType::String);
            t.emptyLiteral = e.text.isEmpty();
            return t;
        }
        case Expr::Kind::Dot: {
            const CompiledNode& self = m_in.compiled[static_cast<std::size_t>(m_c.node)];
            return of(self.valueType, self.list);
        }
        case Expr::Kind::Reference:
            return reference(e, aggregateArgument);
        case Expr::Kind::Attribute:
            return attribute(e);
        case Expr::Kind::Position:
            if (m_c.scope == 0) {
                error(e, QStringLiteral("position(..) is used outside any repeat"));
                return bad();
            }
            return of(ValueType::Number);
        case Expr::Kind::Unary: {
            const StaticType a = check(*e.args[0]);
            if (a.failed)
                return bad();
            if (a.type != ValueType::Number) {
                error(e, QStringLiteral("unary '-' needs a number, not %1").arg(typeName(a)));
                return bad();
            }
            return of(ValueType::Number);
        }
        case Expr::Kind::Binary:
            return binary(e);
        case Expr::Kind::Call:
            return call(e);
        }
        return bad();
    }

    StaticType reference(Expr& e, bool aggregateArgument)
    {
        const int target = m_in.byName.value(e.text, -1);
        if (target < 0)
            return bad(); // reported by the loader's reference pass
        e.target = target;
        const CompiledNode& t = m_in.compiled[static_cast<std::size_t>(target)];
        if (t.kind == CompiledNode::Kind::Section || t.kind == CompiledNode::Kind::Note)
            return bad(); // reported by the loader's reference pass
        StaticType out = of(t.valueType, t.list);
        // A repeat's instances hang off its parent's scope; an item's value off its own.
        out.nodeSet = !isAncestorOrSelf(m_in, t.scope, m_c.scope);
        e.nodeSet = out.nodeSet;
        const QString& repeatName = t.kind == CompiledNode::Kind::Repeat
            ? e.text
            : m_in.nodes[static_cast<std::size_t>(m_in.scopes[static_cast<std::size_t>(t.scope)].repeat >= 0
                                                      ? m_in.scopes[static_cast<std::size_t>(t.scope)].repeat
                                                      : 0)]
                  .name;
        if (!aggregateArgument) {
            if (t.kind == CompiledNode::Kind::Repeat) {
                error(e, QStringLiteral("${%1} is a repeat: use count(${%1})").arg(e.text));
                return bad();
            }
            if (out.nodeSet) {
                error(e,
                      QStringLiteral("${%1} is inside repeat '%2': use count(), sum(), min() or max()")
                          .arg(e.text, repeatName));
                return bad();
            }
        }
        return out;
    }

    StaticType attribute(const Expr& e)
    {
        const CompiledNode& self = m_in.compiled[static_cast<std::size_t>(m_c.node)];
        if (e.text == QLatin1String("value"))
            return of(ValueType::String, self.list);
        if (e.text == QLatin1String("score"))
            return of(ValueType::Number);
        if (self.list >= 0) {
            const ChoiceList& list = m_in.lists[static_cast<std::size_t>(self.list)];
            if (list.attributes.contains(e.text))
                return of(list.attributes.value(e.text));
            error(e, QStringLiteral("no choice of list '%1' has the attribute '%2'").arg(list.id, e.text),
                  QStringLiteral("reference"));
        }
        return bad();
    }

    StaticType binary(Expr& e)
    {
        const StaticType a = check(*e.args[0]);
        const StaticType b = check(*e.args[1]);
        if (a.failed || b.failed)
            return bad();
        const QString& op = e.text;
        switch (e.op) {
        case Op::Or:
        case Op::And:
            if (a.type != ValueType::Boolean || b.type != ValueType::Boolean) {
                error(e, QStringLiteral("'%1' needs two booleans, not %2 and %3").arg(op, typeName(a), typeName(b)));
                return bad();
            }
            return of(ValueType::Boolean);
        case Op::Eq:
        case Op::Ne:
            if (!compatible(a, b) || a.type == ValueType::Repeat) {
                error(e, comparisonHint(a, b));
                return bad();
            }
            if ((a.type == ValueType::Choices || a.type == ValueType::Geopoint || a.type == ValueType::Attachment)
                && b.type != ValueType::Empty) {
                error(e, QStringLiteral("%1 values can only be compared with ''").arg(typeName(a)));
                return bad();
            }
            checkCode(a, *e.args[1]);
            checkCode(b, *e.args[0]);
            return of(ValueType::Boolean);
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge:
            if (!((a.type == ValueType::Number && b.type == ValueType::Number)
                  || (a.type == ValueType::Date && b.type == ValueType::Date))) {
                error(e,
                      QStringLiteral("'%1' orders two numbers or two dates, not %2 and %3")
                              .arg(op, typeName(a), typeName(b))
                          + (a.type == ValueType::Date || b.type == ValueType::Date
                                 ? QStringLiteral("; write date('YYYY-MM-DD')")
                                 : QString()));
                return bad();
            }
            return of(ValueType::Boolean);
        case Op::Add:
            if (a.type == ValueType::Number && b.type == ValueType::Number)
                return of(ValueType::Number);
            if ((a.type == ValueType::Date && b.type == ValueType::Number)
                || (a.type == ValueType::Number && b.type == ValueType::Date))
                return of(ValueType::Date);
            break;
        case Op::Sub:
            if (a.type == ValueType::Number && b.type == ValueType::Number)
                return of(ValueType::Number);
            if (a.type == ValueType::Date && b.type == ValueType::Number)
                return of(ValueType::Date);
            if (a.type == ValueType::Date && b.type == ValueType::Date)
                return of(ValueType::Number);
            break;
        case Op::Mul:
        case Op::Div:
        case Op::Mod:
            if (a.type == ValueType::Number && b.type == ValueType::Number)
                return of(ValueType::Number);
            break;
        case Op::Neg:
            break;
        }
        error(e,
              QStringLiteral("'%1' is not defined for %2 and %3%4")
                  .arg(op, typeName(a), typeName(b),
                       a.type == ValueType::String || b.type == ValueType::String
                           ? QStringLiteral(" (there is no string arithmetic; convert with number())")
                           : QString()));
        return bad();
    }

    QString comparisonHint(const StaticType& a, const StaticType& b) const
    {
        QString hint;
        if ((a.type == ValueType::String && b.type == ValueType::Number)
            || (a.type == ValueType::Number && b.type == ValueType::String))
            hint = QStringLiteral("; quote the code ('1') or convert with number()");
        else if (a.type == ValueType::Date || b.type == ValueType::Date)
            hint = QStringLiteral("; write date('YYYY-MM-DD')");
        return QStringLiteral("cannot compare %1 with %2%3").arg(typeName(a), typeName(b), hint);
    }

    StaticType call(Expr& e)
    {
        const QString& name = e.text;
        auto& args = e.args;
        const auto arg = [&](std::size_t i, bool aggregate = false) { return check(*args[i], aggregate); };
        switch (e.fn) {
        case Fn::True:
        case Fn::False:
            return of(ValueType::Boolean);
        case Fn::Today:
            return of(ValueType::Date);
        case Fn::Position:
            return of(ValueType::Number);
        case Fn::Not: {
            const StaticType a = arg(0);
            if (a.failed)
                return bad();
            if (a.type != ValueType::Boolean) {
                error(e, QStringLiteral("not() needs a boolean, not %1").arg(typeName(a)));
                return bad();
            }
            return of(ValueType::Boolean);
        }
        case Fn::If: {
            const StaticType c = arg(0), a = arg(1), b = arg(2);
            if (c.failed || a.failed || b.failed)
                return bad();
            if (c.type != ValueType::Boolean) {
                error(*args[0], QStringLiteral("the condition of if() must be a boolean, not %1").arg(typeName(c)));
                return bad();
            }
            if (!compatible(a, b)) {
                error(e,
                      QStringLiteral("the branches of if() have different types: %1 and %2")
                          .arg(typeName(a), typeName(b)));
                return bad();
            }
            return join(a, b);
        }
        case Fn::Coalesce: {
            StaticType t = of(ValueType::Empty);
            for (std::size_t i = 0; i < args.size(); ++i) {
                const StaticType a = arg(i);
                if (a.failed)
                    return bad();
                if (!compatible(t, a)) {
                    error(*args[i],
                          QStringLiteral("the arguments of coalesce() have different types: %1 and %2")
                              .arg(typeName(t), typeName(a)));
                    return bad();
                }
                t = join(t, a);
            }
            return t;
        }
        case Fn::Selected: {
            const StaticType s = arg(0), c = arg(1);
            if (s.failed || c.failed)
                return bad();
            if (s.type != ValueType::String && s.type != ValueType::Choices) {
                error(*args[0], QStringLiteral("selected() needs a choice item, not %1").arg(typeName(s)));
                return bad();
            }
            if (c.type != ValueType::String) {
                error(
                    *args[1],
                    QStringLiteral("the code given to selected() must be a string, not %1; quote it").arg(typeName(c)));
                return bad();
            }
            checkCode(s, *args[1]);
            return of(ValueType::Boolean);
        }
        case Fn::CountSelected: {
            const StaticType s = arg(0);
            if (s.failed)
                return bad();
            if (s.type != ValueType::Choices) {
                error(e, QStringLiteral("count-selected() needs a select_multiple item, not %1").arg(typeName(s)));
                return bad();
            }
            return of(ValueType::Number);
        }
        case Fn::Count: {
            const StaticType s = arg(0, true);
            if (s.failed)
                return bad();
            if (!s.nodeSet && s.type != ValueType::Repeat) {
                error(e,
                      QStringLiteral("count() needs a repeat or an item inside a repeat, not a single %1")
                          .arg(typeName(s)));
                return bad();
            }
            return of(ValueType::Number);
        }
        case Fn::Sum: {
            const StaticType s = arg(0, true);
            if (s.failed)
                return bad();
            if (!s.nodeSet || s.type != ValueType::Number) {
                error(e,
                      s.nodeSet ? QStringLiteral("sum() adds numbers, not %1").arg(typeName(s))
                                : QStringLiteral("sum() needs an item inside a repeat; to add single values "
                                                 "write a + b"));
                return bad();
            }
            return of(ValueType::Number);
        }
        case Fn::Min:
        case Fn::Max: {
            StaticType t = of(ValueType::Empty);
            bool anyNodeSet = false;
            for (std::size_t i = 0; i < args.size(); ++i) {
                const StaticType a = arg(i, true);
                if (a.failed)
                    return bad();
                if (a.type == ValueType::Repeat || (a.type != ValueType::Number && a.type != ValueType::Date)) {
                    error(*args[i], QStringLiteral("%1() compares numbers or dates, not %2").arg(name, typeName(a)));
                    return bad();
                }
                if (t.type != ValueType::Empty && t.type != a.type) {
                    error(*args[i],
                          QStringLiteral("the arguments of %1() mix %2 and %3").arg(name, typeName(t), typeName(a)));
                    return bad();
                }
                t = of(a.type);
                anyNodeSet = anyNodeSet || a.nodeSet;
            }
            if (args.size() == 1 && !anyNodeSet) {
                error(e,
                      QStringLiteral("%1() of a single value is that value: give an item inside a repeat or two "
                                     "or more values")
                          .arg(name));
                return bad();
            }
            return t;
        }
        case Fn::StringLength: {
            const StaticType s = arg(0);
            if (s.failed)
                return bad();
            if (s.type != ValueType::String && s.type != ValueType::Empty) {
                error(e,
                      QStringLiteral("string-length() needs a string, not %1; convert with string()").arg(typeName(s)));
                return bad();
            }
            return of(ValueType::Number);
        }
        case Fn::Regex: {
            const StaticType s = arg(0), p = arg(1);
            if (s.failed || p.failed)
                return bad();
            if (s.type != ValueType::String) {
                error(*args[0], QStringLiteral("regex() searches a string, not %1").arg(typeName(s)));
                return bad();
            }
            if (args[1]->kind != Expr::Kind::String) {
                error(*args[1], QStringLiteral("the pattern of regex() must be a string literal"));
                return bad();
            }
            auto re =
                std::make_shared<QRegularExpression>(args[1]->text, QRegularExpression::UseUnicodePropertiesOption);
            if (!re->isValid()) {
                m_report(args[1]->offset + 1 + static_cast<int>(re->patternErrorOffset()), QStringLiteral("syntax"),
                         QStringLiteral("invalid regular expression: %1").arg(re->errorString()), false);
                m_failed = true;
                return bad();
            }
            re->optimize();
            e.regex = std::move(re);
            return of(ValueType::Boolean);
        }
        case Fn::Int:
        case Fn::Round: {
            for (std::size_t i = 0; i < args.size(); ++i) {
                const StaticType a = arg(i);
                if (a.failed)
                    return bad();
                if (a.type != ValueType::Number) {
                    error(*args[i], QStringLiteral("%1() needs a number, not %2").arg(name, typeName(a)));
                    return bad();
                }
            }
            return of(ValueType::Number);
        }
        case Fn::Number: {
            const StaticType a = arg(0);
            if (a.failed)
                return bad();
            if (a.type != ValueType::String && a.type != ValueType::Number && a.type != ValueType::Boolean
                && a.type != ValueType::Empty) {
                error(e,
                      QStringLiteral("number() converts a string, number or boolean, not %1%2")
                          .arg(typeName(a),
                               a.type == ValueType::Date ? QStringLiteral("; subtract dates instead") : QString()));
                return bad();
            }
            return of(ValueType::Number);
        }
        case Fn::String: {
            const StaticType a = arg(0);
            if (a.failed)
                return bad();
            if (a.type == ValueType::Geopoint || a.type == ValueType::Attachment) {
                error(e, QStringLiteral("string() cannot convert %1").arg(typeName(a)));
                return bad();
            }
            return of(ValueType::String);
        }
        case Fn::Date: {
            const StaticType a = arg(0);
            if (a.failed)
                return bad();
            if (a.type != ValueType::String && a.type != ValueType::Date && a.type != ValueType::Empty) {
                error(e, QStringLiteral("date() converts a string, not %1").arg(typeName(a)));
                return bad();
            }
            if (args[0]->kind == Expr::Kind::String && !args[0]->text.isEmpty()) {
                const QDate d = QDate::fromString(args[0]->text, Qt::ISODate);
                if (!d.isValid() || args[0]->text.size() != 10) {
                    error(*args[0], QStringLiteral("'%1' is not a date written YYYY-MM-DD").arg(args[0]->text));
                    return bad();
                }
            }
            return of(ValueType::Date);
        }
        case Fn::Score: {
            if (!isRef(*args[0])) {
                error(e, QStringLiteral("score() takes an item: write score(${name})"));
                return bad();
            }
            const StaticType a = arg(0);
            if (a.failed)
                return bad();
            const int node = refNode(*args[0]);
            const QString& type = m_in.nodes[static_cast<std::size_t>(node)].type;
            if (type != QLatin1String("select_one") && type != QLatin1String("likert")
                && type != QLatin1String("yes_no")) {
                error(e, QStringLiteral("score() needs a select_one, likert or yes_no item, not a %1 item").arg(type));
                return bad();
            }
            return of(ValueType::Number);
        }
        case Fn::IsDontKnow:
        case Fn::IsRefused: {
            if (!isRef(*args[0])) {
                error(e, QStringLiteral("%1() takes an item: write %1(${name})").arg(name));
                return bad();
            }
            const StaticType a = arg(0);
            if (a.failed)
                return bad();
            const int node = refNode(*args[0]);
            const CompiledNode& c = m_in.compiled[static_cast<std::size_t>(node)];
            if (c.kind != CompiledNode::Kind::Answerable) {
                error(e,
                      QStringLiteral("%1() needs a question, not a %2")
                          .arg(name, m_in.nodes[static_cast<std::size_t>(node)].type));
                return bad();
            }
            const bool allowed = e.fn == Fn::IsDontKnow ? c.allowDontKnow : c.allowRefused;
            if (!allowed)
                warn(e,
                     QStringLiteral("%1 does not allow %2, so %3() is always false")
                         .arg(m_in.nodes[static_cast<std::size_t>(node)].name,
                              e.fn == Fn::IsDontKnow ? QStringLiteral("don't know") : QStringLiteral("refused"), name),
                     QStringLiteral("type"));
            return of(ValueType::Boolean);
        }
        }
        return bad();
    }

    const TypeContext& m_c;
    const Instrument& m_in;
    const TypeReport& m_report;
    bool m_failed = false;
};

} // namespace

QString typeName(const StaticType& t)
{
    QString base;
    switch (t.type) {
    case ValueType::Empty:
        base = QStringLiteral("''");
        break;
    case ValueType::Number:
        base = QStringLiteral("number");
        break;
    case ValueType::String:
        base = t.list >= 0 ? QStringLiteral("choice") : QStringLiteral("string");
        break;
    case ValueType::Boolean:
        base = QStringLiteral("boolean");
        break;
    case ValueType::Date:
        base = QStringLiteral("date");
        break;
    case ValueType::Choices:
        base = QStringLiteral("choices");
        break;
    case ValueType::Geopoint:
        base = QStringLiteral("geopoint");
        break;
    case ValueType::Attachment:
        base = QStringLiteral("attachment");
        break;
    case ValueType::Repeat:
        base = QStringLiteral("repeat");
        break;
    }
    return t.nodeSet ? QStringLiteral("node-set of %1").arg(base) : base;
}

bool checkTypes(Expr& root, const TypeContext& context, const StaticType& required, const TypeReport& report)
{
    Checker checker(context, report);
    const StaticType t = checker.check(root);
    if (t.failed || checker.failed())
        return false;
    if (required.type == ValueType::Empty)
        return true;
    bool fits = t.type == required.type || t.type == ValueType::Empty;
    // A default for select_multiple may be a string of space-separated codes (§7.6).
    if (!fits && required.type == ValueType::Choices && context.property == QLatin1String("default"))
        fits = t.type == ValueType::String;
    if (!fits) {
        QString hint;
        if (required.type == ValueType::Boolean && t.type == ValueType::Number)
            hint = QStringLiteral("; compare it with something, e.g. ${n} > 0");
        else if (required.type == ValueType::Number && t.type == ValueType::String)
            hint = QStringLiteral("; convert with number()");
        else if (required.type == ValueType::String)
            hint = QStringLiteral("; convert with string()");
        else if (required.type == ValueType::Date)
            hint = QStringLiteral("; convert with date()");
        report(0, QStringLiteral("type"),
               QStringLiteral("%1 must be %2, but the expression is %3%4")
                   .arg(context.property, typeName(required), typeName(t), hint),
               false);
        return false;
    }
    return true;
}

} // namespace baseline
