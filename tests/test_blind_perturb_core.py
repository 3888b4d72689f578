"""bench/blind/perturb_core.py: the offset map both surface-form benches carry their gold
through, the pieces adapter, the two ways of carrying a speaker or group, the table, and
the casualty-only tally and lost-figure record of the English casualty benches."""

from __future__ import annotations

import pytest

from bench.blind.perturb_core import (
    CasualtyScore,
    apply,
    carry_doc,
    edits_from_pieces,
    lost_figures,
    lost_sentences,
    reread_nearest,
    table_rows,
    transformed_alone,
)


def test_the_offset_map_takes_an_edit_inside_a_span_whole():
    moved = apply("ab, cd ef", [(2, 3, ""), (6, 7, "\n\n")])
    assert moved.text == "ab cd\n\nef"
    assert moved.text[moved.start(0):moved.end(2)] == "ab"       # comma after the span
    assert moved.text[moved.start(0):moved.end(3)] == "ab"       # comma at its end, dropped
    assert moved.text[moved.start(4):moved.end(9)] == "cd\n\nef"  # break inside
    assert moved.text[moved.start(7):moved.end(9)] == "ef"


def test_an_insertion_at_a_span_boundary_stays_outside_it():
    moved = apply("abcd", [(2, 2, "XY")])
    assert moved.text == "abXYcd"
    assert moved.text[moved.start(0):moved.end(2)] == "ab"
    assert moved.text[moved.start(2):moved.end(4)] == "cd"


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError):
        apply("abcd", [(0, 2, "x"), (1, 3, "y")])


def test_pieces_map_offsets_by_their_running_lengths():
    """A piece per character, grown, emptied or kept: each original span maps to the
    pieces of its characters, as the running lengths of the pieces would place it."""
    text = "abcde"
    pieces = ["a", "bb", "", "d\u064e", "e"]
    edits = edits_from_pieces(text, pieces)
    assert edits == [(1, 2, "bb"), (2, 3, ""), (3, 4, "d\u064e")]
    moved = apply(text, edits)
    offsets = [0]
    for p in pieces:
        offsets.append(offsets[-1] + len(p))
    for s in range(len(text) + 1):
        for e in range(s, len(text) + 1):
            assert moved.cut(s, e) == moved.text[offsets[s]:offsets[e]]
    with pytest.raises(ValueError):
        edits_from_pieces(text, pieces[:-1])


def _upper(s: str) -> str:
    return s.upper()


def test_a_string_is_reread_at_its_nearest_occurrence_or_transformed_alone():
    text = "Olen said x. Later Olen said y."
    moved = apply(text, [(19, 20, "0")])       # only the second Olen changes
    carry = reread_nearest(_upper)
    assert carry("Olen", text, moved, 0) == "Olen"
    assert carry("Olen", text, moved, 25) == "0len"
    assert carry("Brisk", text, moved, 0) == "BRISK"
    assert transformed_alone(_upper)("Olen", text, moved, 25) == "OLEN"


def test_carry_doc_recuts_evidence_and_carries_only_the_named_fields():
    text = "Olen said two died. Olen said so."
    doc = {"text": text, "casualties": [{"evidence": "two died", "group": "Olen"}],
           "dates": [], "statements": [{"evidence": "so", "speaker": "Olen"}]}
    spans = {"casualties": [(10, 18)], "dates": [], "statements": [(30, 32)]}
    edits = [(20, 21, "0"), (10, 13, "2")]
    out = carry_doc(doc, edits, spans, {"speaker": reread_nearest(_upper)})
    assert out["text"] == "Olen said 2 died. 0len said so."
    assert out["casualties"] == [{"evidence": "2 died", "group": "Olen"}]
    assert out["statements"] == [{"evidence": "so", "speaker": "0len"}]
    assert doc["text"] == text and doc["statements"][0]["speaker"] == "Olen"


def test_a_table_row_gives_each_change_from_the_untransformed_row():
    base = {"casualties": 0.5, "dates": 1.0, "statements": 0.75, "overall": 0.7}
    moved = {"casualties": 0.25, "dates": 1.0, "statements": 0.75, "overall": 0.6}
    lines = table_rows("fict", [("none", base), ("caps", moved)])
    assert lines[0].split() == ["fict", "none", "0.500", "1.000", "0.750", "0.700"]
    assert lines[1].split() == ["fict", "caps", "0.250", "(-0.250)", "1.000", "(+0.000)",
                                "0.750", "(+0.000)", "0.600", "(-0.100)"]


def test_a_casualty_score_counts_the_unread_gold_as_missed():
    doc = {"text": "", "casualties": [{}, {}, {}]}
    score = CasualtyScore.of(doc, {0, 2}, 4)
    assert (score.tp, score.fp, score.fn) == (2, 4, 1)
    score.add(CasualtyScore(1, 1, 1))
    assert (score.tp, score.fp, score.fn) == (3, 5, 2)


def test_lost_figures_are_the_entries_read_before_and_not_after_in_gold_order():
    moved = {"text": "", "casualties": [{"n": 0}, {"n": 1}, {"n": 2}]}
    asked: list[list[int]] = []

    def sentences(_doc: dict, indices: list[int]) -> list[str]:
        asked.append(indices)
        return [f"s{i}" for i in indices]

    lost = lost_figures("set", "d1", "verb", moved, {2, 0, 1}, {1}, sentences)
    assert [(x.entry["n"], x.sentence, x.transform) for x in lost] == [(0, "s0", "verb"),
                                                                       (2, "s2", "verb")]
    # nothing lost: the sentences, which may cost a run of the engines, are not looked for
    assert lost_figures("set", "d1", "verb", moved, {1}, {1, 2}, sentences) == []
    assert asked == [[0, 2]]


def test_a_lost_figures_sentence_is_the_engines_sentence_around_its_span() -> None:
    text = ("Clashes in Kessa\nGunmen attacked a bus near Dr. Ansah's farm on Monday. "
            "Four passengers were wounded, police said. The road was closed.")
    doc = {"text": text, "casualties": [
        {"outcome": "wounded", "count_low": 4, "count_high": None, "qualifier": "exact",
         "group": "passengers", "evidence": "Four passengers were wounded"}],
        "dates": [], "statements": []}
    assert lost_sentences(doc, [0]) == ["Four passengers were wounded, police said."]
