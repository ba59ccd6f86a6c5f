-- SPDX-License-Identifier: GPL-3.0-or-later
-- Instruments live in the workspace byte for byte (docs/instrument-format.md §15), so that an interview is always
-- opened with exactly the instrument version it started with, even after a newer one is installed.

CREATE TABLE instrument (
    id           TEXT NOT NULL,
    version      TEXT NOT NULL,
    sha256       TEXT NOT NULL,                -- hex, of `content`
    content      BLOB NOT NULL,                -- the file as imported
    title        TEXT NOT NULL,                -- default-language title, for listings
    service      TEXT NOT NULL,                -- Menu of Services cluster I id, e.g. 'I.2'
    installed_at TEXT NOT NULL,
    PRIMARY KEY (id, version)
) WITHOUT ROWID;

-- An interview is bound to (instrument_id, instrument_version, instrument_sha256) for life.
ALTER TABLE interview ADD COLUMN instrument_sha256 TEXT;

-- (No change to answer_event: its item_path now names repeat instances by id, "members[<uuid>]/age", and each
-- instance has a marker row "members[<uuid>]" holding its creation ordinal, negated while deleted. The comment in
-- 0001 shows the positional form of the first draft; migrations are history and are not edited.)
