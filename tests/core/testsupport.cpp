// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

namespace baseline::test {

SecureBytes pass(const QString& text)
{
    return SecureBytes::fromUtf8(text);
}

TempWorkspace::TempWorkspace(const QString& vfs)
{
    REQUIRE(dir.isValid());
    folder = dir.filePath(QStringLiteral("ws"));
    CreateOptions options;
    options.kdf = kdf::insecureTestParams();
    options.vfs = vfs;
    auto created = Workspace::create(folder, pass(), options);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    ws = std::move(created).value();
}

std::unique_ptr<Workspace> TempWorkspace::reopen(const QString& passphrase)
{
    if (ws)
        ws->lock();
    ws.reset();
    auto opened = Workspace::open(folder, pass(passphrase));
    INFO(opened.message().toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

QString TempWorkspace::dbPath() const
{
    return QDir(folder).filePath(QString::fromLatin1(Workspace::DatabaseFile));
}

QByteArray folderDigest(const QString& folder)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        h.addData(name.toUtf8());
        h.addData(QByteArrayView("\0", 1));
        h.addData(readFile(dir.filePath(name)));
    }
    return h.result().toHex();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace baseline::test
