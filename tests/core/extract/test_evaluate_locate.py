"""`workbench eval` places each gold entry on an occurrence of its evidence before pairing.
A short evidence that also occurs inside a longer gold entry's evidence ("yesterday" and
"yesterday afternoon") must take its own occurrences, or the measurement reports a miss
and a false positive the engine did not make."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract
from workbench.core.extract.evaluate import _locate, evaluate_docs

YESTERDAY = ("Two people were hurt yesterday afternoon when a shell hit a school in Qasr "
             "al-Tin, the district council said. Workers cleared the road yesterday, and the "
             "council said yesterday that classes would stay closed.")
MONDAY = ("Shelling struck the eastern market on Monday afternoon, residents said. A second "
          "strike on Monday hit the bakery on Harun Street, and on Monday the clinic closed.")


def _doc(text: str, published: str, short: str, long: str, value: str,
         long_first: bool) -> dict:
    entries = [{"evidence": short, "value": value}, {"evidence": short, "value": value}]
    longer = {"evidence": long, "value": value}
    dates = [longer, *entries] if long_first else [*entries, longer]
    return {"doc_id": "t1", "text": text, "published": published, "casualties": [],
            "statements": [], "dates": dates}


CASES = [
    (YESTERDAY, "2023-11-09", "yesterday", "yesterday afternoon", "2023-11-08"),
    (MONDAY, "2024-03-06", "Monday", "Monday afternoon", "2024-03-04"),
]


@pytest.mark.parametrize("long_first", [False, True], ids=["long-last", "long-first"])
@pytest.mark.parametrize("case", CASES, ids=["yesterday", "monday"])
def test_a_short_evidence_inside_a_longer_one_takes_its_own_occurrences(case, long_first):
    text, published, *_ = case
    # The engine finds all three dates, so a faithful measurement has no error at all.
    assert len(extract(text, published, "en")["dates"]) == 3
    result = evaluate_docs([_doc(*case, long_first=long_first)])
    assert (result["dates"]["tp"], result["dates"]["fp"], result["dates"]["fn"]) == (3, 0, 0)
    assert [e for e in result["errors"] if e["kind"] == "dates"] == []


def test_a_short_evidence_found_only_inside_a_longer_one_is_still_placed():
    text = "A shell hit the school yesterday afternoon, the council said."
    doc = {"doc_id": "t2", "text": text, "published": "2023-11-09", "casualties": [],
           "statements": [], "dates": [{"evidence": "yesterday", "value": "2023-11-08"},
                                       {"evidence": "yesterday afternoon",
                                        "value": "2023-11-08"}]}
    result = evaluate_docs([doc])
    # One suggestion for two overlapping gold entries: one pairs, the other is a miss.
    assert (result["dates"]["tp"], result["dates"]["fp"], result["dates"]["fn"]) == (1, 0, 1)


def test_an_entry_is_placed_outside_a_longer_entry_even_when_a_suggestion_is_inside():
    # The engine read "Monday afternoon" with the short entry's value: the gold entries
    # still sit where the text puts them, so the short one is a miss, not a pair.
    text = "The convoy left on Monday afternoon and returned on Monday."
    gold = [{"evidence": "Monday", "value": "2024-03-11"},
            {"evidence": "Monday afternoon", "value": "2024-03-04"}]
    first, last = text.index("Monday"), text.rindex("Monday")
    preds = [{"start": first, "end": first + 6, "text": "Monday", "value": "2024-03-11"}]
    assert _locate(text, "dates", gold, preds) == [(last, last + 6), (first, first + 16)]
