"""A running session: the engine (every operation takes ``now``), its typed events, the cue planner,
checkpoints and recovery, sleep detection, and saving what the session leaves behind."""
