// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/kdf.h"
#include "crypto/securebytes.h"
#include "store/workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch_tostring.hpp>

#include <memory>

namespace baseline::test {

inline const QString Passphrase = QStringLiteral("tëst pässphrase ☂ 42");

SecureBytes pass(const QString& text = Passphrase);

/** A fresh workspace in its own temporary folder, with cheap KDF parameters (tests only). */
struct TempWorkspace {
    QTemporaryDir dir;
    QString folder;
    std::unique_ptr<Workspace> ws;

    explicit TempWorkspace(const QString& vfs = {});
    std::unique_ptr<Workspace> reopen(const QString& passphrase = Passphrase);
    QString dbPath() const;
};

/** SHA-256 of every file in a folder, name by name: to prove a failed operation changed nothing. */
QByteArray folderDigest(const QString& folder);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace baseline::test

namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return "\"" + s.toStdString() + "\""; }
};
} // namespace Catch
