"""English probes after the fifty-second round: leftovers taken by construction.

1. A count of those who handle the dead, before a count of the bodies: "The two sides
   exchanged 12 bodies", "Three volunteers buried 20 bodies", "Two survivors and 12 bodies
   were pulled from the sea". The bodies are the second count's; the first counts the
   sides, the diggers or the living brought in with them, and gives no toll. A count
   whose own words run on to "bodies" ("Forty burned and mutilated bodies", "12 charred
   bodies") and a partitive after the bodies stay as they were.
2. A clause after an inverted attribution and ", and": "The well was poisoned, the elder
   said, and the herders have left" gives the elder two entries, one per clause (a rule
   decision: the gold of the sets that have the construction gives a second entry, and
   none gives one entry over both). The speaker's own predicate after "and" ("and gave
   no details"), a second speaker ("and the army said two") and ", but" stay as they were
   (for ", but" the sets' gold answers both ways).
3. A request told with its hearer and what they are to do: "The mayor asked the council
   to reopen the ferry", "The union asks the navy to escort the boats" are statements,
   words from the hearer, as "urged" is (a rule decision: the rules list the requests
   "urged" and "called on", and the sets' gold gives every such "asked ... to" an
   entry). No hearer ("asked not to be named", "are asked to report"), "asked for",
   "asked about", the document's own "I have asked" and a reported question stay.
4. "The governor said he had told the council that ...": a "he", "she" or "they" that opens
   a speaker's words and speaks in them is that speaker, not the one quoted before.
5. "... because of the inspections and I have urged the port to ...": a speaker phrase
   that opens with a preposition and ends in "and I" is an adjunct's tail and the first
   person, the document's own voice, so no entry.
6. "has promised to visit Ulvik at Easter and has urged every parish to ...": the
   auxiliary of the second verb ("and has") is no part of the first verb's words.
7. A headline whose subject acts, then says: "Navy Sinks Rebel Boats, Says 20 Rebels
   Killed", in Title Case or in capitals: the source named first (its last word a source
   word, before the first verb) says the words after "Says" / "Say" when they hold a
   count or a verb. "Says Monitor" (the inverted source) and a headline with no source
   first stay as they were.
8. A count after a month's day and a dash: "March 12 - 14 villagers are abducted", "June 2
   - 20 unarmed fishermen are kidnapped": a higher number up to 31 is a span of days
   ("March 3 - 5") only when no people follow it; with people after it, it is the count
   after a chronology's dash. A span of days, a range of counts and a span followed by
   "days" stay as they were.
9. A dateline that lost its dash: "Velm AFP The governor said ...", "Port Orra (AFP) The
   army said ...": a place (or none) and an agency's credit in capitals or brackets
   before a capitalised "The" is no part of the speaker. A name with "Of The" in Title
   Case and a dateline with its dash stay as they were.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

HANDLERS_OF_THE_DEAD: list[tuple[str, list]] = [
    ('The two sides exchanged 12 bodies at the Marno crossing on Friday.',
     [('12 bodies', 'killed', 12, None, 'exact', 'bodies')]),
    ('Three volunteers buried 20 bodies in the churchyard at Tesk.',
     [('buried 20 bodies', 'killed', 20, None, 'exact', 'bodies')]),
    ('The two families received twelve bodies from the morgue.',
     [('twelve bodies', 'killed', 12, None, 'exact', 'bodies')]),
    ('Four divers recovered 14 bodies from the sunken ferry.',
     [('14 bodies', 'killed', 14, None, 'exact', 'bodies')]),
    ('Two survivors and 12 bodies were pulled from the sea off Kemla.',
     [('12 bodies', 'killed', 12, None, 'exact', 'bodies')]),
    ('Five fishermen and three bodies were brought ashore.',
     [('three bodies', 'killed', 3, None, 'exact', 'bodies')]),
]

# ... look-alikes: the count's own words run on to "bodies"; a partitive after them; the
# bodies of a counted group; a verb with no count before it
BODIES_OF_THEIR_OWN_COUNT: list[tuple[str, list]] = [
    ('Forty burned and mutilated bodies were found outside Pell.',
     [('Forty burned and mutilated bodies', 'killed', 40, None, 'exact', None)]),
    ('Some 40 mutilated bodies were dumped near Orvo.',
     [('Some 40 mutilated bodies', 'killed', 40, None, 'about', 'mutilated bodies')]),
    ('Four more bodies were found on Monday.',
     [('Four more bodies', 'killed', 4, None, 'exact', 'bodies')]),
    ('Three bodies, 2 of them children, lay in the road.',
     [('Three bodies', 'killed', 3, None, 'exact', 'bodies'),
      ('2 of them children', 'killed', 2, None, 'exact', 'children')]),
    ('The two sides exchanged the bodies of 14 fighters.',
     [('bodies of 14 fighters', 'killed', 14, None, 'exact', 'fighters')]),
    ('Two rescue crews pulled 9 bodies from the river near Ulla.',
     [('9 bodies', 'killed', 9, None, 'exact', 'bodies')]),
]


@pytest.mark.parametrize(("text", "expected"), HANDLERS_OF_THE_DEAD)
def test_a_count_before_the_bodies_handled_is_no_toll(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), BODIES_OF_THEIR_OWN_COUNT)
def test_a_count_that_runs_on_to_its_bodies_stays(text: str, expected: list) -> None:
    assert figures(text) == expected


# (round en164: one entry, the clause before the source; the clause after "said, and"
# goes on in the writer's voice, as most of the older gold and all the newer read it)
CLAUSE_AFTER_AND: list[tuple[str, list]] = [
    ('The well at Dunmore was poisoned, the elder said, and the herders have left.',
     [('the elder', 'The well at Dunmore was poisoned')]),
    ('Nine houses burned, a fire officer said on Monday, and the school was damaged.',
     [('a fire officer', 'Nine houses burned')]),
    ('Four of the wounded were children, she said, and two were in a serious condition.',
     [('she', 'Four of the wounded were children')]),
    ('The water is back, officials said, and then the lights went out again.',
     [('officials', 'The water is back')]),
]

# ... look-alikes: the speaker's own predicate, a second speaker, "but"
CLAUSE_AFTER_AND_KEPT: list[tuple[str, list]] = [
    ('Two men died, police said, and gave no details.', [('police', 'Two men died')]),
    ('The convoy was stopped at Fenn, the driver said, and added that the guards had fled.',
     [('the driver', 'The convoy was stopped at Fenn'), ('the driver', 'the guards had fled')]),
    ('Twelve people were killed, the radio said, and the army said two.',
     [('the radio', 'Twelve people were killed'), ('the army', 'two')]),
    ('The bridge was blown up overnight, he said, but nobody was hurt.',
     [('he', 'The bridge was blown up overnight')]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_AFTER_AND)
def test_the_clause_after_said_and_is_no_second_entry(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLAUSE_AFTER_AND_KEPT)
def test_the_clause_after_said_and_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


REQUESTS_ASKED: list[tuple[str, list]] = [
    ('The mayor of Tarvik asked the county council to reopen the ferry.',
     [('The mayor of Tarvik', 'the county council to reopen the ferry')]),
    ('Dr Anna Pell asked the health board not to close the clinic at Ulvik.',
     [('Dr Anna Pell', 'the health board not to close the clinic at Ulvik')]),
    ("The fishermen's union asks the navy to escort the boats.",
     [("The fishermen's union", 'the navy to escort the boats')]),
    ('The elders asked the army in March to leave the valley.',
     [('The elders', 'the army in March to leave the valley')]),
]

# ... look-alikes: no hearer, the passive, "for" and "about", the document's own voice,
# a reported question
REQUESTS_ASKED_KEPT: list[tuple[str, list]] = [
    ('The mayor asked not to be named.', []),
    ('The families asked the court for permission to travel.', []),
    ('Farmers are asked to report unexploded shells to the police.', []),
    ('When asked by reporters to comment, the minister left the room.', []),
    ('I have asked the council to close the market.', []),
    ('The nurse asked about the missing lorry.', []),
    ('The priest asked whether the road was open.', []),  # round 78: no statement
    ('A man who asked not to be named said the road was closed.',
     [('A man', 'the road was closed')]),
]

OWN_PRONOUN_AND_TAILS: list[tuple[str, list]] = [
    # 4. the pronoun opening the words is their speaker
    ('"We do not know where they are," said Tomas Ferro. The district governor Ilse Marra'
     ' said she had asked the council to investigate.',
     [('Tomas Ferro', 'We do not know where they are'),
      ('The district governor Ilse Marra', 'the council to investigate')]),
    ('"Nobody came," said Tomas Ferro. The governor said he had told the council that it'
     ' must investigate.',
     [('Tomas Ferro', 'Nobody came'), ('The governor', 'it must investigate')]),
    # 5. an adjunct's tail and the first person
    ('The cranes are late because of the inspections and I have urged the port to write'
     ' to me.', []),
    # 6. the second verb's auxiliary
    ('The bishop has promised to visit Ulvik at Easter and has urged every parish to take'
     ' up a collection.',
     [('The bishop', 'to visit Ulvik at Easter'),
      ('The bishop', 'every parish to take up a collection')]),
]

# ... look-alikes: a named subject inside the words, a verb joined with its own "had"
OWN_PRONOUN_AND_TAILS_KEPT: list[tuple[str, list]] = [
    ('Colonel Ivo Dask said the mayor had urged the council to investigate.',
     [('Colonel Ivo Dask', 'the mayor had urged the council to investigate'),
      ('the mayor', 'the council to investigate')]),
    ('The army said the rebels had fled and had left their weapons.',
     [('The army', 'the rebels had fled and had left their weapons')]),
]


@pytest.mark.parametrize(("text", "expected"), REQUESTS_ASKED)
def test_a_request_asked_of_a_hearer_is_a_statement(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), REQUESTS_ASKED_KEPT)
def test_asked_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_PRONOUN_AND_TAILS)
def test_the_speakers_own_pronoun_and_the_words_tails(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_PRONOUN_AND_TAILS_KEPT)
def test_the_speakers_own_pronoun_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


BODY = "\nVELM (Reuters) - Rebels attacked the town of Velm on Monday."

HEADLINE_SUBJECT_SAYS: list[tuple[str, list]] = [
    ('Navy Sinks Rebel Boats, Says 20 Rebels Killed', [('Navy', '20 Rebels Killed')]),
    ('NAVY SINKS REBEL BOATS, SAYS 20 REBELS KILLED', [('NAVY', '20 REBELS KILLED')]),
    ('UN Envoy Visits Kessa, Says Talks Will Resume', [('UN Envoy', 'Talks Will Resume')]),
    ('Police Arrest 12, Say Four Still Missing', [('Police', 'Four Still Missing')]),
    ('Army Chief Tours Front, Says 30 Militants Killed',
     [('Army Chief', '30 Militants Killed')]),
]

# ... look-alikes: the inverted source after "Says", a headline opening with no source
HEADLINE_SUBJECT_SAYS_KEPT: list[tuple[str, list]] = [
    ('Shelling Kills Seven, Says Monitor', [('Monitor', 'Shelling Kills Seven')]),
    ('Three Engineers Freed, Says Governor', [('Governor', 'Three Engineers Freed')]),
    ('ARMY SAYS 20 REBELS KILLED', [('ARMY', '20 REBELS KILLED')]),
    ('Storms Cut Roads To Velm, Says 40 Villages Cut Off', []),
]


def headline_statements(line: str) -> list:
    return [s for s in statement_words(line + BODY) if not s[1].startswith("Rebels attacked")]


@pytest.mark.parametrize(("line", "expected"), HEADLINE_SUBJECT_SAYS)
def test_a_headline_subject_says_after_its_act(line: str, expected: list) -> None:
    assert headline_statements(line) == expected


@pytest.mark.parametrize(("line", "expected"), HEADLINE_SUBJECT_SAYS_KEPT)
def test_a_headline_subject_says_look_alikes(line: str, expected: list) -> None:
    assert headline_statements(line) == expected


COUNT_AFTER_A_DAY: list[tuple[str, list]] = [
    ('Timeline\nMarch 12 - 14 villagers are abducted from Orra.',
     [('14 villagers are abducted', 'captured', 14, None, 'exact', 'villagers')]),
    ('Timeline\nMarch 3 - 5 people killed in Orra.',
     [('5 people killed', 'killed', 5, None, 'exact', 'people')]),
    ('Timeline\nJune 2 - 20 unarmed fishermen are kidnapped off Velm.',
     [('20 unarmed fishermen are kidnapped', 'captured', 20, None, 'exact',
       'unarmed fishermen')]),
]

# ... look-alikes: a span of days, a range of counts, days after the span
COUNT_AFTER_A_DAY_KEPT: list[tuple[str, list]] = [
    ('The talks ran March 12 - 14 in Orra.', []),
    ('The talks ran from March 3 - 5 and 12 soldiers were killed meanwhile.',
     [('12 soldiers were killed', 'killed', 12, None, 'exact', 'soldiers')]),
    ('Rebels killed 10 - 15 soldiers near Velm.',
     [('killed 10 - 15 soldiers', 'killed', 10, 15, 'range', 'soldiers')]),
    ('The festival runs May 3 - 9 days of music.', []),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_AFTER_A_DAY)
def test_a_count_with_people_after_a_days_dash(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), COUNT_AFTER_A_DAY_KEPT)
def test_a_span_of_days_stays(text: str, expected: list) -> None:
    assert figures(text) == expected


DASHLESS_DATELINE: list[tuple[str, list]] = [
    ('Velm AFP The governor said that the road was closed.',
     [('The governor', 'the road was closed')]),
    ('Port Orra (AFP) The army said the bridge was down.',
     [('The army', 'the bridge was down')]),
    ('SANA The army command said a unit clashed with gunmen near Velm.',
     [('The army command', 'a unit clashed with gunmen near Velm')]),
]

# ... look-alikes: a Title Case name with "Of The", a dateline with its dash
DASHLESS_DATELINE_KEPT: list[tuple[str, list]] = [
    ('The Voice Of The People said the road was closed.',
     [('The Voice Of The People', 'the road was closed')]),
    ('VELM, March 3 (AFP) - The army said the road was closed.',
     [('The army', 'the road was closed')]),
]


@pytest.mark.parametrize(("text", "expected"), DASHLESS_DATELINE)
def test_a_dateline_without_its_dash_is_no_speaker(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), DASHLESS_DATELINE_KEPT)
def test_a_dateline_without_its_dash_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected
