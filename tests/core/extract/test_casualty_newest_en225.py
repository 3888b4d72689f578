"""English probes, round en225 (issue 11): one more person told by an ordinal and taken to
hospital, and an age told at another time in commas; things and money that look like people,
and a military post holding its garrison; parts of a count told after it (the whole opened by
"Of the 163,", minors, a bare count sleeping somewhere after a flight, people still in
hospital after a toll); a prison's inmate moved between prisons.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

Want = list[tuple[str, str, int]]

# One more person by an ordinal after the killed or wounded just counted, taken to hospital;
# an age "then 14" or "now 19" set off by commas before the verb.
ORDINAL_ONE_MORE = [
    ("Villagers beat two men to death on Sunday, police said. A third man was rescued by "
     "officers and taken to hospital.",
     [("beat two men to death", "killed", 2),
      ("A third man was rescued by officers and taken to hospital", "wounded", 1)]),
    ("The bodies of four men were found on Monday near a farm outside Tarvo, police said. "
     "A fifth man found in the ditch was alive and was taken to hospital.",
     [("bodies of four men", "killed", 4),
      ("A fifth man found in the ditch was alive and was taken to hospital", "wounded", 1)]),
    ("Gunmen shot dead three guards at the mine. A fourth guard was airlifted to a hospital "
     "in the capital.",
     [("shot dead three guards", "killed", 3),
      ("A fourth guard was airlifted to a hospital", "wounded", 1)]),
    ("Two shopkeepers were stabbed to death in the market in Oreva. A third shopkeeper was "
     "rushed to hospital with cuts.",
     [("Two shopkeepers were stabbed to death", "killed", 2),
      ("A third shopkeeper was rushed to hospital with cuts", "wounded", 1)]),
    ("Two boys were killed by police in Kessa in 2021. A third boy, then 14, was wounded in "
     "the leg and survived.",
     [("Two boys were killed", "killed", 2), ("A third boy", "wounded", 1)]),
    ("A girl, then 9, was abducted from the school in Lorvak.", [("A girl", "captured", 1)]),
    ("Two sisters, now 19, were wounded in the attack.", [("Two sisters", "wounded", 2)]),
]

ORDINAL_NOT_ONE_MORE = [
    # after arrests, a hospital says no harm of the attack
    ("Two men were arrested. A third man was taken to hospital.",
     [("Two men were arrested", "arrested", 2)]),
    ("A third man was taken to hospital.", []),
    # not the next number
    ("Two men were killed on Monday. A fourth man was rescued and taken to hospital.",
     [("Two men were killed", "killed", 2)]),
    # a share of a whole, or a thing
    ("Two men were killed. A third of the residents were wounded.",
     [("Two men were killed", "killed", 2)]),
    ("Two men were killed. A quarter of the residents were taken to hospital.",
     [("Two men were killed", "killed", 2)]),
    ("Two men were killed. A third attack on the town left residents taken to hospital.",
     [("Two men were killed", "killed", 2)]),
    ("Two girls, then 12, later said they were afraid.", []),
]


@pytest.mark.parametrize(("text", "want"), ORDINAL_ONE_MORE + ORDINAL_NOT_ONE_MORE)
def test_ordinal_one_more(text: str, want: Want) -> None:
    assert short_figures(text) == want


# Vehicles, arms and money are no captives; a military post holds its own troops.
THINGS_NOT_CAPTIVES = [
    "The attackers took four armoured personnel carriers and two trucks.",
    "The gunmen seized four armoured personnel carriers.",
    "Rebels took two helicopters and three rocket launchers from the base.",
    "The bank released 40 million yuan.",
    "The ministry had released 4.8 billion rupees for the police.",
    "The base, on a hill above the river, was built in 2019 and holds about 200 soldiers.",
    "The outpost was set up last year and now holds about 60 troops.",
    "The base holds about 200 soldiers.",
    "The army camp near Tarvo was expanded in May and holds 1,500 soldiers.",
]


@pytest.mark.parametrize("text", THINGS_NOT_CAPTIVES)
def test_things_and_garrisons_not_captives(text: str) -> None:
    assert short_figures(text) == []


# People carried by the same nouns, and captors who hold troops, keep their readings.
PEOPLE_KEPT = [
    ("Gunmen killed two mail carriers.", [("killed two mail carriers", "killed", 2)]),
    ("The base was overrun and the rebels hold 20 soldiers.",
     [("hold 20 soldiers", "captured", 20)]),
    ("The militants overran the base and are holding 30 soldiers.",
     [("holding 30 soldiers", "captured", 30)]),
    ("Gunmen stormed the base and hold 20 soldiers.", [("hold 20 soldiers", "captured", 20)]),
    ("Kidnappers demanded 2 million rupees for the release of two engineers.",
     [("release of two engineers", "captured", 2)]),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE_KEPT)
def test_people_and_captors_kept(text: str, want: Want) -> None:
    assert short_figures(text) == want


# Parts of a count told after it.
PARTS_AFTER = [
    # the whole opened by "Of the 120," is no figure of the part's verb
    ("The group counted 120 killings last year. Of the 120, 40 were killed in Tarvo "
     "province alone.",
     [("120 killings", "killed", 120), ("40 were killed", "killed", 40)]),
    ("Of the 120, 40 were killed in Tarvo province.", [("40 were killed", "killed", 40)]),
    ("Of these 35, 12 were abducted from their homes.",
     [("12 were abducted", "captured", 12)]),
    # minors, by an age bound, as "were children"
    ("Police killed 120 people last year. At least nine were under 18.",
     [("killed 120 people", "killed", 120), ("At least nine were under 18", "killed", 9)]),
    ("Police killed 120 people last year. At least nine were aged under 18.",
     [("killed 120 people", "killed", 120),
      ("At least nine were aged under 18", "killed", 9)]),
    ("Gunmen abducted 40 pupils from the school; 12 were younger than 15.",
     [("abducted 40 pupils", "captured", 40), ("12 were younger than 15", "captured", 12)]),
    # a bare count of the displaced sleeping somewhere now
    ("About 3,000 people fled the villages towards Kessa town. Most are staying with "
     "relatives; about 500 are sleeping in a school.",
     [("About 3,000 people fled", "displaced", 3000),
      ("about 500 are sleeping", "displaced", 500)]),
    ("Some 12,000 villagers have been displaced by the fighting. Around 2,000 are now "
     "sleeping in the open near the market.",
     [("Some 12,000 villagers have been displaced", "displaced", 12000),
      ("Around 2,000 are now sleeping", "displaced", 2000)]),
    ("Thousands fled the shelling on Monday. About 800 are still sleeping in the mosque, "
     "officials said.",
     [("About 800 are still sleeping", "displaced", 800)]),
    ("About 3,000 people fled the villages. About 500 are sleeping in a school.",
     [("About 3,000 people fled", "displaced", 3000),
      ("About 500 are sleeping", "displaced", 500)]),
    # people still in hospital after a toll, more than its count
    ("The death toll has risen to five. A 20-year-old man died overnight. Fifteen people are "
     "still in hospital, two of them in intensive care.",
     [("death toll has risen to five", "killed", 5), ("A 20-year-old man died", "killed", 1),
      ("Fifteen people are still in hospital", "wounded", 15),
      ("two of them", "wounded", 2)]),
    ("Five people were killed in the shooting. Fifteen people remain in hospital.",
     [("Five people were killed", "killed", 5),
      ("Fifteen people remain in hospital", "wounded", 15)]),
    ("Three students were shot dead on the campus. Nine people remain hospitalised, police "
     "said.",
     [("Three students were shot dead", "killed", 3),
      ("Nine people remain hospitalised", "wounded", 9)]),
    ("The toll from the bar shooting rose to four on Sunday. Eleven people remain in "
     "hospital, three of them in a critical condition.",
     [("toll from the bar shooting rose to four", "killed", 4),
      ("Eleven people remain in hospital", "wounded", 11), ("three of them", "wounded", 3)]),
]

PARTS_NOT = [
    ("Of the 120 killed, 40 were children.", [("120 killed", "killed", 120),
                                              ("40", "killed", 40)]),
    ("Police killed 120 people last year. Nine were aged 20.",
     [("killed 120 people", "killed", 120)]),
    ("Police killed 120 people last year. Nine were over 60.",
     [("killed 120 people", "killed", 120)]),
    ("Police killed 120 people last year. Nine were under fire.",
     [("killed 120 people", "killed", 120)]),
    ("Police killed 120 people last year. At least 130 were under 18.",
     [("killed 120 people", "killed", 120)]),
    ("About 3,000 people fled the villages. About 1,200 people are sleeping in the open.",
     [("About 3,000 people fled", "displaced", 3000)]),
    ("About 3,000 people fled the villages. Forty families were sleeping in the church.",
     [("About 3,000 people fled", "displaced", 3000)]),
    ("About 500 are sleeping in a school.", []),
    ("The festival drew big crowds. About 500 are sleeping in tents at the site.", []),
    ("Fifteen people are still in hospital after eating at the fair.", []),
    ("Two men were arrested. Fifteen people remain in hospital.",
     [("Two men were arrested", "arrested", 2)]),
    ("Five people were killed in the shooting. Four nurses remain in hospital to care for "
     "them.", [("Five people were killed", "killed", 5)]),
]


@pytest.mark.parametrize(("text", "want"), PARTS_AFTER + PARTS_NOT)
def test_parts_told_after(text: str, want: Want) -> None:
    assert short_figures(text) == want


# A prison's inmate moved between prisons is no arrest; detentions and releases stay.
INMATES = [
    ("On Friday morning, a gang leader held in Kessa's prison complex was flown to a "
     "maximum-security prison in another province.", []),
    ("A gang leader held in the city jail was moved to another prison on Friday.", []),
    ("Police said a man held in the central prison had been transferred.", []),
    ("A militia commander held at Oreva prison was later transferred to the capital.", []),
    ("Two journalists held in Evin prison were freed on Monday.",
     [("Two journalists held in Evin prison were freed", "captured", 2)]),
    ("Police held a gang leader in the city jail.",
     [("held a gang leader", "arrested", 1)]),
    ("163 migrants held at the detention centre were moved to another site.",
     [("163 migrants held at the detention centre", "arrested", 163)]),
    ("Gunmen abducted a guard in the prison and moved him to a camp.",
     [("abducted a guard", "captured", 1)]),
]


@pytest.mark.parametrize(("text", "want"), INMATES)
def test_inmate_moved(text: str, want: Want) -> None:
    assert short_figures(text) == want
