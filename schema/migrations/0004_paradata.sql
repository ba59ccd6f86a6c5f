-- SPDX-License-Identifier: GPL-3.0-or-later
-- Paradata (docs/data-model.md "Paradata"): when each item was first shown, first answered and last changed, how often
-- it changed, and the visits (open to last activity) whose sum is the interview's duration. Kept with the interview
-- for quality review; never shown to the respondent; travels in result packages; purged with the interview.

CREATE TABLE paradata_item (
    interview_id      TEXT NOT NULL REFERENCES interview (id),
    item_path         TEXT NOT NULL,            -- storage path, as in answer_event
    first_shown_at    TEXT,
    first_answered_at TEXT,
    last_changed_at   TEXT,
    changes           INTEGER NOT NULL DEFAULT 0 CHECK (changes >= 0),
    PRIMARY KEY (interview_id, item_path)
) WITHOUT ROWID;

CREATE TABLE paradata_visit (
    interview_id   TEXT NOT NULL REFERENCES interview (id),
    opened_at      TEXT NOT NULL,
    last_active_at TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    last_item      TEXT,                        -- storage path of the first item of the last screen shown
    PRIMARY KEY (interview_id, opened_at)
) WITHOUT ROWID;

-- What the coordinator received with each copy (sync/sync.cpp): replaced whenever a newer copy arrives.
CREATE TABLE received_paradata_item (
    interview_id      TEXT NOT NULL,
    origin            TEXT NOT NULL,
    item_path         TEXT NOT NULL,
    first_shown_at    TEXT,
    first_answered_at TEXT,
    last_changed_at   TEXT,
    changes           INTEGER NOT NULL,
    PRIMARY KEY (interview_id, origin, item_path)
) WITHOUT ROWID;

CREATE TABLE received_paradata_visit (
    interview_id   TEXT NOT NULL,
    origin         TEXT NOT NULL,
    opened_at      TEXT NOT NULL,
    last_active_at TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    PRIMARY KEY (interview_id, origin, opened_at)
) WITHOUT ROWID;
