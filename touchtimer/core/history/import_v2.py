"""What format version 2 of the export adds, checked: caregivers, and on sessions and babies the
fields of issue 16 and 14 (who held the baby, kangaroo-care details, per-baby responses and targets,
still in neonatal care). Kept apart from ``import_check`` (the version 1 reader), which calls these
for a version 2 file; a version 1 file never has them and imports exactly as before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from touchtimer.core.babies.ages import Baby
from touchtimer.core.history.import_words import same_id
from touchtimer.core.i18n import QT_TRANSLATE_NOOP
from touchtimer.core.session.record import (
    BABY_RESPONSES,
    FED_AT_BREAST,
    BabyResponse,
    Caregiver,
    SessionRecord,
)
from touchtimer.core.storage.rows import iso

if TYPE_CHECKING:
    from touchtimer.core.history.import_check import _Checker

SESSION_V2_OPTIONAL = ("caregiver_ids", "baby_responses", "fed_at_breast", "interruptions")
BABY_V2_OPTIONAL = ("in_neonatal_care", "daily_target_minutes")
CAREGIVER_FIELDS = ("id", "name")
CAREGIVER_OPTIONAL = ("mother", "created_at")
MAX_ID = 200


def check_session_v2(c: _Checker, where: str, raw: dict[str, Any], record: SessionRecord) -> SessionRecord:
    """``record`` with the version 2 fields of ``raw``; problems go to ``c``."""
    carers = c.ids(f"{where}.caregiver_ids", raw.get("caregiver_ids", []),
                   QT_TRANSLATE_NOOP("Import", "a list of caregiver ids"))
    responses: dict[str, BabyResponse] = {}
    raw_responses = raw.get("baby_responses", {})
    if not isinstance(raw_responses, dict):
        c.bad(f"{where}.baby_responses", QT_TRANSLATE_NOOP("Import", "an object of baby id to response"),
              raw_responses)
    else:
        for baby_id, value in raw_responses.items():
            if len(baby_id) > MAX_ID or not baby_id.strip():
                c.bad(f"{where}.baby_responses", QT_TRANSLATE_NOOP("Import", "baby ids as keys"), baby_id)
            elif c.choice(f"{where}.baby_responses.{baby_id}", value, BABY_RESPONSES):
                responses[baby_id] = cast(BabyResponse, value)
    fed = raw.get("fed_at_breast")
    c.choice(f"{where}.fed_at_breast", fed, FED_AT_BREAST, nullable=True)
    interruptions = c.whole(f"{where}.interruptions", raw.get("interruptions"), nullable=True, high=1000)[1]
    return replace(record, caregiver_ids=carers, baby_responses=responses,
                   fed_at_breast=fed if fed in FED_AT_BREAST else None, interruptions=interruptions)


def check_baby_v2(c: _Checker, where: str, raw: dict[str, Any], baby: Baby) -> Baby:
    in_care = raw.get("in_neonatal_care", False)
    if not isinstance(in_care, bool):
        c.bad(f"{where}.in_neonatal_care", QT_TRANSLATE_NOOP("Import", "true or false"), in_care)
        in_care = False
    target = c.whole(f"{where}.daily_target_minutes", raw.get("daily_target_minutes"), nullable=True, low=1,
                     high=24 * 60)[1]
    return replace(baby, in_neonatal_care=in_care, daily_target_minutes=target)


def check_caregivers(c: _Checker, raw: Any) -> list[tuple[Caregiver, str]]:
    """The file's ``caregivers`` list: ``(caregiver, created_at)`` for each good one."""
    if not isinstance(raw, list):
        c.bad("caregivers", QT_TRANSLATE_NOOP("Import", "a list"), raw)
        return []
    out: list[tuple[Caregiver, str]] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(raw):
        where = f"caregivers[{i}]"
        if not isinstance(item, dict):
            c.bad(where, QT_TRANSLATE_NOOP("Import", "an object"), item)
            continue
        count = len(c.problems)
        c.keys(where, item, CAREGIVER_FIELDS, CAREGIVER_OPTIONAL)
        carer_id = c.text(f"{where}.id", item.get("id"), empty=False, limit=MAX_ID) if "id" in item else None
        name = c.text(f"{where}.name", item.get("name"), empty=False, limit=80) if "name" in item else None
        mother = item.get("mother", False)
        if not isinstance(mother, bool):
            c.bad(f"{where}.mother", QT_TRANSLATE_NOOP("Import", "true or false"), mother)
        created = item.get("created_at", "")
        if "created_at" in item:
            moment = c.moment(f"{where}.created_at", created)
            created = created if moment is None else iso(moment)
        if len(c.problems) > count or carer_id is None or name is None:
            continue
        if carer_id in seen:
            c.add(f"{where}.id", same_id(carer_id, f"caregivers[{seen[carer_id]}]"))
            continue
        seen[carer_id] = i
        out.append((Caregiver(carer_id, name, bool(mother)), str(created)))
    return out
