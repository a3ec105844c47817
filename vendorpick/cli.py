"""The command line of SPEC section 5.

Exit status: 0 done; 2 bad input or a bad file (every problem printed, no
traceback); 1 an internal error.  Sub-commands run without a display; the
heavy modules are imported only by the command that needs them.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import NoReturn

from vendorpick import __version__
from vendorpick.errors import InputError
from vendorpick.i18n import N_, _, detect_lang, tr

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2


class UsageError(Exception):
    """Bad command-line usage; argparse's own exit is replaced by this.

    The message is argparse's own, already in the user's language (see
    :func:`argparse_language`)."""

    def __init__(self, prog: str, message: str):
        super().__init__(f"{prog}: {message}")
        self.prog, self.message = prog, message

    def text(self, lang: str) -> str:
        hint = _(lang, "(see {prog} --help)").format(prog=self.prog)
        return f"{self.prog}: {self.message} {hint}"


#: argparse's own messages a user of vendorpick meets (argparse calls gettext for
#: them); their Japanese is in the core catalogue like every other text.
ARGPARSE_MSGIDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse's messages in ``lang`` while the block runs: argparse looks up
    ``_`` and ``ngettext`` in its module at the time of each message, so they
    point at the core catalogue's translations of ``lang`` (nothing global is
    installed; they are restored afterwards)."""
    translations = tr(lang)
    ours = {"_": translations.gettext, "ngettext": translations.ngettext}
    saved = {name: getattr(argparse, name) for name in ours if hasattr(argparse, name)}
    for name in saved:
        setattr(argparse, name, ours[name])
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(argparse, name, function)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # noqa: D401 - argparse hook
        raise UsageError(self.prog, message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vendorpick",
        description="Compare customer-support outsourcing quotes: busy-season cost, risk and ranking. "
        "With no command, opens the desktop application (on FILE, or the demo project).",
    )
    parser.add_argument("--version", action="version", version=f"vendorpick {__version__}")
    parser.add_argument("--lang", choices=["ja", "en"], help="language of messages (default: VENDORPICK_LANG, else the locale)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS, help="language of messages and output")
        return p

    p = add("demo", "write the demo project (a Rakuten Ichiba shop comparing six vendors)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the project")
    p = add("validate", "check a project file: prints ok, or every problem with its place (exit 2)")
    p.add_argument("file", metavar="FILE")
    p = add("simulate", "the cost of every candidate over the horizon, with Monte Carlo risk")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print one JSON object (SPEC section 5)")
    p.add_argument("--scenarios", type=int, metavar="N", help="Monte Carlo scenarios (100 to 1,000,000)")
    p.add_argument("--seed", type=int, metavar="S", help="Monte Carlo seed (≥ 0)")
    p = add("rank", "rank the candidates by the project's criteria and weights")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print one JSON object (SPEC section 5)")
    p = add("export", "write the Excel comparison workbook for your boss")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    p = add("template", "write the quote template (Excel) to send to vendors")
    p.add_argument("-o", "--output", required=True, metavar="QUOTES.xlsx")
    p.add_argument("--project", metavar="FILE", help="ask for the answers to this project's criteria")
    p = add("import", "read filled quote templates into a project")
    p.add_argument("file", metavar="FILE")
    p.add_argument("quotes", nargs="+", metavar="QUOTES.xlsx")
    p.add_argument("-o", "--output", metavar="OUT", help="write the result here instead of updating FILE")
    from vendorpick.history.args import add_parser as add_fit_parser  # SPEC 9: vendorpick fit

    add_fit_parser(sub, add)
    return parser


def _cmd_demo(args: argparse.Namespace, lang: str) -> int:
    from vendorpick.project.demo import demo_project
    from vendorpick.project.io import save

    save(demo_project(), args.output)
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, lang: str) -> int:
    from vendorpick.project.io import load_rankable

    load_rankable(args.file)  # raises InputError with every problem (the first 100 shown, the rest counted)
    print("ok")
    return EXIT_OK


def _lazy(module: str, function: str) -> Callable[[argparse.Namespace, str], int]:
    def run(args: argparse.Namespace, lang: str) -> int:
        import importlib

        return getattr(importlib.import_module(module), function)(args, lang)

    return run


COMMANDS: dict[str, Callable[[argparse.Namespace, str], int]] = {
    "demo": _cmd_demo,
    "validate": _cmd_validate,
    "simulate": _lazy("vendorpick.pricing.report", "simulate_command"),
    "rank": _lazy("vendorpick.scoring.report", "rank_command"),
    "export": _lazy("vendorpick.excel.export", "export_command"),
    "template": _lazy("vendorpick.excel.quotes", "template_command"),
    "import": _lazy("vendorpick.excel.quotes", "import_command"),
    "fit": _lazy("vendorpick.history.report", "fit_command"),
}


def _split_gui_args(argv: list[str]) -> list[str] | None:
    """``vendorpick`` or ``vendorpick FILE`` open the application: return the
    files, or None when argv names a sub-command or an option."""
    rest, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a == "--lang":
            skip = True
        elif not a.startswith("--lang="):
            rest.append(a)
    if any(a in COMMANDS or a.startswith("-") for a in rest[:1]):
        return None
    return rest if len(rest) <= 1 else None


def _open_gui(files: list[str], lang: str | None) -> int:
    try:
        from vendorpick.ui.app import run_app
    except ImportError as exc:
        print(_(detect_lang(lang), "The desktop application cannot start: {exc}").format(exc=exc), file=sys.stderr)
        return EXIT_INTERNAL
    return run_app(files[0] if files else None, lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang_arg = _lang_from_argv(argv)
    lang = detect_lang(lang_arg)
    files = _split_gui_args(argv)
    if files is not None:
        return _open_gui(files, lang_arg)
    try:
        with argparse_language(lang):
            args = build_parser().parse_args(argv)
        if not args.command:
            return _open_gui([], lang_arg)
        lang = detect_lang(getattr(args, "lang", None))
        return COMMANDS[args.command](args, lang)
    except UsageError as exc:
        print(exc.text(lang), file=sys.stderr)
        return EXIT_INPUT
    except InputError as exc:
        print(exc.text(lang), file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # an internal error: say so briefly, details on request
        if os.environ.get("VENDORPICK_DEBUG"):
            traceback.print_exc()
        print(_(lang, "vendorpick: internal error: {exc!r} (set VENDORPICK_DEBUG=1 for details)").format(
                exc=exc), file=sys.stderr)
        return EXIT_INTERNAL


def _lang_from_argv(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
