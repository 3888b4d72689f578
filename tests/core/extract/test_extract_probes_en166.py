"""Probes of English round 166 (issue 11): people freed on bail, people treated for what a
gas did, and a speech verb after a first verb whose subject is a plain noun.

1. A release told with the terms of an arrest ("on bail", "without charge", "from
   custody") counts the arrested where people are named by a noun, with no arrest told
   before ("Court frees 27 protesters on bail"); a list's bare line of such a release reads
   under an arrest told before ("- 140 released on bail or without charge").
2. People given care for the effects of a gas or a spray are wounded ("treated in hospital
   for the effects of pepper spray", "needed treatment for the effects of tear gas"), and
   so are people treated for breathing problems where their sentence names tear gas or
   pepper spray.
3. A speech verb after "and" takes the subject of the first verb when that subject is an
   article and everyday nouns no speaker list names ("The water company blamed old pipes
   and said ...").

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, short_figures, statement_words

FREED_MEMBERS = [
    ("Court frees 27 protesters on bail after unrest",
     [("27 protesters", "arrested", 27)]),
    ("A court in Tarvia freed 31 activists on bail on Monday.",
     [("31 activists", "arrested", 31)]),
    ("Judge releases 45 demonstrators on bail",
     [("45 demonstrators", "arrested", 45)]),
    ("Police released 20 students from custody on Monday.",
     [("20 students", "arrested", 20)]),
    ("Officials said 19 men were freed on bail pending trial.",
     [("19 men were freed", "arrested", 19)]),
    ("Police arrested hundreds of people in Kessa after the vote.\n"
     "- 140 released on bail or without charge\n- Curfew extended",
     [("arrested hundreds of people", "arrested", 200), ("140 released", "arrested", 140)]),
    ("Police detained 300 people during the riots.\n- 85 freed without charge",
     [("detained 300 people", "arrested", 300), ("85 freed", "arrested", 85)]),
]

FREED_LOOKALIKES = [
    # a release after questioning alone, a bare count, a relative's own holding
    ("Six protesters freed after questioning.", []),
    ("The weather was fine. Nineteen were released without charge.", []),
    ("A court freed 12 men who had been held without charge.", []),
    # bail amounts, hearings, the accused freed by no count of people
    ("Bail was set at 5,000 dollars for each of the 12 accused.", []),
    ("The court freed him on bail of 20,000 dollars after three hearings.", []),
    ("The judge adjourned the case for 14 days and granted bail.", []),
    # captives freed stay captured; a list's bare line with no arrest's words stays out
    ("Gunmen kidnapped 20 villagers. Kidnappers freed 12 hostages on Sunday.",
     [("kidnapped 20 villagers", "captured", 20), ("freed 12 hostages", "captured", 12)]),
    ("Police arrested 300 people during the riots.\n- 85 freed",
     [("arrested 300 people", "arrested", 300)]),
    ("Authorities freed 60 detained students on Sunday.",
     [("60 detained students", "arrested", 60)]),
]

GAS_MEMBERS = [
    ("Three workers were treated in hospital for the effects of pepper spray.",
     [("Three workers were treated in hospital for the effects of pepper spray", "wounded", 3,
       None, "exact", "workers")]),
    ("At least 40 people were treated for breathing problems after police fired tear gas.",
     [("At least 40 people were treated for breathing problems", "wounded", 40, None,
       "at_least", "people")]),
    ("After police fired teargas, 25 people were treated for breathing difficulties.",
     [("25 people were treated for breathing difficulties", "wounded", 25, None, "exact",
       "people")]),
    ("Twelve protesters needed treatment for the effects of tear gas.",
     [("Twelve protesters needed treatment for the effects of tear gas", "wounded", 12, None,
       "exact", "protesters")]),
    ("Eleven students received hospital treatment for the effects of pepper spray.",
     [("Eleven students received hospital treatment for the effects of pepper spray",
       "wounded", 11, None, "exact", "students")]),
    ("Nine people were treated at a clinic for the effects of tear gas, a nurse said.",
     [("Nine people were treated at a clinic for the effects of tear gas", "wounded", 9, None,
       "exact", "people")]),
]

GAS_LOOKALIKES = [
    # care for an illness or a breath's harm with no gas of violence named
    "At least 40 people were treated for breathing problems at the clinic last week.",
    "At least 40 people were treated for breathing problems as dust storms swept the city.",
    "About 200 children were treated for respiratory problems during the cholera outbreak.",
    "Some 300 patients were treated for cholera in the camp.",
    "The clinic treated 120 people for malaria in May.",
    "Four firefighters were treated for the effects of the heat.",
]

SAID_MEMBERS = [
    ("The water company blamed old pipes and said repairs would be finished by August.",
     [("The water company", "repairs would be finished by August")]),
    ("The rail operator criticised the contractor and said trains would run again on Monday.",
     [("The rail operator", "trains would run again on Monday")]),
    ("The firm faulted the design and said the bridge would stay shut.",
     [("The firm", "the bridge would stay shut")]),
    ("The utility blamed the storm for the damage and said power would be back by night.",
     [("The utility", "power would be back by night")]),
    ("The city council praised the crews and later said the roads were clear.",
     [("The city council", "the roads were clear")]),
]

SAID_LOOKALIKES = [
    # a blame with no speech verb; a second clause with its own subject; a count subject
    ("The water company blamed old pipes for the leak.", []),
    ("The 12 men blamed the police and said they had been beaten.", []),
    ("In the village the old men gathered and said prayers.", []),
    # the accusation keeps its own reading beside the coordinated words
    ("The firm accused the contractor of delays and said repairs would be finished by August.",
     [("The firm", "the contractor of delays"),
      ("The firm", "repairs would be finished by August")]),
]


@pytest.mark.parametrize(("text", "expected"), FREED_MEMBERS + FREED_LOOKALIKES)
def test_people_freed_on_the_terms_of_an_arrest(text: str, expected: list) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), GAS_MEMBERS)
def test_people_treated_for_what_a_gas_did_are_wounded(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", GAS_LOOKALIKES)
def test_care_for_illness_or_no_named_gas_stays_unread(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), SAID_MEMBERS + SAID_LOOKALIKES)
def test_speech_after_a_first_verb_of_a_plain_subject(text: str, expected: list) -> None:
    assert statement_words(text) == expected
