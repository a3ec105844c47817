"""Qt translations of the desktop application and the user's language.

Every visible string of the application goes through Qt's translation system
(``self.tr`` / ``QCoreApplication.translate``), except the words of the domain
(bands, methods, kinds: :func:`vocabulary_word`), which come from the core's
:mod:`vendorpick.vocabulary` so that window, workbook and command line agree.  The compiled catalogues are
``resources/i18n/*_ja.qm`` (installed as ``vendorpick.resources``), one per part of the application
(``shell``, ``editors``, ``results``); when the language is Japanese every one
of them is installed, plus Qt's own ``qtbase_ja`` for the standard dialogs.
The language follows the system locale unless the user picked one from the
menu (remembered in QSettings under ``ui/lang``).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from vendorpick.i18n import normalise_lang
from vendorpick.vocabulary import word

I18N_DIR = Path(str(resources.files("vendorpick.resources").joinpath("i18n")))
LANG_KEY = "ui/lang"
LANGS = ("en", "ja")


def system_lang() -> str:
    """``ja`` when the environment or the system locale is Japanese, else ``en``."""
    env = os.environ.get("VENDORPICK_LANG")
    if env:
        return normalise_lang(env)
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def saved_lang() -> str | None:
    value = QSettings().value(LANG_KEY)
    return value if value in LANGS else None


def remember_lang(lang: str) -> None:
    QSettings().setValue(LANG_KEY, lang)


def startup_lang(explicit: str | None) -> str:
    """The command line's ``--lang``, else the remembered choice, else the system's."""
    if explicit:
        return normalise_lang(explicit)
    return saved_lang() or system_lang()


def catalogue_files(folder: Path = I18N_DIR) -> list[Path]:
    """Every compiled Japanese catalogue shipped with the application."""
    return sorted(folder.glob("*_ja.qm"))


class Translations:
    """The translators installed on the application, switchable at run time."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.lang = "en"

    def install(self, lang: str) -> None:
        """Replace the installed translators with those of ``lang`` and make
        QLocale's default follow it (yen and number formats)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.lang = lang
        if lang == "ja":
            QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
            self._load_all()
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    def _load_all(self) -> None:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files = [str(p) for p in catalogue_files()]
        qtbase = Path(qt_dir) / "qtbase_ja.qm"
        if qtbase.exists():
            files.append(str(qtbase))
        for name in files:
            translator = QTranslator(self._app)
            if translator.load(name):
                self._app.installTranslator(translator)
                self._installed.append(translator)


def current_lang() -> str:
    """The application's language now (it follows QLocale's default, set by
    :meth:`Translations.install`)."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def vocabulary_word(kind: str, key: str, capitalise: bool = False) -> str:
    """A word of :mod:`vendorpick.vocabulary` in the application's language
    (``capitalise``: its first letter upper-case, for a heading)."""
    text = word(kind, key, current_lang())
    return text[:1].upper() + text[1:] if capitalise else text
