"""The panes' layouts remembered per window size (gui/pane_layouts.py): which size keeps
which layout, what a new window's bottom row gets, and settings that cannot be read."""

from __future__ import annotations

import pytest

from workbench.gui.pane_layouts import (
    BODY_LEAST,
    BOTTOM_LEAST,
    KEPT,
    Layout,
    dump,
    near,
    nearest,
    outer_sizes,
    parse,
    remember,
)


def _layout(w: int, h: int, first: int = 100) -> Layout:
    return Layout(w, h, {"body": (first, 500, 400), "outer": (400, 200)})


def test_sizes_near_each_other_share_a_layout_and_far_ones_do_not() -> None:
    assert near((1024, 640), (1100, 700))
    assert not near((1024, 640), (1600, 1000))
    assert not near((1600, 1000), (1600, 700))  # a much shorter window of the same width
    layouts = [_layout(1600, 1000), _layout(1024, 640)]
    assert nearest(layouts, (1050, 660)) == layouts[1]
    assert nearest(layouts, (1600, 1000)) == layouts[0]
    assert nearest(layouts, (700, 1000)) is None  # a tall, narrow window


def test_a_layout_replaces_the_one_left_near_its_size_and_few_are_kept() -> None:
    layouts = remember([], _layout(1024, 640, 100))
    layouts = remember(layouts, _layout(1600, 1000))
    layouts = remember(layouts, _layout(1030, 650, 250))
    assert [lay.size() for lay in layouts] == [(1030, 650), (1600, 1000)]
    assert layouts[0].sizes["body"][0] == 250
    for i in range(KEPT + 3):
        layouts = remember(layouts, _layout(400 * (i + 1), 300 * (i + 1)))
    assert len(layouts) == KEPT


def test_layouts_are_read_back_as_written() -> None:
    layouts = [_layout(1600, 1000), _layout(1024, 640, 180)]
    assert parse(dump(layouts)) == layouts


@pytest.mark.parametrize("text", [None, "", "not json", "{}", "[1, 2]",
                                  '[{"width": "wide", "height": 2, "sizes": {}}]',
                                  '[{"width": 1, "height": 2, "sizes": {"body": ["x"]}}]'])
def test_a_settings_value_that_cannot_be_read_gives_no_layout(text) -> None:
    assert parse(text) == []


def test_what_can_be_read_of_a_damaged_value_is_kept() -> None:
    good = _layout(1280, 720)
    text = dump([good])[:-1] + ', {"width": 3}]'
    assert parse(text) == [good]


@pytest.mark.parametrize("total", [549, 589, 669, 717, 949])
def test_a_new_windows_bottom_row_gives_way_on_a_short_window(total) -> None:
    body, bottom = outer_sizes(total)
    assert body + bottom == total
    if total >= 669:  # 1280×720 and taller: the share the bottom row had
        assert abs(bottom - total * 310 / 870) <= 1
    else:
        assert bottom >= BOTTOM_LEAST and (body >= BODY_LEAST or bottom == BOTTOM_LEAST)
        assert bottom < total * 310 / 870
