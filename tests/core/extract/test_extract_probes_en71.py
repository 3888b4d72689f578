"""English probes, seventy-first round: families that recur over the sets.

1. An earlier issue of the document's own series giving its figure ("Flash Update No. 2
   had reported 22 deaths", "The previous update ... reported 26 deaths", a live blog's
   "An earlier post said eleven people had been killed") is the document's own voice, no
   statement, as the sets' calls read it; the same issue's words that open with no count,
   a newspaper's and a report's figures stay statements.
2. An inverted speaker described by a possessive pronoun or a kin's possessive, then the
   name, perhaps aged "now 64" ('"...," said her neighbour, Aru Pelmo, 61, who ...') is the
   name; a description with no full name after it stays the speaker.
3. A person subject after a sentence adverb and its comma ("Still, Dersik keeps ...") or
   a fronted "Back at the gate," is whom a later "he" / "she" stands for.
4. A release's headline with an inverted present "warns" ("..., warns NRC"), and a name
   of capitals with an inner article closing its sentence ("warns Save the Children").
5. The plain present "ask" / "urge" of a plural body before its hearer and "to" ("Police
   ask anyone with information to call ...", "The Armed Forces ask citizens to report
   ..."); "ask questions", "urge caution", "a police report" and "to ask" stay nothing.
6. A bare count buried by people ("We have buried 19 so far", "The young men buried 33 in
   the end", "We buried 14 of them", "to bury nine of our own") is killed; a body's
   burial ("The army buried 40"), things, alive or under rubble stay no figure.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

EARLIER_ISSUES: list[tuple[str, list]] = [
    ("At least 31 people were killed in Ternby, according to the district office. Flash "
     "Update No. 2 had reported 22 deaths.",
     [("the district office", "At least 31 people were killed in Ternby")]),
    ("Armed men attacked four villages near Orvale. At least 40 civilians were killed. The "
     "previous update, issued on 3 May, reported 26 deaths; the figure has risen as teams "
     "reached the hills.", []),
    ("The ministry now says nine people died in the strike on Kessa. An earlier post said "
     "eleven people had been killed.",
     [("The ministry", "nine people died in the strike on Kessa")]),
    ("Situation Report No. 4 had reported 18 deaths in the district.", []),
]
EARLIER_ISSUE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The previous update said the road to Kessa was closed.",
     [("The previous update", "the road to Kessa was closed")]),
    ("The Ternby Courier said 12 people had died in the fire.",
     [("The Ternby Courier", "12 people had died in the fire")]),
    ("A report by the district office said 14 people had been killed.",
     [("the district office", "14 people had been killed")]),
]


@pytest.mark.parametrize(("text", "expected"), [*EARLIER_ISSUES, *EARLIER_ISSUE_LOOK_ALIKES])
def test_earlier_issue_is_own_voice(text: str, expected: list) -> None:
    assert statement_words(text) == expected


INVERTED_KIN: list[tuple[str, list]] = [
    ("\"We walked for three nights,\" said her neighbour, Aru Pelmo, 61, who carried his "
     "grandson.",
     [("Aru Pelmo", "We walked for three nights")]),
    ("\"I keep her shoes by the door,\" said Lira's father, Tomas Venn, now 64.",
     [("Tomas Venn", "I keep her shoes by the door")]),
    ("\"Nobody came to help us,\" said his brother, Davit Orel.",
     [("Davit Orel", "Nobody came to help us")]),
]
INVERTED_KIN_LOOK_ALIKES: list[tuple[str, list]] = [
    ("\"We left at night,\" said her husband, who asked not to be named.",
     [("her husband", "We left at night")]),
    ("\"We left at night,\" said her sister, Ana, 12.",
     [("her sister", "We left at night")]),
    ("\"We left at night,\" said her neighbour, a teacher at the school.",
     [("her neighbour", "We left at night")]),
]


@pytest.mark.parametrize(("text", "expected"), [*INVERTED_KIN, *INVERTED_KIN_LOOK_ALIKES])
def test_inverted_kin_then_name(text: str, expected: list) -> None:
    assert statement_words(text) == expected


FRONTED_SUBJECTS: list[tuple[str, list]] = [
    ("\"The field is mine,\" said Hovan Dersik, 58. A spokesman for the mission said "
     "monitors had seen fewer incidents. Still, Dersik keeps his tractor facing the road. "
     "\"You learn to watch the hill,\" he said.",
     [("Hovan Dersik", "The field is mine"),
      ("A spokesman for the mission", "monitors had seen fewer incidents"),
      ("Hovan Dersik", "You learn to watch the hill")]),
    ("Ilse Maren runs the programme. \"The money is only part of it,\" she says. Back at "
     "the gate, Mrs Corran watches a guard lock it. \"Thirty years,\" she says.",
     [("Ilse Maren", "The money is only part of it"), ("Mrs Corran", "Thirty years")]),
]
FRONTED_SUBJECT_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Ilse Maren runs the programme. \"The money is only part of it,\" she says. Back pain "
     "is common among the guards. \"Thirty years,\" she says.",
     [("Ilse Maren", "The money is only part of it"), ("Ilse Maren", "Thirty years")]),
]


@pytest.mark.parametrize(("text", "expected"), [*FRONTED_SUBJECTS, *FRONTED_SUBJECT_LOOK_ALIKES])
def test_subject_after_sentence_adverb(text: str, expected: list) -> None:
    assert statement_words(text) == expected


WARNS_HEADLINES: list[tuple[str, list]] = [
    ("Tolvia: New arrivals push the Orvale camp beyond capacity, warns NRC\nORVALE, 3 May "
     "2025 - The camp holds twice the people it was built for, the council said.",
     [("NRC", "New arrivals push the Orvale camp beyond capacity"),
      ("the council", "The camp holds twice the people it was built for")]),
    ("Marren: Drought keeps 30,000 children out of school in Kessa, warns Save the "
     "Children\nKESSA, 3 May 2025 - Schools have closed, the charity said.",
     [("Save the Children", "Drought keeps 30,000 children out of school in Kessa"),
      ("the charity", "Schools have closed")]),
]
WARNS_LOOK_ALIKES: list[tuple[str, list]] = [
    ("He told Reuters the Taliban had left the valley.",
     [("He", "the Taliban had left the valley")]),
]


@pytest.mark.parametrize(("text", "expected"), [*WARNS_HEADLINES, *WARNS_LOOK_ALIKES])
def test_inverted_warns(text: str, expected: list) -> None:
    assert statement_words(text) == expected


PLURAL_REQUESTS: list[tuple[str, list]] = [
    ("Police ask anyone with information to call the Ternby station.",
     [("Police", "anyone with information to call the Ternby station")]),
    ("The Armed Forces ask citizens to report any suspicious vehicle to the nearest post.",
     [("The Armed Forces", "citizens to report any suspicious vehicle to the nearest post")]),
    ("Aid groups urge donors to fund the Orvale plan.",
     [("Aid groups", "donors to fund the Orvale plan")]),
]
PLURAL_REQUEST_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Residents ask questions about the new road.", []),
    ("Doctors urge caution after the outbreak.", []),
    ("The lawyer read a 2009 police report that gave the number of dead as four.", []),
    ("The rebels refused to ask the army to leave.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*PLURAL_REQUESTS, *PLURAL_REQUEST_LOOK_ALIKES])
def test_plural_present_request(text: str, expected: list) -> None:
    assert statement_words(text) == expected


BURIED_COUNTS: list[tuple[str, list]] = [
    ("\"We have buried 19 so far. Many more are in the forest,\" the commissioner said.",
     [("buried 19 so far", "killed", 19, None, "exact", None)]),
    ("\"I said 30. The young men buried 33 in the end,\" the elder said.",
     [("buried 33", "killed", 33, None, "exact", None)]),
    ("\"We buried 14 of them behind the school,\" a farmer said.",
     [("buried 14 of them", "killed", 14, None, "exact", None)]),
    ("We have come to bury nine of our own.",
     [("bury nine of our own", "killed", 9, None, "exact", None)]),
]
BURIED_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The army buried 40 along the road to Kessa.", []),
    ("They buried 12 mines along the road.", []),
    ("We buried 3 under the rubble.", []),
    ("Rescuers say 12 people were buried under the rubble.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*BURIED_COUNTS, *BURIED_LOOK_ALIKES])
def test_bare_count_buried(text: str, expected: list) -> None:
    assert figures(text) == expected
