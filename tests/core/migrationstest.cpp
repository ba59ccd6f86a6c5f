// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/migrations.h"
#include "store/sqlite.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace baseline;
using namespace baseline::test;

TEST_CASE("migrations are embedded, numbered without gaps, and each matches a file in schema/migrations", "[store]")
{
    const auto all = migrations::all();
    REQUIRE_FALSE(all.isEmpty());
    const QDir source(QStringLiteral(BASELINE_SOURCE_DIR "/schema/migrations"));
    CHECK(source.entryList({QStringLiteral("*.sql")}, QDir::Files).size() == all.size());
    for (int i = 0; i < all.size(); ++i) {
        CHECK(all[i].version == i + 1);
        CHECK_FALSE(all[i].sql.trimmed().isEmpty());
    }
    CHECK(migrations::latestVersion() == all.last().version);
}

TEST_CASE("an empty database migrates to the latest schema, one recorded step at a time", "[store]")
{
    QTemporaryDir dir;
    auto conn = Connection::open(dir.filePath(QStringLiteral("m.db")), true);
    REQUIRE(conn.ok());
    CHECK(migrations::currentVersion(conn.value()).value() == 0);
    auto v = migrations::migrate(conn.value());
    REQUIRE(v.ok());
    CHECK(v.value() == migrations::latestVersion());
    CHECK(conn->scalarInt(QStringLiteral("SELECT count(*) FROM schema_migrations")).value()
          == migrations::all().size());
    for (const char* table : {"agency", "assessment", "assessment_instrument", "assessor", "device", "interview",
                              "answer_event", "attachment", "audit_log", "settings"})
        CHECK(conn->scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                  .arg(QLatin1String(table)))
                  .value()
              == 1);
    // Running again changes nothing.
    CHECK(migrations::migrate(conn.value()).value() == migrations::latestVersion());
    CHECK(conn->scalarInt(QStringLiteral("SELECT count(*) FROM schema_migrations")).value()
          == migrations::all().size());
}

TEST_CASE("a workspace from a newer Baseline is refused with a clear message and left unchanged", "[store]")
{
    TempWorkspace t;
    REQUIRE(t.ws->db()
                .exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, "
                                     "'from_the_future', '2030-01-01')"))
                .ok());
    t.ws->lock();
    t.ws.reset();
    const QByteArray before = folderDigest(t.folder);
    auto r = Workspace::open(t.folder, pass());
    CHECK(r.code() == ErrorCode::NewerVersion);
    CHECK(r.message().contains(QStringLiteral("made by a newer version of Baseline")));
    CHECK(r.message().contains(QStringLiteral("9999")));
    CHECK(folderDigest(t.folder) == before);
}
