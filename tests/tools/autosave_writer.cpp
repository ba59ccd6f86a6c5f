// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: autosaves answers as fast as it can, printing "ack N" only after answer N's commit returned.
// The durability test kills it with SIGKILL at random moments and checks that every acknowledged answer survived.
// usage: autosave-writer FOLDER INTERVIEW_ID FIRST_INDEX   (passphrase in BASELINE_PASSPHRASE)
#include "store/repository.h"
#include "store/workspace.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace baseline;

int main(int argc, char** argv)
{
    if (argc != 4)
        return 2;
    const char* pass = std::getenv("BASELINE_PASSPHRASE");
    if (!pass)
        return 2;
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]), SecureBytes::fromRaw(pass, std::strlen(pass)));
    if (!ws) {
        std::fprintf(stderr, "%s\n", ws.message().toLocal8Bit().constData());
        return 1;
    }
    Repository repo(*ws.value());
    const QString interview = QString::fromLatin1(argv[2]);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::printf("ready\n");
    for (long i = std::atol(argv[3]);; ++i) {
        // A mix of sizes so some commits span more than one page.
        const QString text = QString(static_cast<int>(i % 7) * 300 + 1, QLatin1Char('a' + static_cast<char>(i % 26)));
        auto r = repo.saveAnswer(interview, Answer::of(QStringLiteral("q%1").arg(i), TextValue{text}));
        if (!r) {
            std::fprintf(stderr, "%s\n", r.message().toLocal8Bit().constData());
            return 1;
        }
        std::printf("ack %ld\n", i);
    }
}
