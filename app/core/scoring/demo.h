// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "store/repository.h"

#include <QDate>

namespace baseline::demo {

struct Summary {
    int agencies = 0;
    int assessments = 0;
    int interviews = 0;
    int finalized = 0;
    QString nationalAgencyId;
};

/**
 * Fills a workspace with a synthetic police service — a national service, two regional commands and four stations —
 * and a baseline assessment per station with interviews of the library's instruments, answered at random but within
 * every rule of the instrument, through the same session the runner uses, then finalized. Stations differ on purpose
 * (some feel safer, report more, pay fewer bribes), so the gap report has something to say. Deterministic for a
 * seed and reference date (`today`, the day dates are answered back from; invalid means the current date). Nothing in
 * it is real; names are places, never people.
 */
Result<Summary> build(Repository& repository, quint32 seed = 2026, int interviewsPerStation = 40, QDate today = {});

} // namespace baseline::demo
