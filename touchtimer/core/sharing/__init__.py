"""Sharing one history between laptops through a folder both see: no server, no network code.

Its own package (not part of ``history``) because it shares more than the history: babies,
caregivers and the parent's own routine files too, and it writes into the routines folder. It sits
beside ``history`` above ``storage``: the store records every local edit for sharing in the edit's own
transaction (``storage/stamps.py``) and applies the other laptops' changes field by field
(``storage/shared_apply.py``); this package only reads and writes the folder.

- ``layout``: the folder's shape (``<folder>/touchtimer/<device id>/changes-NNNNNNNN.jsonl``) and how
  each name found there is classified (a change file, a sync tool's temporary file or conflict copy,
  something unexpected).
- ``segments``: one change file, written whole and atomically, read back with its checksum.
- ``routine_files``: the parent's routine files as shared entities.
- ``exchange``: one exchange (read the others' new files, apply them, write this laptop's changes),
  and :class:`~touchtimer.core.sharing.exchange.SharingStatus`, which reports each problem once.
See ``docs/sharing.md``.
"""
