// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace baseline {

Error sqliteError(int rc, sqlite3* db, const QString& context)
{
    const int primary = rc & 0xFF;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (primary) {
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull,
                         QStringLiteral("%1: the disk is full, so this change was not saved; everything saved before "
                                        "it is intact. Free some space and try again.")
                             .arg(context));
    case SQLITE_NOTADB:
        return makeError(ErrorCode::NotAWorkspace,
                         QStringLiteral("%1: not a readable workspace (%2)").arg(context, detail));
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1: the workspace is damaged (%2). Run 'baseline-cli workspace check' and "
                                        "restore from a backup.")
                             .arg(context, detail));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(ErrorCode::Io, QStringLiteral("%1: input/output error (%2)").arg(context, detail));
    default:
        return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(context, detail));
    }
}

// ---- Statement ----

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_error(std::move(other.m_error))
{ }

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob64(m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<QString>& text)
{
    return text ? bind(index, *text) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(rc, m_db, QString::fromUtf8(sqlite3_db_filename(m_db, "main")));
    return false;
}

Result<void> Statement::exec()
{
    m_error.reset();
    while (step()) { }
    Result<void> out;
    if (m_error)
        out = *m_error;
    reset();
    return out;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.reset();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

// ---- Connection ----

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{ }

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Result<Connection> Connection::open(const QString& path, bool create, const QString& vfs)
{
    Connection c;
    c.m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const QByteArray vfsName = vfs.toUtf8();
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &c.m_db, flags, vfs.isEmpty() ? nullptr : vfsName.constData());
    if (rc != SQLITE_OK) {
        Error e = sqliteError(rc, c.m_db, path);
        return e;
    }
    sqlite3_extended_result_codes(c.m_db, 1);
    return c;
}

void Connection::close()
{
    if (m_db) {
        // sqlite3_close_v2 also defers if statements are still alive; everything that owns statements closes first.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<void> Connection::exec(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(rc, m_db, m_path);
    return {};
}

Result<void> Connection::execSecret(const char* sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, m_db, m_path);
    return {};
}

Result<Statement> Connection::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, m_db, m_path);
    return Statement(m_db, stmt);
}

Result<QString> Connection::scalarText(const QString& sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    if (st->step())
        return st->text(0);
    if (st->error())
        return *st->error();
    return QString();
}

Result<qint64> Connection::scalarInt(const QString& sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    if (st->step())
        return st->int64(0);
    if (st->error())
        return *st->error();
    return qint64(0);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

// ---- Transaction ----

Transaction::Transaction(Connection& connection)
    : m_connection(connection)
{ }

Transaction::~Transaction()
{
    if (m_open)
        (void)m_connection.exec(QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::begin()
{
    auto r = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = r.ok();
    return r;
}

Result<void> Transaction::commit()
{
    auto r = m_connection.exec(QStringLiteral("COMMIT"));
    if (r.ok())
        m_open = false;
    // On failure (disk full while writing the WAL) the destructor rolls back; the connection stays usable.
    return r;
}

ReadTransaction::ReadTransaction(Connection& connection)
    : m_connection(connection)
{ }

ReadTransaction::~ReadTransaction()
{
    end();
}

Result<void> ReadTransaction::begin()
{
    if (m_open || !sqlite3_get_autocommit(m_connection.handle()))
        return {}; // one is open already: read inside it
    auto r = m_connection.exec(QStringLiteral("BEGIN"));
    m_open = r.ok();
    return r;
}

void ReadTransaction::end()
{
    if (m_open)
        (void)m_connection.exec(QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace baseline
