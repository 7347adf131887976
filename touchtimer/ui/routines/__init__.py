"""Home (choosing a routine and babies) and the routine editor."""
