"""English probes, eighteenth round (issue 11): statements only, read in whole fictional
reports of four to six paragraphs with three or more speakers, where a speaker is named
once by title and name and then by surname, by title alone, by "the official" or by a
pronoun after another person was named in between; the speaker after the quote with a
long apposition, "according to X, who spoke on condition of anonymity because ...", "X,
who declined to be named, said"; paraphrase over two sentences ("He added that ... He
also said ..."), a quote interrupted by its attribution; nested attribution ("Reuters
quoted a police source as saying", "the agency cited the ministry as saying", "state
media reported, citing the army"); documents and bodies as sources ("a UN report said",
"the court ruled", "the indictment alleges"); a transcript with speaker labels, a press
briefing ("Asked about ..., X said"), a police blotter, a live blog; and words that are
no speech ("said to be", "so-called", "it is said", "the said vehicle", "as mentioned").
Two leftovers of the earlier rounds: "a day before" closing the words, and "the past
month" / "the past year" read against the publication date.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings. The publication date is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import EN_PUBLISHED, check_report, statement_words
from workbench.core.extract import extract

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = ()


# Whole reports: (text, statements).
REPORTS: list[tuple[str, list]] = [
    # A tribunal: the judge by title and name, then by surname; the defendant named in
    # between; his lawyer in apposition, then "he"; the indictment as a source.
    ("Former militia leader jailed for 20 years over Kessa killings\n"
     "THE HAGUE, April 7 - Judges at the international tribunal sentenced former militia "
     "commander Jonas Meru to 20 years in prison on Friday for his role in the killing of "
     "41 villagers in Kessa in 2009. \"The accused knew what his men were doing,\" "
     "presiding judge Ingrid Halvorsen said as she read the verdict. Halvorsen said the "
     "chamber had found no evidence that Meru had tried to stop the killings.\n"
     "Meru's lawyer, Paul Ndege, told reporters outside the court that his client would "
     "appeal. \"This judgment rests on the word of two witnesses,\" he said.\n"
     "The indictment alleges that Meru ordered the attack from a school building.",
     [("presiding judge Ingrid Halvorsen", "The accused knew what his men were doing"),
      ("presiding judge Ingrid Halvorsen", "the chamber had found no evidence that Meru "
       "had tried to stop the killings"),
      ("Paul Ndege", "his client would appeal"),
      ("Paul Ndege", "This judgment rests on the word of two witnesses"),
      ("The indictment", "Meru ordered the attack from a school building")]),
    # A press briefing: "Asked about ..., X said", the surname with a quote, "The
    # spokesman added", an official who declined to be named, state media on a denial.
    ("WASHINGTON, April 9 - Asked about the air strike on a market in Dara, State "
     "Department spokesman Mark Ellison said the United States was seeking more "
     "information. \"We have seen the reports and we take them seriously,\" Ellison told "
     "reporters at the daily briefing. The spokesman added that Washington had raised the "
     "matter with the government in Damascus.\n"
     "A senior administration official, who declined to be named, said the strike appeared "
     "to have hit a crowded street. The Syrian army denied that its aircraft had been "
     "involved, state media reported.",
     [("State Department spokesman Mark Ellison", "the United States was seeking more "
       "information"),
      ("State Department spokesman Mark Ellison", "We have seen the reports and we take "
       "them seriously"),
      ("The spokesman", "Washington had raised the matter with the government in "
       "Damascus"),
      ("A senior administration official", "the strike appeared to have hit a crowded "
       "street"),
      ("state media", "The Syrian army denied that its aircraft had been involved"),
      ("The Syrian army", "its aircraft had been involved")]),
    # Nested attribution on the wire: an agency quoting a police source, the source
    # again, a news agency citing an office, a group's statement, residents.
    ("KABUL, April 9 (Reuters) - Gunmen stormed a guesthouse in the northern city of Kunduz "
     "overnight, a police source told Reuters. The source said three guards had been "
     "wounded in the firefight.\n"
     "The Tolo news agency cited the provincial governor's office as saying the attackers "
     "had been killed. The Taliban said in a statement sent to journalists that its "
     "fighters had not taken part.\n"
     "Local residents said the shooting lasted for more than four hours.",
     [("a police source", "Gunmen stormed a guesthouse in the northern city of Kunduz "
       "overnight"),
      ("The source", "three guards had been wounded in the firefight"),
      ("The Tolo news agency", "the attackers had been killed"),
      ("the provincial governor's office", "the attackers had been killed"),
      ("The Taliban", "its fighters had not taken part"),
      ("Local residents", "the shooting lasted for more than four hours")]),
    # A UN report, the report again, OCHA's update and a quote from it, aid workers who
    # spoke on condition of anonymity "because ...".
    ("A UN report said on Friday that at least 120 civilians had been killed in the "
     "fighting around Tawila since January. The report, compiled by the UN human rights "
     "office, said most of the victims were women and children.\n"
     "OCHA said in its latest update that 15,000 people had fled their homes. "
     "\"Humanitarian access remains extremely limited,\" the update said.\n"
     "According to aid workers, who spoke on condition of anonymity because they were not "
     "authorised to speak to the media, food stocks would run out within two weeks.",
     [("A UN report", "at least 120 civilians had been killed in the fighting around "
       "Tawila since January"),
      ("The report", "most of the victims were women and children"),
      ("OCHA", "15,000 people had fled their homes"),
      ("the update", "Humanitarian access remains extremely limited"),
      ("aid workers", "food stocks would run out within two weeks")]),
    # A governor named in apposition, a quote interrupted by "he said", his surname, a
    # trader quoted in between, then "The governor" again.
    ("EL OBEID, April 9 - The governor of North Kordofan, Ahmed Bashir, visited the burned "
     "market on Sunday. \"We will rebuild,\" he said, \"but not this year.\" Bashir said the "
     "shelling had destroyed more than 200 shops.\n"
     "A trader, Fatima Osman, said she had lost everything. \"I had saved for ten years,\" "
     "she said.\n"
     "The governor said the army would stay in the town.",
     [("Ahmed Bashir", "We will rebuild"),
      ("Ahmed Bashir", "but not this year"),
      ("Ahmed Bashir", "the shelling had destroyed more than 200 shops"),
      ("Fatima Osman", "she had lost everything"),
      ("Fatima Osman", "I had saved for ten years"),
      ("The governor", "the army would stay in the town")]),
    # The speaker after the quote with a long apposition, the surname, a driver in
    # apposition and paraphrase over two sentences.
    ("\"The roads to the north are still closed and we have no fuel,\" the spokesman for "
     "the governor, Ali Reza, said late on Monday. Reza said two convoys had been turned "
     "back at the checkpoint near Qasr.\n"
     "A driver, Hassan Ali, said soldiers had fired warning shots. He added that nobody had "
     "been hurt. He also said the drivers had slept in their trucks for three nights.\n"
     "The army said the road would reopen once it had been cleared of mines.",
     [("Ali Reza", "The roads to the north are still closed and we have no fuel"),
      ("Ali Reza", "two convoys had been turned back at the checkpoint near Qasr"),
      ("Hassan Ali", "soldiers had fired warning shots"),
      ("Hassan Ali", "nobody had been hurt"),
      ("Hassan Ali", "the drivers had slept in their trucks for three nights"),
      ("The army", "the road would reopen once it had been cleared of mines")]),
    # A security official "according to ..., who spoke on condition of anonymity
    # because ...", "The official", a minister in apposition, "The minister also said".
    ("BAGHDAD, April 9 - According to a senior security official, who spoke on condition "
     "of anonymity because he was not authorised to brief the press, the bomber detonated "
     "his vest at the gate of the mosque. The official said 14 worshippers had been "
     "killed.\n"
     "The interior minister, Qasim al-Araji, said in a televised address that the attack "
     "would not go unpunished. The minister also said security around mosques would be "
     "tightened.\n"
     "A witness, Abbas Kadhim, said he had seen the bomber arguing with the guards.",
     [("a senior security official", "the bomber detonated his vest at the gate of the "
       "mosque"),
      ("The official", "14 worshippers had been killed"),
      ("Qasim al-Araji", "the attack would not go unpunished"),
      ("The minister", "security around mosques would be tightened"),
      ("Abbas Kadhim", "he had seen the bomber arguing with the guards")]),
    # A live blog: clock stamps, present-tense verbs, a doctor after the quote, "said
    # earlier".
    ("14:20 - Health ministry spokesman Ashraf al-Qudra says the hospital's generators "
     "have stopped.\n"
     "14:35 - \"We are operating by torchlight,\" a surgeon at the hospital, Dr. Hani Saleh, "
     "tells Al Jazeera.\n"
     "14:50 - The army says its troops are not near the hospital. An army spokesman, Lt. "
     "Col. Avi Dror, said earlier that fighters were hiding in the basement.",
     [("Health ministry spokesman Ashraf al-Qudra", "the hospital's generators have "
       "stopped"),
      ("Dr. Hani Saleh", "We are operating by torchlight"),
      ("The army", "its troops are not near the hospital"),
      ("Lt. Col. Avi Dror", "fighters were hiding in the basement")]),
    # A headline's source, state media citing the army, the army's statement, a monitor
    # and its director.
    ("Syria says rebels shelled Aleppo school\n"
     "DAMASCUS, April 9 - Rebel shells hit a school in western Aleppo on Sunday, killing "
     "two children, state media reported, citing the army. The army said in a statement "
     "that the shells had been fired from the Rashideen district.\n"
     "The Syrian Observatory for Human Rights said it could not confirm the report. Its "
     "director, Rami Abdel Rahman, said fighting in the area had been heavy since Friday.",
     [("Syria", "rebels shelled Aleppo school"),
      ("state media", "Rebel shells hit a school in western Aleppo on Sunday, killing two "
       "children"),
      ("the army", "Rebel shells hit a school in western Aleppo on Sunday, killing two "
       "children"),
      ("The army", "the shells had been fired from the Rashideen district"),
      ("The Syrian Observatory for Human Rights", "it could not confirm the report"),
      ("Rami Abdel Rahman", "fighting in the area had been heavy since Friday")]),
    # A police blotter: police, officers, a sergeant named with her role, "she said"
    # closing a sentence.
    ("Police said a 34-year-old man was shot in the leg outside a bar on Main Street at "
     "about 2 a.m. Saturday. Officers said the victim was taken to hospital and was in "
     "stable condition.\n"
     "Sgt. Maria Lopez, a police spokeswoman, said no arrests had been made. Anyone with "
     "information is asked to call the department, she said.",
     [("Police", "a 34-year-old man was shot in the leg outside a bar on Main Street at "
       "about 2 a.m. Saturday"),
      ("Officers", "the victim was taken to hospital and was in stable condition"),
      ("Sgt. Maria Lopez", "no arrests had been made"),
      ("Sgt. Maria Lopez", "Anyone with information is asked to call the department")]),
    # A feature: a woman named with her age, a brother named inside her quote, the
    # surname, and an office "asked about the case".
    ("Nadia Haddad, 42, runs a small clinic in the old town. \"My brother Samir was taken "
     "at the checkpoint in March,\" she said. Haddad said she had written to the "
     "prosecutor three times.\n"
     "The prosecutor's office, asked about the case, said it did not comment on ongoing "
     "investigations. A lawyer for the family, Omar Said, said the detention was "
     "unlawful.",
     [("Nadia Haddad", "My brother Samir was taken at the checkpoint in March"),
      ("Nadia Haddad", "she had written to the prosecutor three times"),
      ("The prosecutor's office", "it did not comment on ongoing investigations"),
      ("Omar Said", "the detention was unlawful")]),
    # Words that are no speech, and one report among them.
    ("The man, said to be a former soldier, was arrested at a checkpoint. The so-called "
     "Kessa Brigade has operated in the area since 2014. As mentioned, the road was "
     "closed for three days. It is said that the brigade's leader fled abroad. The said "
     "vehicle was later found burned out. The police said the driver had escaped.",
     [("The police", "the driver had escaped")]),
    # A transcript: speaker labels in capitals with a rank; a question asks and reports
    # nothing (as the sixteenth round's "ANCHOR:").
    ("MODERATOR: Colonel, how many of your men were hurt?\n"
     "COL. DANIEL OKAFOR: Four were wounded, one of them seriously.\n"
     "MODERATOR: And the attackers?\n"
     "COL. DANIEL OKAFOR: They withdrew towards the forest.",
     [("COL. DANIEL OKAFOR", "Four were wounded, one of them seriously"),
      ("COL. DANIEL OKAFOR", "They withdrew towards the forest")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_report_statements(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


# Single sentences: statements.
STATEMENTS: list[tuple[str, list]] = [
    ("Separately, and without giving details, the ministry said two soldiers had been "
     "wounded.",
     [("the ministry", "two soldiers had been wounded")]),
    ("Speaking to reporters in Geneva on Friday, the envoy said talks would resume.",
     [("the envoy", "talks would resume")]),
    ("The attack was carried out by a suicide bomber, the spokesman for the provincial "
     "police chief, Abdul Wali, said.",
     [("Abdul Wali", "The attack was carried out by a suicide bomber")]),
    ("\"The situation is calm,\" said the deputy head of the regional security council, "
     "Colonel Amir Tahir.",
     [("Colonel Amir Tahir", "The situation is calm")]),
    ("A resident, who declined to be named for fear of reprisals, said the militia had "
     "taken over the school.",
     [("A resident", "the militia had taken over the school")]),
    ("The agency cited the defence ministry as saying that the drone had been shot down.",
     [("The agency", "the drone had been shot down"),
      ("the defence ministry", "the drone had been shot down")]),
    ("Al Arabiya quoted a military source as saying that the convoy was ambushed.",
     [("Al Arabiya", "the convoy was ambushed"),
      ("a military source", "the convoy was ambushed")]),
    ("The court ruled that the detention of the journalists was unlawful.",
     [("The court", "the detention of the journalists was unlawful")]),
    ("The indictment alleges that the defendant ordered the execution of prisoners.",
     [("The indictment", "the defendant ordered the execution of prisoners")]),
    ("Asked whether the army would withdraw, Gen. Tamer Aziz said it would not.",
     [("Gen. Tamer Aziz", "it would not")]),
    ("The man, said to be a relative of the mayor, was released.", []),
    ("The so-called peace committee met on Sunday.", []),
    ("It is said that the commander fled to the mountains.", []),
    ("The said vehicle was later found near the bridge.", []),
    ("As mentioned, the bridge was closed.", []),
    ("The army said the town had been retaken and that 20 fighters had surrendered",
     [("The army", "the town had been retaken and that 20 fighters had surrendered")]),
    # (a headline needs the story after it: a text of one line is no headline)
    ("Kabul blast toll rises to 40 - officials\nThe toll rose on Sunday.",
     [("officials", "Kabul blast toll rises to 40")]),
    ("Smith, the mission's spokesman, said the talks had failed.",
     [("Smith", "the talks had failed")]),
    ("The minister, speaking on state television, said that the curfew would be lifted.",
     [("The minister", "the curfew would be lifted")]),
    ("Officials said privately that the death toll could rise.",
     [("Officials", "the death toll could rise")]),
    ("\"We heard three explosions,\" said Youssef, a shopkeeper.",
     [("Youssef", "We heard three explosions")]),
    ("The UN envoy, Hans Berg, told the Security Council that both sides had violated the "
     "truce.",
     [("Hans Berg", "both sides had violated the truce")]),
    ("The statement, signed by the group's leader, said the fighters would hold their "
     "positions.",
     [("The statement", "the fighters would hold their positions")]),
    ("Witnesses told the BBC that soldiers had opened fire on the crowd.",
     [("Witnesses", "soldiers had opened fire on the crowd")]),
    ("In a statement released late on Sunday, the ministry of defence said that its "
     "forces had repelled an attack.",
     [("the ministry of defence", "its forces had repelled an attack")]),
    ("The general, who commands the eastern front, said his troops were ready.",
     [("The general", "his troops were ready")]),
    ("\"We did not fire first,\" the officer, who asked not to be identified because he "
     "was not authorised to speak, told reporters.",
     [("the officer", "We did not fire first")]),
    ("The minister was quoted by the official news agency as saying that the border would "
     "stay closed.",
     [("the official news agency", "the border would stay closed"),
      ("The minister", "the border would stay closed")]),
    # a known leftover: "a day before" closing the words
    ("The army said the raid came a day before.",
     [("The army", "the raid came a day before")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_statements(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


# The round's rules on short texts, and where they stop.
@pytest.mark.parametrize(("text", "expected"), [
    # a first line opened by a dateline with a date or a clock is the first paragraph, no
    # headline, so its subject is read whole
    ("KESSA, April 9 - Health ministry spokesman Omar Nabil said the road was closed.\n"
     "More later.",
     [("Health ministry spokesman Omar Nabil", "the road was closed")]),
    ("09:40 - Health ministry spokesman Omar Nabil says the road is closed.\nMore later.",
     [("Health ministry spokesman Omar Nabil", "the road is closed")]),
    # a name's word may open with the Arabic article in lower case and a hyphen
    ("The interior minister, Qasim al-Araji, said the attack would not go unpunished.",
     [("Qasim al-Araji", "the attack would not go unpunished")]),
    ("Ashraf al-Qudra, a ministry spokesman, said the generators had stopped.",
     [("Ashraf al-Qudra", "the generators had stopped")]),
    # "According to X" right after a dateline opens the clause, as at a sentence start
    ("KESSA, April 9 - According to the mayor, the road was closed.",
     [("the mayor", "the road was closed")]),
    # "aid", "relief" and "humanitarian" open a source as "health" does
    ("According to aid workers, food stocks would run out.",
     [("aid workers", "food stocks would run out")]),
    ("Relief officials said the convoy had turned back.",
     [("Relief officials", "the convoy had turned back")]),
    # the writer's reason for an unnamed source may run long; it is no part of the words
    ("According to local officials, who spoke on condition of anonymity because they were "
     "not authorised to speak to the media, food stocks would run out.",
     [("local officials", "food stocks would run out")]),
    # "tells" after a quote takes its audience as "told" does, also after a name in
    # apposition
    ("\"The road is open,\" a medic, Dr. Lina Haddad, tells reporters.",
     [("Dr. Lina Haddad", "The road is open")]),
    # a name closing the sentence after an inverted speaker's description speaks
    ("\"The road is open,\" said the head of the town council, Mayor Lina Haddad.",
     [("Mayor Lina Haddad", "The road is open")]),
    # ... a description alone stays the speaker, and a name opening it stays the name
    ("\"The road is open,\" said the head of the town council, on Sunday.",
     [("the head of the town council", "The road is open")]),
    ("\"The road is open,\" said Lina Haddad, the head of the council.",
     [("Lina Haddad", "The road is open")]),
    # an inverted speaker named after its description, without quotes; a description
    # of a place before it is no speaker
    ("Two people died in Kessa, a town in the north, the mayor, Ali Rahm, said on Sunday.",
     [("Ali Rahm", "Two people died in Kessa, a town in the north")]),
    ("The bridge is down, the police spokesman said.",
     [("the police spokesman", "The bridge is down")]),
    # a counted period closing the words is whole; after a comma it is a cut-off adjunct
    ("The army said the raid came two weeks after.",
     [("The army", "the raid came two weeks after")]),
    ("Police said two were killed, a day after.", [("Police", "two were killed")]),
    # ... a headline stays one: read short, as before
    ("Health ministry spokesman Omar Nabil says road closed\nKESSA, April 9 - More later.",
     [("ministry spokesman Omar Nabil", "road closed")]),
])
def test_round_rules_statements(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the past month" / "the past year" count back from publication, as "the past week"
    # does: the span's first day, until publication (the gold annotates no such period)
    ("In the past month, 200 families fled the town.",
     [("the past month", "2017-03-10", "day", "2017-04-10")]),
    ("Over the past year the siege has tightened.",
     [("the past year", "2016-04-10", "day", "2017-04-10")]),
    # ... "last month" stays the calendar month
    ("Last month the siege tightened.", [("Last month", "2017-03", "month", None)]),
])
def test_round_rules_dates(text: str, expected: list) -> None:
    got = extract(text, EN_PUBLISHED)["dates"]
    assert [(d["text"], d["value"], d["precision"], d.get("until")) for d in got] == expected
