// SPDX-License-Identifier: GPL-3.0-or-later
// The instrument loader: the phases of docs/instrument-format.md §14.1. Every problem becomes a Diagnostic with the
// file, line, column and item; nothing here throws past this file or aborts.
#include "instrument.h"

#include "instrument/jsonreader.h"
#include "instrument/typechecker.h"
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
#include <map>
#include <queue>
#include <stdexcept>

namespace baseline {

namespace {

const QStringList ExpressionProperties{QStringLiteral("relevant"),      QStringLiteral("constraint"),
                                       QStringLiteral("required"),      QStringLiteral("calculate"),
                                       QStringLiteral("choice_filter"), QStringLiteral("repeat_count"),
                                       QStringLiteral("default")};
const QStringList TextProperties{QStringLiteral("label"), QStringLiteral("hint"), QStringLiteral("constraint_message"),
                                 QStringLiteral("required_message"), QStringLiteral("instance_label")};

/**
 * The instrument schema, compiled once from the embedded copy of schema/instrument.schema.json, in the shape the
 * loader uses it: valijson checks a node against all fifteen `if type = X then node_X` branches of
 * definitions/node, building a validation context for each, which made the schema phase of a 2,000-item file cost
 * ~40 ms. So the same schema file is compiled into (a) the whole-file schema with nested nodes only required to be
 * objects, and (b) one schema per node type (definitions/node_X with the same shallow children); the loader
 * validates the file with (a) and each node with the (b) of its type, or with definitions/node when the type is
 * unknown, which reports the enum error. Every node is still checked against exactly the definitions the schema
 * gives it.
 */
struct CompiledSchemas {
    std::unique_ptr<valijson::Schema> file;
    std::unique_ptr<valijson::Schema> anyNode;
    std::map<QString, std::unique_ptr<valijson::Schema>> byType;
    QString failure;
};

const CompiledSchemas& instrumentSchemas()
{
    static const CompiledSchemas compiled = [] {
        CompiledSchemas out;
        QFile f(QStringLiteral(":/baseline/schema/instrument.schema.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            out.failure = QStringLiteral("the instrument schema is missing from this build");
            return out;
        }
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject definitions = root.value(QStringLiteral("definitions")).toObject();
        const QJsonObject fullNode = definitions.value(QStringLiteral("node")).toObject();
        definitions.insert(QStringLiteral("node"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}});
        root.insert(QStringLiteral("definitions"), definitions);
        const auto compile = [](const QJsonObject& schema) {
            auto s = std::make_unique<valijson::Schema>();
            valijson::SchemaParser parser;
            valijson::adapters::QtJsonAdapter adapter(schema);
            parser.populateSchema(adapter, *s);
            return s;
        };
        const auto refTo = [&](const QString& definition) {
            return QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/") + definition},
                               {QStringLiteral("definitions"), definitions}};
        };
        try {
            out.file = compile(root);
            QJsonObject any = fullNode;
            any.insert(QStringLiteral("definitions"), definitions);
            out.anyNode = compile(any);
            for (const auto& t : fullNode.value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("type"))
                                     .toObject()
                                     .value(QStringLiteral("enum"))
                                     .toArray())
                out.byType[t.toString()] = compile(refTo(QStringLiteral("node_") + t.toString()));
        } catch (const std::exception& e) {
            out.failure = QStringLiteral("the instrument schema does not compile: %1").arg(QString::fromUtf8(e.what()));
        }
        return out;
    }();
    return compiled;
}

/** Cluster I service ids of the embedded services catalogue (questionnaires/services/menu.json). */
const QSet<QString>& clusterOneServices()
{
    static const QSet<QString> ids = [] {
        QSet<QString> out;
        QFile f(QStringLiteral(":/baseline/services/menu.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray clusters =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("clusters")).toArray();
        for (const auto& c : clusters)
            if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("I"))
                for (const auto& svc : c.toObject().value(QStringLiteral("services")).toArray())
                    out.insert(svc.toObject().value(QStringLiteral("id")).toString());
        return out;
    }();
    return ids;
}

ValueType valueTypeOf(const QString& type, const QJsonObject& json)
{
    if (type == QLatin1String("integer") || type == QLatin1String("decimal"))
        return ValueType::Number;
    if (type == QLatin1String("text") || type == QLatin1String("select_one") || type == QLatin1String("likert")
        || type == QLatin1String("yes_no"))
        return ValueType::String;
    if (type == QLatin1String("date"))
        return ValueType::Date;
    if (type == QLatin1String("select_multiple"))
        return ValueType::Choices;
    if (type == QLatin1String("geopoint"))
        return ValueType::Geopoint;
    if (type == QLatin1String("photo") || type == QLatin1String("file"))
        return ValueType::Attachment;
    if (type == QLatin1String("repeat"))
        return ValueType::Repeat;
    if (type == QLatin1String("calculate")) {
        const QString r = json.value(QStringLiteral("result_type")).toString();
        if (r == QLatin1String("number"))
            return ValueType::Number;
        if (r == QLatin1String("string"))
            return ValueType::String;
        if (r == QLatin1String("boolean"))
            return ValueType::Boolean;
        if (r == QLatin1String("date"))
            return ValueType::Date;
    }
    return ValueType::Empty;
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
        compileStructure();
        checkExpressions();
        checkCycles();
        checkInterpolations();
        checkIndicators();
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
        const CompiledSchemas& schemas = instrumentSchemas();
        if (!schemas.failure.isEmpty() || !schemas.file || !schemas.anyNode) {
            add({}, QStringLiteral("schema"), schemas.failure);
            return false;
        }
        QSet<QString> seen;
        valijson::Validator validator;
        const auto run = [&](const valijson::Schema& schema, const QJsonValue& value, const QString& base) {
            valijson::ValidationResults results;
            try {
                valijson::adapters::QtJsonAdapter target{value};
                validator.validate(schema, target, &results);
            } catch (const std::exception& e) {
                add(base, QStringLiteral("schema"),
                    QStringLiteral("schema validation failed: %1").arg(QString::fromUtf8(e.what())));
                seen.insert(base);
                return;
            }
            report(results, base, seen);
        };
        run(*schemas.file, QJsonValue(m_root), QString());
        for (const InstrumentNode& n : m_nodes) {
            const auto it = schemas.byType.find(n.type);
            run(it == schemas.byType.end() ? *schemas.anyNode : *it->second, QJsonValue(n.json), n.pointer);
        }
        return seen.isEmpty();
    }

    void report(valijson::ValidationResults& results, const QString& base, QSet<QString>& seen)
    {
        valijson::ValidationResults::Error error;
        while (results.popError(error)) {
            QString pointer = base;
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

    /** Choice lists, node kinds, types, bounds and scopes: what expressions are checked against (§7, §8). */
    void compileStructure()
    {
        Instrument& in = *m_in;
        const QJsonObject lists = m_root.value(QStringLiteral("choice_lists")).toObject();
        for (auto it = lists.begin(); it != lists.end(); ++it) {
            ChoiceList list;
            list.id = it.key();
            const QString base = QStringLiteral("/choice_lists/") + JsonReader::escapePointerToken(it.key());
            const QJsonArray choices = it.value().toObject().value(QStringLiteral("choices")).toArray();
            for (int i = 0; i < choices.size(); ++i) {
                const QJsonObject o = choices[i].toObject();
                Choice c;
                c.code = o.value(QStringLiteral("value")).toString();
                if (o.value(QStringLiteral("score")).isDouble())
                    c.score = o.value(QStringLiteral("score")).toDouble();
                c.label = o.value(QStringLiteral("label")).toObject();
                c.filter = o.value(QStringLiteral("filter")).toObject();
                const QString at = base + QStringLiteral("/choices/") + QString::number(i);
                if (list.byCode.contains(c.code)) {
                    const TextPosition first = m_reader.positionOf(base + QStringLiteral("/choices/")
                                                                   + QString::number(list.byCode.value(c.code)));
                    add(at + QStringLiteral("/value"), QStringLiteral("duplicate"),
                        QStringLiteral("code '%1' already used at %2:%3")
                            .arg(c.code)
                            .arg(first.line)
                            .arg(first.column));
                }
                for (auto a = c.filter.begin(); a != c.filter.end(); ++a) {
                    static const QStringList reserved{QStringLiteral("value"), QStringLiteral("score"),
                                                      QStringLiteral("and"),   QStringLiteral("or"),
                                                      QStringLiteral("div"),   QStringLiteral("mod")};
                    const QString apointer = at + QStringLiteral("/filter/") + a.key();
                    if (reserved.contains(a.key())) {
                        add(apointer, QStringLiteral("rule"),
                            QStringLiteral("'%1' is reserved and cannot be a filter attribute").arg(a.key()));
                        continue;
                    }
                    const ValueType t = a.value().isDouble() ? ValueType::Number
                        : a.value().isBool()                 ? ValueType::Boolean
                                                             : ValueType::String;
                    if (list.attributes.contains(a.key()) && list.attributes.value(a.key()) != t)
                        add(apointer, QStringLiteral("type"),
                            QStringLiteral("attribute '%1' has another type in an earlier choice of this list")
                                .arg(a.key()));
                    else
                        list.attributes.insert(a.key(), t);
                }
                list.byCode.insert(c.code, static_cast<int>(list.choices.size()));
                list.choices.push_back(std::move(c));
            }
            in.listByName.insert(list.id, static_cast<int>(in.lists.size()));
            in.lists.push_back(std::move(list));
        }
        {
            ChoiceList yesNo;
            yesNo.id = QStringLiteral("yes_no");
            yesNo.choices.push_back(Choice{QStringLiteral("yes"), 1.0, {}, {}});
            yesNo.choices.push_back(Choice{QStringLiteral("no"), 0.0, {}, {}});
            yesNo.byCode.insert(QStringLiteral("yes"), 0);
            yesNo.byCode.insert(QStringLiteral("no"), 1);
            in.lists.push_back(std::move(yesNo));
        }
        const int yesNoList = static_cast<int>(in.lists.size()) - 1;

        in.scopes.clear();
        in.scopes.push_back(Scope{});
        QHash<int, int> scopeOfRepeat; // repeat node → its scope
        in.compiled.resize(m_nodes.size());
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            const InstrumentNode& n = m_nodes[i];
            CompiledNode& c = in.compiled[i];
            const QJsonObject& j = n.json;
            const QString& t = n.type;
            c.kind = t == QLatin1String("section") ? CompiledNode::Kind::Section
                : t == QLatin1String("repeat")     ? CompiledNode::Kind::Repeat
                : t == QLatin1String("note")       ? CompiledNode::Kind::Note
                : t == QLatin1String("calculate")  ? CompiledNode::Kind::Calculate
                                                   : CompiledNode::Kind::Answerable;
            c.valueType = valueTypeOf(t, j);
            if (t == QLatin1String("yes_no"))
                c.list = yesNoList;
            else if (j.value(QStringLiteral("choices")).isString())
                c.list = in.listByName.value(j.value(QStringLiteral("choices")).toString(), -1);
            const int enclosing = n.parent >= 0 ? m_nodes[static_cast<std::size_t>(n.parent)].repeat : -1;
            if (c.kind == CompiledNode::Kind::Repeat) {
                c.scope = enclosing >= 0 ? scopeOfRepeat.value(enclosing) : 0;
                Scope s;
                s.repeat = static_cast<int>(i);
                s.parent = c.scope;
                s.depth = in.scopes[static_cast<std::size_t>(c.scope)].depth + 1;
                scopeOfRepeat.insert(static_cast<int>(i), static_cast<int>(in.scopes.size()));
                in.scopes.push_back(s);
            } else {
                c.scope = n.repeat >= 0 ? scopeOfRepeat.value(n.repeat) : 0;
            }
            auto& scopeNodes = in.scopes[static_cast<std::size_t>(c.scope)].nodes;
            c.slot = static_cast<int>(scopeNodes.size());
            scopeNodes.push_back(static_cast<int>(i));

            c.required = j.value(QStringLiteral("required")).toBool(false);
            c.allowDontKnow = j.value(QStringLiteral("allow_dont_know")).toBool(false);
            c.allowRefused = j.value(QStringLiteral("allow_refused")).toBool(false);
            c.multiline = j.value(QStringLiteral("multiline")).toBool(false);
            c.maxLength = j.value(QStringLiteral("max_length")).toInt(4096);
            c.maxCount = j.value(QStringLiteral("max_count")).toInt(1000);
            if (j.value(QStringLiteral("repeat_count")).isDouble()) {
                c.fixedCount = j.value(QStringLiteral("repeat_count")).toInt();
                if (c.fixedCount > c.maxCount)
                    add(n.pointer + QStringLiteral("/repeat_count"), QStringLiteral("rule"),
                        QStringLiteral("repeat_count %1 exceeds max_count %2").arg(c.fixedCount).arg(c.maxCount));
            }
            const QJsonValue mn = j.value(QStringLiteral("min")), mx = j.value(QStringLiteral("max"));
            if (t == QLatin1String("date")) {
                auto date = [&](const QJsonValue& v, const QString& prop) {
                    if (!v.isString())
                        return QDate();
                    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
                    if (!d.isValid())
                        add(n.pointer + QLatin1Char('/') + prop, QStringLiteral("rule"),
                            QStringLiteral("%1 '%2' is not a calendar date").arg(prop, v.toString()));
                    return d;
                };
                c.minDate = date(mn, QStringLiteral("min"));
                c.maxDate = date(mx, QStringLiteral("max"));
                if (c.minDate.isValid() && c.maxDate.isValid() && c.minDate > c.maxDate)
                    add(n.pointer + QStringLiteral("/min"), QStringLiteral("rule"),
                        QStringLiteral("min %1 is after max %2").arg(mn.toString(), mx.toString()));
            } else {
                if (mn.isDouble())
                    c.min = mn.toDouble();
                if (mx.isDouble())
                    c.max = mx.toDouble();
                if (c.min && c.max && *c.min > *c.max)
                    add(n.pointer + QStringLiteral("/min"), QStringLiteral("rule"),
                        QStringLiteral("min %1 is greater than max %2").arg(*c.min).arg(*c.max));
            }
            if (j.value(QStringLiteral("pattern")).isString()) {
                const QString pattern = j.value(QStringLiteral("pattern")).toString();
                auto re = std::make_shared<QRegularExpression>(QStringLiteral("\\A(?:%1)\\z").arg(pattern),
                                                               QRegularExpression::UseUnicodePropertiesOption);
                if (!re->isValid()) {
                    const QString pointer = n.pointer + QStringLiteral("/pattern");
                    const auto offset = std::max<qsizetype>(0, re->patternErrorOffset() - 5);
                    add(pointer, QStringLiteral("syntax"), QStringLiteral("invalid pattern: %1").arg(re->errorString()),
                        Diagnostic::Severity::Error, m_reader.positionInString(pointer, static_cast<int>(offset)));
                } else {
                    re->optimize();
                    c.pattern = std::move(re);
                }
            }
            if (t == QLatin1String("likert") && c.list >= 0) {
                const ChoiceList& list = in.lists[static_cast<std::size_t>(c.list)];
                int direction = 0;
                bool ok = true;
                for (std::size_t k = 0; k < list.choices.size() && ok; ++k) {
                    if (!list.choices[k].score) {
                        ok = false;
                        add(n.pointer + QStringLiteral("/choices"), QStringLiteral("rule"),
                            QStringLiteral("likert list '%1': choice '%2' has no score")
                                .arg(list.id, list.choices[k].code));
                    } else if (k > 0) {
                        const double d = *list.choices[k].score - *list.choices[k - 1].score;
                        const int dir = d > 0 ? 1 : d < 0 ? -1 : 0;
                        if (dir == 0 || (direction != 0 && dir != direction)) {
                            ok = false;
                            add(n.pointer + QStringLiteral("/choices"), QStringLiteral("rule"),
                                QStringLiteral("likert list '%1': scores must rise or fall strictly in list order "
                                               "(at choice '%2')")
                                    .arg(list.id, list.choices[k].code));
                        }
                        direction = dir;
                    }
                }
            }
        }
        const QString service =
            m_root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("service")).toString();
        if (!clusterOneServices().isEmpty() && !clusterOneServices().contains(service))
            add(QStringLiteral("/metadata/service"), QStringLiteral("reference"),
                QStringLiteral("service '%1' is not a cluster I service of the services catalogue").arg(service));
        QSet<QString> sources;
        for (const auto& src :
             m_root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("sources")).toArray())
            sources.insert(src.toObject().value(QStringLiteral("id")).toString());
        for (const auto& n : m_nodes) {
            const QJsonArray refs = n.json.value(QStringLiteral("sources")).toArray();
            for (int k = 0; k < refs.size(); ++k)
                if (!sources.contains(refs[k].toString()))
                    add(n.pointer + QStringLiteral("/sources/") + QString::number(k), QStringLiteral("reference"),
                        QStringLiteral("unknown source '%1'").arg(refs[k].toString()));
        }
        in.byName = m_byName;
    }

    void typeCheck(std::size_t node, const QString& prop, const QString& pointer, Expr& root)
    {
        const CompiledNode& c = m_in->compiled[node];
        StaticType required;
        if (prop == QLatin1String("calculate") || prop == QLatin1String("default"))
            required.type = c.valueType;
        else if (prop == QLatin1String("repeat_count"))
            required.type = ValueType::Number;
        else
            required.type = ValueType::Boolean;
        required.list = c.list;
        if (prop == QLatin1String("default") && required.type == ValueType::String)
            required.list = -1;
        TypeContext context;
        context.instrument = m_in.get();
        context.node = static_cast<int>(node);
        context.property = prop;
        context.scope = c.scope;
        checkTypes(root, context, required,
                   [&](int offset, const QString& category, const QString& message, bool warning) {
                       const QString source = m_nodes[node].json.value(prop).toString();
                       add(pointer, category, QStringLiteral("%1 in \"%2\"").arg(message, source),
                           warning ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error,
                           m_reader.positionInString(pointer, offset));
                   });
    }

    /** Topological order of the value edges (ties broken by document order), dependents and consumers. */
    void buildEvaluationOrder()
    {
        Instrument& in = *m_in;
        const int n = static_cast<int>(m_nodes.size());
        std::vector<int> indegree(static_cast<std::size_t>(n), 0);
        for (auto it = m_edges.begin(); it != m_edges.end(); ++it)
            for (int to : it.value())
                ++indegree[static_cast<std::size_t>(to)];
        std::priority_queue<int, std::vector<int>, std::greater<>> ready;
        for (int i = 0; i < n; ++i)
            if (indegree[static_cast<std::size_t>(i)] == 0)
                ready.push(i);
        in.evaluationOrder.clear();
        while (!ready.empty()) {
            const int v = ready.top();
            ready.pop();
            in.compiled[static_cast<std::size_t>(v)].topo = static_cast<int>(in.evaluationOrder.size());
            in.evaluationOrder.push_back(v);
            for (int to : m_edges.value(v))
                if (--indegree[static_cast<std::size_t>(to)] == 0)
                    ready.push(to);
        }
        for (int i = 0; i < n; ++i) {
            CompiledNode& c = in.compiled[static_cast<std::size_t>(i)];
            const auto deps = m_edges.value(i);
            c.dependents.assign(deps.begin(), deps.end());
            std::sort(c.dependents.begin(), c.dependents.end());
            const auto cons = m_consumers.value(i);
            c.consumers.assign(cons.begin(), cons.end());
            std::sort(c.consumers.begin(), c.consumers.end());
        }
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
                ParsedExpression parsed = parseExpression(v.toString(), options);
                for (const auto& e : parsed.errors)
                    add(pointer, e.category, QStringLiteral("%1 in \"%2\"").arg(e.message, v.toString()),
                        Diagnostic::Severity::Error, m_reader.positionInString(pointer, e.offset));
                if (!parsed.root)
                    continue;
                if (parsed.usesDot && prop != QLatin1String("constraint"))
                    add(pointer, QStringLiteral("type"),
                        QStringLiteral("'.' (this item's value) is allowed only in constraint, not in %1").arg(prop));
                bool referencesOk = parsed.errors.empty();
                for (const auto& [name, offset] : parsed.references) {
                    const TextPosition at = m_reader.positionInString(pointer, offset);
                    const int target = m_byName.value(name, -1);
                    referencesOk = referencesOk && target >= 0;
                    if (target < 0) {
                        add(pointer, QStringLiteral("reference"),
                            QStringLiteral("unknown item ${%1}%2").arg(name, suggestion(name)),
                            Diagnostic::Severity::Error, at);
                        continue;
                    }
                    const QString& ttype = m_nodes[static_cast<std::size_t>(target)].type;
                    if (ttype == QLatin1String("section") || ttype == QLatin1String("note")) {
                        referencesOk = false;
                        add(pointer, QStringLiteral("reference"),
                            QStringLiteral("${%1} is a %2 and has no value").arg(name, ttype),
                            Diagnostic::Severity::Error, at);
                        continue;
                    }
                    if (static_cast<std::size_t>(target) == i && prop != QLatin1String("constraint")) {
                        referencesOk = false;
                        add(pointer, QStringLiteral("cycle"),
                            QStringLiteral("%1 refers to itself in %2 (use '.' in a constraint)").arg(name, prop),
                            Diagnostic::Severity::Error, at);
                        continue;
                    }
                    // Values drive other values through relevance, calculations and repeat counts (§10);
                    // required, constraint and choice_filter only consume them.
                    if (prop == QLatin1String("relevant") || prop == QLatin1String("calculate")
                        || prop == QLatin1String("repeat_count"))
                        m_edges[target].insert(static_cast<int>(i));
                    else if (prop != QLatin1String("default") && static_cast<std::size_t>(target) != i)
                        m_consumers[target].insert(static_cast<int>(i));
                }
                if (!referencesOk)
                    continue;
                typeCheck(i, prop, pointer, *parsed.root);
                std::shared_ptr<const Expr> compiled(std::move(parsed.root));
                CompiledNode& c = m_in->compiled[i];
                if (prop == QLatin1String("relevant"))
                    c.relevant = compiled;
                else if (prop == QLatin1String("required"))
                    c.requiredIf = compiled;
                else if (prop == QLatin1String("constraint"))
                    c.constraint = compiled;
                else if (prop == QLatin1String("calculate"))
                    c.calculate = compiled;
                else if (prop == QLatin1String("choice_filter"))
                    c.choiceFilter = compiled;
                else if (prop == QLatin1String("repeat_count"))
                    c.repeatCount = compiled;
                else if (prop == QLatin1String("default"))
                    c.defaultValue = compiled;
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

    /** ${name} in labels, hints and messages (§4.3): the name must be an item whose single value exists there. */
    void checkInterpolations()
    {
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            const InstrumentNode& n = m_nodes[i];
            for (const QString& prop : TextProperties) {
                const QJsonObject map = n.json.value(prop).toObject();
                // instance_label is evaluated inside the instance; everything else where the node's state lives.
                int scope = m_in->compiled[i].scope;
                if (prop == QLatin1String("instance_label") && m_in->compiled[i].kind == CompiledNode::Kind::Repeat)
                    for (std::size_t s = 1; s < m_in->scopes.size(); ++s)
                        if (m_in->scopes[s].repeat == static_cast<int>(i))
                            scope = static_cast<int>(s);
                for (auto it = map.begin(); it != map.end(); ++it) {
                    const QString text = it.value().toString();
                    const QString pointer = n.pointer + QLatin1Char('/') + prop + QLatin1Char('/')
                        + JsonReader::escapePointerToken(it.key());
                    for (qsizetype at = text.indexOf(QLatin1String("${")); at >= 0;
                         at = text.indexOf(QLatin1String("${"), at + 2)) {
                        if (at > 0 && text[at - 1] == QLatin1Char('$'))
                            continue; // $${ is a literal ${
                        const qsizetype end = text.indexOf(QLatin1Char('}'), at);
                        if (end < 0)
                            break;
                        const QString name = text.mid(at + 2, end - at - 2);
                        const TextPosition where = m_reader.positionInString(pointer, static_cast<int>(at));
                        const int target = m_byName.value(name, -1);
                        if (target < 0) {
                            add(pointer, QStringLiteral("reference"),
                                QStringLiteral("unknown item ${%1} in %2%3").arg(name, prop, suggestion(name)),
                                Diagnostic::Severity::Error, where);
                            continue;
                        }
                        const CompiledNode& t = m_in->compiled[static_cast<std::size_t>(target)];
                        if (t.kind == CompiledNode::Kind::Section || t.kind == CompiledNode::Kind::Note) {
                            add(pointer, QStringLiteral("reference"),
                                QStringLiteral("${%1} in %2 is a %3 and has no value")
                                    .arg(name, prop, m_nodes[static_cast<std::size_t>(target)].type),
                                Diagnostic::Severity::Error, where);
                            continue;
                        }
                        bool single = t.kind != CompiledNode::Kind::Repeat;
                        if (single) {
                            single = false;
                            for (int s = scope; s >= 0; s = m_in->scopes[static_cast<std::size_t>(s)].parent)
                                single = single || s == t.scope;
                        }
                        if (!single)
                            add(pointer, QStringLiteral("type"),
                                QStringLiteral("${%1} in %2 has no single value here (it is a repeat, or inside one)")
                                    .arg(name, prop),
                                Diagnostic::Severity::Error, where);
                    }
                }
            }
        }
    }

    /** Indicators (§16.3): units, expressions in the unit's scope, items of fitting types. */
    void checkIndicators()
    {
        const QJsonArray list = m_root.value(QStringLiteral("indicators")).toArray();
        QHash<QString, int> ids;
        QSet<QString> sources;
        for (const auto& src :
             m_root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("sources")).toArray())
            sources.insert(src.toObject().value(QStringLiteral("id")).toString());
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject o = list[i].toObject();
            const QString base = QStringLiteral("/indicators/") + QString::number(i);
            Indicator ind;
            ind.id = o.value(QStringLiteral("id")).toString();
            ind.type = o.value(QStringLiteral("type")).toString();
            ind.json = o;
            if (ids.contains(ind.id)) {
                const TextPosition first =
                    m_reader.positionOf(QStringLiteral("/indicators/%1/id").arg(ids.value(ind.id)));
                add(base + QStringLiteral("/id"), QStringLiteral("duplicate"),
                    QStringLiteral("indicator id '%1' is already used at %2:%3")
                        .arg(ind.id)
                        .arg(first.line)
                        .arg(first.column));
            }
            ids.insert(ind.id, i);
            bool ok = true;
            const QString unit = o.value(QStringLiteral("unit")).toString();
            if (!unit.isEmpty() && unit != QLatin1String("interview")) {
                const int r = m_byName.value(unit, -1);
                if (r < 0 || m_in->compiled[static_cast<std::size_t>(r)].kind != CompiledNode::Kind::Repeat) {
                    add(base + QStringLiteral("/unit"), QStringLiteral("reference"),
                        QStringLiteral("indicator %1: unit '%2' is not a repeat of this instrument").arg(ind.id, unit));
                    ok = false;
                } else {
                    ind.unitRepeat = r;
                    for (std::size_t s = 1; s < m_in->scopes.size(); ++s)
                        if (m_in->scopes[s].repeat == r)
                            ind.unitScope = static_cast<int>(s);
                }
            }
            const auto singleHere = [&](int node) {
                const int scope = m_in->compiled[static_cast<std::size_t>(node)].scope;
                for (int s = ind.unitScope; s >= 0; s = m_in->scopes[static_cast<std::size_t>(s)].parent)
                    if (s == scope)
                        return true;
                return false;
            };
            const auto expression = [&](const char* prop, ValueType want) -> std::shared_ptr<const Expr> {
                const QJsonValue v = o.value(QLatin1String(prop));
                if (!v.isString() || !ok)
                    return nullptr;
                const QString pointer = base + QLatin1Char('/') + QLatin1String(prop);
                ParseOptions options;
                options.maxLength = limits::MaxExpressionLength;
                ParsedExpression parsed = parseExpression(v.toString(), options);
                for (const auto& e : parsed.errors)
                    add(pointer, e.category, QStringLiteral("%1 in \"%2\"").arg(e.message, v.toString()),
                        Diagnostic::Severity::Error, m_reader.positionInString(pointer, e.offset));
                if (!parsed.root)
                    return nullptr;
                if (parsed.usesDot) {
                    add(pointer, QStringLiteral("type"),
                        QStringLiteral("'.' is allowed only in constraint, not in an indicator"));
                    return nullptr;
                }
                bool refs = true;
                for (const auto& [name, offset] : parsed.references) {
                    const int target = m_byName.value(name, -1);
                    const QString ttype = target < 0 ? QString() : m_nodes[static_cast<std::size_t>(target)].type;
                    if (target < 0 || ttype == QLatin1String("section") || ttype == QLatin1String("note")) {
                        add(pointer, QStringLiteral("reference"),
                            target < 0 ? QStringLiteral("unknown item ${%1}%2").arg(name, suggestion(name))
                                       : QStringLiteral("${%1} is a %2 and has no value").arg(name, ttype),
                            Diagnostic::Severity::Error, m_reader.positionInString(pointer, offset));
                        refs = false;
                    }
                }
                if (!refs)
                    return nullptr;
                TypeContext context;
                context.instrument = m_in.get();
                context.node = -1;
                context.property = QString::fromLatin1(prop);
                context.scope = ind.unitScope;
                StaticType required;
                required.type = want;
                const bool typed =
                    checkTypes(*parsed.root, context, required,
                               [&](int offset, const QString& category, const QString& message, bool warning) {
                                   add(pointer, category,
                                       QStringLiteral("indicator %1: %2 in \"%3\"").arg(ind.id, message, v.toString()),
                                       warning ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error,
                                       m_reader.positionInString(pointer, offset));
                               });
                return typed ? std::shared_ptr<const Expr>(std::move(parsed.root)) : nullptr;
            };
            ind.population = expression("population", ValueType::Boolean);
            ind.condition = expression("condition", ValueType::Boolean);
            ind.value = expression("value", ValueType::Number);
            ind.count = expression("count", ValueType::Number);

            // Items named by scale, rubric, borich and breakdowns: exist, fit, and have one value per unit.
            const auto item = [&](const QString& pointer, const QString& name, const QStringList& types,
                                  const QString& what) -> int {
                const int n = m_byName.value(name, -1);
                if (n < 0) {
                    add(pointer, QStringLiteral("reference"),
                        QStringLiteral("indicator %1: unknown item '%2'%3").arg(ind.id, name, suggestion(name)));
                    return -1;
                }
                const InstrumentNode& node = m_nodes[static_cast<std::size_t>(n)];
                QString type = node.type;
                if (type == QLatin1String("calculate"))
                    type += QLatin1Char(':') + node.json.value(QStringLiteral("result_type")).toString();
                if (!types.contains(type) && !types.contains(node.type)) {
                    add(pointer, QStringLiteral("type"),
                        QStringLiteral("indicator %1: %2 must be %3, not a %4 item")
                            .arg(ind.id, name, what, node.type));
                    return -1;
                }
                if (!singleHere(n)) {
                    add(pointer, QStringLiteral("type"),
                        QStringLiteral("indicator %1: %2 has no single value per %3")
                            .arg(ind.id, name, unit.isEmpty() ? QStringLiteral("interview") : unit));
                    return -1;
                }
                if ((node.type == QLatin1String("integer") || node.type == QLatin1String("decimal"))
                    && (!node.json.value(QStringLiteral("min")).isDouble()
                        || !node.json.value(QStringLiteral("max")).isDouble())) {
                    add(pointer, QStringLiteral("rule"),
                        QStringLiteral("indicator %1: %2 needs min and max to be part of a scale").arg(ind.id, name));
                    return -1;
                }
                return n;
            };
            const QStringList scaleTypes{QStringLiteral("likert"), QStringLiteral("integer"),
                                         QStringLiteral("decimal")};
            const QStringList rubricTypes{QStringLiteral("likert")};
            const QStringList groupTypes{QStringLiteral("select_one"),       QStringLiteral("yes_no"),
                                         QStringLiteral("likert"),           QStringLiteral("calculate:string"),
                                         QStringLiteral("calculate:number"), QStringLiteral("calculate:boolean")};
            const QJsonArray items = o.value(QStringLiteral("items")).toArray();
            for (int k = 0; k < items.size(); ++k) {
                const int n = item(base + QStringLiteral("/items/") + QString::number(k), items[k].toString(),
                                   ind.type == QLatin1String("rubric") ? rubricTypes : scaleTypes,
                                   ind.type == QLatin1String("rubric") ? QStringLiteral("a likert item")
                                                                       : QStringLiteral("a likert or number item"));
                if (n >= 0)
                    ind.items.push_back(n);
            }
            const QJsonArray reverse = o.value(QStringLiteral("reverse")).toArray();
            for (int k = 0; k < reverse.size(); ++k) {
                const QString name = reverse[k].toString();
                bool listed = false;
                for (const auto& x : items)
                    listed = listed || x.toString() == name;
                if (!listed)
                    add(base + QStringLiteral("/reverse/") + QString::number(k), QStringLiteral("reference"),
                        QStringLiteral("indicator %1: reversed item '%2' is not one of its items").arg(ind.id, name));
                else if (const int n = m_byName.value(name, -1); n >= 0)
                    ind.reverse.push_back(n);
            }
            const QJsonArray pairs = o.value(QStringLiteral("pairs")).toArray();
            for (int k = 0; k < pairs.size(); ++k) {
                const QString pb = base + QStringLiteral("/pairs/") + QString::number(k);
                const QJsonObject pair = pairs[k].toObject();
                const int a =
                    item(pb + QStringLiteral("/importance"), pair.value(QStringLiteral("importance")).toString(),
                         rubricTypes, QStringLiteral("a likert item"));
                const int b =
                    item(pb + QStringLiteral("/proficiency"), pair.value(QStringLiteral("proficiency")).toString(),
                         rubricTypes, QStringLiteral("a likert item"));
                if (a >= 0 && b >= 0)
                    ind.pairs.emplace_back(a, b);
            }
            const QJsonArray groups = o.value(QStringLiteral("breakdowns")).toArray();
            for (int k = 0; k < groups.size(); ++k) {
                const int n = item(base + QStringLiteral("/breakdowns/") + QString::number(k), groups[k].toString(),
                                   groupTypes, QStringLiteral("a select_one, yes_no, likert or calculate item"));
                if (n >= 0)
                    ind.breakdowns.push_back(n);
            }
            if (o.value(QStringLiteral("min")).isDouble() && o.value(QStringLiteral("max")).isDouble()
                && o.value(QStringLiteral("min")).toDouble() >= o.value(QStringLiteral("max")).toDouble())
                add(base + QStringLiteral("/min"), QStringLiteral("rule"),
                    QStringLiteral("indicator %1: min must be below max").arg(ind.id));
            const QJsonArray refs = o.value(QStringLiteral("sources")).toArray();
            for (int k = 0; k < refs.size(); ++k)
                if (!sources.contains(refs[k].toString()))
                    add(base + QStringLiteral("/sources/") + QString::number(k), QStringLiteral("reference"),
                        QStringLiteral("unknown source '%1'").arg(refs[k].toString()));
            m_in->indicators.push_back(std::move(ind));
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
        const QJsonArray indicators = m_root.value(QStringLiteral("indicators")).toArray();
        for (int i = 0; i < indicators.size(); ++i) {
            const QJsonObject o = indicators[i].toObject();
            const QString base = QStringLiteral("/indicators/") + QString::number(i);
            checkMap(o.value(QStringLiteral("label")), base + QStringLiteral("/label"),
                     QStringLiteral("label of indicator ") + o.value(QStringLiteral("id")).toString());
            checkMap(o.value(QStringLiteral("description")), base + QStringLiteral("/description"),
                     QStringLiteral("description of indicator ") + o.value(QStringLiteral("id")).toString());
            const QJsonArray pairs = o.value(QStringLiteral("pairs")).toArray();
            for (int k = 0; k < pairs.size(); ++k)
                checkMap(pairs[k].toObject().value(QStringLiteral("label")),
                         base + QStringLiteral("/pairs/%1/label").arg(k), QStringLiteral("label of a Borich pair"));
        }
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
        auto instrument = m_in;
        buildEvaluationOrder();
        instrument->id = m_root.value(QStringLiteral("id")).toString();
        instrument->version = m_root.value(QStringLiteral("version")).toString();
        instrument->defaultLanguage = m_defaultLanguage;
        instrument->languages = m_languages;
        const QJsonObject metadata = m_root.value(QStringLiteral("metadata")).toObject();
        instrument->service = metadata.value(QStringLiteral("service")).toString();
        instrument->sensitive = metadata.value(QStringLiteral("sensitive")).toBool();
        instrument->sha256 = QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256);
        instrument->json = m_root;
        instrument->byName = m_byName;
        out.instrument = std::move(instrument);
        return out;
    }

    const QByteArray& m_bytes;
    QString m_path;
    JsonReader m_reader{limits::MaxJsonDepth};
    QJsonObject m_root;
    std::shared_ptr<Instrument> m_in = std::make_shared<Instrument>();
    std::vector<InstrumentNode>& m_nodes = m_in->nodes;
    QHash<QString, int> m_byName;
    QHash<int, QSet<int>> m_edges; // from a node to the nodes whose relevance, value or count it drives
    QHash<int, QSet<int>> m_consumers; // from a node to the nodes whose required/constraint/choice_filter read it
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
