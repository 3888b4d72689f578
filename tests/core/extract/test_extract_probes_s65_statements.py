"""English statement probes of the sixty-third round (from the twenty-ninth and thirtieth
blind sets).

1. A description and the name in apposition to it, as the subject of a first verb with the
   verb of saying coordinated after it ("The mayor of the district, Colonel X Y, blamed ...
   and said ..."): the name speaks, as it does before a plain "said", and a later "he" or
   "she" stands for the person so named. The description may run on with a place ("of the
   district", "in Chad") and have a title for its head. A name after a person in the tail
   ("the widow of the driver, X Y,") or an age is no speaker's name.
2. A body's possessive opening the description after an inverted verb of saying ("said
   Oxfam's director in Kessa, X Y."): the closing name speaks, as after "said the director
   in Kessa, X Y.", and a second quote goes to the same person.
3. A fronted time with its own hour or place and a comma ("Every evening at six, X Y
   locks ..."): the subject after it is the person a later "she says" stands for.
4. A possessor's relative or neighbour run into the name with no comma before it, an age
   after it ("Vera's cousin Ilko, 52, spent ..."): the name is the subject a later "he"
   stands for, as with the comma ("Okot's brother, Dan, ...").
5. A communiqué's "informs ... that" with an official's whole title for subject ("The
   Chief of General Staff of the Nordland Armed Forces informs ...", capitalised words and
   the small words between them) or a mass noun of hearers without article ("informs
   national and international opinion that"); a relative "that" after a bare "opinion"
   and a long subject that is no title stay out.

The strict xfails are statement errors of the two sets left for later rounds (see
``bench/blind/README.md``, "The statement errors, classified").

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

COORDINATED_APPOSITION: list[tuple[str, list]] = [
    ("The mayor of the district, Colonel Tomas Reye, blamed the rain in a statement on "
     "Friday and said crews had cleared the main roads. He urged drivers to stay home "
     "until the weekend.",
     [("Colonel Tomas Reye", "crews had cleared the main roads"),
      ("Colonel Tomas Reye", "drivers to stay home until the weekend")]),
    ("The Resident Coordinator in Chad, Lena Duvall, welcomed the deal and called on the "
     "parties to respect it. She urged donors to fund the plan.",
     [("Lena Duvall", "the parties to respect it"),
      ("Lena Duvall", "donors to fund the plan")]),
    ("The police chief, Piet Olsen, praised the crews and said two boats were missing. "
     "He asked fishermen to stay ashore.",
     [("Piet Olsen", "two boats were missing"),
      ("Piet Olsen", "fishermen to stay ashore")]),
]
COORDINATED_APPOSITION_KEPT: list[tuple[str, list]] = [
    # a plain "said" after the apposition already took the name
    ("The mayor, Tomas Reye, said crews had cleared the roads. He urged drivers to stay "
     "home.",
     [("Tomas Reye", "crews had cleared the roads"), ("Tomas Reye", "drivers to stay home")]),
    # no name in apposition: the description speaks
    ("The mayor of the district blamed the rain and said crews had cleared the roads.",
     [("The mayor of the district", "crews had cleared the roads")]),
]

POSSESSIVE_DESCRIPTION: list[tuple[str, list]] = [
    ('"The river rose overnight," said Oxfam\'s director in Chad, Marta Odongo. "The '
     'fields are gone. We ask for help."',
     [("Marta Odongo", "The river rose overnight"),
      ("Marta Odongo", "The fields are gone. We ask for help")]),
    ('"The river rose overnight," said OXFAM\'s field coordinator, Marta Odongo.',
     [("Marta Odongo", "The river rose overnight")]),
    ("The river rose overnight, said Oxfam's director in Chad, Marta Odongo.",
     [("Marta Odongo", "The river rose overnight")]),
]
POSSESSIVE_DESCRIPTION_KEPT: list[tuple[str, list]] = [
    # no closing name: the description speaks
    ('"The river rose overnight," said Oxfam\'s director, who visited Kessa.',
     [("Oxfam's director", "The river rose overnight")]),
    ('"The river rose overnight," said the agency\'s director in Chad, Marta Odongo.',
     [("Marta Odongo", "The river rose overnight")]),
]

FRONTED_TIME_WITH_HOUR: list[tuple[str, list]] = [
    ("Every evening at six, Dora Milic locks the gate of her bakery and counts the loaves "
     "left. On a bad day there are forty, she says.",
     [("Dora Milic", "On a bad day there are forty")]),
    ("Every Sunday after mass, Ivo Brant opens his stall in the square. Fewer people come "
     "now, he says.",
     [("Ivo Brant", "Fewer people come now")]),
    ("Last Tuesday in Varo, Dora Milic closed her bakery. \"We had no flour,\" she said.",
     [("Dora Milic", "We had no flour")]),
]
FRONTED_TIME_WITH_HOUR_KEPT: list[tuple[str, list]] = [
    ("Every evening, Dora Milic locks the gate of her bakery. On a bad day there are "
     "forty, she says.",
     [("Dora Milic", "On a bad day there are forty")]),
    # the subject opens the sentence: no time to pass
    ("Dora Milic locks the gate at six. On a bad day there are forty, she says.",
     [("Dora Milic", "On a bad day there are forty")]),
]

POSSESSED_NAME_NO_COMMA: list[tuple[str, list]] = [
    ("The monitors say the fence has moved twice this year. Vera's cousin Ilko, 52, spent "
     "a week in a cell. \"Now I stay in the yard,\" he says.",
     [("The monitors", "the fence has moved twice this year"),
      ("Ilko", "Now I stay in the yard")]),
    ("The monitors say the fence has moved twice this year. Her neighbour Ilko Petrov, 52, "
     "lost his goats. \"Now I stay in the yard,\" he says.",
     [("The monitors", "the fence has moved twice this year"),
      ("Ilko Petrov", "Now I stay in the yard")]),
]
POSSESSED_NAME_NO_COMMA_KEPT: list[tuple[str, list]] = [
    # a place, not a person, in the possessor's noun
    ("Ilko Petrov says the fence has moved. Their village Kessa, once busy, is empty now. "
     "\"Now I stay in the yard,\" he says.",
     [("Ilko Petrov", "the fence has moved"), ("Ilko Petrov", "Now I stay in the yard")]),
]

COMMUNIQUE_INFORMS: list[tuple[str, list]] = [
    ("The Chief of General Staff of the Nordland Armed Forces informs the public that on "
     "the night of Friday 3 to Saturday 4 May 2024, a post near Kessa came under attack.",
     [("The Chief of General Staff of the Nordland Armed Forces",
       "on the night of Friday 3 to Saturday 4 May 2024, a post near Kessa came under "
       "attack")]),
    ("The Minister of Defence informs national and international opinion that our forces "
     "repelled the attack after an hour of fighting.",
     [("The Minister of Defence",
       "our forces repelled the attack after an hour of fighting")]),
    ("The minister informs public opinion that the curfew is lifted.",
     [("The minister", "the curfew is lifted")]),
    # a title with "in charge of", which "<title> told them that" would cut to its last
    # capitalised word: read since the eighty-third round (left here as a strict xfail
    # before it)
    ("The Minister Delegate at the Presidency in charge of Defence informs national and "
     "international opinion that our forces repelled the attack.",
     [("The Minister Delegate at the Presidency in charge of Defence",
       "our forces repelled the attack")]),
]
COMMUNIQUE_INFORMS_KEPT: list[tuple[str, list]] = [
    ("The poll informs opinion that is already divided.", []),
    ("The long and bitter war in the north of the Varo Valley informs the public that "
     "nothing is safe.", []),
]
LEFT_FOR_LATER: list[tuple[str, list]] = [
    # a person brought in as the object of another's act, then "He told the court": the
    # pronoun goes to the earlier speaker
    pytest.param(
        '"The vote was fair," the chairwoman said. The defence called four witnesses, '
        "among them the only guard on duty, who was hurt in the fire. He told the court "
        "that the doors were locked from outside.",
        [("the chairwoman", "The vote was fair"),
         ("the only guard on duty", "the doors were locked from outside")],
        marks=pytest.mark.xfail(strict=True, reason="object introduced, then 'He told'")),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_APPOSITION)
def test_a_named_description_speaks_for_a_coordinated_verb(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), COORDINATED_APPOSITION_KEPT)
def test_a_named_description_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_DESCRIPTION)
def test_a_possessive_description_gives_way_to_its_name(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_DESCRIPTION_KEPT)
def test_a_possessive_description_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_TIME_WITH_HOUR)
def test_a_fronted_time_with_its_hour_before_the_subject(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_TIME_WITH_HOUR_KEPT)
def test_a_fronted_time_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), POSSESSED_NAME_NO_COMMA)
def test_a_possessed_name_without_its_comma(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), POSSESSED_NAME_NO_COMMA_KEPT)
def test_a_possessed_name_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), COMMUNIQUE_INFORMS)
def test_a_communique_informs(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), COMMUNIQUE_INFORMS_KEPT)
def test_a_communique_informs_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), LEFT_FOR_LATER)
def test_left_for_later(text: str, expected: list) -> None:
    assert statement_words(text) == expected
