"""Probes of the hundred-and-twelfth English round (issue 11): the sixty-first set.

Casualties: a part counted out of a named group and closed by "with" and its harm ("one of
the nurses with a broken wrist", en-61); a death "of" or "from" an illness is no casualty
("a patient who had died of a heart attack", en-61); a gap between the people and a verb
that runs over "and that" is another clause's ("identified nine people from security camera
footage and that four men had been arrested", en-61); a headline's or a list line's bare
"N treated" in a story of violence ("five treated", "nine treated in hospital", en-60; "19
treated in hospital", en-58); people "held after" another's kidnapping are suspects ("Three
held after student kidnapped", en-60); people an event "left" with burns or another harm
("left her two sons with burns", en-61); names after a place phrase on the one counted ("a
clerk at a gas station across town, Rajinder Gill, was stabbed to death", en-61).

Statements: whoever is told is never the teller ("Justice Minister Maureen Pardy told the
House of Assembly", en-61); a relative clause's pronoun speaks, not the noun it describes
("a practice which it says", en-61); a quote closed with its stop at a paragraph's end is
not the next paragraph's speaker's (en-61 024); the subject before an aside speaks its own
verb ("Her husband, she says, asked her to stop opening at night", en-61).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

Short = list[tuple[str, str, int]]

CASUALTY_MEMBERS: list[tuple[str, Short]] = [
    # a part of a named group, with its harm
    ("Two guards and three cleaners were hurt, one of the cleaners with a broken arm, police "
     "said.",
     [("Two guards", "wounded", 2), ("three cleaners were hurt", "wounded", 3),
      ("one of the cleaners with a broken arm", "wounded", 1)]),
    ("Four officers were injured in the scuffle, two of the officers with fractured wrists.",
     [("Four officers were injured", "wounded", 4),
      ("two of the officers with fractured wrists", "wounded", 2)]),
    ("Six miners were trapped and hurt; one of the miners with a broken leg, the company said.",
     [("Six miners were trapped and hurt", "wounded", 6),
      ("one of the miners with a broken leg", "wounded", 1)]),
    # a death by illness
    ("Relatives of a prisoner who had died of a heart attack gathered at the gate.", []),
    ("The family of a man who died of cancer in the jail has sued the state.", []),
    ("Two inmates died from natural causes last year, the warden said.", []),
    # "and that" opens another clause
    ("Police said they had identified eleven people from phone footage and that three men had "
     "been arrested.",
     [("three men had been arrested", "arrested", 3)]),
    ("The army said it had found 20 civilians from the village and that four soldiers were "
     "killed.",
     [("four soldiers were killed", "killed", 4)]),
    # a headline's or a list line's bare "treated"
    ("Grenade thrown into Halden bar, seven treated\nHALDEN (Reuters) - A grenade exploded in a "
     "bar in Halden late on Friday, police said.",
     [("seven treated", "wounded", 7)]),
    ("What we know so far\n- The riot began after the match\n- 14 arrested, six treated in "
     "hospital\n- Two officers among the injured",
     [("14 arrested", "arrested", 14), ("six treated in hospital", "wounded", 6),
      ("Two officers", "wounded", 2)]),
    ("Clashes in Tavel: 40 detained, 12 treated\nTAVEL (AFP) - Police fired tear gas at "
     "protesters on Sunday.",
     [("40 detained", "arrested", 40), ("12 treated", "wounded", 12)]),
    # held over another's kidnapping
    ("Four held after girl abducted near Kessa school\nKESSA (Reuters) - Police have arrested "
     "four men after a 12-year-old girl was abducted and held for ransom.",
     [("Four held", "arrested", 4), ("arrested four men", "arrested", 4),
      ("a 12-year-old girl was abducted", "captured", 1)]),
    ("Two held over businessman kidnapped in Tavel\nTAVEL (AFP) - A businessman was kidnapped "
     "and held for a ransom on Monday.",
     [("Two held", "arrested", 2), ("A businessman was kidnapped", "captured", 1)]),
    # left with a harm
    ("The arson attack that killed her father left her three daughters with burns.",
     [("three daughters with burns", "wounded", 3)]),
    ("A blast at the depot left two workers with severe burns, police said.",
     [("two workers with severe burns", "wounded", 2)]),
    ("The attack left four guards with cuts and bruises.",
     [("four guards with cuts and bruises", "wounded", 4)]),
    # names after a place phrase
    ("A guard at a bank in the old town, Piet Lund, was shot dead during the robbery.",
     [("A guard at a bank in the old town, Piet Lund, was shot dead", "killed", 1)]),
    ("A nurse at the district clinic, Mary Otieno, was killed in the attack.",
     [("A nurse at the district clinic, Mary Otieno, was killed", "killed", 1)]),
    ("A clerk was stabbed to death at a petrol station in Kessa.",
     [("A clerk was stabbed to death", "killed", 1)]),
]

CASUALTY_LOOKALIKES: list[tuple[str, Short]] = [
    ("One of the players with a broken leg was left out of the squad.", []),
    ("The club has two players with broken legs.", []),
    ("A prisoner who had died of his wounds was buried on Monday.",
     [("A prisoner who had died", "killed", 1)]),
    ("Three detainees died from gunshot wounds, the group said.",
     [("Three detainees died", "killed", 3)]),
    ("Nine fighters from the northern brigades and four members of the police were killed.",
     [("Nine fighters", "killed", 9), ("four members of the police were killed", "killed", 4)]),
    ("Food poisoning at Halden school, 30 treated\nHALDEN - Thirty pupils fell ill after lunch "
     "on Friday.", []),
    ("A bomb went off in Tavel. Doctors said six were treated.", []),
    ("Three held after being kidnapped near Kessa\nKESSA (Reuters) - Gunmen kidnapped three aid "
     "workers, who are still held.",
     [("Three held", "captured", 3), ("kidnapped three aid workers", "captured", 3)]),
    ("Two boys with burns were seen at the clinic.", []),
    ("The fire left the house with scorch marks.", []),
    ("A house fire left two firefighters with burns to their hands.", []),
    ("Two soldiers at the base, Ola Berg and Tom Lund, killed three attackers.",
     [("killed three attackers", "killed", 3)]),
    ("A nurse at the clinic, Mary Otieno, said the wounded were arriving.", []),
]

_FEATURE = ('Her son, she says, begged her to sell the shop. She said no. "Who would feed the '
            'street if we closed?"\nInspector Anna Holm told this newspaper that patrols had '
            "doubled since May.")

STATEMENT_MEMBERS: list[tuple[str, tuple[str, str]]] = [
    ("The province will hire 40 more officers, Interior Minister Sara Lind told the House of "
     "Commons on Monday.",
     ("Interior Minister Sara Lind", "The province will hire 40 more officers")),
    ("The ministry condemned the ban, a measure which it says breaks the constitution.",
     ("The ministry", "breaks the constitution")),
    ("The council urged landlords to stop evictions, a practice which it says leaves families "
     "on the street.",
     ("The council", "leaves families on the street")),
    (_FEATURE, ("Inspector Anna Holm", "patrols had doubled since May")),
    # the subject before an aside speaks its own verb
    ("Her brother, she says, urged her to sell the shop before the winter.",
     ("Her brother", "her to sell the shop before the winter")),
    ("The mayor, he said, told him that the market must close.",
     ("The mayor", "the market must close")),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    ("The plan, Brant said, would be signed on Monday.",
     [("Brant", "The plan would be signed on Monday")]),
    ("Schools will reopen next week, the education minister told the National Assembly on "
     "Tuesday.",
     [("the education minister", "Schools will reopen next week")]),
    ("Amnesty urged the government to close the camp, which it says holds 400 people.",
     [("Amnesty", "the government to close the camp"), ("Amnesty", "holds 400 people")]),
    ('"We are not leaving," says Rosa Vik, who runs a bakery. "This is our street."\nSergeant '
     "Tom Dahl told reporters that two men had been charged.",
     [("Rosa Vik", "We are not leaving"), ("Rosa Vik", "This is our street"),
      ("Sergeant Tom Dahl", "two men had been charged")]),
]


def _short(text: str) -> Short:
    return [(f[0], f[1], f[2]) for f in figures(text)]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_MEMBERS + CASUALTY_LOOKALIKES)
def test_casualty_probe(text: str, expected: Short) -> None:
    assert _short(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_member(text: str, expected: tuple[str, str]) -> None:
    assert expected in statement_words(text)


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalike(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


def test_quote_before_a_paragraph_is_not_the_next_speakers() -> None:
    assert not [s for s in statement_words(_FEATURE)
                if s[0] == "Inspector Anna Holm" and s[1].startswith("Who would")]
