// SPDX-License-Identifier: GPL-3.0-or-later
#include "expression.h"

#include <array>

namespace baseline {

namespace {

// Same order as enum class Fn.
constexpr std::array<FunctionInfo, 23> Functions{{
    {"if", 3, 3},         {"not", 1, 1},    {"selected", 2, 2}, {"count-selected", 1, 1}, {"count", 1, 1},
    {"sum", 1, 1},        {"min", 1, -1},   {"max", 1, -1},     {"coalesce", 2, -1},      {"string-length", 1, 1},
    {"regex", 2, 2},      {"today", 0, 0},  {"int", 1, 1},      {"round", 1, 2},          {"position", 1, 1},
    {"number", 1, 1},     {"string", 1, 1}, {"date", 1, 1},     {"score", 1, 1},          {"is-dont-know", 1, 1},
    {"is-refused", 1, 1}, {"true", 0, 0},   {"false", 0, 0},
}};

enum class Tok { End, Number, String, Reference, Word, Dot, DotDot, Op, LParen, RParen, Comma, Error };

struct Token {
    Tok type = Tok::End;
    QString text;
    double number = 0;
    int offset = 0;
};

bool isLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || c == QLatin1Char('_');
}
bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

class Parser
{
public:
    Parser(const QString& src, const ParseOptions& options, ParsedExpression& out)
        : m_src(src)
        , m_options(options)
        , m_out(out)
    {
        advance();
    }

    std::unique_ptr<Expr> parseAll()
    {
        auto e = orExpr(0);
        if (e && m_tok.type != Tok::End)
            error(m_tok.offset, QStringLiteral("syntax"),
                  QStringLiteral("unexpected '%1' after a complete expression").arg(m_tok.text));
        return m_failed ? nullptr : std::move(e);
    }

private:
    void error(int offset, const QString& category, const QString& message)
    {
        if (!m_failed)
            m_out.errors.push_back({offset, category, message});
        m_failed = true;
    }

    void advance()
    {
        const int n = static_cast<int>(m_src.size());
        while (m_pos < n && m_src[m_pos].isSpace())
            ++m_pos;
        m_tok = Token{Tok::End, QString(), 0, m_pos};
        if (m_pos >= n)
            return;
        const QChar c = m_src[m_pos];
        const int start = m_pos;
        auto take = [&](Tok t, int len) {
            m_tok = Token{t, m_src.mid(start, len), 0, start};
            m_pos += len;
        };
        if (isDigit(c) || (c == QLatin1Char('.') && m_pos + 1 < n && isDigit(m_src[m_pos + 1]))) {
            int p = m_pos;
            while (p < n && isDigit(m_src[p]))
                ++p;
            if (p < n && m_src[p] == QLatin1Char('.')) {
                ++p;
                if (p >= n || !isDigit(m_src[p])) {
                    m_tok = Token{Tok::Error, QStringLiteral("digits expected after '.'"), 0, p};
                    return;
                }
                while (p < n && isDigit(m_src[p]))
                    ++p;
            }
            m_tok = Token{Tok::Number, m_src.mid(start, p - start), m_src.mid(start, p - start).toDouble(), start};
            m_pos = p;
            return;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int close = static_cast<int>(m_src.indexOf(c, m_pos + 1));
            if (close < 0) {
                m_tok = Token{Tok::Error, QStringLiteral("unterminated string literal"), 0, start};
                return;
            }
            m_tok = Token{Tok::String, m_src.mid(m_pos + 1, close - m_pos - 1), 0, start};
            m_pos = close + 1;
            return;
        }
        if (c == QLatin1Char('$')) {
            if (m_pos + 1 >= n || m_src[m_pos + 1] != QLatin1Char('{')) {
                m_tok = Token{Tok::Error, QStringLiteral("'$' must start a reference ${name}"), 0, start};
                return;
            }
            int p = m_pos + 2;
            while (p < n && (isLetter(m_src[p]) || isDigit(m_src[p])))
                ++p;
            const QString name = m_src.mid(m_pos + 2, p - m_pos - 2);
            if (p >= n || m_src[p] != QLatin1Char('}') || name.isEmpty() || isDigit(name[0])) {
                m_tok =
                    Token{Tok::Error, QStringLiteral("malformed reference: write ${name} with no spaces"), 0, start};
                return;
            }
            m_tok = Token{Tok::Reference, name, 0, start};
            m_pos = p + 1;
            return;
        }
        if (isLetter(c)) {
            int p = m_pos;
            while (p < n && (isLetter(m_src[p]) || isDigit(m_src[p]) || m_src[p] == QLatin1Char('-'))) {
                if (m_src[p] == QLatin1Char('-') && (p + 1 >= n || !isLetter(m_src[p + 1])))
                    break;
                ++p;
            }
            take(Tok::Word, p - m_pos);
            return;
        }
        if (c == QLatin1Char('.')) {
            if (m_pos + 1 < n && m_src[m_pos + 1] == QLatin1Char('.'))
                take(Tok::DotDot, 2);
            else
                take(Tok::Dot, 1);
            return;
        }
        if (c == QLatin1Char('('))
            return take(Tok::LParen, 1);
        if (c == QLatin1Char(')'))
            return take(Tok::RParen, 1);
        if (c == QLatin1Char(','))
            return take(Tok::Comma, 1);
        if (c == QLatin1Char('!') || c == QLatin1Char('<') || c == QLatin1Char('>')) {
            if (m_pos + 1 < n && m_src[m_pos + 1] == QLatin1Char('='))
                return take(Tok::Op, 2);
            if (c == QLatin1Char('!')) {
                m_tok = Token{Tok::Error, QStringLiteral("'!' is not an operator: write != or not()"), 0, start};
                return;
            }
            return take(Tok::Op, 1);
        }
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('*'))
            return take(Tok::Op, 1);
        m_tok = Token{Tok::Error, QStringLiteral("unexpected character '%1'").arg(c), 0, start};
    }

    bool isOp(const char* op) const
    {
        return (m_tok.type == Tok::Op || m_tok.type == Tok::Word) && m_tok.text == QLatin1String(op);
    }

    std::unique_ptr<Expr> binary(QString op, int offset, std::unique_ptr<Expr> l, std::unique_ptr<Expr> r)
    {
        auto e = std::make_unique<Expr>();
        e->kind = Expr::Kind::Binary;
        static const std::array<std::pair<const char*, Op>, 13> ops{{{"or", Op::Or},
                                                                     {"and", Op::And},
                                                                     {"=", Op::Eq},
                                                                     {"!=", Op::Ne},
                                                                     {"<", Op::Lt},
                                                                     {"<=", Op::Le},
                                                                     {">", Op::Gt},
                                                                     {">=", Op::Ge},
                                                                     {"+", Op::Add},
                                                                     {"-", Op::Sub},
                                                                     {"*", Op::Mul},
                                                                     {"div", Op::Div},
                                                                     {"mod", Op::Mod}}};
        for (const auto& [name, value] : ops)
            if (op == QLatin1String(name))
                e->op = value;
        e->text = std::move(op);
        e->offset = offset;
        e->args.push_back(std::move(l));
        e->args.push_back(std::move(r));
        return e;
    }

    bool deeper(int depth)
    {
        if (depth > m_options.maxDepth) {
            error(m_tok.offset, QStringLiteral("limit"),
                  QStringLiteral("expression nested deeper than %1 levels").arg(m_options.maxDepth));
            return false;
        }
        return true;
    }

    template<typename Next>
    std::unique_ptr<Expr> leftAssoc(int depth, std::initializer_list<const char*> ops, Next next)
    {
        auto left = next(depth);
        while (left && !m_failed) {
            const char* matched = nullptr;
            for (const char* op : ops)
                if (isOp(op))
                    matched = op;
            if (!matched)
                break;
            const int at = m_tok.offset;
            advance();
            auto right = next(depth);
            if (!right)
                return nullptr;
            left = binary(QString::fromLatin1(matched), at, std::move(left), std::move(right));
        }
        return left;
    }

    template<typename Next> std::unique_ptr<Expr> nonAssoc(int depth, std::initializer_list<const char*> ops, Next next)
    {
        auto left = next(depth);
        if (!left || m_failed)
            return left;
        for (const char* op : ops) {
            if (!isOp(op))
                continue;
            const int at = m_tok.offset;
            advance();
            auto right = next(depth);
            if (!right)
                return nullptr;
            for (const char* again : ops)
                if (isOp(again)) {
                    error(m_tok.offset, QStringLiteral("syntax"),
                          QStringLiteral("comparisons do not chain: use 'and' between two comparisons"));
                    return nullptr;
                }
            return binary(QString::fromLatin1(op), at, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Expr> orExpr(int d)
    {
        return leftAssoc(d, {"or"}, [this](int x) { return andExpr(x); });
    }
    std::unique_ptr<Expr> andExpr(int d)
    {
        return leftAssoc(d, {"and"}, [this](int x) { return eqExpr(x); });
    }
    std::unique_ptr<Expr> eqExpr(int d)
    {
        return nonAssoc(d, {"=", "!="}, [this](int x) { return relExpr(x); });
    }
    std::unique_ptr<Expr> relExpr(int d)
    {
        return nonAssoc(d, {"<=", ">=", "<", ">"}, [this](int x) { return addExpr(x); });
    }
    std::unique_ptr<Expr> addExpr(int d)
    {
        return leftAssoc(d, {"+", "-"}, [this](int x) { return mulExpr(x); });
    }
    std::unique_ptr<Expr> mulExpr(int d)
    {
        return leftAssoc(d, {"*", "div", "mod"}, [this](int x) { return unary(x); });
    }

    std::unique_ptr<Expr> unary(int depth)
    {
        if (!deeper(depth))
            return nullptr;
        if (isOp("-") && m_tok.type == Tok::Op) {
            const int at = m_tok.offset;
            advance();
            auto operand = unary(depth + 1);
            if (!operand)
                return nullptr;
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Kind::Unary;
            e->op = Op::Neg;
            e->text = QStringLiteral("-");
            e->offset = at;
            e->args.push_back(std::move(operand));
            return e;
        }
        return primary(depth);
    }

    std::unique_ptr<Expr> primary(int depth)
    {
        auto e = std::make_unique<Expr>();
        e->offset = m_tok.offset;
        switch (m_tok.type) {
        case Tok::Error:
            error(m_tok.offset, QStringLiteral("syntax"), m_tok.text);
            return nullptr;
        case Tok::End:
            error(m_tok.offset, QStringLiteral("syntax"), QStringLiteral("the expression ends too early"));
            return nullptr;
        case Tok::Number:
            e->kind = Expr::Kind::Number;
            e->number = m_tok.number;
            advance();
            return e;
        case Tok::String:
            e->kind = Expr::Kind::String;
            e->text = m_tok.text;
            advance();
            return e;
        case Tok::Reference:
            e->kind = Expr::Kind::Reference;
            e->text = m_tok.text;
            m_out.references.emplace_back(m_tok.text, m_tok.offset);
            advance();
            return e;
        case Tok::Dot:
            e->kind = Expr::Kind::Dot;
            m_out.usesDot = true;
            advance();
            return e;
        case Tok::LParen: {
            advance();
            auto inner = orExpr(depth + 1);
            if (!inner)
                return nullptr;
            if (m_tok.type != Tok::RParen) {
                error(m_tok.offset, QStringLiteral("syntax"), QStringLiteral("')' expected"));
                return nullptr;
            }
            advance();
            return inner;
        }
        case Tok::Word:
            break;
        default:
            error(m_tok.offset, QStringLiteral("syntax"), QStringLiteral("unexpected '%1'").arg(m_tok.text));
            return nullptr;
        }
        // A word: operator keyword (misplaced), function call or bare attribute.
        const QString word = m_tok.text;
        const int at = m_tok.offset;
        if (word == QLatin1String("and") || word == QLatin1String("or") || word == QLatin1String("div")
            || word == QLatin1String("mod")) {
            error(at, QStringLiteral("syntax"), QStringLiteral("'%1' needs something on its left").arg(word));
            return nullptr;
        }
        advance();
        if (m_tok.type == Tok::LParen) {
            const FunctionInfo* f = findFunction(word);
            if (!f) {
                error(at, QStringLiteral("reference"), QStringLiteral("unknown function %1()").arg(word));
                return nullptr;
            }
            advance();
            e->kind = Expr::Kind::Call;
            e->text = word;
            e->fn = static_cast<Fn>(f - Functions.data());
            if (word == QLatin1String("position")) {
                if (m_tok.type != Tok::DotDot) {
                    error(m_tok.offset, QStringLiteral("syntax"), QStringLiteral("write position(..)"));
                    return nullptr;
                }
                advance();
                e->kind = Expr::Kind::Position;
                m_out.usesPosition = true;
            } else if (m_tok.type != Tok::RParen) {
                for (;;) {
                    auto arg = orExpr(depth + 1);
                    if (!arg)
                        return nullptr;
                    e->args.push_back(std::move(arg));
                    if (m_tok.type == Tok::Comma) {
                        advance();
                        continue;
                    }
                    break;
                }
            }
            if (m_tok.type != Tok::RParen) {
                error(m_tok.offset, QStringLiteral("syntax"),
                      QStringLiteral("')' or ',' expected in the arguments of %1()").arg(word));
                return nullptr;
            }
            advance();
            const int n = static_cast<int>(e->args.size());
            if (e->kind == Expr::Kind::Call && (n < f->minArgs || (f->maxArgs >= 0 && n > f->maxArgs))) {
                error(at, QStringLiteral("type"),
                      f->minArgs == f->maxArgs
                          ? QStringLiteral("%1() takes %2 argument(s), not %3").arg(word).arg(f->minArgs).arg(n)
                          : QStringLiteral("%1() takes at least %2 argument(s), not %3")
                                .arg(word)
                                .arg(f->minArgs)
                                .arg(n));
                return nullptr;
            }
            return e;
        }
        if (!m_options.allowAttributes) {
            error(at, QStringLiteral("reference"),
                  word.contains(QLatin1Char('-'))
                      ? QStringLiteral("bare name '%1': to subtract, put spaces around '-'").arg(word)
                      : QStringLiteral("bare name '%1'; did you mean ${%1}?").arg(word));
            return nullptr;
        }
        e->kind = Expr::Kind::Attribute;
        e->text = word;
        return e;
    }

    const QString& m_src;
    const ParseOptions& m_options;
    ParsedExpression& m_out;
    Token m_tok;
    int m_pos = 0;
    bool m_failed = false;
};

} // namespace

const FunctionInfo* findFunction(const QString& name)
{
    for (const auto& f : Functions)
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

ParsedExpression parseExpression(const QString& source, const ParseOptions& options)
{
    ParsedExpression out;
    if (source.size() > options.maxLength) {
        out.errors.push_back({0, QStringLiteral("limit"),
                              QStringLiteral("expression of %1 characters; at most %2 are allowed")
                                  .arg(source.size())
                                  .arg(options.maxLength)});
        return out;
    }
    if (source.trimmed().isEmpty()) {
        out.errors.push_back({0, QStringLiteral("syntax"), QStringLiteral("empty expression")});
        return out;
    }
    Parser parser(source, options, out);
    out.root = parser.parseAll();
    return out;
}

} // namespace baseline
