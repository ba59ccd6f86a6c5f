// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/repository.h"

#include <QDate>
#include <QHash>

namespace baseline::demo {

struct Summary {
    int agencies = 0;
    int assessments = 0;
    int interviews = 0;
    int finalized = 0;
    QString nationalAgencyId;
    QHash<QString, QString> followUps; ///< baseline assessment id → its follow-up (with followUp only)
};

/**
 * Fills a workspace with a synthetic police service — a national service, two regional commands and four stations —
 * and a baseline assessment per station with interviews of the library's instruments, answered at random but within
 * every rule of the instrument, through the same session the runner uses, then finalized. Stations differ on purpose
 * (some feel safer, report more, pay fewer bribes), so the gap report has something to say. Deterministic for a
 * seed and reference date (`today`, the day dates are answered back from; invalid means the current date). With
 * `followUp`, each station also gets a follow-up assessment (the victimization and police satisfaction surveys again,
 * answered a little more favourably), for comparing two waves. Nothing in it is real; names are places, never people.
 */
Result<Summary> build(Repository& repository, quint32 seed = 2026, int interviewsPerStation = 40, QDate today = {},
                      bool followUp = false);

} // namespace baseline::demo
