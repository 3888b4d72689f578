"""English probes, fiftieth round: the seventeenth blind set's statement families.

Each family is probed as a whole, with the look-alikes its rule must leave alone:

1. "Let me say first that ...": the writer announcing its own words, no source.
2. "Release notes, version 2.1", "Situation reports from the field": a kind of paper before
   "notes" / "reports" makes one compound noun, no subject and verb.
3. "This release adds events up to March": an edition of a dataset or a text gains parts;
   "The report adds that ..." still reports.
4. "Events reported only by militia channels are now flagged": a reporting participle on a
   bare subject, its agent, then the subject's own verb; no one's words.
5. "as late reports come in": an adjective of time or kind before "reports" makes the noun.
6. '"..." said a trader at a market in Velna who asked not to be named': a description too
   long for a name, closed by a relative clause, speaks as written (a comma or none).
7. "A field team that reached Orra village on Tuesday reported that ...": a party sent out,
   its relative "that" clause, then the verb; the party speaks.
8. "Acording to the governor, ...": a mistyped "according to" reads as the word.
9. "The Velna State Command wishes to inform the public that ...": a press release's formal
   opener before its verb of telling; the body tells what follows.
10. 'described the raid as "carefully planned ..."': the quote is what the subject said.
11. "claimed responsibility on Sunday for 12 bombings of shops ...": the counted acts, after
    a day, are the words.
12. "Velna rebels claim wave of bombings": a headline's plain "claim" of attacks.
13. "Complaints can be sent to the monitoring unit, which says ...": the body something is
    sent to is the relative's speaker.
14. "The Velna Red Cross has buried 40 bodies ..., and it says ...": "it" in a clause after
    ", and" is the first clause's body.
15. "The family ... read a statement to reporters. The full text follows." and a quote over
    several paragraphs: one quote of the family; the sources it names keep their entries,
    and its own "we say:" is no second source.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

OWN_ANNOUNCING: list[tuple[str, Entries]] = [
    ("Q: My brother was taken from the market in Kessa in 2012. A: Let me say first that"
     " many families write to us with the same question.", []),
    ("Let us simply say that the courts have been slow.", []),
    # look-alikes: a source saying, and "let us" after a source's words
    ("Officials say the road to Kessa is closed.",
     [("Officials", "the road to Kessa is closed")]),
]

PAPER_COMPOUNDS: list[tuple[str, Entries]] = [
    ("Velna Conflict Tracker - Release notes, version 2.1", []),
    ("Situation reports from the field put the toll at 12.", []),
    # look-alike: "the release" of hostages, then a body's "notes that"
    ("After the release, the mission notes that the hostages were well.",
     [("the mission", "the hostages were well")]),
]

EDITION_ADDS: list[tuple[str, Entries]] = [
    ("This release adds events up to 31 March 2024 and revises the coding of 400 earlier"
     " events.", []),
    ("The update also adds a field for the source of each report.", []),
    # look-alikes: a report's "adds that", and an inverted "adds" after the words
    ("The report adds that 12 people died in Kessa.",
     [("The report", "12 people died in Kessa")]),
    ("The new version is late, the team adds.", [("the team", "The new version is late")]),
]

REDUCED_REPORTS: list[tuple[str, Entries]] = [
    ("Events reported only by militia channels are now flagged.", []),
    ("Attacks claimed by the Velna Front were recoded as clashes.", []),
    # look-alike: the verb with its agent-like "by telephone" and its clause
    ("Police reported by telephone that two guards were killed.",
     [("Police", "two guards were killed")]),
]

LATE_REPORTS: list[tuple[str, Entries]] = [
    ("Counts for the last two weeks may still grow as late reports come in.", []),
    # look-alike: the noun as the subject of "said"
    ("Early reports said that two guards died.", [("Early reports", "two guards died")]),
]

DESCRIBED_AFTER_QUOTE: list[tuple[str, Entries]] = [
    ('"Nobody is buying grain in Kessa this week" said a trader at a market in Velna who'
     ' asked not to be named. "Prices will rise."',
     [("a trader at a market in Velna who asked not to be named",
       "Nobody is buying grain in Kessa this week"),
      ("a trader at a market in Velna who asked not to be named", "Prices will rise")]),
    ('"The road is shut," said a driver on the highway near Kessa who gave no name.',
     [("a driver on the highway near Kessa who gave no name", "The road is shut")]),
    # look-alike: a short description
    ('"The road is shut," said a driver.', [("a driver", "The road is shut")]),
]

SENT_OUT_PARTY: list[tuple[str, Entries]] = [
    ("A field team that reached Orra village on Tuesday reported that about 30 homes had"
     " been burned.",
     [("A field team that reached Orra village on Tuesday", "about 30 homes had been burned")]),
    ("A delegation that visited the camp on Monday morning said the wells were dry.",
     [("A delegation that visited the camp on Monday morning", "the wells were dry")]),
    # look-alike: a party with no relative clause
    ("A field team reported that about 30 homes had been burned.",
     [("A field team", "about 30 homes had been burned")]),
]

MISTYPED_ACCORDING: list[tuple[str, Entries]] = [
    ("Acording to the governor, the men had been reported missing a week earlier.",
     [("the governor", "the men had been reported missing a week earlier")]),
    ("Accroding to police, two guards died.", [("police", "two guards died")]),
    # look-alike: a noun that shares the letters
    ("The cording on the mast snapped in the storm.", []),
]

FORMAL_OPENERS: list[tuple[str, Entries]] = [
    ("The Velna State Command wishes to inform the public that the depot came under attack"
     " at about 11pm on Sunday.",
     [("The Velna State Command", "the depot came under attack at about 11pm on Sunday")]),
    ("The Ministry is pleased to announce that the road to Kessa is open again.",
     [("The Ministry", "the road to Kessa is open again")]),
    # look-alikes: an opener with no telling, and the writer's own "we"
    ("The Command wishes to thank the public for its support.", []),
    ("We wish to inform the public that the clinic is open.", []),
]

DESCRIBED_AS_QUOTE: list[tuple[str, Entries]] = [
    ('The governor, Mr Ivo Kellan, who toured the town on Friday, described the raid as'
     ' "carefully planned by people who knew the roads".',
     [("Mr Ivo Kellan", "carefully planned by people who knew the roads")]),
    # look-alike: no quote, no words
    ("The mayor described the attack as a crime.", []),
]

RESPONSIBILITY_FOR_ACTS: list[tuple[str, Entries]] = [
    ("KESSA (Reuters) - A little-known group claimed responsibility on Sunday for 12 bombings"
     " of shops and police posts in the north, in a letter to a radio station.",
     [("A little-known group", "12 bombings of shops and police posts in the north")]),
    ("The Velna Front claimed responsibility on Friday for three attacks.",
     [("The Velna Front", "three attacks")]),
    # look-alikes: no act named, and nobody claiming
    ("The Velna Front claimed responsibility in a telephone call.",
     [("The Velna Front", "responsibility")]),
    ("No group claimed responsibility on Monday for the two bombings.", []),
]

HEADLINE_CLAIM: list[tuple[str, Entries]] = [
    ("Velna rebels claim wave of bombings\nKESSA (Reuters) - Bombs hit 12 shops overnight.",
     [("Velna rebels", "wave of bombings")]),
    ("Rebels claim deadly attack on army post\nKESSA (AFP) - Rebels attacked a post.",
     [("Rebels", "deadly attack on army post")]),
    # look-alikes: a claim of money for victims, a claim of land
    ("Families claim compensation for bombing victims\nKESSA (AFP) - Families met officials.",
     []),
    ("Farmers claim land near Kessa\nKESSA (AFP) - Farmers moved in.", []),
]

SENT_TO_RELATIVE: list[tuple[str, Entries]] = [
    ("Complaints can be sent to the monitoring unit, which says it replies within ten days.",
     [("the monitoring unit", "it replies within ten days")]),
    # look-alikes: a named body after "to", and the object of a verb
    ("The money was handed to the Velna Relief Agency, which said it fed 300 families.",
     [("the Velna Relief Agency", "it fed 300 families")]),
    ("Police arrested two men who said they were traders.",
     [("two men", "they were traders")]),
]

IT_AFTER_AND: list[tuple[str, Entries]] = [
    ("Police said two died. The Velna Red Cross has buried 40 bodies since the floods began,"
     " and it says it has found 12 survivors.",
     [("Police", "two died"), ("The Velna Red Cross", "it has found 12 survivors")]),
    # look-alike: "it" after ", but" whose subject is no body that speaks
    ("Police said two died. The town has been quiet since May, but it said the curfew stays.",
     [("Police", "two died"), ("Police", "the curfew stays")]),
]

FULL_TEXT = (
    "Family of missing driver asks for news\n"
    "KESSA, May 3 - The family of Ivo Marren, a lorry driver missing in the north since"
    " April, read a statement to reporters in Kessa on Friday. The full text follows.\n"
    "\"We are Ana and Lio Marren, Ivo's wife and daughter.\n"
    "Ivo left Velna with a load of maize on 12 April and never reached Orra.\n"
    "A driver who was with him has told us that the lorry was stopped at a roadblock. We have"
    " been told by the Velna police that they are searching the forest.\n"
    "To whoever holds Ivo we say: he is a father and a grandfather. Let him come home.\"\n"
    "The family did not take questions.")
FULL_TEXT_QUOTE = FULL_TEXT[FULL_TEXT.index('"') + 1:FULL_TEXT.rindex('"')]
FULL_TEXT_ENTRIES: Entries = [
    ("The family of Ivo Marren", FULL_TEXT_QUOTE.rstrip(".")),
    ("A driver", "the lorry was stopped at a roadblock"),
    ("the Velna police", "they are searching the forest"),
]
# look-alike: the same statement with no line saying it is printed whole
NOT_FULL_TEXT = FULL_TEXT.replace(" The full text follows.", "")

FULL_TEXTS: list[tuple[str, Entries]] = [
    (FULL_TEXT, FULL_TEXT_ENTRIES),
]

CASES = [
    *(("own announcing", t, e) for t, e in OWN_ANNOUNCING),
    *(("paper compounds", t, e) for t, e in PAPER_COMPOUNDS),
    *(("edition adds", t, e) for t, e in EDITION_ADDS),
    *(("reduced reports", t, e) for t, e in REDUCED_REPORTS),
    *(("late reports", t, e) for t, e in LATE_REPORTS),
    *(("described after quote", t, e) for t, e in DESCRIBED_AFTER_QUOTE),
    *(("sent-out party", t, e) for t, e in SENT_OUT_PARTY),
    *(("mistyped according", t, e) for t, e in MISTYPED_ACCORDING),
    *(("formal openers", t, e) for t, e in FORMAL_OPENERS),
    *(("described as quote", t, e) for t, e in DESCRIBED_AS_QUOTE),
    *(("responsibility for acts", t, e) for t, e in RESPONSIBILITY_FOR_ACTS),
    *(("headline claim", t, e) for t, e in HEADLINE_CLAIM),
    *(("sent-to relative", t, e) for t, e in SENT_TO_RELATIVE),
    *(("it after and", t, e) for t, e in IT_AFTER_AND),
    *(("full texts", t, e) for t, e in FULL_TEXTS),
]


@pytest.mark.parametrize(("family", "text", "expected"), CASES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in CASES])
def test_round_50_statement_families(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected


def test_round_50_no_full_text_line_no_whole_quote() -> None:
    """Without the line saying the text is printed whole, no entry covers the run."""
    assert all(not words.startswith("We are Ana") for _, words in statements(NOT_FULL_TEXT))
