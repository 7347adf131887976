"""Qt widgets only: they take core objects in their constructor, show them and send commands."""
