"""Probes of the eighty-sixth English round (issue 11): the thirty-ninth set's casualty
figures and statements.

"has just told" (en-37, en-39): "The national security minister has just told a radio
station that ..." and "Police spokesperson ... has just told the state broadcaster ZBC
that ..." gave nothing. "just" after an auxiliary is the perfect of a moment ago, as "has
since" and "has also" are read; alone before a verb it stays out ("has just one adviser").

A hyphenated compound is of its last part's kind (en-39; en-12 read): "The head of the
OCHA sub-office in Butembo, Mireille Kasongo, said:" gave the speaker "Butembo", since
"sub-office" stopped the phrase read back from the verb ("office" is a speaker noun, so is
"secretary-general", read on en-12 by another path).

"toll-" opening a compound is no toll (en-39; en-38's "toll-free line 112" read as
nothing): "through the toll-free number 1010" gave killed 1010.

A person described in apposition (en-37, en-39): "A civilian, a cattle herder from
Niamoué, was killed" gave the civilian and the herder, one person twice; "A civilian, a
woman aged about 60, was also killed" gave nothing. The description may run past its noun
with where the person is from or an age; it is the same person, and the age no count.

", calling X "..."" after reported words (en-39; en-34 read after "said,"): "denied
reports that ..., calling them "pure fabrication"" kept the participle inside the denied
words. What the speaker called the thing is the speaker's own act after the words, as
", adding" is: the words end before it and the quote is an entry of its own.

"X found no evidence that ..." (en-37, en-39): the finding of the source named by the
noun phrase opening the sentence, words from the evidence noun.

"community" and "tribal" before a speaker noun, and "elders" as one (en-39; en-10, en-13,
en-22 read "Community leaders" with the capital that opens a sentence): "According to
community leaders, ..." gave nothing.

"and" inside a capitalised title run before a verb of informing (en-39; en-38's "The
Ministry of Interior and National Administration regrets to inform" read): "The Ministry
of Defence and Veterans Affairs informs ... that" gave nothing.

"N of them are still held" after people taken or detained (en-39; en-2's "two of his
colleagues are still being held" and en-7's "more than 300 of the party's activists were
still being held" read): the pronoun takes up the people counted before.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

JUST_TOLD_MEMBERS: list[tuple[str, list]] = [
    ("The interior minister has just told a radio station that the curfew will be lifted on "
     "Friday.",
     [("The interior minister", "the curfew will be lifted on Friday")]),
    ("A police spokeswoman, Dina Varo, had just said that the roads were open when the "
     "shelling began.",
     [("Dina Varo", "the roads were open when the shelling began")]),
]
JUST_TOLD_LOOKALIKES: list[tuple[str, list]] = [
    ("The governor has just one adviser on security, officials said.",
     [("officials", "The governor has just one adviser on security")]),
    ("The report has just been published.", []),
]

HYPHEN_MEMBERS: list[tuple[str, list]] = [
    ('The head of the UNHCR sub-office in Orlo, Jana Petrov, said: "We are running out of '
     'tents."',
     [("Jana Petrov", "We are running out of tents")]),
]
HYPHEN_LOOKALIKES: list[tuple[str, list]] = [
    ("The party's deputy secretary-general said the vote would be boycotted.",
     [("The party's deputy secretary-general", "the vote would be boycotted")]),
    ('The men from the sub-district, all of them farmers, were told: "Leave by dawn."', []),
]

TOLL_FREE_MEMBERS: list[tuple[str, list]] = [
    ("Residents are asked to report any suspicious movement on the toll-free number 1020.",
     []),
    ("The toll-free number 1020 received 40 calls about the attack, and the death toll "
     "stood at 12.",
     [("death toll stood at 12", "killed", 12, None, "exact", None)]),
]
TOLL_FREE_LOOKALIKES: list[tuple[str, list]] = [
    ("The agency opened the toll-free line 3310 for families of the missing.", []),
    ("The death toll rose to 14 on Sunday, police said.",
     [("death toll rose to 14", "killed", 14, None, "exact", None)]),
]

APPOSITION_MEMBERS: list[tuple[str, list]] = [
    ("A civilian, a shepherd from Dorra, was also killed by a stray bullet.",
     [("A civilian", "killed", 1, None, "exact", "civilian")]),
    ("A teacher, a man aged about 50, was abducted from the school.",
     [("A teacher", "captured", 1, None, "exact", "teacher")]),
]
APPOSITION_LOOKALIKES: list[tuple[str, list]] = [
    ("A nurse, a woman aged 41, said three patients had died overnight.",
     [("three patients had died", "killed", 3, None, "exact", "patients")]),
    ("A civilian, a woman, was killed.",
     [("A civilian", "killed", 1, None, "exact", "civilian")]),
]

CALLING_MEMBERS: list[tuple[str, list]] = [
    ('The ministry on Monday denied reports that its troops had shelled the camp, calling '
     'them "a lie from start to finish".',
     [("The ministry", "reports that its troops had shelled the camp"),
      ("The ministry", "a lie from start to finish")]),
    ('The army said rebels had burned the market, calling the attack "an act of cowardice".',
     [("The army", "rebels had burned the market"), ("The army", "an act of cowardice")]),
]
CALLING_LOOKALIKES: list[tuple[str, list]] = [
    ('The army said rebels had burned the market, calling them "terrorists".',
     [("The army", 'rebels had burned the market, calling them "terrorists"')]),
    ('Police said a group calling itself "the Free Hand" had claimed the bombing.',
     [("Police", 'a group calling itself "the Free Hand" had claimed the bombing')]),
]

NO_EVIDENCE_MEMBERS: list[tuple[str, list]] = [
    ("Human Rights Watch found no evidence that any of the dead were armed.",
     [("Human Rights Watch", "no evidence that any of the dead were armed")]),
    ("The Kessa Bar Association found little evidence that the detainees had been charged.",
     [("The Kessa Bar Association", "little evidence that the detainees had been charged")]),
]
NO_EVIDENCE_LOOKALIKES: list[tuple[str, list]] = [
    ("Rescuers who reached the site found no evidence that anyone had survived.", []),
    ("They found no evidence that the convoy had been attacked.", []),
    ("Police found no evidence that the men were armed, the minister said.",
     [("the minister", "Police found no evidence that the men were armed")]),
]

COMMUNITY_MEMBERS: list[tuple[str, list]] = [
    ("According to community leaders, at least 20 houses were burned in the raid.",
     [("community leaders", "at least 20 houses were burned in the raid")]),
    ("According to community elders, the well was poisoned.",
     [("community elders", "the well was poisoned")]),
]
COMMUNITY_LOOKALIKES: list[tuple[str, list]] = [
    ("The army delivered food to the community, officials said.",
     [("officials", "The army delivered food to the community")]),
    ("The well was poisoned, community health workers said.",
     [("community health workers", "The well was poisoned")]),
]

TITLE_AND_MEMBERS: list[tuple[str, list]] = [
    ("The Ministry of Security and Civil Protection informs the public that the road between "
     "Orlo and Dorra is closed.",
     [("The Ministry of Security and Civil Protection",
       "the road between Orlo and Dorra is closed")]),
]
TITLE_AND_LOOKALIKES: list[tuple[str, list]] = [
    ("The army and the police informs the public that the road is closed.", []),
    ("Farmers and herders informed the governor that the wells were dry.", []),
]

_DETAINED = ("detained 23 protesters", "arrested", 23, None, "exact", "protesters")
_ABDUCTED = ("abducted 11 passengers", "captured", 11, None, "exact", "passengers")
OF_THEM_HELD_MEMBERS: list[tuple[str, list]] = [
    ("Police detained 23 protesters on Saturday. Six of them are still held at the central "
     "station.",
     [_DETAINED, ("Six of them are still held", "arrested", 6, None, "exact", None)]),
    ("Gunmen abducted 11 passengers from the bus. Four of them are still held by the "
     "kidnappers.",
     [_ABDUCTED, ("Four of them are still held", "captured", 4, None, "exact", None)]),
]
OF_THEM_HELD_LOOKALIKES: list[tuple[str, list]] = [
    ("Nine soldiers were wounded in the ambush. Two of them are still held in hospital for "
     "tests.",
     [("Nine soldiers were wounded", "wounded", 9, None, "exact", "soldiers")]),
    ("The rebels still held talks with the elders. Two of them are still held in high "
     "regard.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), JUST_TOLD_MEMBERS + JUST_TOLD_LOOKALIKES)
def test_just_after_the_auxiliary_of_a_reporting_verb(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), HYPHEN_MEMBERS + HYPHEN_LOOKALIKES)
def test_hyphenated_compound_of_a_speaker_noun(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOLL_FREE_MEMBERS + TOLL_FREE_LOOKALIKES)
def test_toll_opening_a_compound_is_no_toll(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), APPOSITION_MEMBERS + APPOSITION_LOOKALIKES)
def test_one_person_described_in_apposition(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), CALLING_MEMBERS + CALLING_LOOKALIKES)
def test_calling_after_reported_words(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), NO_EVIDENCE_MEMBERS + NO_EVIDENCE_LOOKALIKES)
def test_source_found_no_evidence_that(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), COMMUNITY_MEMBERS + COMMUNITY_LOOKALIKES)
def test_community_leaders_and_elders(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), TITLE_AND_MEMBERS + TITLE_AND_LOOKALIKES)
def test_and_inside_an_informing_title(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), OF_THEM_HELD_MEMBERS + OF_THEM_HELD_LOOKALIKES)
def test_part_of_them_still_held(text: str, expected: list) -> None:
    assert figures(text) == expected
