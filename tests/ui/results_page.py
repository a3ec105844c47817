"""The Results page as the what-if and warning tests open it: on its own,
1300 × 850, computed with few draws, and waited for until its figures are
complete."""

from __future__ import annotations

from vendorpick.project.demo import demo_project
from vendorpick.project.model import Project
from vendorpick.ui.undo import Document
from vendorpick.ui.views.results import ResultsView
from vendorpick.ui.workers import ResultsService

TIMEOUT = 20000


def settle(qtbot, view) -> None:
    """Wait until the page shows complete figures and nothing is being computed."""
    qtbot.waitUntil(lambda: view.results is not None and view.results.complete
                    and not view.service.pending, timeout=TIMEOUT)


def open_results(qtbot, project: Project | None = None, draws: int = 300, show: bool = True) -> ResultsView:
    """The page on ``project`` (the demo), in Japanese, settled."""
    page = ResultsView(Document(project or demo_project(), lang="ja"), service=ResultsService(draws=draws))
    qtbot.addWidget(page)
    page.resize(1300, 850)
    if show:
        page.show()
    settle(qtbot, page)
    return page
