"""Write docs/routines.md from the built-in routine files and the safety-screen text.

Run from the repository root:  python scripts/make_routines_doc.py          (writes the file)
                               python scripts/make_routines_doc.py --check  (exit 1 if out of date)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from touchtimer.core import safety  # noqa: E402
from touchtimer.core.durations import length_words  # noqa: E402
from touchtimer.core.routines.files import builtin_routines  # noqa: E402
from touchtimer.core.routines.model import Prompt, Routine, Stage  # noqa: E402
from touchtimer.core.session.position_checks import CHECKLIST_AGAIN, check_every  # noqa: E402

DOC_PATH = ROOT / "docs" / "routines.md"
KIND_NAMES = {"skin_to_skin": "Skin-to-skin", "massage": "Massage"}


def duration(seconds: int) -> str:
    return length_words(seconds)


def ages(routine: Routine) -> str:
    return f"{routine.min_age_weeks}-{routine.max_age_weeks} weeks"


def length(routine: Routine) -> str:
    total = routine.total_seconds
    return "open-ended" if total is None else duration(total)


def flags(routine: Routine) -> str:
    out = []
    if routine.preterm:
        out.append("for babies born early (preterm)")
    if routine.care_team:
        out.append("needs the care team's agreement")
    return "; ".join(out) or "none"


def stage_length(stage: Stage) -> str:
    if stage.seconds is not None:
        return duration(stage.seconds)
    if stage.target_seconds is not None:
        return f"open-ended, target {duration(stage.target_seconds)}"
    return "open-ended, move on when ready"


def prompt_line(prompt: Prompt) -> str:
    if prompt.at_seconds is not None:
        when = f"at {duration(prompt.at_seconds)}" if prompt.at_seconds else "at the start"
    else:
        assert prompt.every_seconds is not None
        when = f"every {duration(prompt.every_seconds)}"
    label = "Check" if prompt.kind == "check" else "Prompt"
    line = f"   - {label}, {when}: {prompt.text}"
    if prompt.spoken:
        line += f" *(spoken: \"{prompt.spoken}\")*"
    return line


def bullet_section(title: str, items: tuple[str, ...]) -> list[str]:
    if not items:
        return []
    return [f"### {title}", "", *(f"- {item}" for item in items), ""]


def render_routine(routine: Routine) -> list[str]:
    lines = [
        f"## {routine.title}",
        "",
        f"- Id: `{routine.id}`",
        f"- Kind: {KIND_NAMES[routine.kind]}",
        f"- Ages: {ages(routine)}",
        f"- Length: {length(routine)}",
        f"- Flags: {flags(routine)}",
        "",
        routine.summary,
        "",
    ]
    lines += bullet_section("Preparation", routine.preparation)
    lines += bullet_section("Safe position (read before starting; confirmed about a minute after baby is "
                            "placed on the chest)" if routine.kind == "skin_to_skin" else "Safety",
                            routine.safety)
    lines += bullet_section("When not to", routine.when_not_to)
    cues = routine.cues
    if cues.engaged or cues.pause or cues.stop:
        lines += ["### Baby cues", ""]
        if cues.engaged:
            lines.append(f"- Ready and enjoying it: {'; '.join(cues.engaged)}.")
        if cues.pause:
            lines.append(f"- Subtle cues, pause: {'; '.join(cues.pause)}.")
        if cues.stop:
            lines.append(f"- Clear cues, stop: {'; '.join(cues.stop)}.")
        lines.append("")
    lines += ["### Stages", ""]
    if routine.kind == "skin_to_skin":
        lines += [f"Position checks keep their own clock from the moment baby is placed on the chest: the "
                  f"safe-position checklist a minute later (asked again every "
                  f"{duration(CHECKLIST_AGAIN)} until confirmed), then a check every "
                  f"{duration(check_every(routine))} after placing, through pauses and waits. The checks "
                  "below give their words.", ""]
    for number, stage in enumerate(routine.stages, 1):
        side = f", {stage.side} side" if stage.side else ""
        lines.append(f"{number}. **{stage.title}** ({stage_length(stage)}{side}). {stage.instruction}")
        if stage.spoken:
            lines.append(f"   *(spoken: \"{stage.spoken}\")*")
        if stage.placing:
            lines.append("   - Baby is placed on the chest here: the position checks' clock starts.")
        lines += [prompt_line(p) for p in stage.prompts]
    lines.append("")
    notes = routine.all_benefits
    lines += ["### What the evidence says", ""]
    if notes:
        lines += [f"- {n.text} *Source: {n.source}. Certainty: {n.certainty}.*" for n in notes]
    else:
        lines.append("- No benefit claims: there is no research to cite for this routine. It is simply "
                     "time together.")
    lines.append("")
    return lines


def render_safety() -> list[str]:
    e = safety.EMERGENCY
    lines = [
        "## Safety screens",
        "",
        f"### {e.title} (one key, H, and one button on every page)",
        "",
        f"For the neonatal unit's routines the screen begins: **{safety.NEONATAL_FIRST_STEP}**",
        "",
        f"**{e.call_now}**",
        "",
        f"**{safety.number_line('')}** (Or the parent's own number, once saved in Settings: "
        f"\"{safety.YOUR_NUMBER.format(number='999')}\".)",
        "",
        *(f"- {sign}" for sign in e.call_signs),
        "",
        f"{e.count_breaths} With no baby chosen every age band is shown; for a session with a baby, "
        "only the band for their age since birth:",
        "",
        *(f"- {band.line}" for band in e.breathing),
        "",
        f"*{e.breathing_source}*",
        "",
        "While you call:",
        "",
        *(f"{n}. {step}" for n, step in enumerate(e.while_calling, start=1)),
        "",
        f"{e.position_title}:",
        "",
        *(f"- {sign}" for sign in e.position_signs),
        "",
        e.position_action,
        "",
        f"### {safety.CHECK_IN_TITLE} (optional parent check-in, never scored)",
        "",
        safety.CHECK_IN_INTRO,
        "",
        f"1. {safety.WHOOLEY_DOWN} (yes / no / skip)",
        f"2. {safety.WHOOLEY_INTEREST} (yes / no / skip)",
        f"3. Only after a \"yes\" to either: {safety.FOLLOW_UP} (yes / no / skip)",
        "",
        f"Always available as a choice: \"{safety.UNSAFE_CHOICE}\".",
        "",
        "What is shown afterwards (no scores, no labels):",
        "",
        "- Feeling unsafe: the crisis guidance first.",
        "- Yes to the help question: the \"wants help\" guidance.",
        "- Any other yes: the signpost.",
        "- Only no (or no and skip): thanks.",
        "- Everything skipped: a short note that the check-in is there any time.",
        "- The crisis guidance is always shown, last when nothing points to it.",
        "",
    ]
    lines += [f"- *{g.value}*: {text}" for g, text in safety.GUIDANCE_TEXT.items()]
    lines += ["", "Local examples (check before each release):", ""]
    lines += [f"- {region}: {text}" for region, text in safety.LOCAL_EXAMPLES]
    lines.append("")
    return lines


def render() -> str:
    """The whole page, from the routine files as they are now."""
    result = builtin_routines()
    if result.errors:
        raise SystemExit("routine files have errors:\n" + "\n".join(str(e) for e in result.errors))
    routines = sorted(result.routines, key=lambda r: (r.kind, r.min_age_weeks, r.max_age_weeks, r.id))
    lines = [
        "# Built-in routines",
        "",
        "Generated by `scripts/make_routines_doc.py` from `touchtimer/routines/*.toml`; do not edit by hand.",
        "",
        "Ages are completed weeks, both ends included; for a baby born early, touchtimer uses the age "
        "corrected to the due date. Certainty says how sure the research is: high, moderate, low or very "
        "low, or guidance for a recommendation from a health organisation. touchtimer is not a treatment; "
        "the notes say what studies found, nothing more.",
        "",
        "| Routine | Kind | Ages | Length | Flags |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {r.title} | {KIND_NAMES[r.kind]} | {ages(r)} | {length(r)} | {flags(r)} |"
              for r in routines]
    lines.append("")
    for routine in routines:
        lines += render_routine(routine)
    lines += render_safety()
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/routines.md is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = DOC_PATH.read_text(encoding="utf-8") if DOC_PATH.exists() else ""
        if current != text:
            print(f"{DOC_PATH.relative_to(ROOT)} is out of date; run python scripts/make_routines_doc.py")
            return 1
        return 0
    DOC_PATH.parent.mkdir(parents=True, exist_ok=True)
    DOC_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {DOC_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
