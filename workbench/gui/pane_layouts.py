"""The panes' sizes, remembered with the window size they were made at.

Splitters keep pixels, and a window made larger scales them as they are: a layout left
on a 1024×640 laptop, opened on a 1600×1000 screen, kept the laptop's proportions (the
annotation panel, at its 400 px least, took two fifths of the width; the viewer and the
bottom row stayed cramped). Each layout is now remembered with its window's size, and a
window that becomes much larger or smaller (beyond ``NEAR``) takes the layout last left
near its new size, or lays its panes out as a new window of that size does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

NEAR = 0.2  # a window within a fifth of a layout's size (each way) keeps that layout
KEPT = 4  # window sizes remembered: a laptop alone, docked to a screen, half a screen...
# The bottom row's share of the window's height (timeline and incidents), and what the
# panes above it keep on a short window: at 640 px the row's 36 % left the annotation
# table three rows under its filters and the editor.
BOTTOM_SHARE = 310 / 870
BODY_LEAST = 400
BOTTOM_LEAST = 170

Named = Iterable[tuple[str, QSplitter]]


@dataclass(frozen=True)
class Layout:
    """Every splitter's sizes in pixels, at the window size they were left at."""

    width: int
    height: int
    sizes: dict[str, tuple[int, ...]]

    def size(self) -> tuple[int, int]:
        return self.width, self.height


def near(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether window sizes ``a`` and ``b`` differ by at most NEAR of the larger, each way."""
    return all(abs(x - y) <= NEAR * max(x, y, 1) for x, y in zip(a, b, strict=True))


def nearest(layouts: Iterable[Layout], size: tuple[int, int]) -> Layout | None:
    """The layout left nearest ``size`` among those near it, or None."""
    close = [lay for lay in layouts if near(lay.size(), size)]
    return min(close, key=lambda lay: abs(lay.width - size[0]) + abs(lay.height - size[1]),
               default=None)


def remember(layouts: list[Layout], layout: Layout) -> list[Layout]:
    """``layouts`` with ``layout`` first, replacing those near its size; KEPT at most."""
    return [layout, *(lay for lay in layouts if not near(lay.size(), layout.size()))][:KEPT]


def parse(text: str | None) -> list[Layout]:
    """The layouts written by ``dump``; a settings file edited by hand, cut short or of
    another version gives what can be read of it, and nothing else."""
    try:
        rows = json.loads(text or "[]")
    except ValueError:
        return []
    found = []
    for row in rows if isinstance(rows, list) else []:
        try:
            sizes = {str(name): tuple(int(v) for v in values)
                     for name, values in dict(row["sizes"]).items()}
            found.append(Layout(int(row["width"]), int(row["height"]), sizes))
        except (KeyError, TypeError, ValueError):
            continue
    return found[:KEPT]


def dump(layouts: Iterable[Layout]) -> str:
    return json.dumps([{"width": lay.width, "height": lay.height,
                        "sizes": {n: list(s) for n, s in lay.sizes.items()}}
                       for lay in layouts])


def outer_sizes(total: int) -> list[int]:
    """The panes above and the bottom row of a new window ``total`` px high (handle
    excluded): the bottom row its share, unless that leaves the panes above less
    than BODY_LEAST, when it gives way down to BOTTOM_LEAST."""
    bottom = round(total * BOTTOM_SHARE)
    if total - bottom < BODY_LEAST:
        bottom = max(total - BODY_LEAST, min(bottom, BOTTOM_LEAST))
    return [total - bottom, bottom]


class PaneLayouts(QObject):
    """Fits the window's splitters to its size: the layout left near that size, else a
    new window's. A user's drag of a handle, and the layout at closing, are remembered
    for the size they were made at."""

    def __init__(self, window: QWidget, splitters: Callable[[], Named],
                 lay_out_new: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.splitters = splitters
        self.lay_out_new = lay_out_new
        self.layouts: list[Layout] = []
        self.fitted_for: tuple[int, int] | None = None  # the size the layout is for
        self._adopt = False  # the next fit takes the splitters as they are
        # After the resize has reached the splitters (a window's resize event comes
        # before its children are laid out anew).
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)

    def watch(self) -> None:
        """Follow the handles of the splitters shown now (again after new panes)."""
        for _name, split in self.splitters():
            split.splitterMoved.connect(self._moved)

    def start(self, layouts: list[Layout], *, fitted: bool = False) -> None:
        """Take ``layouts`` and fit the window at its next turn of the event loop
        (``fitted``: the splitters already hold the layout for the size the window is
        shown at, as an earlier version left them)."""
        self.layouts = layouts
        self.fitted_for = None
        self._adopt = fitted
        self._timer.start()

    def window_resized(self) -> None:
        """Called from the window's own resize event. (Not an event filter: a filter
        outlives this object's Python side when a window is torn down half-built, and Qt
        then calls into an object with no attributes left.)"""
        self._timer.start()

    def fit(self) -> None:
        """Lay the panes out for the window's size, unless they are already for a size
        near it (Qt's own scaling of the splitters serves there)."""
        if not self.window.isVisible():
            return  # fitted when shown (showing sends the window its resize)
        size = self._size()
        if self._adopt:  # the first size the window is laid out at, not its first
            self._adopt = False  # (a hidden window's size is still to be restored)
            self.fitted_for = size
        if self.fitted_for is not None and near(self.fitted_for, size):
            return
        found = nearest(self.layouts, size)
        if found is None:
            self.lay_out_new()
        else:
            for name, split in self.splitters():  # parents before the splitters inside
                sizes = found.sizes.get(name)
                if sizes and len(sizes) == split.count():
                    split.setSizes(list(sizes))
        self.fitted_for = size

    def keep(self) -> list[Layout]:
        """Remember the layout shown for the window's size; every layout, to save."""
        size = self._size()
        if size[0] > 0 and size[1] > 0:
            sizes = {name: tuple(split.sizes()) for name, split in self.splitters()}
            self.layouts = remember(self.layouts, Layout(*size, sizes))
            self.fitted_for = size
        return self.layouts

    def _moved(self, *_args: object) -> None:
        self.keep()

    def _size(self) -> tuple[int, int]:
        return self.window.width(), self.window.height()
