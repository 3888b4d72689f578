"""English probes, seventy-second round: families that recur over the sets.

1. A finding body's "found that": an inquiry, survey, review, investigation, commission or
   a court's chamber finds by weighing evidence, so "The Commission found that ...", "A
   survey carried out ... in 40 villages found that ...", "In 2019 a review by ... found
   that ..." report the body's finding, as its "concluded that" did; inside a speaker's
   words ("She says a study her team carried out ... found that ...") the study speaks the
   clause and the speaker keeps the whole. A person's "found that" (residents, a judge,
   rescuers) and "found" with no "that" stay nothing.
2. A trailing "according to" after a ", which" relative inside another source's words
   ("... urges donors to fund the plan, which is 18 per cent funded, according to OCHA
   figures") vouches for the relative only; the first source keeps its words and goes on
   after the aside ("..., according to UN figures, and calls on all parties to ...").
   With no source before it, or with the relative set in the middle of the words, the
   trailing source keeps the whole sentence.
3. A displaced crowd told where it came to ("Some 3,500 had reached the town", "about
   1,400 people from Kessa ... had arrived at a camp"), after a flight told earlier in the
   document, is displaced; pilgrims' or gunmen's arrivals and arrivals with no flight
   before stay no figure.
4. A heading whose label names the page ("POLICE BLOTTER: <its period>", "Travel advice:
   <a country>") is nobody's words; a source's heading ("Police: ...", "Army chief: ...")
   stays a statement.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

FINDINGS: list[tuple[str, list]] = [
    ("The Commission found that at least 52 people were killed over three days in Orvale.",
     [("The Commission", "at least 52 people were killed over three days in Orvale")]),
    ("A survey carried out by the agency in May in 40 villages found that one in four wells "
     "had run dry.",
     [("A survey carried out by the agency in May in 40 villages",
       "one in four wells had run dry")]),
    ("In 2019 a review by the Ternby Police Ombudsman found that two of the pistols had been "
     "used in earlier attacks.",
     [("a review by the Ternby Police Ombudsman",
       "two of the pistols had been used in earlier attacks")]),
    ("A new investigation by the Kessa Rights Centre has found that soldiers were warned of "
     "the raid a day before.",
     [("A new investigation by the Kessa Rights Centre",
       "soldiers were warned of the raid a day before")]),
    ("The indictment had charged him with nine killings, but the tribunal found that two of "
     "the deaths could not be linked to him.",
     [("the tribunal", "two of the deaths could not be linked to him")]),
    ("She says a study her team carried out last year found that 60 per cent of families "
     "had skipped meals.",
     [("She", "a study her team carried out last year found that 60 per cent of families "
       "had skipped meals"),
      ("a study her team carried out last year", "60 per cent of families had skipped meals")]),
]
FINDING_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Residents who returned found that their homes had been looted.", []),
    # (round en156: a judge named with the title rules, as the gold of en-47 to en-51 reads)
    ("Judge Mara Velde found that the officers had detained six men at a roadblock.",
     [("Mara Velde", "the officers had detained six men at a roadblock")]),
    ("The survey found 40 per cent of wells dry.", []),
    ("Rescuers who searched the report room found that the door was locked.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*FINDINGS, *FINDING_LOOK_ALIKES])
def test_finding_body_found_that(text: str, expected: list) -> None:
    assert statement_words(text) == expected


def test_finding_body_is_no_later_he() -> None:
    """The study that found is no person: the next "he says" is still the speaker."""
    text = ("Dan Orrel runs a youth club near the gate. He says a survey his group carried "
            "out in March found that most residents wanted the wall to stay. \"People are "
            "afraid,\" he says.")
    assert statement_words(text)[-1] == ("Dan Orrel", "People are afraid")


RELATIVE_VOUCHED: list[tuple[str, list]] = [
    ("The agency urges donors to fund the 2026 Orvale Response Plan, which is 18 per cent "
     "funded as of May, according to OCHA figures.",
     [("The agency", "donors to fund the 2026 Orvale Response Plan, which is 18 per cent "
       "funded as of May"),
      ("OCHA figures", "which is 18 per cent funded as of May")]),
    ("Care Relief urges donors to fund the school meals programme, which is only 12 per cent "
     "funded, according to UN figures, and calls on all parties to keep schools open.",
     [("Care Relief", "donors to fund the school meals programme, which is only 12 per cent "
       "funded"),
      ("UN figures", "which is only 12 per cent funded"),
      ("Care Relief", "all parties to keep schools open")]),
]
RELATIVE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Seven soldiers also died in the fighting, which began on Friday, according to a "
     "military source in Kessa.",
     [("a military source in Kessa",
       "Seven soldiers also died in the fighting, which began on Friday")]),
    ("The group, which controls the town of Orvale, has some 3,000 fighters, according to UN "
     "experts.",
     [("UN experts", "The group, which controls the town of Orvale, has some 3,000 fighters")]),
    ("The council said the road to Kessa, which was closed in May, had reopened, according "
     "to residents.",
     [("residents", "The council said the road to Kessa, which was closed in May, had "
       "reopened"),
      ("The council", "the road to Kessa, which was closed in May, had reopened")]),
]


@pytest.mark.parametrize(("text", "expected"), [*RELATIVE_VOUCHED, *RELATIVE_LOOK_ALIKES])
def test_according_to_after_relative(text: str, expected: list) -> None:
    assert statement_words(text) == expected

ARRIVALS: list[tuple[str, list]] = [
    ("Thousands of villagers have fled the hills north of Kessa, the Red Cross said. Some "
     "3,500 had reached the town by Friday evening.",
     [("Thousands of villagers have fled", "displaced", 2000, None, "vague", "villagers"),
      ("Some 3,500 had reached", "displaced", 3500, None, "about", None)]),
    ("Residents fled the village on Tuesday. The agency said about 1,400 people from Kessa "
     "and two neighbouring settlements had arrived at a camp in Orvale since Wednesday.",
     [("about 1,400 people from Kessa and two neighbouring settlements had arrived",
       "displaced", 1400, None, "about", "people")]),
    ("Most residents fled. An estimated 7,400 people from Orvale and four neighbouring "
     "islands have arrived at three sites around Kessa since 8 August.",
     [("An estimated 7,400 people from Orvale and four neighbouring islands have arrived",
       "displaced", 7400, None, "about", "people")]),
]
ARRIVAL_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Some 500 pilgrims have arrived in Kessa for the feast.", []),
    ("The storm has reached the coast. About 300 people have reached the summit.", []),
    ("Thousands fled the fighting. Nearly 200 gunmen have arrived in Kessa.", []),
    ("Thousands fled the fighting. Only 120 policemen had arrived.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*ARRIVALS, *ARRIVAL_LOOK_ALIKES])
def test_arrival_after_flight(text: str, expected: list) -> None:
    assert figures(text) == expected


PAGE_LABELS: list[tuple[str, list]] = [
    ("POLICE BLOTTER: Monday 4 May to Wednesday 6 May 2015\nA man was arrested in Kessa on "
     "Monday.", []),
    ("Travel advice: Orvalia\nThe border crossings in the south are closed.", []),
]
PAGE_LABEL_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Police: Two men arrested after Kessa raid\nA man was arrested.",
     [("Police", "Two men arrested after Kessa raid")]),
    ("Army chief: we will not retreat from Kessa\nHe spoke on Monday.",
     [("Army chief", "we will not retreat from Kessa")]),
]


@pytest.mark.parametrize(("text", "expected"), [*PAGE_LABELS, *PAGE_LABEL_LOOK_ALIKES])
def test_page_label_heading(text: str, expected: list) -> None:
    assert statement_words(text) == expected
