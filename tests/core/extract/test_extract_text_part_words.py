"""The numbered parts of a text ("page 7", "items 3-4") count nobody, and the statement
engine's own list of a text's parts ("a translation of its main passage") is a different
list: one name bound twice in `lang/en.py` made the casualty engine read the statement
list, which lacks "page", "item" and "line"."""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts as _counts
from workbench.core.extract.lang import en as EN


@pytest.mark.parametrize("text, expected", [
    ("(Adds toll, minister's comments in items 3-4)\nSix people were killed in the blast.",
     [(6, "killed")]),
    ("Rebels killed 12 soldiers near Harsk. Full story on page 12 killed",
     [(12, "killed")]),
    ("(Updates with toll in paragraphs 2-3)\nFour guards were wounded at the gate.",
     [(4, "wounded")]),
])
def test_a_numbered_part_of_the_text_counts_nobody(text, expected):
    assert _counts(text) == expected


def test_the_casualty_list_of_text_parts_names_pages_and_items():
    assert {"page", "pages", "item", "items", "line", "lines"} <= set(EN.TEXT_PART_NOUNS)
    assert "passage" in EN.RENDERED_TEXT_PARTS
