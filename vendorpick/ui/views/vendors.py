"""The Vendors screen: the vendors, each vendor's plans, and the plan editor.

Lists edit with the keyboard (F2 or Enter renames, Delete removes with undo,
Ctrl+Up/Down moves); every change is an edit pushed through the document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vendorpick.project import edit_builders as eb
from vendorpick.ui.feedback import clear_invalid, submit
from vendorpick.ui.models.vendors import PlanListModel, VendorListModel
from vendorpick.ui.undo import Document
from vendorpick.ui.views.editing import EditListView, NotesEdit, show_model
from vendorpick.ui.views.plan_editor import PlanEditor


class VendorsView(QWidget):
    """Vendors and plans of the open project (SPEC sections 1 and 6)."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._updating = False
        self.vendor_model = VendorListModel(document, self, follow=False)
        self.plan_model = PlanListModel(document, self, follow=False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._lists_panel())
        self.plan_editor = PlanEditor(document, self)  # after the lists: the tab order follows
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.plan_editor)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        document.changed.connect(self._on_document_changed)
        self._select_vendor(0 if document.project.vendors else None)
        self._set_tab_order()

    # ------------------------------------------------------------ building

    def _set_tab_order(self) -> None:
        """Tab goes down the screen: the vendor list, its buttons, the vendor's
        notes, the plan list, its buttons, then the plan editor."""
        chain = [self.vendor_view, *self.vendor_buttons, self.vendor_name, self.vendor_notes,
                 self.plan_view, *self.plan_buttons, self.plan_editor.first_field()]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _lists_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._vendor_box(panel), 3)
        layout.addWidget(self._plan_box(panel), 2)
        return panel

    def _list(self, model, parent: QWidget) -> EditListView:
        view = EditListView(parent)
        show_model(view, model)
        return view

    def _buttons(self, parent: QWidget, specs, move) -> tuple[QHBoxLayout, list[QWidget]]:
        row = QHBoxLayout()
        buttons: list[QWidget] = []
        for text, slot, tip in specs:
            button = QPushButton(text, parent)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
            buttons.append(button)
        row.addStretch(1)
        for arrow, step, tip in ((Qt.ArrowType.UpArrow, -1, self.tr("Move up (Ctrl+Up)")),
                                 (Qt.ArrowType.DownArrow, 1, self.tr("Move down (Ctrl+Down)"))):
            arrow_button = QToolButton(parent)
            arrow_button.setArrowType(arrow)
            arrow_button.setToolTip(tip)
            arrow_button.setAccessibleName(tip)
            arrow_button.clicked.connect(lambda _=False, step=step: move(step))
            row.addWidget(arrow_button)
            buttons.append(arrow_button)
        return row, buttons

    def _vendor_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Vendors"), parent)
        layout = QVBoxLayout(box)
        self.vendor_view = self._list(self.vendor_model, box)
        self.vendor_view.selectionModel().currentRowChanged.connect(self._on_vendor_row)
        self.vendor_view.deleteRequested.connect(self.delete_vendor)
        self.vendor_view.moveRequested.connect(self._move_vendor)
        layout.addWidget(self.vendor_view)
        row, self.vendor_buttons = self._buttons(box, [
            (self.tr("&Add vendor"), self.add_vendor, self.tr("Add a vendor with one plan")),
            (self.tr("D&uplicate"), self.duplicate_vendor, self.tr("Copy the selected vendor with its plans")),
            (self.tr("&Delete"), self.delete_vendor, self.tr("Delete the selected vendor (Delete key)"))],
            self._move_vendor)
        layout.addLayout(row)
        name_label = QLabel(self.tr("Vendor name:"), box)
        self.vendor_name = QLineEdit(box)
        self.vendor_name.setPlaceholderText(self.tr("for example the company name on the quote"))
        name_label.setBuddy(self.vendor_name)
        self.vendor_name.editingFinished.connect(self._on_vendor_name)
        layout.addWidget(name_label)
        layout.addWidget(self.vendor_name)
        notes_label = QLabel(self.tr("Vendor notes:"), box)
        self.vendor_notes = NotesEdit(box)
        notes_label.setBuddy(self.vendor_notes)
        self.vendor_notes.committed.connect(self._on_vendor_notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.vendor_notes)
        return box

    def _plan_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Plans of the vendor"), parent)
        layout = QVBoxLayout(box)
        self.plan_view = self._list(self.plan_model, box)
        self.plan_view.selectionModel().currentRowChanged.connect(self._on_plan_row)
        self.plan_view.deleteRequested.connect(self.delete_plan)
        self.plan_view.moveRequested.connect(self._move_plan)
        layout.addWidget(self.plan_view)
        row, self.plan_buttons = self._buttons(box, [
            (self.tr("Add &plan"), self.add_plan, self.tr("Add a plan to the selected vendor")),
            (self.tr("Dupli&cate plan"), self.duplicate_plan, self.tr("Copy the selected plan")),
            (self.tr("Dele&te plan"), self.delete_plan, self.tr("Delete the selected plan (Delete key)"))],
            self._move_plan)
        layout.addLayout(row)
        return box

    # ---------------------------------------------------------- selection

    def current_vendor(self) -> int | None:
        row = self.vendor_view.currentIndex().row()
        return row if 0 <= row < len(self._document.project.vendors) else None

    def current_plan(self) -> int | None:
        vi = self.current_vendor()
        row = self.plan_view.currentIndex().row()
        if vi is None or not 0 <= row < len(self._document.project.vendors[vi].plans):
            return None
        return row

    def _select_vendor(self, vi: int | None, pi: int | None = 0) -> None:
        self._updating = True
        try:
            self.vendor_view.setCurrentIndex(self.vendor_model.index(-1 if vi is None else vi, 0))
        finally:
            self._updating = False
        self._show_vendor(vi, pi)

    def _show_vendor(self, vi: int | None, pi: int | None = 0) -> None:
        vendors = self._document.project.vendors
        self.plan_model.set_scope(vi)
        plans = vendors[vi].plans if vi is not None and vi < len(vendors) else []
        pi = min(pi or 0, len(plans) - 1) if plans else None
        self._updating = True
        try:
            self.plan_view.setCurrentIndex(self.plan_model.index(-1 if pi is None else pi, 0))
        finally:
            self._updating = False
        self.plan_editor.set_plan(vi, pi)
        self.vendor_notes.setEnabled(vi is not None)
        self.vendor_notes.set_text(vendors[vi].notes if vi is not None else "")
        self.vendor_name.setEnabled(vi is not None)
        self.vendor_name.setText(vendors[vi].name if vi is not None and vi < len(vendors) else "")
        clear_invalid(self.vendor_name)

    def _on_vendor_row(self, current, _previous) -> None:
        if not self._updating:
            self._show_vendor(current.row() if current.isValid() else None)

    def _on_plan_row(self, current, _previous) -> None:
        if not self._updating:
            self.plan_editor.set_plan(self.current_vendor(), current.row() if current.isValid() else None)

    def _on_document_changed(self, project) -> None:
        """Refresh the lists, keeping the selection where it still exists (after
        an undo it may not: then the nearest row is selected)."""
        vi, pi = self.vendor_view.currentIndex().row(), self.plan_view.currentIndex().row()
        self._updating = True
        try:
            self.vendor_model.refresh()
            self.plan_model.refresh()
        finally:
            self._updating = False
        if not project.vendors:
            self._select_vendor(None)
            return
        vi = min(max(vi, 0), len(project.vendors) - 1)
        self._select_vendor(vi, max(pi, 0))

    # -------------------------------------------------------------- vendors

    def _apply(self, widget: QWidget, edit) -> bool:
        return submit(self._document, widget, edit)

    def add_vendor(self) -> None:
        edit, index = eb.add_vendor(self._document.project, self._document.lang)
        if self._apply(self.vendor_view, edit):
            self._select_vendor(index)

    def duplicate_vendor(self) -> None:
        vi = self.current_vendor()
        if vi is not None:
            edit, index = eb.duplicate_vendor(self._document.project, vi, self._document.lang)
            if self._apply(self.vendor_view, edit):
                self._select_vendor(index)

    def _on_vendor_name(self) -> None:
        vi = self.current_vendor()
        if vi is None:
            return
        name = self.vendor_name.text()
        if name == self._document.project.vendors[vi].name:
            return
        if not self._apply(self.vendor_name, eb.rename_vendor(self._document.project, vi, name)):
            self.vendor_name.setText(self._document.project.vendors[vi].name)  # never a name the project lacks

    def delete_vendor(self) -> None:
        vi = self.current_vendor()
        if vi is None:
            return
        name = self._document.project.vendors[vi].name
        if self._apply(self.vendor_view, eb.delete_vendor(self._document.project, vi)):
            left = len(self._document.project.vendors)
            self._select_vendor(min(vi, left - 1) if left else None)
            undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
            self._document.status.emit(self.tr("Deleted “%1” with its plans. Undo (%2) brings it back.")
                                       .replace("%1", name).replace("%2", undo))

    def _move_vendor(self, step: int) -> None:
        vi = self.current_vendor()
        if vi is None or not 0 <= vi + step < len(self._document.project.vendors):
            return
        if self._apply(self.vendor_view, eb.move_vendor(self._document.project, vi, vi + step)):
            self._select_vendor(vi + step, self.current_plan())

    def _on_vendor_notes(self, text: str) -> None:
        vi = self.current_vendor()
        if vi is not None:
            self._apply(self.vendor_notes, eb.set_vendor_notes(self._document.project, vi, text))

    # ---------------------------------------------------------------- plans

    def add_plan(self) -> None:
        vi = self.current_vendor()
        if vi is not None:
            edit, index = eb.add_plan(self._document.project, vi, self._document.lang)
            if self._apply(self.plan_view, edit):
                self._show_vendor(vi, index)

    def duplicate_plan(self) -> None:
        vi, pi = self.current_vendor(), self.current_plan()
        if vi is not None and pi is not None:
            edit, index = eb.duplicate_plan(self._document.project, vi, pi, self._document.lang)
            if self._apply(self.plan_view, edit):
                self._show_vendor(vi, index)

    def delete_plan(self) -> None:
        vi, pi = self.current_vendor(), self.current_plan()
        if vi is None or pi is None:
            return
        name = self._document.project.vendors[vi].plans[pi].name
        if self._apply(self.plan_view, eb.delete_plan(self._document.project, vi, pi)):
            self._show_vendor(vi, max(pi - 1, 0))
            undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
            self._document.status.emit(self.tr("Deleted the plan “%1”. Undo (%2) brings it back.")
                                       .replace("%1", name).replace("%2", undo))

    def _move_plan(self, step: int) -> None:
        vi, pi = self.current_vendor(), self.current_plan()
        if vi is None or pi is None or not 0 <= pi + step < len(self._document.project.vendors[vi].plans):
            return
        if self._apply(self.plan_view, eb.move_plan(self._document.project, vi, pi, pi + step)):
            self._show_vendor(vi, pi + step)
