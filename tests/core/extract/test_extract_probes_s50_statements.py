"""English probes, forty-eighth round: the fifteenth blind set's statement families.

Each family is probed as a whole, with the look-alikes its rule must leave alone:

1. A quote run of paragraphs brought in by a line naming the one who gave the text ("What
   follows is the address given by the mayor, Arben X, lightly abridged."): every
   paragraph of the run is that person's, blank lines between them or not; a list "given
   by the families" stays nobody's.
2. "..., the district hospital told our liaison officer.": a hearer that closes the
   sentence is who heard the words before it, not words of its own.
3. "informed / notified <hearer> <when> that ...": a time between the hearer and "that".
4. A passive of telling with its agent ("have been told by regional officials that ...")
   names the speaker; the agentless passive, a means ("by telephone") and a pronoun do not.
5. The singular present "estimates that" is read as "estimated that" is; the plural noun
   "estimates that were published" is not.
6. "..., but said ..." after a first verb and its adjuncts: the first verb's subject says
   it, a description running up to its verb.
7. A speech verb in the present inside a clause of condition or time ("once the security
   forces tell us", "when the army tells them") reports words still to come; the past
   ("When the army told them ...") reports words said.
8. "According to <post>, <Name>, who <relative>, <words>": the name speaks the words after
   the relative, and a later "she said" is hers; people of a museum ("our deputy curator")
   are persons, as "our driver" is.
9. A letterhead set in capitals, its issuer and its country ("LOGISTICS CLUSTER -
   ETHIOPIA"), is no headline attribution; "REBELS SEIZE AIRPORT - ARMY" stays one.
10. '... she had spoken to one of them, Ibrahim, ... "He said he would ...," she said':
    inside her quote "he" is the person her words named in apposition.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

QUOTE_RUNS: list[tuple[str, Entries]] = [
    ("Velna honours its dead\n\nThe village unveiled a memorial on Sunday.\n\nWhat follows is"
     " the address given by the mayor of the district, Tomas Arvin, lightly abridged.\n\n"
     '"Dear neighbours. Forty of our men were taken to the river road. Nine came back.\n\n'
     '"We waited twenty years for the names. Two are still missing.\n\n'
     '"This stone was paid for by the people of the valley."',
     [("Tomas Arvin", "Dear neighbours. Forty of our men were taken to the river road. Nine"
       " came back"),
      ("Tomas Arvin", "We waited twenty years for the names. Two are still missing"),
      ("Tomas Arvin", "This stone was paid for by the people of the valley")]),
    ("Velna court hears plea\n\nBelow is the statement read by her lawyer, Ines Varga, outside"
     ' the court:\n"My client never held a weapon. She was at home that night.\n'
     '"She asks only to be heard."',
     [("Ines Varga", "My client never held a weapon. She was at home that night"),
      ("Ines Varga", "She asks only to be heard")]),
    ("Velna buries its teacher\n\nThe following is the eulogy delivered by the village imam."
     '\n\n"He taught for forty years. Everyone here learned to read from him.\n\n'
     '"We will not forget him."',
     [("the village imam", "He taught for forty years. Everyone here learned to read from"
       " him"),
      ("the village imam", "We will not forget him")]),
    ("Velna remembers\n\nWhat follows is Mayor Ana Pell's address, lightly abridged.\n\n"
     '"We buried nine of our neighbours this week. Nobody came.\n\n"We will rebuild the'
     ' school."',
     [("Mayor Ana Pell", "We buried nine of our neighbours this week. Nobody came"),
      ("Mayor Ana Pell", "We will rebuild the school")]),
    # one closed paragraph after the line that brings it in
    ("Velna court hears plea\n\nBelow is the statement read by her lawyer, Ines Varga,"
     ' outside the court.\n\n"My client never held a weapon. She was at home that night and'
     ' her neighbours saw her."\n\nThe court will rule on Monday.',
     [("Ines Varga", "My client never held a weapon. She was at home that night and her"
       " neighbours saw her")]),
    ("Velna remembers\n\nBelow is the statement issued by the family of the missing men.\n\n"
     '"Our sons were taken from the market on a Friday. We have heard nothing since then."',
     [("the family of the missing men", "Our sons were taken from the market on a Friday. We"
       " have heard nothing since then")]),
    # a day owns no sermon: the run stays nobody's (its last paragraph, after a blank line,
    # is read now as the run's end)
    ("Velna remembers\n\nWhat follows is Sunday's sermon at the chapel.\n\n"
     '"We buried nine of our neighbours this week. Nobody came.\n\n"We will rebuild the'
     ' school."',
     [(None, "We buried nine of our neighbours this week. Nobody came"),
      (None, "We will rebuild the school")]),
    # look-alikes: a list given by the families is no text spoken; "X said:" as before
    ("Velna remembers\n\nWhat follows is a list of the names given by the families.\n\n"
     '"Omar Tesh, the baker. Lina Tesh, his wife. Both were taken from the market.\n\n'
     '"Ivo Marek, the teacher, who was never found."',
     [(None, "Omar Tesh, the baker. Lina Tesh, his wife. Both were taken from the market"),
      (None, "Ivo Marek, the teacher, who was never found")]),
    ('Velna remembers\n\nThe mayor, Ana Pell, said:\n"We buried nine of our neighbours this'
     ' week. Nobody came to help us.\n"We will rebuild the school."',
     # (the name in commas after the description speaks, as the English gold writes it,
     # round en139)
     [("Ana Pell", "We buried nine of our neighbours this week. Nobody came to help us"),
      ("Ana Pell", "We will rebuild the school")]),
]

CLOSING_HEARERS: list[tuple[str, Entries]] = [
    ("Three children were hurt by a mine near the school, the district hospital told our"
     " liaison officer.",
     [("the district hospital", "Three children were hurt by a mine near the school")]),
    ("Two shepherds were shot near the ridge, a nurse told the charity's field team.",
     [("a nurse", "Two shepherds were shot near the ridge")]),
    ("The road to the camp was mined, an elder told a visiting delegation.",
     [("an elder", "The road to the camp was mined")]),
    # where and when it was heard close the sentence with the hearer
    ("The bridge was shelled at dawn, the district hospital told our liaison officer in"
     " Velna.",
     [("the district hospital", "The bridge was shelled at dawn")]),
    ("The bridge was shelled at dawn, the mayor told a local radio station on Monday.",
     [("the mayor", "The bridge was shelled at dawn")]),
    # look-alikes: a hearer the engine knew, and "that" after the hearer, as before
    ("Three children were hurt by a mine, the district hospital told reporters.",
     [("the district hospital", "Three children were hurt by a mine")]),
    ("The hospital told our liaison officer that three children were hurt.",
     [("The hospital", "three children were hurt")]),
]

INFORMED_WHEN: list[tuple[str, Entries]] = [
    ("The sub-prefect informed me yesterday that the order will stay in force.",
     [("The sub-prefect", "the order will stay in force")]),
    ("The army notified them on Monday that the bodies would be returned.",
     [("The army", "the bodies would be returned")]),
    ("The contractor informed us in writing that the road was closed.",
     [("The contractor", "the road was closed")]),
    # look-alikes: a hearer of a few words with its time, read before; "informed ... of";
    # the agentless passive
    ("The district office notified the families on Monday that the bodies would be returned.",
     [("The district office", "the bodies would be returned")]),
    ("The sub-prefect informed me yesterday of the order.", []),
    ("The families were informed yesterday that the road was closed.", []),
]

PASSIVE_AGENTS: list[tuple[str, Entries]] = [
    ("Drivers of the trucks still in Velna have been told by regional officials that they may"
     " leave only when the convoy returns.",
     [("regional officials", "they may leave only when the convoy returns")]),
    ("We were assured by the governor that the school would reopen.",
     [("the governor", "the school would reopen")]),
    ("The families were informed by the army that the bodies would be returned on Friday.",
     [("the army", "the bodies would be returned on Friday")]),
    ("The drivers were told by a commander at the checkpoint that the road was closed.",
     [("a commander at the checkpoint", "the road was closed")]),
    # look-alikes: the agentless passive, a means, a pronoun, a "by" of time, an agent of
    # another verb
    ("They were told by the time they arrived that the camp was full.", []),
    ("They were told by Monday that the road was shut.", []),
    ("The families were told that the bodies would be returned.", []),
    ("The families were told by telephone that the bodies would be returned.", []),
    ("He was warned by them that the road was mined.", []),
    ("The village was shelled by the army that night.", []),
]

PRESENT_ESTIMATES: list[tuple[str, Entries]] = [
    ("5. Fuel. The agency estimates that partners in Velna have fuel for fewer than ten days.",
     [("The agency", "partners in Velna have fuel for fewer than ten days")]),
    ("OCHA estimates that 300 families have fled the valley.",
     [("OCHA", "300 families have fled the valley")]),
    # look-alikes: the plural noun before a relative's verb or after an article, and the
    # past as before
    ("The estimates that the ministry published put the toll at 40.", []),
    ("Official estimates that were published in May put the toll at 40.", []),
    ("The agency estimated that 300 families had fled.",
     [("The agency", "300 families had fled")]),
]

BUT_SAID: list[tuple[str, Entries]] = [
    ("The regional human rights office welcomed the verdict in a statement on Friday, but said"
     " at least 40 graves had not been opened.",
     [("The regional human rights office", "at least 40 graves had not been opened")]),
    ("The rights office welcomed the verdict, but said at least 40 graves had not been opened.",
     [("The rights office", "at least 40 graves had not been opened")]),
    ("The governor thanked the donors in a speech on Friday, but warned that 80 families had"
     " fled.",
     [("The governor", "80 families had fled")]),
    # look-alikes: "but" with a subject of its own, no comma, "and said", no words
    ("Police arrested two men on Friday, but the mayor said they were innocent.",
     [("the mayor", "they were innocent")]),
    ("The rights office welcomed the verdict but said 80 graves had been found.",
     [("The rights office", "80 graves had been found")]),
    ("The governor visited the camp on Friday, and said 80 families had fled.",
     [("The governor", "80 families had fled")]),
    ("The talks broke down on Friday, but said nothing.", []),
]

HYPOTHETICAL_TIME: list[tuple[str, Entries]] = [
    ('He added that new dates would be set "once the security forces tell us the roads are'
     ' safe," and that the boxes would be kept.',
     [("He", 'new dates would be set "once the security forces tell us the roads are safe,"'
       " and that the boxes would be kept")]),
    ('The families will go home "when the army tells them the village is safe," he said.',
     [("he", "when the army tells them the village is safe")]),
    ("The families will go home when the army tells them the village is safe, the mayor said.",
     [("the mayor", "The families will go home when the army tells them the village is"
       " safe")]),
    # look-alikes: the past tells of words said; a fronted phrase with no speech verb
    ("When the army told them the road was clear, the families went home.",
     [("the army", "the road was clear, the families went home")]),
    ("Once a teacher, Brant said the school had been shelled.",
     [("Brant", "the school had been shelled")]),
]

ACCORDING_RELATIVES: list[tuple[str, Entries]] = [
    ("According to the district commissioner, Peter Lual, who visited the town on Monday,"
     " three people died.",
     [("Peter Lual", "three people died")]),
    ("According to our deputy curator, Dr Mina Osei, who visited the building on Wednesday"
     " with a team of four, the roof of the east gallery has collapsed. The main hall is"
     " intact, she said.",
     [("Dr Mina Osei", "the roof of the east gallery has collapsed"),
      ("Dr Mina Osei", "The main hall is intact")]),
    ("According to our curator, Ana Pell, the roof has collapsed.",
     [("Ana Pell", "the roof has collapsed")]),
    # look-alikes: a name with a relative, a post with a relative, the outlet's own
    ("According to Peter Lual, who visited the town on Monday, three people died.",
     [("Peter Lual", "three people died")]),
    ("According to the district commissioner, who visited the town on Monday, three people"
     " died.",
     [("the district commissioner", "three people died")]),
    ("According to our correspondent, the road was closed.",
     [("our correspondent", "the road was closed")]),
]

LETTERHEADS: list[tuple[str, Entries]] = [
    ("LOGISTICS CLUSTER - ETHIOPIA\nConvoy notice 4/09, Addis Ababa\n\n1. A convoy of 40"
     " trucks will leave on Monday.", []),
    ("PROTECTION CLUSTER - SOMALIA\n\nFamilies continue to arrive in the camps.", []),
    # look-alikes: a headline attribution in capitals and in title case
    ("REBELS SEIZE AIRPORT - ARMY\n\nVELNA - Rebels seized the airport.",
     [("ARMY", "REBELS SEIZE AIRPORT")]),
    ("Rebels seize airport - Army\n\nVELNA - Rebels seized the airport.",
     [("Army", "Rebels seize airport")]),
]

NAMED_INSIDE_QUOTES: list[tuple[str, Entries]] = [
    ("A classmate, Rose Atieno, told The Hill Courier that she had spoken to one of them,"
     ' Hamid, an hour before the bus left. "He said he would bring back oranges," she said'
     " quietly.",
     [("Rose Atieno", "she had spoken to one of them, Hamid, an hour before the bus left"),
      ("Rose Atieno", "He said he would bring back oranges"),
      ("Hamid", "he would bring back oranges")]),
    ("A neighbour, Ana Pell, told reporters she had seen her son, Musa, on the morning of the"
     ' raid. "He said he would be home by noon," she said.',
     [("Ana Pell", "she had seen her son, Musa, on the morning of the raid"),
      ("Ana Pell", "He said he would be home by noon"),
      ("Musa", "he would be home by noon")]),
    # look-alikes: a name of the other sex is not the one "he" stands for (the pronoun
    # keeps what it had); a "he" outside any quote takes the subject before, as it did
    ("A neighbour, Ana Pell, told reporters she had met the teacher, Mrs Vera Lind, at the"
     ' gate. "He said he would be home by noon," she said.',
     [("Ana Pell", "she had met the teacher, Mrs Vera Lind, at the gate"),
      ("Ana Pell", "He said he would be home by noon"),
      ("He", "he would be home by noon")]),
    ("The governor, Ivo Marek, visited the camp on Monday. He said the road would reopen.",
     [("Ivo Marek", "the road would reopen")]),
]

TABLES = {
    "quote_runs": QUOTE_RUNS,
    "closing_hearers": CLOSING_HEARERS,
    "informed_when": INFORMED_WHEN,
    "passive_agents": PASSIVE_AGENTS,
    "present_estimates": PRESENT_ESTIMATES,
    "but_said": BUT_SAID,
    "hypothetical_time": HYPOTHETICAL_TIME,
    "according_relatives": ACCORDING_RELATIVES,
    "letterheads": LETTERHEADS,
    "named_inside_quotes": NAMED_INSIDE_QUOTES,
}
CASES = [(name, text, expected) for name, table in TABLES.items() for text, expected in table]


@pytest.mark.parametrize(("family", "text", "expected"), CASES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in CASES])
def test_round_48_statement_families(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected
