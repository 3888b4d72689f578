"""English probes, seventeenth round (issue 11): whole short reports read by all three
engines in styles the earlier rounds left out - English-language outlets of the Middle
East and Kurdistan ("the Kurdistan Region's counter-terrorism directorate said", "a
security source told The National", "in a statement carried by the state news agency
SPA"), Myanmar and Sahel reporting (a junta-run paper, the National Unity Government, a
resistance group on Facebook, JNIM claiming an attack), social-media attribution ("In a
post on X, ... wrote", "posted on Telegram", "said in a video message") and verbs other
than "said" (wrote, warned, insisted, acknowledged, conceded, alleged, vowed), text as
scrapers and OCR deliver it (hard line breaks in mid-sentence, a word hyphenated across
a line break, ALL-CAPS headlines, doubled spaces, curly and straight quotes mixed, a quote
whose closing mark is missing), tolls set as lists ("- Rafah: 5 killed", "Killed: 14.",
"(Updated: toll rises to 14)") and two figures for two places in one clause; then single
sentences for the same classes and for dates (ISO dates, "on Tuesday night", "the day
before", "mid-March", "the first week of June", a weekday after a dateline of another
day).

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings. The publication date of every report and date probe is Monday
2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report, engines_read, figures, statement_words

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = ()


# Whole short reports: (text, statements, casualty figures, dates).
REPORTS: list[tuple[str, list, list, list]] = [
    # Kurdistan: the region's counter-terrorism directorate in a statement, named again
    # by its head noun, then a local official telling a Kurdish outlet.
    ("Drone strike kills 2 PKK fighters near Sidakan, Kurdistan CT says\n"
     "ERBIL, Kurdistan Region, April 9 - A drone strike killed two fighters of the "
     "Kurdistan Workers' Party (PKK) and wounded three others near the town of Sidakan on "
     "Saturday night, the Kurdistan Region's counter-terrorism directorate said in a "
     "statement. The directorate said the vehicle was struck on a mountain road about 8 km "
     "from the border. A local official, Ihsan Chalabi, told Rudaw that the wounded men had "
     "been taken to hospital in Soran.",
     [("Kurdistan CT", "Drone strike kills 2 PKK fighters near Sidakan"),
      ("the Kurdistan Region's counter-terrorism directorate", "A drone strike killed two "
       "fighters of the Kurdistan Workers' Party (PKK) and wounded three others near the "
       "town of Sidakan on Saturday night"),
      ("The directorate", "the vehicle was struck on a mountain road about 8 km from the "
       "border"),
      ("Ihsan Chalabi", "the wounded men had been taken to hospital in Soran")],
     [("kills 2 PKK fighters", "killed", 2, None, "exact", "PKK fighters"),
      ("killed two fighters", "killed", 2, None, "exact", "fighters"),
      ("wounded three others", "wounded", 3, None, "exact", "others")],
     [("April 9", "2017-04-09"), ("Saturday", "2017-04-08")]),
    # The Gulf press: "a security source told The National", a dateline with "//", a
    # militia commander's denial posted on Telegram.
    ("Rocket attack on Baghdad base wounds 4, security source says\n"
     "BAGHDAD // Four Iraqi soldiers were wounded when three Katyusha rockets struck a "
     "military base near Baghdad airport late on Sunday, a security source told The "
     "National. The source, who spoke on condition of anonymity, said the rockets were "
     "fired from a field in the Radwaniyah district. A Kataib Hezbollah commander denied "
     "in a post on Telegram that the group had been involved.",
     [("security source", "Rocket attack on Baghdad base wounds 4"),
      ("a security source", "Four Iraqi soldiers were wounded when three Katyusha rockets "
       "struck a military base near Baghdad airport late on Sunday"),
      ("The source", "the rockets were fired from a field in the Radwaniyah district"),
      ("A Kataib Hezbollah commander", "the group had been involved")],
     [("wounds 4", "wounded", 4, None, "exact", None),
      ("Four Iraqi soldiers were wounded", "wounded", 4, None, "exact", "Iraqi soldiers")],
     [("Sunday", "2017-04-09")]),
    # Saudi Arabia and Yemen: a statement carried by the state news agency, the statement
    # as a speaker, a sub-group of the injured, a Houthi spokesman writing on X.
    ("Houthi drone intercepted over Khamis Mushait, coalition says\n"
     "RIYADH, April 9 - The Saudi-led coalition said in a statement carried by the state "
     "news agency SPA that its air defences had intercepted an explosive-laden drone "
     "launched towards Khamis Mushait on Sunday. Three civilians, among them a Yemeni "
     "child, were lightly injured by falling debris, the statement said. Houthi military "
     "spokesman Yahya Saree wrote on X that the group had targeted a military site in the "
     "city.",
     [("coalition", "Houthi drone intercepted over Khamis Mushait"),
      ("The Saudi-led coalition", "its air defences had intercepted an explosive-laden "
       "drone launched towards Khamis Mushait on Sunday"),
      ("the statement", "Three civilians, among them a Yemeni child, were lightly injured "
       "by falling debris"),
      ("Houthi military spokesman Yahya Saree", "the group had targeted a military site in "
       "the city")],
     [("Three civilians", "wounded", 3, None, "exact", "civilians"),
      ("among them a Yemeni child", "wounded", 1, None, "exact", "Yemeni child")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # Myanmar: an ALL-CAPS headline, the junta-run paper, the paper again, the National
    # Unity Government disputing who the dead were.
    ("MYANMAR JUNTA SAYS 12 REBELS KILLED IN SAGAING CLASH\n"
     "YANGON, April 9 - Twelve rebels were killed in a clash with security forces in "
     "Sagaing Region's Kani township on Friday, the junta-run Global New Light of Myanmar "
     "said on Sunday. The paper said two soldiers were also wounded. The National Unity "
     "Government, the shadow administration formed by ousted lawmakers, said in a "
     "statement that the dead were villagers who had fled the fighting.",
     [("MYANMAR JUNTA", "12 REBELS KILLED IN SAGAING CLASH"),
      ("the junta-run Global New Light of Myanmar", "Twelve rebels were killed in a clash "
       "with security forces in Sagaing Region's Kani township on Friday"),
      ("The paper", "two soldiers were also wounded"),
      ("The National Unity Government", "the dead were villagers who had fled the "
       "fighting")],
     [("12 REBELS KILLED", "killed", 12, None, "exact", "REBELS"),
      ("Twelve rebels were killed", "killed", 12, None, "exact", "rebels"),
      ("two soldiers were also wounded", "wounded", 2, None, "exact", "soldiers")],
     [("April 9", "2017-04-09"), ("Friday", "2017-04-07"), ("Sunday", "2017-04-09")]),
    # Myanmar: a resistance group on Facebook, the group "wrote" a quote, a junta
    # spokesman who "insisted" and "alleged".
    ("A local resistance group said on Facebook that its fighters had shot down a military "
     "drone near Mindat on Tuesday night. \"Two of our comrades were injured,\" the group "
     "wrote. A junta spokesman, Major General Zaw Min Tun, insisted that the army had "
     "suffered no losses. He alleged that the group had attacked a monastery.",
     [("A local resistance group", "its fighters had shot down a military drone near "
       "Mindat on Tuesday night"),
      ("the group", "Two of our comrades were injured"),
      ("Major General Zaw Min Tun", "the army had suffered no losses"),
      ("Major General Zaw Min Tun", "the group had attacked a monastery")],
     [("Two of our comrades were injured", "wounded", 2, None, "exact", "our comrades")],
     [("Tuesday", "2017-04-04")]),
    # Mali: two sources told AFP, the official quoted asking not to be named, JNIM
    # claiming the attack in a statement, the army acknowledging a loss "the day before".
    ("BAMAKO, April 9 (AFP) - Jihadists killed at least 20 civilians in an attack on a "
     "village in central Mali's Mopti region, a local official and a security source told "
     "AFP on Sunday. \"They arrived on motorbikes around 5 o'clock and fired on "
     "everyone,\" the official said, asking not to be named. The al-Qaeda-linked JNIM "
     "group claimed the attack in a statement. The army acknowledged that three soldiers "
     "were killed in a separate ambush the day before.",
     # two sources joined by "and", one entry each (round en161)
     [("a local official", "Jihadists killed at least 20 civilians "
       "in an attack on a village in central Mali's Mopti region"),
      ("a security source", "Jihadists killed at least 20 civilians "
       "in an attack on a village in central Mali's Mopti region"),
      ("the official", "They arrived on motorbikes around 5 o'clock and fired on "
       "everyone"),
      # a claim of an attack: the act claimed is the words (forty-second round)
      ("The al-Qaeda-linked JNIM group", "the attack"),
      ("The army", "three soldiers were killed in a separate ambush the day before")],
     [("killed at least 20 civilians", "killed", 20, None, "at_least", "civilians"),
      ("three soldiers were killed", "killed", 3, None, "exact", "soldiers")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # Lebanon: "In a post on X, the military wrote", a ministry's toll, a deputy leader
    # named in apposition "warned in a video message".
    ("In a post on X, the Israeli military wrote that it had struck a Hezbollah weapons "
     "depot in the village of Aita al-Shaab on Saturday. Lebanon's health ministry said "
     "two people were killed and five wounded in the strike. Hezbollah's deputy leader, "
     "Naim Qassem, warned in a video message that the escalation would be met with "
     "escalation.",
     [("the Israeli military", "it had struck a Hezbollah weapons depot in the village of "
       "Aita al-Shaab on Saturday"),
      ("Lebanon's health ministry", "two people were killed and five wounded in the "
       "strike"),
      ("Naim Qassem", "the escalation would be met with escalation")],
     [("two people were killed", "killed", 2, None, "exact", "people"),
      ("five wounded", "wounded", 5, None, "exact", None)],
     [("Saturday", "2017-04-08")]),
    # Scraped copy: an ALL-CAPS headline broken over lines, hard line breaks inside
    # sentences, a doubled space and a verb hyphenated across a line break.
    ("GUNMEN KILL 5 IN\nATTACK ON BUS IN\nNORTH DARFUR\n\n"
     "EL FASHER, April 9 - Gunmen  killed five passengers and wound-\ned eight others when "
     "they opened fire on a bus travelling\nfrom El Fasher to Kutum on Saturday, a local "
     "official said.\nThe official, who asked not to be named, said the gunmen had fled "
     "towards the\nmountains.",
     [("a local official", "Gunmen  killed five passengers and wound-\ned eight others when "
       "they opened fire on a bus travelling\nfrom El Fasher to Kutum on Saturday"),
      ("The official", "the gunmen had fled towards the\nmountains")],
     [("KILL 5", "killed", 5, None, "exact", None),
      ("killed five passengers", "killed", 5, None, "exact", "passengers"),
      ("wound-\ned eight others", "wounded", 8, None, "exact", "others")],
     [("April 9", "2017-04-09"), ("Saturday", "2017-04-08")]),
    # Yemen: curly and straight quotes mixed, a nurse named after his quote, an agency
    # "reported that", and a last quote whose closing mark was lost.
    ("\u201cWe buried 17 people today, among them six children,\" said Ahmed Karim, a nurse "
     "at the hospital in Taiz. The Houthi-run Saba news agency reported that 9 fighters "
     "had been killed. \"The shelling has not stopped since Friday, Karim said.",
     [("Ahmed Karim", "We buried 17 people today, among them six children"),
      ("The Houthi-run Saba news agency", "9 fighters had been killed"),
      ("Ahmed Karim", "The shelling has not stopped since Friday")],
     [("buried 17 people", "killed", 17, None, "exact", "people"),
      ("among them six children", "killed", 6, None, "exact", "children"),
      ("9 fighters had been killed", "killed", 9, None, "exact", "fighters")],
     [("today", "2017-04-10"), ("Friday", "2017-04-07")]),
    # Gaza: a headline with an update line, a toll per town set as a list, a bulletin's
    # totals.
    ("Toll of Saturday's strikes (Updated: toll rises to 14)\n"
     "GAZA, April 9 - Casualties from Saturday's air strikes, according to the health "
     "ministry:\n"
     "- Khan Younis: 6 killed, 11 wounded\n"
     "- Rafah: 5 killed, among them two women\n"
     "- Deir al-Balah: 3 killed\n"
     "Killed: 14. Wounded: 23.",
     [("the health ministry", "Casualties from Saturday's air strikes")],
     [("toll rises to 14", "killed", 14, None, "exact", None),
      ("6 killed", "killed", 6, None, "exact", None),
      ("11 wounded", "wounded", 11, None, "exact", None),
      ("5 killed", "killed", 5, None, "exact", None),
      ("among them two women", "killed", 2, None, "exact", "women"),
      ("3 killed", "killed", 3, None, "exact", None),
      ("Killed: 14", "killed", 14, None, "exact", None),
      ("Wounded: 23", "wounded", 23, None, "exact", None)],
     [("Saturday", "2017-04-08"), ("April 9", "2017-04-09"), ("Saturday", "2017-04-08")]),
    # Ukraine: two figures for two places in one clause, "left wounded", a governor on
    # Telegram, a ministry that "claimed" a clause and denied another.
    ("KYIV, April 9 - Russian strikes killed four people in Kharkiv and two in "
     "Zaporizhzhia overnight, Ukrainian officials said on Sunday. In Kherson, one man was "
     "killed and a woman left wounded by artillery fire, governor Oleksandr Prokudin wrote "
     "on Telegram. Russia's defence ministry claimed its forces had hit military "
     "infrastructure.",
     [("Ukrainian officials", "Russian strikes killed four people in Kharkiv and two in "
       "Zaporizhzhia overnight"),
      ("governor Oleksandr Prokudin", "In Kherson, one man was killed and a woman left "
       "wounded by artillery fire"),
      ("Russia's defence ministry", "its forces had hit military infrastructure")],
     [("killed four people", "killed", 4, None, "exact", "people"),
      ("two", "killed", 2, None, "exact", None),
      ("one man was killed", "killed", 1, None, "exact", "man"),
      ("a woman left wounded", "wounded", 1, None, "exact", "woman")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # A feature: periods of the year without a day, a quote "recalled", a pronoun for a
    # person named before as no speaker; "had fled" without the homes named is no
    # displacement (the vocabulary's rule: gunmen also flee).
    ("When the shelling began in mid-March, Amina Yusuf was at the market. By the first "
     "week of June, 30 of her neighbours had fled, she said. \"On the 14th they came back "
     "with trucks,\" she recalled. A camp manager, Idris Hamid, said that as many as 400 "
     "families were now living in tents.",
     [("Amina Yusuf", "By the first week of June, 30 of her neighbours had fled"),
      ("Amina Yusuf", "On the 14th they came back with trucks"),
      ("Idris Hamid", "as many as 400 families were now living in tents")],
     [],
     [("mid-March", "2017-03"), ("June", "2016-06")]),
    # Mali: an ISO date in the headline and the body, the mission named again.
    ("Attack on convoy leaves 3 peacekeepers dead (2017-04-08)\n"
     "GAO, Mali, April 8 - Three UN peacekeepers were killed and four wounded when their "
     "convoy struck an explosive device on Friday, the UN mission MINUSMA said. The "
     "mission said the attack took place on 2017-04-07 near the village of Tarkint.",
     [("the UN mission MINUSMA", "Three UN peacekeepers were killed and four wounded when "
       "their convoy struck an explosive device on Friday"),
      ("The mission", "the attack took place on 2017-04-07 near the village of Tarkint")],
     [("3 peacekeepers dead", "killed", 3, None, "exact", "peacekeepers"),
      ("Three UN peacekeepers were killed", "killed", 3, None, "exact", "UN peacekeepers"),
      ("four wounded", "wounded", 4, None, "exact", None)],
     [("2017-04-08", "2017-04-08"), ("April 8", "2017-04-08"), ("Friday", "2017-04-07"),
      ("2017-04-07", "2017-04-07")]),
    # A live blog: clock stamps, "police say", a hospital director telling reporters in
    # the present tense, a toll revised, a claim on a website.
    ("LIVE UPDATES: Mogadishu car bomb\n"
     "11:05 - Police say at least 8 people were killed in the blast near the Sahafi "
     "hotel.\n"
     "11:40 - The toll has risen to 15, a hospital director tells reporters. Among the dead "
     "are 3 police officers.\n"
     "12:15 - Al-Shabaab claims the attack in a statement on its website.",
     [("Police", "at least 8 people were killed in the blast near the Sahafi hotel"),
      ("a hospital director", "The toll has risen to 15"),
      ("Al-Shabaab", "the attack")],
     [("at least 8 people were killed", "killed", 8, None, "at_least", "people"),
      ("toll has risen to 15", "killed", 15, None, "exact", None),
      ("dead are 3 police officers", "killed", 3, None, "exact", "police officers")],
     []),
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
    ("The Kurdistan Region's counter-terrorism directorate said two suspects were arrested "
     "in Kirkuk.",
     [("The Kurdistan Region's counter-terrorism directorate", "two suspects were arrested "
       "in Kirkuk")]),
    ("A security source told The National that the checkpoint had been abandoned.",
     [("A security source", "the checkpoint had been abandoned")]),
    ("In a post on X, the ministry wrote that the border crossing would reopen.",
     [("the ministry", "the border crossing would reopen")]),
    ("The group posted on Telegram that its fighters had captured a tank.",
     [("The group", "its fighters had captured a tank")]),
    ("Late on Sunday, the mayor tweeted that the water supply had been restored.",
     [("the mayor", "the water supply had been restored")]),
    ("The governor conceded that the evacuation had come too late.",
     [("The governor", "the evacuation had come too late")]),
    ("The commander was quoted as saying that the town would be retaken within days.",
     [("The commander", "the town would be retaken within days")]),
    ("According to a statement by the Arakan Army, the junta's troops had withdrawn from "
     "the town.",
     [("the Arakan Army", "the junta's troops had withdrawn from the town")]),
    ("\u201cNobody was hurt,\" a police officer said.",
     [("a police officer", "Nobody was hurt")]),
    ("The rebels alleged that government aircraft had bombed a school.",
     [("The rebels", "government aircraft had bombed a school")]),
    ("In a video message, the president vowed that those responsible would be punished.",
     [("the president", "those responsible would be punished")]),
    ("the spokesman said the roads were closed and added that more troops would arrive",
     [("the spokesman", "the roads were closed"),
      ("the spokesman", "more troops would arrive")]),
]

# Single sentences: casualty figures.
CASUALTIES: list[tuple[str, list]] = [
    ("Killed: 12. Wounded: 30.",
     [("Killed: 12", "killed", 12, None, "exact", None),
      ("Wounded: 30", "wounded", 30, None, "exact", None)]),
    ("Between 10 and 15 soldiers were killed.",
     [("Between 10 and 15 soldiers were killed", "killed", 10, 15, "range", "soldiers")]),
    ("A clash at 0300 hours left 4 policemen wounded.",
     [("4 policemen wounded", "wounded", 4, None, "exact", "policemen")]),
    ("Gunmen are holding 9 hostages, among them 2 foreigners.",
     [("holding 9 hostages", "captured", 9, None, "exact", "hostages"),
      ("among them 2 foreigners", "captured", 2, None, "exact", "foreigners")]),
    ("Dozens were feared dead after the strike.",
     [("Dozens were feared dead", "killed", 24, None, "vague", None)]),
    ("Fighting killed 7 people in Gao and 3 in Timbuktu.",
     [("killed 7 people", "killed", 7, None, "exact", "people"),
      ("3", "killed", 3, None, "exact", None)]),
    ("Five civilians were kill-\ned in the shelling.",
     [("Five civilians were kill-\ned", "killed", 5, None, "exact", "civilians")]),
    ("THREE SOLDIERS KILLED IN AMBUSH",
     [("THREE SOLDIERS KILLED", "killed", 3, None, "exact", "SOLDIERS")]),
    ("At least 30 people, among them three women, were killed.",
     [("At least 30 people", "killed", 30, None, "at_least", "people"),
      ("among them three women", "killed", 3, None, "exact", "women")]),
    ("The death toll now stands at between 40 and 50.",
     [("death toll now stands at between 40 and 50", "killed", 40, 50, "range", None)]),
    ("Two  soldiers were  killed near the\nborder.",
     [("Two  soldiers were  killed", "killed", 2, None, "exact", "soldiers")]),
    ("The ministry acknowledged that 4 of its staff were missing.",
     [("4 of its staff were missing", "missing", 4, None, "exact", "its staff")]),
]

# Single sentences: dates, read with the publication date Monday 2017-04-10.
DATES: list[tuple[str, list]] = [
    ("The strike on 2017-04-08 hit a school.", [("2017-04-08", "2017-04-08")]),
    ("The convoy was hit on Tuesday night.", [("Tuesday", "2017-04-04")]),
    ("Clashes broke out in mid-March.", [("mid-March", "2017-03")]),
    ("The camp was emptied in the first week of June.", [("June", "2016-06")]),
    ("The talks collapsed on April 3; the day before, a truce had been agreed.",
     [("April 3", "2017-04-03")]),
    ("On the 14th, the army entered the town.", []),
    ("The attack came 48 hours after a raid on Thursday, March 30.",
     [("Thursday, March 30", "2017-03-30")]),
    ("ERBIL, April 5 - Two rockets hit the airport on Thursday, officials said.",
     [("April 5", "2017-04-05"), ("Thursday", "2017-03-30")]),
    ("Between 3 and 5 April, the town was shelled.",
     [("3", "2017-04-03"), ("5 April", "2017-04-05")]),
    ("The siege that began on 28 February 2017 ended in early March.",
     [("28 February 2017", "2017-02-28"), ("early March", "2017-03")]),
    ("Clashes erupted on the night of Saturday to Sunday.",
     [("Saturday", "2017-04-08"), ("Sunday", "2017-04-09")]),
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
    # an ISO date is a day; with a one-digit month it is no ISO date
    ("Posted 2017-03-28 14:05", [("2017-03-28", "2017-03-28")]),
    ("The form dated 2017-4-8 was lost.", [("2017", "2017")]),
    # a weekday names the date after it only when that date falls on it
    ("The raid came on Tuesday (4 April).", [("Tuesday", "2017-04-04"), ("4 April", "2017-04-04")]),
    ("The raid came on Tuesday, March 31.",
     [("Tuesday", "2017-04-04"), ("March 31", "2017-03-31")]),
    # a dateline's day is the day of writing: for weekdays and relative days after it
    ("Erbil, April 5 (Rudaw) - Rockets hit the airport on Thursday and again yesterday.",
     [("April 5", "2017-04-05"), ("Thursday", "2017-03-30"), ("yesterday", "2017-04-04")]),
    # ... not a date inside a sentence, nor a dateline more than a month old
    ("Talks in Geneva on April 5 - a failure - ended on Thursday.",
     [("April 5", "2017-04-05"), ("Thursday", "2017-04-06")]),
    ("BAGHDAD, March 1 - Two rockets hit the airport on Tuesday.",
     [("March 1", "2017-03-01"), ("Tuesday", "2017-04-04")]),
    ("The bombing on Satur-\nday killed two.", [("Satur-\nday", "2017-04-08")]),
])
def test_round_rules_dates(text: str, expected: list) -> None:
    assert engines_read(text)["dates"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "CITY //" is a dateline; "//" inside a sentence is no part of one
    ("ADEN // Two soldiers were killed near the port, officials said.",
     [("officials", "Two soldiers were killed near the port")]),
    ("Rebels said the town fell // officials denied it.",
     [("Rebels", "the town fell // officials denied it")]),
    # a page label of two label words is no speaker; a source's acronym still is
    ("LIVE UPDATES: Shelling of Kessa\nTwo people were killed, police said.",
     [("police", "Two people were killed")]),
    ("UN: Aid convoys blocked at the border\nThe road was closed.",
     [("UN", "Aid convoys blocked at the border")]),
    # a name of five words in apposition (a rank of two and a Burmese name of three)
    ("A junta spokesman, Major General Zaw Min Tun, said the army had no losses.",
     [("Major General Zaw Min Tun", "the army had no losses")]),
    # a hard line break before a lower-case word is inside the sentence; before a capital
    # or after a full stop it ends one
    ("Two soldiers were killed near the\nborder, the army said.",
     [("the army", "Two soldiers were killed near the\nborder")]),
    ("Shelling in Kessa\nThree people were killed, police said.",
     [("police", "Three people were killed")]),
    ("Shelling in Kessa.\nthree people were killed, police said.",
     [("police", "three people were killed")]),
    # a pronoun refers to the subject after a fronted clause; a name inside the fronted
    # clause is no subject of the sentence
    ('When the convoy left, Omar Haddad was asleep. "We heard shots," he said.',
     [("Omar Haddad", "We heard shots")]),
    ('While Omar Haddad slept, the town was shelled. "We heard shots," he said.',
     [("he", "We heard shots")]),
    # "the day before" closing the words is whole
    ("The army said the raid came the day before.",
     [("The army", "the raid came the day before")]),
])
def test_round_rules_statements(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker after a figure with a present-tense verb is no victim in the list
    ("Gunmen killed 15 people, a hospital director tells reporters.",
     [("killed 15 people", "killed", 15, None, "exact", "people")]),
    # a word broken by a hyphen at a line break is read whole, its span the text as given;
    # before a capital the hyphen is the word's own
    ("Rebels wound-\ned 4 guards.", [("wound-\ned 4 guards", "wounded", 4, None, "exact",
                                     "guards")]),
    ("Fighters of Al-\nShabaab killed 3 soldiers.",
     [("killed 3 soldiers", "killed", 3, None, "exact", "soldiers")]),
    ("Gunmen killed 5 people, a policeman and four women.",
     [("killed 5 people", "killed", 5, None, "exact", "people"),
      ("a policeman", "killed", 1, None, "exact", "policeman"),
      ("four women", "killed", 4, None, "exact", "women")]),
])
def test_round_rules_figures(text: str, expected: list) -> None:
    assert figures(text) == expected
