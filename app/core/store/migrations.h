// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace baseline {

class Connection;

/** One numbered SQL migration, embedded from schema/migrations/NNNN_name.sql. */
struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

namespace migrations {

/** Every embedded migration, in version order. */
QList<Migration> all();
/** The newest schema version this build knows. */
int latestVersion();
/** The schema version recorded in the database (0 for a new, empty one). */
Result<int> currentVersion(Connection& db);
/** Applies every missing migration, each in its own transaction and recorded in schema_migrations. Refuses a
 *  database whose schema is newer than this build's with ErrorCode::NewerVersion. */
Result<int> migrate(Connection& db, int upTo = -1);

} // namespace migrations
} // namespace baseline
