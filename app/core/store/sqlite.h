// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace baseline {

/** Maps an SQLite result code to a person-readable Error that names the file and the operation. */
Error sqliteError(int rc, sqlite3* db, const QString& context);

/** A prepared statement. Reset and reused on hot paths (answer commits). Move-only. */
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    { }
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // 1-based parameter indices, as in SQLite.
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<QString>& text);

    /** Steps once: true when a row is available, false when done. Errors come back through `error`. */
    bool step();
    /** Runs to completion (for INSERT/UPDATE/DELETE). */
    Result<void> exec();
    void reset();
    /** The error of the last step, if any. */
    std::optional<Error> error() const { return m_error; }

    // 0-based column indices.
    bool isNull(int column) const;
    QString text(int column) const;
    /** The column's UTF-8 bytes without a copy: valid until the next step() or reset(). */
    QByteArrayView utf8(int column) const;
    std::optional<QString> optionalText(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::optional<Error> m_error;
};

/** One SQLite (SQLCipher) connection. Closed when destroyed. Move-only. */
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /** Opens `path`; `create` allows a new file. `vfs` empty = the platform default (tests pass a fault-injecting one).
     */
    static Result<Connection> open(const QString& path, bool create, const QString& vfs = {});

    bool isOpen() const { return m_db != nullptr; }
    void close();
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    Result<void> exec(const QString& sql);
    /** exec() for statements carrying secrets: the SQL text buffer is wiped afterwards. */
    Result<void> execSecret(const char* sql);
    Result<Statement> prepare(const QString& sql);
    /** First column of the first row as text, or an error. */
    Result<QString> scalarText(const QString& sql);
    Result<qint64> scalarInt(const QString& sql);
    /** Rows changed by the last INSERT/UPDATE/DELETE. */
    int changes() const;

    Error lastError(int rc, const QString& context) const { return sqliteError(rc, m_db, context); }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

/** BEGIN IMMEDIATE … COMMIT, rolled back on destruction unless committed. */
class Transaction
{
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    Connection& m_connection;
    bool m_open = false;
};

/** BEGIN (deferred) … COMMIT for reading: one consistent snapshot, and one WAL read lock for many queries instead of
 *  one per query (scoring reads thousands of interviews). Ended on destruction. Inside a transaction already open on
 *  the connection it does nothing. No writes may be made through it: end() it first. */
class ReadTransaction
{
public:
    explicit ReadTransaction(Connection& connection);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    Result<void> begin();
    void end();

private:
    Connection& m_connection;
    bool m_open = false;
};

} // namespace baseline
