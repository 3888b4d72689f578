"""English statement probes of the fifty-seventh round (from the twenty-third blind set).

1. A headline whose words end in their own source ("DRC: nearly 300 flee ..., UN says"):
   the source after the comma says the words; the acronym before the colon is the
   country's label, as a country's name there is ("Mali: ..., army says"). A source's
   acronym before the colon with no source after the words ("UN: ...") stays the speaker.
2. A log's four-figure clock opening its line ("0615 Vella station reports ..."): the
   hour of the entry, not part of its subject, as "06:15" is. A figure inside the
   sentence ("said 1200 Kessa residents had fled") is no clock.
3. A capitalised noun run straight into a number ("Track 4 is about ...", "Room 12 was
   ..."): a numbered item, no person a later "he" or "she" can stand for; a person's name
   ("Sergeant Ilo Varn is about to retire") still is.
4. "said everything" closed by a comma or a full stop: a bare object, no words, as "said
   nothing" is; "said everything had been lost" keeps its clause.

The strict xfails are the twenty-third set's statement errors left for later rounds (see
``bench/blind/README.md``, "The statement errors, classified").

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

OWN_TRAILING_SOURCE: list[tuple[str, list]] = [
    ('DRC: nearly 300 flee Kabale after militia raid, UN says\n\nKINSHASA (Reuters) - Some '
     '300 people fled the village of Kabale on Monday, a UN agency said.',
     [('UN', 'nearly 300 flee Kabale after militia raid'),
      ('a UN agency', 'Some 300 people fled the village of Kabale on Monday')]),
    ('UAE: two sailors missing off Korfa after storm, coastguard says\n\nDUBAI (AFP) - Two '
     'sailors were missing.',
     [('coastguard', 'two sailors missing off Korfa after storm')]),
]
OWN_TRAILING_SOURCE_KEPT: list[tuple[str, list]] = [
    ('UN: nearly 300 flee Kabale after militia raid\n\nKINSHASA (Reuters) - Some 300 people '
     'fled.',
     [('UN', 'nearly 300 flee Kabale after militia raid')]),
    ("Chad: 40 herders missing after river crossing\n\nN'DJAMENA (AFP) - Forty herders were "
     "missing, the army said.",
     [('the army', 'Forty herders were missing')]),
]
LOG_CLOCK: list[tuple[str, list]] = [
    ('TELKA RIVER NET - LOG\n\n0615 Vella station reports raiders crossed the river '
     'overnight.\n0702 Kessa clinic says two men were brought in.',
     [('Vella station', 'raiders crossed the river overnight'),
      ('Kessa clinic', 'two men were brought in')]),
    ('DUTY LOG\n2240 Orno post reports the road to Lisk is blocked by a fallen tree.',
     [('Orno post', 'the road to Lisk is blocked by a fallen tree')]),
]
LOG_CLOCK_KEPT: list[tuple[str, list]] = [
    ('The ministry said 1200 Kessa residents had fled.',
     [('The ministry', '1200 Kessa residents had fled')]),
    ('DECK LOG\n1600 Master says the crew are calm.',
     [('Master', 'the crew are calm')]),
]
NUMBERED_ITEM: list[tuple[str, list]] = [
    ('Track 4 is about the shop my uncle kept for years. He said the rain was worse than '
     'the war.',
     [('He', 'the rain was worse than the war')]),
    ('Room 12 was where the nurses slept. She said the generator failed twice.',
     [('She', 'the generator failed twice')]),
]
NUMBERED_ITEM_KEPT: list[tuple[str, list]] = [
    ('Sergeant Ilo Varn is about to retire after years at the post. He said the rain was '
     'worse than the war.',
     [('Sergeant Ilo Varn', 'the rain was worse than the war')]),
]
BARE_EVERYTHING: list[tuple[str, list]] = [
    ('The radio said nothing; the neighbours said everything, at the door of the mill.', []),
    ('The old men said everything, quietly, in the tea house.', []),
]
BARE_EVERYTHING_KEPT: list[tuple[str, list]] = [
    ('She said everything had been lost in the fire.',
     [('She', 'everything had been lost in the fire')]),
]
LEFT: list[tuple[str, list]] = [
    # a pronoun whose person is the object of an earlier clause ("contact made with a man
    # who says ..."), not its subject
    ('0930 Owners message: contact made with a man who says he speaks for the captors. He '
     'says both cooks are alive.',
     [('a man', 'he speaks for the captors'), ('a man', 'both cooks are alive')]),
    # (the log's source before a colon: fixed in the fifty-eighth round, now a passing probe
    # in test_extract_probes_s60_statements.py, read in a log of two clock lines or more)
    # a pronoun whose person was named after "by" ("a poem by Ana Perel")
    ('Track 3 is a poem by Ana Perel, set to music in 2010. She told me on the phone that '
     '"a song is a road".',
     [('Ana Perel', 'a song is a road')]),
    # the writer's own note to readers, its source "quoting" someone inside a later clause
    ('Also note that 12 of the dead were women, though my only source is a blog post '
     'quoting a nurse.', []),
    # an accusation in a participle after the act: the armed men's words
    ('Armed men took away two traders from Pelo, accusing them of informing the police.',
     [('Armed men', 'informing the police')]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_TRAILING_SOURCE)
def test_a_headline_ending_in_its_own_source(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_TRAILING_SOURCE_KEPT)
def test_a_headline_source_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOG_CLOCK)
def test_a_log_clock_opening_its_line(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOG_CLOCK_KEPT)
def test_a_log_clock_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), NUMBERED_ITEM)
def test_a_numbered_item_is_no_person(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), NUMBERED_ITEM_KEPT)
def test_a_numbered_item_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), BARE_EVERYTHING)
def test_said_everything_is_no_words(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), BARE_EVERYTHING_KEPT)
def test_said_everything_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.xfail(strict=True, reason="left: the twenty-third set's statement errors "
                   "classified for later rounds")
@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_left_for_later(text: str, expected: list) -> None:
    assert statement_words(text) == expected
