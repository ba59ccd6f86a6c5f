// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebytes.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace baseline {
class Workspace;
}

namespace baseline::cli {

/** Exit codes, documented in docs/cli.md. Stable: scripts depend on them. */
enum Exit : int {
    Ok = 0,
    Failed = 1, ///< the command ran and found problems (integrity check failed, validation errors)
    Usage = 2, ///< wrong arguments
    BadPassphrase = 3, ///< wrong passphrase
    NoWorkspace = 4, ///< missing, damaged, truncated or not a workspace
    TooNew = 5, ///< made by a newer Baseline
    DiskOrIo = 6, ///< disk full or another input/output error
    Internal = 7, ///< anything else
};

int exitCodeFor(ErrorCode code);
QTextStream& out();
QTextStream& err();
/** Prints "baseline-cli: <message>" to stderr and returns the exit code for the error. */
int fail(const Error& error);
int usage(const QString& message);

/** Where a passphrase comes from: --passphrase-file F, then the environment variable, then a prompt without echo. */
struct PassphraseSource {
    QString file;
    const char* envVar = "BASELINE_PASSPHRASE";
    QString prompt = QStringLiteral("Passphrase: ");
    bool confirm = false; ///< ask twice when prompting (new passphrases)
};
Result<SecureBytes> readPassphrase(const PassphraseSource& source);

/** Opens a workspace folder with the passphrase from --passphrase-file / $BASELINE_PASSPHRASE / a prompt. */
Result<std::unique_ptr<Workspace>> openWorkspace(const QString& folder, const QString& passphraseFile);

int workspaceCommand(const QStringList& args);
int validateCommand(const QStringList& args);
int instrumentCommand(const QStringList& args);
int interviewCommand(const QStringList& args);
int devCommand(const QStringList& args);
int agencyCommand(const QStringList& args);
int scoreCommand(const QStringList& args, bool report);
int demoCommand(const QStringList& args);
int compareCommand(const QStringList& args);
int assessmentCommand(const QStringList& args);
int syncCommand(const QStringList& args);

} // namespace baseline::cli
