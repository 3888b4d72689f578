"""Speed round 10: the invariants its exact cuts rely on.

``statement_pronouns._a_body`` is read once per speaker's words (an ``lru_cache``): that is
exact only while its answer depends on the words alone, which holds while every list its
helpers read is frozen. The probes are invented.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract
from workbench.core.extract import statement_named_body as named_body
from workbench.core.extract import statement_persons as persons
from workbench.core.extract import statement_pronouns as pronouns
from workbench.core.extract import speakers
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
