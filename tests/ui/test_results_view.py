"""The results screen: worker, stale results, live re-ranking, what-if, clipboard."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from vendorpick.project.demo import demo_project  # noqa: E402
from vendorpick.project.edits import SetValue  # noqa: E402
from vendorpick.results import WhatIf  # noqa: E402
from vendorpick.ui.undo import Document  # noqa: E402
from vendorpick.ui.views.results import ResultsView  # noqa: E402
from vendorpick.ui.workers import ResultsService  # noqa: E402

TIMEOUT = 20000


def wait_complete(qtbot, view: ResultsView):
    """Wait until the view shows the newest request's complete results."""
    qtbot.waitUntil(lambda: view.results is not None and view.results.complete
                    and not view.service.pending, timeout=TIMEOUT)
    return view.results


@pytest.fixture
def view(qtbot):
    document = Document(demo_project(), lang="ja")
    page = ResultsView(document, service=ResultsService(draws=500))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    wait_complete(qtbot, page)
    return page


def test_results_arrive_by_signal(qtbot):
    service = ResultsService(draws=200)
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT) as blocker:
        request = service.request(demo_project())
    results = blocker.args[0]
    assert request == service.latest_id
    assert results.sim.total.shape == (len(results.sim.candidates),)
    qtbot.waitUntil(lambda: not service.pending, timeout=TIMEOUT)


def test_stale_results_are_dropped(qtbot, monkeypatch):
    import threading

    from vendorpick.ui import workers

    real = workers.compute
    late = threading.Event()

    def compute(project, *args, **kwargs):
        if project.forecast.base_monthly_contacts != 900:  # the old request ignores Cancel and ends late
            late.wait(10)
            kwargs["cancelled"] = lambda: False
        return real(project, *args, **kwargs)

    monkeypatch.setattr(workers, "compute", compute)
    service = ResultsService(draws=200)
    seen = []
    service.ready.connect(seen.append)
    old, new = demo_project(), demo_project().model_copy(deep=True)
    new.forecast.base_monthly_contacts = 900
    first = service.request(old)
    second = service.request(new)
    assert service.is_stale(first) and not service.is_stale(second)
    qtbot.waitUntil(lambda: not service.pending, timeout=TIMEOUT)
    assert seen and all(r.project.forecast.base_monthly_contacts == 900 for r in seen)
    # the old request's results, coming back after the newest ones, are never shown
    count = len(seen)
    late.set()
    qtbot.wait(1500)
    assert len(seen) == count


def test_cancelled_callable_turns_true_for_old_requests(qtbot):
    service = ResultsService(draws=200)
    first = service.request(demo_project())
    task = service.task
    assert not service.is_stale(first) and not task.cancelled()
    service.request(demo_project())
    assert service.is_stale(first) and task.cancelled()
    qtbot.waitUntil(lambda: not service.pending, timeout=TIMEOUT)


def test_an_edit_updates_the_results(qtbot, view):
    document = view.document
    with qtbot.waitSignal(view.resultsShown, timeout=TIMEOUT):
        document.apply(SetValue(("forecast", "base_monthly_contacts"), 1200))
    results = wait_complete(qtbot, view)
    assert results.project.forecast.base_monthly_contacts == 1200


def test_changing_a_weight_reranks(qtbot, view):
    before = [row[1:3] for row in view.ranking.visible_rows()]
    panel = view.whatif_panel
    for key, slider in panel.weight_sliders.items():
        slider.setValue(100 if key == "cost" else 0)
    results = wait_complete(qtbot, view)
    assert results.whatif.weights is not None
    rows = view.ranking.visible_rows()  # as the table shows them
    assert rows[0][4] == min(row[4] for row in rows)  # cost only: the cheapest ranked is first
    assert [row[1:3] for row in rows] != before
    assert view.document.project.criteria[0].weight == 30  # the project is unchanged


def test_volume_slider_scales_per_contact_totals(qtbot, view):
    base = view.results
    panel = view.whatif_panel
    panel.volume.setValue(200)
    results = wait_complete(qtbot, view)
    assert results.whatif.volume == 2.0
    index = [ref.plan for ref in results.sim.candidates].index("格安従量プラン")  # pure per-contact plan
    assert results.sim.total[index] == pytest.approx(2 * base.sim.total[index], rel=1e-9)
    assert view.document.project.forecast.base_monthly_contacts == 600


def test_apply_is_one_undoable_edit(qtbot, view):
    document = view.document
    view.whatif_panel.volume.setValue(150)
    wait_complete(qtbot, view)
    steps = document.undo_stack.count()
    view.whatif_panel.apply_button.click()
    assert document.undo_stack.count() == steps + 1
    assert document.project.forecast.base_monthly_contacts == pytest.approx(900)
    assert view.whatif_panel.volume.value() == 100  # the what-if is now the project
    document.undo_stack.undo()
    assert document.project.forecast.base_monthly_contacts == 600
    wait_complete(qtbot, view)


def test_copy_to_clipboard_is_tab_separated(qtbot, view):
    view.ranking.copy_button.click()
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0].split("\t")[0] == view.ranking.headers[0]
    first = view.results.ranking.ranking[0]
    assert lines[1].split("\t")[:3] == ["1", first.vendor, first.plan]
    assert "ネクストコール" in text  # the excluded candidate, with its reasons


def test_table_sorts_by_numbers(qtbot, view):
    view.ranking.table.sortByColumn(4, view.ranking.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    totals = [row[4] for row in view.ranking.visible_rows()]
    assert totals == sorted(totals)


def test_whatif_is_not_active_by_default():
    assert not WhatIf().active and WhatIf(volume=2).active


def test_busy_indicator_only_for_slow_updates(qtbot, monkeypatch):
    import time

    from vendorpick.ui import workers

    real = workers.compute

    def slow(*args, **kwargs):
        time.sleep(0.35)
        return real(*args, **kwargs)

    service = ResultsService(draws=200)
    states = []
    service.busyChanged.connect(states.append)
    monkeypatch.setattr(workers, "compute", slow)
    service.request(demo_project())
    qtbot.waitUntil(lambda: not service.pending, timeout=TIMEOUT)
    assert states == [True, False]


def test_leader_needs_no_price_cut(qtbot, view):
    """The first-ranked candidate shows "—" (as the command line does), not "0.0%";
    sorting by the column keeps the leader first and "no cut is enough" last."""
    model, table = view.ranking.model, view.ranking.table
    texts = [model.data(model.index(r, 9)) for r in range(model.rowCount())]
    ranks = [model.rows[r][0] for r in range(model.rowCount())]
    assert texts[ranks.index(1)] == "—"
    assert "0.0%" not in texts
    others = [t for t, rank in zip(texts, ranks, strict=True) if rank != 1]
    assert all(t.endswith("%") or t == "不可" for t in others)
    table.sortByColumn(9, table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    cuts = [row[9] for row in view.ranking.visible_rows()]
    assert view.ranking.visible_rows()[0][0] == 1
    known = [c for c in cuts[1:] if c is not None]
    assert cuts[1:1 + len(known)] == sorted(known) and all(c is None for c in cuts[1 + len(known):])


def test_ctrl_c_in_the_ranking_table_copies_it(qtbot, view):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QGuiApplication.clipboard().setText("")
    view.show()
    view.activateWindow()
    table = view.ranking.table
    table.setFocus()
    table.setCurrentIndex(view.ranking.proxy.index(0, 1))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == view.ranking.clipboard_text()
