"""Speed round 16: the invariants the exact cuts in the English statement engine rely on.

* ``statement_by_count._openings`` tries the opening "By X's count," pattern only where
  "By" stands: it must give the very matches of ``_OPENING.finditer``.
* ``statement_long_speaker.described_speakers`` skips its quote-close scan in a text with
  no closing quote mark: the pattern must never match without one.
* ``statement_named_body.NamedBodies`` judges the speakers passed only when an "it" asks:
  it must answer as the pass that judged each speaker when it was passed.
* ``statement_speaker_for_body.speaker_for_body`` looks for the comma after the name
  before it asks whether the name is a body's: both must hold, in either order.
* ``statement_document_closing._may_close`` reads needles built once: the same test.

The probes are invented, in the style of news.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract
from workbench.core.extract import statement_by_count as by_count
from workbench.core.extract import statement_document_closing as closing
from workbench.core.extract import statement_long_speaker as long_speaker
from workbench.core.extract import statement_named_body as named_body
from workbench.core.extract import statement_speaker_for_body as for_body

BY_TEXTS = [
    "By the agency's tally, 212 people died in the first week.",
    "Floods hit the valley.\nBy Hassan's count, 40 homes were lost.",
    "The camp grew. By their own estimate, 3,100 people live there now.",
    "The camp grew! By the council's reckoning, 90 tents stood.",
    "Bypass roads were shut. By Friday's count, 12 died.",  # "By" inside a word first
    "The road was cut by the army's count, 40 fled.",  # lower-case "by": no opening
    "They left By the river. By the mayor's count, 70 people fled.",
    "BY THE AGENCY'S TALLY, 9 DIED.",  # capitals: the pattern is case-sensitive
    "By By the agency's count, 5 died.",  # a second "By" right after the first
    "By",
    "",
    "No count here at all.",
    "By the Red Crescent's count,By the army's count, 8 died.",
]


@pytest.mark.parametrize("text", BY_TEXTS)
def test_by_openings_equal_finditer(text: str) -> None:
    got = [(m.span(), m.groupdict()) for m in by_count._openings(text)]
    want = [(m.span(), m.groupdict()) for m in by_count._OPENING.finditer(text)]
    assert got == want


def test_by_openings_found_where_written() -> None:
    # (the probes must exercise the matching path too, not only the misses)
    hits = sum(1 for t in BY_TEXTS for _ in by_count._openings(t))
    assert hits >= 5


def test_by_count_statement_read() -> None:
    got = extract("Rains hit Tarvo province.\nBy the agency's tally, 212 people died in the "
                  "first week of the floods.", "2024-05-02")["statements"]
    assert any(s["speaker"] == "the agency" and "212 people died" in s["text"] for s in got)


CLOSE_TEXTS = [
    '"We lost everything," said a farmer who fled the village of Orlo.',
    "“We lost everything,” said a farmer who fled the village of Orlo.",
    "'We lost everything,' said a farmer who fled the village of Orlo.",
    "‘We lost everything,’ said a farmer who fled the village of Orlo.",
    '"Leave now!" said a soldier at the gate of the camp.',
    "We lost everything, said a farmer who fled the village of Orlo.",  # no mark
    "The bridge fell, said a man whose shop stood beside it.",  # no mark
    "Officials said, 'the road is shut', and left.",  # a mark, no inverted verb after
    "It was the farmer’s field, said a neighbour who saw it burn.",  # apostrophe only
]


@pytest.mark.parametrize("text", CLOSE_TEXTS)
def test_close_then_verb_needs_a_mark(text: str) -> None:
    has_mark = any(mark in text for mark in long_speaker._CLOSE_MARKS)
    found = list(long_speaker._CLOSE_THEN_VERB.finditer(text))
    assert has_mark or not found


def test_close_marks_are_the_pattern_class() -> None:
    # the gate's marks are exactly the characters the pattern's second class admits
    for ch in "\"”'’“‘«»`´()[]-., ":
        hit = long_speaker._CLOSE_THEN_VERB.match(f",{ch} said a man") is not None
        assert hit == (ch in long_speaker._CLOSE_MARKS), ch


def test_described_speaker_after_quote_still_read() -> None:
    got = extract('"We lost everything in one night," said a farmer who fled the village '
                  "of Orlo on Monday.", "2024-05-02")["statements"]
    assert any(str(s["speaker"]).startswith("a farmer") for s in got)


def _entries(*speakers: object) -> list[dict[str, object]]:
    return [{"start": 10 * i, "end": 10 * i + 8, "text": "x", "speaker": sp}
            for i, sp in enumerate(speakers)]


SPEAKER_RUNS = [
    ("Save the Children", "The organisation", "it"),
    ("NATO", "Ivo Brant", "The alliance", "it"),
    ("Ivo Brant", "she", "The group", "it"),
    ("The Ministry of Health", None, "the ministry", "it", "UNICEF", "The agency", "it"),
    ("Delta Ferries Ltd", "The company", "it", "Meridian Marine", "the company", "it"),
    ("it", "The group", "it"),
]


def _eager_for_it(out: list[dict[str, object]], k: int, antecedent: str) -> str | None:
    """The answer of the pass that judged each speaker as it was passed."""
    if not antecedent or not named_body._anaphoric_description(antecedent):
        return None
    name = None
    for e in out[:k]:
        sp = e["speaker"]
        if isinstance(sp, str) and named_body._named_as_body(sp) and (
                int(e["start"]) < int(out[k]["start"])):  # type: ignore[call-overload]
            name = sp
    return name


@pytest.mark.parametrize("speakers", SPEAKER_RUNS)
def test_named_bodies_lazy_equals_eager(speakers: tuple[object, ...]) -> None:
    out = _entries(*speakers)
    bodies = named_body.NamedBodies(out)
    for k, o in enumerate(out):
        if k:
            bodies.passed(out[k - 1])
        for antecedent in ("The organisation", "the ministry", "The company", "Ivo Brant"):
            assert bodies.for_it(o, antecedent) == _eager_for_it(out, k, antecedent)


def test_named_bodies_keep_the_speaker_as_passed() -> None:
    # a speaker changed after it was passed is judged as it was when passed
    out = _entries("NATO", "The organisation", "it")
    bodies = named_body.NamedBodies(out)
    bodies.passed(out[0])
    out[0]["speaker"] = "Ivo Brant"
    bodies.passed(out[1])
    assert bodies.for_it(out[2], "The organisation") == "NATO"


def test_named_bodies_unordered_reads_all() -> None:
    out = _entries("NATO", "The organisation", "it")
    out[0]["start"], out[1]["start"] = 15, 5  # not in order of their start
    bodies = named_body.NamedBodies(out)
    for o in out[:2]:
        bodies.passed(o)
    assert bodies.for_it(out[2], "The organisation") == named_body.named_body_for_it(
        out, out[2], "The organisation") == "NATO"


def test_it_after_description_takes_the_body_name() -> None:
    text = ("ORLO, 4 June 2025 - Storms have cut the road to 30 villages, Save the Villages "
            "said today. The organisation is calling on the council to reopen the clinics. "
            "It is also urging donors to pay for tents.")
    got = extract(text, "2024-05-02")["statements"]
    assert any(s["speaker"] == "Save the Villages" and s["text"] == "donors to pay for tents"
               for s in got)


def test_it_after_description_of_no_named_body_stays() -> None:
    # near-miss: a name that is no body's by its form leaves the description to the "it"
    text = ("Hope Across Borders said on Monday that 40 families had lost their homes in "
            "Orlo. The group is urging the province to rebuild the school. It is also "
            "calling on donors to send blankets.")
    got = extract(text, "2024-05-02")["statements"]
    assert any(s["speaker"] == "The group" and s["text"] == "donors to send blankets"
               for s in got)


BODY_TEXTS = [
    # the description before a body's name set off by commas speaks
    ("The ferry sank near Orlo on Monday. A spokesperson for the owner, Delta Ferries Ltd, "
     "said 12 crew members had been rescued.", "A spokesperson for the owner"),
    ("A spokesman for the operator, Harbour Line Shipping, said the crew of 14 had been "
     "rescued.", "A spokesman for the operator"),
    # near-misses: the body's name with its verb right after it, a person's name in commas
    ("Delta Ferries Ltd said 12 crew members had been rescued from the sinking ferry.",
     "Delta Ferries Ltd"),
    ("A lawyer for the family, Ana Ruiz, said the inquiry would reopen in June.", "Ana Ruiz"),
]


def _for_body_in_old_order(text: str, out: list[dict[str, object]]) -> None:
    """``speaker_for_body`` with the name's test first, as before the round."""
    for o in out:
        sp = o["speaker"]
        if not isinstance(sp, str) or not sp[:1].isupper() or not for_body.names_a_body(sp):
            continue
        start = int(o["start"])  # type: ignore[call-overload]
        at = text.rfind(sp, max(0, start - 400), start)
        if at < 0 or text[at + len(sp):at + len(sp) + 1] != ",":
            continue
        m = for_body._DESCRIPTION.search(text, max(0, at - for_body._LOOKBACK), at)
        if m is not None:
            o["speaker"] = m["desc"]


@pytest.mark.parametrize(("text", "speaker"), BODY_TEXTS)
def test_speaker_for_body_either_order(text: str, speaker: str) -> None:
    got = extract(text, "2024-05-02")["statements"]
    assert [s["speaker"] for s in got] == [speaker]
    names = ("Delta Ferries Ltd", "Harbour Line Shipping", "Ana Ruiz", "Orlo", "The ferry")
    for name in names:
        at = text.find("said") + 5
        new = [{"start": at, "end": at + 9, "speaker": name}]
        old = [dict(new[0])]
        for_body.speaker_for_body(text, new)
        _for_body_in_old_order(text, old)
        assert new == old


CLOSING_TEXTS = [
    "Detainees in Kessa were beaten daily, the report states.",
    "Detainees in Kessa were beaten daily, the inquiry found.",
    "Detainees in Kessa were beaten daily, the report says",  # no full stop after it
    "The report states that detainees were beaten.",
    "",
]


@pytest.mark.parametrize("text", CLOSING_TEXTS)
def test_may_close_needles(text: str) -> None:
    assert closing._may_close(text) == any(f" {v}." in text for v in closing._VERBS)


def test_document_closing_read() -> None:
    got = extract("Detainees in Kessa were beaten daily, the report states.",
                  "2024-05-02")["statements"]
    assert [(s["speaker"], s["text"]) for s in got] == [
        ("the report", "Detainees in Kessa were beaten daily")]
