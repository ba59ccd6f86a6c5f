-- SPDX-License-Identifier: GPL-3.0-or-later
-- Targets set for one assessment, overriding an indicator's default target from its instrument (docs/scoring.md
-- "Targets"): a ministry may aim higher or lower than the instrument's proposal for this agency and period.
CREATE TABLE assessment_target (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    indicator     TEXT NOT NULL,                -- "instrument-id/indicator-id"
    value         REAL NOT NULL,
    set_at        TEXT NOT NULL,
    PRIMARY KEY (assessment_id, indicator)
) WITHOUT ROWID;
