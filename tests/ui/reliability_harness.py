"""One real start of the desktop application, for the subprocess tests of
tests/ui/test_reliability.py (a crash, a second running window, the next start).

    python tests/ui/reliability_harness.py '{"path": "p.vendorpick.json", ...}'

Runs as the application does (crash reporter, start-up project, after_show),
offscreen, with every dialog answered by a recorder, and prints one JSON line
``RESULT {...}`` describing what the user would have seen.  Keys of the spec:

- ``path``: the project to open (relative paths are relative to the cwd);
- ``wait_results``: wait (up to 60 s) until the start-up project's results are in or failed;
- ``crash_compute``: the results computation kills the process (``os.abort``), as the SIGSEGV did;
- ``recover``: answer to "recover unsaved changes?" (default: no recovery offered expected);
- ``edit``: set base monthly contacts to this value, then ``autosave``;
- ``save``: File ▸ Save at the end;
- ``ready_file``: written once set up (tells the test this window runs);
- ``hold_s``: keep running that long (a window open beside another);
- ``end``: ``close`` (normal close, discarding), or ``crash`` (``os._exit``, no clean-up).
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(spec: dict) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from vendorpick.project.edits import SetValue
    from vendorpick.ui import app, crash, document_actions, workers

    seen: dict = {"notices": [], "problems": [], "errors": [], "offered": []}
    app.show_notice = lambda parent, title, text: seen["notices"].append(text)
    app.show_problems = lambda parent, title, problems, lang: seen["problems"].append([p.code for p in problems])
    crash.show_error = lambda parent, title, text, details: seen["errors"].append(crash.summary(details))
    document_actions.show_problems = lambda parent, title, problems, lang: seen["problems"].append(
        [p.code for p in problems])
    document_actions.ask_save_changes = lambda parent, name: "discard"

    def ask_recover(parent, entry):
        seen["offered"].append(str(entry.original) if entry.original else None)
        return bool(spec.get("recover"))

    document_actions.ask_recover = ask_recover
    if spec.get("crash_compute"):
        workers.compute = lambda *args, **kwargs: os.abort()

    qapp = app.application()
    reporter = crash.install(lambda: QApplication.activeWindow(), crash.setup_logging())
    window = app.create_window(spec.get("path"), "en")
    window.show()
    app.after_show(window)
    if spec.get("wait_results"):
        deadline = time.monotonic() + 60
        while QSettings().value(app.STARTING_KEY) and not window.startup_watch.failed \
                and time.monotonic() < deadline:
            qapp.processEvents()
            time.sleep(0.01)
        for _ in range(30):  # let queued error reports reach their dialog
            qapp.processEvents()
            time.sleep(0.01)
    if "edit" in spec:
        window.document.apply(SetValue(("forecast", "base_monthly_contacts"), spec["edit"]))
        window.files.autosave()
    if spec.get("save"):
        window.files.save()
    seen.update(path=str(window.document.path) if window.document.path else None,
                name=window.document.project.name,
                contacts=window.document.project.forecast.base_monthly_contacts,
                modified=window.isWindowModified(), alive=window.isVisible(),
                starting=QSettings().value(app.STARTING_KEY), last=QSettings().value(app.LAST_PROJECT_KEY),
                status=window.statusBar().currentMessage(), log=str(reporter.log_path),
                recent=window.files.recent_files())
    if spec.get("ready_file"):
        with open(spec["ready_file"], "w", encoding="utf-8") as fh:
            fh.write("ready")
    end = time.monotonic() + float(spec.get("hold_s", 0))
    while time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.02)
    print("RESULT " + json.dumps(seen, ensure_ascii=False), flush=True)
    if spec.get("end") == "crash":
        os._exit(9)
    window.close()
    qapp.processEvents()


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
