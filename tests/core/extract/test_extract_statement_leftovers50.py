"""Statement leftovers of the twenty-third session (issue 11): members of an assembly lead
their names in lower case ("the commission's chair, state deputy Ana Obi, said", "said
opposition lawmaker Ana Obi"), and a case in law or a telling ("According to the prosecution
case, ...") is no person a later "he" stands for.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

QUOTE = '"Nobody who drives that road at night expects to come home,"'

ASSEMBLY_NAMES = [
    (f"Report out\n{QUOTE} the commission's chair, state deputy Mara Quenby, said as she "
     "presented the report.", "Mara Quenby"),
    (f"Report out\n{QUOTE} the chair, deputy Mara Quenby, said.", "Mara Quenby"),
    (f"Report out\n{QUOTE} said the panel's chair, state deputy Mara Quenby.", "Mara Quenby"),
    (f"Report out\n{QUOTE} said opposition lawmaker Tavi Orlend.", "Tavi Orlend"),
    (f"Report out\n{QUOTE} the committee's rapporteur, councillor Tavi Orlend, told reporters.",
     "Tavi Orlend"),
]


@pytest.mark.parametrize(("text", "name"), ASSEMBLY_NAMES)
def test_a_member_of_an_assembly_is_named_with_the_post(text: str, name: str) -> None:
    got = statement_words(text)
    assert got and all(sp and name in sp for sp, _ in got), got


def test_the_speakers_next_quote_stays_with_the_member() -> None:
    got = statement_words(
        f"Report out\n{QUOTE} the commission's chair, state deputy Mara Quenby, said as she "
        'presented the report in the assembly. "And every gang knows it will not be caught."')
    assert len(got) == 2 and all(sp and "Mara Quenby" in sp for sp, _ in got), got


def test_deputy_before_a_title_stays_a_status() -> None:
    got = statement_words(f"Ruling due\n{QUOTE} said deputy judge Tavi Orlend.")
    assert got and got[0][0] and "Tavi Orlend" in got[0][0], got


@pytest.mark.parametrize("case", ["the prosecution case", "the defence's version",
                                  "the indictment"])
def test_a_case_in_law_is_no_he(case: str) -> None:
    text = (f"Trial opens\nAccording to {case}, the gang stopped the lorry at night on the "
            "coast road. He told the court in February that he lay still in the field until "
            "daylight.")
    got = statement_words(text)
    told = [sp for sp, words in got if "lay still" in words]
    assert told and told[0] != case, got
