"""English probes, thirty-first round (issue 11), statements first, on whole fictional
reports and single sentences in styles the earlier rounds wrote little of: a tribunal's
verdict ("Presiding Judge X said in the chamber's ruling", "told the court during closing
arguments that", "The defence argued", "speaking through an interpreter"), a humanitarian
situation report ("Partners on the ground report that", "the agency's country director
for X, Y, told reporters", "The report added"), hostage talks ("a source close to the
talks said", mediators "speaking on condition of anonymity because ...", "In a voice
message shared with reporters, the group's spokesman, who uses the name ..."), a military
briefing ('"...," Col. X told reporters at a briefing in the capital', "a military
spokesperson, who declined to be named, told reporters", "The ministry issued a statement
... It said"), posts and videos ("said in a video posted on Telegram", "wrote on X", "a
video in which one of the men says"), remarks relayed or translated ("according to a
transcript released by the presidency", "according to a translation provided by his
office", "In remarks translated by", "According to that version"), pronouns across
paragraphs, quotes that go on after a long attribution, and the look-alikes where no
statement, or another speaker, must come out.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings. The publication date of every report is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_report, engines_read, english_report_tests

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = ()


# Whole reports: (text, statements, casualty figures, dates).
REPORTS: list[tuple[str, list, list, list]] = [
    # A tribunal's verdict: a quote that goes on after "said in the chamber's ruling", a
    # new paragraph after it ("The prosecution had asked ..." attributes no quote), the
    # prosecutor and the defence, an interpreter, a judge who "said nothing".
    ("Commander convicted of ordering Dorva massacre\n"
     "THE HAGUE, April 7 - A former militia commander was sentenced to 25 years in prison on "
     "Friday for ordering the killing of 34 villagers in Dorva in 2014.\n"
     "\"The accused was not a bystander to these crimes,\" Presiding Judge Amina Sesay said in "
     "the chamber's ruling. \"He was their author.\"\n"
     "The prosecution had asked for a life sentence. Chief prosecutor Nina Berg told the court "
     "during closing arguments that the commander, Karl Vasko, had personally chosen the men "
     "to be shot.\n"
     "The defence argued that Vasko had been at a meeting in Kessa at the time. His lawyer, "
     "Marc Duval, said after the verdict that he would appeal.\n"
     "Vasko, speaking through an interpreter, told the judges he had \"never given such an "
     "order\".\n"
     "The judge said nothing as the verdict was read.",
     [("Presiding Judge Amina Sesay", "The accused was not a bystander to these crimes"),
      ("Presiding Judge Amina Sesay", "He was their author"),
      ("Chief prosecutor Nina Berg",
       "the commander, Karl Vasko, had personally chosen the men to be shot"),
      ("The defence", "Vasko had been at a meeting in Kessa at the time"),
      ("Marc Duval", "he would appeal"),
      ("Karl Vasko", "he had \"never given such an order\"")],
     [("killing of 34 villagers", "killed", 34, None, "exact", "villagers")],
     [("April 7", "2017-04-07"), ("Friday", "2017-04-07"), ("2014", "2014")]),
    # A humanitarian situation report: "Partners on the ground report that" (the verb of a
    # plural subject and where they are), a country director in apposition, "She", "The
    # report added".
    ("Aid convoy turned back as fighting spreads in Lower Tarn\n"
     "GENEVA, April 9 - Fighting in the Lower Tarn valley has displaced at least 8,000 people "
     "since Wednesday, the UN humanitarian office said in a situation report on Sunday.\n"
     "Partners on the ground report that the main road to Tarnbury has been closed since "
     "Friday, and a convoy of 12 trucks was turned back at a checkpoint on Saturday.\n"
     "\"We are watching a slow siege,\" the World Food Programme's country director for "
     "Soria, Helen Obuya, told reporters in Geneva. \"Families are eating once a day.\"\n"
     "She said stocks in the town would run out by the end of the month.\n"
     "The report added that two health workers were killed when their clinic was shelled on "
     "Thursday.",
     [("the UN humanitarian office",
       "Fighting in the Lower Tarn valley has displaced at least 8,000 people since Wednesday"),
      ("Partners on the ground",
       "the main road to Tarnbury has been closed since Friday, and a convoy of 12 trucks "
       "was turned back at a checkpoint on Saturday"),
      ("Helen Obuya", "We are watching a slow siege"),
      ("Helen Obuya", "Families are eating once a day"),
      ("Helen Obuya", "stocks in the town would run out by the end of the month"),
      ("The report",
       "two health workers were killed when their clinic was shelled on Thursday")],
     [("displaced at least 8,000 people", "displaced", 8000, None, "at_least", "people"),
      ("two health workers were killed", "killed", 2, None, "exact", "health workers")],
     [("April 9", "2017-04-09"), ("Wednesday", "2017-04-05"), ("Sunday", "2017-04-09"),
      ("Friday", "2017-04-07"), ("Saturday", "2017-04-08"), ("Thursday", "2017-04-06")]),
    # Hostage talks: an unnamed source closing the lead, mediators with a long reason for
    # their anonymity, "had added 40 names to its list" (an act, no words), a voice message
    # as a fronted adverbial before a speaker set off by commas, "who uses the name".
    ("Hostage talks stall over prisoner list\n"
     "DOHA, April 10 - Talks on the release of 17 foreign hostages held by the Tarn Brigades "
     "stalled on Sunday over the names of prisoners the group wants freed, a source close to "
     "the talks said.\n"
     "The mediators, speaking on condition of anonymity because they were not authorised to "
     "brief the press, said the group had added 40 names to its list overnight.\n"
     "\"They keep moving the goalposts,\" one of them said. \"Every time we are close, there "
     "is a new demand.\"\n"
     "In a voice message shared with reporters, the group's spokesman, who uses the name Abu "
     "Tariq, said the hostages were \"safe and well fed\".\n"
     "A Qatari official familiar with the negotiations told reporters that a new round would "
     "open on Tuesday.",
     [("a source close to the talks",
       "Talks on the release of 17 foreign hostages held by the Tarn Brigades stalled on "
       "Sunday over the names of prisoners the group wants freed"),
      ("The mediators", "the group had added 40 names to its list overnight"),
      # (round en204: "one of them" after "The mediators" is one of that group)
      ("one of the mediators", "They keep moving the goalposts"),
      ("one of the mediators", "Every time we are close, there is a new demand"),
      ("Abu Tariq", "the hostages were \"safe and well fed\""),
      ("A Qatari official familiar with the negotiations",
       "a new round would open on Tuesday")],
     [("release of 17 foreign hostages", "captured", 17, None, "exact", "foreign hostages")],
     [("April 10", "2017-04-10"), ("Sunday", "2017-04-09"), ("Tuesday", "2017-04-11")]),
    # A military briefing: a spokesperson who declined to be named (one entry, not a second
    # unattributed one), a colonel with a dotted rank after a quote and a briefing after
    # "told reporters", "Asked about ..., he said", "It said" after the ministry's statement.
    ("Army says drone downed over the coast\n"
     "KESSA, April 10 - The army said on Monday it had shot down a drone over the coast "
     "overnight, the third in a week.\n"
     "\"The drone was brought down by electronic warfare,\" a military spokesperson, who "
     "declined to be named, told reporters.\n"
     "\"Air defences have intercepted 14 drones since April 1,\" Col. Omar Bakr told "
     "reporters at a briefing in the capital. \"None of them reached its target.\"\n"
     "Asked about reports of civilian casualties in Port Dane, he said the army was "
     "\"looking into it\".\n"
     "The ministry issued a statement later in the day. It said two fishermen had been "
     "wounded by falling debris.",
     [("Army", "drone downed over the coast"),
      ("The army",
       "it had shot down a drone over the coast overnight, the third in a week"),
      ("a military spokesperson", "The drone was brought down by electronic warfare"),
      ("Col. Omar Bakr", "Air defences have intercepted 14 drones since April 1"),
      ("Col. Omar Bakr", "None of them reached its target"),
      ("Col. Omar Bakr", "the army was \"looking into it\""),
      ("The ministry", "two fishermen had been wounded by falling debris")],
     [("two fishermen had been wounded", "wounded", 2, None, "exact", "fishermen")],
     [("April 10", "2017-04-10"), ("Monday", "2017-04-10"), ("April 1", "2017-04-01")]),
    # Posts and videos: "said in a video posted on Telegram", "wrote on X", "The statement
    # from his ministry added", "In remarks translated by the state broadcaster".
    ("Opposition calls general strike after 30 arrests\n"
     "KESSA, April 10 - Opposition leader Ruth Kamau called on Sunday for a general strike to "
     "protest the arrest of 30 party members last week.\n"
     "\"We will not be silenced,\" Kamau said in a video posted on Telegram. \"Every one of "
     "us they arrest makes us stronger.\"\n"
     "Interior Minister Paul Odera wrote on X that the arrests were lawful and that the "
     "detainees would be charged.\n"
     "The statement from his ministry added that 12 of them had been released on bail.\n"
     "In remarks translated by the state broadcaster, the minister later said the strike "
     "would \"fail like the last one\".",
     [("Opposition leader Ruth Kamau",
       "for a general strike to protest the arrest of 30 party members last week"),
      ("Opposition leader Ruth Kamau", "We will not be silenced"),
      ("Opposition leader Ruth Kamau", "Every one of us they arrest makes us stronger"),
      ("Interior Minister Paul Odera",
       "the arrests were lawful and that the detainees would be charged"),
      ("his ministry", "12 of them had been released on bail"),
      ("the minister", "the strike would \"fail like the last one\"")],
     # (the headline's "30 arrests" counts the same people by the noun of the act: a
     # mention of its own, read since the casualty grid)
     [("30 arrests", "arrested", 30, None, "exact", "arrests"),
      ("arrest of 30 party members", "arrested", 30, None, "exact", "party members"),
      # (read since round en130: released detainees stay arrested)
      ("12 of them had been released", "arrested", 12, None, "exact", None)],
     [("April 10", "2017-04-10"), ("Sunday", "2017-04-09"), ("last week", "2017-04-03")]),
    # Remarks relayed and translated: a transcript released by the presidency (the
    # presidency is the source), a translation provided by an office (no source), another
    # transcript "of the meeting", "According to that version".
    ("President tells envoy border will stay shut\n"
     "ARVA, April 8 - President Tomas Lind told a visiting UN envoy on Friday that the "
     "northern border would stay closed until the militias disarmed, according to a "
     "transcript released by the presidency.\n"
     "\"We opened it once and we buried 60 people,\" Lind said, according to a translation "
     "provided by his office.\n"
     "The envoy, Marta Venn, said after the meeting that she had asked for access for aid "
     "convoys. \"The president listened,\" she said. \"Whether he heard is another "
     "question.\"\n"
     "A transcript of the meeting published by the opposition daily Nordpost differed in one "
     "line. According to that version, Lind said the border would stay closed \"for ever\".",
     [("President", "border will stay shut"),
      ("the presidency",
       "President Tomas Lind told a visiting UN envoy on Friday that the northern border "
       "would stay closed until the militias disarmed"),
      ("President Tomas Lind",
       "the northern border would stay closed until the militias disarmed"),
      ("President Tomas Lind", "We opened it once and we buried 60 people"),
      ("Marta Venn", "she had asked for access for aid convoys"),
      ("Marta Venn", "The president listened"),
      ("Marta Venn", "Whether he heard is another question"),
      ("that version", "Lind said the border would stay closed \"for ever\""),
      ("President Tomas Lind", "the border would stay closed \"for ever\"")],
     [("buried 60 people", "killed", 60, None, "exact", "people")],
     [("April 8", "2017-04-08"), ("Friday", "2017-04-07")]),
    # A video of captives: "a video in which one of the men says" (the relative clause has
    # its own subject), a brought name, "It said" after the company.
    ("Kidnappers release video of captured engineers\n"
     "The kidnappers of three foreign engineers seized in Dorva last month have released a "
     "video in which one of the men says they are being treated well.\n"
     "In the video, which could not be independently verified, a man who identified himself "
     "as Lars Berg said he had been taken on March 3.\n"
     "The company said it was aware of the video. It said it was \"working with the "
     "authorities\".\n"
     "A source close to the negotiations told Reuters that the kidnappers had demanded $2 "
     "million.",
     [("one of the men", "they are being treated well"),
      ("Lars Berg", "he had been taken on March 3"),
      ("The company", "it was aware of the video"),
      ("The company", "it was \"working with the authorities\""),
      ("A source close to the negotiations", "the kidnappers had demanded $2 million")],
     [("kidnappers of three foreign engineers", "captured", 3, None, "exact",
       "foreign engineers")],
     [("last month", "2017-03"), ("March 3", "2017-03-03")]),
    # Pronouns across paragraphs: "She" after "Traders told her ..." is the governor (a
    # plural noun opening a sentence is nobody "she" refers to).
    ("Governor promises compensation after market fire\n"
     "PORT DANE, April 9 - Governor Lena Haas toured the burned market on Sunday with the "
     "city's police chief, Ivo Brandt.\n"
     "Traders told her that 120 stalls had been destroyed in the fire, which police blame on "
     "an arson attack.\n"
     "She promised compensation within a month.\n"
     "Brandt said two men had been arrested. He said they would appear in court on Tuesday.",
     [("Governor", "compensation after market fire"),
      ("Traders",
       "120 stalls had been destroyed in the fire, which police blame on an arson attack"),
      ("Governor Lena Haas", "compensation within a month"),
      ("Ivo Brandt", "two men had been arrested"),
      ("Ivo Brandt", "they would appear in court on Tuesday")],
     [("two men had been arrested", "arrested", 2, None, "exact", "men")],
     [("April 9", "2017-04-09"), ("Sunday", "2017-04-09"), ("Tuesday", "2017-04-11")]),
    # A monitor and its statement going on: "It added", a local official, "It said" after
    # "The Red Crescent released its own figures".
    ("Monitor reports clashes near border crossing\n"
     "The Tarn Valley Monitor, a network of activists inside the valley, said on Monday that "
     "at least nine fighters were killed in clashes near the Hollin crossing.\n"
     "The group said the fighting began on Saturday night. It added that government aircraft "
     "had struck two villages.\n"
     "The army did not comment. A local official, who asked not to be named, said the "
     "crossing had been closed since Sunday.\n"
     "The Red Crescent released its own figures on Monday evening. It said 23 wounded people "
     "had been taken to hospitals in Kessa.",
     [("Monitor", "clashes near border crossing"),
      ("The Tarn Valley Monitor",
       "at least nine fighters were killed in clashes near the Hollin crossing"),
      ("The group", "the fighting began on Saturday night"),
      ("The group", "government aircraft had struck two villages"),
      ("A local official", "the crossing had been closed since Sunday"),
      ("The Red Crescent", "23 wounded people had been taken to hospitals in Kessa")],
     [("at least nine fighters were killed", "killed", 9, None, "at_least", "fighters"),
      ("23 wounded people", "wounded", 23, None, "exact", "wounded people")],
     [("Monday", "2017-04-10"), ("Saturday", "2017-04-08"), ("Sunday", "2017-04-09"),
      ("Monday", "2017-04-10")]),
]

(test_report_statements, test_report_casualties, test_report_dates,
 test_reports_meet_the_aims) = english_report_tests(REPORTS, _MISSES)


STATEMENT_SENTENCES: list[tuple[str, list]] = [
    # 1. a dotted rank opening the speaker after a quote, then where it was told
    ("\"The city is calm,\" Lt. Col. Omar Bakr told reporters at the briefing, adding that "
     "the curfew would be lifted on Friday.",
     [("Lt. Col. Omar Bakr", "The city is calm"),
      ("Lt. Col. Omar Bakr", "the curfew would be lifted on Friday")]),
    ("\"The strikes will continue,\" Col. Omar Bakr told reporters at a briefing in the "
     "capital.",
     [("Col. Omar Bakr", "The strikes will continue")]),
    # ... look-alike: the briefing, then "that" and words of the verb's own
    ("Col. Omar Bakr told reporters at a briefing in the capital that the strikes would "
     "continue.",
     [("Col. Omar Bakr", "the strikes would continue")]),
    # 2. "It" for the body that is the subject of the sentence before
    ("The ministry issued a statement on Sunday. It said the strikes had killed 12 fighters.",
     [("The ministry", "the strikes had killed 12 fighters")]),
    ("OCHA published its weekly update on Tuesday. It said 4,000 people had fled.",
     [("OCHA", "4,000 people had fled")]),
    # ... the most recent body, not the earlier speaker
    ("The army said three soldiers were killed. The ministry issued a statement on Sunday. "
     "It said the attackers fled towards the river.",
     [("The army", "three soldiers were killed"),
      ("The ministry", "the attackers fled towards the river")]),
    # ... look-alikes: a plural, a person, police (who are "they") are no "it"
    ("The rebels have not commented. It said the attackers fled towards the river.",
     [("It", "the attackers fled towards the river")]),
    ("Governor Lena Haas visited the camp on Tuesday. It said the attackers fled towards "
     "the river.",
     [("It", "the attackers fled towards the river")]),
    ("The police arrested two men. It said the attackers fled towards the river.",
     [("It", "the attackers fled towards the river")]),
    # 3. a transcript released by its source; a recording's "of" names what it recorded
    ("According to a transcript released by the presidency, the general said the army had "
     "lost no ground.",
     [("the presidency", "the general said the army had lost no ground"),
      ("the general", "the army had lost no ground")]),
    ("According to a transcript of the call, the general said the army had lost no ground.",
     [("a transcript of the call", "the general said the army had lost no ground"),
      ("the general", "the army had lost no ground")]),
    ("According to a video of the speech, the general said the army had lost no ground.",
     [("a video of the speech", "the general said the army had lost no ground"),
      ("the general", "the army had lost no ground")]),
    ("According to a statement released by the army, two soldiers were wounded.",
     [("the army", "two soldiers were wounded")]),
    # 4. a fronted adverbial, then a speaker set off by commas
    ("In a voice message sent to reporters, the rebel spokesman, who declined to be named, "
     "said the group had withdrawn.",
     [("the rebel spokesman", "the group had withdrawn")]),
    ("In a video posted online, the group's leader, who was not named, said the hostages "
     "were alive.",
     [("the group's leader", "the hostages were alive")]),
    # ... look-alike: two set-off phrases after a name, after a fronted day
    ("On Monday, Yusuf Ali, 61, a retired baker, said the shelling had stopped.",
     [("Yusuf Ali", "the shelling had stopped")]),
    # 5. "who uses the name / alias" brings the name in, as "goes by" does
    ("A rebel spokesman who uses the alias Abu Tariq said the group had withdrawn.",
     [("Abu Tariq", "the group had withdrawn")]),
    ("\"We have withdrawn,\" said a rebel spokesman who uses the name Abu Tariq.",
     [("Abu Tariq", "We have withdrawn")]),
    # ... look-alike: a group's name
    ("The group, which uses the name Northern Front, said it shelled the base.",
     [("The group", "it shelled the base")]),
    # 6. a quote going on after the attribution's medium or manner
    ("\"There is no military solution,\" the envoy said, speaking in Geneva. \"Both sides "
     "know it.\"",
     [("the envoy", "There is no military solution"), ("the envoy", "Both sides know it")]),
    ("\"There will be no deal,\" Vasko said in an interview with the Kessa Herald published "
     "on Sunday, \"unless the prisoners are freed first.\"",
     [("Vasko", "There will be no deal"), ("Vasko", "unless the prisoners are freed first")]),
    # ... look-alike: the next quote has a speaker of its own
    ("\"There is no military solution,\" the envoy said, speaking in Geneva. \"We agree,\" "
     "the Russian delegate replied.",
     [("the envoy", "There is no military solution"), ("the Russian delegate", "We agree")]),
    # 7. a quote the sentence's own attribution reads is no second, unattributed entry
    ("\"The drone was brought down by electronic warfare,\" a military spokesperson, who "
     "declined to be named, told reporters.",
     [("a military spokesperson", "The drone was brought down by electronic warfare")]),
    # 8. a translation names no source
    ("\"We will win this war,\" the president said, according to a translation provided by "
     "his office.",
     [("the president", "We will win this war")]),
    ("The president said the war would end this year, according to an official translation.",
     [("The president", "the war would end this year")]),
    # 9. "report" after a plural subject and where they are is the verb
    ("Humanitarian partners on the ground report that water trucks have not reached the "
     "camp since Friday.",
     [("Humanitarian partners on the ground",
       "water trucks have not reached the camp since Friday")]),
    ("Aid workers in the camp report that water trucks have not reached it.",
     [("Aid workers in the camp", "water trucks have not reached it")]),
    # ... look-alikes: the noun, with a relative clause
    ("The ground report that reached us on Friday was alarming.", []),
    ("Officials commented on the ground report that was published on Friday.", []),
    # 10. a relative clause after a preposition has its own subject
    ("The kidnappers released a video on Telegram in which one of the hostages said he was "
     "being treated well.",
     [("one of the hostages", "he was being treated well")]),
    ("The army held a briefing at which its spokesman said 12 fighters were killed.",
     [("its spokesman", "12 fighters were killed")]),
    # ... look-alike: the relative clause inside the words
    ("The village in which the fighters hid was shelled on Monday, residents said.",
     [("residents", "The village in which the fighters hid was shelled on Monday")]),
    # 11. a new paragraph after a closing quote attributes nothing to it
    ("A former commander was sentenced on Friday.\n"
     "\"The accused was not a bystander,\" the judge said. \"He was their author.\"\n"
     "The prosecution had asked for a life sentence.",
     [("the judge", "The accused was not a bystander"), ("the judge", "He was their author")]),
    ("\"The accused was not a bystander,\" the judge said. \"He was their author.\"\n"
     "The prosecutor said the sentence was too light.",
     [("the judge", "The accused was not a bystander"), ("the judge", "He was their author"),
      ("The prosecutor", "the sentence was too light")]),
    # 12. "added" with a counted object and where to: an act
    ("The mediators said the group had added 40 names to its list overnight.",
     [("The mediators", "the group had added 40 names to its list overnight")]),
    ("The army added two brigades to the force in the north.", []),
    # ... look-alikes: a clause after "added"
    ("The minister added the army would go to the north.",
     [("The minister", "the army would go to the north")]),
    ("The spokesman added that more troops would be sent to the front.",
     [("The spokesman", "more troops would be sent to the front")]),
    # 13. "said nothing" as an act
    ("The judge said nothing as the verdict was read.", []),
    ("The army said nothing had changed on the front.",
     [("The army", "nothing had changed on the front")]),
    # 14. a speaker's own "we" / "I" inside their quote is no second source
    ("\"We called for ambulances and nobody came,\" said Dr. Salma Reyes.",
     [("Dr. Salma Reyes", "We called for ambulances and nobody came")]),
    # (round en116: what the speaker says they told others is an entry of its own, the
    # speaker's, as the gold of en-55, en-58, en-59 and en-63 gives it)
    ("\"I told them the road was mined,\" said the driver.",
     [("the driver", "I told them the road was mined"), ("the driver", "the road was mined")]),
    ("Dr. Salma Reyes said the villagers had called for ambulances.",
     [("Dr. Salma Reyes", "the villagers had called for ambulances")]),
    # 15. a plural subject is nobody "he" or "she" refers to
    ("Residents said the shelling lasted all night. He said the army had fired first.",
     [("Residents", "the shelling lasted all night"), ("He", "the army had fired first")]),
    # ... the object of "told" when the subject is no one "she" refers to (a miss of this
    # round, read since the thirty-third)
    ("Traders told the governor that 120 stalls had burned. She promised to pay for the "
     "damage.",
     [("Traders", "120 stalls had burned"), ("the governor", "to pay for the damage")]),
    # 16. styles the engines already read, kept as guards
    ("Colonel Ivan Petrenko wrote on X that the bridge had been destroyed.",
     [("Colonel Ivan Petrenko", "the bridge had been destroyed")]),
    ("Mediators said on condition of anonymity that the release of the hostages could take "
     "weeks.",
     [("Mediators", "the release of the hostages could take weeks")]),
    ("In her ruling, Judge Amina Sesay said the evidence was admissible.",
     [("Judge Amina Sesay", "the evidence was admissible")]),
    ("The defence argued in its closing submissions that the witnesses had been coached.",
     [("The defence", "the witnesses had been coached")]),
    ("Talks are due to resume on Thursday, a source close to the talks said.",
     [("a source close to the talks", "Talks are due to resume on Thursday")]),
    ("The video posted on Telegram showed fighters raising a flag over the airfield.", []),
    ("A voice message shared with reporters could not be verified.", []),
    ("The court heard that the convoy was attacked at dawn.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_SENTENCES)
def test_sentence_statements(request: pytest.FixtureRequest, text: str,
                             expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


def test_where_the_rules_stop() -> None:
    # "uses the name of" someone else names nobody who speaks
    assert engines_read(
        "A rebel spokesman who uses the name of his late father said the group had withdrawn."
    )["statements"] == [("A rebel spokesman who uses the name of his late father",
                         "the group had withdrawn")]
    # "added" before a clause whose verb is a past form still reports
    assert engines_read("The minister added the army moved to the north.")["statements"] == [
        ("The minister", "the army moved to the north")]
    # an interpreter after "according to" is no source of the words
    assert engines_read(
        "According to an interpreter, the prisoner said he had been beaten.")["statements"] == [
        ("the prisoner", "he had been beaten")]
