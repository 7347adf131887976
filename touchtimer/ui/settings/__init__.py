"""The settings dialog and "delete all my data"."""
