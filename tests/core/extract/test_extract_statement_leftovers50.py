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


LIVE = ('Blast at the grain market: live\n'
        '16:40 "Several of the wounded died this afternoon," a health ministry official tells us.\n'
        '16:55 A man who sells phone credit by the east gate spoke to us from the hospital car '
        'park. "I saw a sack left by the stalls. Then there was smoke everywhere," he says. '
        'Two of his cousins were killed, he says.')


def test_a_live_blogs_time_stamp_does_not_hide_the_described_speaker() -> None:
    got = statement_words(LIVE)
    his = [sp for sp, words in got if "smoke everywhere" in words or "cousins" in words]
    assert len(his) == 2 and all(sp and sp.startswith("A man") for sp in his), got


def test_one_released_without_a_doer_is_the_speakers_account() -> None:
    got = statement_words(
        "Suspects held\nFour people are in custody, prosecutor Ines Varrault-Kell said. A fifth "
        "person detained on Wednesday has been released without charge.\n\n"
        '"We are looking at who knew and who helped," she said.')
    told = [sp for sp, w in got if "who knew" in w]
    assert len(told) == 1 and told[0] and "Ines Varrault-Kell" in told[0], got


def test_people_released_may_speak_next_as_they() -> None:
    got = statement_words(
        "Vote unrest\nPolice said a number of people were arrested after the polls. Two "
        "activists held in the same sweep were released on Tuesday. They told the Courier "
        "they had been beaten in custody.")
    assert [sp for sp, w in got if "beaten" in w] == ["Two activists"], got


def test_a_person_the_writer_named_who_spoke_keeps_the_next_he() -> None:
    got = statement_words(
        "Shrine attack: knifeman kills two\nRunning coverage from our desk.\n\n14:25\nWe have "
        "spoken to a pilgrim from Yazdan, Omid Karavi, who was in the courtyard when the attack "
        'began. "A man ran past me with a knife in his hand," he told us. He says guards '
        "stopped the attacker within a minute.")
    assert [sp for sp, _ in got] == ["Omid Karavi", "Omid Karavi"], got
