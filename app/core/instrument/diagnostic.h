// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace baseline {

/** One finding about an instrument file, printed as `file:line:column: item: severity: category: text`
 *  (docs/instrument-format.md §14.2). */
struct Diagnostic {
    enum class Severity { Error, Warning };

    QString file;
    int line = 1;
    int column = 1;
    QString item = QStringLiteral("-");
    Severity severity = Severity::Error;
    QString category; ///< json, schema, limit, duplicate, reference, syntax, type, cycle, rule, translation, version
    QString text;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const
    {
        return QStringLiteral("%1:%2:%3: %4: %5: %6: %7")
            .arg(file)
            .arg(line)
            .arg(column)
            .arg(item, severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"), category,
                 text);
    }
};

using Diagnostics = QList<Diagnostic>;

inline bool hasErrors(const Diagnostics& d)
{
    for (const auto& x : d)
        if (x.isError())
            return true;
    return false;
}

} // namespace baseline
