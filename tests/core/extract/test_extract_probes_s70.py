"""English probes, sixty-eighth round: the thirty-fourth blind set's families.

1. One picked out of a group by number, then described between commas ("One of them, a
   farmer, said", "One, a 20-year-old nurse, said", "Another, a retired teacher, told"):
   the description is the speaker as written, not the bare "One". A relative ("One, who
   gave no name, said"), a name ("One of them, Ali Musa, said"), a description whose head
   is no person ("One, a report by the UN, said") and a "one" that does not open its
   sentence keep their readings.
2. A name brought in by a trade that carries an age ("a 41-year-old bus driver named Omar
   Kell"): the name speaks, as it does without the age, and a later "he" is that person.

3. A speaker after a quote, a description closed by a name with an age and perhaps a
   relative after it ('said the head nurse, Anna Berg, 40, who ...'): the name speaks, and
   the next quote is that person's; after a description with "of" ("the father of the
   boy, Ali Musa, 12,") the name and age may be another's, and the description stays.
4. Captives named again by their noun ("Five of the villagers were freed"), in the
   sentence after their count: a part of them, captured still (as "Five of them were
   freed" and "Two of the five were released" read); a noun of other people ("Five of the
   guards") or a figure of another outcome before is none.
5. A sub-group after "among them" or "including" named by its own outcome word ("evacuated
   30 people, among them 9 wounded,"): the part is wounded, the whole takes no outcome
   from it; a sub-group named by who they were ("among them 9 children") still shares the
   whole's verb.
6. A school's principal among captives, coordinated after a count ("four nurses and a
   school principal"): a person, captured 1; "the principal suspect" stays no person.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

STATEMENTS: list[tuple[str, list]] = [
    # 1
    ("Two men saw the blast. One of them, a farmer, said he carried three children to the "
     "road.", [("a farmer", "he carried three children to the road")]),
    ("Two men saw the blast. One of them, the owner of a shop, said the windows broke.",
     [("the owner of a shop", "the windows broke")]),
    ("Rights groups spoke to ten detainees. One, a 20-year-old nurse, said guards kicked "
     "her.", [("a 20-year-old nurse", "guards kicked her")]),
    ("Another, a retired teacher, told reporters the school burned.",
     [("a retired teacher", "the school burned")]),
    # 3
    ('"They left at dawn," said the head nurse, Anna Berg, 40, who has worked there since '
     '2001. "They took the keys to the store with them."',
     [("Anna Berg", "They left at dawn"),
      ("Anna Berg", "They took the keys to the store with them")]),
    # 2
    ("The second witness, a 41-year-old bus driver named Omar Kell, said he had been hit. "
     '"It was dark," he told the court. He said a boy fell.',
     [("Omar Kell", "he had been hit"), ("Omar Kell", "It was dark"),
      ("Omar Kell", "a boy fell")]),
]

STATEMENT_LOOK_ALIKES: list[tuple[str, list]] = [
    ("One, who gave no name, said the road was shut.", [("One", "the road was shut")]),
    ("One of them, Ali Musa, said the road was shut.", [("Ali Musa", "the road was shut")]),
    ("Two files were leaked. One, a report by the mission, said the road was shut.",
     [("One", "the road was shut")]),
    ("He met two men. Only one, a farmer, said the road was shut.",
     [("Only one", "the road was shut")]),
    ('"They left at dawn," said the father of the boy, Ali Musa, 12, who was hurt. "They took '
     'the keys to the store with them."',
     [("the father of the boy", "They left at dawn"),
      ("the father of the boy", "They took the keys to the store with them")]),
    ("The mayor, Jon Pell, said the bridge was closed.",
     [("Jon Pell", "the bridge was closed")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS + STATEMENT_LOOK_ALIKES)
def test_statements(text: str, expected: list) -> None:
    assert statement_words(text) == expected


FIGURES: list[tuple[str, list]] = [
    # 4
    ("Gunmen abducted at least 30 villagers near Tora, an official said. Five of the "
     "villagers were freed on Sunday, he said.",
     [("abducted at least 30 villagers", "captured", 30, None, "at_least", "villagers"),
      ("Five of the villagers were freed", "captured", 5, None, "exact", "villagers")]),
    # 5
    ("Medics evacuated 30 people, among them 9 wounded, from the town.",
     [("9 wounded", "wounded", 9, None, "exact", None)]),
    ("The army moved 30 people, including 9 injured, to the port.",
     [("9 injured", "wounded", 9, None, "exact", None)]),
    # 6
    ("Rebels kidnapped four nurses and a school principal on Monday.",
     [("kidnapped four nurses", "captured", 4, None, "exact", "nurses"),
      ("a school principal", "captured", 1, None, "exact", "school principal")]),
]

FIGURE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Gunmen abducted at least 30 villagers near Tora. Five of the guards were freed on "
     "Sunday.", [("abducted at least 30 villagers", "captured", 30, None, "at_least",
                  "villagers")]),
    ("Gunmen killed 30 villagers near Tora. Five of the villagers were freed.",
     [("killed 30 villagers", "killed", 30, None, "exact", "villagers")]),
    ("Rebels kidnapped four nurses and the principal suspect on Monday.",
     [("kidnapped four nurses", "captured", 4, None, "exact", "nurses")]),
    ("30 people, including 9 children, were wounded.",
     [("30 people", "wounded", 30, None, "exact", "people"),
      ("including 9 children", "wounded", 9, None, "exact", "children")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES + FIGURE_LOOK_ALIKES)
def test_figures(text: str, expected: list) -> None:
    assert figures(text) == expected
