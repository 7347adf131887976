"""The babies dialog and the words for ages."""
