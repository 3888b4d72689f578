"""Speed round 10: the invariants its exact cuts rely on.

``casualty_toll_list_phrase._count_colon`` gates the toll-colon pattern: it must hold
wherever that pattern matches.

``statement_pronouns._a_body`` is read once per speaker's words (an ``lru_cache``): that is
exact only while its answer depends on the words alone, which holds while every list its
helpers read is frozen. The probes are invented.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import casualty_toll_list_phrase as toll_list
from workbench.core.extract import extract, speakers
from workbench.core.extract import statement_named_body as named_body
from workbench.core.extract import statement_persons as persons
from workbench.core.extract import statement_pronouns as pronouns
from workbench.core.extract.lang import en as EN

SPEAKERS = [
    "the Ministry of Health", "Meridian Marine", "Save the Children", "The company",
    "Dr Omar Fadel", "Manager Lena Ortiz", "operations director Rita Sand", "NATO",
    "The Tarvian Liberation Front (TLF)", "Hope Across Borders", "Delta Ferries Ltd",
    "Ivo Brant", "she", "it", "The UN", "Medecins du Monde", "UN Human Rights Office",
    "prosecutor Ana Cifuentes of the Public Ministry's rights unit", "",
]


@pytest.mark.parametrize("speaker", SPEAKERS)
def test_a_body_cached_equals_uncached(speaker: str) -> None:
    uncached = pronouns._a_body.__wrapped__
    assert pronouns._a_body(speaker) == uncached(speaker)
    assert pronouns._a_body(speaker) == uncached(speaker)  # (from the cache)


def test_a_body_reads_only_frozen_lists() -> None:
    # a cached answer stays right only while nothing it reads can change
    for value in (EN.TITLES, EN.PERSON_WORDS, EN.BODY_DESCRIPTION_HEADS,
                  EN.COMPANY_NAME_HEADS, EN.BODY_NAME_PREPOSITIONS, EN.BODY_NAME_HEADS,
                  EN.SPEAKING_BODIES, speakers.PRONOUNS, pronouns._POSTS,
                  named_body._INNER_LINKS, named_body._PARTICLES, named_body._ARTICLES,
                  persons._ARTICLES):
        assert isinstance(value, frozenset | tuple)
    assert isinstance(EN.ONE_PERSON_POSTS, tuple) and isinstance(EN.BODY_VOICE_NOUNS, tuple)


def _statements(text: str) -> list[tuple[object, object]]:
    return [(s["speaker"], s["text"]) for s in extract(text)["statements"]]


TEXTS = [
    "The Ministry of Health in Verdan said 14 clinics had closed. It says more will "
    "close next week.",
    "Meridian Marine said its ferry had left port on time. It said the crew was safe.",
    "Dr Omar Fadel said the ward was full. He said more beds were on the way.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_statements_the_same_when_read_again(text: str) -> None:
    first = _statements(text)
    pronouns._a_body.cache_clear()
    assert _statements(text) == first
    assert _statements(text) == first  # (the cache filled)


# --- casualty_toll_list_phrase: the colon gate -------------------------------------------


COLON_TEXTS = [
    "That raises the number of dead to six: four soldiers guarding the bridge and two "
    "civilians.",
    "That brings the dead to four: three guards protecting the depot and a cook.",
    "The death toll rose to at least 12:\tnine villagers fetching water and three herders.",
    "The toll climbed to SIXTY:\n forty farmers tending fields and twenty traders.",
    "The toll rose to ſix: two nurses working nights.",  # a long s, folded by the pattern
    "The toll rose to 7:  five porters carrying grain.",
    "Car bomb kills 14 at market in Verdan: police",
    "Report: militia seized three aid workers near Kessa",
    "The toll rose to 12:30 on Monday as rescuers dug.",
    "The toll rose to six:two villagers.",
    "The toll rose to nearly 40: officials said more had died.",
    "Colonel Brant said: 'We will hold the bridge.'",
    "the toll rose to 12345: none",
    ": leading colon",
    "trailing colon:",
]


@pytest.mark.parametrize("text", COLON_TEXTS)
def test_count_colon_holds_wherever_the_toll_pattern_matches(text: str) -> None:
    if toll_list._toll_colon().search(text):
        assert toll_list._count_colon(text)


def test_count_colon_no_gate_no_match() -> None:
    # the gate is sound on every colon of the probes, and shuts most headline colons out
    assert not toll_list._count_colon("Car bomb kills 14 at market in Verdan: police")
    assert not toll_list._count_colon("Report: militia seized three aid workers near Kessa")
    assert toll_list._count_colon("the number of dead to six: four soldiers")


def _old_toll_list_edits(text: str) -> list[tuple[int, int, str]]:
    # the reader as it was before the gate (the reference)
    if ": " not in text:
        return []
    gated = toll_list._count_colon
    try:
        toll_list._count_colon = lambda _text: True  # type: ignore[assignment]
        return toll_list.toll_list_edits(text)
    finally:
        toll_list._count_colon = gated  # type: ignore[assignment]


@pytest.mark.parametrize("text", COLON_TEXTS)
def test_toll_list_edits_as_before(text: str) -> None:
    assert toll_list.toll_list_edits(text) == _old_toll_list_edits(text)


def test_count_letters_cover_every_count_word() -> None:
    assert max(len(w) for w in (*EN.UNITS, *EN.TENS)) <= toll_list._COUNT_LETTERS
    assert not any(c.isspace() for w in (*EN.UNITS, *EN.TENS) for c in w)


@pytest.mark.parametrize("text", [COLON_TEXTS[i] for i in (0, 1, 4, 5)])
def test_toll_lists_still_cut(text: str) -> None:
    # a toll's colon after its count lets the reader through the gate: the phrase is cut
    assert toll_list.toll_list_edits(text)


def test_count_colon_sound_on_generated_texts() -> None:
    # tolls before a colon built slot by slot (counts in every case, odd white space,
    # letters the pattern folds, a slot sometimes dropped or doubled), in noise
    import random

    slots = [["the dead", "The death toll", "toll", "number of dead", "tally"],
             [" ", "  ", "\n", "\u2003"], ["rose ", "climbed ", "", "has risen "],
             ["to", "at", "To"], [" ", "\t", "  "], ["at least ", "some ", "about ", ""],
             ["six", "SIX", "ſix", "Seventeen", "twenty", "12", "1234", "12345", "x12",
              "(6)", "ninety", "Nıne", "one"],
             [":", ";", " :"], [" ", "\n", "\t", "\u00a0", "", "x"]]
    noise = ["Verdan: police", "Report: ", "4 soldiers ", "K", "'", "\n", "and "]
    rng = random.Random(10)
    hits = 0
    for _ in range(4000):
        parts = [rng.choice(noise)]
        for slot in slots:
            roll = rng.random()
            if roll < 0.05:
                continue  # a slot dropped
            parts.append(rng.choice(slot) * (2 if roll > 0.97 else 1))
        parts.append(rng.choice(noise))
        text = "".join(parts)
        if toll_list._toll_colon().search(text):
            hits += 1
            assert toll_list._count_colon(text), text
    assert hits > 200  # (the generator does reach the pattern)
