"""Probes of the ninety-fourth English round (issue 11): the forty-sixth set's statements.

A widow named in apposition (en-46 missed "His widow, Marites, said ..."; en-42's "Pineda's
widow, Marta, ..." is read there only through a later "she told"): "widow" and "widower"
were no person words, so the one-word name after them did not speak as it does after "His
daughter, Bernadette,". A plural "widows" with a name after it stays out.

A description opened by a possessive, then the name in apposition, before "said:" and a
quote (en-46 missed "OCHA's head of sub-office in Bahir Dar, Meron Tadesse, said: ..."; en-15
reads "Kalombo's lawyer, Maitre Didier Tshibanda, said his client ..." before reported
words): the name speaks, as after an article. A possessive with no name in apposition keeps
its description.

A participle after a reported clause opened by a pronoun (en-46 missed "said in a statement
it had carried out the attack, accusing the workers of ..."; en-25 and en-26 read "said
soldiers had detained 11 men ..., accusing them of ..." with a noun subject): the pronoun
opening reported words is their reporter, and so the participle's. Quoted words keep their
own "they" as before.

"she" / "he" after a one-word plural in "-ies" ("Families have told our staff ...", en-46
missed, twice): the plural is no antecedent for a singular pronoun, as "Traders" already
was.

"it" after a description that only mentions a named body again (en-46 missed "The
organisation is calling on ... It also urges donors ..."; en-16 missed "The group last
claimed ..., when it said ..."): the pronoun takes the body's name written earlier. With
no such name, or after a description that names a body of its own ("the army"), it stays.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

STATEMENT_MEMBERS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # a widow named in apposition
    ("The fisherman drowned on Tuesday. His widow, Amara, said he had gone out despite the "
     "storm.",
     [("Amara", "he had gone out despite the storm")]),
    ("The driver was killed at the checkpoint. Tomas Ferro's widow, Lucia, told reporters "
     "he had no weapon.",
     [("Lucia", "he had no weapon")]),
    ("The guard was shot dead at the gate. Her widower, Daniel, said she had asked for a "
     "transfer.",
     [("Daniel", "she had asked for a transfer")]),
    # a possessive description, then the name, then "said:" and a quote
    ("OXAM's head of mission in Varsa, Peter Holm, said: \"We need trucks, not promises.\"",
     [("Peter Holm", "We need trucks, not promises")]),
    ("Her lawyer, Tomas Ferro, said: \"My client will appeal.\"",
     [("Tomas Ferro", "My client will appeal")]),
    # a participle after a reported clause opened by a pronoun
    ("The rebel group said it had carried out the raid, accusing the villagers of spying "
     "for the army.",
     [("The rebel group",
       "it had carried out the raid, accusing the villagers of spying for the army"),
      ("The rebel group", "the villagers of spying for the army")]),
    # "she" after a one-word plural in "-ies"
    ("The director, Mara Voss, said: \"Children are hungry. Families have told our teams "
     "that they walked for days.\" She added that a girl had lost both parents.",
     [("Mara Voss",
       "Children are hungry. Families have told our teams that they walked for days"),
      ("Families", "they walked for days"),
      ("Mara Voss", "a girl had lost both parents")]),
    ("The nurse, Mara Voss, spoke to families at the camp. Families said they had walked "
     "for days. She said the clinic had run out of bandages.",
     [("Families", "they had walked for days"),
      ("Mara Voss", "the clinic had run out of bandages")]),
    # "it" after a description that mentions a named body again
    ("Doctors for the Valley said on Monday its clinic in Kessa had been looted. The "
     "organisation is calling on both sides to protect health workers. It also urges donors "
     "to fund the appeal.",
     [("Doctors for the Valley", "its clinic in Kessa had been looted"),
      ("The organisation", "both sides to protect health workers"),
      ("Doctors for the Valley", "donors to fund the appeal")]),
    ("Friends of the Marsh said the dam would flood 12 villages. The group said it would go "
     "to court. It said the ministry had ignored its letters.",
     [("Friends of the Marsh", "the dam would flood 12 villages"),
      ("The group", "it would go to court"),
      ("Friends of the Marsh", "the ministry had ignored its letters")]),
    ("The Tarvian Liberation Front (TLF) said it had attacked a police post. The group "
     "denied killing civilians. It said the dead were soldiers.",
     [("The Tarvian Liberation Front (TLF)", "it had attacked a police post"),
      ("The group", "killing civilians"),
      ("The Tarvian Liberation Front (TLF)", "the dead were soldiers")]),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # a full name after "widow" was read before; a plural "widows" names no one
    ("The teacher was killed in the raid. His widow, Rosa Mendes, said he had refused to "
     "leave.",
     [("Rosa Mendes", "he had refused to leave")]),
    ("Nobody spoke for the widows, Amara, until the inquiry opened.", []),
    # a possessive with no name in apposition keeps its description
    ("Kessa's mayor said: \"The water is safe.\"", [("Kessa's mayor", "The water is safe")]),
    ("The agency's director, Sara Lindqvist, said families were sleeping in the open.",
     [("Sara Lindqvist", "families were sleeping in the open")]),
    # a participle after reported words with a noun subject, and after a quote
    ("Residents said the soldiers had looted the town, accusing them of theft.",
     [("Residents", "the soldiers had looted the town, accusing them of theft"),
      ("the soldiers", "them of theft")]),
    ("\"They came at night,\" the group said, accusing soldiers of burning the houses.",
     [("the group", "They came at night")]),
    # "they" after a plural is the plural
    ("The director, Mara Voss, said: \"Children are hungry. Families have told our teams "
     "that they walked for days.\" They added that the roads were closed.",
     [("Mara Voss",
       "Children are hungry. Families have told our teams that they walked for days"),
      ("Families", "they walked for days"),
      ("Families", "the roads were closed")]),
    # "it" with no earlier name, or after a body's own description
    ("The group said it had attacked a police post. It said two officers were killed.",
     [("The group", "it had attacked a police post"),
      ("The group", "two officers were killed")]),
    ("The Tarvian Liberation Front (TLF) said it had attacked a police post. The army said "
     "it had repelled the attack. It said two attackers were killed.",
     [("The Tarvian Liberation Front (TLF)", "it had attacked a police post"),
      ("The army", "it had repelled the attack"),
      ("The army", "two attackers were killed")]),
    ("Mara Voss said the camp was full. The group said it had no more tents. It said more "
     "families were coming.",
     [("Mara Voss", "the camp was full"), ("The group", "it had no more tents"),
      ("The group", "more families were coming")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected
