-- History lists sessions newest first with the id as a tie-break, page by page: one index that
-- holds both keeps every page a plain index walk (no sort). It replaces the start-only index.
CREATE INDEX sessions_by_start_id ON sessions (started_at DESC, id);
DROP INDEX sessions_by_start;
-- The longest session's wall-clock span, read in one step: a date range then becomes a two-sided
-- range on started_at (a session running into the range began at most this long before it).
CREATE INDEX sessions_by_span ON sessions ((julianday(ended_at) - julianday(started_at)));
