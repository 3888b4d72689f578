"""A lone letter is no speaker: "بكلفة قدرت آنذاك بـ48 مليار دينار" gave a statement by
"بـ" (ar-55 009 at its first measurement): after the adverb, the preposition cut from its
number was taken for the subject of "قدرت"."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.statements import find_statements_ar


@pytest.mark.parametrize("text", [
    "لا يزال المبنى هيكلا خرسانيا، بكلفة قدرت آنذاك بـ48 مليار دينار.",
    "وبقي المشروع متوقفا بكلفة قدرت حينها ب 12 مليون دولار.",
])
def test_a_clitic_cut_from_its_number_is_no_speaker(text: str) -> None:
    assert find_statements_ar(text) == []


def test_a_body_that_estimates_is_still_a_speaker() -> None:
    text = "وقدرت الوزارة الخسائر بـ48 مليار دينار."
    assert [s["speaker"] for s in find_statements_ar(text)] == ["الوزارة"]
