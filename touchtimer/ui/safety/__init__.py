"""The emergency screen and the optional parent check-in."""
