"""English probes, sixty-seventh round: the thirty-third blind set's families.

1. A source's description with its name closing the sentence after a comma ("according
   to its director, Paul Weir.", "according to a harbour official in Tollmere, Anna
   Rusk."): the name speaks, and a later "he" / "she" is that person. The description may
   open on a possessive pronoun and carry a place; with a relative or a place after the
   comma, the description stays.
2. A fronted place ("Outside the hall, Mara Lind, ...") opens a sentence before its
   person subject, who is then the antecedent of a "she" in the next quote.
3. "accused" right before a finite verb is the noun ("Two other accused are being
   tried"), no verb of accusing; "accused the mayor of" stays one. "alleged" after a bare
   count is the counted noun's adjective ("three alleged smugglers were killed"); "Three
   alleged that ..." stays an attribution.
4. A contact relative on a count with its counted noun ("up from the three deaths it
   confirmed at noon"): the verb inside it reports nothing new and its pronoun is no
   speaker; the main "says" keeps the whole.
5. A post's holder named in one word ("the harbourmaster", "the headmaster") is a speaker
   phrase, also before two verbs joined by "and" (brief of round 67); "told reporters in
   the harbour town of ..." keeps its place out of the words.
6. A work with its title in quotes between it and the verb ('The board's report, "Quiet
   Waters", says ...') is the subject; a work that "shows", or "says little", is none.
7. Casualties: "a dozen of the raiders" leaves "of the" to the group reader (the whole
   figure, with a quoted "neutralised" too); "so far" after a counted noun ends it.

Left as strict xfails (class 1, no safe rule yet): the two-word post "the harbour master"
(place nouns read as speaker adjectives broke "in the harbour town of"), a request in the
progressive ("is calling on donors to ..."), the treated as wounded after "at least"
with a partitive after it, patients who "remain hospitalised", and an elliptic "four had
been hit by bullets".

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

STATEMENTS: list[tuple[str, list]] = [
    # 1
    ('The ferry sailed two hours late, according to a harbour official in Tollmere, Anna '
     'Rusk. "We waited for the tide," she said.',
     [("Anna Rusk", "The ferry sailed two hours late"), ("Anna Rusk", "We waited for the tide")]),
    ('The trust plants about 400 trees a year, according to its director, Paul Weir. "The '
     'saplings need rain," he says.',
     [("Paul Weir", "The trust plants about 400 trees a year"),
      ("Paul Weir", "The saplings need rain")]),
    # 2
    ('The judge Omar Bell said the hearing would go on. Outside the hall, Mara Lind, whose '
     'brother was among the dead, held up a banner. "I will be here every week," she said.',
     [("The judge Omar Bell", "the hearing would go on"),
      ("Mara Lind", "I will be here every week")]),
    # 3
    ("Three officers face trial. Two other accused are being tried in absentia.", []),
    ("In the clash, three alleged smugglers were killed and a guard was hurt.", []),
    ("Four accused were released on bail, the court said.",
     [("the court", "Four accused were released on bail")]),
    # 4
    ("The ministry says 5 people died in the city today, up from the three deaths it "
     "confirmed at noon.",
     [("The ministry", "5 people died in the city today, up from the three deaths it "
                       "confirmed at noon")]),
    # 5
    ("The harbourmaster, Piet Olsen, thanked the crews and said the quay would reopen on "
     "Monday.", [("The harbourmaster", "the quay would reopen on Monday")]),
    ("The headmaster praised the pupils and said the school would reopen on Monday.",
     [("The headmaster", "the school would reopen on Monday")]),
    # 6
    ('The board\'s report, "Quiet Waters", says the river is cleaner than in 2010.',
     [("The board's report", "the river is cleaner than in 2010")]),
    ('Oxfam\'s survey, "Dry Season", says 2,000 wells have run dry.',
     [("Oxfam's survey", "2,000 wells have run dry")]),
]

STATEMENT_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The trust plants about 400 trees a year, according to its director, who asked not to "
     "be named.", [("its director", "The trust plants about 400 trees a year")]),
    ('The judge Omar Bell said the hearing would go on. Outside the hall, a crowd of '
     'mourners held up banners. "We will be here every week," he said.',
     [("The judge Omar Bell", "the hearing would go on"),
      ("The judge Omar Bell", "We will be here every week")]),
    ("Two officers accused the mayor of lying.", [("Two officers", "the mayor of lying")]),
    ("Three alleged that the guards had beaten them.",
     [("Three", "the guards had beaten them")]),
    ("Ships left the harbour and said nothing.", []),
    ("Some 400 police will be sent, Kanu told reporters in the harbour town of Vell on "
     "Monday.", [("Kanu", "Some 400 police will be sent")]),
    ('The film, "Quiet Waters", shows the river at dawn.', []),
    ('Her new book, "Quiet Waters", says little about the war.', []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS + STATEMENT_LOOK_ALIKES)
def test_statements(text: str, expected: list) -> None:
    assert statement_words(text) == expected


FIGURES: list[tuple[str, list]] = [
    ('The army said its troops had "neutralised" about a dozen of the gunmen.',
     [('"neutralised" about a dozen of the gunmen', "killed", 12, None, "about",
       "the gunmen")]),
    ("Troops killed a dozen of the raiders near the bridge.",
     [("killed a dozen of the raiders", "killed", 12, None, "about", "the raiders")]),
    ("The ministry confirms four deaths so far, all of them in the north.",
     [("four deaths", "killed", 4, None, "exact", "deaths")]),
    ("Rescuers have found 12 bodies so far.",
     [("12 bodies", "killed", 12, None, "exact", "bodies")]),
]
FIGURE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("A dozen of them were wounded.",
     [("A dozen of them were wounded", "wounded", 12, None, "about", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES + FIGURE_LOOK_ALIKES)
def test_figures(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_compound_post_before_two_verbs() -> None:
    # (a strict xfail until round en170 read a described first subject before "and said")
    assert statement_words(
        "The harbour master, Piet Olsen, thanked the crews and said the quay would reopen on "
        "Monday.") == [("The harbour master", "the quay would reopen on Monday")]


def test_progressive_request() -> None:
    # (a strict xfail until the sixty-ninth round read the progressive request)
    assert statement_words(
        "The Red Cross is calling on donors to fund the appeal, which is only 20 per cent "
        "funded.") == [("The Red Cross", "donors to fund the appeal, which is only 20 per "
                                         "cent funded")]


LEFT_FIGURES: list[tuple[str, list]] = [
    ("Doctors there have treated at least 25 people, most of them for wounds caused by "
     "rubber bullets.",
     [("treated at least 25 people", "wounded", 25, None, "at_least", "people")]),
    ("Records showed 20 of the injured had burns and four had been hit by bullets.",
     [("20 of the injured", "wounded", 20, None, "exact", None),
      ("four had been hit by bullets", "wounded", 4, None, "exact", None)]),
]


def test_remain_hospitalised_read_since_round_69() -> None:
    # patients who "remain hospitalised" (left here, read since the sixty-ninth round)
    assert figures("The wounded were taken to the district hospital, where nine remain "
                   "hospitalised.") == [
        ("nine remain hospitalised", "wounded", 9, None, "exact", None)]


@pytest.mark.xfail(strict=True, reason="class 1 casualty shapes left by round 67")
@pytest.mark.parametrize(("text", "expected"), LEFT_FIGURES)
def test_left_figures(text: str, expected: list) -> None:
    assert figures(text) == expected
