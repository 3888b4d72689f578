"""The batching of grid cells: every failing cell is named, left cells stay strict xfails."""

from __future__ import annotations

import pytest

from tests.grid_batches import Batch, Look, check_batch, grid_params


def _look(cell: int) -> Look:
    return Look(text=f"cell {cell}", want=cell % 3 != 0, got=True)


def test_a_failing_batch_names_every_failing_cell_not_only_the_first() -> None:
    batch = Batch("family-000-005", tuple((f"c{n}", n) for n in range(6)))
    with pytest.raises(pytest.fail.Exception) as failed:
        check_batch(batch, _look)
    said = str(failed.value)
    assert said.startswith("2 of 6 cells of family-000-005 fail")
    assert "c0\n" in said and "c3\n" in said and "c1\n" not in said
    assert "text: 'cell 3'" in said and "want: False" in said and "got:  True" in said


def test_a_passing_batch_passes() -> None:
    check_batch(Batch("b", (("c1", 1), ("c2", 2))), _look)


def test_slices_keep_their_ids_and_left_cells_are_strict_xfails_of_their_own() -> None:
    cells = list(range(7))
    params = grid_params(cells, ident=lambda c: f"id{c}", family=lambda c: "odd" if c % 2
                         else "even", left=lambda c: "left on purpose" if c == 4 else "",
                         size=2)
    ids = [p.id for p in params]  # type: ignore[attr-defined]
    # even: 0 2 | 4 6 (4 left); odd: 1 3 | 5
    assert ids == ["even-000-001", "even-002-003", "id4", "odd-000-001", "odd-002-002"]
    left = params[2]
    marks = left.marks  # type: ignore[attr-defined]
    assert [m.name for m in marks] == ["xfail"] and marks[0].kwargs["strict"] is True
    batch = params[1].values[0]  # type: ignore[attr-defined]
    assert [name for name, _cell in batch.cells] == ["id6"]  # the left cell is out of it
    checked = sorted(c for p in params for _n, c in p.values[0].cells)  # type: ignore[attr-defined]
    assert checked == cells  # every cell once, in a batch or alone
