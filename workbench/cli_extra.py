"""Commands for the window, the demo and the suggestion engines.

No Qt import at module level: ``workbench --help`` and every core command must
start without loading PySide6.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable


def cmd_demo(args: argparse.Namespace) -> int:
    from workbench.core.demo import build_demo

    path = build_demo(args.path)
    print(f"Wrote the demo project to {path}")
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    from workbench.gui.screenshot import parse_size, render

    try:
        size = parse_size(args.size)
    except ValueError:
        print(f"workbench: --size takes WIDTHxHEIGHT, e.g. 1600x1000; got {args.size!r}.")
        return 2
    out = render(args.out, args.project, size, args.select, args.theme)
    print(f"Wrote {out}")
    return 0


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    sp = add("demo", cmd_demo, "Write the demo project (fictional reports, annotated) to PATH.")
    sp.add_argument("path", help="the project file to create, e.g. demo.wbproj")

    sp = add("screenshot", cmd_screenshot,
             "Render the window to a PNG without a screen (the demo unless --project).")
    sp.add_argument("out", metavar="OUT.png")
    sp.add_argument("--project", help="project to show (default: a fresh demo project)")
    sp.add_argument("--size", default="1600x1000", help="window size WIDTHxHEIGHT")
    sp.add_argument("--select", metavar="ANNOTATION_ID", help="annotation to select first")
    sp.add_argument("--theme", choices=("light", "dark", "system"), help="colour theme")
