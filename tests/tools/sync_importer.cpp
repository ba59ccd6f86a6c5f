// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: imports one package into a workspace, printing "ready" once the workspace is open and the file read,
// and "done <problem>" after the import returned. The sync test kills it with SIGKILL at random moments during the
// import and checks that the package is then either fully applied or not at all (security notes T15).
// usage: sync-importer FOLDER PACKAGE   (passphrase in BASELINE_PASSPHRASE)
#include "store/workspace.h"
#include "sync/sync.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace baseline;

int main(int argc, char** argv)
{
    if (argc != 3)
        return 2;
    const char* pass = std::getenv("BASELINE_PASSPHRASE");
    if (!pass)
        return 2;
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]), SecureBytes::fromRaw(pass, std::strlen(pass)));
    if (!ws) {
        std::fprintf(stderr, "%s\n", ws.message().toLocal8Bit().constData());
        return 1;
    }
    QFile f(QString::fromLocal8Bit(argv[2]));
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = f.readAll();
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::printf("ready\n");
    const auto r = sync::importPackage(*ws.value(), bytes, f.fileName());
    std::printf("done %s\n", sync::problemName(r.problem).toLatin1().constData());
    return r.accepted() ? 0 : 1;
}
