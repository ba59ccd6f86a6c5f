// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "common/logging.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace baseline::migrations {

QList<Migration> all()
{
    static const QList<Migration> cached = [] {
        QList<Migration> out;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/baseline/migrations"));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = pattern.match(file);
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out.append(Migration{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
        }
        std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return out;
    }();
    return cached;
}

int latestVersion()
{
    const auto list = all();
    return list.isEmpty() ? 0 : list.last().version;
}

static Result<void> ensureTable(Connection& db)
{
    return db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                  " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
}

Result<int> currentVersion(Connection& db)
{
    auto exists = db.scalarInt(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"));
    if (!exists)
        return exists.error();
    if (exists.value() == 0)
        return 0;
    auto v = db.scalarInt(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!v)
        return v.error();
    return static_cast<int>(v.value());
}

Result<int> migrate(Connection& db, int upTo)
{
    const int latest = latestVersion();
    if (upTo < 0)
        upTo = latest;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latest)
        return makeError(ErrorCode::NewerVersion,
                         QStringLiteral("%1 was made by a newer version of Baseline (data format %2; this version "
                                        "reads up to %3). Update Baseline to open it; nothing was changed.")
                             .arg(db.path())
                             .arg(current.value())
                             .arg(latest));
    int version = current.value();
    for (const Migration& m : all()) {
        if (m.version <= version || m.version > upTo)
            continue;
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        if (auto r = ensureTable(db); !r)
            return r.error();
        if (auto r = db.exec(m.sql); !r)
            return makeError(r.code(),
                             QStringLiteral("migration %1_%2 failed: %3")
                                 .arg(m.version, 4, 10, QLatin1Char('0'))
                                 .arg(m.name, r.message()));
        auto st =
            db.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        if (!st)
            return st.error();
        st->bind(1, m.version).bind(2, m.name).bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (auto r = st->exec(); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcStore) << "applied migration" << m.version << m.name;
        version = m.version;
    }
    return version;
}

} // namespace baseline::migrations
