// SPDX-License-Identifier: GPL-3.0-or-later
// baseline-cli sync: identities, enrolment, result packages, receipts and purge (docs/sync.md).
#include "cli.h"

#include "store/workspace.h"
#include "sync/sync.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace baseline::cli {

namespace {

const QString Help = QStringLiteral(
    "usage: baseline-cli sync COMMAND --workspace DIR [options]\n"
    "\n"
    "  keys [--export FILE --role assessor|coordinator] [--list]\n"
    "                     this workspace's device id and fingerprint; write its public identity file; list the\n"
    "                     devices enrolled here\n"
    "  enrol FILE         trust the device in an identity file (the coordinator's team file on an assessor's\n"
    "                     workspace, an assessor's file on the coordinator's); compare the fingerprint aloud first\n"
    "  revoke DEVICE_ID   stop accepting packages signed by that device\n"
    "  export -o FILE [--all] [--finalized] [--to DEVICE_ID]\n"
    "                     write a result package of the interviews changed since the last one, for the coordinator\n"
    "  import FILE...     verify, decrypt and apply packages (results on the coordinator's side, receipts on an\n"
    "                     assessor's); one line per file; a refused file changes nothing\n"
    "  receipt PACKAGE_ID -o FILE\n"
    "                     the coordinator's signed receipt for an imported result package\n"
    "  purge              delete the answers of finalized interviews the coordinator's receipts confirmed\n"
    "  assign --to DEVICE_ID --assessment ID [--assessment ID...] -o FILE\n"
    "                     the coordinator's assignment package for an enrolled assessor: the assessments, their\n"
    "                     agencies and the instrument files they use\n"
    "\n"
    "  --passphrase-file FILE   else $BASELINE_PASSPHRASE, else a prompt\n"
    "Exit codes: 0 ok; 1 a package was refused or nothing to export; others as in docs/cli.md.\n");

} // namespace

int syncCommand(const QStringList& args)
{
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (args.isEmpty() ? err() : out()) << Help;
        return args.isEmpty() ? Usage : Ok;
    }
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("command"), QString());
    p.addOptions({{QStringLiteral("workspace"), QString(), QStringLiteral("dir")},
                  {QStringLiteral("passphrase-file"), QString(), QStringLiteral("file")},
                  {QStringLiteral("export"), QString(), QStringLiteral("file")},
                  {QStringLiteral("role"), QString(), QStringLiteral("role"), QStringLiteral("assessor")},
                  {QStringLiteral("list"), QString()},
                  {{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("file")},
                  {QStringLiteral("all"), QString()},
                  {QStringLiteral("finalized"), QString()},
                  {QStringLiteral("to"), QString(), QStringLiteral("id")},
                  {QStringLiteral("assessment"), QString(), QStringLiteral("id")}});
    if (!p.parse(QStringList{QStringLiteral("baseline-cli sync")} + args))
        return usage(p.errorText() + QLatin1Char('\n') + Help);
    const QStringList pos = p.positionalArguments();
    const QString cmd = pos.value(0);
    static const QStringList known{QStringLiteral("keys"),   QStringLiteral("enrol"),  QStringLiteral("revoke"),
                                   QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("receipt"),
                                   QStringLiteral("purge"),  QStringLiteral("assign")};
    if (!known.contains(cmd))
        return usage(QStringLiteral("unknown sync command '%1'\n").arg(cmd) + Help);
    if (cmd == QLatin1String("assign")
        && (p.value(QStringLiteral("to")).isEmpty() || p.values(QStringLiteral("assessment")).isEmpty()
            || p.value(QStringLiteral("o")).isEmpty()))
        return usage(QStringLiteral("sync assign needs --to DEVICE_ID, --assessment ID and -o FILE\n") + Help);
    if ((cmd == QLatin1String("enrol") || cmd == QLatin1String("revoke") || cmd == QLatin1String("receipt"))
        && pos.size() != 2)
        return usage(QStringLiteral("sync %1 takes one argument\n").arg(cmd) + Help);
    if (cmd == QLatin1String("import") && pos.size() < 2)
        return usage(QStringLiteral("sync import needs at least one package file\n") + Help);
    if ((cmd == QLatin1String("export") || cmd == QLatin1String("receipt")) && p.value(QStringLiteral("o")).isEmpty())
        return usage(QStringLiteral("sync %1 needs -o FILE\n").arg(cmd) + Help);

    auto ws = openWorkspace(p.value(QStringLiteral("workspace")), p.value(QStringLiteral("passphrase-file")));
    if (!ws)
        return fail(ws.error());
    Workspace& w = **ws;

    if (cmd == QLatin1String("keys")) {
        auto id = sync::identity(w);
        if (!id)
            return fail(id.error());
        out() << "device\t" << id->deviceId << "\nname\t" << id->name << "\nfingerprint\t" << id->fingerprint
              << Qt::endl;
        if (p.isSet(QStringLiteral("export"))) {
            const QString role = p.value(QStringLiteral("role"));
            if (role != QLatin1String("assessor") && role != QLatin1String("coordinator"))
                return usage(QStringLiteral("--role must be assessor or coordinator"));
            const QString file = p.value(QStringLiteral("export"));
            QFile f(file);
            const QByteArray bytes = sync::identityFile(
                *id, role == QLatin1String("coordinator") ? sync::Role::Coordinator : sync::Role::Assessor);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
                return fail(Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(file, f.errorString())});
            out() << "wrote " << file << " (" << role << " identity)" << Qt::endl;
        }
        if (p.isSet(QStringLiteral("list"))) {
            auto list = sync::peers(w);
            if (!list)
                return fail(list.error());
            for (const auto& peer : *list)
                out() << peer.deviceId << '\t' << sync::roleName(peer.role) << '\t' << peer.name << '\t'
                      << peer.fingerprint << '\t'
                      << (peer.revokedAt.isEmpty() ? QStringLiteral("active")
                                                   : QStringLiteral("revoked ") + peer.revokedAt)
                      << Qt::endl;
        }
        return Ok;
    }
    if (cmd == QLatin1String("enrol")) {
        QFile f(pos[1]);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error{ErrorCode::NotFound, QStringLiteral("cannot read %1 (%2)").arg(pos[1], f.errorString())});
        auto peer = sync::enrol(w, f.read(64 * 1024 + 1), pos[1]);
        if (!peer) {
            if (peer.error().code != ErrorCode::InvalidArgument)
                return fail(peer.error());
            err() << "baseline-cli: " << peer.error().message << Qt::endl;
            return Failed; // a bad or refused identity file
        }
        out() << "enrolled " << peer->name << " (" << sync::roleName(peer->role) << ", device " << peer->deviceId
              << ")\nfingerprint\t" << peer->fingerprint << Qt::endl;
        return Ok;
    }
    if (cmd == QLatin1String("revoke")) {
        if (auto r = sync::revoke(w, pos[1]); !r)
            return fail(r.error());
        out() << "revoked " << pos[1] << Qt::endl;
        return Ok;
    }
    if (cmd == QLatin1String("export")) {
        sync::ExportOptions o;
        o.all = p.isSet(QStringLiteral("all"));
        o.finalizedOnly = p.isSet(QStringLiteral("finalized"));
        o.coordinatorId = p.value(QStringLiteral("to"));
        auto sum = sync::exportResults(w, p.value(QStringLiteral("o")), o);
        if (!sum) {
            if (sum.error().code == ErrorCode::NotFound) {
                err() << "baseline-cli: " << sum.error().message << Qt::endl;
                return Failed;
            }
            return fail(sum.error());
        }
        out() << "wrote " << sum->file << ": " << sum->interviews << " interview(s), " << sum->bytes
              << " bytes, package " << sum->packageId << Qt::endl;
        return Ok;
    }
    if (cmd == QLatin1String("import")) {
        int refused = 0;
        for (const QString& file : pos.mid(1)) {
            const auto r = sync::importPackageFile(w, file);
            if (!r.accepted())
                ++refused;
            (r.accepted() ? out() : err())
                << file << ": "
                << (r.accepted() ? QString() : QStringLiteral("refused (%1): ").arg(sync::problemName(r.problem)))
                << r.message << Qt::endl;
        }
        return refused ? Failed : Ok;
    }
    if (cmd == QLatin1String("receipt")) {
        auto sum = sync::writeReceipt(w, pos[1], p.value(QStringLiteral("o")));
        if (!sum)
            return fail(sum.error());
        out() << "wrote " << sum->file << ": receipt for " << sum->interviews << " interview(s)" << Qt::endl;
        return Ok;
    }
    if (cmd == QLatin1String("assign")) {
        auto sum = sync::writeAssignment(w, p.value(QStringLiteral("to")), p.values(QStringLiteral("assessment")),
                                         p.value(QStringLiteral("o")));
        if (!sum)
            return fail(sum.error());
        out() << "wrote " << sum->file << ": " << p.values(QStringLiteral("assessment")).size()
              << " assessment(s), package " << sum->packageId << Qt::endl;
        return Ok;
    }
    // purge
    auto n = sync::purgeDelivered(w);
    if (!n)
        return fail(n.error());
    out() << "purged " << *n << " delivered interview(s)" << Qt::endl;
    return Ok;
}

} // namespace baseline::cli
