// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The few OS-specific calls Baseline needs, behind one small interface so the rest of the code stays portable
// (Linux, Windows, Android).
namespace baseline::platform {

/** Turns core dumps (and ptrace-style attachment where the OS allows it) off for this process, so a crash never
 *  writes decrypted answers or key material to disk. Call first thing in main(). Returns false if it could not. */
bool hardenProcess();

/** True when core dumps are off for this process (RLIMIT_CORE = 0 and not dumpable, on Linux). */
bool coreDumpsDisabled();

} // namespace baseline::platform

class QFileDevice;
namespace baseline::platform {
/** Flushes a file's data to the storage device (fsync / FlushFileBuffers) before an atomic rename. */
bool syncToDisk(QFileDevice& file);
} // namespace baseline::platform

#include <QString>
namespace baseline::platform {
/** Reads one line from the terminal without echoing it (for passphrase prompts). Returns false without a terminal. */
bool readLineNoEcho(const QString& prompt, QString& line);
} // namespace baseline::platform
