"""Every message code of a :class:`~vendorpick.errors.Problem` and its English text.

A code maps to an English msgid template (``str.format`` placeholders filled
from the problem's ``ctx``), marked with ``N_`` for extraction; it is
translated when the problem is shown (``Problem.message(lang)``), so one
problem reads in Japanese in the window and in English in a log.

One table, no registration by import: add a new code here (or leave a
``MESSAGES.add({"code": ("en", "ja")})`` in your module and run
``scripts/migrate_words.py``, which moves it here and puts the Japanese in
``resources/locale/ja/LC_MESSAGES/vendorpick.po``).  ``tests/core/test_catalogue.py``
checks that every code used in the source is here.
"""

from __future__ import annotations

from vendorpick.i18n import N_

MESSAGES: dict[str, str] = {
    # scripts/migrate_words.py adds moved codes above this line
}
