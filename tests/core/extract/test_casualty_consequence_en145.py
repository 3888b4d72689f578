"""Harms told by their consequences, figures a clause takes back (round en145)."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties

READ = [
    # a beating told by the care or the harm it left
    ("Youths beat two of our poll watchers so badly that both needed stitches.", "wounded", 2),
    ("Militiamen beat three journalists so severely that all three needed surgery.",
     "wounded", 3),
    ("Soldiers beat five farmers so badly that two of them could not walk.", "wounded", 2),
    ("Police beat a 19-year-old student so hard that he needed stitches.", "wounded", 1),
    ("Four inmates were beaten so brutally that they lost consciousness, a lawyer said.",
     "wounded", 4),
    ("Rebels beat seven porters so badly that one of them later underwent surgery.",
     "wounded", 1),
    ("Officers beat 11 demonstrators, leaving four unable to walk.", "wounded", 4),
    ("A mob beat the bus passengers, leaving at least five needing hospital treatment.",
     "wounded", 5),
    ("Two nurses were beaten and taken to hospital with head wounds, the union said.",
     "wounded", 2),
    # the treated told as wounded by their part's wounds
    ("Medics said 40 people were still being treated, 12 of them with bullet wounds.",
     "wounded", 40),
    ("Some 18 people are being treated, most of them for stab wounds, after the clash.",
     "wounded", 18),
    # people moved for surgery
    ("Four of the injured were airlifted to Nairobi for emergency surgery.", "wounded", 4),
    ("Two of them were rushed to the city hospital on Tuesday for an operation.",
     "wounded", 2),
    ("Six were referred for surgery, the clinic said.", "wounded", 6),
    # taken away in the sentence that tells the violence
    ("Gunmen ambushed the bus; one passenger was killed and four others were taken away.",
     "captured", 4),
    ("Five villagers were killed and 12 were taken away, according to residents.",
     "captured", 12),
    ("Three soldiers were wounded and two were taken away during the raid on the post.",
     "captured", 2),
    ("Eight villagers were wounded and three girls were taken, he added.", "captured", 3),
    # a possessive relative of a thing between the counted and their verb
    ("Two men whose car was hit were wounded.", "wounded", 2),
    ("Four journalists whose vehicle was stopped at the checkpoint were detained.",
     "arrested", 4),
    ("At least 14 people whose names were not given were killed, four of them children.",
     "killed", 4),
    # look-alikes that keep their reading
    ("Four men whose bodies were found in a ditch had been shot.", "killed", 4),
    ("Two of the detainees are in a critical condition from gunshot wounds.", "wounded", 2),
    ("A 30-year-old man needed stitches to his head.", "wounded", 1),
    ("Two soldiers were killed, or so the army said.", "killed", 2),
    # a kin relative closed by the counted people's own outcome
    ("Three men whose brother was killed were wounded.", "wounded", 3),
    ("Two women whose husbands were abducted were later arrested by police.", "arrested", 2),
    ("A man whose son was killed in May was shot dead on Sunday.", "killed", 1),
]

NOT_READ = [
    # the relative gives the outcome to a relative of the counted person
    ("A 40-year-old farmer whose son was killed in the raid spoke to reporters.", "killed", 1),
    ("A trader from Gao whose nephew was wounded in the blast told us the story.",
     "wounded", 1),
    ("A teacher whose husband was shot dead in May said she was afraid.", "killed", 1),
    ("Three women whose sons were killed in the massacre attended the hearing.", "killed", 3),
    # a condition of hardship or illness, no wound of violence
    ("Nine migrants were rescued, three of them in a critical condition from dehydration.",
     "wounded", 3),
    ("Four of the survivors were in a serious condition due to hypothermia.", "wounded", 4),
    ("Eleven survivors reached the clinic, two of them in a critical condition from "
     "starvation and exhaustion.", "wounded", 2),
    # one number for two outcomes
    ("Some 1,200 fighters died or disappeared in the siege.", "killed", 1200),
    ("Nearly 70 migrants drowned or went missing off the coast.", "killed", 70),
    ("At least 15 people were killed or seriously wounded in the blast.", "killed", 15),
    ("About 40 people were dead or missing after the attack.", "killed", 40),
    # a bare taking with no violence told, or the harmed carried off
    ("The festival ended and 200 people were taken away by bus.", "captured", 200),
    ("Two soldiers were killed and three wounded were taken away for treatment.",
     "captured", 3),
    ("Three people were injured and four were taken to hospital.", "captured", 4),
    # beaten, no harm told of the counted
    ("Guards beat 14 detainees, leaving several unable to walk.", "wounded", 14),
]


def _read(text: str) -> set[tuple[str, int]]:
    return {(str(f["outcome"]), int(str(f["count_low"]))) for f in find_casualties(text)}


@pytest.mark.parametrize(("text", "outcome", "count"), READ)
def test_read(text: str, outcome: str, count: int) -> None:
    assert (outcome, count) in _read(text)


@pytest.mark.parametrize(("text", "outcome", "count"), NOT_READ)
def test_not_read(text: str, outcome: str, count: int) -> None:
    assert (outcome, count) not in _read(text)


def test_beaten_whole_not_counted_when_a_part_is_hurt() -> None:
    assert _read("Soldiers beat five farmers so badly that two of them could not walk.") == {
        ("wounded", 2)}


def test_two_words_of_one_outcome_keep_the_figure() -> None:
    # "arrested or detained" is one outcome told twice, not one number for two
    assert ("arrested", 12) in _read("Twelve protesters were arrested or detained on Friday.")


def test_heat_of_a_blast_is_no_hardship() -> None:
    assert ("wounded", 5) in _read("Five people were injured from the heat of the blast.")
