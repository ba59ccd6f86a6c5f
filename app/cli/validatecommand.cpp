// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "instrument/instrument.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace baseline::cli {

namespace {

/** In a folder scan, JSON files that are not instruments (the services catalogue, rules) are skipped. */
bool looksLikeInstrument(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true; // let the loader report it
    const auto doc = QJsonDocument::fromJson(f.read(limits::MaxFileBytes));
    // An instrument has sections; the catalogue has clusters and the rules file has rules (both also carry a
    // format_version, so that alone tells nothing).
    return !doc.isObject() || doc.object().contains(QStringLiteral("sections"))
        || !(doc.object().contains(QStringLiteral("clusters")) || doc.object().contains(QStringLiteral("rules")));
}

} // namespace

int validateCommand(const QStringList& args)
{
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (args.isEmpty() ? err() : out())
            << "usage: baseline-cli validate PATH...\n"
               "Checks instrument files (or every instrument *.json under a folder) and prints one line per problem:\n"
               "  file:line:column: item: severity: category: text\n"
               "Exit 0 when no file has an error (warnings allowed), 1 otherwise.\n";
        return args.isEmpty() ? Usage : Ok;
    }
    QStringList files;
    for (const QString& arg : args) {
        const QFileInfo info(arg);
        if (info.isDir()) {
            QDirIterator it(arg, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext()) {
                const QString path = it.next();
                if (looksLikeInstrument(path))
                    found << path;
            }
            found.sort();
            files << found;
        } else if (info.exists()) {
            files << arg;
        } else {
            err() << "baseline-cli: " << arg << ": no such file or folder" << Qt::endl;
            return NoWorkspace;
        }
    }
    int errors = 0;
    int warnings = 0;
    int bad = 0;
    for (const QString& file : files) {
        const LoadResult r = loadInstrumentFile(file);
        for (const auto& d : r.diagnostics) {
            out() << d.toString() << '\n';
            (d.isError() ? errors : warnings)++;
        }
        if (!r.instrument)
            ++bad;
    }
    out().flush();
    err() << files.size() << " file(s) checked: " << (files.size() - bad) << " valid, " << bad << " with errors; "
          << errors << " error(s), " << warnings << " warning(s)" << Qt::endl;
    return bad == 0 ? Ok : Failed;
}

} // namespace baseline::cli
