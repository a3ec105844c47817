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

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from vendorpick.errors import InputError
from vendorpick.project.edits import SetValue
from vendorpick.ui.undo import Document


def show_message(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    """Tell the user (``kind``: information, warning, critical).  Tests replace it."""
    getattr(QMessageBox, kind)(parent, title, text)


def _start_dir(document: Document) -> Path:
    return document.path.parent if document.path else Path.home()


def _xlsx(path: str) -> str:
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[Callable[[float], None]], Any]) -> Any:
    """Run ``work(progress)`` in a worker thread behind a modal progress
    dialog; return its result or raise its exception here, in the GUI thread."""
    box: queue.Queue = queue.Queue()
    fraction = [0.0]

    def target() -> None:
        try:
            box.put(("ok", work(lambda f: fraction.__setitem__(0, float(f)))))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the GUI thread
            box.put(("error", exc))

    dialog = QProgressDialog(label, "", 0, 100, parent)
    dialog.setWindowTitle(QCoreApplication.translate("FileTransfer", "Please wait"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: dialog.setValue(int(100 * fraction[0])) if box.empty() else loop.quit())
    threading.Thread(target=target, name="vendorpick-transfer", daemon=True).start()
    timer.start()
    loop.exec()
    timer.stop()
    dialog.reset()
    dialog.deleteLater()
    kind, value = box.get()
    if kind == "error":
        raise value
    return value


def export_workbook(window: QWidget | None, document: Document) -> Path | None:
    """File ▸ Export comparison workbook…: the Excel comparison of SPEC 5."""
    name = (document.path.name.split(".")[0] if document.path else "vendorpick") + QCoreApplication.translate("FileTransfer", "-comparison") + ".xlsx"
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("FileTransfer", "Export comparison workbook"),
                                          str(_start_dir(document) / name), QCoreApplication.translate("FileTransfer", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    target, project, lang = Path(_xlsx(path)), document.project, document.lang

    def work(progress: Callable[[float], None]) -> None:
        from vendorpick.excel.export import export_workbook as write
        from vendorpick.results import compute

        results = compute(project, progress=lambda f: progress(0.6 * f))
        write(project, target, lang, sim=results.sim, ranking=results.ranking,
              progress=lambda f: progress(0.6 + 0.4 * f))

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

    def work(_progress: Callable[[float], None]) -> None:
        from vendorpick.excel.quotes import write_template

        write_template(target, lang, project)

    return _finish(window, document, target, lambda: run_with_progress(
        window, QCoreApplication.translate("FileTransfer", "Writing the quote template…"), work))


def _finish(window: QWidget | None, document: Document, target: Path, run: Callable[[], Any]) -> Path | None:
    try:
        run()
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

    def work(_progress: Callable[[float], None]) -> Any:
        from vendorpick.excel.quotes import import_quotes as read

        return read(project, paths, lang)

    try:
        new_project, summary = run_with_progress(window, QCoreApplication.translate("FileTransfer", "Reading the quotes…"), work)
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
    from vendorpick.project.io import to_data

    vendors = to_data(new_project)["vendors"]
    edit = SetValue(("vendors",), vendors, text=("Import quotes", "見積もりの取り込み"))
    problems = document.apply(edit)
    if problems:
        show_message(window, "warning", QCoreApplication.translate("FileTransfer", "The quotes were not imported"),
                     "\n".join(p.text(document.lang) for p in problems))
        return False
    show_message(window, "information", QCoreApplication.translate("FileTransfer", "Quotes imported"), summary.text(document.lang))
    return True
