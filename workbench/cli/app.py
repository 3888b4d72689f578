"""Commands that show the window: gui and screenshot.

No Qt import at module level: ``workbench --help`` and every core command must
start without loading PySide6.
"""

from __future__ import annotations

import argparse

from workbench.cli.common import Add, say


def cmd_app(args: argparse.Namespace) -> int:
    """Open the window; also what ``workbench`` with no command does."""
    from workbench.gui.app import run

    return run(getattr(args, "project", None), coder=getattr(args, "acting_coder", None))


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render the window to a PNG offscreen."""
    from workbench.gui.screenshot import parse_size, render

    try:
        size = parse_size(args.size)
    except ValueError:
        say(f"workbench: --size takes WIDTHxHEIGHT, e.g. 1600x1000; got {args.size!r}.",
            err=True)
        return 2
    notices: list[str] = []
    out = render(args.out, args.project, size, args.select, args.theme, notices)
    for notice in notices:
        say(notice, err=True)
    say(f"Wrote {out}")
    return 0


def register(add: Add) -> None:
    """Add this group's commands."""
    sp = add("gui", cmd_app, "Open the window on a project (default: the last one, or the demo).")
    sp.add_argument("project", nargs="?", metavar="PROJECT",
                    help="the project file to open (default: the "
                    "last one, or the demo on first start)")

    sp = add("screenshot", cmd_screenshot,
             "Render the window to a PNG without a screen (the demo unless --project).")
    sp.add_argument("out", metavar="OUT.png", help="where to write the picture")
    sp.add_argument("--project", help="project to show (default: a fresh demo project)")
    sp.add_argument("--size", default="1600x1000",
                    help="window size WIDTHxHEIGHT (default: 1600x1000)")
    sp.add_argument("--select", metavar="ANNOTATION_ID", help="annotation to select first")
    sp.add_argument("--theme", choices=("light", "dark", "system"),
                    help="colour theme (default: system, as the computer is set)")
