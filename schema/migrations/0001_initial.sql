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
    revision           INTEGER NOT NULL DEFAULT 0,   -- bumped by every committed change
    started_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    completed_at       TEXT,
    finalized_at       TEXT
) WITHOUT ROWID;
CREATE INDEX interview_assessment ON interview (assessment_id);
CREATE INDEX interview_status ON interview (status);

-- One row per answered item. item_path names the item and its repeat instances: "household[2]/person[1]/age".
-- Exactly one representation column is used, per value_type; state says whether there is a value at all.
CREATE TABLE answer (
    interview_id TEXT NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    item_path    TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('value', 'dont_know', 'refused')),
    value_type   TEXT CHECK (value_type IN ('text', 'integer', 'decimal', 'date', 'choice', 'choices', 'boolean',
                                             'geopoint', 'attachment')),
    value_text   TEXT,
    value_int    INTEGER,
    value_real   REAL,
    answered_at  TEXT NOT NULL,
    PRIMARY KEY (interview_id, item_path),
    CHECK ((state = 'value') = (value_type IS NOT NULL))
) WITHOUT ROWID;

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

-- Append-only: who did what to which record, and when. It names items, never answer values.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
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
