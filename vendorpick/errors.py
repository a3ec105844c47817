"""Problems with input: where they are and what is allowed, in two languages.

Every bad value the user can type or load becomes a :class:`Problem` with a
place (``vendors[1].plans[0].rate``) and a message code.  The code maps to
an English msgid template in :data:`vendorpick.messages.MESSAGES`, translated
through the core's gettext catalogue at display time, so one problem can be
shown in Japanese in the window and in English in a log.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from vendorpick.i18n import LazyText, Plural, _, n_
from vendorpick.messages import MESSAGES


def message(code: str, lang: str, **ctx: object) -> str:
    """The text of message ``code`` in ``lang`` with its ``{placeholders}`` filled
    from ``ctx`` (a missing placeholder leaves the template as it is); a value
    that is a word of the catalogue (:func:`~vendorpick.i18n.L_`, such as a
    band's name) is shown in ``lang`` too."""
    msgid = MESSAGES[code]
    if isinstance(msgid, Plural):
        try:
            count = int(ctx[msgid.number])  # type: ignore[call-overload]
        except (KeyError, TypeError, ValueError):
            count = 2
        template = n_(lang, msgid.singular, msgid.plural, count)
    else:
        template = _(lang, msgid)
    values = {k: v.render(lang) if isinstance(v, LazyText) else v for k, v in ctx.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


@dataclass(frozen=True)
class Problem:
    """One bad value: where it is (``loc``), a message code and its parameters."""

    loc: str
    code: str
    ctx: dict = field(default_factory=dict)

    def message(self, lang: str) -> str:
        # pydantic's own error types that have no text here read "is not valid (its message)";
        # tests/core/test_catalogue.py checks every code written in the source is in MESSAGES
        if self.code in MESSAGES:
            return message(self.code, lang, **self.ctx)
        return message("unknown", lang, msg=self.ctx.get("msg", self.code))

    def text(self, lang: str) -> str:
        return f"{self.loc}: {self.message(lang)}" if self.loc else self.message(lang)


#: problems shown at most, then "…and N more" (a broken file can have a million)
SHOWN_PROBLEMS = 100


def problems_text(problems: Sequence[Problem], lang: str, limit: int = SHOWN_PROBLEMS, more: int = 0) -> str:
    """The first ``limit`` problems, one a line, and "…and N more" when
    there are others (``more`` counts problems that were not even kept)."""
    lines = [p.text(lang) for p in problems[:limit]]
    rest = max(0, len(problems) - limit) + more
    if rest:
        lines.append(message("vp_more_problems", lang, n=f"{rest:,}"))
    return "\n".join(lines)


class InputError(Exception):
    """Bad input: one or more problems, each with its place.

    The command line prints the first :data:`SHOWN_PROBLEMS` problems and
    exits 2; the application shows them beside the field.  Never carries a
    traceback to the user.  ``more`` counts problems beyond the list (not kept).
    """

    def __init__(self, problems: Sequence[Problem], more: int = 0):
        self.problems = list(problems)
        self.more = more
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        return problems_text(self.problems, lang, more=self.more)


def format_loc(parts: Iterable[object]) -> str:
    """``('vendors', 1, 'plans', 0, 'rate')`` → ``vendors[1].plans[0].rate``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
