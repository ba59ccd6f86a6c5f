// SPDX-License-Identifier: GPL-3.0-or-later
// The instrument library and the services catalogue (issue 5): every instrument in questionnaires/ loads with no
// error and no missing translation, each cluster I service has its instrument, every scripted interview in
// tests/data/scripts plays to the end with its expectations met, and menu.json holds every service of the UNODC menu
// exactly once, in the menu's order.
#include "scriptcheck.h"
#include "testsupport.h"

#include "instrument/instrument.h"
#include "interview/script.h"
#include "interview/session.h"
#include "scoring/scoring.h"
#include "store/repository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <catch2/catch_test_macros.hpp>

using namespace baseline;
using namespace baseline::test;

namespace {

const QString Root = QStringLiteral(BASELINE_SOURCE_DIR);

QJsonObject readObject(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList instrumentFiles()
{
    QStringList files;
    QDirIterator it(Root + QStringLiteral("/questionnaires"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QStringLiteral("/services/")))
            files << path;
    }
    files.sort();
    return files;
}

/** The menu's wording as menu.json keeps it: whitespace collapsed, footnote markers and the final ';' or '.' gone. */
QString normalise(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[²³⁴]")));
    s = s.simplified();
    while (s.endsWith(QLatin1Char(';')) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

} // namespace

TEST_CASE("the services catalogue holds every service of the menu exactly once, in order", "[library]")
{
    QFile f(Root + QStringLiteral("/tests/data/menu/list-of-services.txt"));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList fromMenu;
    QString parent; // "Provision of trainings … on:" heads the indented training topics
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("- "))) {
            const QString text = normalise(line.mid(2));
            if (text.endsWith(QLatin1Char(':'))) {
                parent = text;
                continue;
            }
            parent.clear();
            fromMenu << text;
        } else if (line.startsWith(QLatin1String(" - ")) && !parent.isEmpty()) {
            fromMenu << parent + QLatin1Char(' ') + normalise(line.mid(3));
        }
    }
    REQUIRE(fromMenu.size() > 50);

    const QJsonObject menu = readObject(Root + QStringLiteral("/questionnaires/services/menu.json"));
    QStringList fromCatalogue;
    QStringList ids;
    QStringList clusters;
    for (const auto& c : menu.value(QStringLiteral("clusters")).toArray()) {
        clusters << c.toObject().value(QStringLiteral("id")).toString();
        int n = 0;
        for (const auto& s : c.toObject().value(QStringLiteral("services")).toArray()) {
            const QJsonObject o = s.toObject();
            fromCatalogue << normalise(
                o.value(QStringLiteral("wording")).toObject().value(QStringLiteral("en")).toString());
            ids << o.value(QStringLiteral("id")).toString();
            CHECK(o.value(QStringLiteral("id")).toString() == QStringLiteral("%1.%2").arg(clusters.last()).arg(++n));
        }
    }
    CHECK(clusters
          == QStringList{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
                         QStringLiteral("V"), QStringLiteral("VI"), QStringLiteral("VII"), QStringLiteral("VIII")});
    CHECK(ids.removeDuplicates() == 0);
    REQUIRE(fromCatalogue.size() == fromMenu.size());
    for (qsizetype i = 0; i < fromMenu.size(); ++i) {
        INFO(ids[i].toStdString() << ": menu says \"" << fromMenu[i].toStdString() << "\"");
        CHECK(fromCatalogue[i] == fromMenu[i]);
    }

    // And the file is what its schema says.
    const QJsonObject schemaJson = readObject(Root + QStringLiteral("/schema/services.schema.json"));
    valijson::Schema schema;
    valijson::SchemaParser parser;
    valijson::adapters::QtJsonAdapter schemaAdapter(schemaJson);
    parser.populateSchema(schemaAdapter, schema);
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::QtJsonAdapter target{QJsonValue(menu)};
    CHECK(validator.validate(schema, target, &results));
}

/** A report in language L prints each recommended service's title and each rule's rationale in L: so a language is
 *  either complete across the catalogue and the rules, or absent (never an English title amid Arabic ones). */
TEST_CASE("service titles and rule rationales are complete in every language they use", "[library]")
{
    const QJsonObject menu = readObject(Root + QStringLiteral("/questionnaires/services/menu.json"));
    const QJsonObject rules = readObject(Root + QStringLiteral("/questionnaires/services/rules.json"));
    QList<QPair<QString, QJsonObject>> texts; // (where, language map)
    for (const auto& c : menu.value(QStringLiteral("clusters")).toArray())
        for (const auto& s : c.toObject().value(QStringLiteral("services")).toArray())
            texts.append({s.toObject().value(QStringLiteral("id")).toString(),
                          s.toObject().value(QStringLiteral("short")).toObject()});
    for (const auto& r : rules.value(QStringLiteral("rules")).toArray())
        texts.append({QStringLiteral("rule ") + r.toObject().value(QStringLiteral("id")).toString(),
                      r.toObject().value(QStringLiteral("rationale")).toObject()});
    REQUIRE(texts.size() > 200);
    QSet<QString> languages;
    for (const auto& [where, map] : std::as_const(texts))
        for (const QString& language : map.keys())
            languages.insert(language);
    CHECK(languages.contains(QStringLiteral("en")));
    CHECK(languages.size() > 1); // the report speaks more than English
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (const auto& [where, map] : std::as_const(texts)) {
        const QString en = map.value(QStringLiteral("en")).toString();
        for (const QString& language : std::as_const(languages)) {
            INFO(where.toStdString() << " in " << language.toStdString());
            const QString text = map.value(language).toString().trimmed();
            CHECK_FALSE(text.isEmpty());
            if (language == QLatin1String("en") || text.isEmpty())
                continue;
            CHECK(text != en);
            // Thresholds and periods survive translation: every number of the English is in the translation.
            for (auto it = digits.globalMatch(en); it.hasNext();) {
                const QString number = it.next().captured();
                INFO("number " << number.toStdString());
                CHECK(text.contains(number));
            }
        }
    }
}

TEST_CASE("every library instrument loads with no error and every declared language complete", "[library]")
{
    const QStringList files = instrumentFiles();
    REQUIRE_FALSE(files.isEmpty());
    const QJsonObject menu = readObject(Root + QStringLiteral("/questionnaires/services/menu.json"));
    QHash<QString, QString> instrumentOfService;
    for (const auto& s : menu.value(QStringLiteral("clusters"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("services"))
                             .toArray())
        instrumentOfService.insert(s.toObject().value(QStringLiteral("id")).toString(),
                                   s.toObject().value(QStringLiteral("instrument")).toString());
    QSet<QString> ids;
    for (const QString& file : files) {
        INFO(file.toStdString());
        const LoadResult r = loadInstrumentFile(file);
        for (const auto& d : r.diagnostics)
            UNSCOPED_INFO(d.toString().toStdString());
        REQUIRE(r.instrument);
        CHECK(r.diagnostics.isEmpty()); // no warnings either: every label in every declared language
        const Instrument& in = *r.instrument;
        CHECK(QFileInfo(file).baseName() == in.id);
        CHECK(QFileInfo(file).dir().dirName() == in.id);
        CHECK(instrumentOfService.contains(in.service));
        CHECK_FALSE(
            in.json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("sources")).toArray().isEmpty());
        CHECK_FALSE(in.indicators.empty());
        ids.insert(in.id);
    }
    // Each cluster I service's default instrument is in the library.
    for (auto it = instrumentOfService.begin(); it != instrumentOfService.end(); ++it) {
        INFO(it.key().toStdString() << " expects " << it.value().toStdString());
        CHECK(ids.contains(it.value()));
    }
}

TEST_CASE("every scripted interview of the library plays to the end with its expectations met", "[library]")
{
    const QDir dir(Root + QStringLiteral("/tests/data/scripts"));
    const QStringList scripts = dir.entryList({QStringLiteral("*.script.json")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(scripts.isEmpty());
    for (const QString& name : scripts) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QJsonObject script = readObject(dir.filePath(name));
            const QString instrumentPath = dir.filePath(script.value(QStringLiteral("instrument")).toString());
            const QDate today = QDate::fromString(script.value(QStringLiteral("today")).toString(), Qt::ISODate);
            TempWorkspace tw;
            Repository repo(*tw.ws);
            auto instrument = InterviewSession::install(repo, readFile(instrumentPath), instrumentPath);
            INFO(instrument.message().toStdString());
            REQUIRE(instrument.ok());
            auto session = InterviewSession::start(repo, *instrument, {}, [today] { return today; });
            REQUIRE(session.ok());
            InterviewSession& s = **session;
            s.setInvalidAnswers(InvalidAnswers::Refuse); // as baseline-cli interview run plays them
            int relevanceChecks = 0;
            const QJsonArray steps = script.value(QStringLiteral("steps")).toArray();
            for (int i = 0; i < steps.size(); ++i) {
                const QJsonObject step = steps[i].toObject();
                INFO("step " << (i + 1) << ": " << QJsonDocument(step).toJson(QJsonDocument::Compact).toStdString());
                const auto result = script::applyStep(s, step);
                if (step.contains(QStringLiteral("expect_error"))) {
                    CHECK_FALSE(result.ok());
                    CHECK(result.message().contains(step.value(QStringLiteral("expect_error")).toString(),
                                                    Qt::CaseInsensitive));
                } else {
                    INFO(result.message().toStdString());
                    REQUIRE(result.ok());
                }
                const QJsonObject expect = step.value(QStringLiteral("expect")).toObject();
                relevanceChecks += static_cast<int>(expect.value(QStringLiteral("relevant")).toObject().size());
                checkExpectations(s, expect, name.toStdString() + " step " + std::to_string(i + 1));
            }
            // Skip logic is asserted on at least one branch each way, and the interview ends complete.
            CHECK(relevanceChecks >= 2);
            CHECK(s.blockers().empty());
            CHECK(s.complete().ok());
        }
    }
}

TEST_CASE("every indicator of the library is computed by scoring and mapped to services by the rules", "[library]")
{
    // Every service id the rules may name: clusters II-VIII of the catalogue.
    const QJsonObject menu = readObject(Root + QStringLiteral("/questionnaires/services/menu.json"));
    QSet<QString> services;
    for (const auto& c : menu.value(QStringLiteral("clusters")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() != QLatin1String("I"))
            for (const auto& s : c.toObject().value(QStringLiteral("services")).toArray())
                services.insert(s.toObject().value(QStringLiteral("id")).toString());
    const QJsonObject rules = readObject(Root + QStringLiteral("/questionnaires/services/rules.json"));
    QSet<QString> mapped;
    QSet<QString> ruleIds;
    for (const auto& r : rules.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject rule = r.toObject();
        INFO("rule " << rule.value(QStringLiteral("id")).toString().toStdString());
        CHECK_FALSE(ruleIds.contains(rule.value(QStringLiteral("id")).toString()));
        ruleIds.insert(rule.value(QStringLiteral("id")).toString());
        CHECK_FALSE(rule.value(QStringLiteral("services")).toArray().isEmpty());
        for (const auto& s : rule.value(QStringLiteral("services")).toArray())
            CHECK(services.contains(s.toString()));
        const QJsonObject when = rule.value(QStringLiteral("when")).toObject();
        CHECK(when.size() == 1);
        mapped.insert(rule.value(QStringLiteral("indicator")).toString());
    }

    for (const QString& file : instrumentFiles()) {
        const LoadResult r = loadInstrumentFile(file);
        REQUIRE(r.instrument);
        const Instrument& in = *r.instrument;
        // Play the instrument's scripted interview, finalize it, and score it alone: every indicator has a result.
        const QString scriptPath =
            Root + QStringLiteral("/tests/data/scripts/") + in.id + QStringLiteral(".script.json");
        INFO(in.id.toStdString());
        REQUIRE(QFile::exists(scriptPath));
        const QJsonObject script = readObject(scriptPath);
        const QDate today = QDate::fromString(script.value(QStringLiteral("today")).toString(), Qt::ISODate);
        TempWorkspace tw;
        Repository repo(*tw.ws);
        auto installed = InterviewSession::install(repo, readFile(file), file);
        REQUIRE(installed.ok());
        auto session = InterviewSession::start(repo, *installed, {}, [today] { return today; });
        REQUIRE(session.ok());
        for (const auto& step : script.value(QStringLiteral("steps")).toArray())
            (void)script::applyStep(**session, step.toObject());
        REQUIRE((*session)->finalize().ok());
        auto card = scoring::score(repo, {(*session)->id()});
        REQUIRE(card.ok());
        for (const Indicator& ind : in.indicators) {
            const QString key = in.id + QLatin1Char('/') + ind.id;
            INFO(key.toStdString());
            bool computed = false;
            for (const auto& res : card->results)
                computed = computed || (res.instrumentId == in.id && res.indicatorId == ind.id);
            CHECK(computed);
            CHECK(mapped.contains(key));
        }
    }
}
