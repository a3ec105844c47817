"""Time from launching Python to the main window's first paint.

Runs the application's own start-up path (``vendorpick.ui.app.create_window``,
as ``vendorpick`` does) in fresh processes, offscreen, with empty settings
(so the demo project opens, as on a first start), and prints the time from
the process launch to the first paint of the window: the moment the user can
work.  Charts and the pages not shown are built in the next turns of the
event loop; the time until all of them are built is printed too.

    .venv/bin/python benchmarks/bench_startup.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from vendorpick.ui.app import application, create_window

class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.seen = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = time.time() - t0
            heavy = ("scipy", "openpyxl", "pyqtgraph", "holidays", "vendorpick.pricing", "vendorpick.excel",
                     "vendorpick.scoring")
            self.heavy = [m for m in heavy if m in sys.modules]
        return False

app = application()
window = create_window(None, "ja")
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()

def done():
    if all(s.page is not None for s in window.slots):
        print(",".join(watcher.heavy) or "-", f"{watcher.seen:.3f} {time.time() - t0:.3f}")
        app.quit()
    else:
        QTimer.singleShot(10, done)

QTimer.singleShot(0, done)
app.exec()
"""


def run_once(env: dict[str, str]) -> tuple[float, float, str]:
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, repr(t0)], env=env, capture_output=True, text=True,
                         check=True)
    heavy, first, ready = out.stdout.split()[-3:]
    return float(first), float(ready), heavy


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home,
                   XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_DATA_HOME=os.path.join(home, "data"))
        results = [run_once(env) for _ in range(runs)]
    first = [r[0] for r in results]
    ready = [r[1] for r in results]
    print(f"start-up to a usable window (first paint): first run {first[0]:.2f} s, "
          f"median {statistics.median(first):.2f} s, max {max(first):.2f} s over {runs} runs (limit 1.5 s)")
    print(f"all pages built: median {statistics.median(ready):.2f} s")
    print(f"heavy modules loaded before the first paint: {results[0][2]}")


if __name__ == "__main__":
    main()
