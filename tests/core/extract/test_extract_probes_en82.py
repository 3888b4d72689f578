"""Probes of the eighty-second English round (issue 11): families that recur.

A commission's or a panel's advice told in a "that" clause: "The Commission recommends
that the State pay compensation ...". The blind sets' gold takes such a clause as the
body's words wherever a body in the third person recommends (en-4, en-16, en-18), and
takes nothing from a report's own "We recommend that ...". Main did not read "recommends"
as a verb of report, so it gave nothing. "recommended" and "recommends" are now read as
report verbs before "that" only (as "recalls", "assured", "detailed" are); "recommended a
ban" stays an act and "We recommend that" stays the document's own voice.

A charge made while acting, by an armed subject: "On the night of 2 April, armed men came
to the bazaar and took away two of our members, ..., accusing them of informing the army"
and "The soldiers rounded up 30 men, accused them of supplying food to the fighters, and
held them". Main found the subject of such a charge only with a speaker noun or a
capitalised first word, so "armed men" after a fronted time and "The soldiers" gave
nothing. The armed group or force that opens the sentence (perhaps after a time or place
set off by a comma) and acts in its own past-tense verb now makes the charge of
"accusing X of" after a comma and of "accused X of" in a series of its verbs. A charge
read as a reduced relative ("30 men, accused of ...", "12 men accused of the killings")
and a subject with a speaker noun keep their readings.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

RECOMMEND_MEMBERS: list[tuple[str, list]] = [
    ("The Commission recommends that the regional prosecutor open an inquiry into the "
     "shooting at Vell.",
     [("The Commission", "the regional prosecutor open an inquiry into the shooting at "
                         "Vell")]),
    ("The inquiry panel recommended that the families be paid compensation within six "
     "months.",
     [("The inquiry panel", "the families be paid compensation within six months")]),
]

RECOMMEND_LOOK_ALIKES: list[tuple[str, list]] = [
    # the report's own voice
    ("We recommend that the mission suspend further payments to the contractor.", []),
    # advice with a plain object: an act, no words
    ("The Commission recommended a ban on night fishing near Vell.", []),
]

CHARGE_MEMBERS: list[tuple[str, list]] = [
    ("On the night of 4 May, armed men came to the market at Kessa and took away two "
     "traders, Oren Talu and his brother, accusing them of spying for the army.",
     [("armed men", "them of spying for the army")]),
    ("The soldiers surrounded the village at dawn and accused the farmers of hiding "
     "weapons.",
     [("The soldiers", "the farmers of hiding weapons")]),
]

CHARGE_LOOK_ALIKES: list[tuple[str, list]] = [
    # a reduced relative: the men are charged, no one speaks
    ("The soldiers rounded up 30 men, accused of supplying food to the fighters.", []),
    # "accused of" in a reduced relative inside the armed subject's acts
    ("On Monday, armed men stormed the court where 12 men accused of the killings were "
     "on trial.", []),
    # an armed subject with a speaker noun before it keeps its reading
    ("The rebels seized the town on Monday and accused the army of abandoning it.",
     [("The rebels", "the army of abandoning it")]),
]


@pytest.mark.parametrize(("text", "expected"), [*RECOMMEND_MEMBERS, *RECOMMEND_LOOK_ALIKES])
def test_recommends_that(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), [*CHARGE_MEMBERS, *CHARGE_LOOK_ALIKES])
def test_charge_while_acting(text: str, expected: list) -> None:
    assert statement_words(text) == expected
