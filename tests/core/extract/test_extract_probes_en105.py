"""Probes of the hundred-and-fifth English round (issue 11): the fifty-sixth set's injuries
told by care and by where a person was hit.

The care the hurt needed with no wound named ("Four people needed hospital treatment,
including a steward", en-56; "four needed hospital treatment", en-55); the passive of being
hit or shot in a part of the body a person lives through ("One friend was hit in the hip",
"shot in the jaw", en-56, as "wounded in the face", en-37, is read by its verb), with a
second member whose verb is left out ("and another in the hand"); an age bracket in words
between the count and its verb ("A man in his forties died", en-56; "a woman in her
fifties", en-55; "in their twenties", en-7), as "a man in his 20s" is read.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import engines_read, figures, statement_words

FIGURE_MEMBERS: list[tuple[str, tuple]] = [
    # the care the hurt needed, the wound unsaid
    ("Police held 12 fans after the derby in Kessa. Three people needed hospital treatment,"
     " including a steward.",
     ("Three people needed hospital treatment", "wounded", 3, None, "exact", "people")),
    ("Nine of the injured were migrants, and five needed hospital treatment.",
     ("five needed hospital treatment", "wounded", 5, None, "exact", None)),
    ("Six officers required medical treatment after the riot in Tala.",
     ("Six officers required medical treatment", "wounded", 6, None, "exact", "officers")),
    # hit or shot in a part of the body a person lives through
    ("One guard was hit in the hip during the clashes in Tala.",
     ("One guard was hit in the hip", "wounded", 1, None, "exact", "guard")),
    ("A 20-year-old protester, shot in the jaw on 3 May, needed surgery.",
     ("A 20-year-old protester, shot in the jaw", "wounded", 1, None, "exact",
      "20-year-old protester")),
    ("Two men were shot in the ankle outside a bar in Kessa.",
     ("Two men were shot in the ankle", "wounded", 2, None, "exact", "men")),
    # ... and a second member, the verb left out
    ("One cousin was hit in the shoulder and another in the wrist.",
     ("another in the wrist", "wounded", 1, None, "exact", None)),
    ("A guard was wounded in the arm and two in the leg.",
     ("two in the leg", "wounded", 2, None, "exact", None)),
    # a hospital's tally of people treated in a report of violence, the harm unsaid
    ("Riot police fired tear gas at the crowd. The district hospital says it has treated 23"
     " people, including four officers.",
     ("treated 23 people", "wounded", 23, None, "exact", "people")),
    ("Riot police fired tear gas at the crowd. The district hospital says it has treated 23"
     " people, including four officers.",
     ("including four officers", "wounded", 4, None, "exact", "officers")),
    # ... a part of the patients kept in overnight, and a steward among the hurt
    ("Clashes broke out in Tala. Doctors have treated 30 people, and three of the patients"
     " were kept in overnight.",
     ("three of the patients were kept in overnight", "wounded", 3, None, "exact",
      "the patients")),
    ("Eight people were injured, including a steward.",
     ("including a steward", "wounded", 1, None, "exact", "steward")),
    # a home left, then a stay somewhere told of the same people
    ("About 70 villagers left their homes on Friday after the raid, and are now staying in"
     " a church hall.",
     ("About 70 villagers left their homes", "displaced", 70, None, "about", "villagers")),
    # an age bracket in words between the count and its verb
    ("A man in his forties died in hospital on Sunday, police said.",
     ("A man", "killed", 1, None, "exact", "man")),
]

FIGURE_LOOKALIKES: list[tuple[str, tuple]] = [
    # care in general: patients, an illness, no violence told
    ("Rebels attacked a convoy. Our mobile clinic has treated 300 patients this month.", ()),
    ("Clashes broke out. The clinic has treated 300 people with malaria since January.", ()),
    ("The city's main hospital says it has treated 17 people this week.", ()),
    # kept in overnight, no patients
    ("Two of the suspects were kept in overnight.", ()),
    # a home left with no stay told
    ("Two women left their homes to vote and were back by noon.", ()),
    # a court's step with people already counted (main gives the part as arrested: these
    # fail on main's code, as the members do)
    ("More than 90 people were taken into custody, and 18 of them were later tried.",
     ("More than 90 people were taken into custody", "arrested", 90, None, "more_than",
      "people")),
    ("Police have arrested 12 men, three of whom appeared before the Kessa court on Monday.",
     ("arrested 12 men", "arrested", 12, None, "exact", "men")),
    # care for something other than a wound, named after it
    ("Several others needed hospital treatment for malnutrition.", ()),
    ("Four people needed hospital treatment after eating wild mushrooms.", ()),
    # a part of the body that is no person's
    ("The new tax hit voters in the hip pocket.", ()),
    # no part of the body after the gapped member
    ("A guard was wounded in the shoulder and another in the afternoon.",
     ("A guard was wounded", "wounded", 1, None, "exact", "guard")),
    ("One man was shot in the leg and another in the city centre.",
     ("One man was shot in the leg", "wounded", 1, None, "exact", "man")),
    # an age bracket with no outcome
    # (read on both: the words' age after a person, as main reads some)
    ("A woman in her early thirties was injured by a falling wall.",
     # (read on both: the words' age after a person, as main reads some)
    ("A woman", "wounded", 1, None, "exact", "woman")),
    ("Most of the volunteers were in their twenties.", ()),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_member_read(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "expected"), FIGURE_LOOKALIKES)
def test_lookalike(text: str, expected: tuple) -> None:
    got = figures(text)
    assert got == ([expected] if expected else [])


# the plural's present of a plan with its object looks ahead (published 2017-04-10, a Monday)
DATE_MEMBERS = [
    ("Unions plan a national strike on Thursday.", ("Thursday", "2017-04-13")),
]
DATE_LOOKALIKES = [
    # (read on both: the preposition "for" looks ahead already)
    ("Farmers prepare a new protest for Friday.", ("Friday", "2017-04-14")),
    # "plan" a noun: the day is the past one
    ("Under the government's plan a curfew began on Thursday.", ("Thursday", "2017-04-06")),
]


@pytest.mark.parametrize(("text", "expected"), DATE_MEMBERS + DATE_LOOKALIKES)
def test_plural_plan(text: str, expected: tuple) -> None:
    assert engines_read(text)["dates"] == [expected]


# a quoted sentence's subject is no antecedent for the writer's pronoun
def test_quoted_subject_no_antecedent() -> None:
    text = ('Mayor Ada Kerel said: "Nobody wins from this. The Republic will not abandon the'
            ' market." She added that the police would stay until Sunday.')
    assert ("Mayor Ada Kerel", "the police would stay until Sunday") in statement_words(text)


def test_quoted_subject_lookalike() -> None:
    # the subject named by the writer outside the quote is still the antecedent
    text = ('Mayor Ada Kerel met the envoy. "We will rebuild," she said. The envoy Lena Sorn'
            ' spoke next. She added that the police would stay.')
    assert ("Lena Sorn", "the police would stay") in [
        (sp.split()[-2] + " " + sp.split()[-1] if sp else sp, w)
        for sp, w in statement_words(text)]
