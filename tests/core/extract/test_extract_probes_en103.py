"""Probes of the hundred-and-third English round (issue 11): the fifty-fourth set's injuries
and other casualty misses.

Injuries told as news copy tells that people were hurt (en-54): the passive of the blade's
verb ("A police officer was stabbed", "two people were stabbed"); an injury named by the
body part it struck ("suffered a hand injury", "a head injury", "a cut to his hand"); the
care the injuries needed ("needed hospital treatment for their injuries"); fingers or a
hand lost ("lost two fingers"); harms the people had ("had cuts and bruises", "had a broken
jaw"); a bone broken told by "whose" ("a 16-year-old boy whose leg was broken"); where the
hurt are ("Two were still being treated in hospital", "is in intensive care"). The value a
figure replaced after a run of place and time phrases ("injured in knife attacks in the
capital area in 2025, up from six the year before", en-54; "up from" is read on en-12,
en-27, en-37 to en-45, en-51, en-52 within 50 characters).

Statements: a feud heads a relative after a set-off "in" as fighting does ("..., police
said, in what officers described as a revenge attack tied to a feud that began ...", en-54;
"..., the army said, in fighting that also left three soldiers dead", en-18).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

FIGURE_MEMBERS: list[tuple[str, tuple]] = [
    # the passive of the blade's verb
    ("A guard was stabbed in the neck during a check at the Kessa depot on Friday.",
     ("A guard was stabbed", "wounded", 1, None, "exact", "guard")),
    ("Police said two people were stabbed at a bar in the northern town of Tala.",
     ("two people were stabbed", "wounded", 2, None, "exact", "people")),
    ("A 19-year-old student was stabbed outside a nightclub in Kessa.",
     ("A 19-year-old student was stabbed", "wounded", 1, None, "exact", "19-year-old student")),
    ("Three men were knifed in a brawl at the port.",
     ("Three men were knifed", "wounded", 3, None, "exact", "men")),
    # ... and a stabbing its victim died of, "and died" in the same clause
    ("A man was stabbed five times and died in the ambulance.",
     ("A man was stabbed five times and died", "killed", 1, None, "exact", "man")),
    # an injury named by the body part it struck, or a cut to it
    ("One officer suffered a hand injury, a spokesman said.",
     ("One officer suffered a hand injury", "wounded", 1, None, "exact", "officer")),
    ("A guard suffered a head injury when the crowd charged.",
     ("A guard suffered a head injury", "wounded", 1, None, "exact", "guard")),
    ("Two officers sustained leg injuries during the clashes.",
     ("Two officers sustained leg injuries", "wounded", 2, None, "exact", "officers")),
    ("A doorman suffered a cut to his hand as he disarmed the attacker.",
     ("A doorman suffered a cut to his hand", "wounded", 1, None, "exact", "doorman")),
    # the care the injuries needed
    ("Three of the workers needed hospital treatment for their injuries.",
     ("Three of the workers needed hospital treatment for their injuries", "wounded", 3,
      None, "exact", "the workers")),
    ("Four passengers required medical treatment for injuries after the bus was stoned.",
     ("Four passengers required medical treatment for injuries", "wounded", 4, None,
      "exact", "passengers")),
    # fingers or a hand lost
    ("One man, a 40-year-old farmer, lost two fingers when the grenade went off.",
     ("One man", "wounded", 1, None, "exact", "man")),
    ("A boy lost a hand in the blast at the market.",
     ("A boy lost a hand", "wounded", 1, None, "exact", "boy")),
    # harms the people had
    ("Doctors said several of the men had cuts and bruises.",
     ("several of the men had cuts and bruises", "wounded", 3, None, "vague", "the men")),
    ("Staff said one man had a broken jaw.",
     ("one man had a broken jaw", "wounded", 1, None, "exact", "man")),
    ("Three prisoners had broken ribs after the beating, the lawyer said.",
     ("Three prisoners had broken ribs", "wounded", 3, None, "exact", "prisoners")),
    # a bone broken, told by "whose"
    ("A 15-year-old girl whose arm was broken by a baton was taken to the clinic.",
     ("A 15-year-old girl whose arm was broken", "wounded", 1, None, "exact",
      "15-year-old girl")),
    ("Two men whose legs were broken in the attack are in hospital.",
     ("Two men whose legs were broken", "wounded", 2, None, "exact", "men")),
    # where the hurt are
    ("Two were still being treated in hospital on Wednesday.",
     ("Two were still being treated in hospital", "wounded", 2, None, "exact", None)),
    ("One protester is in intensive care after being struck by a truck.",
     ("One protester is in intensive care", "wounded", 1, None, "exact", "protester")),
    ("Two protesters are in intensive care, the hospital said.",
     ("Two protesters are in intensive care", "wounded", 2, None, "exact", "protesters")),
    # the value a figure replaced, after where and when
    ("Figures show that 14 people were injured in knife attacks in the capital area in "
     "2025, up from six the year before.",
     ("up from six", "wounded", 6, None, "exact", None)),
]

FIGURE_LOOKALIKES: list[tuple[str, str]] = [
    # the passive of other verbs: a proposal shot down, a team beaten, beating alone
    ("The proposal was shot down by two ministers.", "ministers"),
    ("Kessa were beaten 3-1 by Tala on Sunday.", "Kessa"),
    ("Two men were beaten by police officers, the lawyer said.", "Two men"),
    # a plot's present: a film's stabbing
    ("In the film, two men are stabbed in a bar by a stranger.", "two men"),
    ("The film opens as a young woman is stabbed in a lift.", "young woman"),
    # "slashed" was left out of the blade's passives: jobs and budgets are slashed
    ("About 200 jobs were slashed at the plant.", "jobs"),
    # a metaphor's blade and a film's stabbing are still stabbings told of people; these
    # name none
    ("The party was stabbed in the back by its allies.", "party"),
    # treated of data, a bridge in critical condition, a ceasefire broken, seats lost
    ("The figures were treated in hospital statistics as one group.", "figures"),
    ("Two bridges are in critical condition, engineers said.", "bridges"),
    ("A ceasefire whose terms were broken twice is over.", "ceasefire"),
    ("The party lost two seats in the vote.", "two seats"),
    ("The man whose window was broken said nothing.", "The man"),
    # care for another illness
    ("Several others needed hospital treatment for malnutrition.", "Several"),
    # cuts to a budget, a broken promise, the dead's bones
    ("The ministry had cuts to its budget.", "ministry"),
    ("Two of the bodies had broken bones.", "had broken"),
    # a clause of its own between a figure and "up from": the old value is another's
    ("Police say 14 people were injured in a district that now has more police stations "
     "in its centre, up from six.", "up from six"),
]

# Read on both: the people's own verb after a relative clause keeps the death (round en102),
# the blade's participle inside the clause notwithstanding.
FIGURE_KEPT: list[tuple[str, tuple]] = [
    ("A 19-year-old man who was stabbed near the market died on Monday.",
     ("A 19-year-old man who was stabbed near the market died", "killed", 1, None, "exact",
      "19-year-old man")),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS + FIGURE_KEPT)
def test_figure_members(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "word"), FIGURE_LOOKALIKES)
def test_figure_lookalikes(text: str, word: str) -> None:
    found = figures(text)
    assert not any(word in f[0] for f in found), found


STATEMENT_MEMBERS: list[tuple[str, tuple[str | None, str]]] = [
    ("Gunmen shot dead two cousins outside Tala on Monday, police said, in a blood feud "
     "that began in the 1990s.",
     ("police", "Gunmen shot dead two cousins outside Tala on Monday")),
    ("Two farmers were killed near Kessa, the governor said, in a vendetta that started "
     "over grazing land.",
     ("the governor", "Two farmers were killed near Kessa")),
]

STATEMENT_LOOKALIKES: list[tuple[str, tuple[str | None, str]]] = [
    # "that" after the verb's own phrase, no comma: the words follow it
    ("Police said in a statement that the feud had ended.",
     ("Police", "the feud had ended")),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: tuple[str | None, str]) -> None:
    assert expected in statement_words(text)


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: tuple[str | None, str]) -> None:
    assert expected in statement_words(text)
