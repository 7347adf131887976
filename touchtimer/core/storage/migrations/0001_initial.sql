-- The first schema: babies, sessions (with the babies they were for) and each session's stages.
CREATE TABLE babies (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    born_on     TEXT NOT NULL,              -- ISO date
    due_on      TEXT,                       -- ISO date, when known
    created_at  TEXT NOT NULL
);

CREATE TABLE sessions (
    id               TEXT PRIMARY KEY,      -- UUID
    routine_id       TEXT NOT NULL,
    routine_title    TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('skin_to_skin', 'massage')),
    started_at       TEXT NOT NULL,         -- ISO 8601, UTC, with offset
    ended_at         TEXT NOT NULL,
    local_date       TEXT NOT NULL,         -- ISO date, local day the session began
    planned_seconds  INTEGER,               -- NULL when a stage is open-ended
    actual_seconds   INTEGER NOT NULL CHECK (actual_seconds >= 0),
    status           TEXT NOT NULL CHECK (status IN ('completed', 'ended_early', 'interrupted')),
    baby_response    TEXT CHECK (baby_response IN ('calm', 'fussy', 'fell_asleep', 'cried')),
    mood_before      INTEGER CHECK (mood_before BETWEEN 1 AND 5),
    mood_after       INTEGER CHECK (mood_after BETWEEN 1 AND 5),
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_start ON sessions (started_at DESC);
CREATE INDEX sessions_by_kind ON sessions (kind, started_at DESC);
CREATE INDEX sessions_by_routine ON sessions (routine_id, started_at DESC);

CREATE TABLE session_babies (
    session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    baby_id     TEXT NOT NULL REFERENCES babies (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, baby_id)
);
CREATE INDEX session_babies_by_baby ON session_babies (baby_id);

CREATE TABLE session_stages (
    session_id       TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    title            TEXT NOT NULL,
    side             TEXT CHECK (side IN ('left', 'right')),
    planned_seconds  INTEGER,
    actual_seconds   INTEGER NOT NULL CHECK (actual_seconds >= 0),
    status           TEXT NOT NULL CHECK (status IN ('done', 'skipped', 'stopped', 'not_reached')),
    PRIMARY KEY (session_id, position)
);
