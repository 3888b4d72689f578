"""English probes, fifty-fourth round: the twentieth blind set's statement families.

Each family is probed as a whole, with the look-alikes its rule must leave alone:

1. "This paper argues that ...", "this article asks why ...": a text that names itself
   with "this" speaks in its author's own voice, as a "we" outside quotation marks does;
   no entry. A report named with "the" still speaks, and a minister quoting "this paper"
   inside quotation marks is the minister.
2. '1. "Roads and markets after the war: Kessa, 2001-2004" - Ana Dorn (University of
   Tilvo)': a quote that opens a numbered line and ends without a full stop is a title
   in a list (a programme, a reading list), no one's words; a numbered quote that closes
   its sentence still speaks.
3. "We compare the agency's monthly reports with a survey ...": an adjective of a schedule
   ("monthly", "weekly") or a possessor ("the agency's") before "reports" makes it the
   plural noun, never a subject's verb; "The agency reports that ..." still reports.
4. "Gunmen burned the school in Tavora, which the district council said had no guards",
   "... shot since March which the council said it could not verify": a relative clause
   with its own source and verb of saying that closes the sentence gives its words to
   that source (no speaker "which the council", no "which" or "in which" left at the end
   of the words before it); a relative that a comma closes before the main verb stays as
   it was.
5. "According to the institute 40 people fled", "... are children the bureau said": in
   copy without commas, bodies of research and record ("institute", "bureau",
   "university") close the source as "the ministry" does.
6. "In a 2015 interview the fisherman said that ...": after a fronted phrase that lost
   its comma, a subject whose head names a person by what they do speaks; the phrase
   says when or where; a thing after a fronted phrase ("the river") says nothing.

Left as known misses (strict xfails): "Several of them told the author that ..." speaks
for the plural noun "them" stands for (the engine resolves no plural pronoun, and which
plural noun before it speaks is a reading); "roads that the agency described in its
bulletin as among the most dangerous": "described ... as" with a plain phrase is no
statement for the engine (the fifty-second round's look-alike "The mayor described the
attack as a crime"), while the gold takes it, which needs a rule decision first.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

OWN_TEXT: list[tuple[str, Entries]] = [
    ("This paper argues that many more farmers left the valley than were counted.", []),
    ("Drawing on 30 interviews, this article asks why the lists mattered to the families.",
     []),
    ("This study asks whether the payments reached the fighters in Tavora.", []),
]
OWN_TEXT_LOOKALIKES: list[tuple[str, Entries]] = [
    ("The report says that 40 families fled Tavora.", [("The report", "40 families fled Tavora")]),
    ('"This paper shows that we were right," the minister said.',
     [("the minister", "This paper shows that we were right")]),
]

LISTED_TITLES: list[tuple[str, Entries]] = [
    ('Panel 3: After the war\n1. "Roads and markets after the war: Kessa, 2001-2004" - Ana'
     " Dorn (University of Tilvo)\nBetween 2001 and 2004 the town lost half of its traders.",
     []),
    ('Panel 3: After the war\n2. "Women in the militias, women on the registers" - Dr Lea'
     " Moravec (Tilvo Institute)\nThe registers of the commission list 310 women.", []),
]
LISTED_TITLES_LOOKALIKES: list[tuple[str, Entries]] = [
    ('1. "We left the town at dawn and never went back." - a farmer from Kessa',
     [(None, "We left the town at dawn and never went back")]),
]

PLURAL_REPORTS: list[tuple[str, Entries]] = [
    ("We compare the agency's monthly reports with a survey of 600 households in Tavora.", []),
]
PLURAL_REPORTS_LOOKALIKES: list[tuple[str, Entries]] = [
    ("The team read the agency's reports with care.", []),
    ("The agency reports that 40 families fled Tavora.",
     [("The agency", "40 families fled Tavora")]),
]

CLOSING_RELATIVES: list[tuple[str, Entries]] = [
    ("Gunmen burned the school in Tavora, which the district council said had no guards at"
     " night.", [("the district council", "had no guards at night")]),
    ("Gunmen burned a school which the district council said had no guards at night.",
     [("the district council", "had no guards at night")]),
    ("Gunmen shot a farmer who police said was a former soldier.",
     [("police", "was a former soldier")]),
    ("One family in five reported that a son had been shot since March which the council said"
     " it could not verify.", [("One family in five", "a son had been shot since March"),
                               ("the council", "it could not verify")]),
    ("One family in five reported that a son had been shot since March, which the council"
     " said it could not verify.", [("One family in five", "a son had been shot since March"),
                                    ("the council", "it could not verify")]),
    ("Activists said helicopters dropped leaflets over Tavora on Monday in which the army"
     " urged fighters to surrender.",
     [("Activists", "helicopters dropped leaflets over Tavora on Monday"),
      ("the army", "fighters to surrender")]),
]
CLOSING_RELATIVES_LOOKALIKES: list[tuple[str, Entries]] = [
    ("The camp, which aid workers said held 20,000 people, was shelled.",
     [("aid workers", "held 20,000 people")]),
]

RECORD_BODIES: list[tuple[str, Entries]] = [
    ("According to the institute 40 people fled the valley.",
     [("the institute", "40 people fled the valley")]),
    ("About 40 percent of the displaced are children the bureau said.",
     [("the bureau", "About 40 percent of the displaced are children")]),
    ("Most of the displaced are women and girls the university said in its report.",
     [("the university", "Most of the displaced are women and girls")]),
]
RECORD_BODIES_LOOKALIKES: list[tuple[str, Entries]] = [
    ("According to the institute, 40 people fled the valley.",
     [("the institute", "40 people fled the valley")]),
]

FRONTED_PERSONS: list[tuple[str, Entries]] = [
    ("In a 2015 interview the fisherman said that they lost four boats.",
     [("the fisherman", "they lost four boats")]),
    ('In a 2015 interview the fisherman said: "We lost four boats. Nobody paid us for them."',
     [("the fisherman", "We lost four boats")]),
    ("In 2015 the teacher said that the school had lost 40 pupils.",
     [("the teacher", "the school had lost 40 pupils")]),
]
FRONTED_PERSONS_LOOKALIKES: list[tuple[str, Entries]] = [
    ("In the end the report said that four boats were lost.",
     [("the report", "four boats were lost")]),
    ("In the valley the river said nothing.", []),
    ("On Monday the farmer said that they lost four boats.",
     [("the farmer", "they lost four boats")]),
]

CASES = [
    *(("own text", t, e) for t, e in OWN_TEXT),
    *(("listed titles", t, e) for t, e in LISTED_TITLES),
    *(("plural reports", t, e) for t, e in PLURAL_REPORTS),
    *(("closing relatives", t, e) for t, e in CLOSING_RELATIVES),
    *(("record bodies", t, e) for t, e in RECORD_BODIES),
    *(("fronted persons", t, e) for t, e in FRONTED_PERSONS),
]
LOOKALIKES = [
    *(("own text", t, e) for t, e in OWN_TEXT_LOOKALIKES),
    *(("listed titles", t, e) for t, e in LISTED_TITLES_LOOKALIKES),
    *(("plural reports", t, e) for t, e in PLURAL_REPORTS_LOOKALIKES),
    *(("closing relatives", t, e) for t, e in CLOSING_RELATIVES_LOOKALIKES),
    *(("record bodies", t, e) for t, e in RECORD_BODIES_LOOKALIKES),
    *(("fronted persons", t, e) for t, e in FRONTED_PERSONS_LOOKALIKES),
]


@pytest.mark.parametrize(("family", "text", "expected"), CASES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in CASES])
def test_round_54_statement_families(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("family", "text", "expected"), LOOKALIKES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in LOOKALIKES])
def test_round_54_lookalikes(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.xfail(strict=True, reason="no plural pronoun is resolved to the noun it stands for")
def test_partitive_of_them_speaks_for_its_noun() -> None:
    assert statements("Drawing on 40 interviews with former fighters in the hills, the study"
                      " traces the payments. Several of them told the author that their"
                      " commanders had kept half of each payment.") == [
        ("former fighters", "their commanders had kept half of each payment")]


@pytest.mark.xfail(strict=True, reason="'described ... as' a plain phrase needs a rule decision")
def test_described_as_inside_a_relative() -> None:
    assert statements("Teachers drive on roads that the agency described in its bulletin as"
                      " among the most dangerous in the region.") == [
        ("the agency", "among the most dangerous in the region")]
