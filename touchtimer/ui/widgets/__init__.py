"""Shared pieces: theme, buttons, texts, calm dialogs and bars."""
