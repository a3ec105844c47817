"""Edits of a project as plain-Python commands that know their inverse.

Every change the user makes is an :class:`Edit` on the project's JSON data,
addressed by a path such as ``("vendors", 1, "plans", 0, "rate")``.
:func:`apply_edit` applies it to a copy of the data and validates the whole
result with the loader's rules, so a bad value is refused with its place and
the project stays as it was.  The Qt layer (``vendorpick/ui/undo.py``) wraps
edits in ``QUndoCommand`` objects; the core tests drive them directly.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from vendorpick.i18n import L_, LazyText
from vendorpick.project.io import parse_project, to_data
from vendorpick.project.model import Project

Path = tuple[Any, ...]


def get_at(data: Any, path: Sequence[Any]) -> Any:
    for key in path:
        data = data[key]
    return data


def _parent(data: Any, path: Sequence[Any]) -> tuple[Any, Any]:
    if not path:
        raise ValueError("an edit needs a non-empty path")
    return get_at(data, path[:-1]), path[-1]


@dataclass(frozen=True)
class Edit:
    """Base of edits: ``apply`` changes data in place and returns the inverse."""

    text: LazyText = field(default=L_("Edit"), kw_only=True)

    def apply(self, data: dict[str, Any]) -> Edit:  # pragma: no cover - abstract
        raise NotImplementedError

    def label(self, lang: str) -> str:
        return self.text.render(lang)


@dataclass(frozen=True)
class SetValue(Edit):
    """Set the value at ``path`` (a dict key or list index); a dict key that
    does not exist is added, and ``DELETE`` as the value removes it."""

    path: Path
    value: Any

    def apply(self, data: dict[str, Any]) -> Edit:
        parent, key = _parent(data, self.path)
        missing = isinstance(parent, dict) and key not in parent
        old = DELETE if missing else parent[key]
        if self.value is DELETE:
            del parent[key]
        else:
            parent[key] = copy.deepcopy(self.value)
        return SetValue(self.path, old, text=self.text)


class _Delete:
    def __repr__(self) -> str:
        return "DELETE"

    def __deepcopy__(self, memo: dict) -> _Delete:
        return self


DELETE = _Delete()


@dataclass(frozen=True)
class InsertItem(Edit):
    """Insert ``value`` into the list at ``path`` before ``index``."""

    path: Path
    index: int
    value: Any

    def apply(self, data: dict[str, Any]) -> Edit:
        items = get_at(data, self.path)
        index = len(items) if self.index < 0 else self.index
        items.insert(index, copy.deepcopy(self.value))
        return RemoveItem(self.path, index, text=self.text)


@dataclass(frozen=True)
class RemoveItem(Edit):
    """Remove item ``index`` of the list at ``path``."""

    path: Path
    index: int

    def apply(self, data: dict[str, Any]) -> Edit:
        items = get_at(data, self.path)
        old = items.pop(self.index)
        return InsertItem(self.path, self.index, old, text=self.text)


@dataclass(frozen=True)
class MoveItem(Edit):
    """Move item ``src`` of the list at ``path`` to position ``dst``."""

    path: Path
    src: int
    dst: int

    def apply(self, data: dict[str, Any]) -> Edit:
        items = get_at(data, self.path)
        items.insert(self.dst, items.pop(self.src))
        return MoveItem(self.path, self.dst, self.src, text=self.text)


@dataclass(frozen=True)
class Compound(Edit):
    """Several edits as one step (for example renaming a criterion id together
    with every score that refers to it); undone in reverse order."""

    edits: tuple[Edit, ...]

    def apply(self, data: dict[str, Any]) -> Edit:
        inverses = [edit.apply(data) for edit in self.edits]
        return Compound(tuple(reversed(inverses)), text=self.text)


def apply_edit(project: Project, edit: Edit) -> tuple[Project, Edit]:
    """Apply ``edit`` to a copy of ``project``; return the new project and the
    inverse edit.  Raises :class:`~vendorpick.errors.InputError` (the project
    unchanged) when the result breaks a rule of the file format."""
    data = to_data(project)
    inverse = edit.apply(data)
    return parse_project(data), inverse
