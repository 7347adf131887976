-- Who held the baby, kangaroo-care details, per-baby responses and targets, and sharing a history
-- through a folder (docs/sharing.md).

-- The people who do sessions, with the names the parent gives them ("Mum", "Dad", "Grandma").
-- `mother` marks the baby's mother: kangaroo-care units report her time apart from everyone else's.
CREATE TABLE caregivers (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    mother      INTEGER NOT NULL DEFAULT 0 CHECK (mother IN (0, 1)),
    created_at  TEXT NOT NULL
);

-- Who held or massaged in each session (one or more). Removing a caregiver keeps the sessions.
CREATE TABLE session_caregivers (
    session_id    TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    caregiver_id  TEXT NOT NULL REFERENCES caregivers (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, caregiver_id)
);
CREATE INDEX session_caregivers_by_caregiver ON session_caregivers (caregiver_id);

-- How each baby responded, for a session with twins. `sessions.baby_response` stays: the one answer
-- of a one-baby session and of every older session.
CREATE TABLE session_responses (
    session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    baby_id     TEXT NOT NULL,
    response    TEXT NOT NULL CHECK (response IN ('calm', 'fussy', 'fell_asleep', 'cried')),
    PRIMARY KEY (session_id, baby_id)
);

-- Optional kangaroo-care details; NULL is "not recorded" (never required).
ALTER TABLE sessions ADD COLUMN fed_at_breast TEXT CHECK (fed_at_breast IN ('yes', 'no'));
ALTER TABLE sessions ADD COLUMN interruptions INTEGER CHECK (interruptions >= 0);

-- A baby still cared for in a neonatal unit, and a daily target of their own (NULL: the general one).
ALTER TABLE babies ADD COLUMN in_neonatal_care INTEGER NOT NULL DEFAULT 0 CHECK (in_neonatal_care IN (0, 1));
ALTER TABLE babies ADD COLUMN daily_target_minutes INTEGER
    CHECK (daily_target_minutes BETWEEN 1 AND 1440);

-- What belongs to this laptop only and is never shared or exported: its device id, its logical clock,
-- the caregivers of its last session (the default for the next one), sharing bookkeeping flags.
CREATE TABLE device_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
-- Everything stored before sharing existed is offered to the first exchange.
INSERT INTO device_meta (key, value) VALUES ('catch_up', '1');

-- Sharing (core/sharing): for every shared field of every entity, the stamp of the change that
-- holds it now (a hybrid logical clock: wall milliseconds, a counter, the device that made it).
-- A deleted entity keeps only its `deleted` row: the tombstone.
CREATE TABLE sync_stamps (
    kind     TEXT NOT NULL,              -- session, baby, caregiver, routine
    id       TEXT NOT NULL,
    field    TEXT NOT NULL,
    wall     INTEGER NOT NULL,
    counter  INTEGER NOT NULL,
    device   TEXT NOT NULL,
    PRIMARY KEY (kind, id, field)
) WITHOUT ROWID;

-- Local changes not yet written to the shared folder: written in the same transaction as the edit.
CREATE TABLE sync_outbox (
    kind     TEXT NOT NULL,
    id       TEXT NOT NULL,
    field    TEXT NOT NULL,
    wall     INTEGER NOT NULL,
    counter  INTEGER NOT NULL,
    PRIMARY KEY (kind, id, field)
) WITHOUT ROWID;

-- The other laptops' change files already applied (by device and number), and files skipped
-- (damaged, partial, conflict copies) with the size they had, so each is reported once.
CREATE TABLE sync_applied (
    device  TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    size    INTEGER NOT NULL,
    PRIMARY KEY (device, seq)
) WITHOUT ROWID;
CREATE TABLE sync_skipped (
    device  TEXT NOT NULL,
    name    TEXT NOT NULL,
    size    INTEGER NOT NULL,
    reason  TEXT NOT NULL,
    PRIMARY KEY (device, name, size)
) WITHOUT ROWID;

-- "Changed on the other laptop": for a field where two laptops' changes differed, the value that
-- is not shown now (JSON), where it came from and whether it was replaced by the other laptop's
-- change (`replaced` = 1: it was this laptop's) or lost to this laptop's later change (0).
CREATE TABLE sync_conflicts (
    kind      TEXT NOT NULL,
    id        TEXT NOT NULL,
    field     TEXT NOT NULL,
    other     TEXT NOT NULL,
    device    TEXT NOT NULL,
    wall      INTEGER NOT NULL,
    replaced  INTEGER NOT NULL CHECK (replaced IN (0, 1)),
    PRIMARY KEY (kind, id, field)
) WITHOUT ROWID;

-- The parent's own routine files as last shared: a changed or removed file is a local change.
CREATE TABLE sync_files (
    routine_id  TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    mtime_ns    INTEGER NOT NULL,
    sha256      TEXT NOT NULL
);

-- The other laptops' names, as they give them in their device.json.
CREATE TABLE sync_devices (
    device  TEXT PRIMARY KEY,
    name    TEXT NOT NULL
);
