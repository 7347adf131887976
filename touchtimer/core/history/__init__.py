"""Looking back: days and totals, and export and import of the whole history."""
