// SPDX-License-Identifier: GPL-3.0-or-later
// The instrument loader: the phases of docs/instrument-format.md §14.1. Every problem becomes a Diagnostic with the
// file, line, column and item; nothing here throws past this file or aborts.
#include "instrument.h"

#include "instrument/jsonreader.h"
#include "logic/expression.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace baseline {

namespace {

const QStringList ExpressionProperties{QStringLiteral("relevant"),      QStringLiteral("constraint"),
                                       QStringLiteral("required"),      QStringLiteral("calculate"),
                                       QStringLiteral("choice_filter"), QStringLiteral("repeat_count"),
                                       QStringLiteral("default")};
const QStringList TextProperties{QStringLiteral("label"), QStringLiteral("hint"), QStringLiteral("constraint_message"),
                                 QStringLiteral("required_message"), QStringLiteral("instance_label")};

/** The compiled instrument schema, parsed once from the embedded copy of schema/instrument.schema.json. */
const valijson::Schema* instrumentSchema(QString& problem)
{
    static std::unique_ptr<valijson::Schema> schema;
    static QString failure;
    static bool tried = false;
    if (!tried) {
        tried = true;
        QFile f(QStringLiteral(":/baseline/schema/instrument.schema.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            failure = QStringLiteral("the instrument schema is missing from this build");
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
            try {
                auto s = std::make_unique<valijson::Schema>();
                valijson::SchemaParser parser;
                valijson::adapters::QtJsonAdapter adapter(doc.object());
                parser.populateSchema(adapter, *s);
                schema = std::move(s);
            } catch (const std::exception& e) {
                failure = QStringLiteral("the instrument schema does not compile: %1").arg(QString::fromUtf8(e.what()));
            }
        }
    }
    problem = failure;
    return schema.get();
}

class Loader
{
public:
    Loader(const QByteArray& bytes, QString path)
        : m_bytes(bytes)
        , m_path(std::move(path))
    { }

    LoadResult run()
    {
        LoadResult out;
        if (m_bytes.size() > limits::MaxFileBytes) {
            add({}, QStringLiteral("limit"),
                QStringLiteral("the file is %1 bytes; at most %2 are allowed")
                    .arg(m_bytes.size())
                    .arg(limits::MaxFileBytes));
            return finish();
        }
        auto root = m_reader.parse(m_bytes);
        if (!root) {
            Diagnostic d;
            d.file = m_path;
            d.line = m_reader.error().at.line;
            d.column = m_reader.error().at.column;
            d.category = QStringLiteral("json");
            d.text = m_reader.error().message;
            m_diags.append(d);
            return finish();
        }
        if (!root->isObject()) {
            add({}, QStringLiteral("schema"), QStringLiteral("an instrument file holds one JSON object"));
            return finish();
        }
        m_root = root->toObject();
        const QJsonValue fv = m_root.value(QStringLiteral("format_version"));
        if (fv.toDouble(-1) != 1) {
            add(QStringLiteral("/format_version"), QStringLiteral("schema"),
                fv.isUndefined()
                    ? QStringLiteral("format_version is missing (this Baseline reads 1)")
                    : QStringLiteral("unsupported format_version %1 (this Baseline reads 1)")
                          .arg(fv.isDouble() ? QString::number(fv.toDouble()) : QStringLiteral("(not a number)")));
            return finish();
        }
        collectNodes(); // before schema messages, so they can name their item
        if (!validateSchema())
            return finish();
        checkStructure();
        checkNames();
        checkExpressions();
        checkCycles();
        checkTranslations();
        return finish();
    }

private:
    void add(const QString& pointer, const QString& category, const QString& text,
             Diagnostic::Severity severity = Diagnostic::Severity::Error, TextPosition at = {0, 0})
    {
        Diagnostic d;
        d.file = m_path;
        const TextPosition p = at.line > 0 ? at : m_reader.positionOf(pointer);
        d.line = p.line;
        d.column = p.column;
        d.item = itemAt(pointer);
        d.severity = severity;
        d.category = category;
        d.text = text;
        m_diags.append(d);
    }

    /** The innermost node whose pointer is a prefix of `pointer`. */
    QString itemAt(const QString& pointer) const
    {
        QString best = QStringLiteral("-");
        qsizetype bestLength = -1;
        for (const auto& n : m_nodes)
            if ((pointer == n.pointer || pointer.startsWith(n.pointer + QLatin1Char('/')))
                && n.pointer.size() > bestLength) {
                best = n.name.isEmpty() ? QStringLiteral("-") : n.name;
                bestLength = n.pointer.size();
            }
        if (bestLength < 0) {
            if (pointer.startsWith(QLatin1String("/choice_lists/"))) {
                const QStringList parts = pointer.split(QLatin1Char('/'));
                return QStringLiteral("choices:") + parts.value(2);
            }
            for (const char* part : {"metadata", "languages", "indicators"})
                if (pointer.startsWith(QLatin1Char('/') + QLatin1String(part)))
                    return QString::fromLatin1(part);
        }
        return best;
    }

    void collectNodes()
    {
        std::function<void(const QJsonArray&, const QString&, int, int, int)> walk =
            [&](const QJsonArray& children, const QString& base, int parent, int repeat, int depth) {
                for (int i = 0; i < children.size(); ++i) {
                    const QJsonObject o = children[i].toObject();
                    InstrumentNode n;
                    n.name = o.value(QStringLiteral("name")).toString();
                    n.type = o.value(QStringLiteral("type")).toString();
                    n.pointer = base + QLatin1Char('/') + QString::number(i);
                    n.parent = parent;
                    n.depth = depth;
                    n.json = o;
                    const int index = static_cast<int>(m_nodes.size());
                    n.repeat = n.type == QLatin1String("repeat") ? index : repeat;
                    m_nodes.push_back(n);
                    if (m_nodes.size() > static_cast<std::size_t>(limits::MaxNodes) + 1)
                        return;
                    if (o.contains(QStringLiteral("children")))
                        walk(o.value(QStringLiteral("children")).toArray(), n.pointer + QStringLiteral("/children"),
                             index, n.repeat, depth + 1);
                }
            };
        walk(m_root.value(QStringLiteral("sections")).toArray(), QStringLiteral("/sections"), -1, -1, 0);
    }

    bool validateSchema()
    {
        QString problem;
        const valijson::Schema* schema = instrumentSchema(problem);
        if (!schema) {
            add({}, QStringLiteral("schema"), problem);
            return false;
        }
        valijson::Validator validator;
        valijson::ValidationResults results;
        try {
            valijson::adapters::QtJsonAdapter target{QJsonValue(m_root)};
            validator.validate(*schema, target, &results);
        } catch (const std::exception& e) {
            add({}, QStringLiteral("schema"),
                QStringLiteral("schema validation failed: %1").arg(QString::fromUtf8(e.what())));
            return false;
        }
        valijson::ValidationResults::Error error;
        QSet<QString> seen;
        while (results.popError(error)) {
            QString pointer;
            for (const std::string& part : error.context) {
                if (part == "<root>")
                    continue;
                QString token = QString::fromStdString(part);
                if (token.startsWith(QLatin1Char('[')) && token.endsWith(QLatin1Char(']')))
                    token = token.mid(1, token.size() - 2);
                if (token.startsWith(QLatin1Char('"')) && token.endsWith(QLatin1Char('"')))
                    token = token.mid(1, token.size() - 2);
                pointer += QLatin1Char('/') + JsonReader::escapePointerToken(token);
            }
            const QString description = QString::fromStdString(error.description);
            // valijson reports each failed if/then and allOf branch too; keep the specific leaf messages.
            if (description.contains(QLatin1String("Failed to validate against schema associated with property"))
                || description.contains(QLatin1String("Failed to validate item"))
                || description.contains(QLatin1String("Failed to validate against child schema"))
                || description.contains(QLatin1String("Failed to validate against 'then'"))
                || description.contains(QLatin1String("Failed to validate against 'else'"))
                || description.contains(QLatin1String("Failed to validate against a conditional schema")))
                continue;
            const QString key = pointer + description;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            // Point at the deepest part of the pointer that exists in the file.
            QString at = pointer;
            while (!at.isEmpty() && !m_reader.hasPosition(at))
                at = at.left(at.lastIndexOf(QLatin1Char('/')));
            add(at, QStringLiteral("schema"),
                QStringLiteral("%1: %2").arg(pointer.isEmpty() ? QStringLiteral("/") : pointer, description));
        }
        return seen.isEmpty();
    }

    void checkStructure()
    {
        if (m_nodes.size() > static_cast<std::size_t>(limits::MaxNodes))
            add({}, QStringLiteral("limit"),
                QStringLiteral("more than %1 sections, repeats and items; at most %1 are allowed")
                    .arg(limits::MaxNodes));
        for (const auto& n : m_nodes) {
            if (n.depth >= limits::MaxNesting)
                add(n.pointer, QStringLiteral("limit"),
                    QStringLiteral("nested %1 levels deep; at most %2 are allowed")
                        .arg(n.depth + 1)
                        .arg(limits::MaxNesting));
            int repeats = 0;
            for (int r = n.repeat; r >= 0; r = m_nodes[static_cast<std::size_t>(r)].parent >= 0
                     ? m_nodes[static_cast<std::size_t>(m_nodes[static_cast<std::size_t>(r)].parent)].repeat
                     : -1)
                ++repeats;
            if (n.type == QLatin1String("repeat") && repeats > limits::MaxRepeatNesting)
                add(n.pointer, QStringLiteral("limit"),
                    QStringLiteral("repeats nested %1 deep; at most %2 are allowed")
                        .arg(repeats)
                        .arg(limits::MaxRepeatNesting));
        }
    }

    void checkNames()
    {
        QHash<QString, int> lower;
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            const auto& n = m_nodes[i];
            const QString key = n.name.toLower();
            if (lower.contains(key)) {
                const auto& first = m_nodes[static_cast<std::size_t>(lower.value(key))];
                const TextPosition p = m_reader.positionOf(first.pointer + QStringLiteral("/name"));
                add(n.pointer + QStringLiteral("/name"), QStringLiteral("duplicate"),
                    QStringLiteral("name '%1' is already used at %2:%3 (names are compared ignoring case)")
                        .arg(n.name)
                        .arg(p.line)
                        .arg(p.column));
                continue;
            }
            lower.insert(key, static_cast<int>(i));
            m_byName.insert(n.name, static_cast<int>(i));
        }
        const QJsonObject lists = m_root.value(QStringLiteral("choice_lists")).toObject();
        for (const auto& n : m_nodes) {
            const QJsonValue choices = n.json.value(QStringLiteral("choices"));
            if (choices.isString() && !lists.contains(choices.toString()))
                add(n.pointer + QStringLiteral("/choices"), QStringLiteral("reference"),
                    QStringLiteral("unknown choice list '%1'").arg(choices.toString()));
        }
        QStringList languages;
        for (const auto& l : m_root.value(QStringLiteral("languages")).toArray())
            languages << l.toObject().value(QStringLiteral("code")).toString();
        m_languages = languages;
        m_defaultLanguage = m_root.value(QStringLiteral("default_language")).toString();
        if (!languages.contains(m_defaultLanguage))
            add(QStringLiteral("/default_language"), QStringLiteral("reference"),
                QStringLiteral("default_language '%1' is not one of the declared languages").arg(m_defaultLanguage));
    }

    void checkExpressions()
    {
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            const auto& n = m_nodes[i];
            for (const QString& prop : ExpressionProperties) {
                const QJsonValue v = n.json.value(prop);
                if (!v.isString())
                    continue;
                const QString pointer = n.pointer + QLatin1Char('/') + prop;
                ParseOptions options;
                options.allowAttributes = prop == QLatin1String("choice_filter");
                options.maxLength = limits::MaxExpressionLength;
                const ParsedExpression parsed = parseExpression(v.toString(), options);
                for (const auto& e : parsed.errors)
                    add(pointer, e.category, QStringLiteral("%1 in \"%2\"").arg(e.message, v.toString()),
                        Diagnostic::Severity::Error, m_reader.positionInString(pointer, e.offset));
                if (!parsed.root)
                    continue;
                if (parsed.usesDot && prop != QLatin1String("constraint"))
                    add(pointer, QStringLiteral("type"),
                        QStringLiteral("'.' (this item's value) is allowed only in constraint, not in %1").arg(prop));
                if (parsed.usesPosition && n.repeat < 0)
                    add(pointer, QStringLiteral("type"),
                        QStringLiteral("position(..) is used outside any repeat in %1").arg(prop));
                for (const auto& [name, offset] : parsed.references) {
                    const TextPosition at = m_reader.positionInString(pointer, offset);
                    const int target = m_byName.value(name, -1);
                    if (target < 0) {
                        add(pointer, QStringLiteral("reference"),
                            QStringLiteral("unknown item ${%1}%2").arg(name, suggestion(name)),
                            Diagnostic::Severity::Error, at);
                        continue;
                    }
                    const QString& ttype = m_nodes[static_cast<std::size_t>(target)].type;
                    if (ttype == QLatin1String("section") || ttype == QLatin1String("note")) {
                        add(pointer, QStringLiteral("reference"),
                            QStringLiteral("${%1} is a %2 and has no value").arg(name, ttype),
                            Diagnostic::Severity::Error, at);
                        continue;
                    }
                    if (static_cast<std::size_t>(target) == i && prop != QLatin1String("constraint")) {
                        add(pointer, QStringLiteral("cycle"),
                            QStringLiteral("%1 refers to itself in %2 (use '.' in a constraint)").arg(name, prop),
                            Diagnostic::Severity::Error, at);
                        continue;
                    }
                    // Values drive other values through relevance, calculations and repeat counts (§10).
                    if (prop == QLatin1String("relevant") || prop == QLatin1String("calculate")
                        || prop == QLatin1String("repeat_count"))
                        m_edges[target].insert(static_cast<int>(i));
                }
            }
        }
        // A node depends on whatever decides its ancestors' relevance: edges from ancestors to children.
        for (std::size_t i = 0; i < m_nodes.size(); ++i)
            if (m_nodes[i].parent >= 0)
                m_edges[m_nodes[i].parent].insert(static_cast<int>(i));
    }

    QString suggestion(const QString& name) const
    {
        // The closest existing name by edit distance, if it is close.
        QString best;
        int bestDistance = 3;
        for (auto it = m_byName.begin(); it != m_byName.end(); ++it) {
            const QString& c = it.key();
            std::vector<int> prev(static_cast<std::size_t>(c.size()) + 1), cur(prev.size());
            for (std::size_t j = 0; j < prev.size(); ++j)
                prev[j] = static_cast<int>(j);
            for (int a = 1; a <= name.size(); ++a) {
                cur[0] = a;
                for (int b = 1; b <= c.size(); ++b)
                    cur[static_cast<std::size_t>(b)] =
                        std::min({prev[static_cast<std::size_t>(b)] + 1, cur[static_cast<std::size_t>(b - 1)] + 1,
                                  prev[static_cast<std::size_t>(b - 1)] + (name[a - 1] == c[b - 1] ? 0 : 1)});
                std::swap(prev, cur);
            }
            if (prev.back() < bestDistance) {
                bestDistance = prev.back();
                best = c;
            }
        }
        return best.isEmpty() ? QString() : QStringLiteral(" (did you mean ${%1}?)").arg(best);
    }

    void checkCycles()
    {
        // Iterative DFS with colours; a back edge closes a cycle, reported once with its members in order.
        const int n = static_cast<int>(m_nodes.size());
        std::vector<int> colour(static_cast<std::size_t>(n), 0), parentOf(static_cast<std::size_t>(n), -1);
        QSet<QString> reported;
        for (int start = 0; start < n; ++start) {
            if (colour[static_cast<std::size_t>(start)] != 0)
                continue;
            std::vector<std::pair<int, std::vector<int>>> stack;
            auto push = [&](int v) {
                colour[static_cast<std::size_t>(v)] = 1;
                const auto targets = m_edges.value(v);
                stack.emplace_back(v, std::vector<int>(targets.begin(), targets.end()));
                std::sort(stack.back().second.begin(), stack.back().second.end());
            };
            push(start);
            while (!stack.empty()) {
                auto& [v, next] = stack.back();
                if (next.empty()) {
                    colour[static_cast<std::size_t>(v)] = 2;
                    stack.pop_back();
                    continue;
                }
                const int w = next.back();
                next.pop_back();
                if (colour[static_cast<std::size_t>(w)] == 0) {
                    parentOf[static_cast<std::size_t>(w)] = v;
                    push(w);
                } else if (colour[static_cast<std::size_t>(w)] == 1) {
                    QStringList names;
                    for (int x = v; x != w && x >= 0; x = parentOf[static_cast<std::size_t>(x)])
                        names.prepend(m_nodes[static_cast<std::size_t>(x)].name);
                    names.prepend(m_nodes[static_cast<std::size_t>(w)].name);
                    names.append(m_nodes[static_cast<std::size_t>(w)].name);
                    QStringList sorted = names;
                    sorted.sort();
                    if (reported.contains(sorted.join(QLatin1Char(','))))
                        continue;
                    reported.insert(sorted.join(QLatin1Char(',')));
                    add(m_nodes[static_cast<std::size_t>(w)].pointer, QStringLiteral("cycle"),
                        QStringLiteral("dependency cycle: %1").arg(names.join(QStringLiteral(" -> "))));
                }
            }
        }
    }

    void checkTranslations()
    {
        auto checkMap = [&](const QJsonValue& v, const QString& pointer, const QString& what) {
            if (!v.isObject())
                return;
            const QJsonObject map = v.toObject();
            if (!map.contains(m_defaultLanguage))
                add(pointer, QStringLiteral("translation"),
                    QStringLiteral("%1 has no text in the default language '%2'").arg(what, m_defaultLanguage));
            for (const QString& lang : m_languages)
                if (lang != m_defaultLanguage && !map.contains(lang))
                    add(pointer, QStringLiteral("translation"),
                        QStringLiteral("%1 has no text for language '%2'").arg(what, lang),
                        Diagnostic::Severity::Warning);
            for (auto it = map.begin(); it != map.end(); ++it)
                if (!m_languages.contains(it.key()))
                    add(pointer + QLatin1Char('/') + it.key(), QStringLiteral("reference"),
                        QStringLiteral("%1 has text for '%2', which is not a declared language").arg(what, it.key()));
        };
        checkMap(m_root.value(QStringLiteral("title")), QStringLiteral("/title"), QStringLiteral("title"));
        checkMap(m_root.value(QStringLiteral("description")), QStringLiteral("/description"),
                 QStringLiteral("description"));
        const QJsonObject metadata = m_root.value(QStringLiteral("metadata")).toObject();
        checkMap(metadata.value(QStringLiteral("consent")), QStringLiteral("/metadata/consent"),
                 QStringLiteral("consent"));
        for (const auto& n : m_nodes)
            for (const QString& prop : TextProperties)
                checkMap(n.json.value(prop), n.pointer + QLatin1Char('/') + prop, prop);
        const QJsonObject lists = m_root.value(QStringLiteral("choice_lists")).toObject();
        for (auto it = lists.begin(); it != lists.end(); ++it) {
            const QJsonArray choices = it.value().toObject().value(QStringLiteral("choices")).toArray();
            for (int i = 0; i < choices.size(); ++i)
                checkMap(choices[i].toObject().value(QStringLiteral("label")),
                         QStringLiteral("/choice_lists/%1/choices/%2/label")
                             .arg(JsonReader::escapePointerToken(it.key()))
                             .arg(i),
                         QStringLiteral("label of choice '%1'")
                             .arg(choices[i].toObject().value(QStringLiteral("value")).toString()));
        }
    }

    LoadResult finish()
    {
        std::stable_sort(m_diags.begin(), m_diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
        LoadResult out;
        if (m_diags.size() > 100)
            m_diags.resize(100);
        out.diagnostics = m_diags;
        if (hasErrors(m_diags))
            return out;
        auto instrument = std::make_shared<Instrument>();
        instrument->id = m_root.value(QStringLiteral("id")).toString();
        instrument->version = m_root.value(QStringLiteral("version")).toString();
        instrument->defaultLanguage = m_defaultLanguage;
        instrument->languages = m_languages;
        const QJsonObject metadata = m_root.value(QStringLiteral("metadata")).toObject();
        instrument->service = metadata.value(QStringLiteral("service")).toString();
        instrument->sensitive = metadata.value(QStringLiteral("sensitive")).toBool();
        instrument->sha256 = QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256);
        instrument->json = m_root;
        instrument->nodes = m_nodes;
        instrument->byName = m_byName;
        out.instrument = std::move(instrument);
        return out;
    }

    const QByteArray& m_bytes;
    QString m_path;
    JsonReader m_reader{limits::MaxJsonDepth};
    QJsonObject m_root;
    std::vector<InstrumentNode> m_nodes;
    QHash<QString, int> m_byName;
    QHash<int, QSet<int>> m_edges; // from a node to the nodes whose relevance, value or count it drives
    QStringList m_languages;
    QString m_defaultLanguage;
    Diagnostics m_diags;
};

} // namespace

LoadResult loadInstrument(const QByteArray& bytes, const QString& shownPath)
{
    return Loader(bytes, shownPath).run();
}

LoadResult loadInstrumentFile(const QString& path)
{
    QFile f(path);
    LoadResult out;
    if (!f.open(QIODevice::ReadOnly)) {
        Diagnostic d;
        d.file = path;
        d.category = QStringLiteral("json");
        d.text = QStringLiteral("cannot read the file (%1)").arg(f.errorString());
        out.diagnostics.append(d);
        return out;
    }
    if (f.size() > limits::MaxFileBytes) {
        Diagnostic d;
        d.file = path;
        d.category = QStringLiteral("limit");
        d.text = QStringLiteral("the file is %1 bytes; at most %2 are allowed").arg(f.size()).arg(limits::MaxFileBytes);
        out.diagnostics.append(d);
        return out;
    }
    return loadInstrument(f.readAll(), path);
}

} // namespace baseline
