"""File handling of the main window: new, open, save, save as, recent files,
"save changes?", autosave to a recovery file and recovery after a crash.

Dialogs are module-level functions (``ask_*``, ``show_problems``) so that
tests replace them; everything else goes through the project layer
(:func:`vendorpick.project.io.load` and the atomic :func:`~vendorpick.project.io.save`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from vendorpick.errors import InputError, Problem, problems_text
from vendorpick.project import edit_builders_project as pb
from vendorpick.project import io
from vendorpick.project.model import FORMAT, Project
from vendorpick.ui.recovery import RecoveryEntry, RecoveryStore, absolute
from vendorpick.ui.undo import Document

RECENT_KEY = "files/recent"
MAX_RECENT = 8
AUTOSAVE_MS = 60_000
FILE_SUFFIX = ".vendorpick.json"


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def file_filter() -> str:
    return translate("DocumentActions", "vendorpick projects (*.vendorpick.json *.json);;All files (*)")


def ask_open_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("DocumentActions", "Open project"), "", file_filter())
    return path or None


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, translate("DocumentActions", "Save project as"), suggested, file_filter())
    return path or None


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """``"save"``, ``"discard"`` or ``"cancel"``."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("DocumentActions", "Unsaved changes"),
                      translate("DocumentActions", "Save the changes to “%1” before closing?").replace("%1", name),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


def ask_recover(parent: QWidget | None, entry: RecoveryEntry) -> bool:
    name = str(entry.original) if entry.original else translate("DocumentActions", "an untitled project")
    text = translate("DocumentActions", "vendorpick did not close normally. Recover the unsaved changes to %1 (autosaved %2)?")
    answer = QMessageBox.question(parent, translate("DocumentActions", "Recover unsaved changes"),
                                  text.replace("%1", name).replace("%2", entry.saved_at.replace("T", " ")))
    return answer == QMessageBox.StandardButton.Yes


def ask_conflict(parent: QWidget | None, name: str) -> str:
    """The file changed on disk since it was opened: ``"reload"``,
    ``"overwrite"``, ``"save_as"`` or ``"cancel"``."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("DocumentActions", "File changed by another program"),
                      translate("DocumentActions", "“%1” was changed on disk by another program or window since "
                                "you opened it. Saving now would replace those changes.").replace("%1", name),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(translate("DocumentActions", "Reload it (your unsaved changes are lost), overwrite it "
                                     "with your version, or save your version under another name."))
    reload = box.addButton(translate("DocumentActions", "&Reload"), QMessageBox.ButtonRole.DestructiveRole)
    overwrite = box.addButton(translate("DocumentActions", "&Overwrite"), QMessageBox.ButtonRole.AcceptRole)
    save_as = box.addButton(translate("DocumentActions", "Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(save_as)
    box.exec()
    choices: dict[QAbstractButton, str] = {reload: "reload", overwrite: "overwrite", save_as: "save_as"}
    return choices.get(box.clickedButton(), "cancel")


def show_problems(parent: QWidget | None, title: str, problems: list[Problem], lang: str) -> None:
    QMessageBox.warning(parent, title, problems_text(problems, lang, limit=20))  # then "…and N more"


def blank_project(today: dt.date | None = None) -> Project:
    """A new project: twelve months from next month, no vendors yet, a typical
    online shop's hours and days (an assumption the forecast page labels)."""
    from vendorpick.project.presets import typical_shop_forecast

    today = today or dt.date.today()
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return io.parse_project({"format": FORMAT, "name": "", "start": f"{year:04d}-{month:02d}",
                             "months": 12, "forecast": {"base_monthly_contacts": 0, **typical_shop_forecast()}})


class DocumentActions(QObject):
    """The file commands of one :class:`Document` shown in ``window``."""

    recentChanged = Signal()
    # the window is closing normally (after "save changes?")
    closing = Signal()

    def __init__(self, document: Document, window: QWidget | None,
                 recovery: RecoveryStore | None = None, autosave_ms: int = AUTOSAVE_MS):
        super().__init__(window)
        self.document = document
        self.window = window
        self.recovery = recovery or RecoveryStore()
        self._autosaved_for: Path | None = None
        self._has_autosave = False
        self._stamp: io.FileStamp | None = None  # the file as opened or last saved
        self._recovered: RecoveryEntry | None = None  # an ended session's file, kept until its work is safe
        if document.path is not None:
            self.remember_file(document.path)
        self.timer = QTimer(self)
        self.timer.setInterval(autosave_ms)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # ------------------------------------------------------------ open / new

    def new_project(self) -> bool:
        if not self.maybe_save():
            return False
        self._replace(blank_project(), None)
        return True

    def open_file(self) -> bool:
        if not self.maybe_save():
            return False
        path = ask_open_path(self.window)
        return self.open_path(path) if path else False

    def open_recent(self, path: str) -> bool:
        """Open a recent file; one that no longer opens leaves the list."""
        if not self.maybe_save():
            return False
        if self.open_path(path):
            return True
        QSettings().setValue(RECENT_KEY, [f for f in self.recent_files() if f != path])
        self.recentChanged.emit()
        return False

    def open_path(self, path: str | Path) -> bool:
        """Load ``path`` (no questions asked); False with the problems shown when it is refused.
        The document keeps the absolute path, whatever the current folder later is."""
        target = absolute(path)
        project = self._load(target)
        if project is None:
            return False
        self._replace(project, target)
        self.add_recent(target)
        return True

    def _load(self, path: Path, title: str | None = None) -> Project | None:
        """The project in ``path``; None with its problems shown (under ``title``) when it is refused."""
        try:
            return io.load(path)
        except InputError as exc:
            show_problems(self.window, title or translate("DocumentActions", "Cannot open the project"),
                          exc.problems, self.document.lang)
            return None

    def _replace(self, project: Project, path: Path | None) -> None:
        """Show ``project``, read from ``path`` (None: a project of no file yet) with no unsaved
        changes: this window's recovery files go, and the file on disk is noted as it is now."""
        self._drop_recovery()
        self.document.replace(project, path)
        if path is None:
            self._stamp = None
        else:
            self.remember_file(path)

    def writable(self) -> bool:
        """False when Save would be refused: the file or its folder is read-only."""
        if self.document.path is None:
            return True
        try:
            io.check_writable(self.document.path)
        except InputError:
            return False
        return True

    def remember_file(self, path: Path) -> None:
        """Note what the file on disk looks like now (to see later changes by
        other programs) and tidy the temporary files its crashed saves left."""
        self._stamp = io.file_stamp(path)
        io.remove_stale_temps(path)

    def open_demo(self) -> bool:
        if not self.maybe_save():
            return False
        from vendorpick.project.demo import demo_project

        self._replace(demo_project(), None)
        return True

    # ------------------------------------------------------------------ save

    def save(self) -> bool:
        path = self.document.path
        if path is None:
            return self.save_as()
        if io.changed_since(path, self._stamp):
            answer = ask_conflict(self.window, path.name)
            if answer == "reload":
                return self.reload()
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        return self._write(path)

    def reload(self) -> bool:
        """Replace the document by the file as it is on disk now."""
        path = self.document.path
        project = self._load(path) if path is not None else None
        if project is None:
            return False
        self._replace(project, path)
        self.document.status.emit(translate("DocumentActions", "Reloaded %1").replace("%1", str(path)))
        return True

    def save_as(self) -> bool:
        current = self.document.path
        suggested = str(current) if current else (self.document.project.name or "project") + FILE_SUFFIX
        path = ask_save_path(self.window, suggested)
        if not path:
            return False
        if not path.endswith(".json"):
            path += FILE_SUFFIX
        return self._write(absolute(path))

    def _write(self, path: Path) -> bool:
        try:
            io.save(self.document.project, path)
        except InputError as exc:
            show_problems(self.window, translate("DocumentActions", "Cannot save the project"), exc.problems, self.document.lang)
            return False
        self._stamp = io.file_stamp(path)
        self._drop_recovery()
        self._forget_recovered()
        if path != self.document.path:
            self.document.set_path(path)
        self.document.undo_stack.setClean()
        self.add_recent(path)
        self.document.status.emit(translate("DocumentActions", "Saved %1").replace("%1", str(path)))
        return True

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes: True when it is fine to go on."""
        if self.document.undo_stack.isClean():
            return True
        name = self.document.path.name if self.document.path else translate("DocumentActions", "Untitled")
        answer = ask_save_changes(self.window, name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def close_document(self) -> None:
        """The window closes after ``maybe_save`` (the user saved or decided
        to discard): nothing left to recover."""
        self.timer.stop()
        self._drop_recovery()
        self._forget_recovered()
        self.recovery.release()
        self.closing.emit()

    # --------------------------------------------------------------- recent

    def recent_files(self) -> list[str]:
        value = QSettings().value(RECENT_KEY) or []
        return [value] if isinstance(value, str) else [str(v) for v in value]

    def add_recent(self, path: str | Path) -> None:
        name = str(Path(path).resolve())
        files = [name] + [f for f in self.recent_files() if f != name]
        QSettings().setValue(RECENT_KEY, files[:MAX_RECENT])
        self.recentChanged.emit()

    def clear_recent(self) -> None:
        QSettings().setValue(RECENT_KEY, [])
        self.recentChanged.emit()

    # ------------------------------------------------------------- recovery

    def autosave(self) -> None:
        """Write the recovery file when there are unsaved changes."""
        if self.document.undo_stack.isClean():
            return
        if self._has_autosave and self._autosaved_for != self.document.path:
            self.recovery.remove(self._autosaved_for)
        try:
            self.recovery.write(self.document.project, self.document.path)
        except (InputError, OSError):
            return  # a full disk must not interrupt the user's work; the next tick retries
        self._autosaved_for, self._has_autosave = self.document.path, True
        # The recovered work is now in this window's own recovery file.
        self._forget_recovered()

    def _forget_recovered(self) -> None:
        if self._recovered is not None:
            self.recovery.discard(self._recovered)
            self._recovered = None

    def _drop_recovery(self) -> None:
        if self._has_autosave:
            self.recovery.remove(self._autosaved_for)
        self.recovery.remove(self.document.path)
        self._has_autosave = False

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self._drop_recovery()

    def offer_recovery(self) -> bool:
        """Offer the recovery files of an earlier session; True when one was recovered."""
        for entry in self.recovery.pending():
            if not ask_recover(self.window, entry):
                self.recovery.discard(entry)
                continue
            return self._recover(entry)
        return False

    def _recover(self, entry: RecoveryEntry) -> bool:
        """Open ``entry`` as unsaved changes to its original file (its absolute
        path, even when that file is gone or unreadable: saving writes it).
        The entry's file stays until the recovered work is safe: saved to the
        project, or autosaved as this window's own recovery file."""
        recovered = self._load(entry.file, translate("DocumentActions", "Cannot recover the project"))
        if recovered is None:
            self.recovery.discard(entry)
            return False
        base, path = blank_project(), entry.original
        if path is not None:
            try:
                base = io.load(path)
            except InputError:
                base = blank_project()
        self._drop_recovery()
        self.document.replace(base, path)
        self._stamp = io.file_stamp(path) if path is not None else None
        self.document.apply(pb.recover(base, recovered))
        self._recovered = entry
        return True
