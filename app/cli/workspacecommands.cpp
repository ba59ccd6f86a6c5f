// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "store/migrations.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDir>

namespace baseline::cli {

namespace {

const QString WorkspaceHelp = QStringLiteral(
    "usage: baseline-cli workspace COMMAND --workspace DIR [options]\n"
    "\n"
    "commands:\n"
    "  init     create a new encrypted workspace in DIR (asks for the passphrase twice)\n"
    "  check    verify every page's authentication code and the database structure\n"
    "  passwd   change the passphrase (re-encrypts the workspace)\n"
    "  backup   write an encrypted copy into a new folder: --to NEWDIR\n"
    "\n"
    "options:\n"
    "  --workspace DIR             the workspace folder\n"
    "  --passphrase-file FILE      read the passphrase from FILE's first line (else $BASELINE_PASSPHRASE, else a "
    "prompt)\n"
    "  --new-passphrase-file FILE  passwd: the new passphrase (else $BASELINE_NEW_PASSPHRASE, else a prompt)\n"
    "  --to NEWDIR                 backup: the folder to create\n");

struct Options {
    QString sub;
    QString workspace;
    QString passFile;
    QString newPassFile;
    QString to;
};

Result<Options> parse(const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("command"), QString());
    p.addOption({QStringLiteral("workspace"), QString(), QStringLiteral("dir")});
    p.addOption({QStringLiteral("passphrase-file"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("new-passphrase-file"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("to"), QString(), QStringLiteral("dir")});
    if (!p.parse(QStringList{QStringLiteral("baseline-cli workspace")} + args))
        return makeError(ErrorCode::InvalidArgument, p.errorText());
    const auto pos = p.positionalArguments();
    if (pos.size() != 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("give exactly one workspace command"));
    Options o{pos.first(), p.value(QStringLiteral("workspace")), p.value(QStringLiteral("passphrase-file")),
              p.value(QStringLiteral("new-passphrase-file")), p.value(QStringLiteral("to"))};
    if (o.workspace.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("--workspace DIR is required"));
    return o;
}

Result<std::unique_ptr<Workspace>> unlock(const Options& o)
{
    return openWorkspace(o.workspace, o.passFile);
}

} // namespace

Result<std::unique_ptr<Workspace>> openWorkspace(const QString& folder, const QString& passphraseFile)
{
    if (folder.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("--workspace DIR is required"));
    if (Workspace::probe(folder) == WorkspaceState::Missing)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("there is no workspace in %1 (create one with 'baseline-cli workspace init')")
                             .arg(QDir::toNativeSeparators(folder)));
    auto pass = readPassphrase(PassphraseSource{passphraseFile});
    if (!pass)
        return pass.error();
    return Workspace::open(folder, pass.value());
}

int workspaceCommand(const QStringList& args)
{
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        (args.isEmpty() ? err() : out()) << WorkspaceHelp;
        return args.isEmpty() ? Usage : Ok;
    }
    auto parsed = parse(args);
    if (!parsed)
        return usage(parsed.message() + QStringLiteral("\n") + WorkspaceHelp);
    const Options& o = parsed.value();

    if (o.sub == QLatin1String("init")) {
        auto pass = readPassphrase(
            PassphraseSource{o.passFile, "BASELINE_PASSPHRASE", QStringLiteral("New passphrase: "), true});
        if (!pass)
            return fail(pass.error());
        auto ws = Workspace::create(o.workspace, pass.value());
        if (!ws)
            return fail(ws.error());
        out() << "created workspace " << QDir::toNativeSeparators(ws.value()->folder()) << " (data format "
              << ws.value()->schemaVersion() << ", SQLCipher " << ws.value()->cipherVersion() << ")" << Qt::endl;
        return Ok;
    }
    if (o.sub == QLatin1String("check")) {
        auto ws = unlock(o);
        if (!ws)
            return fail(ws.error());
        auto report = ws.value()->checkIntegrity();
        if (!report)
            return fail(report.error());
        if (!report->ok) {
            for (const auto& p : report->problems)
                out() << "problem: " << p << Qt::endl;
            err() << "baseline-cli: the workspace is damaged; restore it from a backup" << Qt::endl;
            return Failed;
        }
        out() << "ok: every page authenticates and the structure is sound (data format " << ws.value()->schemaVersion()
              << " of " << migrations::latestVersion() << ", SQLCipher " << ws.value()->cipherVersion() << ")"
              << Qt::endl;
        return Ok;
    }
    if (o.sub == QLatin1String("passwd")) {
        auto current =
            readPassphrase(PassphraseSource{o.passFile, "BASELINE_PASSPHRASE", QStringLiteral("Current passphrase: ")});
        if (!current)
            return fail(current.error());
        auto ws = Workspace::open(o.workspace, current.value());
        if (!ws)
            return fail(ws.error());
        auto next = readPassphrase(
            PassphraseSource{o.newPassFile, "BASELINE_NEW_PASSPHRASE", QStringLiteral("New passphrase: "), true});
        if (!next)
            return fail(next.error());
        if (auto r = ws.value()->changePassphrase(current.value(), next.value()); !r)
            return fail(r.error());
        out() << "passphrase changed" << Qt::endl;
        return Ok;
    }
    if (o.sub == QLatin1String("backup")) {
        if (o.to.isEmpty())
            return usage(QStringLiteral("backup needs --to NEWDIR"));
        auto ws = unlock(o);
        if (!ws)
            return fail(ws.error());
        if (auto r = ws.value()->backupTo(o.to); !r)
            return fail(r.error());
        out() << "backed up to " << QDir::toNativeSeparators(o.to) << " (opens with the same passphrase)" << Qt::endl;
        return Ok;
    }
    return usage(QStringLiteral("unknown workspace command '%1'\n").arg(o.sub) + WorkspaceHelp);
}

} // namespace baseline::cli
