"""Issue 10, point 11: the demo's ranking fits without sideways scrolling in
the default window of a 1600 × 1000 screen (1440 × 900), names whole."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from tests.ui.test_shell import env, make_window  # noqa: E402, F401
from vendorpick.ui.views import PAGES  # noqa: E402

TIMEOUT = 30000


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_demo_ranking_fits_the_default_window(make_window, qtbot, lang):  # noqa: F811 - the fixture imported from test_shell
    window = make_window(lang=lang)
    window.resize(1440, 900)  # what _default_size gives on a 1600 × 1000 screen
    window.show_page([s.key for s in PAGES].index("results"))
    page = window.page("results")
    qtbot.waitUntil(lambda: page.results is not None and page.results.complete and not page.service.pending,
                    timeout=TIMEOUT)
    qtbot.wait(50)
    table = page.ranking.table
    assert table.horizontalScrollBar().maximum() == 0
    assert table.textElideMode() == Qt.TextElideMode.ElideNone and table.wordWrap()
    # every row is tall enough for its wrapped names
    for row in range(table.model().rowCount()):
        for col in (1, 2):
            assert table.rowHeight(row) >= table.sizeHintForIndex(table.model().index(row, col)).height() - 1
    window.document.undo_stack.clear()
