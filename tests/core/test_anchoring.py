import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.core.anchoring import Anchor, find_quote, make_anchor, reanchor
from workbench.core.errors import AmbiguousQuote, AnchorError

TEXT = "Intro. Shelling wounded four troops near the bridge. Later, shelling wounded four troops."


def test_quote_found_once():
    text = "Rockets wounded four troops near the bridge."
    start, end = find_quote(text, "wounded four troops")
    assert text[start:end] == "wounded four troops"


def test_missing_quote_is_a_clear_error():
    with pytest.raises(AnchorError, match="does not occur"):
        find_quote(TEXT, "killed nine")


def test_ambiguous_quote_asks_for_an_occurrence():
    with pytest.raises(AmbiguousQuote, match="occurs 2 times") as err:
        find_quote(TEXT, "wounded four troops")
    assert err.value.count == 2 and "--" not in str(err.value)
    s1, _ = find_quote(TEXT, "wounded four troops", occurrence=1)
    s2, _ = find_quote(TEXT, "wounded four troops", occurrence=2)
    assert s1 < s2
    with pytest.raises(AnchorError, match="occurrence 3 does not exist"):
        find_quote(TEXT, "wounded four troops", occurrence=3)


@pytest.mark.parametrize("span", [(-1, 3), (5, 4), (0, 10_000), (3, 3)])
def test_spans_outside_the_text_are_refused(span):
    with pytest.raises(AnchorError):
        make_anchor("short text", *span)


@pytest.mark.parametrize(
    "before",
    ["", "😀 ", "قالَ المتحدثُ إنّ ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 😀😀 then ", "e\u0301 combining "],
)
def test_round_trip_after_emoji_and_arabic_with_diacritics(before):
    text = before + "at least 12 civilians were killed" + " afterwards."
    start, end = find_quote(text, "12 civilians")
    anchor = make_anchor(text, start, end)
    assert anchor.exact == "12 civilians"
    assert start == len(before) + len("at least ")  # code points, not UTF-16 units
    assert reanchor(text, anchor) == anchor


@given(
    prefix=st.text(alphabet=st.sampled_from("ab 😀قُ\u064e𝔘é\n"), max_size=40),
    quote=st.text(alphabet=st.sampled_from("xyz😀ثَ"), min_size=1, max_size=10),
    suffix=st.text(max_size=20),
)
def test_anchor_round_trip_property(prefix, quote, suffix):
    text = prefix + quote + suffix
    anchor = make_anchor(text, len(prefix), len(prefix) + len(quote))
    assert text[anchor.start : anchor.end] == quote
    assert anchor.prefix == prefix[-32:]
    again = reanchor(text, anchor)
    assert (again.start, again.end, again.state) == (anchor.start, anchor.end, "anchored")


def test_reanchor_after_text_inserted_before():
    old_text = "Intro. Shelling wounded four troops near the bridge."
    s, e = find_quote(old_text, "wounded four troops")
    anchor = make_anchor(old_text, s, e)
    new_text = "UPDATED with a new lead paragraph.\n\n" + old_text
    new = reanchor(new_text, anchor)
    assert new.state == "reanchored"
    assert new_text[new.start : new.end] == "wounded four troops"


def test_reanchor_picks_the_occurrence_with_matching_context():
    old = "Monday: shelling wounded four troops at the bridge. Tuesday: it wounded four troops."
    s, e = find_quote(old, "wounded four troops", occurrence=2)
    anchor = make_anchor(old, s, e)
    new = "Monday: shelling wounded four troops at the old bridge. Tuesday: it wounded four troops."
    found = reanchor(new, anchor)
    assert found.start == new.rindex("wounded four troops")


def test_reanchor_follows_a_small_edit_inside_the_quote():
    old = "Officials said artillery fire wounded four troops near the bridge on Sunday."
    s, e = find_quote(old, "artillery fire wounded four troops")
    anchor = make_anchor(old, s, e)
    new = "Officials said that artillery fire had wounded four troops near the bridge on Sunday."
    found = reanchor(new, anchor)
    assert found.state == "reanchored"
    assert "wounded four troops" in new[found.start : found.end]
    assert new[found.start : found.end].startswith("artillery")


def test_unfindable_annotation_is_orphaned_not_dropped():
    anchor = Anchor(10, 29, "wounded four troops", "Shelling ", " near")
    found = reanchor("A completely different report about rainfall.", anchor)
    assert found.state == "orphaned"
    assert found.exact == "wounded four troops"
