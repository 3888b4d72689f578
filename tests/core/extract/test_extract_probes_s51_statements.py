"""English probes, forty-ninth round: the sixteenth blind set's statement families.

Each family is probed as a whole, with the look-alikes its rule must leave alone:

1. "<description>, <Name>, <age>, of <Place>, said / complained ... that": the age and the
   place a complaint or a court sets off by commas are no part of who spoke.
2. "the state of emergency declared after the riots", "the curfew declared on Monday": an
   observance right before "declared" is what was declared, and the participle reports no
   words; "declared a curfew" is an act, "declared that" still reports.
3. "had warned a taxi firm 20 minutes before the blast": a warning given ahead of an event,
   with its hearer and its lead time and nothing said; "warned residents that" reports.
4. "paid a security company that said it employed 300 guards": a relative "that" right
   before the verb after a body; the body speaks, "a company that built" is no source.
5. "JVK, al-Qaeda's affiliate in the Sahel, has claimed ...": a possessive aside set off by
   commas after the subject is whose the speaker is, no part of it.
6. "its wording matches earlier VF claims": "claims" after a determiner or an adjective of
   time (a name perhaps between) is the plural noun; ", VF claims." still reports.
7. "The group last claimed an operation in Kessa": a group's word for its attack is an act
   it claims, and "last" / "first" before the verb are no part of the speaker.
8. "the advice of the naval coalition that ships keep ...": a noun of counsel, the body it
   is "of" and a that-clause; a storm or a week gives no one's words.
9. "The statement ... The following is a translation of its main passage.": the quote after
   it is the text named before; with no text named the quote stays nobody's.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

AGE_AND_PLACE: list[tuple[str, Entries]] = [
    ("1. The complainant, Mrs Ana Velt, 61, of Velna, complained on 4 May 2021 that her son,"
     " Ivo Velt, 30, was beaten while he was held at a police station in Velna.",
     [("Mrs Ana Velt", "her son, Ivo Velt, 30, was beaten while he was held at a police"
       " station in Velna")]),
    ("The complainant, Mrs Ana Velt, 61, of Velna, said that her son was beaten.",
     [("Mrs Ana Velt", "her son was beaten")]),
    ("The farmer, Ivo Orr, 34, of Kessa, told reporters the well was poisoned.",
     [("Ivo Orr", "the well was poisoned")]),
    # look-alikes: an age alone, no age at all, and a number that is no age
    ("The farmer, Ivo Orr, 34, said the well was poisoned.",
     [("Ivo Orr", "the well was poisoned")]),
    ("The farmer, Ivo Orr, said the well was poisoned.",
     [("Ivo Orr", "the well was poisoned")]),
    ("The strike hit the depot, 40, of the trucks, officials said.",
     [("officials", "The strike hit the depot, 40, of the trucks")]),
]

DECLARED_PARTICIPLES: list[tuple[str, Entries]] = [
    ("Police held Ivo Velt at a station in Velna between 2 May and 4 May 2021, during the"
     " state of emergency declared after the riots.", []),
    ("The mother said on Monday that her son was beaten in the cell, during the curfew"
     " declared after the riots.",
     [("The mother", "her son was beaten in the cell, during the curfew declared after the"
       " riots")]),
    ("The shops stayed shut, under the state of emergency declared on Monday by the"
     " governor.", []),
    ("The governor declared a curfew in Velna on Monday.", []),
    # look-alikes: "declared that" and a closing "the governor declared" report words
    ("The governor declared that the curfew would end on Monday.",
     [("The governor", "the curfew would end on Monday")]),
    ("The curfew will end on Friday, the governor declared.",
     [("the governor", "The curfew will end on Friday")]),
]

WARNED_AHEAD: list[tuple[str, Entries]] = [
    ("A caller had warned a taxi firm 20 minutes before the blast, police said.",
     [("police", "A caller had warned a taxi firm 20 minutes before the blast")]),
    ("A caller had warned the police an hour before the blast.", []),
    ("A man claiming to speak for the rebels warned a local radio station about 40 minutes"
     " ahead of the explosion.", []),
    # look-alikes: a warning with its words
    ("The army warned residents that the bridge would be shelled.",
     [("The army", "the bridge would be shelled")]),
    ("The caller warned the police that the bomb would go off in 20 minutes.",
     [("The caller", "the bomb would go off in 20 minutes")]),
    ("The colonel warned parliament on Wednesday that the border was open.",
     [("The colonel", "the border was open")]),
]

RELATIVE_THAT: list[tuple[str, Entries]] = [
    ("The firm paid a security company that said it employed 300 guards.",
     [("a security company", "it employed 300 guards")]),
    ("The donors funded a local charity that says it feeds 2,000 families in Velna.",
     [("a local charity", "it feeds 2,000 families in Velna")]),
    ("The contractor, Velna Roads, paid $2.4 million to a private security company that said"
     " it employed 460 guards along the road.",
     [("a private security company", "it employed 460 guards along the road")]),
    # look-alikes: "who said", a company that acts, "said that" after the body
    ("The firm hired a contractor who said the road was safe.",
     [("a contractor", "the road was safe")]),
    ("Officials said a company that built the bridge had left Velna.",
     [("Officials", "a company that built the bridge had left Velna")]),
    ("The company said that the road was safe.", [("The company", "the road was safe")]),
]

POSSESSIVE_ASIDES: list[tuple[str, Entries]] = [
    ("Jama'at Velna al-Kessa (JVK), al-Qaeda's affiliate in the Sahel, has claimed an attack"
     " on an army post in the Kessa region in a statement released on Monday.",
     [("Jama'at Velna al-Kessa (JVK)", "an attack")]),
    ("The Velna Front, Brant's own militia, said the bridge was taken.",
     [("The Velna Front", "the bridge was taken")]),
    # look-alikes: a possessive that opens the subject, an aside with an article
    ("The minister's spokesman, Ali Musa, said the bridge was taken.",
     [("Ali Musa", "the bridge was taken")]),
    ("The Velna Front, a militia in the north, has claimed an attack on an army post.",
     [("The Velna Front", "an attack")]),
]

PLURAL_CLAIMS: list[tuple[str, Entries]] = [
    ("The statement was posted on channels used by the group; its wording matches earlier"
     " VF claims.", []),
    ("The statement was posted on Monday; its wording matches previous claims.", []),
    # look-alikes: the verb closing the sentence after its source
    ("The post was shelled overnight, VF claims.", [("VF", "The post was shelled overnight")]),
    ("Two soldiers died, the army reports.", [("the army", "Two soldiers died")]),
]

CLAIMED_OPERATIONS: list[tuple[str, Entries]] = [
    ("The group last claimed an operation in Kessa in May, when it said it had killed a"
     " guard.",
     [("The group", "an operation"), ("The group", "it had killed a guard")]),
    ("The group claimed an operation in Velna in May.", [("The group", "an operation")]),
    ("The army last said in May that the road was open.",
     [("The army", "the road was open")]),
    # look-alikes: nobody claims it; a clause after the noun is what was claimed
    ("No group has claimed the operation.", []),
    ("The army claimed the operation had succeeded.",
     [("The army", "the operation had succeeded")]),
]

ADVICE_OF: list[tuple[str, Entries]] = [
    ("6. Members are asked to pass on the advice of the naval coalition that ships keep their"
     " radios on and sail at full speed through the strait.",
     [("the naval coalition", "ships keep their radios on and sail at full speed through the"
       " strait")]),
    ("Owners followed the warning of the Velna Coast Guard that boats stay in port until"
     " Friday.", [("the Velna Coast Guard", "boats stay in port until Friday")]),
    # look-alikes: a storm and a week say nothing; "that" opens their relative clauses
    ("The crews ignored the warning of the storm that flooded the port.", []),
    ("The advice of a week that passed quickly was lost.", []),
]

ITS_PASSAGE: list[tuple[str, Entries]] = [
    ("Velna militia claims raid\n\nThe Velna Front has claimed an attack on an army post in a"
     " statement released late on Monday. The statement, one page long, was posted on"
     " channels used by the group. The following is a translation of its main passage from"
     ' French.\n\n"At dawn our fighters stormed the post near Kessa and killed nine'
     ' soldiers."\n\nThe army gave a lower toll.',
     [("The Velna Front", "an attack"),
      ("The statement", "At dawn our fighters stormed the post near Kessa and killed nine"
       " soldiers")]),
    # look-alike: no text named before "its", so the quote stays nobody's
    ("Velna militia claims raid\n\nThe Velna Front posted a video on Monday. The following is"
     ' a translation of its main passage.\n\n"At dawn our fighters stormed the post near'
     ' Kessa and killed nine soldiers."',
     [(None, "At dawn our fighters stormed the post near Kessa and killed nine soldiers")]),
]

TABLES = {
    "age_and_place": AGE_AND_PLACE,
    "declared_participles": DECLARED_PARTICIPLES,
    "warned_ahead": WARNED_AHEAD,
    "relative_that": RELATIVE_THAT,
    "possessive_asides": POSSESSIVE_ASIDES,
    "plural_claims": PLURAL_CLAIMS,
    "claimed_operations": CLAIMED_OPERATIONS,
    "advice_of": ADVICE_OF,
    "its_passage": ITS_PASSAGE,
}
CASES = [(name, text, expected) for name, table in TABLES.items() for text, expected in table]


# A known miss: "it" after a description ("The group") whose name the text gave before
# ("VF statements ...") should be that name, as the rules replace a pronoun with the name
# it refers to; the engine gives the description it follows.
PRONOUN_AFTER_DESCRIPTION = (
    "VF statements have often given high tolls. The group last claimed an operation in Kessa"
    " in May, when it said it had killed a guard.")


@pytest.mark.xfail(strict=True, reason="a pronoun after a description takes the description,"
                   " not the name written before it")
def test_round_49_pronoun_takes_the_name_not_the_description() -> None:
    assert statements(PRONOUN_AFTER_DESCRIPTION) == [
        ("The group", "an operation"), ("VF", "it had killed a guard")]


@pytest.mark.parametrize(("family", "text", "expected"), CASES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in CASES])
def test_round_49_statement_families(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected
