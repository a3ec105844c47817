"""What-if controls: volume and weight sliders that re-rank without editing.

The panel only collects a :class:`~vendorpick.results.WhatIf`; the results
view recomputes with it and "Apply" turns it into one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from vendorpick.project.model import Project
from vendorpick.results import VOLUME_MAX, VOLUME_MIN, WhatIf


class WhatIfPanel(QWidget):
    """Sliders for overall volume (50–300 %) and each criterion's weight."""

    changed = Signal(object)  # WhatIf
    applyRequested = Signal(object)  # WhatIf
    #: True when a slider is pressed, False when it is released (the results
    #: view then draws its charts as drafts, and in full after the release)
    held = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(int(VOLUME_MIN * 100), int(VOLUME_MAX * 100))
        self.volume.setSingleStep(5)
        self.volume.setPageStep(25)
        self.volume.setValue(100)
        self.volume_label = QLabel("100%", self)
        self.volume.valueChanged.connect(self._on_volume)
        self._watch(self.volume)
        self.weight_sliders: dict[str, QSlider] = {}
        self.weight_labels: dict[str, QLabel] = {}
        self._weights_touched = False
        self._start: dict[str, float] = {}
        self._layout_key: list[tuple[str, str]] | None = None
        self.state_label = QLabel("", self)
        self.state_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply to project"), self)
        self.reset_button = QPushButton(self.tr("&Reset"), self)
        self.apply_button.clicked.connect(lambda: self.applyRequested.emit(self.whatif()))
        # clicked(bool) would pass checked=False as ``emit``: the reset then
        # never asked for the project's figures (issue 10, point 1)
        self.reset_button.clicked.connect(lambda _checked=False: self.reset())
        self._weights_box = QGroupBox(self.tr("Criteria weights"), self)
        self._weights_form = QFormLayout(self._weights_box)
        self._weights_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.setMinimumWidth(240)
        self._build_layout()
        self._update_state()

    def _build_layout(self) -> None:
        volume_box = QGroupBox(self.tr("Overall volume"), self)
        row = QHBoxLayout(volume_box)
        row.addWidget(self.volume, 1)
        row.addWidget(self.volume_label)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(volume_box)
        inner_layout.addWidget(self._weights_box)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("What-if"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Try other volumes and weights; the project changes only when "
                                        "you apply them."), self, wordWrap=True))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)

    def set_criteria(self, project: Project, weights_percent: dict[str, float]) -> None:
        """Put every slider back to the project (volume 100 %, weights at
        ``weights_percent``); the sliders are rebuilt only when the criteria
        themselves changed."""
        self.volume.blockSignals(True)
        self.volume.setValue(100)
        self.volume.blockSignals(False)
        layout_key = [(c.id, c.label) for c in project.criteria]
        if layout_key == self._layout_key:
            self._start = dict(weights_percent)
            self.reset(emit=False)
            return
        self._layout_key = layout_key
        while self._weights_form.rowCount():
            self._weights_form.removeRow(0)
        self.weight_sliders, self.weight_labels = {}, {}
        self._start = dict(weights_percent)
        self._weights_touched = False
        for criterion in project.criteria:
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(0, 100)
            slider.setValue(round(weights_percent.get(criterion.id, 0.0)))
            label = QLabel("", self)
            label.setMinimumWidth(44)
            slider.valueChanged.connect(self._on_weight)
            self._watch(slider)
            self.weight_sliders[criterion.id] = slider
            self.weight_labels[criterion.id] = label
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(label)
            self._weights_form.addRow(criterion.label, row)
        self._update_labels()
        self._update_state()

    def _watch(self, slider: QSlider) -> None:
        slider.sliderPressed.connect(lambda: self.held.emit(True))
        slider.sliderReleased.connect(lambda: self.held.emit(False))

    def is_held(self) -> bool:
        """Whether the user holds a slider down (dragging it)."""
        return any(s.isSliderDown() for s in (self.volume, *self.weight_sliders.values()))

    def whatif(self) -> WhatIf:
        """The sliders' setting; weights only when they differ from the
        project's (sliders dragged back to the start are the project again)."""
        weights = None
        if self._weights_touched:
            values = {k: float(s.value()) for k, s in self.weight_sliders.items()}
            if any(v != round(self._start.get(k, 0.0)) for k, v in values.items()):
                weights = values
        return WhatIf(volume=self.volume.value() / 100.0, weights=weights)

    def reset(self, emit: bool = True) -> None:
        for key, slider in self.weight_sliders.items():
            slider.blockSignals(True)
            slider.setValue(round(self._start.get(key, 0.0)))
            slider.blockSignals(False)
        self.volume.blockSignals(True)
        self.volume.setValue(100)
        self.volume.blockSignals(False)
        self._weights_touched = False
        self._update_labels()
        if emit:
            self._emit()
        else:
            self._update_state()

    def _on_volume(self, _value: int) -> None:
        self._update_labels()
        self._emit()

    def _on_weight(self, _value: int) -> None:
        self._weights_touched = True
        self._update_labels()
        self._emit()

    def _emit(self) -> None:
        self._update_state()
        self.changed.emit(self.whatif())

    def _update_labels(self) -> None:
        self.volume_label.setText(f"{self.volume.value()}%")
        total = sum(s.value() for s in self.weight_sliders.values()) or 1
        for key, slider in self.weight_sliders.items():
            self.weight_labels[key].setText(f"{100 * slider.value() / total:.0f}%")

    def _update_state(self) -> None:
        active = self.whatif().active
        self.apply_button.setEnabled(active)
        self.reset_button.setEnabled(active)
        self.state_label.setText(self.tr("What-if is on: the results show these settings, not the project.")
                                 if active else "")
        self.state_label.setStyleSheet("color: #b45309; font-weight: bold;" if active else "")
