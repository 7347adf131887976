"""Storage: SQLite and the private files beside it. Nothing outside this package touches SQL.

``store.Store`` (from ``store.open_store``) holds one database and reaches it through a repository per
concern: ``store.sessions`` (``sessions.py``), ``store.babies`` (``babies.py``) and
``store.checkpoints`` (the crash journal, ``checkpoints.py``), all mapping rows to records in one place
(``rows.py``). After every committed write it announces one ``changes.Changes`` on ``store.changes``;
tests make it fail as the machine would through ``store.faults`` (``faults.py``). Beside it: migrations,
repair and recovery of a damaged file, backups, storage-error classification, atomic private files, the
discard list and "delete all my data"."""
