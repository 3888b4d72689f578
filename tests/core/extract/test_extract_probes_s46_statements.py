"""English probes, forty-fifth round: the twelfth blind set's statement families.

Each family is probed as a whole, in wordings of research briefs, briefing notes, wires
and local papers, with the look-alikes the rule must leave alone:

1. A plural "reports" / "claims" / "notes" that names papers, not the verb: in a
   heading before a bar, after a possessive, before how the papers were made ("kept
   by", "compiled by"), what they did ("recorded 14 deaths") or what they are about
   ("Briefing notes on ...") with no "that" soon after. The verb ("The report notes
   that ...", "notes in its report that ...") stays read.
2. A reporting verb's past participle as an adjective after a determiner or a
   preposition ("one for each claimed raid", "every reported clash"); a floating "each"
   after its plural subject ("The rebels each claimed ...") stays the verb.
3. A title's second half "..., a year on: what the bulletins say" is no attribution.

4. A plural subject of a present reporting verb: a collective of people ("Our staff
   report that ...", "The crew say ...", "Medical staff at the hospital report ...") and
   a subject that counts its sources ("31 bulletins report ...", "40 witnesses say
   ...", "Relatives of at least 15 of those arrested say ..."); "a staff report" and
   "The staff report was published" stay the noun.

5. "According to" a thing someone made, whose maker is the source: "information
   gathered by aid workers", "a tally kept by local monitors", "testimony collected by
   the commission", "information from the ministry"; and the writer's own people ("our
   staff", "our team in Goma", "our colleagues in the field").

6. ", saying" after a clause that judges its object "as" something or in a quoted word
   ("dismissed the count as "a farce", saying ...", "described the vote as "a sham",
   saying ..."): the clause's subject speaks, not the judgement.

7. An inverted speaker given as a description, then a name with the country or body
   it is "of" ("..., a member of the observer team, Major Tom Reid of Fiji, told
   reporters."): the name speaks, and the "he" / "she" of the next quote is that name.

8. A long fronted clause of time with its own report ("Since the council announced in
   March that it no longer felt bound by the 2015 truce, ...") before a second subject
   with an aside ("the council's bulletins, carried daily by the radio, have claimed
   ..."): two entries, the first ending at the comma, however long the clause (a year's
   digits had pushed it past the length the aside rule looked back over).

9. A text read out, set off as an aside between the subject and its verb ("A statement,
   read on state television, said ...", "The bulletins, read each evening, have claimed
   ..."): the text speaks; "The charges were read to the men, their lawyer said" stays
   the lawyer's.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

DOCUMENT_NOUNS: list[tuple[str, Entries]] = [
    ("Briefing notes on the Sahel", []),
    ("Press briefing notes on South Sudan", []),
    ("HORN OF AFRICA SECURITY NOTES | No. 7 | 2 May 2022\n\nThe road to Baidoa reopened.",
     []),
    ("WEST AFRICA FIELD REPORTS | Issue 12\n\nThe market in Gao was busy.", []),
    ("The doctors read the surgical notes kept by the clinic's three nurses.", []),
    ("We compared the field notes kept by the monitors with the police log.", []),
    ("Weekly situation reports compiled by the cluster list 40 sites.", []),
    ("The daily reports recorded 14 deaths.", []),
    ("The ward notes recorded 9 amputations.", []),
    ("Compensation claims from the families reached 300.", []),
    ("The insurance claims filed by traders ran to 80.", []),
    ("Her diary notes on the siege were published in 2019.", []),
    ("Editor's notes: the names have been changed.", []),
    # the papers as a source still speak through their own verb
    ("The ministry's notes on the raid say that 12 men were held.",
     [("The ministry's notes on the raid", "12 men were held")]),
    # the verb: a subject, then its words
    ("The report notes that 40 villages were burned.",
     [("The report", "40 villages were burned")]),
    ("Amnesty notes that no charges were filed.", [("Amnesty", "no charges were filed")]),
    ("The commission notes in its report that 30 people died.",
     [("The commission", "30 people died")]),
    ("Dr Hana Sabri notes the clinic has run out of insulin.",
     [("Dr Hana Sabri", "the clinic has run out of insulin")]),
    ("The ministry notes, however, that the count is incomplete.",
     [("The ministry", "the count is incomplete")]),
    ("The agency reports that 40 homes were destroyed.",
     [("The agency", "40 homes were destroyed")]),
    ("The army claims that 20 rebels were killed.", [("The army", "20 rebels were killed")]),
]

ADJECTIVAL_PARTICIPLES: list[tuple[str, Entries]] = [
    ("Our table (90 rows, one for each claimed raid) is published with this note.", []),
    ("The list of claimed attacks runs to 300 entries.", []),
    ("Each claimed killing was checked against hospital records.", []),
    ("We counted every reported clash in the district.", []),
    # the verb after its subject, a floating "each" included
    ("The rebels each claimed the attack had failed.",
     [("The rebels each", "the attack had failed")]),
    ("Each side claimed that it had won.", [("Each side", "it had won")]),
    ("The army reported clashes in two villages.",
     [("The army", "clashes in two villages")]),
    ("Officials promised aid would arrive on Monday.",
     [("Officials", "aid would arrive on Monday")]),
]

WHAT_THEY_SAY_TITLES: list[tuple[str, Entries]] = [
    ("The berm war, a year on: what the bulletins say\n\nThe front has been quiet.", []),
    ("The siege, one year on: what the residents say\n\nMost shops are shut.", []),
    ("Six months after the floods: what the aid agencies say\n\nThe camps are full.", []),
    # a sentence that ends in "say" with its own words stays read
    ("The camp is full, the aid agencies say.", [("the aid agencies", "The camp is full")]),
]

PLURAL_PRESENT_SUBJECTS: list[tuple[str, Entries]] = [
    ("Our staff report that the clinic was looted on Monday.",
     [("Our staff", "the clinic was looted on Monday")]),
    ("The security staff report that two dormitories were hit.",
     [("The security staff", "two dormitories were hit")]),
    ("Hospital staff report that 20 patients were moved.",
     [("Hospital staff", "20 patients were moved")]),
    ("Medical staff at the hospital report that 15 people died.",
     [("Medical staff at the hospital", "15 people died")]),
    ("Our security personnel report that the gate was forced.",
     [("Our security personnel", "the gate was forced")]),
    ("31 bulletins report raids on two army posts.",
     [("31 bulletins", "raids on two army posts")]),
    ("The army admits two losses; 14 communiques report attacks near the wall.",
     [("The army", "two losses"), ("14 communiques", "attacks near the wall")]),
    ("40 witnesses say the soldiers fired first.",
     [("40 witnesses", "the soldiers fired first")]),
    ("At least 12 residents told reporters the soldiers fired first.",
     [("At least 12 residents", "the soldiers fired first")]),
    ("More than 200 families say they have lost their homes.",
     [("More than 200 families", "they have lost their homes")]),
    ("Relatives of at least 15 of those arrested say they have had no news.",
     [("Relatives of at least 15 of those arrested", "they have had no news")]),
    ("Families of 30 of the missing men say they were never told.",
     [("Families of 30 of the missing men", "they were never told")]),
    ("The crew report that the ship was boarded.", [("The crew", "the ship was boarded")]),
    # members already read, and the noun
    ("Twelve bulletins report raids on two army posts.",
     [("Twelve bulletins", "raids on two army posts")]),
    ("Relatives of the arrested men say they have had no news.",
     [("Relatives of the arrested men", "they have had no news")]),
    ("40 people were killed, officials say.", [("officials", "40 people were killed")]),
    ("The staff report was published on Monday.", []),
    ("Staff reports are due on Friday.", []),
    ("A staff report said the camp was full.", [("A staff report", "the camp was full")]),
]

MADE_INFORMATION: list[tuple[str, Entries]] = [
    ("According to information gathered by aid workers, 14 people were killed in the town.",
     [("aid workers", "14 people were killed in the town")]),
    ("According to information gathered by our team in Goma, 14 people were killed.",
     [("our team in Goma", "14 people were killed")]),
    ("According to information from the ministry, 14 people were killed.",
     [("the ministry", "14 people were killed")]),
    ("According to a tally kept by local monitors, 52 people have died since March.",
     [("local monitors", "52 people have died since March")]),
    ("According to testimony gathered by the commission, the soldiers fired first.",
     [("the commission", "the soldiers fired first")]),
    ("According to accounts collected by Amnesty, the men were beaten.",
     [("Amnesty", "the men were beaten")]),
    ("According to records kept by the hospital, 40 patients were treated.",
     [("the hospital", "40 patients were treated")]),
    ("According to our staff, the clinic was looted.", [("our staff", "the clinic was looted")]),
    ("According to our colleagues in the field, the road is closed.",
     [("our colleagues in the field", "the road is closed")]),
    ("According to our sources in the city, the gate was forced.",
     [("our sources in the city", "the gate was forced")]),
    # members already read, and a plan that is nobody's
    ("According to figures compiled by the UN, 300 homes were destroyed.",
     [("the UN", "300 homes were destroyed")]),
    ("According to data collected by the cluster, 9,000 people have fled.",
     [("the cluster", "9,000 people have fled")]),
    ("According to plan, the convoy left at dawn.", []),
]

JUDGED_THEN_SAYING: list[tuple[str, Entries]] = [
    ('Army hardliners dismissed the count as "a farce", saying the rebels kept most of '
     "their guns.", [("Army hardliners", "the rebels kept most of their guns")]),
    ("Army hardliners dismissed the count as a farce, saying the rebels kept most of "
     "their guns.", [("Army hardliners", "the rebels kept most of their guns")]),
    ('The opposition described the vote as "a sham", saying thousands were turned away.',
     [("The opposition", "thousands were turned away")]),
    # members already read, and a participle with no words
    ("Army hardliners dismissed the count, saying the rebels kept most of their guns.",
     [("Army hardliners", "the rebels kept most of their guns")]),
    ('The minister called the report "biased", saying it ignored the army\'s losses.',
     [("The minister", "it ignored the army's losses")]),
    ('The union branded the deal "a betrayal", arguing that wages would fall.',
     [("The union", "wages would fall")]),
    ('He left the room "in a hurry", saying nothing.', []),
]

DESCRIBED_NAME_OF: list[tuple[str, Entries]] = [
    ("The weapons will be stored at the mission base, a member of the observer team, "
     'Major Tom Reid of Fiji, told reporters. "Nobody takes them out alone," he said.',
     [("Major Tom Reid of Fiji", "The weapons will be stored at the mission base"),
      ("Major Tom Reid of Fiji", "Nobody takes them out alone")]),
    ("The keys will be kept by the commanders and the monitors, a member of the monitoring "
     'team, Captain Ana Silva of Brazil, told this newspaper. "Both keys are needed," she '
     "said.",
     [("Captain Ana Silva of Brazil",
       "The keys will be kept by the commanders and the monitors"),
      ("Captain Ana Silva of Brazil", "Both keys are needed")]),
    ("The road is open again, an officer of the peace force, Lieutenant Sam Kerr of Ghana, "
     "said.", [("Lieutenant Sam Kerr of Ghana", "The road is open again")]),
    ("The road is open again, a spokeswoman for the mission, Dr Lina Haddad of Jordan, told "
     "reporters.", [("Dr Lina Haddad of Jordan", "The road is open again")]),
    # members already read
    ("The weapons will be stored at the mission base, Major Tom Reid of Fiji told reporters.",
     [("Major Tom Reid of Fiji", "The weapons will be stored at the mission base")]),
    ("The weapons will be stored at the mission base, a member of the observer team, Major "
     "Tom Reid, told reporters.",
     [("Major Tom Reid", "The weapons will be stored at the mission base")]),
]

LONG_FRONTED_CLAUSE: list[tuple[str, Entries]] = [
    ("Since the rebel council announced in March that it no longer felt bound by the 2015 "
     "truce, the council's bulletins, carried daily by the radio, have claimed 40 raids on "
     "army posts.",
     [("the rebel council", "it no longer felt bound by the 2015 truce"),
      ("the council's bulletins", "40 raids on army posts")]),
    ("After the union said in May that it would no longer honour the wage agreement of 2019 "
     "in any of the ports, the employers' council, backed by the ministry, claimed the "
     "strike had ended.",
     [("the union",
       "it would no longer honour the wage agreement of 2019 in any of the ports"),
      ("the employers' council", "the strike had ended")]),
    # members already read
    ("Since the rebel council announced in March that it no longer felt bound by the "
     "truce, the council's bulletins, carried daily by the radio, have claimed 40 raids on "
     "army posts.",
     [("the rebel council", "it no longer felt bound by the truce"),
      ("the council's bulletins", "40 raids on army posts")]),
    ("Since the council said in March that it would leave the 2015 truce, the bulletins "
     "have claimed 40 raids.",
     [("the council", "it would leave the 2015 truce"), ("the bulletins", "40 raids")]),
]

READ_OUT_ASIDES: list[tuple[str, Entries]] = [
    ("A statement, read on state television, said the curfew would be lifted.",
     [("A statement", "the curfew would be lifted")]),
    ("The letter, read aloud at the funeral, said the men were innocent.",
     [("The letter", "the men were innocent")]),
    ("The council's radio bulletins, read each evening, have claimed 40 raids on army posts.",
     [("The council's radio bulletins", "40 raids on army posts")]),
    ("Since the rebel council announced in March that it no longer felt bound by the 2015 "
     "truce, the council's radio bulletins, read each evening, have claimed 40 raids on "
     "army posts.",
     [("the rebel council", "it no longer felt bound by the 2015 truce"),
      ("the council's radio bulletins", "40 raids on army posts")]),
    # members already read, and "read" as the main verb's passive
    ("The bulletins, broadcast each evening, have claimed 40 raids.",
     [("The bulletins", "40 raids")]),
    ("The charges were read to the men, their lawyer said.",
     [("their lawyer", "The charges were read to the men")]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_NOUNS)
def test_plural_forms_that_name_papers(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), ADJECTIVAL_PARTICIPLES)
def test_a_participle_after_a_determiner_is_an_adjective(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), WHAT_THEY_SAY_TITLES)
def test_what_they_say_closing_a_title(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), PLURAL_PRESENT_SUBJECTS)
def test_plural_and_counted_subjects_of_the_present(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), MADE_INFORMATION)
def test_according_to_a_thing_and_its_maker(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), JUDGED_THEN_SAYING)
def test_saying_after_a_judgement(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_NAME_OF)
def test_a_described_name_of_a_country(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), LONG_FRONTED_CLAUSE)
def test_a_long_fronted_clause_ends_its_words(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), READ_OUT_ASIDES)
def test_a_text_read_out_as_an_aside(text: str, expected: Entries) -> None:
    assert statements(text) == expected
