"""The Qt binding must not corrupt Python's reference counts.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to ``True`` on
every ``Signal.emit()``: after a few thousand emits (pyqtgraph emits all the
time) the interpreter aborts with "deallocating True or False".  pyproject.toml
excludes that release; this test catches any release with the same fault.  It
runs in a subprocess because the failure is an abort, not an exception.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    app = QCoreApplication([])

    class Emitter(QObject):
        fired = Signal(int)

    emitter = Emitter()
    received = []
    emitter.fired.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(None))
    for i in range(20000):
        emitter.fired.emit(i)
    after = (sys.getrefcount(True), sys.getrefcount(None))
    print(len(received), after[0] - before[0], after[1] - before[1])
    """
)


def test_signal_emit_keeps_reference_counts():
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert run.returncode == 0, run.stderr[-2000:]
    received, true_drift, none_drift = map(int, run.stdout.split())
    assert received == 20000
    # a few references may come and go with caches; thousands lost is the bug
    assert abs(true_drift) < 100 and abs(none_drift) < 100
