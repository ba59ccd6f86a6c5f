// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#define BASELINE_LINUX 1
#endif

#if defined(_WIN32)
#include <windows.h>
#endif

namespace baseline::platform {

bool hardenProcess()
{
#if BASELINE_LINUX
    rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
#elif defined(_WIN32)
    // Windows Error Reporting may still write a minidump; suppress the crash dialogs and WER for this process.
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    return true;
#else
    return false;
#endif
}

bool coreDumpsDisabled()
{
#if BASELINE_LINUX
    rlimit current{};
    if (getrlimit(RLIMIT_CORE, &current) != 0)
        return false;
    return current.rlim_cur == 0 && current.rlim_max == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

} // namespace baseline::platform

#include <QFileDevice>
#if !defined(_WIN32)
#include <unistd.h>
#else
#include <io.h>
#endif

namespace baseline::platform {
bool syncToDisk(QFileDevice& file)
{
    if (!file.flush())
        return false;
#if defined(_WIN32)
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}
} // namespace baseline::platform

#include <cstdio>
#include <iostream>
#include <string>
#if !defined(_WIN32)
#include <termios.h>
#endif

namespace baseline::platform {
bool readLineNoEcho(const QString& prompt, QString& line)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string input;
#if defined(_WIN32)
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = GetConsoleMode(h, &mode);
    if (console)
        SetConsoleMode(h, mode & ~ENABLE_ECHO_INPUT);
    const bool got = static_cast<bool>(std::getline(std::cin, input));
    if (console)
        SetConsoleMode(h, mode);
#else
    termios old{};
    const bool tty = tcgetattr(0, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(0, TCSANOW, &quiet);
    }
    const bool got = static_cast<bool>(std::getline(std::cin, input));
    if (tty)
        tcsetattr(0, TCSANOW, &old);
#endif
    std::fputs("\n", stderr);
    line = QString::fromStdString(input);
    std::fill(input.begin(), input.end(), '\0');
    return got;
}
} // namespace baseline::platform
