-- SPDX-License-Identifier: GPL-3.0-or-later
-- Derived data for scoring (docs/scoring.md "Unit cache"): each interview's indicator units, worked out from its
-- answers by the logic engine, so a report over thousands of interviews reads a few hundred bytes per interview
-- instead of replaying every answer log. Only a cache: the triggers below delete an interview's row whenever its
-- answers change by any path (the runner, an import, plain SQL), and scoring recomputes (and rewrites) a missing row,
-- or one made for another copy, instrument file or encoding. Purging an interview deletes its row with its answers.
CREATE TABLE interview_units (
    interview_id      TEXT PRIMARY KEY REFERENCES interview (id) ON DELETE CASCADE,
    origin            TEXT NOT NULL,            -- '' for an interview made here, else the received copy's device
    instrument_sha256 TEXT NOT NULL,
    format            INTEGER NOT NULL,         -- encoding version (scoring.cpp UnitsFormat)
    units             BLOB NOT NULL
);

CREATE TRIGGER interview_units_answer AFTER INSERT ON answer_event
BEGIN
    DELETE FROM interview_units WHERE interview_id = NEW.interview_id;
END;
CREATE TRIGGER interview_units_received AFTER INSERT ON received_event
BEGIN
    DELETE FROM interview_units WHERE interview_id = NEW.interview_id;
END;
CREATE TRIGGER interview_units_copy AFTER UPDATE OF origin, instrument_sha256, instrument_id, instrument_version
    ON interview
BEGIN
    DELETE FROM interview_units WHERE interview_id = NEW.id;
END;
