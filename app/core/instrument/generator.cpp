// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace baseline {

namespace {

QJsonObject en(const QString& text)
{
    return QJsonObject{{QStringLiteral("en"), text}};
}

QJsonObject integerItem(int i, const QString& relevant)
{
    QJsonObject o{{QStringLiteral("name"), QStringLiteral("q%1").arg(i)},
                  {QStringLiteral("type"), QStringLiteral("integer")},
                  {QStringLiteral("label"), en(QStringLiteral("Question %1").arg(i))},
                  {QStringLiteral("min"), 0},
                  {QStringLiteral("max"), 10},
                  {QStringLiteral("constraint"), QStringLiteral(". != 7")},
                  {QStringLiteral("constraint_message"), en(QStringLiteral("Seven is not allowed here."))}};
    if (!relevant.isEmpty())
        o.insert(QStringLiteral("relevant"), relevant);
    return o;
}

QJsonObject calculate(const QString& name, const QString& expression)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), QStringLiteral("calculate")},
                       {QStringLiteral("result_type"), QStringLiteral("number")},
                       {QStringLiteral("calculate"), expression}};
}

QString sumOf(const QStringList& names)
{
    QStringList terms;
    for (const QString& n : names)
        terms << QStringLiteral("coalesce(${%1}, 0)").arg(n);
    return terms.join(QStringLiteral(" + "));
}

/** Calculates that add up `names` in a tree of fan-in 20, ending in one named `total`. */
QJsonArray totalTree(QStringList names)
{
    QJsonArray out;
    int level = 0;
    while (names.size() > 20) {
        QStringList next;
        for (qsizetype i = 0; i < names.size(); i += 20) {
            const QString name = QStringLiteral("sum_l%1_%2").arg(level).arg(i / 20 + 1);
            out.append(calculate(name, sumOf(names.mid(i, 20))));
            next << name;
        }
        names = next;
        ++level;
    }
    out.append(calculate(QStringLiteral("total"), sumOf(names)));
    return out;
}

QJsonObject section(const QString& name, const QString& label, const QJsonArray& children, const QString& relevant = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), QStringLiteral("section")},
                  {QStringLiteral("label"), en(label)},
                  {QStringLiteral("children"), children}};
    if (!relevant.isEmpty())
        o.insert(QStringLiteral("relevant"), relevant);
    return o;
}

} // namespace

std::optional<GeneratedPattern> generatedPatternFromName(const QString& name)
{
    if (name == QLatin1String("chain"))
        return GeneratedPattern::Chain;
    if (name == QLatin1String("fan"))
        return GeneratedPattern::Fan;
    if (name == QLatin1String("sections"))
        return GeneratedPattern::Sections;
    if (name == QLatin1String("roster"))
        return GeneratedPattern::Roster;
    return std::nullopt;
}

QByteArray generateInstrument(int items, GeneratedPattern pattern)
{
    items = std::max(1, items);
    static const char* const names[] = {"chain", "fan", "sections", "roster"};
    const QString patternName = QString::fromLatin1(names[static_cast<int>(pattern)]);
    QJsonArray sections;
    if (pattern == GeneratedPattern::Roster) {
        QJsonArray top{QJsonObject{{QStringLiteral("name"), QStringLiteral("n_members")},
                                   {QStringLiteral("type"), QStringLiteral("integer")},
                                   {QStringLiteral("label"), en(QStringLiteral("How many members?"))},
                                   {QStringLiteral("min"), 0},
                                   {QStringLiteral("max"), 1000},
                                   {QStringLiteral("required"), true}}};
        QJsonArray member{QJsonObject{{QStringLiteral("name"), QStringLiteral("age")},
                                      {QStringLiteral("type"), QStringLiteral("integer")},
                                      {QStringLiteral("label"), en(QStringLiteral("Age of member ${pos}"))},
                                      {QStringLiteral("min"), 0},
                                      {QStringLiteral("max"), 120},
                                      {QStringLiteral("constraint"), QStringLiteral(". >= 0")}},
                          calculate(QStringLiteral("pos"), QStringLiteral("position(..)")),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("works")},
                                      {QStringLiteral("type"), QStringLiteral("yes_no")},
                                      {QStringLiteral("label"), en(QStringLiteral("Does this member work?"))},
                                      {QStringLiteral("relevant"), QStringLiteral("${age} >= 15")}}};
        top.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("members")},
                               {QStringLiteral("type"), QStringLiteral("repeat")},
                               {QStringLiteral("label"), en(QStringLiteral("Members"))},
                               {QStringLiteral("repeat_count"), QStringLiteral("${n_members}")},
                               {QStringLiteral("max_count"), 1000},
                               {QStringLiteral("children"), member}});
        top.append(calculate(QStringLiteral("total"), QStringLiteral("sum(${age})")));
        top.append(calculate(QStringLiteral("n_ages"), QStringLiteral("count(${age})")));
        top.append(calculate(QStringLiteral("oldest"), QStringLiteral("max(${age})")));
        sections.append(section(QStringLiteral("s_roster"), QStringLiteral("Roster"), top));
        Q_UNUSED(items);
    } else {
        QStringList subtotals;
        const int sectionCount = (items + 19) / 20;
        for (int s = 0; s < sectionCount; ++s) {
            QJsonArray children;
            QStringList members;
            for (int i = s * 20 + 1; i <= std::min(items, s * 20 + 20); ++i) {
                QString relevant;
                if (pattern == GeneratedPattern::Chain && i > 1)
                    relevant = QStringLiteral("${q%1} > 2").arg(i - 1);
                else if (pattern == GeneratedPattern::Fan && i > 1)
                    relevant = QStringLiteral("${q1} > 2");
                children.append(integerItem(i, relevant));
                members << QStringLiteral("q%1").arg(i);
            }
            const QString subtotal = QStringLiteral("subtotal%1").arg(s + 1);
            children.append(calculate(subtotal, sumOf(members)));
            subtotals << subtotal;
            if (pattern == GeneratedPattern::Sections) {
                const QString gate = QStringLiteral("g%1").arg(s + 1);
                QJsonArray wrapper{QJsonObject{{QStringLiteral("name"), gate},
                                               {QStringLiteral("type"), QStringLiteral("yes_no")},
                                               {QStringLiteral("label"), en(QStringLiteral("Ask part %1?").arg(s + 1))},
                                               {QStringLiteral("required"), true}},
                                   section(QStringLiteral("s%1_body").arg(s + 1), QStringLiteral("Part %1").arg(s + 1),
                                           children, QStringLiteral("${%1} = 'yes'").arg(gate))};
                sections.append(
                    section(QStringLiteral("s%1").arg(s + 1), QStringLiteral("Part %1").arg(s + 1), wrapper));
            } else {
                sections.append(
                    section(QStringLiteral("s%1").arg(s + 1), QStringLiteral("Part %1").arg(s + 1), children));
            }
        }
        sections.append(section(QStringLiteral("s_total"), QStringLiteral("Total"), totalTree(subtotals)));
    }
    const QJsonObject root{
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("id"), QStringLiteral("generated-%1-%2").arg(patternName).arg(items)},
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("title"), en(QStringLiteral("Generated %1 instrument, %2 items").arg(patternName).arg(items))},
        {QStringLiteral("default_language"), QStringLiteral("en")},
        {QStringLiteral("languages"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("en")},
                                {QStringLiteral("name"), QStringLiteral("English")},
                                {QStringLiteral("status"), QStringLiteral("reviewed")},
                                {QStringLiteral("direction"), QStringLiteral("ltr")}}}},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("service"), QStringLiteral("I.12")},
                     {QStringLiteral("sources"), QJsonArray{}},
                     {QStringLiteral("respondent"), QStringLiteral("assessor")},
                     {QStringLiteral("sensitive"), false},
                     {QStringLiteral("self_completion"), false}}},
        {QStringLiteral("sections"), sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace baseline
