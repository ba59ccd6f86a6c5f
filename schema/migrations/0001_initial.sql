-- SPDX-License-Identifier: GPL-3.0-or-later
-- The first Baseline data model; see docs/data-model.md. Applied in one transaction by the migration runner,
-- which also records it in schema_migrations.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Devices that have written to this workspace; exactly one row has is_self = 1 (this workspace's own device).
CREATE TABLE device (
    id         TEXT PRIMARY KEY,               -- UUID
    name       TEXT NOT NULL,
    is_self    INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
    created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX device_one_self ON device (is_self) WHERE is_self = 1;

CREATE TABLE assessor (
    id         TEXT PRIMARY KEY,               -- UUID
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE agency (
    id         TEXT PRIMARY KEY,               -- UUID
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('national_service', 'regional_command', 'unit', 'station')),
    region     TEXT,
    parent_id  TEXT REFERENCES agency (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX agency_parent ON agency (parent_id);

-- An assessment of one agency over a period, with the instruments it uses.
CREATE TABLE assessment (
    id            TEXT PRIMARY KEY,            -- UUID
    agency_id     TEXT NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
    title         TEXT NOT NULL,
    period_start  TEXT NOT NULL,               -- ISO 8601 date
    period_end    TEXT NOT NULL,
    target_sample INTEGER CHECK (target_sample IS NULL OR target_sample >= 0),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (period_end >= period_start)
) WITHOUT ROWID;
CREATE INDEX assessment_agency ON assessment (agency_id);

CREATE TABLE assessment_instrument (
    assessment_id      TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    instrument_id      TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    PRIMARY KEY (assessment_id, instrument_id)
) WITHOUT ROWID;

CREATE TABLE interview (
    id                 TEXT PRIMARY KEY,       -- UUID, the idempotency key across devices
    assessment_id      TEXT REFERENCES assessment (id) ON DELETE RESTRICT,
    instrument_id      TEXT NOT NULL,
    instrument_version TEXT NOT NULL,          -- bound for life: a newer instrument never changes this interview
    assessor_id        TEXT REFERENCES assessor (id),
    device_id          TEXT NOT NULL REFERENCES device (id),
    status             TEXT NOT NULL DEFAULT 'in_progress'
                       CHECK (status IN ('in_progress', 'completed', 'finalized')),
    started_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,          -- last status change; the last answer's time is in answer_event
    completed_at       TEXT,
    finalized_at       TEXT
) WITHOUT ROWID;
CREATE INDEX interview_assessment ON interview (assessment_id);
CREATE INDEX interview_status ON interview (status);

-- Answers are an append-only log: each change of an item's answer is one row, numbered per interview (rev 1, 2, …).
-- The current answer of an item is its row with the highest rev; a 'cleared' row withdraws it. The log is also the
-- audit trail of answers (who, when, what), and saving an answer writes exactly one row, clustered with the rest
-- of its interview, so the commit costs about what a bare INSERT does (docs/performance.md).
-- item_path names the item and its repeat instances: "household[2]/person[1]/age".
CREATE TABLE answer_event (
    interview_id TEXT NOT NULL REFERENCES interview (id),
    rev          INTEGER NOT NULL CHECK (rev > 0),
    item_path    TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('value', 'dont_know', 'refused', 'cleared')),
    value_type   TEXT CHECK (value_type IN ('text', 'integer', 'decimal', 'date', 'choice', 'choices', 'boolean',
                                             'geopoint', 'attachment')),
    value_text   TEXT,
    value_int    INTEGER,
    value_real   REAL,
    at           TEXT NOT NULL,                -- ISO 8601 UTC
    actor        TEXT NOT NULL,                -- device id that made the change
    PRIMARY KEY (interview_id, rev),
    CHECK ((state = 'value') = (value_type IS NOT NULL))
) WITHOUT ROWID;
CREATE TRIGGER answer_event_no_update BEFORE UPDATE ON answer_event
BEGIN
    SELECT RAISE(ABORT, 'answers are append-only: record a new answer instead');
END;
CREATE TRIGGER answer_event_no_delete BEFORE DELETE ON answer_event
BEGIN
    SELECT RAISE(ABORT, 'answers are append-only: record a new answer instead');
END;

-- Photos and files stay inside the encrypted database, never as loose files.
CREATE TABLE attachment (
    id           TEXT PRIMARY KEY,             -- UUID
    interview_id TEXT NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    file_name    TEXT NOT NULL,
    media_type   TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    data         BLOB NOT NULL,
    created_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX attachment_interview ON attachment (interview_id);

-- Append-only: who did what to which record, and when (answers have their own log, answer_event). Rows are never
-- deleted (see the triggers), so the plain rowid key grows monotonically without AUTOINCREMENT's extra page write.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,                   -- device id (and assessor id once known), or 'system'
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    detail    TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
