"""Help ▸ Getting started: the four steps from an empty project to a
workbook, in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class GettingStartedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def guide_html(self) -> str:
        steps = [
            (self.tr("Start"),
             self.tr("The window opens on a demo project (a fictional Rakuten shop). Look around, then "
                     "choose File ▸ New to start your own, empty project.")),
            (self.tr("1. Forecast"),
             self.tr("Type how many contacts (mails, chats, calls) a normal month brings, and add your sale "
                     "events (the Rakuten calendar button adds Super SALE and Marathon weeks). The hours "
                     "and days start from a typical online shop: replace them with your own figures when "
                     "you have them.")),
            (self.tr("2. Vendors & plans"),
             self.tr("Add each vendor and type its quote as written: choose the kind (fixed monthly fee, "
                     "per contact or graduated), the prices, the hours it covers, and surcharges as "
                     "premiums (+25 %). Set your in-house cost per contact on the Settings page: contacts "
                     "no vendor covers are costed at it.")),
            (self.tr("3. Criteria & scores"),
             self.tr("Choose what matters besides cost (security, quality, hours…), how much each weighs, "
                     "and any must-have. Score each vendor.")),
            (self.tr("4. Results and export"),
             self.tr("Results ranks the plans and says why the winner won; the tabs show monthly costs, "
                     "risk and break-even. Try other volumes and weights with What-if (Reset returns to "
                     "the project). File ▸ Export Comparison Workbook writes an Excel workbook to share.")),
        ]
        body = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in steps)
        return f"<h2>{self.tr('Getting started with vendorpick')}</h2>{body}"
