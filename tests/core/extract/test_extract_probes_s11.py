"""English probes, eleventh round (issue 11): whole short reports read by all three
engines, in styles the earlier rounds left thin - regional English-language outlets in
South Asia, the Sahel, East Africa, Myanmar and the Philippines, armed-forces and police
press releases quoted at length, tribunal and inquiry reporting, NGO field updates with
tables turned into prose, corrections and updated stories, live blogs and scraped copy
that lost its punctuation or line breaks - then single sentences for the issue's
statement, casualty and date classes.

Every sentence is fictional and written for these tests; names and places are invented.
The publication date of every probe is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_report, engines_read

Figure = tuple[str, str, int, "int | None", str, "str | None"]


# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = (
    ("Two fishermen missing after", "statements"),
    ("Two fishermen missing after", "casualties"),
    ("Junta airstrike kills 9", "statements"),
    ("Bandits kill 11", "statements"),
)


# Whole short reports: (text, statements, casualty figures, dates).
REPORTS: list[tuple[str, list, list, list]] = [
    # Pakistani military press release, quoted at length.
    ("Four soldiers martyred in North Waziristan attack: ISPR\n"
     "RAWALPINDI, April 9: Four soldiers were martyred and two others injured when "
     "terrorists attacked a check post in the Mirali area on Sunday night, the "
     "Inter-Services Public Relations (ISPR) said. \"Troops responded effectively and three "
     "terrorists were sent to hell,\" the military's media wing said in a press release. It "
     "added that a sanitisation operation was under way.",
     [("ISPR", "Four soldiers martyred in North Waziristan attack"),
      ("the Inter-Services Public Relations (ISPR)", "Four soldiers were martyred and two "
       "others injured when terrorists attacked a check post in the Mirali area on Sunday "
       "night"),
      ("the military's media wing", "Troops responded effectively and three terrorists "
       "were sent to hell"),
      ("the military's media wing", "a sanitisation operation was under way")],
     [("Four soldiers martyred", "killed", 4, None, "exact", "soldiers"),
      ("Four soldiers were martyred", "killed", 4, None, "exact", "soldiers"),
      ("two others injured", "wounded", 2, None, "exact", "others"),
      ("three terrorists were sent to hell", "killed", 3, None, "exact", "terrorists")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # Sahel agency copy: a country label, a clock time, a provisional toll.
    ("Burkina: at least 20 civilians killed in attack on Tarba market\n"
     "OUAGADOUGOU, April 8 (AFP) - At least 20 civilians were killed and dozens wounded "
     "when gunmen on motorbikes stormed a market in the northern village of Tarba on "
     "Friday, local sources and a security official said. \"They came around 11 o'clock "
     "and fired on everyone,\" a trader who fled to the regional capital told AFP by "
     "telephone. The governor of the region, Colonel Issa Sawadogo, said in a statement "
     "read on national television that the provisional toll was 22 dead. He said the army "
     "had launched a sweep of the area.",
     # two sources joined by "and", one entry each (round en161)
     [("local sources", "At least 20 civilians were killed and "
       "dozens wounded when gunmen on motorbikes stormed a market in the northern village "
       "of Tarba on Friday"),
      ("a security official", "At least 20 civilians were killed and "
       "dozens wounded when gunmen on motorbikes stormed a market in the northern village "
       "of Tarba on Friday"),
      ("a trader who fled to the regional capital", "They came around 11 o'clock and fired "
       "on everyone"),
      ("Colonel Issa Sawadogo", "the provisional toll was 22 dead"),
      ("Colonel Issa Sawadogo", "the army had launched a sweep of the area")],
     [("at least 20 civilians killed", "killed", 20, None, "at_least", "civilians"),
      ("At least 20 civilians were killed", "killed", 20, None, "at_least", "civilians"),
      ("dozens wounded", "wounded", 24, None, "vague", None),
      ("22 dead", "killed", 22, None, "exact", None)],
     [("April 8", "2017-04-08"), ("Friday", "2017-04-07")]),
    # Myanmar outlet: a sub-group, a source known by one name, an unanswered request.
    ("Junta airstrike kills 9 in Sagaing village, residents say\n"
     "Nine villagers, including three children, were killed when a military jet bombed Kan "
     "Tha village in Pale Township on Thursday morning, residents and a local resistance "
     "group told Myanmar Now. A member of the local defence force, who asked to be "
     "identified only as Ko Zaw, said the jet dropped two bombs on the monastery compound. "
     "\"The monks had sheltered about 60 people there,\" he said. The junta's information "
     "team did not respond to requests for comment.",
     [("residents", "Junta airstrike kills 9 in Sagaing village"),
      ("residents and a local resistance group", "Nine villagers, including three "
       "children, were killed when a military jet bombed Kan Tha village in Pale Township "
       "on Thursday morning"),
      ("Ko Zaw", "the jet dropped two bombs on the monastery compound"),
      ("Ko Zaw", "The monks had sheltered about 60 people there")],
     [("kills 9", "killed", 9, None, "exact", None),
      ("Nine villagers", "killed", 9, None, "exact", "villagers"),
      ("including three children", "killed", 3, None, "exact", "children")],
     [("Thursday", "2017-04-06")]),
    # Philippine regional copy: a command's title after the name, "he added" at the end.
    ("3 soldiers dead, 5 hurt in Sulu clash\n"
     "ZAMBOANGA CITY -- Three soldiers were killed and five others were wounded in a "
     "firefight with Abu Sayyaf bandits in Patikul, Sulu on Saturday, the military said. "
     "Major General Ramon Dizon, commander of the Joint Task Force Sulu, said the troops "
     "were on a combat patrol when they encountered around 30 bandits. Dizon said two of "
     "the bandits were also killed. The wounded soldiers were airlifted to a hospital in "
     "Zamboanga City, he added.",
     [("the military", "Three soldiers were killed and five others were wounded in a "
       "firefight with Abu Sayyaf bandits in Patikul, Sulu on Saturday"),
      ("Major General Ramon Dizon", "the troops were on a combat patrol when they "
       "encountered around 30 bandits"),
      ("Major General Ramon Dizon", "two of the bandits were also killed"),
      ("Major General Ramon Dizon", "The wounded soldiers were airlifted to a hospital in "
       "Zamboanga City")],
     [("3 soldiers dead", "killed", 3, None, "exact", "soldiers"),
      ("5 hurt", "wounded", 5, None, "exact", None),
      ("Three soldiers were killed", "killed", 3, None, "exact", "soldiers"),
      ("five others were wounded", "wounded", 5, None, "exact", "others"),
      ("two of the bandits were also killed", "killed", 2, None, "exact", "the bandits")],
     [("Saturday", "2017-04-08")]),
    # Kenyan daily: a long title before the name, a surname, "condemned ... and said".
    ("Eight killed in Mandera bus attack\n"
     "Eight passengers were killed on Tuesday when suspected militants ambushed a bus on "
     "the Mandera-Elwak road, police said. North Eastern regional police commander Paul "
     "Soi told the Daily Nation that the attackers separated the passengers before opening "
     "fire. \"We have deployed more officers to the area and a manhunt is on,\" Soi said. "
     "Interior Cabinet Secretary Joseph Ndungu condemned the attack and said the "
     "government would not be intimidated.",
     [("police", "Eight passengers were killed on Tuesday when suspected militants "
       "ambushed a bus on the Mandera-Elwak road"),
      ("North Eastern regional police commander Paul Soi", "the attackers separated the "
       "passengers before opening fire"),
      ("North Eastern regional police commander Paul Soi", "We have deployed more "
       "officers to the area and a manhunt is on"),
      ("Interior Cabinet Secretary Joseph Ndungu", "the government would not be "
       "intimidated")],
     [("Eight killed", "killed", 8, None, "exact", None),
      ("Eight passengers were killed", "killed", 8, None, "exact", "passengers")],
     [("Tuesday", "2017-04-04")]),
    # Indian regional copy: "neutralised", a dateline with a colon, a bracketed title.
    ("Two militants killed in Kupwara encounter, says police\n"
     "Srinagar, Apr 9: Two militants were killed in an encounter with security forces in "
     "the Lolab area of Kupwara district on Sunday, police said. \"Acting on a specific "
     "input, a joint team of the army and police launched a cordon and search "
     "operation,\" a police spokesperson said. He said arms and ammunition including two "
     "AK-47 rifles were recovered from the site. Inspector General of Police V K Bhat told "
     "reporters that the slain militants were affiliated with a banned outfit.",
     [("police", "Two militants killed in Kupwara encounter"),
      ("police", "Two militants were killed in an encounter with security forces in the "
       "Lolab area of Kupwara district on Sunday"),
      ("a police spokesperson", "Acting on a specific input, a joint team of the army and "
       "police launched a cordon and search operation"),
      ("a police spokesperson", "arms and ammunition including two AK-47 rifles were "
       "recovered from the site"),
      ("Inspector General of Police V K Bhat", "the slain militants were affiliated with a "
       "banned outfit")],
     [("Two militants killed", "killed", 2, None, "exact", "militants"),
      ("Two militants were killed", "killed", 2, None, "exact", "militants")],
     [("Apr 9", "2017-04-09"), ("Sunday", "2017-04-09")]),
    # A public inquiry: counsel set off by commas, a witness known by a cipher, "replied:".
    ("Inquiry hears soldiers fired without warning\n"
     "The public inquiry into the Dunmore shootings heard on Wednesday that soldiers "
     "opened fire without warning on a crowd of about 200 protesters. Counsel to the "
     "inquiry, Helen Marsh, said the evidence showed that four people were killed and 14 "
     "wounded. A former corporal, identified only as Soldier F, told the inquiry he had "
     "seen no weapons in the crowd. Asked whether he fired, he replied: \"I fired two "
     "rounds at a man I believed was armed.\" The inquiry resumes on Thursday.",
     [("Helen Marsh", "the evidence showed that four people were killed and 14 wounded"),
      ("Soldier F", "he had seen no weapons in the crowd"),
      ("Soldier F", "I fired two rounds at a man I believed was armed")],
     [("four people were killed", "killed", 4, None, "exact", "people"),
      ("14 wounded", "wounded", 14, None, "exact", None)],
     [("Wednesday", "2017-04-05"), ("Thursday", "2017-04-13")]),
    # A correction and a revised toll.
    ("Correction: An earlier version of this story said 40 people were killed in the "
     "Kessa market bombing. Police later revised the toll to 34. The police chief, Amadou "
     "Diallo, said on Sunday that 34 people had died and 61 were wounded. \"Some of the "
     "wounded are in a critical condition,\" Diallo said.",
     [("Amadou Diallo", "34 people had died and 61 were wounded"),
      ("Amadou Diallo", "Some of the wounded are in a critical condition")],
     [("40 people were killed", "killed", 40, None, "exact", "people"),
      ("toll to 34", "killed", 34, None, "exact", None),
      ("34 people had died", "killed", 34, None, "exact", "people"),
      ("61 were wounded", "wounded", 61, None, "exact", None)],
     [("Sunday", "2017-04-09")]),
    # An NGO field update whose table became prose.
    ("Situation update, 9 April 2017. Kessa district: 12 killed, 40 injured, 3,500 "
     "displaced. Vell district: 4 killed, 9 injured. Since the start of the month, our "
     "mobile clinics have treated 1,200 patients, MSF said. Our teams report that water "
     "points in two camps have been destroyed. The next update will be issued on 16 April.",
     [("MSF", "Since the start of the month, our mobile clinics have treated 1,200 "
       "patients"),
      ("Our teams", "water points in two camps have been destroyed")],
     [("12 killed", "killed", 12, None, "exact", None),
      ("40 injured", "wounded", 40, None, "exact", None),
      ("3,500 displaced", "displaced", 3500, None, "exact", None),
      ("4 killed", "killed", 4, None, "exact", None),
      ("9 injured", "wounded", 9, None, "exact", None)],
     [("9 April 2017", "2017-04-09"), ("16 April", "2017-04-16")]),
    # Nigerian copy scraped without punctuation or line breaks.
    ("Bandits kill 11 abduct 30 in Zamfara villages Gunmen on motorcycles attacked three "
     "villages in Maru local government area on Saturday killing 11 people and abducting "
     "about 30 others mostly women and children a resident of Dan Gulbi Malam Sani told "
     "our correspondent that the attackers stayed for hours The state police spokesman SP "
     "Yazid Abubakar said only seven people were killed",
     [("a resident of Dan Gulbi Malam Sani", "the attackers stayed for hours"),
      ("The state police spokesman SP Yazid Abubakar", "only seven people were killed")],
     [("kill 11", "killed", 11, None, "exact", None),
      ("abduct 30", "captured", 30, None, "exact", None),
      ("killing 11 people", "killed", 11, None, "exact", "people"),
      ("abducting about 30 others", "captured", 30, None, "about", "others"),
      ("seven people were killed", "killed", 7, None, "exact", "people")],
     [("Saturday", "2017-04-08")]),
    # A defence headquarters' statement quoted at length.
    ("The Defence Headquarters said in a statement on Monday that troops neutralised 23 "
     "terrorists and arrested 11 collaborators in the past week. \"Troops also rescued 17 "
     "kidnapped persons, comprising nine women and eight children,\" the Director of "
     "Defence Media Operations, Major General Musa Danmadami, said. He added that the "
     "troops recovered 40 rifles. According to the statement, two soldiers lost their "
     "lives in the operations.",
     [("The Defence Headquarters", "troops neutralised 23 terrorists and arrested 11 "
       "collaborators in the past week"),
      ("Major General Musa Danmadami", "Troops also rescued 17 kidnapped persons, "
       "comprising nine women and eight children"),
      ("Major General Musa Danmadami", "the troops recovered 40 rifles"),
      ("the statement", "two soldiers lost their lives in the operations")],
     [("neutralised 23 terrorists", "killed", 23, None, "exact", "terrorists"),
      ("arrested 11 collaborators", "arrested", 11, None, "exact", "collaborators"),
      ("rescued 17 kidnapped persons", "captured", 17, None, "exact", "kidnapped persons"),
      ("comprising nine women", "captured", 9, None, "exact", "women"),
      ("eight children", "captured", 8, None, "exact", "children"),
      ("two soldiers lost their lives", "killed", 2, None, "exact", "soldiers")],
     [("Monday", "2017-04-10"), ("the past week", "2017-04-03")]),
    # A live blog with clock stamps.
    ("Live: Kessa siege, day 12\n"
     "09:40 The UN says at least 150,000 people remain trapped in the old city.\n"
     "10:15 Our correspondent Amina Yusuf reports that shelling has resumed near the river.\n"
     "10:52 The health ministry has raised the toll from Saturday's strike on the bakery "
     "to 19.\n"
     "11:30 \"We have no more anaesthetic,\" a surgeon at the Amal hospital told us.",
     [("The UN", "at least 150,000 people remain trapped in the old city"),
      ("Our correspondent Amina Yusuf", "shelling has resumed near the river"),
      ("a surgeon at the Amal hospital", "We have no more anaesthetic")],
     [("toll from Saturday's strike on the bakery to 19", "killed", 19, None, "exact",
       None)],
     [("Saturday", "2017-04-08")]),
    # Bangladeshi daily: a revised toll, a long title before the name.
    ("Dhaka clash toll rises to 6\n"
     "The death toll from Friday's clash between rival groups in Mirpur rose to six on "
     "Sunday, hospital officials said. At least 35 people were injured in the clash, "
     "police said. Officer-in-charge of Mirpur police station Kamal Hossain said 14 people "
     "had been detained in connection with the violence.",
     [("hospital officials", "The death toll from Friday's clash between rival groups in "
       "Mirpur rose to six on Sunday"),
      ("police", "At least 35 people were injured in the clash"),
      ("Officer-in-charge of Mirpur police station Kamal Hossain", "14 people had been "
       "detained in connection with the violence")],
     [("toll rises to 6", "killed", 6, None, "exact", None),
      ("death toll from Friday's clash between rival groups in Mirpur rose to six",
       "killed", 6, None, "exact", None),
      ("At least 35 people were injured", "wounded", 35, None, "at_least", "people"),
      ("14 people had been detained", "arrested", 14, None, "exact", "people")],
     [("Friday", "2017-04-07"), ("Sunday", "2017-04-09")]),
    # International tribunal: a quoted phrase inside reported words, a lawyer and surname.
    ("THE HAGUE, April 6 - Judges at the International Criminal Court on Thursday "
     "sentenced former militia leader Jean-Pierre Koto to 18 years in prison for his role "
     "in the 2003 massacre of some 200 villagers in Bogora. Presiding Judge Ana Ferreira "
     "said Koto had \"planned and ordered\" the attack. Koto's lawyer, Marc Dubois, told "
     "reporters his client would appeal. \"This verdict ignores the evidence,\" Dubois "
     "said.",
     [("Presiding Judge Ana Ferreira", "Koto had \"planned and ordered\" the attack"),
      ("Marc Dubois", "his client would appeal"),
      ("Marc Dubois", "This verdict ignores the evidence")],
     [("massacre of some 200 villagers", "killed", 200, None, "about", "villagers")],
     [("April 6", "2017-04-06"), ("Thursday", "2017-04-06"), ("2003", "2003")]),
    # Philippine police blotter: a clock time, ages, shells.
    ("A barangay captain and his driver were shot dead by two men on a motorcycle in "
     "Barangay San Isidro around 7:30 a.m. Tuesday, police said. Police Major Rolando Cruz, "
     "chief of the Tanauan police, identified the victims as Ernesto Bautista, 52, and Jun "
     "Reyes, 41. Cruz said the gunmen fled toward the highway. Investigators recovered 12 "
     "empty shells from the scene.",
     [("police", "A barangay captain and his driver were shot dead by two men on a "
       "motorcycle in Barangay San Isidro around 7:30 a.m. Tuesday"),
      ("Rolando Cruz", "the gunmen fled toward the highway")],
     [("A barangay captain", "killed", 1, None, "exact", "barangay captain")],
     [("Tuesday", "2017-04-04")]),
    # Myanmar: an armed group's spokesman, displacement, a date in the words.
    ("More than 5,000 villagers have fled their homes in Kyaukkyi Township since regime "
     "troops launched an offensive last week, according to the Karen National Union. KNU "
     "spokesman Padoh Saw Taw Nee said two villagers were killed and four others injured "
     "by artillery fire on April 2. He said many of the displaced were sheltering in the "
     "jungle without food.",
     [("the Karen National Union", "More than 5,000 villagers have fled their homes in "
       "Kyaukkyi Township since regime troops launched an offensive last week"),
      ("KNU spokesman Padoh Saw Taw Nee", "two villagers were killed and four others "
       "injured by artillery fire on April 2"),
      ("KNU spokesman Padoh Saw Taw Nee", "many of the displaced were sheltering in the "
       "jungle without food")],
     [("More than 5,000 villagers have fled their homes", "displaced", 5000, None,
       "more_than", "villagers"),
      ("two villagers were killed", "killed", 2, None, "exact", "villagers"),
      ("four others injured", "wounded", 4, None, "exact", "others")],
     [("last week", "2017-04-03"), ("April 2", "2017-04-02")]),
    # Somali wire copy: a bomber, a claim of responsibility, "The group said".
    ("MOGADISHU (Reuters) - A suicide bomber blew himself up at a restaurant near the "
     "presidential palace in Mogadishu on Monday evening, killing at least seven people, "
     "police said. \"The death toll could rise because many of the wounded are in serious "
     "condition,\" police officer Abdullahi Hassan told Reuters. Al Shabaab claimed "
     "responsibility for the attack in a statement on its radio station. The group said "
     "its fighters had targeted government officials.",
     [("police", "A suicide bomber blew himself up at a restaurant near the presidential "
       "palace in Mogadishu on Monday evening, killing at least seven people"),
      ("police officer Abdullahi Hassan", "The death toll could rise because many of the "
       "wounded are in serious condition"),
      # a claim of an attack: the act claimed is the words (forty-second round)
      ("Al Shabaab", "responsibility for the attack"),
      ("The group", "its fighters had targeted government officials")],
     [("bomber blew himself up", "killed", 1, None, "exact", "bomber"),
      ("killing at least seven people", "killed", 7, None, "at_least", "people")],
     [("Monday", "2017-04-10")]),
    # OCHA prose: a range of days, a percentage, "adding that".
    ("According to OCHA, 63 civilians were killed and 118 injured in the north-west "
     "between 1 and 15 March, 41 percent of them children. In Idlib governorate alone, 27 "
     "people were killed. Some 80,000 people have been newly displaced, the office said, "
     "adding that shelters were full.",
     [("OCHA", "63 civilians were killed and 118 injured in the north-west between 1 and "
       "15 March, 41 percent of them children"),
      ("the office", "Some 80,000 people have been newly displaced"),
      ("the office", "shelters were full")],
     [("63 civilians were killed", "killed", 63, None, "exact", "civilians"),
      ("118 injured", "wounded", 118, None, "exact", None),
      ("27 people were killed", "killed", 27, None, "exact", "people"),
      ("Some 80,000 people have been newly displaced", "displaced", 80000, None, "about",
       "people")],
     [("1", "2017-03-01"), ("15 March", "2017-03-15")]),
]


# Second batch of reports, written after the first fixes, in the same styles.
REPORTS += [
    # Malian army communique quoted at length, with a revised toll.
    ("BAMAKO, April 8 - The Malian army said on Saturday that 14 soldiers were killed and "
     "11 wounded in an attack on its camp at Tessit. \"The assailants, who came in large "
     "numbers, were repelled and suffered heavy losses,\" the army said in a communique. "
     "The army said 20 of the attackers were neutralised. An earlier toll given by a local "
     "official had put the number of dead soldiers at 9.",
     [("The Malian army", "14 soldiers were killed and 11 wounded in an attack on its camp "
       "at Tessit"),
      ("the army", "The assailants, who came in large numbers, were repelled and suffered "
       "heavy losses"),
      ("The army", "20 of the attackers were neutralised")],
     [("14 soldiers were killed", "killed", 14, None, "exact", "soldiers"),
      ("11 wounded", "wounded", 11, None, "exact", None),
      ("20 of the attackers were neutralised", "killed", 20, None, "exact", "the attackers"),
      ("toll given by a local official had put the number of dead soldiers at 9", "killed",
       9, None, "exact", None)],
     [("April 8", "2017-04-08"), ("Saturday", "2017-04-08")]),
    # Ugandan daily: a district official, a surname, a quote across two sentences.
    ("Three people were killed and five others injured when armed cattle raiders attacked "
     "Lokiding village in Kotido district on Friday night, authorities said. The Resident "
     "District Commissioner, Ms Grace Akello, said the raiders made off with more than 200 "
     "head of cattle. \"The army has deployed along the border. We expect to recover the "
     "animals,\" Ms Akello said. She said two of the injured were in critical condition.",
     [("authorities", "Three people were killed and five others injured when armed cattle "
       "raiders attacked Lokiding village in Kotido district on Friday night"),
      ("Ms Grace Akello", "the raiders made off with more than 200 head of cattle"),
      ("Ms Grace Akello", "The army has deployed along the border. We expect to recover the "
       "animals"),
      ("Ms Grace Akello", "two of the injured were in critical condition")],
     [("Three people were killed", "killed", 3, None, "exact", "people"),
      ("five others injured", "wounded", 5, None, "exact", "others"),
      ("two of the injured", "wounded", 2, None, "exact", None)],
     [("Friday", "2017-04-07")]),
    # A Myanmar rights group's monthly tally turned into prose.
    ("The Assistance Association for Political Prisoners said 1,420 people had been "
     "arrested since the coup and 56 killed in March alone. Of those arrested, 318 remain "
     "in detention, the group said in its monthly report on Friday. AAPP joint secretary "
     "Bo Kyi told The Irrawaddy that the real figures were likely higher.",
     [("The Assistance Association for Political Prisoners", "1,420 people had been "
       "arrested since the coup and 56 killed in March alone"),
      ("the group", "Of those arrested, 318 remain in detention"),
      ("AAPP joint secretary Bo Kyi", "the real figures were likely higher")],
     [("1,420 people had been arrested", "arrested", 1420, None, "exact", "people"),
      ("56 killed", "killed", 56, None, "exact", None),
      # a part of those arrested still held (round en134)
      ("Of those arrested, 318", "arrested", 318, None, "exact", None)],
     [("March", "2017-03"), ("Friday", "2017-04-07")]),
    # Philippine News Agency style: a clash with communist rebels, ranks, a date.
    ("DAVAO CITY -- Two New People's Army rebels were killed in a clash with government "
     "troops in Barangay Malinao on April 7, the Army's 10th Infantry Division said "
     "Sunday. Lt. Col. Jose Ramos, the division's spokesperson, said the troops recovered "
     "three high-powered firearms. No soldier was hurt in the 20-minute firefight, Ramos "
     "added.",
     [("the Army's 10th Infantry Division", "Two New People's Army rebels were killed in a "
       "clash with government troops in Barangay Malinao on April 7"),
      ("Lt. Col. Jose Ramos", "the troops recovered three high-powered firearms"),
      ("Lt. Col. Jose Ramos", "No soldier was hurt in the 20-minute firefight")],
     [("Two New People's Army rebels were killed", "killed", 2, None, "exact",
       "New People's Army rebels")],
     [("April 7", "2017-04-07"), ("Sunday", "2017-04-09")]),
    # Afghan agency copy: a provincial spokesman, "the Taliban" claim, a denial.
    ("Five policemen were killed and two others wounded when Taliban militants attacked a "
     "checkpoint in Nad Ali district of Helmand province late Saturday, an official said. "
     "Provincial governor's spokesman Omar Zwak told Pajhwok Afghan News that reinforcements "
     "had been sent to the area. The Taliban claimed they had killed 12 policemen, but "
     "Zwak rejected the claim as propaganda.",
     [("an official", "Five policemen were killed and two others wounded when Taliban "
       "militants attacked a checkpoint in Nad Ali district of Helmand province late "
       "Saturday"),
      ("Provincial governor's spokesman Omar Zwak", "reinforcements had been sent to the "
       "area"),
      ("The Taliban", "they had killed 12 policemen")],
     [("Five policemen were killed", "killed", 5, None, "exact", "policemen"),
      ("two others wounded", "wounded", 2, None, "exact", "others"),
      ("killed 12 policemen", "killed", 12, None, "exact", "policemen")],
     [("Saturday", "2017-04-08")]),
    # Tribunal testimony: a protected witness, cross-examination, an adjournment.
    ("A protected witness told the war crimes tribunal on Tuesday that soldiers rounded up "
     "about 40 men in the village of Dorn in May 1993. The witness, known as KV-12, said "
     "the men were taken away in trucks and never seen again. Under cross-examination, "
     "defence lawyer Ivan Petrov suggested the witness had confused the dates. The "
     "hearing was adjourned until Thursday.",
     [("A protected witness", "soldiers rounded up about 40 men in the village of Dorn in "
       "May 1993"),
      ("KV-12", "the men were taken away in trucks and never seen again")],
     [("rounded up about 40 men", "arrested", 40, None, "about", "men")],
     [("Tuesday", "2017-04-04"), ("May 1993", "1993-05"), ("Thursday", "2017-04-13")]),
    # A corrected and updated story.
    ("UPDATE: This story has been updated to reflect a revised toll. At least 17 people "
     "were killed in Sunday's twin blasts in Kessa, the health ministry said on Monday, "
     "revising an earlier figure of 12. A ministry spokesman, Dr Samuel Otieno, said 48 "
     "people were still being treated in hospital. An earlier version of this story "
     "misspelt Dr Otieno's name.",
     [("the health ministry", "At least 17 people were killed in Sunday's twin blasts in "
       "Kessa"),
      ("Dr Samuel Otieno", "48 people were still being treated in hospital")],
     # (round en114) people still being treated are wounded with a noun as without one
     # (en-63 023 "three people are being treated in hospital")
     [("At least 17 people were killed", "killed", 17, None, "at_least", "people"),
      ("48 people were still being treated in hospital", "wounded", 48, None, "exact",
       "people")],
     [("Sunday", "2017-04-09"), ("Monday", "2017-04-10")]),
    # Scraped Sri Lankan copy that lost its line breaks between headline and body.
    ("Two fishermen missing after navy fires on boat Colombo April 9 Two fishermen from "
     "Mannar are missing after a navy patrol fired on their boat off the northern coast on "
     "Saturday the fishermens union said The navy said its sailors had fired warning shots "
     "at a vessel that failed to stop",
     [("the fishermens union", "Two fishermen from Mannar are missing after a navy patrol "
       "fired on their boat off the northern coast on Saturday"),
      ("The navy", "its sailors had fired warning shots at a vessel that failed to stop")],
     [("Two fishermen missing", "missing", 2, None, "exact", "fishermen"),
      ("Two fishermen from Mannar are missing", "missing", 2, None, "exact", "fishermen")],
     [("April 9", "2017-04-09"), ("Saturday", "2017-04-08")]),
    # Ethiopian state media and a rights commission disagreeing.
    ("State broadcaster EBC reported that security forces had restored order in the town "
     "after clashes that left 9 people dead. The Ethiopian Human Rights Commission put the "
     "toll at 23 and said at least 60 people had been arrested. Commission chief Daniel "
     "Bekele urged the authorities to release those held without charge.",
     [("State broadcaster EBC", "security forces had restored order in the town after "
       "clashes that left 9 people dead"),
      ("The Ethiopian Human Rights Commission", "at least 60 people had been arrested"),
      ("Commission chief Daniel Bekele", "the authorities to release those held without "
       "charge")],
     [("9 people dead", "killed", 9, None, "exact", "people"),
      ("toll at 23", "killed", 23, None, "exact", None),
      ("at least 60 people had been arrested", "arrested", 60, None, "at_least", "people")],
     []),
    # Nepalese daily: police quoted at length, a curfew, "the day before".
    ("One person was killed and 14 others, including six police personnel, were injured in "
     "clashes between protesters and police in Birgunj on Sunday. \"Police were forced to "
     "open fire after the crowd tried to torch the police post,\" Superintendent of Police "
     "Ramesh Thapa told the Post. The district administration office imposed a curfew in "
     "the town from 6 pm. A similar protest on Saturday had passed off peacefully.",
     [("Superintendent of Police Ramesh Thapa", "Police were forced to open fire after the "
       "crowd tried to torch the police post")],
     [("One person was killed", "killed", 1, None, "exact", "person"),
      ("14 others", "wounded", 14, None, "exact", "others"),
      ("including six police personnel", "wounded", 6, None, "exact", "police personnel")],
     [("Sunday", "2017-04-09"), ("Saturday", "2017-04-08")]),
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


# Single sentences: statements (speaker, words).
STATEMENTS: list[tuple[str, list]] = [
    ("Speaking to the Kathmandu Post on Sunday, Home Ministry spokesperson Ram Prasad Oli "
     "said the curfew would be relaxed.",
     [("Home Ministry spokesperson Ram Prasad Oli", "the curfew would be relaxed")]),
    ("Separately, the Armed Forces of the Philippines said in a statement that a soldier "
     "was wounded in Basilan.",
     [("the Armed Forces of the Philippines", "a soldier was wounded in Basilan")]),
    ("The UN mission in Mali, MINUSMA, said one peacekeeper was killed when his vehicle "
     "hit a mine.",
     [("MINUSMA", "one peacekeeper was killed when his vehicle hit a mine")]),
    ("The attack was the third this month, according to a statement by the army's True "
     "News Information Team.",
     [("the army's True News Information Team", "The attack was the third this month")]),
    ("Deputy police chief Ali Mohamed was quoted as saying the attackers had inside help.",
     [("Deputy police chief Ali Mohamed", "the attackers had inside help")]),
    ("The ministry, in a statement released late on Sunday, said 14 people had been "
     "rescued.",
     [("The ministry", "14 people had been rescued")]),
    ("Residents told Radio Dabanga that the militia had looted the market.",
     [("Residents", "the militia had looted the market")]),
    ("Kenya: Six police officers killed in Lamu ambush, says IG\nThe officers were on "
     "patrol.",
     [("IG", "Six police officers killed in Lamu ambush")]),
    ("Army: 40 bandits killed in Katsina air raids\nThe raids began on Friday.",
     [("Army", "40 bandits killed in Katsina air raids")]),
    ("Lt. Col. Hassan Abubakar, the regional army spokesman, said in an interview that "
     "the militants had been pushed back.",
     [("Lt. Col. Hassan Abubakar", "the militants had been pushed back")]),
    ("Mr Wanjiku said he had not been informed of the attack. Wanjiku, who chairs the "
     "security committee, added that more troops were needed.",
     [("Mr Wanjiku", "he had not been informed of the attack"),
      ("Mr Wanjiku", "more troops were needed")]),
    ("In a video posted on Facebook, the group's spokesman said the fighters would "
     "continue the offensive.",
     [("the group's spokesman", "the fighters would continue the offensive")]),
    ("the district commissioner said the situation was calm and schools will reopen on "
     "monday",
     [("the district commissioner", "the situation was calm and schools will reopen on "
       "monday")]),
    ("Asked about the casualties, the spokesman said he could not give figures.",
     [("the spokesman", "he could not give figures")]),
    ("Addressing a press conference in Islamabad, the minister said talks with the "
     "militants had failed.",
     [("the minister", "talks with the militants had failed")]),
    ("The commissioner told The Standard on phone that the bodies had been taken to the "
     "mortuary.",
     [("The commissioner", "the bodies had been taken to the mortuary")]),
    ("\"We were left with nothing,\" said one displaced woman in Maiduguri, who gave her "
     "name as Hauwa.",
     [("Hauwa", "We were left with nothing")]),
    ("The report, released on Tuesday, said at least 300 people had been detained "
     "without charge.",
     [("The report", "at least 300 people had been detained without charge")]),
    ("The chairman of the commission of inquiry, retired judge Paul Mwangi, said the "
     "panel would sit in Kisumu.",
     [("Paul Mwangi", "the panel would sit in Kisumu")]),
    ("A witness, who cannot be named for legal reasons, told the tribunal that she saw "
     "soldiers set fire to the houses.",
     [("A witness", "she saw soldiers set fire to the houses")]),
    ("\"The situation is under control,\" the provincial governor, Abdul Qadir, told "
     "Pajhwok. \"Schools and markets are open.\"",
     [("Abdul Qadir", "The situation is under control"),
      ("Abdul Qadir", "Schools and markets are open")]),
    ("The army said its troops had repulsed the attack, a claim the rebels disputed.",
     [("The army", "its troops had repulsed the attack")]),
    ("UNHCR spokesperson Babar Baloch told a briefing in Geneva that new arrivals had "
     "doubled.",
     [("UNHCR spokesperson Babar Baloch", "new arrivals had doubled")]),
    ("Police spokesman Bashir Ahmed said that a preliminary investigation showed that the "
     "blast was caused by a grenade.",
     [("Police spokesman Bashir Ahmed", "a preliminary investigation showed that the "
       "blast was caused by a grenade")]),
    ("The rebels issued a statement and their leader said the fighters would withdraw.",
     [("their leader", "the fighters would withdraw")]),
    ("Quoting a local official, the Dawn newspaper reported that the road had been "
     "closed.",
     [("a local official", "the road had been closed"),
      ("the Dawn newspaper", "the road had been closed")]),
]

# Single sentences: casualty figures (span, outcome, low, high, qualifier, group).
FIGURES: list[tuple[str, list]] = [
    ("Two dead, 12 injured as police fire on protesters in Kisumu",
     [("Two dead", "killed", 2, None, "exact", None),
      ("12 injured", "wounded", 12, None, "exact", None)]),
    ("Between 40 and 50 gunmen attacked the camp.", []),
    ("Gunmen abducted between 20 and 25 students from a school in Kagara.",
     [("abducted between 20 and 25 students", "captured", 20, 25, "range", "students")]),
    ("The rebels are still holding 39 hostages, among them six foreigners.",
     [("holding 39 hostages", "captured", 39, None, "exact", "hostages"),
      ("among them six foreigners", "captured", 6, None, "exact", "foreigners")]),
    ("At around 2 a.m., 4 gunmen stormed the post and killed 3 policemen.",
     [("killed 3 policemen", "killed", 3, None, "exact", "policemen")]),
    ("Dozens were killed and hundreds more displaced in clashes over grazing land.",
     [("Dozens were killed", "killed", 24, None, "vague", None),
      ("hundreds more displaced", "displaced", 200, None, "vague", None)]),
    ("Several soldiers were left wounded after the convoy hit a mine.",
     [("Several soldiers were left wounded", "wounded", 3, None, "vague", "soldiers")]),
    ("The explosion left two people dead and nine others wounded.",
     [("two people dead", "killed", 2, None, "exact", "people"),
      ("nine others wounded", "wounded", 9, None, "exact", "others")]),
    ("A total of 17 fishermen remain missing after the boat was fired on.",
     [("17 fishermen remain missing", "missing", 17, None, "exact", "fishermen")]),
    ("At 5.45pm three people were shot dead outside the mosque.",
     [("three people were shot dead", "killed", 3, None, "exact", "people")]),
    ("The number of people killed in the violence has risen to 58, the ministry said.",
     [("number of people killed in the violence has risen to 58", "killed", 58, None,
       "exact", None)]),
    ("Police arrested 23 people and detained 4 others for questioning.",
     [("arrested 23 people", "arrested", 23, None, "exact", "people"),
      ("detained 4 others", "arrested", 4, None, "exact", "others")]),
    ("Three policemen and a civilian were killed in the attack.",
     [("Three policemen", "killed", 3, None, "exact", "policemen"),
      ("a civilian were killed", "killed", 1, None, "exact", "civilian")]),
    ("The attack at 0630 killed 5.", [("killed 5", "killed", 5, None, "exact", None)]),
    ("Eleven soldiers were killed and 14 others were wounded, the army said.",
     [("Eleven soldiers were killed", "killed", 11, None, "exact", "soldiers"),
      ("14 others were wounded", "wounded", 14, None, "exact", "others")]),
    ("Over 2,000 families have been displaced by the fighting in Rakhine.",
     [("Over 2,000 families have been displaced", "displaced", 2000, None, "more_than",
       "families")]),
    ("The blast killed 6 people, up from an earlier toll of 4.",
     [("killed 6 people", "killed", 6, None, "exact", "people"),
      ("toll of 4", "killed", 4, None, "exact", None)]),
    ("Nearly a dozen villagers were abducted by the bandits.",
     [("Nearly a dozen villagers were abducted", "captured", 12, None, "about",
       "villagers")]),
    ("Scores of protesters were rounded up by police in Yangon.",
     [("Scores of protesters were rounded up", "arrested", 40, None, "vague",
       "protesters")]),
    ("Four people, all members of a local vigilante group, were killed.",
     [("Four people", "killed", 4, None, "exact", "people")]),
    ("The fighting has left at least 300 dead and 1,000 injured since January.",
     [("at least 300 dead", "killed", 300, None, "at_least", None),
      ("1,000 injured", "wounded", 1000, None, "exact", None)]),
    ("Two men, both farmers from Kessa, were shot dead.",
     [("Two men", "killed", 2, None, "exact", "men")]),
    ("Twelve soldiers, most of them conscripts, were wounded.",
     [("Twelve soldiers", "wounded", 12, None, "exact", "soldiers")]),
    ("A 10-member team of doctors treated the wounded.", []),
    ("The 3rd Infantry Division lost 12 men in the ambush.", []),
    # the farmers were captives before they were freed (README)
    ("Troops rescued 8 of the 20 abducted farmers.",
     [("8 of the", "captured", 8, None, "exact", None),
      ("20 abducted farmers", "captured", 20, None, "exact", "abducted farmers")]),
    ("A total of 2,500 troops were deployed in the district.", []),
    ("The court sentenced 14 men to death for the killings.", []),
]

# Single sentences: dates (span, value), published Monday 2017-04-10.
DATES: list[tuple[str, list]] = [
    ("The attack happened earlier this month.", [("this month", "2017-04")]),
    ("Fighting raged from Friday to Sunday.",
     [("Friday", "2017-04-07"), ("Sunday", "2017-04-09")]),
    ("The curfew imposed on Saturday night will be lifted on Wednesday.",
     [("Saturday", "2017-04-08"), ("Wednesday", "2017-04-12")]),
    ("The hostages were seized on the night of 3 April.", [("3 April", "2017-04-03")]),
    ("The talks, due to resume on April 20, were postponed.", [("April 20", "2017-04-20")]),
    ("The soldiers were deployed in mid-March.", [("mid-March", "2017-03")]),
    ("The 2015 ceasefire collapsed in July 2016.",
     [("2015", "2015"), ("July 2016", "2016-07")]),
    ("He was arrested on Sept. 28 and released on Oct. 2.",
     [("Sept. 28", "2016-09-28"), ("Oct. 2", "2016-10-02")]),
    ("The strike came a day after Thursday's talks.", [("Thursday", "2017-04-06")]),
    ("The bombing on Tuesday last week killed 9 people.",
     [("Tuesday last week", "2017-04-04")]),
    ("The tribunal will deliver its verdict on Friday.", [("Friday", "2017-04-14")]),
    ("The hearing resumes on Wednesday.", [("Wednesday", "2017-04-12")]),
    ("The trial opens on 24 April.", [("24 April", "2017-04-24")]),
    ("The court adjourned the case to May 3.", [("May 3", "2017-05-03")]),
    ("Police said the suspect, Jun Santos, was arrested in Davao.", []),
    ("The militants have held the town since early January.",
     [("early January", "2017-01")]),
    ("The inquiry heard evidence from 3 to 7 April.",
     [("3", "2017-04-03"), ("7 April", "2017-04-07")]),
    ("Yesterday's attack was the deadliest since 2014.",
     [("Yesterday", "2017-04-09"), ("2014", "2014")]),
    ("Between March 28 and April 2, 16 people were killed.",
     [("March 28", "2017-03-28"), ("April 2", "2017-04-02")]),
    ("The attack happened at 2300 on Saturday.", [("Saturday", "2017-04-08")]),
    ("The ceasefire took effect at midnight on Sunday, April 9.",
     [("Sunday, April 9", "2017-04-09")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_statements(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_casualties(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "casualties", expected)


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "dates", expected)


# Where the round's rules stop (each gave the reading shown before the round too).
@pytest.mark.parametrize(("text", "engine", "expected"), [
    ("Troops neutralised two bombs planted on the road.", "casualties", []),
    ("Four people, all members of a vigilante group, attacked the post.", "casualties", []),
    ("Fighting resumes on the outskirts after the truce collapsed on Sunday.", "dates",
     [("Sunday", "2017-04-09")]),
    ("The court adjourned on May 3.", "dates", [("May 3", "2016-05-03")]),
    ("The offensive began in Jun 2016.", "dates", [("Jun 2016", "2016-06")]),
    ("Troops killed between 20 and 30 rebels.", "dates", []),
    ("The statement read on Sunday that the talks had failed.", "statements",
     [("The statement", "the talks had failed")]),
    ("The minister, who met the envoy on Monday, said the talks had failed.", "statements",
     [("The minister", "the talks had failed")]),
    ("A resident, who did not want to be named, said the gunmen came at night.",
     "statements", [("A resident", "the gunmen came at night")]),
    ("The convoy, UNHCR said, had reached the town.", "statements",
     [("UNHCR", "The convoy had reached the town")]),
    ("The wounded soldiers and their families said the hospital was full.", "statements",
     [("The wounded soldiers and their families", "the hospital was full")]),
    ("Residents and a local official said the town was calm.", "statements",
     [("Residents and a local official", "the town was calm")]),
    ("Putin: Russia will not back down\nPresident Vladimir Putin said Russia would not "
     "back down.", "statements",
     [("Putin", "Russia will not back down"),
      ("President Vladimir Putin", "Russia would not back down")]),
])
def test_rule_limits(text: str, engine: str, expected: list) -> None:
    assert engines_read(text)[engine] == expected
