"""What every group of commands shares: output, opening a project, errors, common options.

Each option used by more than one command is defined here once, so its spelling,
choices and help read the same everywhere.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from workbench.core.codebook import STATUSES
from workbench.core.errors import WorkbenchError

Handler = Callable[[argparse.Namespace], int]
# ``add(name, handler, help, **parser_kwargs)`` returns the command's parser to fill in.
Add = Callable[..., argparse.ArgumentParser]


# Characters that would let a file name or a field forge or disguise a line of a log:
# control characters (a newline starts a fake custody entry) and the invisible marks that
# reorder or hide text (U+202E shows "gpj.exe" as "exe.jpg").
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_BIDI = {0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F),
         *range(0x2066, 0x206A)}


def _visible(ch: str) -> str:
    code = ord(ch)
    if ch in _NAMED:
        return _NAMED[ch]
    if code < 0x20 or 0x7F <= code < 0xA0:
        return f"\\x{code:02x}"
    if code in _BIDI:
        return f"\\u{code:04x}"
    return ch


def plain(text: Any) -> str:
    """``text`` safe to print as one line: control and bidi characters shown as escapes."""
    text = str(text)
    if text.isprintable() and not any(ord(c) in _BIDI for c in text):
        return text  # the common case costs one scan
    return "".join(_visible(c) for c in text)


# Encodings that hold every character: a stream in one of them is left as it is.
_WHOLE_UNICODE = frozenset({"utf-8", "utf-16", "utf-32", "gb18030"})


def safe_output(*streams: Any) -> None:
    """Make ``streams`` (default: stdout and stderr) take any text.

    A stream in a narrower encoding (a Windows console's or a redirection's code page,
    cp1252; ``PYTHONIOENCODING``) raised UnicodeEncodeError at the first Arabic word of
    a listing, an export or an error sentence: a traceback, and an export cut short. A
    terminal keeps its encoding, which it displays, and shows "?" for what it cannot
    hold; a file or a pipe is written in UTF-8, as every file the program writes is, so
    that nothing a project holds is lost on its way there."""
    import codecs

    for stream in streams or (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        try:
            name = codecs.lookup(getattr(stream, "encoding", None) or "ascii").name
        except LookupError:
            name = ""
        if reconfigure is None or name in _WHOLE_UNICODE:
            continue
        try:
            terminal = stream.isatty()
        except (OSError, ValueError):  # closed, or no file behind it
            continue
        stream.flush()
        if terminal:
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8", errors="strict")


def say(line: str, *, err: bool = False) -> None:
    """Print one line of a listing or log; everything in it from a project is escaped."""
    print(plain(line), file=sys.stderr if err else sys.stdout)


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON, non-ASCII kept readable."""
    from workbench.core.shapes import write_json

    write_json(data, sys.stdout, indent=2)
    sys.stdout.write("\n")


# The ``--coder`` given for this run (None: $WORKBENCH_CODER, else the login name). Set by
# :func:`run` around each command, so every command that opens a project writes under it.
_coder: str | None = None


def acting_coder() -> str | None:
    """The coder name given with ``--coder`` for this run, if any."""
    return _coder


# The global --passphrase-file, set by run(); a command's own option wins over it.
_PASSPHRASE_FILE: str | None = None
PASSPHRASE_ENV = "WORKBENCH_PASSPHRASE_FILE"


def add_passphrase_file(sp: argparse.ArgumentParser, *, new: bool = False) -> None:
    """``--passphrase-file FILE`` (and ``--new-passphrase-file``): never the words in argv."""
    sp.add_argument("--passphrase-file", metavar="FILE",
                    help=f"read the passphrase from the first line of FILE (else "
                    f"${PASSPHRASE_ENV}, else a prompt); a file on the project's disk gives "
                    "the project away to whoever holds the disk: keep it elsewhere, or give "
                    "/dev/stdin and pipe the passphrase in from a password manager")
    if new:
        sp.add_argument("--new-passphrase-file", metavar="FILE",
                        help="read the new passphrase from FILE (else a prompt)")


def given_passphrase_file() -> str | None:
    """The file this run names for the project's passphrase (the option, else
    $WORKBENCH_PASSPHRASE_FILE), or None."""
    return _PASSPHRASE_FILE or os.environ.get(PASSPHRASE_ENV)


def read_passphrase_file(name: str) -> str:
    """The passphrase on the first line of the file ``name`` (for an option of its own)."""
    return _read_file(name)


def _read_file(name: str) -> str:
    try:
        # utf-8-sig: an editor's byte-order mark (Notepad writes one) would otherwise
        # become the passphrase's first character, and typed at a prompt later the
        # passphrase would never open the project again.
        with open(name, encoding="utf-8") as fh:
            text = fh.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as err:
        raise WorkbenchError(f"The passphrase file {name} could not be read "
                             f"({getattr(err, 'strerror', None) or err}).") from None
    if not text.lstrip("\ufeff"):
        raise WorkbenchError(f"The passphrase file {name} is empty.")
    if not text.startswith("\ufeff"):
        return text
    from workbench.core.store import typed

    # Keyed normalised; tried as it was keyed from this file before: without the mark
    # as written, then (before the mark was dropped) with it.
    return typed(text[1:], text)


def passphrase(what: str, file: str | None = None, *, confirm: bool = False,
               env: bool = True, reason: str | None = None) -> str:
    """A passphrase from ``file``, the global option, $WORKBENCH_PASSPHRASE_FILE, or a prompt
    (twice with ``confirm``); it is never taken from the command line itself."""
    import getpass

    from workbench.core.store import normalised

    name = file or (_PASSPHRASE_FILE or os.environ.get(PASSPHRASE_ENV) if env else None)
    if name:
        return _read_file(name)
    if not sys.stdin.isatty():
        raise WorkbenchError(f"{reason or what}: give the passphrase with --passphrase-file "
                             f"FILE or ${PASSPHRASE_ENV} (no terminal to ask on).")
    first = getpass.getpass(f"Passphrase for {what}: ")
    if confirm and normalised(getpass.getpass("Once more: ")) != normalised(first):
        raise WorkbenchError("The two passphrases differ; nothing was changed.")
    return first


class _RebuildLine:
    """The search index rebuild's progress as one line on stderr, redrawn in place (on a
    terminal only: a log or a pipe gets the sentence before it, not the commentary)."""

    EVERY = 0.25  # seconds between two redraws

    def __init__(self) -> None:
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < self.EVERY:
            return
        self._last = now
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\rworkbench: rebuilding the search index: {done:,} of {total:,} "
                         f"documents and annotations…\033[K{end}")
        sys.stderr.flush()


def open_project(path: str, file: str | None = None, opener: Any = None):
    """Open the project file at ``path`` (use it as a context manager), writing as the
    ``--coder`` of this run; an encrypted one asks for its passphrase. ``opener``
    (``Project.open`` by default) is called as ``opener(path, coder=, passphrase=)``.
    A long step of the opening (an index rebuilt) is said on stderr before it starts."""
    from workbench.core.errors import PassphraseNeeded
    from workbench.core.project import Project

    opener = opener or functools.partial(
        Project.open, announce=lambda sentence: say(f"workbench: {sentence}", err=True),
        progress=_RebuildLine() if sys.stderr.isatty() else None)
    try:
        project = opener(path, coder=_coder)
    except PassphraseNeeded:
        name = os.path.basename(path)
        key = passphrase(name, file, reason=f"{name} is not a SQLite file, or is an "
                         "encrypted project")
        project = opener(path, coder=_coder, passphrase=key)
    for notice in project.notices:
        say(f"workbench: {notice}", err=True)
    return project


def create_project(path: str, passphrase: str | None = None):
    """Create a new project file at ``path`` (encrypted with ``passphrase`` if given),
    writing as the ``--coder`` of this run."""
    from workbench.core.project import Project

    return Project.create(path, coder=_coder, passphrase=passphrase)


def parse_fields(pairs: Sequence[str]) -> dict[str, Any]:
    """Turn repeated ``--field NAME=VALUE`` options into a dict."""
    fields: dict[str, Any] = {}
    for pair in pairs or ():
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise WorkbenchError(f"--field takes NAME=VALUE; got {pair!r}.")
        fields[name.strip()] = value
    return fields


def run(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command, turning expected failures into a message and an exit code."""
    from workbench.core import dbapi
    from workbench.core.damage import translate

    global _coder
    _coder = getattr(args, "acting_coder", None)
    global _PASSPHRASE_FILE
    _PASSPHRASE_FILE = getattr(args, "global_passphrase_file", None)
    try:
        return handler(args)
    except WorkbenchError as err:
        say(f"workbench: {translate(err, getattr(args, 'project', None)) or err}", err=True)
        return 1
    except (*dbapi.DatabaseError, ValueError) as err:
        # Damaged bytes surface wherever they are read (SQLite's text decoding, stored
        # JSON); any other error of these kinds is a bug and keeps its traceback.
        damage = translate(err, getattr(args, "project", None))
        if damage is None:
            raise
        say(f"workbench: {damage}", err=True)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    finally:
        _coder = None


CODER_HELP = ("record writes under this coder name (default: $WORKBENCH_CODER, else the "
              "login name; the window then tries the name saved in its settings)")


def add_coder_option(sp: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--coder NAME``: who the writes of this run are recorded under.

    On a command it defaults to SUPPRESS so that it never hides the same option given
    before the command (``workbench --coder amal annotate ...``).
    """
    default = None if top else argparse.SUPPRESS
    sp.add_argument("--coder", dest="acting_coder", metavar="NAME", default=default,
                    help=CODER_HELP)


# ---------------------------------------------------------- shared options
# SQLite's largest integer: a number past it raised OverflowError deep in a query.
_SQLITE_MAX = 2**63 - 1


def whole(minimum: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``minimum`` up that SQLite can hold.

    A document id, a page size or a count typed as 99999999999999999999 or -3 is refused
    by the parser with one sentence, not a traceback or a silently ignored limit.
    """
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not minimum <= value <= _SQLITE_MAX:
            shown = text if len(text) <= 24 else text[:24] + "…"
            raise argparse.ArgumentTypeError(
                f"takes a whole number from {minimum} up; got {shown!r}")
        return value

    parse.__name__ = f"whole number from {minimum}"
    return parse


def add_project(sp: argparse.ArgumentParser, **kw: Any) -> None:
    """The PROJECT positional argument."""
    kw.setdefault("help", "the project file (.wbproj)")
    # In capitals as the README and the examples write it; a nested action's usage
    # ("workbench incident PROJECT suggest") is made from it too.
    kw.setdefault("metavar", "PROJECT")
    sp.add_argument("project", **kw)


def add_doc_id(sp: argparse.ArgumentParser) -> None:
    """The DOC_ID positional argument: a document's number."""
    sp.add_argument("doc_id", type=whole(1), metavar="DOC_ID",
                    help="the document's number, as `workbench docs` lists it")


def add_json(sp: argparse.ArgumentParser, help_: str | None = None) -> None:
    """``--json``: print machine-readable output instead of lines for people."""
    sp.add_argument("--json", action="store_true",
                    help=help_ or "print JSON (for scripts) instead of lines for people")


def add_status(sp: argparse.ArgumentParser, **kw: Any) -> None:
    """``--status`` limited to the codebook's annotation statuses."""
    kw.setdefault("help", "review status: suggested, accepted or rejected")
    sp.add_argument("--status", choices=STATUSES, **kw)


def add_kind(sp: argparse.ArgumentParser, help_: str, **kw: Any) -> None:
    """``--kind``; free text, because a project's codebook can add kinds."""
    sp.add_argument("--kind", help=help_, **kw)


def add_fields(sp: argparse.ArgumentParser) -> None:
    """Repeatable ``--field NAME=VALUE`` (read with :func:`parse_fields`)."""
    sp.add_argument("--field", action="append", metavar="NAME=VALUE", default=[],
                    help="set a field, e.g. count_low=4 or speaker=\"Amal Rashed\" "
                    "(repeatable; `workbench codebook PROJECT` lists the fields)")


def add_published(sp: argparse.ArgumentParser, help_: str) -> None:
    """``--published YYYY-MM-DD``."""
    sp.add_argument("--published", help=help_)


# What an import may override; ``--published`` (first) is the one with a help text.
DOCUMENT_METADATA = ("published", "title", "url", "publisher", "author")


def add_document_metadata(sp: argparse.ArgumentParser) -> None:
    """Options that override what an imported file says about itself."""
    add_published(sp, "publication date YYYY-MM-DD (overrides the file's)")
    for name in DOCUMENT_METADATA[1:]:
        sp.add_argument(f"--{name}", help=f"the document's {name} (overrides the file's)")


def document_metadata(args: argparse.Namespace) -> dict[str, Any]:
    """The values of :func:`add_document_metadata`'s options, by name."""
    return {name: getattr(args, name) for name in DOCUMENT_METADATA}


# An option of a command with action words: its flags, argparse keywords, and the
# actions it serves (shown in those actions' help only).
ActionOption = tuple[str, dict[str, Any], tuple[str, ...]]


def add_action_word(sp: argparse.ArgumentParser, command: str, actions: dict[str, str],
                    default: str, options: Sequence[ActionOption]) -> None:
    """An optional ACTION word after the project (``workbench actors PROJECT alias``;
    without it, ``default``), every action's options, and ``--json``.

    Such a command parses as one parser, so a command line that worked before still
    works (options before the project, no word at all); an action's own help (its
    description, only its options, its examples) is built when asked for:
    ``workbench actors alias --help`` showed the whole command's help before. The
    builder hangs on the ACTION argument, which the command's parser shares, for
    ``workbench.cli._action_help`` (``actions``: each word with its one-line help)."""
    word = sp.add_argument(
        "action", nargs="?", choices=tuple(actions), default=default, metavar="ACTION",
        help=f"what to do (default: {default}): {', '.join(actions)}; "
             f"`workbench {command} ACTION --help` shows an action's options")
    for flag, kw, _ in options:
        sp.add_argument(flag, **kw)
    add_json(sp)

    def action_parser(name: str) -> argparse.ArgumentParser:
        p = argparse.ArgumentParser(prog=f"workbench {command} PROJECT {name}",
                                    description=actions[name])
        for flag, kw, used in options:
            if name in used:
                p.add_argument(flag, **kw)
        add_json(p)
        return p

    word.action_parser = action_parser  # type: ignore[attr-defined]
