-- A session keeps its journal row while its summary is on screen: it has finished, and the parent is
-- answering "how did your baby respond?" and typing a note, which are checkpointed as they change.
-- If touchtimer stops then, the next start must not offer to continue it (there is nothing left to
-- run) but to save it with what was written. This column says how it ended ('completed' or
-- 'ended_early'); it is NULL while the session runs. The sessions row still says 'interrupted' until
-- the parent saves.
ALTER TABLE running_sessions ADD COLUMN finished_status TEXT
    CHECK (finished_status IS NULL OR finished_status IN ('completed', 'ended_early'));
