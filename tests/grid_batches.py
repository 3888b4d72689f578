"""Grid cells checked in batches: one test item per slice of a family's cells.

A grid has thousands of cells of a fraction of a millisecond of engine time each, and a
test item costs pytest more than that (in the worker and again in the xdist controller),
so a passing cell is checked inside a batch: one item runs every cell of its slice and,
when some fail, fails once naming every failing cell with its text, what it wants and what
it got. A cell left failing on purpose stays an item of its own, a strict xfail under the
cell's id, so that a fix shows as that cell passing.

Slices are cut by position inside a family, counting the cells left failing too, so a
batch keeps its id (``flight-000-099``) when a left cell is fixed or another is left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import pytest

C = TypeVar("C")

# Cells per item: about 20 ms of engine time, and a failing batch's message stays readable.
BATCH_SIZE = 100


@dataclass(frozen=True)
class Batch(Generic[C]):
    """The cells one test item checks, each with its id."""

    name: str
    cells: tuple[tuple[str, C], ...]

    def __len__(self) -> int:
        return len(self.cells)


@dataclass(frozen=True)
class Look:
    """What one cell's check compares: the cell passes when ``got == want``. A check that
    compares a list of problems with none gives what the cell expects as ``expects``."""

    text: str
    want: object
    got: object
    expects: object = None


def _no_family(cell: object) -> str:
    return ""


def _not_left(cell: object) -> str:
    return ""


def _slice_name(family: str, first: int, last: int) -> str:
    span = f"{first:03d}-{last:03d}"
    return f"{family}-{span}" if family else span


def grid_params(cells: Iterable[C], ident: Callable[[C], str],
                family: Callable[[C], str] = _no_family,
                left: Callable[[C], str] = _not_left,
                size: int = BATCH_SIZE) -> list[object]:
    """``pytest.param`` values of ``Batch``: a batch per ``size`` cells of a family (cells
    ``left`` gives a reason for taken out), and a strict xfail of one cell per left cell."""
    by_family: dict[str, list[C]] = {}
    for cell in cells:
        by_family.setdefault(family(cell), []).append(cell)
    params: list[object] = []
    for name, members in by_family.items():
        for first in range(0, len(members), size):
            chunk = members[first:first + size]
            held = tuple((ident(c), c) for c in chunk if not left(c))
            if held:
                batch = Batch(_slice_name(name, first, first + len(chunk) - 1), held)
                params.append(pytest.param(batch, id=batch.name))
            params.extend(_left_param(ident(c), c, left(c)) for c in chunk if left(c))
    return params


def _left_param(name: str, cell: C, reason: str) -> object:
    return pytest.param(Batch(name, ((name, cell),)), id=name,
                        marks=[pytest.mark.xfail(strict=True, reason=reason)])


def check_batch(batch: Batch[C], look: Callable[[C], Look]) -> None:
    """Check every cell of ``batch`` and fail once, listing each cell that failed."""
    wrong = []
    for name, cell in batch.cells:
        seen = look(cell)
        if seen.got != seen.want:
            wrong.append(_described(name, seen))
    if wrong:
        pytest.fail(f"{len(wrong)} of {len(batch)} cells of {batch.name} fail:\n"
                    + "\n".join(wrong), pytrace=False)


def _described(name: str, seen: Look) -> str:
    lines = [name, f"    text: {seen.text!r}"]
    if seen.expects is not None:
        lines.append(f"    expects: {seen.expects!r}")
    lines += [f"    want: {seen.want!r}", f"    got:  {seen.got!r}"]
    return "\n".join(lines)
