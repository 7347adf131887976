-- The crash journal: one row for each session that is (or was, when its process died) running.
-- The session itself is written to `sessions` with status 'interrupted' at every checkpoint, so a
-- reader that knows nothing of this table still sees it, with the time up to the last checkpoint.
-- This row adds what is needed to continue it. Saving the finished session (which replaces the
-- sessions row) removes this row by cascade; so does deleting the session.
CREATE TABLE running_sessions (
    session_id     TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    routine_id     TEXT NOT NULL,
    stage_index    INTEGER NOT NULL CHECK (stage_index >= 0),
    stage_elapsed  REAL NOT NULL CHECK (stage_elapsed >= 0),   -- seconds in the current stage
    total_elapsed  REAL NOT NULL CHECK (total_elapsed >= 0),   -- seconds of the whole session
    wait_for_me    INTEGER NOT NULL CHECK (wait_for_me IN (0, 1)),
    engine_state   TEXT NOT NULL,                              -- JSON, see core/journal.py
    checkpoint_at  TEXT NOT NULL,                              -- wall time, ISO 8601 UTC
    owner_pid      INTEGER,                                    -- the process that wrote it
    owner_boot     TEXT NOT NULL DEFAULT '',                   -- that machine boot (Linux boot id)
    recovered_at   TEXT                                        -- set once a later start recorded it
);
