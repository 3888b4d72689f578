"""Probes of the hundred-and-sixteenth English round (issue 11): speakers in features.

A closing "he says" / "she says" is the person the paragraph brings in, not a speaker
quoted earlier in the piece: a lone given name with an age or "one of the ..." in commas
after it is a name (en-60 "Sindre, 17, remembers ..."; en-64 "Luka, one of the friends
wounded that night, ..."), and "One of the first members, Jamie, now 17, was ..." has the
name in commas as its subject (en-55; en-53). A fronted place phrase that lost its comma is
no part of the speaker ("Outside court he said", en-64; a general rule of a speaker's
bounds). A speaker's own telling inside their quote ("I tell them I was one step from that
myself", en-58; "I tell mothers that ...", en-63; "I told the police I didn't see ...",
en-55) is a statement of its own, the speaker's.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

_EARLIER = (
    "The club's coach, Petar Lasko, says the town has changed. \"We lost three boys in two "
    "years,\" he says.\n\n"
)

# (text, a (speaker, words) pair that must be among the suggestions)
MEMBERS: list[tuple[str, tuple[str, str]]] = [
    # a lone given name with an age in commas is a name
    (_EARLIER + "Mirko, 16, remembers the night his cousin was hit with a brick. \"Nobody "
     "came for twenty minutes and we sat on the kerb in the rain,\" he says.",
     ("Mirko", "Nobody came for twenty minutes and we sat on the kerb in the rain")),
    (_EARLIER + "Dario, now 19, still walks past the bus stop every morning. \"I cross the "
     "road now, every single time I come this way,\" he says.",
     ("Dario", "I cross the road now, every single time I come this way")),
    # ... and so is one with "one of the ..." in commas
    (_EARLIER + "Ivo, one of the boys hurt that night, has a scar across his hand. He rarely "
     "goes out after dark. \"I still hear the glass breaking when I close my eyes,\" he "
     "says.",
     ("Ivo", "I still hear the glass breaking when I close my eyes")),
    # "One of the ..., Name," opens the sentence: the name is its subject
    (_EARLIER + "One of the older players, Goran, now 18, was beaten outside a bar last "
     "spring. \"I stayed at home for a month after that and did not answer my phone,\" he "
     "says.",
     ("Goran", "I stayed at home for a month after that and did not answer my phone")),
    # a fronted place phrase is no part of the speaker
    ("Rafe Okoro sat in the public gallery with his sister. Outside court he said the "
     "sentence would not bring his brother back.",
     ("Rafe Okoro", "the sentence would not bring his brother back")),
    ("Mila Hart waited in the corridor all morning. Outside church she told reporters "
     "that the families had been ignored for years.",
     ("Mila Hart", "the families had been ignored for years")),
    # a speaker's own telling inside their quote is a statement of its own
    ("Nadia Perl runs the shelter on Canal Street. \"I tell the girls that nobody is coming "
     "to rescue them,\" she says.",
     ("Nadia Perl", "nobody is coming to rescue them")),
    ("Tomas Brill, 22, volunteers at the gym. \"I told the police I had not seen the car. I "
     "had,\" he says.",
     ("Tomas Brill", "I had not seen the car")),
    ("Edda Marr has worked there for ten years. \"When the inspector came, I told him we "
     "had no heating at all, because it was true,\" she says.",
     ("Edda Marr", "we had no heating at all")),
]

# (text, a (speaker, words) pair that must NOT be among the suggestions)
LOOKALIKES: list[tuple[str, tuple[str, str]]] = [
    # "one of" a group that is no people after a lone capital: a place, no speaker
    (_EARLIER + "Tarn, one of the oldest towns on the coast, is quiet now. \"It was never "
     "like this when I was young,\" he says.",
     ("Tarn", "It was never like this when I was young")),
    # an order told ("told them to ...") is no clause told by the speaker
    ("Nadia Perl runs the shelter. \"I told them to leave the building at once,\" she says.",
     ("Nadia Perl", "leave the building at once")),
    # a body's "I tell" is read as it was: no entry of its own
    ("The Northern Water Board said on Monday: \"I tell you the pipes are safe.\"",
     ("The Northern Water Board", "the pipes are safe")),
    # a fronted place before a name leaves the speaker as it was read
    ("Outside court Rafe Okoro said the sentence was too short.",
     ("he", "the sentence was too short")),
    # "One of them, a nurse's partner, ..." names no one in its commas
    (_EARLIER + "One of them, Mara's partner on the shift, spent a week in hospital. \"It "
     "could have been any of us that night,\" she says.",
     ("Mara", "It could have been any of us that night")),
]


@pytest.mark.parametrize(("text", "pair"), MEMBERS)
def test_member(text: str, pair: tuple[str, str]) -> None:
    assert pair in statement_words(text)


@pytest.mark.parametrize(("text", "pair"), LOOKALIKES)
def test_lookalike(text: str, pair: tuple[str, str]) -> None:
    assert pair not in statement_words(text)
