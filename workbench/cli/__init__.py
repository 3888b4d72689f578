"""The command line: parse arguments, call the core, print. No domain rules here.

Each module of this package adds one group of commands through its ``register(add)``;
they share only :mod:`workbench.cli.common` and never import each other.
"""

# No ``from __future__ import annotations``: this module imports a submodule of that name.
import argparse
import difflib
import sys
from collections.abc import Sequence
from typing import Any

from workbench import __version__, earlystart
from workbench.cli import (
    annotations,
    app,
    backups,
    codebook,
    crypto,
    documents,
    engines,
    examples,
    exchange,
    incidents,
    merge,
    project,
    report,
    team,
    trash,
)
from workbench.cli.common import Handler, add_coder_option, run, safe_output, say

GROUPS = (project, documents, annotations, trash, codebook, incidents, exchange, report, team,
          merge, engines, app, crypto, backups)

# The order of `workbench --help`, which predates the groups; a command not named here
# is listed after these.
HELP_ORDER = (
    "new", "import", "reimport", "annotate", "edit", "trash", "restore", "link", "grade",
    "docs", "show", "annotations", "search", "incidents", "incident", "tally", "export",
    "report", "import-qdpx", "agreement", "merge", "datasette-metadata", "verify", "reindex",
    "codebook",
    "actors", "log", "verify-log", "encrypt", "decrypt", "change-passphrase", "backup",
    "backups", "restore-backup", "gui", "extract", "suggest", "eval", "demo", "screenshot",
)


# Commands that never open a project file, so take no passphrase.
_NO_PROJECT = frozenset({"extract", "eval", "demo"})
# Commands that open no project: --coder names no one there. It is still taken (hidden from
# their help) so that scripts that passed it run on, with a sentence saying it is ignored.
_NO_CODER = frozenset({"extract", "eval"})
_PASSPHRASE_HELP = ("read an encrypted project's passphrase from the first line of FILE "
                    "(keep FILE off the project's disk, or give /dev/stdin and pipe it in)")


class _Unbuilt:
    """Stands in for the parser of a command that is not being run: takes whatever its
    group adds to it (arguments, groups, nested commands) and builds nothing."""

    def __getattr__(self, name: str) -> Any:
        return self._take

    def _take(self, *args: Any, **kwargs: Any) -> "_Unbuilt":
        return self


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line: the program's options and every group's commands.

    With ``command``, the name of the command being run, only that command's parser is
    built beside the program's options: the other forty cost ~40 ms of every run's
    start (argparse looks for message translations for each), and they parse nothing
    of it. A name that is no command builds them all.
    """
    p = argparse.ArgumentParser(
        prog="workbench",
        description="Workbench: read sources, annotate statements, claims, casualty figures "
        "and events, and see them on a timeline. With no command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"workbench {__version__}")
    add_coder_option(p, top=True)
    # Its own dest: a command's --passphrase-file default would overwrite a shared one.
    p.add_argument("--passphrase-file", dest="global_passphrase_file", metavar="FILE",
                   help=_PASSPHRASE_HELP)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    # Groups fill in a bare parser per command; the real subparsers are made afterwards,
    # in HELP_ORDER, and take their arguments from it (argparse's ``parents``).
    bodies: dict[str, tuple[Handler, str, dict[str, Any], argparse.ArgumentParser]] = {}
    skipped: set[str] = set()

    def add(name: str, handler: Handler, help_: str, **kw: Any) -> argparse.ArgumentParser:
        if name in bodies or name in skipped:
            raise ValueError(f"Two commands are named {name!r}.")
        if command is not None and name != command:
            skipped.add(name)
            return _Unbuilt()  # type: ignore[return-value]
        # The prog names nested actions in their usage line ("workbench incident ...").
        body = argparse.ArgumentParser(prog=f"workbench {name}", add_help=False)
        bodies[name] = (handler, help_, kw, body)
        return body

    for group in GROUPS:
        group.register(add)
    if command is not None and command not in bodies:
        return build_parser()
    rank = {name: i for i, name in enumerate(HELP_ORDER)}
    for name in sorted(bodies, key=lambda n: rank.get(n, len(rank))):
        handler, help_, kw, body = bodies[name]
        sp = sub.add_parser(name, help=help_, description=help_, parents=[body], **kw)
        sp.set_defaults(handler=handler)
        # Also after the command, except where the command's own --coder is a filter,
        # or where the command opens no project and so records nothing under a name.
        if name in _NO_CODER:
            sp.add_argument("--coder", dest="ignored_coder", metavar="NAME",
                            default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        elif not any("--coder" in a.option_strings for a in body._actions):
            add_coder_option(sp)
        # Likewise the passphrase: `workbench docs enc.wbproj --passphrase-file F` was refused
        # as an unknown argument. Commands with their own option, or no project, skip it.
        if name not in _NO_PROJECT and not any(
                "--passphrase-file" in a.option_strings for a in body._actions):
            sp.add_argument("--passphrase-file", dest="global_passphrase_file", metavar="FILE",
                            default=argparse.SUPPRESS, help=_PASSPHRASE_HELP)
    examples.attach(p)
    return p


def _nested(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The actions of a command that has its own (``incident``'s create, suggest, …)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _action_help(parser: argparse.ArgumentParser, given: list[str]) -> None:
    """``workbench incident suggest --help``: the action's help, not the command's.

    An action comes after the project (``workbench incident PROJECT suggest``), so
    argparse took the action's name for the project and printed the command's help.
    Asking for help runs nothing, so a name of an action right after the command is
    read as the action whatever the project is called; exits as ``--help`` does.
    """
    if not {"-h", "--help"} & set(given):
        return
    at = _command_at(given)  # the program's own options may come first
    if at + 1 >= len(given):
        return
    commands = _nested(parser)
    command = commands.get(given[at])
    actions = _nested(command) if command is not None else {}
    if given[at + 1] in actions:
        actions[given[at + 1]].parse_args(["--help"])
    # An action word (codebook, actors: ``common.add_action_word``) comes right after
    # the command when help is asked first, else after the project.
    word = next((a for a in command._actions if hasattr(a, "action_parser")), None) \
        if command is not None else None
    if word is None:
        return
    for name in given[at + 1:at + 3]:
        if name in (word.choices or ()):
            own = word.action_parser(name)
            examples.attach_action(own, given[at], name, word.default)
            own.parse_args(["--help"])


def _command_at(given: list[str]) -> int:
    """Where the command's name is in ``given``: after the program's own options."""
    at = 0
    while at < len(given) and given[at] in ("--coder", "--passphrase-file"):
        at += 2
    return at


def _close(word: str, known: Sequence[str]) -> str:
    """" did you mean X?" for the known word nearest a misspelt one, else ""."""
    near = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f"; did you mean {near[0]}?" if near else ""


def _refuse_unknown_command(parser: argparse.ArgumentParser, given: list[str]) -> None:
    """A misspelt command is one sentence with the nearest command, not argparse's list of
    all forty; exits 2 as argparse does."""
    at = _command_at(given)
    commands = _nested(parser)
    if at >= len(given) or given[at].startswith("-") or given[at] in commands:
        return
    word = given[at]
    hint = _close(word, list(commands))
    if word.endswith(".wbproj"):  # a project given as a file manager or habit gives it
        hint = f"; to open the project in the window: workbench gui {word}"
    parser.exit(2, f"workbench: {word} is not a command{hint} "
                   "(`workbench --help` lists every command)\n")


def _refuse_extra(parser: argparse.ArgumentParser, args: argparse.Namespace,
                  extra: list[str]) -> None:
    """Words the command did not take, said by the command that did not take them.

    argparse left them to the program's parser, whose usage and "workbench: error:
    unrecognized arguments" named neither the command nor the option meant."""
    command = _nested(parser).get(getattr(args, "command", None) or "")
    words = ["workbench"]
    if command is not None:
        words.append(args.command)
        action = _nested(command).get(getattr(args, "action", None) or "")
        if action is not None:
            command = action
            words.append(args.action)
    blamed = command or parser
    options = [o for a in blamed._actions for o in a.option_strings]
    flags = [w.split("=", 1)[0] for w in extra if w.startswith("-")]
    name = " ".join(words)
    if flags:
        what = (f"{flags[0]} is not one of its options{_close(flags[0], options)} "
                f"(`{name} --help` lists them)")
    else:
        what = f"{extra[0]!r} is not an argument it takes (`{name} --help` shows them)"
    parser.exit(2, f"{name}: {what}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    # An import's workers start before the parser is built (tens of milliseconds): the
    # installed ``workbench`` script comes here straight after loading the modules. Where
    # an entry point started them earlier still, this starts none.
    given = sys.argv[1:] if argv is None else list(argv)
    earlystart.start(given)
    safe_output()  # before argparse too: its usage and errors may quote Arabic given
    # A run names its command first (the program's own options go before it): only that
    # command's parser is built then. Anything else (no command, an option first, a
    # name that is no command) builds the whole, for its help and its errors.
    named = given[0] if given and not given[0].startswith("-") else None
    parser = build_parser(named)
    _action_help(parser, given)
    _refuse_unknown_command(parser, given)
    args, extra = parser.parse_known_args(given)
    if extra:
        _refuse_extra(parser, args, extra)
    handler: Handler = getattr(args, "handler", app.cmd_app)
    if getattr(args, "ignored_coder", None) is not None:
        say(f"workbench {args.command}: --coder is ignored: this command opens no project, "
            "so nothing is recorded under a coder's name.", err=True)
    if args.command == "annotations" and args.acting_coder and args.coder is None:
        # The listing's own --coder is a filter; the one before the command was taken for
        # it and everyone's annotations came back without a word.
        say("workbench annotations: --coder before the command names who writes, and a "
            "listing writes nothing, so every coder's annotations are listed; to list "
            f"{args.acting_coder}'s, give it after the command (`workbench annotations "
            f"{args.project} --coder {args.acting_coder}`).", err=True)
    return run(handler, args)
