"""Project edits on Qt's undo stack.

:class:`Document` holds the open project, its file path and a
``QUndoStack``.  Views never change the project themselves: they build an
:class:`~vendorpick.project.edits.Edit` and call :meth:`Document.apply`,
which validates it first (a refused edit returns its problems and changes
nothing) and then pushes an :class:`EditCommand`.  Undo, redo, the modified
mark and "save changes?" all follow from the stack's clean state.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from vendorpick.errors import InputError, Problem
from vendorpick.project.edits import Edit, apply_edit
from vendorpick.project.model import Project
from vendorpick.ui.feedback import status_text


class EditCommand(QUndoCommand):
    """One edit and its inverse: redo applies the edit, undo the inverse, each
    time recomputing the other (edits know their inverses, see
    :mod:`vendorpick.project.edits`).  ``applied`` is the project and inverse
    of the first application, already computed by :meth:`Document.apply` when
    it validated the edit.

    The command refers to its document weakly: the document owns the stack
    that owns the command, and a strong reference back would make the three a
    reference cycle that only Python's garbage collector frees, at a moment
    and in a thread of its choosing, tearing the stack apart while Qt still
    holds its commands (a crash in ``QUndoStack::clear``)."""

    def __init__(self, document: Document, edit: Edit, text: str, applied: tuple[Project, Edit]):
        super().__init__(text)
        self._document = weakref.ref(document)
        self._edit = edit
        self._inverse: Edit = applied[1]
        self._pending: Project | None = applied[0]

    def redo(self) -> None:
        document = self._document()
        if document is None:
            return
        project, self._pending = self._pending, None
        if project is None:
            project, self._inverse = apply_edit(document.project, self._edit)
        document._set_project(project)

    def undo(self) -> None:
        document = self._document()
        if document is None:
            return
        project, self._edit = apply_edit(document.project, self._inverse)
        document._set_project(project)


class Document(QObject):
    """The open project: data, file path and undo stack.

    ``changed`` is emitted with the new project after every change (edit,
    undo, redo, open); ``pathChanged`` when the file name changes.
    """

    changed = Signal(object)
    pathChanged = Signal(object)
    #: a message for the status bar (for example why a value was refused)
    status = Signal(str)

    def __init__(self, project: Project, path: str | Path | None = None, lang: str = "en",
                 parent: QObject | None = None):
        super().__init__(parent)
        self._project = project
        self._path = Path(path) if path else None
        self.lang = lang
        self.undo_stack = QUndoStack(self)

    @property
    def project(self) -> Project:
        return self._project

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: str | Path | None) -> None:
        self._path = Path(path) if path else None
        self.pathChanged.emit(self._path)

    def _set_project(self, project: Project) -> None:
        self._project = project
        self.changed.emit(project)

    def apply(self, edit: Edit, label: str | None = None) -> list[Problem]:
        """Validate and push ``edit``; return the problems (empty when done).

        A refusal goes to the status bar as the reason, after ``label`` (the
        visible name of the field) when given; the project path of the value
        (``vendors[0].plans[0].rate``) is for the command line, not for users."""
        try:
            after, inverse = apply_edit(self._project, edit)
        except InputError as exc:
            self.status.emit(status_text(exc.problems, self.lang, label))
            return exc.problems
        if after == self._project:
            return []  # nothing changed: no empty step on the undo stack
        self.undo_stack.push(EditCommand(self, edit, edit.label(self.lang), (after, inverse)))
        return []

    def check(self, edit: Edit) -> list[Problem]:
        """The problems ``edit`` would cause, without applying it."""
        try:
            apply_edit(self._project, edit)
        except InputError as exc:
            return exc.problems
        return []

    def relabel(self) -> None:
        """Name every command of the undo history in ``lang`` (after a language switch)."""
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, EditCommand):
                command.setText(command._edit.label(self.lang))

    def replace(self, project: Project, path: str | Path | None) -> None:
        """Open another project: clears the undo history."""
        self.undo_stack.clear()
        self._path = Path(path) if path else None
        self._set_project(project)
        self.undo_stack.setClean()
        self.pathChanged.emit(self._path)
