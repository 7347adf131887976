"""``touchtimer sync``: one exchange from the command line, the folder remembered, plain exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from touchtimer.cli.commands import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_sync_through_a_folder_and_remember_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOUCHTIMER_CONFIG_DIR", str(tmp_path / "config"))
    share = tmp_path / "share"
    share.mkdir()
    example = Path(__file__).parents[1] / "core" / "history" / "data" / "export-v1-example.json"
    assert run(capsys, "--data-dir", str(tmp_path / "a"), "import", str(example))[0] == 0
    code, out, err = run(capsys, "sync", "--data-dir", str(tmp_path / "a"), "--folder", str(share),
                         "--name", "Mum's laptop")
    assert code == 0 and "shared" in out and err == ""
    saved = json.loads((tmp_path / "config" / "settings.json").read_text("utf-8"))
    assert saved["share_folder"] == str(share.resolve())
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "b"), "sync")        # the remembered folder
    assert code == 0 and "applied" in out
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "b"), "history", "--json")
    assert [s["routine_id"] for s in json.loads(out)] == ["close-time"]
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "b"), "sync")
    assert code == 0 and "nothing new" in out


def test_sync_says_plainly_what_is_wrong(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOUCHTIMER_CONFIG_DIR", str(tmp_path / "config"))
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "a"), "sync")
    assert code == 2 and "no shared folder chosen yet" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "a"), "sync", "--folder", str(tmp_path / "nope"))
    assert code == 1 and "not a folder that exists" in err and "Traceback" not in err
    assert not (tmp_path / "config" / "settings.json").exists()               # not remembered
    share = tmp_path / "stick"
    share.mkdir()
    assert run(capsys, "--data-dir", str(tmp_path / "a"), "sync", "--folder", str(share))[0] == 0
    share.rmdir() if not any(share.iterdir()) else __import__("shutil").rmtree(share)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "a"), "sync")
    assert code == 1 and "is not there" in err
