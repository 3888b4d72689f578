"""Casualty forms of issue 11, fourth round, in styles the earlier rounds left out:
South Asian press ("martyred", "succumbed to injuries", "sustained bullet injuries"),
Nigerian and Sahel papers (bandits, herders, abductions), translated Ukrainian and
Russian bulletins, Latin American and Gulf copy, NGO and UN tallies, police blotters,
live blogs with bare clock times, and title-case headlines with several figures.

Each case asserts the exact span, outcome, counts, qualifier and group of every figure,
following the corpus rules (shared/corpus/README.md): sub-groups are figures of their
own, a number shared by two outcomes is none. Sentences are fictional.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import Figure, figures


@pytest.mark.parametrize(("text", "expected"), [
    ("Two soldiers embraced martyrdom in an exchange of fire, the ISPR said.",
     [("Two soldiers embraced martyrdom", "killed", 2, None, "exact", "soldiers")]),
    ("Three soldiers were martyred and five others injured in the attack.",
     [("Three soldiers were martyred", "killed", 3, None, "exact", "soldiers"),
      ("five others injured", "wounded", 5, None, "exact", "others")]),
    ("A policeman was martyred when terrorists opened fire on a checkpost.",
     [("A policeman was martyred", "killed", 1, None, "exact", "policeman")]),
    ("Four people succumbed to injuries at the hospital.",
     [("Four people succumbed to injuries", "killed", 4, None, "exact", "people")]),
    ("Two persons sustained bullet injuries and were shifted to hospital.",
     [("Two persons sustained bullet injuries", "wounded", 2, None, "exact", "persons")]),
    ("Seven persons, including two women, were injured in the blast.",
     [("Seven persons", "wounded", 7, None, "exact", "persons"),
      ("including two women", "wounded", 2, None, "exact", "women")]),
    ("The death toll has risen to 17 with 23 others injured.",
     [("death toll has risen to 17", "killed", 17, None, "exact", None),
      ("23 others injured", "wounded", 23, None, "exact", "others")]),
    ("Unidentified gunmen on Tuesday shot dead a police constable and injured two others.",
     [("shot dead a police constable", "killed", 1, None, "exact", "police constable"),
      ("injured two others", "wounded", 2, None, "exact", "others")]),
    ("Two jawans were martyred in the shelling.",
     [("Two jawans were martyred", "killed", 2, None, "exact", "jawans")]),
    ("The number of the martyrs has risen to 19.",
     [("number of the martyrs has risen to 19", "killed", 19, None, "exact", None)]),
    ("Relatives received the bodies of 12 martyrs.",
     [("bodies of 12 martyrs", "killed", 12, None, "exact", "martyrs")]),
    ("Six terrorists were sent to hell in the operation, the ISPR said.",
     [("Six terrorists were sent to hell", "killed", 6, None, "exact", "terrorists")]),
    ("Pakistan: 7 soldiers martyred, 3 injured in IED blast",
     [("7 soldiers martyred", "killed", 7, None, "exact", "soldiers"),
      ("3 injured", "wounded", 3, None, "exact", None)]),
    ("At 1930 hours, terrorists opened fire on a check post, martyring 2 soldiers.",
     [("martyring 2 soldiers", "killed", 2, None, "exact", "soldiers")]),
    ("A mob lynched two men accused of blasphemy.",
     [("lynched two men", "killed", 2, None, "exact", "men")]),
    ("The police said 8 suspects had been taken into custody.",
     [("8 suspects had been taken into custody", "arrested", 8, None, "exact", "suspects")]),
    ("Security forces apprehended 4 militants.",
     [("apprehended 4 militants", "arrested", 4, None, "exact", "militants")]),
    ("2 cops among 5 hurt in grenade attack",
     [("2 cops", "wounded", 2, None, "exact", "cops"),
      ("5 hurt", "wounded", 5, None, "exact", None)]),
    ("The martyrs of 1971 were remembered.", []),
    # "embraced" without martyrdom is no death
    ("The elders embraced 3 returning fighters.", []),
])
def test_south_asian_press(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bandits abducted 30 passengers along the Kaduna-Abuja road.",
     [("abducted 30 passengers", "captured", 30, None, "exact", "passengers")]),
    ("Herders killed 12 farmers in Benue state.",
     [("killed 12 farmers", "killed", 12, None, "exact", "farmers")]),
    ("Gunmen shot dead 9 worshippers at a mosque.",
     [("shot dead 9 worshippers", "killed", 9, None, "exact", "worshippers")]),
    ("The attackers killed 12 and injured 30 others.",
     [("killed 12", "killed", 12, None, "exact", None),
      ("injured 30 others", "wounded", 30, None, "exact", "others")]),
    ("The gunmen are holding 15 hostages in the forest.",
     [("holding 15 hostages", "captured", 15, None, "exact", "hostages")]),
    ("The 12 captives were released on Friday.",
     [("12 captives", "captured", 12, None, "exact", "captives")]),
    ("Two vigilantes received gunshot wounds.",
     [("Two vigilantes received gunshot wounds", "wounded", 2, None, "exact", "vigilantes")]),
    ("Five people were left wounded after the raid.",
     [("Five people were left wounded", "wounded", 5, None, "exact", "people")]),
    ("A suicide bomber blew himself up near a police van, killing three officers.",
     [("bomber blew himself up", "killed", 1, None, "exact", "bomber"),
      ("killing three officers", "killed", 3, None, "exact", "officers")]),
    ("A female suicide bomber blew herself up at the market in Konduga.",
     [("bomber blew herself up", "killed", 1, None, "exact", "bomber")]),
    ("Al-Shabaab fighters kidnapped 6 aid workers in Gedo region.",
     [("kidnapped 6 aid workers", "captured", 6, None, "exact", "aid workers")]),
    ("At least 40 people, including 12 children, were killed in the attack.",
     [("At least 40 people", "killed", 40, None, "at_least", "people"),
      ("including 12 children", "killed", 12, None, "exact", "children")]),
    # a relative clause between the victims and their predicate
    ("Four civilians fleeing the fighting were killed.",
     [("Four civilians", "killed", 4, None, "exact", "civilians")]),
    ("Four civilians who were fleeing the fighting were killed.",
     [("Four civilians", "killed", 4, None, "exact", "civilians")]),
    ("Twelve bodies bearing gunshot wounds were found dumped near the highway.",
     [("Twelve bodies", "killed", 12, None, "exact", "bodies")]),
    ("Two men carrying weapons were arrested at the checkpoint.",
     [("Two men", "arrested", 2, None, "exact", "men")]),
    ("Five soldiers guarding the bridge were not hurt.", []),
    ("Ten people waiting for aid were killed or wounded.", []),
    ("Some 3,000 families were forced to flee their homes.",
     [("Some 3,000 families were forced to flee their homes", "displaced", 3000, None,
       "about", "families")]),
    # a headline drops the verb before "among"
    ("Five Soldiers Among 9 Dead In Sahel Ambush",
     [("Five Soldiers", "killed", 5, None, "exact", "Soldiers"),
      ("9 Dead", "killed", 9, None, "exact", None)]),
    # an attacker who blew himself up is dead too; bombers with a count are counted
    ("The attacker blew himself up, killing 6.",
     [("attacker blew himself up", "killed", 1, None, "exact", "attacker"),
      ("killing 6", "killed", 6, None, "exact", None)]),
    ("Two suicide bombers blew themselves up at a market, killing 15.",
     [("Two suicide bombers blew themselves up", "killed", 2, None, "exact",
       "suicide bombers"),
      ("killing 15", "killed", 15, None, "exact", None)]),
    # one bomber, one figure (the count and the bomber rule gave it twice); the blade's
    # active is a wound of its own (round en114, en-63 "stabbed two security guards")
    ("A bomber killed himself after stabbing 3 people.",
     [("A bomber killed", "killed", 1, None, "exact", "bomber"),
      ("stabbing 3 people", "wounded", 3, None, "exact", "people")]),
    ("The attackers fled after the blast.", []),
    # one number for two outcomes cannot be split
    ("The attack left 14 people dead or injured.", []),
    ("At least 20 people were killed or injured in the blast.", []),
    ("The raid killed or injured 14 villagers.", []),
    ("Twelve civilians were killed or wounded.", []),
])
def test_african_papers(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("As a result of the shelling, two civilians were killed and five more were injured.",
     [("two civilians were killed", "killed", 2, None, "exact", "civilians"),
      ("five more were injured", "wounded", 5, None, "exact", None)]),
    ("Russian strikes kill 4, injure 11 in Kharkiv region",
     [("kill 4", "killed", 4, None, "exact", None),
      ("injure 11", "wounded", 11, None, "exact", None)]),
    ("Two Policemen, Three Civilians Killed As Bandits Attack Katsina Community",
     [("Two Policemen", "killed", 2, None, "exact", "Policemen"),
      ("Three Civilians Killed", "killed", 3, None, "exact", "Civilians")]),
    ("3 Soldiers Killed, 5 Wounded In Borno Ambush",
     [("3 Soldiers Killed", "killed", 3, None, "exact", "Soldiers"),
      ("5 Wounded", "wounded", 5, None, "exact", None)]),
    ("Gunmen Kill 7, Abduct 20 In Zamfara",
     [("Kill 7", "killed", 7, None, "exact", None),
      ("Abduct 20", "captured", 20, None, "exact", None)]),
    ("Two Killed, Dozens Injured As Drones Hit Odesa",
     [("Two Killed", "killed", 2, None, "exact", None),
      ("Dozens Injured", "wounded", 24, None, "vague", None)]),
    ("One person was killed and three were wounded, the governor wrote on Telegram.",
     [("One person was killed", "killed", 1, None, "exact", "person"),
      ("three were wounded", "wounded", 3, None, "exact", None)]),
    ("Boko Haram Kills 8 Soldiers, Injures 15 In Borno",
     [("Kills 8 Soldiers", "killed", 8, None, "exact", "Soldiers"),
      ("Injures 15", "wounded", 15, None, "exact", None)]),
    ("7 Dead, Over 30 Injured As Gunmen Attack Plateau Community",
     [("7 Dead", "killed", 7, None, "exact", None),
      ("Over 30 Injured", "wounded", 30, None, "more_than", None)]),
    ("Bandits Kill 23, Abduct Dozens In Zamfara Villages",
     [("Kill 23", "killed", 23, None, "exact", None),
      ("Abduct Dozens", "captured", 24, None, "vague", None)]),
    ("Two Journalists Among 15 Killed In Gaza Strikes",
     [("Two Journalists", "killed", 2, None, "exact", "Journalists"),
      ("15 Killed", "killed", 15, None, "exact", None)]),
    ("Twin Blasts Leave 14 Dead In Maiduguri",
     [("14 Dead", "killed", 14, None, "exact", None)]),
    ("Air defences shot down 21 of 25 drones overnight.", []),
    # an age that lost its hyphens is no count
    ("As a result of the attack a private house was destroyed and a 45 year old woman was "
     "injured",
     [("a 45 year old woman was injured", "wounded", 1, None, "exact", "45 year old woman")]),
    ("Two 20 year old men were arrested.",
     [("Two 20 year old men were arrested", "arrested", 2, None, "exact", "20 year old men")]),
])
def test_translated_bulletins_and_headlines(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Armed men murdered 7 members of a family in Guanajuato.",
     [("murdered 7 members of a family", "killed", 7, None, "exact", "members of a family")]),
    # the count after "members of" counts families, not victims
    ("Seven members of one family were killed.",
     [("Seven members of one family were killed", "killed", 7, None, "exact",
       "members of one family")]),
    ("Seven members of one family, among them four children, were killed.",
     [("Seven members of one family", "killed", 7, None, "exact", "members of one family"),
      ("among them four children", "killed", 4, None, "exact", "children")]),
    ("Five members of the same family were abducted on Sunday.",
     [("Five members of the same family were abducted", "captured", 5, None, "exact",
       "members of the same family")]),
    ("The bodies of 11 people were found in a clandestine grave.",
     [("bodies of 11 people", "killed", 11, None, "exact", "people")]),
    ("So far this year, 15 social leaders have been murdered.",
     [("15 social leaders have been murdered", "killed", 15, None, "exact",
       "social leaders")]),
    ("Two Emirati servicemen were martyred while performing their national duty.",
     [("Two Emirati servicemen were martyred", "killed", 2, None, "exact",
       "Emirati servicemen")]),
    ("Saudi air defences intercepted 3 drones launched towards Jazan.", []),
    # the disappeared are missing
    ("The relatives of the 43 disappeared students demanded justice.",
     [("43 disappeared students", "missing", 43, None, "exact", "disappeared students")]),
    ("Six men were forcibly disappeared.",
     [("Six men were forcibly disappeared", "missing", 6, None, "exact", "men")]),
    ("Two activists disappeared after the protest.",
     [("Two activists disappeared", "missing", 2, None, "exact", "activists")]),
    ("The threat disappeared after 2 days.", []),
])
def test_latin_american_and_gulf(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Since the start of the year, 1,230 civilians have been killed and 2,410 injured.",
     [("1,230 civilians have been killed", "killed", 1230, None, "exact", "civilians"),
      ("2,410 injured", "wounded", 2410, None, "exact", None)]),
    ("Over 200,000 people have been displaced since mid-April.",
     [("Over 200,000 people have been displaced", "displaced", 200000, None, "more_than",
       "people")]),
    ("The number of internally displaced persons has reached 1.8 million.",
     [("number of internally displaced persons has reached 1.8 million", "displaced",
       1800000, None, "exact", None)]),
    ("The mission verified the deaths of 58 civilians, including 9 children.",
     [("deaths of 58 civilians", "killed", 58, None, "exact", "civilians"),
      ("including 9 children", "killed", 9, None, "exact", "children")]),
    # the wounded named by a list after them, as the dead already were
    ("Among the injured were 4 policemen.",
     [("injured were 4 policemen", "wounded", 4, None, "exact", "policemen")]),
    ("The wounded included 6 children.",
     [("wounded included 6 children", "wounded", 6, None, "exact", "children")]),
    ("The injured were taken to hospital.", []),
])
def test_ngo_and_un_tallies(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police arrested 14 suspects after the riot.",
     [("arrested 14 suspects", "arrested", 14, None, "exact", "suspects")]),
    ("Three men were sentenced to death for the bombing.", []),
    ("The court acquitted 12 defendants.", []),
    ("Officers detained 5 people at a checkpoint on Route 4.",
     [("detained 5 people", "arrested", 5, None, "exact", "people")]),
    ("A 34-year-old man was shot dead outside his home.",
     [("A 34-year-old man was shot dead", "killed", 1, None, "exact", "34-year-old man")]),
])
def test_police_blotter(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare clock time opening a live-blog entry is no count.
    ("1430: Two more bodies have been recovered from the rubble.",
     [("Two more bodies", "killed", 2, None, "exact", "bodies")]),
    ("0915 Rescuers say 4 people are still missing.",
     [("4 people are still missing", "missing", 4, None, "exact", "people")]),
    ("At 2330 hours militants fired on the post, wounding 2 soldiers.",
     [("wounding 2 soldiers", "wounded", 2, None, "exact", "soldiers")]),
    ("The bandits struck at 130 am and abducted 8 villagers.",
     [("abducted 8 villagers", "captured", 8, None, "exact", "villagers")]),
    # a clock with a dot is no count either; a fraction counts people only with "million"
    ("08.30 GMT Two people have been killed in Kherson, the regional governor says.",
     [("Two people have been killed", "killed", 2, None, "exact", "people")]),
    ("About 2.5 million refugees fled their homes.",
     [("About 2.5 million refugees fled their homes", "displaced", 2500000, None, "about",
       "refugees")]),
    ("At 0600 hrs 2 civilians were killed by shelling.",
     [("2 civilians were killed", "killed", 2, None, "exact", "civilians")]),
])
def test_live_blog_clock_times(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected
