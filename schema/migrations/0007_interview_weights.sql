-- SPDX-License-Identifier: GPL-3.0-or-later
-- Design weights (docs/scoring.md "Weights"): an assessment's sampling plan can give each interview a weight (the
-- number of people it stands for, or a post-stratification factor worked out outside Baseline). Scoring uses it for
-- every unit of the interview; an interview without one counts 1. Set from a CSV by 'baseline-cli assessment weights'.
CREATE TABLE interview_weight (
    interview_id TEXT PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE,
    weight       REAL NOT NULL CHECK (weight > 0 AND weight < 1e12),
    set_at       TEXT NOT NULL
) WITHOUT ROWID;
