"""Review of English rounds 163-165, Arabic rounds 129-130 and the day's fixes (issue 11):
readings the day's rules gave wrongly on neighbours of their own sentences, and long
inputs they must read in time linear in the text. The probe sentences are our own,
written in the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _ar(text: str) -> list[tuple[int | None, str]]:
    found = extract(text, None, language="ar")["casualties"]
    return [(c["count_low"], c["outcome"]) for c in found]


_KIDNAP = "خطف مسلحون حافلة ركاب يوم الأحد. "


@pytest.mark.parametrize("text, want", [
    # people held after a kidnapping whose holder is named after the held word are held
    # by that holder, no kidnapper
    (_KIDNAP + "ولا يزال 5 أشخاص محتجزين لدى الشرطة للتحقيق معهم.", [(5, "arrested")]),
    (_KIDNAP + "ولا يزال 5 أشخاص محتجزين في سجن المدينة المركزي.", [(5, "arrested")]),
    (_KIDNAP + "وقالت الشرطة إن 5 أشخاص محتجزون لديها.", [(5, "arrested")]),
])
def test_held_with_a_holder_named_after_a_kidnapping(
        text: str, want: list[tuple[int, str]]) -> None:
    assert _ar(text) == want


@pytest.mark.parametrize("text, want", [
    (_KIDNAP + "ولا يزال نحو 30 راكبا محتجزين.", [(30, "captured")]),
    ("خطف مسلحون حافلة ركاب، وأفرج الخاطفون عن النساء. ولا يزال 30 راكبا محتجزين.",
     [(30, "captured")]),
])
def test_held_with_no_holder_after_a_kidnapping_stay_captured(
        text: str, want: list[tuple[int, str]]) -> None:
    assert _ar(text) == want
