"""File menu transfers: export the comparison workbook and the quote template,
import filled quote templates.

Each command asks for a file name, runs the Excel work in a worker thread
behind a progress dialog (the window keeps painting), and reports problems in
the user's language.  A failed import changes nothing; a successful one is a
single undoable edit replacing the project's vendors.  The worker touches no
Qt object (see :mod:`vendorpick.ui.workers` for why): it reports through a
queue that a GUI-thread timer drains.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vendorpick.errors import InputError
from vendorpick.project import edit_builders_project as pb
from vendorpick.ui.progress import TransferCancelled, TransferState, cancelled_text, run_with_progress
from vendorpick.ui.undo import Document

__all__ = ["TransferCancelled", "export_template", "export_workbook", "import_quotes", "run_with_progress"]


def show_message(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    """Tell the user (``kind``: information, warning, critical).  Tests replace it."""
    getattr(QMessageBox, kind)(parent, title, text)


def _start_dir(document: Document) -> Path:
    return document.path.parent if document.path else Path.home()


def _xlsx(path: str) -> str:
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"


def export_workbook(window: QWidget | None, document: Document) -> Path | None:
    """File ▸ Export comparison workbook…: the Excel comparison of SPEC 5."""
    name = (document.path.name.split(".")[0] if document.path else "vendorpick") + QCoreApplication.translate("FileTransfer", "-comparison") + ".xlsx"
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("FileTransfer", "Export comparison workbook"),
                                          str(_start_dir(document) / name), QCoreApplication.translate("FileTransfer", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    target, project, lang = Path(_xlsx(path)), document.project, document.lang

    def work(state: TransferState) -> None:
        from vendorpick.excel.export import build_workbook, workbook_bytes
        from vendorpick.pricing.simulate import Cancelled
        from vendorpick.project.io import write_atomic
        from vendorpick.results import compute

        try:
            results = compute(project, progress=lambda f: state.progress(0.6 * f), cancelled=state.cancelled)
        except Cancelled:
            raise TransferCancelled from None
        wb, _ = build_workbook(project, lang, sim=results.sim, ranking=results.ranking,
                               progress=lambda f: state.progress(0.6 + 0.35 * f))
        payload = workbook_bytes(wb)
        state.progress(0.97)
        state.commit(lambda: write_atomic(target, payload))  # nothing on disk before this

    return _finish(window, document, target, lambda: run_with_progress(
        window, QCoreApplication.translate("FileTransfer", "Writing the comparison workbook…"), work))


def export_template(window: QWidget | None, document: Document) -> Path | None:
    """File ▸ Export quote template…: the workbook to send to vendors."""
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("FileTransfer", "Export quote template"),
                                          str(_start_dir(document) / (QCoreApplication.translate("FileTransfer", "quote-template") + ".xlsx")),
                                          QCoreApplication.translate("FileTransfer", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    target, project, lang = Path(_xlsx(path)), document.project, document.lang

    def work(state: TransferState) -> None:
        from vendorpick.excel.quotes_template import build_template
        from vendorpick.excel.styles import workbook_bytes
        from vendorpick.project.io import write_atomic

        payload = workbook_bytes(build_template(lang, project))
        state.commit(lambda: write_atomic(target, payload))

    return _finish(window, document, target, lambda: run_with_progress(
        window, QCoreApplication.translate("FileTransfer", "Writing the quote template…"), work))


def _finish(window: QWidget | None, document: Document, target: Path, run: Callable[[], Any]) -> Path | None:
    try:
        run()
    except TransferCancelled:
        document.status.emit(cancelled_text(wrote_files=True))
        return None
    except InputError as exc:
        show_message(window, "warning", QCoreApplication.translate("FileTransfer", "Export failed"), exc.text(document.lang))
        return None
    except OSError as exc:
        show_message(window, "critical", QCoreApplication.translate("FileTransfer", "Export failed"),
                     QCoreApplication.translate("FileTransfer", "The file could not be written:") + f"\n{target}\n{exc}")
        return None
    document.status.emit(QCoreApplication.translate("FileTransfer", "Saved %1").replace("%1", str(target)))
    return target


def import_quotes(window: QWidget | None, document: Document) -> bool:
    """File ▸ Import quotes…: read filled templates into the project as one
    undoable edit; on any bad cell nothing changes and every problem is shown."""
    paths, _ = QFileDialog.getOpenFileNames(window, QCoreApplication.translate("FileTransfer", "Import quotes"), str(_start_dir(document)),
                                            QCoreApplication.translate("FileTransfer", "Excel workbook (*.xlsx)"))
    if not paths:
        return False
    project, lang = document.project, document.lang

    def work(state: TransferState) -> Any:
        from vendorpick.excel.quotes import import_quotes as read

        return read(project, paths, lang)  # writes nothing: a cancelled import is simply dropped

    try:
        new_project, summary = run_with_progress(window, QCoreApplication.translate("FileTransfer", "Reading the quotes…"), work)
    except TransferCancelled:
        document.status.emit(cancelled_text(wrote_files=False))
        return False
    except InputError as exc:
        show_message(window, "warning", QCoreApplication.translate("FileTransfer", "The quotes were not imported"),
                     QCoreApplication.translate("FileTransfer", "Nothing was changed. Please correct these cells and import again:") + "\n\n"
                     + exc.text(lang))
        return False
    except OSError as exc:
        show_message(window, "critical", QCoreApplication.translate("FileTransfer", "The quotes were not imported"), str(exc))
        return False
    return _apply_import(window, document, new_project, summary)


def _apply_import(window: QWidget | None, document: Document, new_project: Any, summary: Any) -> bool:
    problems = document.apply(pb.import_quotes(document.project, new_project))
    if problems:
        show_message(window, "warning", QCoreApplication.translate("FileTransfer", "The quotes were not imported"),
                     "\n".join(p.text(document.lang) for p in problems))
        return False
    show_message(window, "information", QCoreApplication.translate("FileTransfer", "Quotes imported"), summary.text(document.lang))
    return True
