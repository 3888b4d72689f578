"""Probes of the hundred-and-thirteenth English round (issue 11): the sixty-second set's
casualty figures.

The counted people's own verb is found past what stands between them and it: a long
relative clause ("A 58-year-old local man who had quarrelled with the hut's tenants over a
right of way was arrested", en-62), prepositional phrases with a region in commas ("one
employee of the district authority in Leoben, Styria, died", en-62), an apposition holding
a relative clause ("one man, a 52-year-old who was attacked by a dog ..., died", en-62) or
the rest of an apposition the count opens ("The suspect, a 47-year-old man from the
district, was detained", en-62). The bare whole of a partitive heads no clause ("29 of the
41 needed hospital treatment", en-62). "shot in both legs" is read as "shot in the leg".
A bare count that opens its sentence with a verb of release is a part of the captives the
sentence before counted ("A gunman held six people ... Three were released", en-62).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures


def _short(text: str) -> list[tuple[str, str, int]]:
    return [(f[0], f[1], f[2]) for f in figures(text)]


# (text, outcome, count, the words the figure's span must hold)
SUBJECT_GAP: list[tuple[str, str, int, str]] = [
    ("A farmer who had threatened the new owners of the mill over the use of a track was "
     "arrested at his home.", "arrested", 1, "A farmer"),
    ("A 63-year-old teacher who had argued with his neighbours about a boundary hedge was "
     "arrested on Friday.", "arrested", 1, "A 63-year-old teacher"),
    ("A gunman who fired at officers trying to serve an eviction notice on his farm "
     "surrendered after a long siege and was arrested.", "arrested", 1, "A gunman"),
    ("A driver who rammed a police car at a checkpoint outside Halden and fled into the "
     "forest gave himself up on Sunday and was arrested.", "arrested", 1, "A driver"),
    ("One nurse at the district clinic in Tavel, Upper Kessa, died in the attack.",
     "killed", 1, "One nurse"),
    ("Two cleaners from the municipal depot in Marrow, Lower Halden, were injured.",
     "wounded", 2, "Two cleaners"),
    ("Three guards at a warehouse on the road to Kessa were shot dead.",
     "killed", 3, "Three guards"),
    ("Two soldiers at a checkpoint near the bridge were killed.",
     "killed", 2, "Two soldiers"),
    ("One passenger, a 71-year-old who was travelling home from the market, died in "
     "hospital.", "killed", 1, "One passenger"),
    ("One miner, a father of three who had worked at the pit for twenty years, was killed.",
     "killed", 1, "One miner"),
    ("The driver, a 29-year-old man from the valley, was arrested at the scene.",
     "arrested", 1, "a 29-year-old man"),
    ("The gunman, a 40-year-old former guard from Tavel, was detained.",
     "arrested", 1, "a 40-year-old former guard"),
]
# The same words where the verb is not the counted people's: a clause with a subject of
# its own, a verb that takes a clause, an active perfect with its object, no people.
SUBJECT_GAP_LOOKALIKES: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("A man who said two guards were killed was questioned by police.",
     [("two guards were killed", "killed", 2)]),
    # (round en121) the guards shot are the wounded, as the sets' gold reads a bare active
    # "shot" with a counted object; the woman is still no figure
    ("A woman who saw the gunman when he shot three guards was interviewed.",
     [("shot three guards", "wounded", 3)]),
    ("A truck at the depot in Tavel, Kessa, was damaged.", []),
    ("The bus, a 40-seat coach from Tavel, was damaged.", []),
    ("An official in the district that has lost 40 police officers spoke on Monday.", []),
]


@pytest.mark.parametrize(("text", "outcome", "count", "words"), SUBJECT_GAP)
def test_subject_verb_past_the_gap(text: str, outcome: str, count: int, words: str) -> None:
    found = _short(text)
    assert len(found) == 1
    span, got, n = found[0]
    assert (got, n) == (outcome, count) and words in span


@pytest.mark.parametrize(("text", "expected"), SUBJECT_GAP_LOOKALIKES)
def test_subject_gap_lookalike(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _short(text) == expected


BARE_WHOLE: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("The report said 12 of the 30 needed hospital treatment.",
     [("12 of the", "wounded", 12)]),
    ("Witnesses said two of the 11 were killed.", [("two of the", "killed", 2)]),
]
# A whole with a noun of its own keeps its reading.
BARE_WHOLE_LOOKALIKES: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("Two of the 11 wounded later died.",
     [("Two of the", "killed", 2), ("11 wounded", "wounded", 11)]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_WHOLE + BARE_WHOLE_LOOKALIKES)
def test_bare_whole_of_partitive(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _short(text) == expected


BOTH_LIMBS: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("A 22-year-old man was shot in both legs by masked men in Tavel.",
     [("A 22-year-old man was shot in both legs", "wounded", 1)]),
    ("Two teenagers were shot in both knees in an alley behind the shops.",
     [("Two teenagers were shot in both knees", "wounded", 2)]),
    ("A cyclist was hit in both arms by shotgun pellets.",
     [("A cyclist was hit in both arms", "wounded", 1)]),
]
BOTH_LIMBS_LOOKALIKES: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("A 22-year-old man was shot in the head.", []),
    ("Both legs of the table were broken.", []),
]


@pytest.mark.parametrize(("text", "expected"), BOTH_LIMBS + BOTH_LIMBS_LOOKALIKES)
def test_shot_in_both_limbs(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _short(text) == expected


FREED_BACK: list[tuple[str, tuple[str, str, int]]] = [
    ("Gunmen took 20 hostages at the mine. Nine were released on Monday.",
     ("Nine were released", "captured", 9)),
    ("A gunman held five people in the bank.\n• Two were freed during the afternoon",
     ("Two were freed", "captured", 2)),
    ("Pirates seized 14 crew members off Tavel. The other three have since been released.",
     ("three have since been released", "captured", 3)),
    # a count with a noun and one after a clause's subject: read since round en130 by the
    # reader of people told by their release (casualty_released.py)
    ("Gunmen took 20 hostages at the mine. Nine workers were released on Monday.",
     ("Nine workers were released", "captured", 9)),
    ("Gunmen took 20 hostages at the mine. Police said nine were released on Monday.",
     ("nine were released", "captured", 9)),
]
# Detainees are another reading.
FREED_BACK_LOOKALIKES: list[str] = [
    "Police arrested 20 people at the mine. Nine were released on Monday.",
    "Gunmen took 20 hostages at the mine. Nine were killed on Monday.",
]


@pytest.mark.parametrize(("text", "expected"), FREED_BACK)
def test_freed_from_sentence_before(text: str, expected: tuple[str, str, int]) -> None:
    assert expected in _short(text)


@pytest.mark.parametrize("text", FREED_BACK_LOOKALIKES)
def test_freed_back_lookalike(text: str) -> None:
    assert not [f for f in _short(text) if f[2] == 9 and f[1] == "captured"]
