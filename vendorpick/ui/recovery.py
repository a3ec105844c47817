"""Recovery files: the open project autosaved while it has unsaved changes.

A recovery file lives in the application's data folder (``recovery/``) and is
named after a hash of the project's path (``untitled`` for a project never
saved); a small sidecar names the original file and the time.  A clean save
or close removes both, so a recovery file found at start-up means the
previous session ended without saving: the user is offered to recover it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from vendorpick.project.io import dumps, write_atomic
from vendorpick.project.model import Project

SUFFIX = ".vendorpick.json"
SIDECAR = ".origin.json"


def default_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    file: Path
    original: Path | None
    saved_at: str


class RecoveryStore:
    """Writes, lists and removes recovery files in one folder."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else default_folder()

    @staticmethod
    def stem(original: Path | None) -> str:
        if original is None:
            return "untitled"
        key = str(Path(original).resolve()).encode("utf-8")
        return hashlib.sha256(key).hexdigest()[:16]

    def file_for(self, original: Path | None) -> Path:
        return self.folder / (self.stem(original) + SUFFIX)

    def write(self, project: Project, original: Path | None) -> Path:
        """Save ``project`` as the recovery file of ``original`` (atomically)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.file_for(original)
        write_atomic(target, dumps(project).encode("utf-8"))
        side = {"original": str(original) if original else None,
                "saved_at": dt.datetime.now().isoformat(timespec="seconds")}
        write_atomic(self._sidecar(target), json.dumps(side, ensure_ascii=False).encode("utf-8"))
        return target

    def remove(self, original: Path | None) -> None:
        target = self.file_for(original)
        for path in (target, self._sidecar(target)):
            path.unlink(missing_ok=True)

    def discard(self, entry: RecoveryEntry) -> None:
        for path in (entry.file, self._sidecar(entry.file)):
            path.unlink(missing_ok=True)

    def pending(self) -> list[RecoveryEntry]:
        """Recovery files left by an earlier session, newest first."""
        if not self.folder.is_dir():
            return []
        entries = [self._entry(f) for f in self.folder.glob("*" + SUFFIX)]
        return sorted(entries, key=lambda e: e.saved_at, reverse=True)

    def _entry(self, file: Path) -> RecoveryEntry:
        try:
            side = json.loads(self._sidecar(file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            side = {}
        original = side.get("original") if isinstance(side, dict) else None
        saved_at = side.get("saved_at") if isinstance(side, dict) else None
        if not isinstance(saved_at, str):
            saved_at = dt.datetime.fromtimestamp(file.stat().st_mtime).isoformat(timespec="seconds")
        return RecoveryEntry(file, Path(original) if isinstance(original, str) else None, saved_at)

    @staticmethod
    def _sidecar(file: Path) -> Path:
        return file.with_name(file.name.removesuffix(SUFFIX) + SIDECAR)
