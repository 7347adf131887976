"""Everything touchtimer creates has explicit modes, whatever the umask: the data and config folders
0700 and every file in them 0600 (the lock file included); the desktop files 0644 in 0755 folders,
since the desktop, not only this user, reads them."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

SCRIPT = r'''
import os, sys
from datetime import UTC, date, datetime
from pathlib import Path
os.umask(0)
data, config, exported = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from touchtimer.ui.platform.single_instance import SingleInstance
instance = SingleInstance(data)
assert instance.claim(listen=True)
from touchtimer.core.startup import open_data
from touchtimer.core.storage.backups import daily_backup
from touchtimer.core.storage.discards import remember_discard
from touchtimer.core.settings import Settings, save_settings
from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.routines.user_files import copy_of, save_routine
from touchtimer.core.history.export_format import export_json
from touchtimer.core.storage.atomic_file import write_file_atomically
from tests.helpers.stores import session
opened = open_data(data, now=lambda: datetime(2026, 3, 1, tzinfo=UTC))
opened.store.sessions.save(session(1))
assert daily_backup(opened.store, date(2026, 3, 1)).path is not None
remember_discard(config, "s-1")
save_settings(config, Settings())
routine = builtin_routines().routines[0]
save_routine(copy_of(routine, [], "Mine"), data / "routines")
write_file_atomically(exported, export_json(opened.store))
print("lock", oct(os.stat(instance.lock_files()[0]).st_mode & 0o777))
opened.store.close()
instance.release()
'''


def modes(folder: Path) -> dict[str, int]:
    found = {folder.name: stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        if not path.is_socket():
            found[str(path.relative_to(folder.parent))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def test_under_umask_000_every_folder_is_0700_and_every_file_0600(tmp_path: Path) -> None:
    data, config = tmp_path / "deep" / "data", tmp_path / "conf" / "touchtimer"
    exported = tmp_path / "export.json"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(tmp_path / "run")}
    (tmp_path / "run").mkdir(mode=0o700)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(data), str(config), str(exported)],
                          capture_output=True, text=True, timeout=120, env=env, check=False,
                          cwd=Path(__file__).resolve().parents[3])
    assert done.returncode == 0, done.stderr
    assert "lock 0o600" in done.stdout                   # QLockFile alone made it 0666
    for root in (tmp_path / "deep", tmp_path / "conf"):
        for name, mode in modes(root).items():
            wanted = 0o700 if (tmp_path / name).is_dir() or (root.parent / name).is_dir() else 0o600
            assert mode == wanted, (name, oct(mode))
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    for lock in (tmp_path / "run").iterdir():
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600, lock


def test_under_umask_000_the_desktop_files_are_world_readable_not_writable(tmp_path: Path) -> None:
    code = ("import os, sys\nos.umask(0)\nfrom pathlib import Path\n"
            "from touchtimer.cli.desktop_install import install\n"
            "install(Path(sys.argv[1]), command='touchtimer')\n")
    share = tmp_path / "share"
    done = subprocess.run([sys.executable, "-c", code, str(share)], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    found = modes(share)
    assert found and all(mode == (0o755 if (tmp_path / name).is_dir() else 0o644)
                         for name, mode in found.items()), found
