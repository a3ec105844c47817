"""File menu transfers: export the comparison workbook and the quote template,
import filled quote templates.

Each command asks for a file name, runs the Excel work as a background task
behind a progress dialog (:func:`vendorpick.ui.progress.run_with_progress`;
the window keeps working), and reports problems in the user's language.  The
commands return the running :class:`~vendorpick.ui.progress.Transfer` (None
when the user closed the file dialog); its ``outcome`` is the path written
(exports) or whether the quotes were imported.  A failed import changes
nothing; a successful one is a single undoable edit replacing the project's
vendors.  The comparison workbook reuses the results the Results page
already computed for the same project, and computes them only when the
project changed since.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vendorpick.errors import InputError, problems_text
from vendorpick.project import edit_builders_project as pb
from vendorpick.ui.progress import Transfer, cancelled_text, run_with_progress
from vendorpick.ui.tasks import TaskState
from vendorpick.ui.undo import Document

if TYPE_CHECKING:
    from vendorpick.results import Results

__all__ = ["Transfer", "export_template", "export_workbook", "import_quotes"]

translate = QCoreApplication.translate


def show_message(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    """Tell the user (``kind``: information, warning, critical).  Tests replace it."""
    getattr(QMessageBox, kind)(parent, title, text)


def _start_dir(document: Document) -> Path:
    return document.path.parent if document.path else Path.home()


def _xlsx(path: str) -> str:
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"


def export_workbook(window: QWidget | None, document: Document, results: Results | None = None) -> Transfer | None:
    """File ▸ Export comparison workbook…: the Excel comparison of SPEC 5.
    ``results``: complete results of the document's project (reused, not recomputed)."""
    name = (document.path.name.split(".")[0] if document.path else "vendorpick") + translate("FileTransfer", "-comparison") + ".xlsx"
    project, lang = document.project, document.lang

    def work(state: TaskState, target: Path) -> None:
        from vendorpick.excel.export import build_workbook, workbook_bytes
        from vendorpick.project.io import write_atomic
        from vendorpick.results import compute

        done = results
        if done is None:
            done = compute(project, progress=lambda f: state.set_progress(0.6 * f), cancelled=state.cancelled)
        start = 0.6 if results is None else 0.0
        wb, _ = build_workbook(project, lang, sim=done.sim, ranking=done.ranking,
                               progress=lambda f: state.set_progress(start + (0.95 - start) * f))
        payload = workbook_bytes(wb)
        state.set_progress(0.97)
        state.commit(lambda: write_atomic(target, payload))  # nothing on disk before this

    return _export(window, document, translate("FileTransfer", "Export comparison workbook"), name,
                   translate("FileTransfer", "Writing the comparison workbook…"), work)


def export_template(window: QWidget | None, document: Document) -> Transfer | None:
    """File ▸ Export quote template…: the workbook to send to vendors."""
    project, lang = document.project, document.lang

    def work(state: TaskState, target: Path) -> None:
        from vendorpick.excel.quotes_template import build_template
        from vendorpick.excel.styles import workbook_bytes
        from vendorpick.project.io import write_atomic

        payload = workbook_bytes(build_template(lang, project))
        state.commit(lambda: write_atomic(target, payload))

    return _export(window, document, translate("FileTransfer", "Export quote template"),
                   translate("FileTransfer", "quote-template") + ".xlsx",
                   translate("FileTransfer", "Writing the quote template…"), work)


def _export(window: QWidget | None, document: Document, title: str, name: str, busy: str,
            work: Callable[[TaskState, Path], None]) -> Transfer | None:
    """Ask where to save a workbook (``name`` in the project's folder), then run
    ``work(state, path)`` behind a progress dialog saying ``busy``."""
    path, _ = QFileDialog.getSaveFileName(window, title, str(_start_dir(document) / name),
                                          translate("FileTransfer", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    target = Path(_xlsx(path))
    return run_with_progress(window, busy, lambda state: work(state, target),
                             lambda kind, value: _finish(window, document, target, kind, value))


def _finish(window: QWidget | None, document: Document, target: Path, kind: str, value: Any) -> Path | None:
    if kind == "cancelled":
        document.status.emit(cancelled_text(wrote_files=True))
        return None
    if isinstance(value, InputError):
        show_message(window, "warning", translate("FileTransfer", "Export failed"), value.text(document.lang))
        return None
    if isinstance(value, OSError):
        show_message(window, "critical", translate("FileTransfer", "Export failed"),
                     translate("FileTransfer", "The file could not be written:") + f"\n{target}\n{value}")
        return None
    if kind == "failed":
        return None  # an unexpected error: logged and shown by vendorpick.ui.crash
    document.status.emit(translate("FileTransfer", "Saved %1").replace("%1", str(target)))
    return target


def import_quotes(window: QWidget | None, document: Document) -> Transfer | None:
    """File ▸ Import quotes…: read filled templates into the project as one
    undoable edit; on any bad cell nothing changes and every problem is shown."""
    paths, _ = QFileDialog.getOpenFileNames(window, translate("FileTransfer", "Import quotes"), str(_start_dir(document)),
                                            translate("FileTransfer", "Excel workbook (*.xlsx)"))
    if not paths:
        return None
    project, lang = document.project, document.lang

    def work(state: TaskState) -> Any:
        from vendorpick.excel.quotes import import_quotes as read

        return read(project, paths, lang)  # writes nothing: a cancelled import is simply dropped

    return run_with_progress(window, translate("FileTransfer", "Reading the quotes…"), work,
                             lambda kind, value: _imported(window, document, kind, value))


def _imported(window: QWidget | None, document: Document, kind: str, value: Any) -> bool:
    lang = document.lang
    if kind == "cancelled":
        document.status.emit(cancelled_text(wrote_files=False))
        return False
    if isinstance(value, InputError):
        show_message(window, "warning", translate("FileTransfer", "The quotes were not imported"),
                     translate("FileTransfer", "Nothing was changed. Please correct these cells and import again:") + "\n\n"
                     + value.text(lang))
        return False
    if isinstance(value, OSError):
        show_message(window, "critical", translate("FileTransfer", "The quotes were not imported"), str(value))
        return False
    if kind == "failed":
        return False
    new_project, summary = value
    problems = document.apply(pb.import_quotes(document.project, new_project))
    if problems:
        show_message(window, "warning", translate("FileTransfer", "The quotes were not imported"),
                     problems_text(problems, lang, limit=20))
        return False
    show_message(window, "information", translate("FileTransfer", "Quotes imported"), summary.text(lang))
    return True
