"""Merging a checked export into the store, by id, in one transaction.

A session or baby whose id is already stored is left as it is, even when the file's copy differs
(so an old export never overwrites notes made since); the summary counts those separately. One
exception: a session stored only as its crash-safety checkpoint (``interrupted``) is completed by
the file's finished copy of it (see :func:`_completes`). Nothing changes if any write fails.
Something deleted here after sharing it (a tombstone) is not brought back by an old file: it is
counted as "deleted here" instead. Caregivers (format 2) merge like babies.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time

from touchtimer.core.babies.ages import Baby
from touchtimer.core.history.export_format import session_json
from touchtimer.core.history.import_check import ImportProblems, ParsedExport
from touchtimer.core.history.import_words import Problem
from touchtimer.core.i18n import QT_TRANSLATE_NOOP, words
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.storage.errors import classify_storage_error
from touchtimer.core.storage.rows import iso
from touchtimer.core.storage.store import Store, StoreError


@dataclass
class ImportSummary:
    sessions_added: int = 0
    sessions_already_there: int = 0
    sessions_kept_ours: list[str] = field(default_factory=list)   # same id, different content
    babies_added: int = 0
    babies_already_there: int = 0
    babies_kept_ours: list[str] = field(default_factory=list)
    caregivers_added: int = 0
    #: in the file, but deleted here since (shared deletions are final): not brought back
    deleted_here: list[str] = field(default_factory=list)
    #: stored only as an interrupted checkpoint, now replaced by the file's finished copy
    sessions_completed: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One plain line: "added 3 sessions and 1 baby, already there 5" (translatable parts)."""
        sessions = words(QT_TRANSLATE_NOOP("Import", "%n session(s)", None, 0), self.sessions_added)
        babies = words(QT_TRANSLATE_NOOP("Import", "%n (baby|babies)", None, 0), self.babies_added)
        line: str = words(QT_TRANSLATE_NOOP("Import", "added {sessions} and {babies}, already there {same}"),
                          sessions=sessions, babies=babies,
                          same=self.sessions_already_there + self.babies_already_there)
        kept = len(self.sessions_kept_ours) + len(self.babies_kept_ours)
        if kept:
            line = words(QT_TRANSLATE_NOOP("Import", "{line} (%n of those differ from the file; the copy "
                                           "already here was kept)", None, 0), kept, line=line)
        more = []
        if self.caregivers_added:
            more.append(words(QT_TRANSLATE_NOOP("Import", "added %n caregiver(s)", None, 0),
                              self.caregivers_added))
        if self.deleted_here:
            more.append(words(QT_TRANSLATE_NOOP("Import", "left out %n (entry|entries) deleted here since "
                                                "(deleted things do not come back)", None, 0),
                              len(self.deleted_here)))
        if self.sessions_completed:
            more.append(words(QT_TRANSLATE_NOOP("Import", "completed %n session(s) kept here only as "
                                                "interrupted", None, 0), len(self.sessions_completed)))
        for part in more:
            line = words(QT_TRANSLATE_NOOP("Import", "{line}; {more}"), line=line, more=part)
        return line


def _same_session(a: SessionRecord, b: SessionRecord) -> bool:
    return session_json(a) == session_json(b)


def _completes(ours: SessionRecord, theirs: SessionRecord) -> bool:
    """The file finishes a session stored only as its crash-safety checkpoint (``interrupted``).

    That happens when saving the finished session failed (a full disk) and it was saved as a file
    instead: the checkpoint written while it ran is already in the store under the same id.
    """
    return (ours.status == "interrupted" and theirs.status != "interrupted"
            and ours.started_at == theirs.started_at and theirs.actual_seconds >= ours.actual_seconds)


def import_export(store: Store, parsed: ParsedExport) -> ImportSummary:
    """Merge a checked file into ``store`` in one transaction; nothing changes on any problem."""
    summary = ImportSummary(notices=list(parsed.notices))
    existing_babies = {b.id: b for b in store.babies.list()}
    file_baby_ids = {b.id for b, _ in parsed.babies}
    known_carers = {c.id for c in store.caregivers.list()} | {c.id for c, _ in parsed.caregivers}
    problems: list[str] = []
    for i, record in enumerate(parsed.sessions):
        for j, baby_id in enumerate(record.baby_ids):
            if baby_id not in file_baby_ids and baby_id not in existing_babies:
                problems.append(Problem(f"sessions[{i}].baby_ids[{j}]", words(QT_TRANSLATE_NOOP(
                    "Import", 'no baby with id "{id}" in this file or in touchtimer'), id=baby_id)))
        for j, carer_id in enumerate(record.caregiver_ids):
            if carer_id not in known_carers:
                problems.append(Problem(f"sessions[{i}].caregiver_ids[{j}]", words(QT_TRANSLATE_NOOP(
                    "Import", 'no caregiver with id "{id}" in this file or in touchtimer'), id=carer_id)))
    if problems:
        raise ImportProblems(problems)
    try:
        _merge(store, parsed, existing_babies, summary)
    except sqlite3.Error as exc:  # a full disk, a read-only or locked file: rolled back, say so plainly
        raise StoreError(_write_problem(exc, store)) from exc
    return summary


def _write_problem(exc: sqlite3.Error, store: Store) -> str:
    where = str(store.path) if store.path is not None else "the data file"
    kind = classify_storage_error(exc)
    if kind == "full":
        why = "the disk is full"
    elif kind == "read_only":
        why = "the data folder cannot be written"
    elif kind == "busy":
        why = "another program is using the data file"
    else:
        why = str(exc)
    return f"could not write to {where}: {why}. Nothing was changed; please try again when that is fixed."


def _merge(store: Store, parsed: ParsedExport, existing_babies: dict[str, Baby],
           summary: ImportSummary) -> None:
    gone = store.local.deleted
    with store.batch():
        existing_carers = {c.id: c for c in store.caregivers.list()}
        for carer, created_at in parsed.caregivers:
            if carer.id in existing_carers or gone("caregiver", carer.id):
                if gone("caregiver", carer.id):
                    summary.deleted_here.append(carer.id)
                continue
            store.caregivers.save(carer, created_at=created_at or None)
            summary.caregivers_added += 1
        for baby, created_at in parsed.babies:
            if gone("baby", baby.id):
                summary.deleted_here.append(baby.id)
                continue
            ours = existing_babies.get(baby.id)
            if ours is not None:
                summary.babies_already_there += 1
                if ours != baby:
                    summary.babies_kept_ours.append(baby.id)
                continue
            # A file without the date a profile was made: its birth date stands in (never the clock).
            store.babies.save(baby, created_at=created_at or iso(datetime.combine(baby.born_on, time(), UTC)))
            summary.babies_added += 1
        dead_babies = {b.id for b, _ in parsed.babies if gone("baby", b.id)}
        for record in parsed.sessions:
            if gone("session", record.id):
                summary.deleted_here.append(record.id)
                continue
            if dead_babies & set(record.baby_ids):
                record = replace(record, baby_ids=[b for b in record.baby_ids if b not in dead_babies])
            ours_session = store.sessions.get(record.id)
            if ours_session is not None and _completes(ours_session, record):
                if not record.notes and ours_session.notes:    # a note written since is kept
                    record = replace(record, notes=ours_session.notes)
                store.sessions.save(record, remember_caregivers=False)   # its checkpoint row goes with it
                summary.sessions_completed.append(record.id)
                continue
            if ours_session is not None:
                summary.sessions_already_there += 1
                if not _same_session(ours_session, record):
                    summary.sessions_kept_ours.append(record.id)
                continue
            store.sessions.save(record, remember_caregivers=False)
            summary.sessions_added += 1
