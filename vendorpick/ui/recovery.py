"""Recovery files: the open project autosaved while it has unsaved changes.

A recovery file lives in the application's data folder (``recovery/``) and
belongs to one window: its name starts with the window's session id
(``SESSION.STEM.vendorpick.json``, STEM a hash of the project's absolute
path, ``untitled`` for a project never saved) and a small sidecar names the
original file (absolute) and the time.  The session holds ``SESSION.lock``
(a :class:`QLockFile`) for as long as the window lives, so:

- a clean save or close removes the window's own files, never another's;
- at start-up only files whose session lock can be taken are offered: their
  window ended without saving (Qt removes the lock of a process that no
  longer runs).  A second window running beside the first never offers, and
  never deletes, the first one's live autosave.

Files of older versions (``STEM.vendorpick.json`` without a session) have no
lock and are always offered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

from vendorpick.project.io import dumps, write_atomic
from vendorpick.project.model import Project

SUFFIX = ".vendorpick.json"
SIDECAR = ".origin.json"
LOCK_SUFFIX = ".lock"


def default_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(os.path.abspath(Path(base) / "recovery"))


def absolute(path: str | os.PathLike[str]) -> Path:
    """``path`` made absolute against the current folder (symbolic links kept:
    the user opened that name)."""
    return Path(os.path.abspath(path))


@dataclass(frozen=True)
class RecoveryEntry:
    file: Path
    original: Path | None
    saved_at: str
    session: str = ""


class RecoveryStore:
    """Writes, lists and removes recovery files in one folder, for one window."""

    def __init__(self, folder: Path | None = None):
        self.folder = absolute(folder) if folder else default_folder()
        self.session = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._lock: QLockFile | None = None
        self._adopted: dict[str, QLockFile] = {}

    # ------------------------------------------------------------------ locks

    def _lock_file(self, session: str) -> QLockFile:
        lock = QLockFile(str(self.folder / (session + LOCK_SUFFIX)))
        lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        return lock

    def hold(self) -> bool:
        """Take this window's lock (done before the first write)."""
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            lock = self._lock_file(self.session)
            if not lock.tryLock(0):
                return False
            self._lock = lock
        return True

    def release(self) -> None:
        """Give up this window's lock (closing; or a test's stand-in for the
        process dying) and every lock adopted from ended sessions."""
        for lock in [self._lock, *self._adopted.values()]:
            if lock is not None:
                lock.unlock()
        self._lock, self._adopted = None, {}

    def _ended(self, session: str) -> bool:
        """True when ``session``'s window no longer runs; its lock is then held
        by this store until its files are discarded."""
        if not session or session in self._adopted:
            return True
        if session == self.session:
            return False
        lock = self._lock_file(session)
        if not lock.tryLock(0):
            return False
        self._adopted[session] = lock
        return True

    # ------------------------------------------------------------ own files

    @staticmethod
    def stem(original: Path | None) -> str:
        if original is None:
            return "untitled"
        key = str(absolute(original)).encode("utf-8")
        return hashlib.sha256(key).hexdigest()[:16]

    def file_for(self, original: Path | None) -> Path:
        return self.folder / f"{self.session}.{self.stem(original)}{SUFFIX}"

    def write(self, project: Project, original: Path | None) -> Path:
        """Save ``project`` as this window's recovery file of ``original`` (atomically)."""
        self.hold()
        target = self.file_for(original)
        write_atomic(target, dumps(project).encode("utf-8"))
        side = {"original": str(absolute(original)) if original else None,
                "saved_at": dt.datetime.now().isoformat(timespec="seconds"), "session": self.session}
        write_atomic(self._sidecar(target), json.dumps(side, ensure_ascii=False).encode("utf-8"))
        return target

    def remove(self, original: Path | None) -> None:
        """Remove this window's recovery file of ``original`` (never another window's)."""
        target = self.file_for(original)
        for path in (target, self._sidecar(target)):
            path.unlink(missing_ok=True)

    # ------------------------------------------------- earlier sessions' files

    def discard(self, entry: RecoveryEntry) -> None:
        """Remove an ended session's recovery file (the user decided about it)."""
        if entry.session == self.session:
            return
        for path in (entry.file, self._sidecar(entry.file)):
            path.unlink(missing_ok=True)
        lock = self._adopted.get(entry.session)
        if lock is not None and not any(self.folder.glob(f"{entry.session}.*{SUFFIX}")):
            lock.unlock()  # removes the lock file too
            del self._adopted[entry.session]

    def pending(self) -> list[RecoveryEntry]:
        """Recovery files of windows that ended without saving, newest first;
        never this window's own nor those of a window still running."""
        if not self.folder.is_dir():
            return []
        entries = []
        for file in self.folder.glob("*" + SUFFIX):
            session = self.session_of(file)
            if self._ended(session):
                entries.append(self._entry(file, session))
        self._sweep_locks({e.session for e in entries})
        return sorted(entries, key=lambda e: e.saved_at, reverse=True)

    def _sweep_locks(self, in_use: set[str]) -> None:
        """Remove the locks of ended windows that left no recovery file (they
        saved, then crashed): taking a dead owner's lock and releasing it
        deletes it; a running window's lock cannot be taken and stays."""
        for lock_path in self.folder.glob("*" + LOCK_SUFFIX):
            session = lock_path.name.removesuffix(LOCK_SUFFIX)
            if session == self.session or session in in_use or session in self._adopted:
                continue
            lock = self._lock_file(session)
            if lock.tryLock(0):
                lock.unlock()

    @staticmethod
    def session_of(file: Path) -> str:
        parts = file.name.removesuffix(SUFFIX).split(".")
        return parts[0] if len(parts) == 2 else ""

    def _entry(self, file: Path, session: str) -> RecoveryEntry:
        try:
            side = json.loads(self._sidecar(file).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            side = {}
        original = side.get("original") if isinstance(side, dict) else None
        saved_at = side.get("saved_at") if isinstance(side, dict) else None
        if not isinstance(saved_at, str):
            saved_at = dt.datetime.fromtimestamp(file.stat().st_mtime).isoformat(timespec="seconds")
        return RecoveryEntry(file, absolute(original) if isinstance(original, str) and original else None, saved_at, session)

    @staticmethod
    def _sidecar(file: Path) -> Path:
        return file.with_name(file.name.removesuffix(SUFFIX) + SIDECAR)
