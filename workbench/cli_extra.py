"""Commands for the window, the demo and the suggestion engines."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    pass
