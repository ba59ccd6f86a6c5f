// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "common/logging.h"
#include "platform/platform.h"
#include "store/migrations.h"
#include "sync/sync.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

#include <sodium.h>

#include <cstring>
#include <thread>

namespace baseline {

namespace {

constexpr int KeyFileVersion = 1;
const QString KeyFileFormat = QStringLiteral("baseline-workspace-key");

struct KeyEntry {
    KdfParams kdf;
    QByteArray check;
};

struct KeyFileData {
    KeyEntry current;
    std::optional<KeyEntry> pending; ///< set only while a passphrase change is under way
};

QJsonObject entryToJson(const KeyEntry& e)
{
    return QJsonObject{{QStringLiteral("kdf"), e.kdf.toJson()},
                       {QStringLiteral("check"), QString::fromLatin1(e.check.toBase64())}};
}

Result<KeyEntry> entryFromJson(const QJsonObject& json, const QString& where)
{
    auto kdf = KdfParams::fromJson(json.value(QStringLiteral("kdf")).toObject());
    if (!kdf)
        return makeError(kdf.code(), QStringLiteral("%1: %2").arg(where, kdf.message()));
    KeyEntry e{kdf.value(), QByteArray::fromBase64(json.value(QStringLiteral("check")).toString().toLatin1())};
    if (e.check.size() != 32)
        return makeError(ErrorCode::Corrupt, QStringLiteral("%1: the key check value is damaged").arg(where));
    return e;
}

Result<KeyFileData> readKeyFile(const QString& folder)
{
    const QString path = QDir(folder).filePath(QString::fromLatin1(Workspace::KeyFile));
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotAWorkspace,
                         QStringLiteral("%1 is missing: without it the workspace cannot be unlocked. Restore it from "
                                        "the backup it was made with.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString()));
    if (f.size() > 64 * 1024)
        return makeError(ErrorCode::Corrupt, QStringLiteral("%1 is too large to be a workspace key file").arg(path));
    QJsonParseError perr{};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &perr);
    const auto root = doc.object();
    if (perr.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != KeyFileFormat)
        return makeError(
            ErrorCode::Corrupt,
            QStringLiteral("%1 is damaged or not a Baseline key file").arg(QDir::toNativeSeparators(path)));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > KeyFileVersion)
        return makeError(ErrorCode::NewerVersion,
                         QStringLiteral("%1 was made by a newer version of Baseline (key file version %2; this "
                                        "version reads %3). Update Baseline to open this workspace.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(version)
                             .arg(KeyFileVersion));
    auto current = entryFromJson(root.value(QStringLiteral("current")).toObject(), path);
    if (!current)
        return current.error();
    KeyFileData data{current.value(), std::nullopt};
    if (root.contains(QStringLiteral("pending"))) {
        auto pending = entryFromJson(root.value(QStringLiteral("pending")).toObject(), path);
        if (!pending)
            return pending.error();
        data.pending = pending.value();
    }
    return data;
}

Result<void> writeKeyFile(const QString& folder, const KeyFileData& data)
{
    QJsonObject root{{QStringLiteral("format"), KeyFileFormat},
                     {QStringLiteral("version"), KeyFileVersion},
                     {QStringLiteral("current"), entryToJson(data.current)}};
    if (data.pending)
        root.insert(QStringLiteral("pending"), entryToJson(*data.pending));
    const QString path = QDir(folder).filePath(QString::fromLatin1(Workspace::KeyFile));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be written (%2)").arg(path, f.errorString()));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (f.write(bytes) != bytes.size() || !platform::syncToDisk(f) || !f.commit())
        return makeError(f.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                         QStringLiteral("%1: cannot be written (%2)").arg(path, f.errorString()));
    return {};
}

/** PRAGMA key / rekey with a raw key: the SQL text is built in guarded memory and wiped after use. */
Result<void> applyRawKey(Connection& db, const char* pragma, const SecureBytes& key)
{
    const SecureBytes hex = key.toHex();
    const std::size_t prefixLen = std::strlen(pragma);
    // PRAGMA <pragma> = "x'<hex>'";
    static constexpr char head[] = "PRAGMA ";
    static constexpr char mid[] = " = \"x'";
    static constexpr char tail[] = "'\";";
    SecureBytes sql(sizeof(head) - 1 + prefixLen + sizeof(mid) - 1 + hex.size() + sizeof(tail)); // tail brings the NUL
    auto* p = reinterpret_cast<char*>(sql.data());
    std::memcpy(p, head, sizeof(head) - 1);
    p += sizeof(head) - 1;
    std::memcpy(p, pragma, prefixLen);
    p += prefixLen;
    std::memcpy(p, mid, sizeof(mid) - 1);
    p += sizeof(mid) - 1;
    std::memcpy(p, hex.data(), hex.size());
    p += hex.size();
    std::memcpy(p, tail, sizeof(tail));
    return db.execSecret(reinterpret_cast<const char*>(sql.data()));
}

Result<SecureBytes> deriveMatching(const SecureBytes& passphrase, const KeyEntry& entry, bool& matches)
{
    auto key = kdf::deriveKey(passphrase, entry.kdf);
    if (!key)
        return key.error();
    const QByteArray check = kdf::keyCheck(key.value());
    matches = sodium_memcmp(check.constData(), entry.check.constData(), 32) == 0;
    return std::move(key).value();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/** Refuses anything that is not SQLCipher 4.x: a plain SQLite would silently ignore the key and write in clear. */
Result<QString> assertCipher(Connection& db)
{
    auto v = db.scalarText(QStringLiteral("PRAGMA cipher_version"));
    if (!v)
        return v.error();
    if (v.value().isEmpty() || !v.value().startsWith(QLatin1String("4.")))
        return makeError(
            ErrorCode::WrongEngine,
            QStringLiteral("this build of Baseline is linked against %1 instead of SQLCipher 4; refusing "
                           "to store answers without encryption")
                .arg(v.value().isEmpty() ? QStringLiteral("plain SQLite") : QStringLiteral("SQLCipher ") + v.value()));
    return v;
}

QMutex& throttleMutex()
{
    static QMutex m;
    return m;
}
QHash<QString, int>& failures()
{
    static QHash<QString, int> h;
    return h;
}
std::function<void(std::chrono::milliseconds)>& sleeper()
{
    static std::function<void(std::chrono::milliseconds)> s = [](std::chrono::milliseconds d) {
        std::this_thread::sleep_for(d);
    };
    return s;
}
QString throttleKey(const QString& folder)
{
    return QFileInfo(folder).absoluteFilePath();
}

/** Looks at the database file's first bytes and size, to name what is wrong before any key is tried. */
Result<void> checkDatabaseFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 does not exist: this folder holds no Baseline workspace").arg(shown));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be read (%2)").arg(shown, f.errorString()));
    const qint64 size = f.size();
    if (size == 0)
        return makeError(ErrorCode::NotAWorkspace,
                         QStringLiteral("%1 is empty (0 bytes): the workspace file was emptied or never written. "
                                        "Restore it from a backup.")
                             .arg(shown));
    const QByteArray head = f.read(16);
    if (head == QByteArray("SQLite format 3\0", 16))
        return makeError(
            ErrorCode::NotAWorkspace,
            QStringLiteral("%1 is a plain, unencrypted SQLite database, not a Baseline workspace").arg(shown));
    if (size < Workspace::PageSize || size % Workspace::PageSize != 0)
        return makeError(ErrorCode::Truncated,
                         QStringLiteral("%1 is truncated (%2 bytes, not a whole number of %3-byte pages): it was cut "
                                        "short while being copied or written. Restore it from a backup.")
                             .arg(shown)
                             .arg(size)
                             .arg(Workspace::PageSize));
    return {};
}

} // namespace

Workspace::~Workspace()
{
    lock();
}

QString Workspace::databasePath() const
{
    return QDir(m_folder).filePath(QString::fromLatin1(DatabaseFile));
}

WorkspaceState Workspace::probe(const QString& folder)
{
    const QDir dir(folder);
    const bool db = dir.exists(QString::fromLatin1(DatabaseFile));
    const bool key = dir.exists(QString::fromLatin1(KeyFile));
    if (!db && !key)
        return WorkspaceState::Missing;
    return db && key ? WorkspaceState::Present : WorkspaceState::NotAWorkspace;
}

std::chrono::milliseconds Workspace::unlockDelay(int consecutiveFailures)
{
    if (consecutiveFailures < 5)
        return std::chrono::milliseconds(0);
    const int doublings = std::min(consecutiveFailures - 5, 6); // 1, 2, 4, … 60 s
    return std::chrono::milliseconds(std::min(1000 << doublings, 60000));
}

int Workspace::failedAttempts(const QString& folder)
{
    QMutexLocker lock(&throttleMutex());
    return failures().value(throttleKey(folder));
}

void Workspace::setSleeper(std::function<void(std::chrono::milliseconds)> s)
{
    sleeper() = s ? std::move(s) : [](std::chrono::milliseconds d) { std::this_thread::sleep_for(d); };
}

void Workspace::lock()
{
    if (m_db.isOpen()) {
        (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_db.close();
        qCInfo(lcStore) << "workspace locked";
    }
    m_key.wipe(); // sodium_memzero, then free
}

Result<void> Workspace::configure(bool fresh)
{
    auto cipher = assertCipher(m_db);
    if (!cipher)
        return cipher.error();
    m_cipherVersion = cipher.value();
    if (auto r = applyRawKey(m_db, "key", m_key); !r)
        return r;
    if (auto r = m_db.exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(PageSize)); !r)
        return r;
    // The first read authenticates page 1 with the key: a damaged first page shows up here.
    auto probeRead = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probeRead)
        return probeRead.error();
    const QStringList pragmas{
        QStringLiteral("PRAGMA synchronous = FULL"),  QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA foreign_keys = ON"),   QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
    };
    for (const auto& p : pragmas)
        if (auto r = m_db.exec(p); !r)
            return r;
    auto mode = m_db.scalarText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(
            ErrorCode::Database,
            QStringLiteral("%1: could not switch to write-ahead logging (%2)").arg(databasePath(), mode.value()));
    auto version = migrations::migrate(m_db);
    if (!version)
        return version.error();
    m_schemaVersion = version.value();

    if (fresh) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Transaction tx(m_db);
        if (auto r = tx.begin(); !r)
            return r;
        auto st =
            m_db.prepare(QStringLiteral("INSERT INTO device (id, name, is_self, created_at) VALUES (?, ?, 1, ?)"));
        if (!st)
            return st.error();
        st->bind(1, id).bind(2, QSysInfo::machineHostName()).bind(3, nowIso());
        if (auto r = st->exec(); !r)
            return r;
        auto audit = m_db.prepare(QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, ?, 'create', 'workspace', ?)"));
        if (!audit)
            return audit.error();
        audit->bind(1, nowIso()).bind(2, id).bind(3, id);
        if (auto r = audit->exec(); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
    }
    auto device = m_db.scalarText(QStringLiteral("SELECT id FROM device WHERE is_self = 1"));
    if (!device)
        return device.error();
    m_deviceId = device.value();
    // Every workspace has a device identity for sync (docs/sync.md); older ones get theirs on first open.
    return sync::ensureIdentity(*this);
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& folder, const SecureBytes& passphrase,
                                                     const CreateOptions& options)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"));
    const QDir dir(folder);
    if (probe(folder) != WorkspaceState::Missing)
        return makeError(ErrorCode::AlreadyExists,
                         QStringLiteral("%1 already holds a workspace; choose another folder")
                             .arg(QDir::toNativeSeparators(folder)));
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: the folder cannot be created").arg(QDir::toNativeSeparators(folder)));

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_folder = QFileInfo(folder).absoluteFilePath();
    ws->m_vfs = options.vfs;
    ws->m_kdf = options.kdf ? *options.kdf : kdf::calibrate();
    auto key = kdf::deriveKey(passphrase, ws->m_kdf);
    if (!key)
        return key.error();
    ws->m_key = std::move(key).value();

    auto cleanup = [&] {
        ws->lock();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(ws->databasePath() + QLatin1String(suffix));
        QFile::remove(dir.filePath(QString::fromLatin1(KeyFile)));
    };
    if (auto r = writeKeyFile(folder, KeyFileData{KeyEntry{ws->m_kdf, kdf::keyCheck(ws->m_key)}, std::nullopt}); !r) {
        cleanup();
        return r.error();
    }
    auto conn = Connection::open(ws->databasePath(), true, options.vfs);
    if (!conn) {
        cleanup();
        return conn.error();
    }
    ws->m_db = std::move(conn).value();
    if (auto r = ws->configure(true); !r) {
        cleanup();
        return r.error();
    }
    qCInfo(lcStore) << "workspace created";
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& folder, const SecureBytes& passphrase,
                                                   const OpenOptions& options)
{
    const QString shownFolder = QDir::toNativeSeparators(folder);
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no workspace folder at %1").arg(shownFolder));
    const QString dbPath = QDir(folder).filePath(QString::fromLatin1(DatabaseFile));
    if (auto r = checkDatabaseFile(dbPath); !r)
        return r.error();
    auto keyFile = readKeyFile(folder);
    if (!keyFile)
        return keyFile.error();

    const QString tkey = throttleKey(folder);
    int failed = 0;
    {
        QMutexLocker lock(&throttleMutex());
        failed = failures().value(tkey);
    }
    if (const auto delay = unlockDelay(failed); delay.count() > 0)
        sleeper()(delay);

    // Which key does this passphrase give? The key check answers without touching the database.
    bool matches = false;
    bool usedPending = false;
    auto key = deriveMatching(passphrase, keyFile->current, matches);
    if (!key)
        return key.error();
    if (!matches && keyFile->pending) {
        key = deriveMatching(passphrase, *keyFile->pending, matches);
        if (!key)
            return key.error();
        usedPending = matches;
    }
    if (!matches) {
        QMutexLocker lock(&throttleMutex());
        failures()[tkey] = failed + 1;
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("wrong passphrase, or not a Baseline workspace"));
    }

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_folder = QFileInfo(folder).absoluteFilePath();
    ws->m_vfs = options.vfs;
    ws->m_key = std::move(key).value();
    ws->m_kdf = usedPending ? keyFile->pending->kdf : keyFile->current.kdf;
    auto conn = Connection::open(dbPath, false, options.vfs);
    if (!conn)
        return conn.error();
    ws->m_db = std::move(conn).value();
    if (auto r = ws->configure(false); !r) {
        ws->lock();
        if (r.code() == ErrorCode::NotAWorkspace && keyFile->pending) {
            // The passphrase matched one side of an interrupted change, but the database is keyed with the other.
            return makeError(ErrorCode::WrongPassphrase,
                             usedPending ? QStringLiteral("a passphrase change was interrupted before it took effect: "
                                                          "unlock with the previous passphrase")
                                         : QStringLiteral("a passphrase change was interrupted after it took effect: "
                                                          "unlock with the new passphrase"));
        }
        if (r.code() == ErrorCode::NotAWorkspace)
            return makeError(ErrorCode::Corrupt,
                             QStringLiteral("%1 fails authentication although the passphrase is right: the file is "
                                            "damaged or was tampered with. Restore it from a backup.")
                                 .arg(QDir::toNativeSeparators(dbPath)));
        return r.error();
    }
    if (keyFile->pending) {
        // Finish the interrupted change one way or the other: the key that opened the database becomes current.
        const KeyEntry winner = usedPending ? *keyFile->pending : keyFile->current;
        if (auto r = writeKeyFile(folder, KeyFileData{winner, std::nullopt}); !r)
            return r.error();
    }
    {
        QMutexLocker lock(&throttleMutex());
        failures().remove(tkey);
    }
    qCInfo(lcStore) << "workspace unlocked";
    return ws;
}

Result<void> Workspace::changePassphrase(const SecureBytes& current, const SecureBytes& next,
                                         std::optional<KdfParams> kdf)
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the workspace is locked"));
    if (next.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the new passphrase is empty"));
    bool matches = false;
    auto check = deriveMatching(current, KeyEntry{m_kdf, kdf::keyCheck(m_key)}, matches);
    if (!check)
        return check.error();
    if (!matches)
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("the current passphrase is wrong"));

    const KdfParams params = kdf ? *kdf : kdf::calibrate();
    auto newKey = kdf::deriveKey(next, params);
    if (!newKey)
        return newKey.error();
    const KeyEntry oldEntry{m_kdf, kdf::keyCheck(m_key)};
    const KeyEntry newEntry{params, kdf::keyCheck(newKey.value())};

    // 1. Announce the new key beside the old one, so a crash at any later point leaves a workspace that opens.
    if (auto r = writeKeyFile(m_folder, KeyFileData{oldEntry, newEntry}); !r)
        return r;
    // 2. Re-encrypt every page in one transaction. SQLCipher's rekey leaves a WAL database unreadable (page 1
    //    fails its HMAC, seen on 4.6.1), so rekey in rollback-journal mode and return to WAL afterwards.
    auto toWal = [&]() -> Result<void> {
        auto mode = m_db.scalarText(QStringLiteral("PRAGMA journal_mode = WAL"));
        return mode ? Result<void>() : Result<void>(mode.error());
    };
    if (auto mode = m_db.scalarText(QStringLiteral("PRAGMA journal_mode = DELETE")); !mode) {
        (void)writeKeyFile(m_folder, KeyFileData{oldEntry, std::nullopt});
        return mode.error();
    }
    if (auto r = applyRawKey(m_db, "rekey", newKey.value()); !r) {
        (void)toWal();
        (void)writeKeyFile(m_folder, KeyFileData{oldEntry, std::nullopt});
        return r;
    }
    if (auto r = toWal(); !r)
        return r;
    // 3. The new key is now the only one.
    if (auto r = writeKeyFile(m_folder, KeyFileData{newEntry, std::nullopt}); !r)
        return r; // the pending entry still opens it; open() finishes the job
    m_key = std::move(newKey).value();
    m_kdf = params;
    auto audit = m_db.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, "
                                             "?, 'change_passphrase', 'workspace', ?)"));
    if (!audit)
        return audit.error();
    audit->bind(1, nowIso()).bind(2, m_deviceId).bind(3, m_deviceId);
    return audit->exec();
}

Result<IntegrityReport> Workspace::checkIntegrity()
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the workspace is locked"));
    IntegrityReport report;
    auto collect = [&](const QString& sql, bool okRowMeansFine) -> Result<void> {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        while (st->step()) {
            const QString row = st->text(0);
            if (okRowMeansFine && row == QLatin1String("ok"))
                continue;
            report.problems << row;
        }
        if (st->error())
            report.problems << st->error()->message;
        return {};
    };
    if (auto r = collect(QStringLiteral("PRAGMA cipher_integrity_check"), false); !r)
        report.problems << r.message();
    if (auto r = collect(QStringLiteral("PRAGMA quick_check"), true); !r)
        report.problems << r.message();
    report.ok = report.problems.isEmpty();
    return report;
}

Result<void> Workspace::backupTo(const QString& folder)
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the workspace is locked"));
    if (probe(folder) != WorkspaceState::Missing)
        return makeError(ErrorCode::AlreadyExists,
                         QStringLiteral("%1 already holds a workspace; back up into a new folder")
                             .arg(QDir::toNativeSeparators(folder)));
    const bool madeFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io,
                         QStringLiteral("%1: the folder cannot be created").arg(QDir::toNativeSeparators(folder)));
    const QString target = QDir(folder).filePath(QString::fromLatin1(DatabaseFile));
    auto removeTarget = [&] {
        QFile::remove(target);
        QFile::remove(QDir(folder).filePath(QString::fromLatin1(KeyFile)));
        if (madeFolder)
            QDir().rmdir(folder);
    };
    {
        // ATTACH inherits the main connection's open flags, which do not include CREATE: make the empty file first.
        QFile empty(target);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            removeTarget();
            return makeError(ErrorCode::Io,
                             QStringLiteral("%1: cannot be created (%2)")
                                 .arg(QDir::toNativeSeparators(target), empty.errorString()));
        }
    }
    // ATTACH … KEY with the same raw key: SQLCipher gives the new file its own random salt and IVs.
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    {
        const SecureBytes hex = m_key.toHex();
        const QByteArray head = QStringLiteral("ATTACH DATABASE '%1' AS backup KEY \"x'").arg(quoted).toUtf8();
        static constexpr char tail[] = "'\";";
        SecureBytes sql(static_cast<std::size_t>(head.size()) + hex.size() + sizeof(tail));
        std::memcpy(sql.data(), head.constData(), static_cast<std::size_t>(head.size()));
        std::memcpy(sql.data() + head.size(), hex.data(), hex.size());
        std::memcpy(sql.data() + head.size() + hex.size(), tail, sizeof(tail));
        if (auto r = m_db.execSecret(reinterpret_cast<const char*>(sql.data())); !r) {
            removeTarget();
            return r;
        }
    }
    auto exported = m_db.exec(QStringLiteral("SELECT sqlcipher_export('backup')"));
    (void)m_db.exec(QStringLiteral("DETACH DATABASE backup"));
    if (!exported) {
        removeTarget();
        return exported;
    }
    if (auto r = writeKeyFile(folder, KeyFileData{KeyEntry{m_kdf, kdf::keyCheck(m_key)}, std::nullopt}); !r) {
        removeTarget();
        return r;
    }
    auto audit = m_db.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                             "VALUES (?, ?, 'backup', 'workspace', ?, ?)"));
    if (!audit)
        return audit.error();
    audit->bind(1, nowIso()).bind(2, m_deviceId).bind(3, m_deviceId).bind(4, QFileInfo(folder).absoluteFilePath());
    return audit->exec();
}

} // namespace baseline
