"""English round 184 (issue 11): a count after a part named by "among them ..., and" with a
verb of its own, people held told by the police, a person hit by a round who then died, a
whole with one part named by an article and one more member cut or burned, a summary's
parts, and numbers withheld or kin of the injured that count nobody. The probe sentences
are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts as _pairs


@pytest.mark.parametrize("text, expected", [
    # a part before a new count with its own verb
    ("Three people were killed, among them her son, and at least 20 were wounded, police "
     "said.", [(3, "killed"), (20, "wounded")]),
    ("Four villagers died in the raid, among them the mayor, and 12 were injured.",
     [(4, "killed"), (1, "killed"), (12, "wounded")]),
    ("Two guards were killed, including her brother, and five others were hurt.",
     [(2, "killed"), (5, "wounded")]),
    # held by police
    ("The regional police commander said 17 people were being held.", [(17, "arrested")]),
    ("After the riot, police said 23 fans were being held overnight.", [(23, "arrested")]),
    ("Nine men are being held, a police spokesman said.", [(9, "arrested")]),
    # hit and died
    ("A 16-year-old was hit in the chest by a rubber bullet and died on Sunday morning.",
     [(1, "killed")]),
    ("A 45-year-old man was struck by a stray bullet and died in hospital.", [(1, "killed")]),
    ("Two men were hit by shrapnel and later died.", [(2, "killed")]),
    # a counted part and a third
    ("Two players, one of them a 19-year-old midfielder, were treated for gunshot wounds; a "
     "third was cut by broken glass.", [(2, "wounded"), (1, "wounded"), (1, "wounded")]),
    ("Two guards, one of them a woman, were injured.", [(2, "wounded"), (1, "wounded")]),
    ("Two men were shot dead; a third was slashed with a machete.",
     [(2, "killed"), (1, "wounded")]),
    # a summary's parts
    ("- Three dead: one man shot outside the ground, two died in hospital",
     [(3, "killed"), (1, "killed"), (2, "killed")]),
    ("- 27 people being treated, according to civil protection", [(27, "wounded")]),
])
def test_round_en184_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # counted nothing: a number withheld, kin of a part of the injured
    ("- Police have not yet given a number of arrests", []),
    ("The ministry declined to give a number of casualties.", []),
    ("The minister met the mayor together with the families of the boy and of two of the "
     "injured fans.", []),
    ("A mother of one of the injured fans told the group she was afraid.", []),
    # what stays as it was
    ("A number of people were arrested.", [(2, "arrested")]),
    ("Relatives of three of the injured workers spoke to reporters.", [(3, "wounded")]),
    ("The two leaders held talks on Sunday, police said.", []),
    ("Police said 40 cars were being held in the yard.", []),
    ("A dog was hit by a car and died.", []),
    ("A 70-year-old man was hit by a car and died.", []),
    ("The building was hit by a shell and collapsed.", []),
    ("Two men were arrested; a third was cut loose.", [(2, "arrested")]),
    ("The budget was cut by a third.", []),
    ("- 27 people being treated unfairly, say activists", []),
    ("Two guards, one of them a woman, said they saw the attack.", []),
    ("Gunmen killed 12 people, among them a teacher, and two children.",
     [(12, "killed"), (1, "killed"), (2, "killed")]),
])
def test_round_en184_leaves(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected
