"""English probes, fifty-fifth round: the twenty-first blind set's statement families.

Each family is probed as a whole, with the look-alikes its rule must leave alone:

1. 'the accords, which she calls "a paper the poor never signed"', 'what the villagers
   call "the road of widows"': a relative whose object is the thing named gives the quote
   (the name it is given) to the relative's subject; "which was called" is a name, and a
   quote with no one who names it stays unread.
2. 'As Mara Teno, the eldest of the weavers, likes to say, "..."': a saying repeated by
   habit ("likes to say", "used to say") introduces a quote as "said" does; "likes to
   say "yes" to everyone" says nothing.
3. "... after clashes in which, according to the army, four soldiers were killed": set
   right after what opens a clause of its own ("in which", "where", "because"), "according
   to" governs that clause, not the main clause before it; between a subject and its verb,
   or at the end, it still governs the whole clause.
4. "My aunt said that she was told by the Red Cross in 1975 that ...": a passive teller's
   agent is a source of its own inside another source's words (one entry per source), and
   a year after the agent ("in 1975") is when, not part of it; "told by them" names no one.
5. "The farmer asked that the names be removed": a request in the mandative ("that" and a
   bare "be") has its clause as words; "asked that question" (a determiner) and "asked
   that his name not be published" (about the source only) do not.
6. "Rebels claim capture of Tavora": in a headline a side claims a gain ("capture",
   "control") as it claims an attack; "claim compensation" is no report.
7. "We print the letter as he wrote it, with one name removed": "it" closing the clause
   after the verb is what was written, neither a speaker put after its verb nor words;
   "The road is closed, it said" and "He said it would rain" still report.
8. "Lamo Clinic Blood Bank - Public page - Posts (newest first)": a page's section after
   a headline's dash ("Posts") names no one; an agency after the dash still speaks.

Left as known misses (strict xfails): "She describes the arrival of the soldiers in 1981":
"describes" with a plain noun phrase as object (no "as", no quote) is read by no rule;
the gold takes it, and the fifty-fourth round left "described ... as" a phrase for a rule
decision, which this needs too. 'The old fisherman likes to say, "..."': the habitual
saying is read after a name, not yet after a description with no name (as "went on,"
before a quote is not); the sentence pass would take "likes to" into the speaker.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

NAMING_RELATIVES: list[tuple[str, Entries]] = [
    ('Mara Teno grew up by the river. She speaks about the 1992 accords, which she calls "a'
     ' paper the poor never signed".', [("Mara Teno", "a paper the poor never signed")]),
    ('The old road runs past the mill, which the villagers call "the road of widows".',
     [("the villagers", "the road of widows")]),
    ('They crossed what locals called "the valley of thorns" at night.',
     [("locals", "the valley of thorns")]),
]
NAMING_RELATIVES_LOOKALIKES: list[tuple[str, Entries]] = [
    ('The operation, which was called "Dawn Wind", began in May.', []),
    ('He works for a group called "Friends of the North" in Kessa.', []),
]

HABITUAL_SAYINGS: list[tuple[str, Entries]] = [
    ('As Mara Teno, the eldest of the weavers, likes to say, "a loom is never finished".',
     [("Mara Teno", "a loom is never finished")]),
    ('As Ilo Varga liked to say, "the river gives and the river takes".',
     [("Ilo Varga", "the river gives and the river takes")]),
]
HABITUAL_SAYINGS_LOOKALIKES: list[tuple[str, Entries]] = [
    ('He likes to say "yes" to everyone.', []),
]

SUBORDINATE_SOURCES: list[tuple[str, Entries]] = [
    ("Police have detained 12 people in the town of Belor after clashes in which, according"
     " to the army, four soldiers were killed.", [("the army", "four soldiers were killed")]),
    ("The convoy reached Belor, where, according to the mayor, nine houses had burned.",
     [("the mayor", "nine houses had burned")]),
    ("The road was closed because, according to the council, the bridge had cracked.",
     [("the council", "the bridge had cracked")]),
]
SUBORDINATE_SOURCES_LOOKALIKES: list[tuple[str, Entries]] = [
    ("The convoy, according to the army, was turned back.",
     [("the army", "The convoy was turned back")]),
    ("Nine people died in the clashes, according to the army.",
     [("the army", "Nine people died in the clashes")]),
]

NESTED_TELLERS: list[tuple[str, Entries]] = [
    ('My aunt said yesterday that she was told by the Red Cross in 1975 that her son was'
     ' "not on any list".',
     [("My aunt", 'she was told by the Red Cross in 1975 that her son was "not on any list"'),
      ("the Red Cross", 'her son was "not on any list"')]),
    ("He said the farmers were told by the district officer that the road would reopen.",
     [("He", "the farmers were told by the district officer that the road would reopen"),
      ("the district officer", "the road would reopen")]),
    ("The widow was told by the Red Cross in 1975 that her son was not on any list.",
     [("the Red Cross", "her son was not on any list")]),
]
NESTED_TELLERS_LOOKALIKES: list[tuple[str, Entries]] = [
    ("The farmers were told by the district officer that the road would reopen.",
     [("the district officer", "the road would reopen")]),
    ("She was told by them that the road would reopen.", []),
]

MANDATIVE_REQUESTS: list[tuple[str, Entries]] = [
    ("The farmer asked that the names of his neighbours be removed from the record.",
     [("The farmer", "the names of his neighbours be removed from the record")]),
    ("The farmer asked that the road not be closed before the harvest.",
     [("The farmer", "the road not be closed before the harvest")]),
]
MANDATIVE_REQUESTS_LOOKALIKES: list[tuple[str, Entries]] = [
    ("He asked that question twice at the meeting.", []),
    ("A doctor who asked that his name not be published said nine people died.",
     [("A doctor", "nine people died")]),
]

CLAIMED_GAINS: list[tuple[str, Entries]] = [
    ("Rebels claim capture of Tavora\nTAVORA (Reuters) - Fighting went on.",
     [("Rebels", "capture of Tavora")]),
    ("Militia claim seizure of Bamo airstrip\nBAMO (AFP) - Fighting went on.",
     [("Militia", "seizure of Bamo airstrip")]),
]
CLAIMED_GAINS_LOOKALIKES: list[tuple[str, Entries]] = [
    ("Farmers claim compensation for flooded fields\nKESSA (AFP) - Fighting went on.", []),
]

OBJECT_IT: list[tuple[str, Entries]] = [
    ("We print the letter as he wrote it, with one name removed.", []),
    ("He said it, and he meant it.", []),
]
OBJECT_IT_LOOKALIKES: list[tuple[str, Entries]] = [
    ("The road is closed, it said.", [("it", "The road is closed")]),
    ("He said it would rain.", [("He", "it would rain")]),
]

PAGE_SECTIONS: list[tuple[str, Entries]] = [
    ("Lamo Clinic Blood Bank - Public page - Posts (newest first)\n23 July 2015 - We need"
     " donors of all groups today.", []),
]
PAGE_SECTIONS_LOOKALIKES: list[tuple[str, Entries]] = [
    ("Rebels seize Tavora town - Reuters\nTAVORA (Reuters) - Rebels seized the town on"
     " Monday.", [("Reuters", "Rebels seize Tavora town")]),
]

CASES = [
    *(("naming relatives", t, e) for t, e in NAMING_RELATIVES),
    *(("habitual sayings", t, e) for t, e in HABITUAL_SAYINGS),
    *(("subordinate sources", t, e) for t, e in SUBORDINATE_SOURCES),
    *(("nested tellers", t, e) for t, e in NESTED_TELLERS),
    *(("mandative requests", t, e) for t, e in MANDATIVE_REQUESTS),
    *(("claimed gains", t, e) for t, e in CLAIMED_GAINS),
    *(("object it", t, e) for t, e in OBJECT_IT),
    *(("page sections", t, e) for t, e in PAGE_SECTIONS),
]
LOOKALIKES = [
    *(("naming relatives", t, e) for t, e in NAMING_RELATIVES_LOOKALIKES),
    *(("habitual sayings", t, e) for t, e in HABITUAL_SAYINGS_LOOKALIKES),
    *(("subordinate sources", t, e) for t, e in SUBORDINATE_SOURCES_LOOKALIKES),
    *(("nested tellers", t, e) for t, e in NESTED_TELLERS_LOOKALIKES),
    *(("mandative requests", t, e) for t, e in MANDATIVE_REQUESTS_LOOKALIKES),
    *(("claimed gains", t, e) for t, e in CLAIMED_GAINS_LOOKALIKES),
    *(("object it", t, e) for t, e in OBJECT_IT_LOOKALIKES),
    *(("page sections", t, e) for t, e in PAGE_SECTIONS_LOOKALIKES),
]


@pytest.mark.parametrize(("family", "text", "expected"), CASES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in CASES])
def test_round_55_statement_families(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("family", "text", "expected"), LOOKALIKES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in LOOKALIKES])
def test_round_55_lookalikes(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.xfail(strict=True, reason="'describes' with a plain noun phrase needs a rule decision")
def test_describes_a_plain_noun_phrase() -> None:
    assert statements("Ilo Varga grew up by the river. He describes the arrival of the"
                      " soldiers in 1981 and the searches that followed.") == [
        ("Ilo Varga", "the arrival of the soldiers in 1981 and the searches that followed")]


@pytest.mark.xfail(strict=True, reason="a habitual saying after a description, not a name")
def test_habitual_saying_of_a_description() -> None:
    assert statements('The old fisherman likes to say, "the river gives and the river'
                      ' takes".') == [("The old fisherman", "the river gives and the river takes")]
