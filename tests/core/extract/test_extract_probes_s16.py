"""English probes, sixteenth round (issue 11): whole short reports read by all three
engines (headline, dateline, a few paragraphs, two or three speakers) in styles the
earlier rounds left out - South Asian English-language papers ("martyred", "jawans",
"miscreants", "lakh", "the ISPR said"), African outlets (Nigeria, Somalia, Sudan, the
Sahel: "residents told Reuters by phone", "said in a statement on its Telegram
channel"), Ukrainian and Russian war reporting in English (governors on Telegram, "the
General Staff said", "according to preliminary data"), Latin American copy translated
to English ("the Army denounced", "indicated that"), press releases with "Quote:" blocks
and interview transcripts ("ANCHOR:") - then single sentences for uncertain counts
("some two dozen", "nearly a hundred", "up to 40", "scores"), revised tolls with two
numbers, sub-groups, and dates against the publication date ("on the night of 3 to 4
April", "in the early hours of Sunday", "late last month", "this past Tuesday").

Every sentence is fictional and written for these tests; names and places are invented.
The publication date of every report and date probe is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report, figures, statement_words
from workbench.core.extract import extract

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = (
    # a quoted fragment inside reported words
    ("NIAMEY", "statements"),
)


# Whole short reports: (text, statements, casualty figures, dates).
REPORTS: list[tuple[str, list, list, list]] = [
    # Pakistan: a headline attributed to the military's media wing, "martyred",
    # "miscreants", the wing named three ways.
    ("Two soldiers martyred in North Waziristan attack: ISPR\n"
     "RAWALPINDI, April 9 (APP): Two soldiers were martyred and three others injured when "
     "miscreants opened fire on a check post in North Waziristan on Sunday, the ISPR said. "
     "According to the ISPR, security forces responded swiftly and killed four terrorists "
     "in the exchange of fire. The martyred soldiers included a naik from Swat, the "
     "military's media wing said.",
     [("ISPR", "Two soldiers martyred in North Waziristan attack"),
      ("the ISPR", "Two soldiers were martyred and three others injured when miscreants "
       "opened fire on a check post in North Waziristan on Sunday"),
      ("the ISPR", "security forces responded swiftly and killed four terrorists in the "
       "exchange of fire"),
      ("the military's media wing", "The martyred soldiers included a naik from Swat")],
     [("Two soldiers martyred", "killed", 2, None, "exact", "soldiers"),
      ("Two soldiers were martyred", "killed", 2, None, "exact", "soldiers"),
      ("three others injured", "wounded", 3, None, "exact", "others"),
      ("killed four terrorists", "killed", 4, None, "exact", "terrorists")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # India: jawans, an officer telling a paper, a compensation in lakh that is no count.
    ("Maoists kill 6 CRPF jawans in Sukma ambush\n"
     "RAIPUR, April 9: Six CRPF jawans were killed and four others seriously injured when "
     "Maoists ambushed a road-opening party in Sukma district on Sunday morning, police "
     "said. A senior police officer told The Hindu that the ultras had triggered an IED "
     "before opening fire. Chief Minister Rajesh Varma announced an ex gratia of Rs 10 lakh "
     "for the family of each slain jawan.",
     [("police", "Six CRPF jawans were killed and four others seriously injured when Maoists "
       "ambushed a road-opening party in Sukma district on Sunday morning"),
      ("A senior police officer", "the ultras had triggered an IED before opening fire"),
      ("Chief Minister Rajesh Varma", "an ex gratia of Rs 10 lakh for the family of each "
       "slain jawan")],
     [("kill 6 CRPF jawans", "killed", 6, None, "exact", "CRPF jawans"),
      ("Six CRPF jawans were killed", "killed", 6, None, "exact", "CRPF jawans"),
      ("four others seriously injured", "wounded", 4, None, "exact", "others")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # Afghanistan: sub-groups in the toll, then the spokesman by full name and surname.
    ("KABUL, April 9 (Pajhwok): At least 11 civilians, including three women and a child, "
     "were killed and 17 others wounded in a suicide attack in the Dasht-i-Barchi area on "
     "Saturday evening, officials said. Interior Ministry spokesman Nasrat Rahimi said the "
     "attacker had detonated his explosives near a crowd of worshippers. No group has "
     "claimed the attack, but Rahimi said Daesh militants were behind it.",
     [("officials", "At least 11 civilians, including three women and a child, were killed "
       "and 17 others wounded in a suicide attack in the Dasht-i-Barchi area on Saturday "
       "evening"),
      ("Interior Ministry spokesman Nasrat Rahimi", "the attacker had detonated his "
       "explosives near a crowd of worshippers"),
      ("Interior Ministry spokesman Nasrat Rahimi", "Daesh militants were behind it")],
     [("At least 11 civilians", "killed", 11, None, "at_least", "civilians"),
      ("including three women", "killed", 3, None, "exact", "women"),
      ("a child", "killed", 1, None, "exact", "child"),
      ("17 others wounded", "wounded", 17, None, "exact", "others")],
     [("April 9", "2017-04-09"), ("Saturday", "2017-04-08")]),
    # Nigeria: "suspected Boko Haram insurgents", "some two dozen", "scores of", a
    # resident by phone, a colonel in apposition; a clock time that is no count.
    ("MAIDUGURI, Nigeria, April 9 - Suspected Boko Haram insurgents killed some two dozen "
     "villagers and abducted scores of women in a raid on Kwari village in Borno State, "
     'residents and a local official said on Sunday. "They came on motorcycles at about 11 '
     'p.m. and started shooting," one resident, Musa Bukar, told Reuters by phone. A '
     "military spokesman, Colonel Ado Garba, said troops had pursued the attackers and "
     "rescued 14 of the captives.",
     # two sources joined by "and", one entry each (round en161)
     [("residents", "Suspected Boko Haram insurgents killed some two "
       "dozen villagers and abducted scores of women in a raid on Kwari village in Borno "
       "State"),
      ("a local official", "Suspected Boko Haram insurgents killed some two "
       "dozen villagers and abducted scores of women in a raid on Kwari village in Borno "
       "State"),
      ("Musa Bukar", "They came on motorcycles at about 11 p.m. and started shooting"),
      ("Colonel Ado Garba", "troops had pursued the attackers and rescued 14 of the "
       "captives")],
     [("killed some two dozen villagers", "killed", 24, None, "about", "villagers"),
      ("abducted scores of women", "captured", 40, None, "vague", "women"),
      ("rescued 14 of the captives", "captured", 14, None, "exact", "the captives")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # Somalia: a headline toll, "nearly 20 others", "the early hours of Sunday", and a
    # militant group's own claim on its radio.
    ("Al-Shabaab militants storm Mogadishu hotel, at least 9 dead\n"
     "MOGADISHU, April 9 (Xinhua) -- At least nine people were killed and nearly 20 others "
     "injured after Al-Shabaab militants stormed a hotel near the presidential palace late "
     "on Saturday, police said. Police officer Abdi Hassan told Xinhua that the siege ended "
     "in the early hours of Sunday when security forces shot dead the last gunman. In a "
     "statement on its Andalus radio, Al-Shabaab said its fighters had killed more than 30 "
     "people.",
     [("police", "At least nine people were killed and nearly 20 others injured after "
       "Al-Shabaab militants stormed a hotel near the presidential palace late on Saturday"),
      ("Police officer Abdi Hassan", "the siege ended in the early hours of Sunday when "
       "security forces shot dead the last gunman"),
      ("Al-Shabaab", "its fighters had killed more than 30 people")],
     [("at least 9 dead", "killed", 9, None, "at_least", None),
      ("At least nine people were killed", "killed", 9, None, "at_least", "people"),
      ("nearly 20 others injured", "wounded", 20, None, "about", "others"),
      ("killed more than 30 people", "killed", 30, None, "more_than", "people")],
     [("April 9", "2017-04-09"), ("Saturday", "2017-04-08"), ("Sunday", "2017-04-09")]),
    # Sudan: a paramilitary force's Telegram statement, a denial, a doctors' group with
    # "up to" and "over the weekend" (no date).
    ("KHARTOUM, April 9 - The paramilitary Rapid Support Forces said in a statement on its "
     "Telegram channel that its fighters had taken control of the army base in Nyala. The "
     "army denied that the base had fallen. A local doctors' group said at least 32 "
     "civilians were killed and up to 40 wounded in artillery fire on the city's central "
     "market over the weekend.",
     [("The paramilitary Rapid Support Forces", "its fighters had taken control of the army "
       "base in Nyala"),
      ("The army", "the base had fallen"),
      ("A local doctors' group", "at least 32 civilians were killed and up to 40 wounded in "
       "artillery fire on the city's central market over the weekend")],
     [("at least 32 civilians were killed", "killed", 32, None, "at_least", "civilians"),
      ("up to 40 wounded", "wounded", 40, None, "up_to", None)],
     [("April 9", "2017-04-09")]),
    # Ukraine: a governor on Telegram, a headline with two figures and its source, a
    # sub-group of the injured, "according to preliminary data" (no source).
    ("Russian drone attack kills 3, injures 11 in Kharkiv, governor says\n"
     "KYIV, April 9 - A Russian drone attack on Kharkiv overnight killed three people and "
     "injured 11 others, including two children, regional governor Oleh Hrytsenko said on "
     "Telegram on Sunday. According to preliminary data, five apartment buildings were "
     "damaged, he said. Ukraine's air force said it had shot down 21 of the 28 drones "
     "launched by Russia.",
     [("governor", "Russian drone attack kills 3, injures 11 in Kharkiv"),
      ("regional governor Oleh Hrytsenko", "A Russian drone attack on Kharkiv overnight "
       "killed three people and injured 11 others, including two children"),
      ("regional governor Oleh Hrytsenko", "According to preliminary data, five apartment "
       "buildings were damaged"),
      ("Ukraine's air force", "it had shot down 21 of the 28 drones launched by Russia")],
     [("kills 3", "killed", 3, None, "exact", None),
      ("injures 11", "wounded", 11, None, "exact", None),
      ("killed three people", "killed", 3, None, "exact", "people"),
      ("injured 11 others", "wounded", 11, None, "exact", "others"),
      ("including two children", "wounded", 2, None, "exact", "children")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # Ukraine and Russia: the General Staff's losses (killed and wounded together: no
    # figure), a Russian-installed governor in apposition, "the night of 8 to 9 April".
    ("The General Staff of Ukraine's armed forces said on Monday that Russian losses had "
     "risen to about 1,200 personnel over the past 24 hours. The Russian-installed governor "
     "of the region, Yevgeny Balitsky, said Ukrainian shelling of Vasylivka on the night of "
     "8 to 9 April had killed a woman and left two men wounded.",
     [("The General Staff of Ukraine's armed forces", "Russian losses had risen to about "
       "1,200 personnel over the past 24 hours"),
      ("Yevgeny Balitsky", "Ukrainian shelling of Vasylivka on the night of 8 to 9 April had "
       "killed a woman and left two men wounded")],
     [("killed a woman", "killed", 1, None, "exact", "woman"),
      ("two men wounded", "wounded", 2, None, "exact", "men")],
     [("Monday", "2017-04-10"), ("8", "2017-04-08"), ("9 April", "2017-04-09")]),
    # Mexico, translated: "an armed commando", "this Sunday", "among them two minors",
    # the prosecutor "indicated that", then quoted by surname.
    ("Armed commando kills 7 at party in Guanajuato\n"
     "CELAYA, Mexico, April 9 (EFE) - An armed commando burst into a family party in the "
     "municipality of Celaya in the early hours of this Sunday and killed seven people, "
     "among them two minors, the state prosecutor's office reported. The prosecutor, Carlos "
     'Zamora, indicated that the aggressors fled in two vans. "We will not allow impunity," '
     "Zamora said at a press conference.",
     [("the state prosecutor's office", "An armed commando burst into a family party in the "
       "municipality of Celaya in the early hours of this Sunday and killed seven people, "
       "among them two minors"),
      ("Carlos Zamora", "the aggressors fled in two vans"),
      ("Carlos Zamora", "We will not allow impunity")],
     [("kills 7", "killed", 7, None, "exact", None),
      ("killed seven people", "killed", 7, None, "exact", "people"),
      ("among them two minors", "killed", 2, None, "exact", "minors")],
     [("April 9", "2017-04-09"), ("this Sunday", "2017-04-09")]),
    # Colombia, translated: "the Army denounced", "assured that", "a handful of",
    # "between 200 and 300 families", "late last month".
    ("BOGOTA, April 9 - Dissidents of the former FARC guerrilla kidnapped a handful of "
     "soldiers in the department of Cauca on Saturday, the Army denounced. According to the "
     "Ombudsman's Office, between 200 and 300 families have been displaced by the fighting "
     "since late last month. The Defence Minister, Ivan Restrepo, assured that the soldiers "
     "would be released within hours.",
     [("the Army", "Dissidents of the former FARC guerrilla kidnapped a handful of soldiers "
       "in the department of Cauca on Saturday"),
      ("the Ombudsman's Office", "between 200 and 300 families have been displaced by the "
       "fighting since late last month"),
      ("Ivan Restrepo", "the soldiers would be released within hours")],
     [("kidnapped a handful of soldiers", "captured", 2, None, "vague", "soldiers"),
      ("between 200 and 300 families have been displaced", "displaced", 200, 300, "range",
       "families")],
     [("April 9", "2017-04-09"), ("Saturday", "2017-04-08"), ("late last month", "2017-03")]),
    # A press release with "Quote:" blocks; the second quote signed after a dash.
    ("PRESS RELEASE - Geneva, 9 April 2017\n"
     "Aid convoy attacked in northern Mali; two staff killed\n"
     "A convoy of the Sahel Relief Alliance was attacked near Menaka on Friday, killing two "
     "of our staff members and wounding a driver.\n"
     'Quote: "We are devastated by this senseless attack on colleagues who were there to '
     'help," said Marta Lind, the Alliance\'s country director.\n'
     'Quote: "Humanitarian workers must never be a target." - Joseph Okello, regional '
     "director",
     [("Marta Lind", "We are devastated by this senseless attack on colleagues who were "
       "there to help"),
      # (the closing full stop dropped, as for every quote)
      ("Joseph Okello", "Humanitarian workers must never be a target")],
     [("two staff killed", "killed", 2, None, "exact", "staff"),
      ("killing two of our staff members", "killed", 2, None, "exact", "our staff members"),
      ("wounding a driver", "wounded", 1, None, "exact", "driver")],
     [("9 April 2017", "2017-04-09"), ("Friday", "2017-04-07")]),
    # A television interview: the guest introduced by the anchor, then answering under
    # her surname in capitals.
    ("ANCHOR: Joining us from Goma is Dr. Aline Mbeki of the provincial health office.\n"
     "MBEKI: Since Thursday we have received more than 150 wounded, many of them children.\n"
     "ANCHOR: Is the road open?\n"
     "MBEKI: The road from Rutshuru has been closed since last Tuesday.",
     [("Dr. Aline Mbeki", "Since Thursday we have received more than 150 wounded, many of "
       "them children"),
      ("Dr. Aline Mbeki", "The road from Rutshuru has been closed since last Tuesday")],
     [("more than 150 wounded", "wounded", 150, None, "more_than", None)],
     [("Thursday", "2017-04-06"), ("last Tuesday", "2017-04-04")]),
    # A Sahel item: a toll revised with two numbers, "told AFP on condition of anonymity",
    # a junta's communique.
    ("NIAMEY, April 9 (AFP) - The toll from an attack on a military post near Tillaberi "
     "rose from 12 to 19 soldiers killed, a security source told AFP on condition of "
     "anonymity. The junta said in a communique read on state television that \"dozens of "
     "terrorists\" had been neutralised in the counter-offensive.",
     [("a security source", "The toll from an attack on a military post near Tillaberi rose "
       "from 12 to 19 soldiers killed"),
      ("The junta", "\"dozens of terrorists\" had been neutralised in the "
       "counter-offensive")],
     [("12 to 19 soldiers killed", "killed", 19, None, "exact", "soldiers"),
      # a source's quoted vague count before its verb (thirty-fifth round)
      ("\"dozens of terrorists\" had been neutralised", "killed", 24, None, "vague",
       "terrorists")],
     [("April 9", "2017-04-09")]),
    # Pakistan: "lakh" displaced people, "scores injured", the chief minister's spokesman.
    ("PESHAWAR, April 9: Nearly 1.5 lakh people have been displaced by the military "
     "operation in Kurram, the provincial disaster management authority said on Sunday. "
     "Scores of people were injured when police baton-charged protesters outside the "
     "press club, witnesses said. The chief minister's spokesman said an inquiry had been "
     "ordered.",
     [("the provincial disaster management authority", "Nearly 1.5 lakh people have been "
       "displaced by the military operation in Kurram"),
      ("witnesses", "Scores of people were injured when police baton-charged protesters "
       "outside the press club"),
      ("The chief minister's spokesman", "an inquiry had been ordered")],
     [("Nearly 1.5 lakh people have been displaced", "displaced", 150000, None, "about",
       "people"),
      ("Scores of people were injured", "wounded", 40, None, "vague", "people")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # An OCHA-style update: "nearly a hundred", a UN agency quoted through a spokesperson.
    ("Humanitarian update - South Kordofan, 9 April 2017\n"
     "Nearly a hundred civilians have been killed in the fighting since the start of the "
     "month, according to OCHA. UNICEF spokesperson Anna Lorenz told reporters in Geneva "
     "that at least 14 children were among the dead. She said aid convoys had not reached "
     "Kadugli since late March.",
     [("OCHA", "Nearly a hundred civilians have been killed in the fighting since the start "
       "of the month"),
      ("UNICEF spokesperson Anna Lorenz", "at least 14 children were among the dead"),
      ("UNICEF spokesperson Anna Lorenz", "aid convoys had not reached Kadugli since late "
       "March")],
     [("Nearly a hundred civilians have been killed", "killed", 100, None, "about",
       "civilians"),
      ("at least 14 children", "killed", 14, None, "at_least", "children")],
     [("9 April 2017", "2017-04-09"), ("late March", "2017-03")]),
    # A court report: a witness testifying, the defence, a date range of the massacre.
    ("THE HAGUE, April 9 - A protected witness told the tribunal on Thursday that soldiers "
     "had executed some 40 men in a school gym between 12 and 14 July 1995. Under "
     "cross-examination, the witness said he had hidden under the bodies until nightfall. "
     "Defence counsel Pieter Maas argued that the testimony was inconsistent.",
     [("A protected witness", "soldiers had executed some 40 men in a school gym between 12 "
       "and 14 July 1995"),
      ("the witness", "he had hidden under the bodies until nightfall"),
      ("Defence counsel Pieter Maas", "the testimony was inconsistent")],
     [("executed some 40 men", "killed", 40, None, "about", "men")],
     [("April 9", "2017-04-09"), ("Thursday", "2017-04-06"),
      ("12", "1995-07-12"), ("14 July 1995", "1995-07-14")]),
    # A police blotter from a regional English-language paper.
    ("LAGOS, April 9 - Two persons were shot dead and a handful injured when armed robbers "
     "attacked a bank in Ikorodu on Saturday afternoon, the police said. Police spokesman "
     "Ben Hundeyin said three suspects had been arrested. \"Investigation is ongoing,\" "
     "Hundeyin added.",
     [("the police", "Two persons were shot dead and a handful injured when armed robbers "
       "attacked a bank in Ikorodu on Saturday afternoon"),
      ("Police spokesman Ben Hundeyin", "three suspects had been arrested"),
      ("Police spokesman Ben Hundeyin", "Investigation is ongoing")],
     [("Two persons were shot dead", "killed", 2, None, "exact", "persons"),
      ("a handful injured", "wounded", 2, None, "vague", None),
      ("three suspects had been arrested", "arrested", 3, None, "exact", "suspects")],
     [("April 9", "2017-04-09"), ("Saturday", "2017-04-08")]),
    # A live blog entry: a time stamp, the regional governor's post, a revised toll.
    ("LIVE: Strikes on Odesa\n"
     "09:42 The number of people killed in the overnight strike on Odesa has risen to 8, "
     "governor Oleh Kiper wrote on Telegram. Earlier he had reported 5 dead. Rescuers were "
     "still searching the rubble this past Tuesday for the missing.",
     [("governor Oleh Kiper", "The number of people killed in the overnight strike on Odesa "
       "has risen to 8"),
      ("governor Oleh Kiper", "5 dead")],
     [("number of people killed in the overnight strike on Odesa has risen to 8", "killed",
       8, None, "exact", None),
      ("5 dead", "killed", 5, None, "exact", None)],
     [("Tuesday", "2017-04-04")]),
]


@pytest.mark.parametrize(("text", "expected"), [(r[0], r[1]) for r in REPORTS])
def test_report_statements(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


@pytest.mark.parametrize(("text", "expected"), [(r[0], r[2]) for r in REPORTS])
def test_report_casualties(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "casualties", expected)


@pytest.mark.parametrize(("text", "expected"), [(r[0], r[3]) for r in REPORTS])
def test_report_dates(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "dates", expected)


# Single sentences: statements.
STATEMENTS: list[tuple[str, list]] = [
    ("The ISPR said in a statement that the terrorists were killed in an intelligence-based "
     "operation.",
     [("The ISPR", "the terrorists were killed in an intelligence-based operation")]),
    ("Speaking to Dawn by phone, the deputy commissioner said the curfew had been relaxed.",
     [("the deputy commissioner", "the curfew had been relaxed")]),
    ("The army spokesman was quoted by the Daily Trust as saying that the troops had "
     "repelled the attack.",
     [("the Daily Trust", "the troops had repelled the attack"),
      ("The army spokesman", "the troops had repelled the attack")]),
    ("Regional governor Vitaliy Kim said on Telegram that two people had been injured.",
     [("Regional governor Vitaliy Kim", "two people had been injured")]),
    ("The Russian Defence Ministry claimed its forces had destroyed a Ukrainian ammunition "
     "depot.",
     [("The Russian Defence Ministry", "its forces had destroyed a Ukrainian ammunition "
       "depot")]),
    ("Residents, who spoke on condition of anonymity for fear of reprisals, told Reuters by "
     "phone that the town was surrounded.",
     [("Residents", "the town was surrounded")]),
    ("A statement by the Lake Chad Basin force said its troops had cleared three camps.",
     [("the Lake Chad Basin force", "its troops had cleared three camps")]),
    ("The Attorney General's Office detailed that the victims had been shot at close range.",
     [("The Attorney General's Office", "the victims had been shot at close range")]),
]

# Single sentences: casualty figures.
CASUALTIES: list[tuple[str, list]] = [
    ("Some two dozen people were killed in the market blast.",
     [("Some two dozen people were killed", "killed", 24, None, "about", "people")]),
    ("Nearly a hundred people were injured in the stampede that followed the shooting.",
     [("Nearly a hundred people were injured", "wounded", 100, None, "about", "people")]),
    ("Up to 40 villagers are feared abducted.",
     [("Up to 40 villagers are feared abducted", "captured", 40, None, "up_to",
       "villagers")]),
    ("Three jawans were martyred and two civilians injured in the encounter.",
     [("Three jawans were martyred", "killed", 3, None, "exact", "jawans"),
      ("two civilians injured", "wounded", 2, None, "exact", "civilians")]),
    # the old value of a rise is a figure of its own, as "up from" is (round en150)
    ("The toll rose from 9 to 14 on Sunday.",
     [("toll rose from 9 to 14", "killed", 14, None, "exact", None),
      ("from 9", "killed", 9, None, "exact", None)]),
    ("Gunmen killed 12 people, including a policeman and four women.",
     [("killed 12 people", "killed", 12, None, "exact", "people"),
      ("including a policeman", "killed", 1, None, "exact", "policeman"),
      ("four women", "killed", 4, None, "exact", "women")]),
    ("Al-Shabaab militants are holding at least 7 aid workers captive.",
     [("holding at least 7 aid workers", "captured", 7, None, "at_least", "aid workers")]),
    ("The drone attack killed one person and injured 4, including a teenager.",
     [("killed one person", "killed", 1, None, "exact", "person"),
      ("injured 4", "wounded", 4, None, "exact", None),
      ("including a teenager", "wounded", 1, None, "exact", "teenager")]),
    # (round en147: bandits are people, and "neutralised" kills them as it does
    # terrorists in the gold)
    ("Between 15 and 20 bandits were neutralised, the army said.",
     [("Between 15 and 20 bandits were neutralised", "killed", 15, 20, "range", "bandits")]),
    ("The shelling began at 22:40 and lasted until 4 a.m.; 3 civilians were wounded.",
     [("3 civilians were wounded", "wounded", 3, None, "exact", "civilians")]),
    ("About 2 crore rupees was paid to the families of 26 victims.", []),
]

# Single sentences: dates, read with the publication date Monday 2017-04-10.
DATES: list[tuple[str, list]] = [
    ("The drones struck on the night of 3 to 4 April.",
     [("3", "2017-04-03"), ("4 April", "2017-04-04")]),
    ("The convoy was attacked in the early hours of Sunday.", [("Sunday", "2017-04-09")]),
    ("The raid took place this past Tuesday.", [("Tuesday", "2017-04-04")]),
    ("Fighting flared over the weekend and again earlier this month.",
     [("this month", "2017-04")]),
    ("The body was found late last month near the border.", [("late last month", "2017-03")]),
    ("The strike hit the town overnight Saturday into Sunday.",
     [("Saturday", "2017-04-08"), ("Sunday", "2017-04-09")]),
    ("The ceasefire is due to take effect on Thursday.", [("Thursday", "2017-04-13")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_statements(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "dates", expected)



# The round's rules on single sentences, and where they stop.
@pytest.mark.parametrize(("text", "expected"), [
    # "claimed" with an act as its object owns the act, and the claim is an attribution
    # whose words are the act (forty-second round); with a clause it reports the clause
    ("The Taliban claimed the attack in a statement.", [("The Taliban", "the attack")]),
    ("The army claimed the attack had been foiled.",
     [("The army", "the attack had been foiled")]),
    # "assured" and "detailed" report only before "that"
    ("The minister assured the villagers of help.", []),
    ("The ministry published detailed maps of the front.", []),
    # "one <description>, <Name>," after a quote names the speaker
    ('"We left at dawn," one resident, Musa Bukar, said.',
     [("Musa Bukar", "We left at dawn")]),
    # a colon clock opening a live blog's entry is no part of the words; inside a
    # sentence it stays
    ("14:05 Two soldiers were wounded in Kessa, the army said.",
     [("the army", "Two soldiers were wounded in Kessa")]),
    # a surname label in capitals speaks for the full name given before it; a place
    # named before stays a dateline
    ("We spoke to Omar Haddad in Homs.\nHADDAD: The bakery was hit twice last week.",
     [("Omar Haddad", "The bakery was hit twice last week")]),
    ("Fighting in Kabul.\nKABUL: Two people were killed in the city on Sunday.", []),
    # "denounced" closes a sentence as an inversion only after a comma and a source
    ("He denounced the attack.", []),
    ("Rebels burned 3 houses, the Army denounced.",
     [("the Army", "Rebels burned 3 houses")]),
])
def test_round_rules_statements(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "from N to M" is a revision only after a verb of one; elsewhere a range
    ("Between 5 and 8 people were killed, from 3 to 6 of them children.",
     [("Between 5 and 8 people were killed", "killed", 5, 8, "range", "people"),
      ("3 to 6 of them children", "killed", 3, 6, "range", "children")]),
    # lakh in money is no count
    ("The families of the 4 dead were paid Rs 5 lakh each.",
     [("4 dead", "killed", 4, None, "exact", None)]),
    # "a handful" without "of" still needs an outcome; "of our" opens a partitive
    ("Rebels seized a handful of villages.", []),
    ("Gunmen killed four of our guards.",
     [("killed four of our guards", "killed", 4, None, "exact", "our guards")]),
    # "a hundred" needs its scale word
    ("A hundred and twenty houses were destroyed.", []),
])
def test_round_rules_figures(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_round_rules_dates() -> None:
    # the first day of a span before a month takes the second day's year, when it has one
    assert [(d["text"], d["value"]) for d in extract(
        "Shelling hit the town from 2 to 5 March 2015.", "2017-04-10")["dates"]] == [
        ("2", "2015-03-02"), ("5 March 2015", "2015-03-05")]
