// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "platform/platform.h"

#include <QFile>

#include <sodium.h>

#include <cstdlib>
#include <cstring>

namespace baseline::cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok:
        return Ok;
    case ErrorCode::InvalidArgument:
        return Usage;
    case ErrorCode::WrongPassphrase:
        return BadPassphrase;
    case ErrorCode::NotFound:
    case ErrorCode::NotAWorkspace:
    case ErrorCode::Corrupt:
    case ErrorCode::Truncated:
    case ErrorCode::AlreadyExists:
        return NoWorkspace;
    case ErrorCode::NewerVersion:
        return TooNew;
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
        return DiskOrIo;
    default:
        return Internal;
    }
}

int fail(const Error& error)
{
    err() << "baseline-cli: " << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int usage(const QString& message)
{
    err() << "baseline-cli: " << message << Qt::endl;
    return Usage;
}

static SecureBytes stripNewline(SecureBytes bytes)
{
    std::size_t n = bytes.size();
    while (n > 0 && (bytes.data()[n - 1] == '\n' || bytes.data()[n - 1] == '\r'))
        --n;
    return n == bytes.size() ? std::move(bytes) : SecureBytes::fromRaw(bytes.data(), n);
}

Result<SecureBytes> readPassphrase(const PassphraseSource& source)
{
    if (!source.file.isEmpty()) {
        QFile f(source.file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::NotFound,
                QStringLiteral("cannot read the passphrase file %1 (%2)").arg(source.file, f.errorString()));
        QByteArray raw = f.readLine(4096);
        auto bytes = stripNewline(SecureBytes::fromRaw(raw.constData(), static_cast<std::size_t>(raw.size())));
        sodium_memzero(raw.data(), static_cast<std::size_t>(raw.size()));
        if (bytes.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the passphrase file %1 is empty").arg(source.file));
        return bytes;
    }
    if (const char* env = std::getenv(source.envVar); env && *env)
        return SecureBytes::fromRaw(env, std::strlen(env));
    QString first;
    if (!platform::readLineNoEcho(source.prompt, first))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("no passphrase: give --passphrase-file, set %1, or run in a terminal")
                             .arg(QString::fromLatin1(source.envVar)));
    auto bytes = SecureBytes::fromUtf8(first);
    first.fill(QLatin1Char('\0'));
    if (source.confirm) {
        QString second;
        platform::readLineNoEcho(QStringLiteral("Repeat it: "), second);
        auto again = SecureBytes::fromUtf8(second);
        second.fill(QLatin1Char('\0'));
        if (!bytes.equals(again))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the two passphrases differ"));
    }
    if (bytes.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"));
    return bytes;
}

} // namespace baseline::cli
