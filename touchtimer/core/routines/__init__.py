"""Routines: the immutable model, reading and checking routine files (TOML), writing them back,
drafts being edited, and the parent's own routine files. Nothing here knows about sessions or storage."""
