-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sync by file (docs/package-format.md, docs/sync.md): device identities, enrolled peers, packages imported and
-- exported, interviews received from other devices, receipts and purges.

-- This device's key pairs. Secret keys live only here, inside the encrypted database; in memory they are held in
-- guarded, wiped buffers (crypto/securebytes.h).
CREATE TABLE device_key (
    device_id TEXT PRIMARY KEY REFERENCES device (id),
    sign_pk   BLOB NOT NULL CHECK (length(sign_pk) = 32),   -- Ed25519
    sign_sk   BLOB NOT NULL CHECK (length(sign_sk) = 64),
    box_pk    BLOB NOT NULL CHECK (length(box_pk) = 32),    -- X25519
    box_sk    BLOB NOT NULL CHECK (length(box_sk) = 32),
    created_at TEXT NOT NULL
) WITHOUT ROWID;

-- Other devices this workspace trusts: the coordinator (on an assessor's workspace) or enrolled assessors (on the
-- coordinator's). The device row itself is in `device` (is_self = 0), so interviews can reference it.
CREATE TABLE peer (
    device_id  TEXT PRIMARY KEY REFERENCES device (id),
    role       TEXT NOT NULL CHECK (role IN ('coordinator', 'assessor')),
    sign_pk    BLOB NOT NULL UNIQUE CHECK (length(sign_pk) = 32),
    box_pk     BLOB NOT NULL CHECK (length(box_pk) = 32),
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT
) WITHOUT ROWID;

-- Every package this workspace accepted, by the id inside its signed envelope: a second import of the same package
-- is "already imported" and changes nothing.
CREATE TABLE package_in (
    id          TEXT PRIMARY KEY,               -- hex of the envelope's 16-byte package id
    kind        TEXT NOT NULL CHECK (kind IN ('result', 'receipt', 'assignment')),
    sender      TEXT NOT NULL REFERENCES device (id),
    created_at  TEXT NOT NULL,                  -- as the sender's clock said, from the signed header
    sha256      TEXT NOT NULL,                  -- of the whole file
    interviews  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- What each accepted result package brought: the receipt for it lists exactly these.
CREATE TABLE package_in_interview (
    package_id   TEXT NOT NULL REFERENCES package_in (id),
    interview_id TEXT NOT NULL,
    rev          INTEGER NOT NULL,
    status       TEXT NOT NULL,
    PRIMARY KEY (package_id, interview_id)
) WITHOUT ROWID;

-- Packages this workspace wrote: what each result package carried, so the next export holds only what changed.
CREATE TABLE package_out (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('result', 'receipt', 'assignment')),
    recipient   TEXT NOT NULL REFERENCES device (id),
    created_at  TEXT NOT NULL,
    file_name   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE package_out_interview (
    package_id   TEXT NOT NULL REFERENCES package_out (id),
    interview_id TEXT NOT NULL,
    rev          INTEGER NOT NULL,              -- the interview's answer revision when exported
    status       TEXT NOT NULL,
    PRIMARY KEY (package_id, interview_id)
) WITHOUT ROWID;
CREATE INDEX package_out_interview_by_interview ON package_out_interview (interview_id);

-- What a coordinator's receipt confirmed: the coordinator holds this interview at this revision and status.
CREATE TABLE delivered (
    interview_id TEXT PRIMARY KEY,
    rev          INTEGER NOT NULL,
    status       TEXT NOT NULL,
    receipt_id   TEXT NOT NULL,
    at           TEXT NOT NULL
) WITHOUT ROWID;

-- Interviews received from other devices. Each sending device's copy is kept as its own log (origin = the device
-- that sent it); the `interview` row shows the copy that extends all the others, and is flagged as a conflict when
-- two copies diverge. Because the choice depends only on the set of copies, the order of imports never changes it.
ALTER TABLE interview ADD COLUMN origin TEXT REFERENCES device (id);     -- NULL: made on this device
ALTER TABLE interview ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1));
ALTER TABLE interview ADD COLUMN purged_at TEXT;                          -- delivered and purged here: no answers

CREATE TABLE received_copy (
    interview_id  TEXT NOT NULL,
    origin        TEXT NOT NULL REFERENCES device (id),
    rev           INTEGER NOT NULL,             -- the copy's highest answer revision
    status        TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'finalized')),
    assessment_id TEXT,
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    instrument_sha256 TEXT NOT NULL,
    assessor_id   TEXT,
    device_id     TEXT NOT NULL,                -- the device that started the interview
    started_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    completed_at  TEXT,
    finalized_at  TEXT,
    PRIMARY KEY (interview_id, origin)
) WITHOUT ROWID;

CREATE TABLE received_event (
    interview_id TEXT NOT NULL,
    origin       TEXT NOT NULL,
    rev          INTEGER NOT NULL CHECK (rev > 0),
    item_path    TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('value', 'dont_know', 'refused', 'cleared')),
    value_type   TEXT,
    value_text   TEXT,
    value_int    INTEGER,
    value_real   REAL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    PRIMARY KEY (interview_id, origin, rev),
    FOREIGN KEY (interview_id, origin) REFERENCES received_copy (interview_id, origin)
) WITHOUT ROWID;

CREATE TABLE received_audit (
    interview_id TEXT NOT NULL,
    origin       TEXT NOT NULL,
    seq          INTEGER NOT NULL,              -- the sender's audit sequence number
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    detail       TEXT,
    PRIMARY KEY (origin, seq)
) WITHOUT ROWID;

-- Purging a delivered interview (data minimisation, after the coordinator's receipt) is the one way answers may
-- leave the log: the interview is marked purged first, in the same transaction.
DROP TRIGGER answer_event_no_delete;
CREATE TRIGGER answer_event_no_delete BEFORE DELETE ON answer_event
WHEN (SELECT purged_at FROM interview WHERE id = OLD.interview_id) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'answers are append-only: record a new answer instead');
END;

-- Which assessor (device) works on which assessment: written by the coordinator when it sends an assignment package,
-- and by the assessor's workspace when it imports one (device_id is then its own).
CREATE TABLE assignment (
    assessment_id TEXT NOT NULL REFERENCES assessment (id),
    device_id     TEXT NOT NULL REFERENCES device (id),
    package_id    TEXT NOT NULL,
    assigned_at   TEXT NOT NULL,
    PRIMARY KEY (assessment_id, device_id)
) WITHOUT ROWID;
