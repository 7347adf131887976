"""Storage: SQLite and the private files beside it. Nothing outside this package touches SQL.

Migrations, repair and recovery, backups, storage-error classification, atomic private files and
"delete all my data"."""
