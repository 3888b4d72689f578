"""English probes, round en208 (issue 11): who speaks in a feature and inside a quote.

1. no pronoun antecedent in "Nobody ..." or a gerund opening a sentence ("Losing a brother
   taught him ..."); the owner of a thing told before "he says" ("Tomas's crew has raised
   ..., he says"); a woman's subject keeps a later "she" past a "he" in her own sentence
   ("Tomas's wife, Jana, would rather he stayed home.");
2. a source inside a follow-on quote, after a fronted time ("In the morning the police
   said ...") or as a share of a group ("One of them told me ...");
3. a quoted "he said" / "she said" stands for the kin of that sex the lead-in names ("her
   father"), never the teller;
4. a member of an assembly before the name ("Local legislator Anil Verma has asked ... He
   said");
5. a possessive's person before a coordinated "and said" ("My brother called and said");
6. a quoted "they" after people the quote itself names ("people laughed. They said").

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def _has(found: list[tuple[str | None, str]], speaker: str, words: str) -> bool:
    return any(sp is not None and speaker in sp and w.startswith(words) for sp, w in found)


# --- 1. the person a feature's "he says" / "she says" stands for -------------------------

FEATURE = (
    "The river gave my village back its school\n"
    "Losing a brother to the flood taught him patience. Now he builds walls along the bank\n"
    "By our reporter in Ostrava\n\n"
    "On a bank above Velka Lhota, a village of thirty houses near the border, Tomas "
    "Hradek-Novy crouches beside a pile of sandbags. He is 52. He was 16 when the water took "
    "his brother.\n\n"
    "\"We were moving the cows to the barn,\" he says. \"My brother went back for the calf.\"\n\n"
    "The dykes on this river were built in the 1960s. Nobody repaired them. Tomas's crew of "
    "six, working for a charity called Dry Fields, has raised 400 metres of wall since "
    "spring, he says, most of it by hand.\n\n"
    "At least 12 people from Velka Lhota have drowned since 1997, according to the Moravia "
    "Region's water authority.\n\n"
    "Tomas's wife, Jana, would rather he stayed home. \"Every morning I watch him pull on the "
    "boots,\" she says. \"Every night I listen for the truck.\"")


def test_gerund_opener_is_no_speaker() -> None:
    found = statement_words(FEATURE)
    assert _has(found, "Tomas Hradek-Novy", "We were moving the cows")
    assert not any(sp in ("Losing", "Nobody") for sp, _ in found)


def test_owner_of_a_thing_told_before_he_says() -> None:
    assert _has(statement_words(FEATURE), "Tomas", "Tomas's crew of six")


def test_wife_named_in_apposition_keeps_her_she() -> None:
    found = statement_words(FEATURE)
    assert _has(found, "Jana", "Every morning I watch him")
    assert _has(found, "Jana", "Every night I listen")


GERUND_AND_NO_ONE = [
    ("Stepping on a mine as a boy cost him a leg. Now he clears the fields.\n\n"
     "Emil Varga walks the slope each morning. Nobody mapped it. The charity has cleared 90 "
     "mines here since May, he says.", "Emil Varga", "The charity has cleared 90 mines"),
    ("Working for the port taught her to wait.\n\nMarta Lisowska keeps the tally in a "
     "notebook. Everyone else has left. The last ship came in April, she says.",
     "Marta Lisowska", "The last ship came in April"),
    ("Jonas Pell runs the only bakery in Ostrog. Someone broke the window in March. The "
     "insurers have not paid, he says.", "Jonas Pell", "The insurers have not paid"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), GERUND_AND_NO_ONE)
def test_no_one_and_gerund_give_way(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found
    assert not any(sp in ("Stepping", "Working", "Nobody", "Everyone", "Someone")
                   for sp, _ in found)


THING_OWNERS = [
    ("Elif's bakery has been robbed twice this year, she says, both times at night.",
     "Elif", "Elif's bakery has been robbed twice"),
    ("Marek's farm lost 40 cows in the flood, he says.", "Marek", "Marek's farm lost 40 cows"),
    ("Amina's shop has stayed shut since the curfew began, she says.", "Amina",
     "Amina's shop has stayed shut"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), THING_OWNERS)
def test_owner_of_a_thing_speaks(text: str, speaker: str, words: str) -> None:
    assert _has(statement_words(text), speaker, words)


def test_owned_person_gives_no_owner() -> None:
    # the lawyer may be the one who tells: no owner is taken
    found = statement_words("Karim's lawyer filed an appeal on Monday, she says.")
    assert not any(sp == "Karim" for sp, _ in found)


def test_a_name_subject_ending_in_ing_still_speaks() -> None:
    found = statement_words("Fleming arrived at the dock before dawn. The cargo was gone, he "
                            "said.")
    assert _has(found, "Fleming", "The cargo was gone")


OWN_SEX_PAST_HE = [
    ("Piotr Zelek drives the night bus. Piotr's wife, Hanna, wishes he would stop. \"I "
     "cannot sleep until he is home,\" she says.", "Hanna", "I cannot sleep"),
    ("Ivo Brant was injured in March. His daughter, Sara, says he has not walked since. "
     "\"We carry him up the stairs,\" she says.", "Sara", "We carry him up the stairs"),
    ("Rafael Cruz fishes alone now. His mother, Dolores, says he was never the same after "
     "the storm. \"He stopped laughing,\" she says.", "Dolores", "He stopped laughing"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), OWN_SEX_PAST_HE)
def test_woman_subject_keeps_she(text: str, speaker: str, words: str) -> None:
    assert _has(statement_words(text), speaker, words)


def test_man_called_he_in_his_sentence_still_passed_by_she() -> None:
    # "Ivan was 19 when he was stabbed": a man, whom a later "she says" goes past
    found = statement_words("Lena Orr runs the clinic. Ivan was 19 when he was stabbed. "
                            "\"We could not save him,\" she says.")
    assert _has(found, "Lena Orr", "We could not save him")


# --- 2. a source inside a follow-on quote -------------------------------------------------

INNER_SOURCES = [
    ("\"They came at night,\" said Ali Musa. \"In the morning the police said he had drowned. "
     "We did not believe them.\"", "the police", "he had drowned"),
    ("\"We waited all week,\" said Ali Musa. \"Later the army told us the road was open "
     "again.\"", "the army", "the road was open again"),
    ("\"We waited all week,\" said Ali Musa. \"On Monday the council said the school would "
     "reopen.\"", "the council", "the school would reopen"),
    ("\"These families were driven out of their homes,\" said Lena Varga, a lawyer for the "
     "group. \"One of them told me his children no longer sleep at night. They flinch at "
     "every car.\"", "One of them", "his children no longer sleep"),
    ("\"They came at night,\" said Ali Musa. \"One of the guards told me he had a gun. They "
     "lied.\"", "One of the guards", "he had a gun"),
    ("\"The road was shut,\" said Ruth Amos. \"Some of them told us the bridge had gone.\"",
     "Some of them", "the bridge had gone"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), INNER_SOURCES)
def test_source_inside_follow_on_quote(text: str, speaker: str, words: str) -> None:
    assert _has(statement_words(text), speaker, words)


INNER_NEAR_MISSES = [
    "\"We waited all week,\" said Ali Musa. \"In the end the rain said it all.\"",
    "\"We waited all week,\" said Ali Musa. \"In the morning the old man told stories.\"",
    "\"We waited all week,\" said Ali Musa. \"We asked, and the police said nothing useful.\"",
]


@pytest.mark.parametrize("text", INNER_NEAR_MISSES)
def test_no_source_inside_quote(text: str) -> None:
    found = statement_words(text)
    assert all(sp == "Ali Musa" for sp, _ in found), found


# --- 3. a quoted "he said" / "she said" and the kin the lead-in names ---------------------

NESTED_KIN = [
    ("Ana Ruiz, 74, said she still thought of her father and his stories of the great "
     "flood. \"He always said the water came at night. Now I believe him,\" she said.",
     "her father", "the water came at night"),
    ("Omar Haddad said he had grown up hearing his grandmother talk about the siege. \"She "
     "always said the bread ran out first. We laughed at her,\" he said.", "his grandmother",
     "the bread ran out first"),
    ("Mira Tal, who was nine at the time, remembers her uncle standing at the door. \"He said "
     "the river would come over the bank by morning,\" she says.", "her uncle",
     "the river would come over the bank"),
    ("Jon Berg said his sister had driven him to the station. \"She said the trains were "
     "running again,\" he said.", "his sister", "the trains were running again"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), NESTED_KIN)
def test_nested_pronoun_is_kin_of_lead_in(text: str, speaker: str, words: str) -> None:
    assert _has(statement_words(text), speaker, words)


def test_nested_pronoun_without_kin_unchanged() -> None:
    found = statement_words("Lena Orr said she had called the hospital twice. \"She said the "
                            "ward was full,\" said Lena Orr.")
    assert not any(sp is not None and sp.startswith(("her ", "his ")) for sp, _ in found)


def test_kin_as_owner_is_not_taken() -> None:
    # "her daughter's house" is a place named by its owner; no "she" of the quote's
    found = statement_words("Rosa Pell, 80, stayed at her daughter's house. \"She said the "
                            "sirens would stop,\" Rosa Pell said.")
    assert not any(sp == "her daughter" for sp, _ in found)


# --- 4. a member of an assembly before the name, as a pronoun's antecedent ----------------

ASSEMBLY_MEMBERS = [
    ("Rakesh Oza, a farmer, said the shelling had stopped. Local legislator Anil Verma has "
     "asked the state for 50 more shelters. He said he would raise the matter next week.",
     "Anil Verma", "he would raise the matter"),
    ("Dr Ines Moll said the clinic was full. State senator Maria Lind toured the flooded "
     "streets on Sunday. She said the levee had failed in two places.", "Maria Lind",
     "the levee had failed"),
    ("Pastor Eli Dunn said the church would stay open. Veteran parliamentarian Joseph Ogot "
     "visited the camp. He said the tents had not arrived.", "Joseph Ogot",
     "the tents had not arrived"),
    ("Mayor Ana Ruiz said the roads were clear. Local alderman Tom Reyes walked the ward on "
     "Monday. He said three houses had flooded.", "Tom Reyes", "three houses had flooded"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ASSEMBLY_MEMBERS)
def test_assembly_member_subject(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found
    assert not any(sp in ("Local", "State", "Veteran") for sp, _ in found)


# --- 5. a possessive's person before a coordinated "and said" -----------------------------

KIN_AND_SAID = [
    ("My brother called me at seven and said they were burning mattresses.", "My brother",
     "they were burning mattresses"),
    ("Her uncle phoned at noon and said the road was shut.", "Her uncle", "the road was shut"),
    ("\"We waited at the gate,\" said Ana Ruiz. \"My husband phoned at noon and said the "
     "soldiers had gone.\"", "My husband", "the soldiers had gone"),
    ("\"It was quiet,\" said Ana Ruiz. \"Her son said the soldiers had gone.\"", "Her son",
     "the soldiers had gone"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), KIN_AND_SAID)
def test_possessive_kin_before_and_said(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found
    assert not any(sp in ("My", "Her", "Our") for sp, _ in found)


def test_kin_asking_is_no_teller() -> None:
    # a request, not a report of words: the kin gives the later "she said" no speaker
    found = statement_words("Olga Marchenko has no plans to stop. Her daughter calls every "
                            "evening and asks her to come. \"A soldier told me our bread "
                            "tastes like home,\" she said.")
    assert _has(found, "Olga Marchenko", "A soldier told me")


def test_thing_after_possessive_speaks_nothing() -> None:
    assert statement_words("My car broke down and said nothing.") == []


# --- 6. a quoted "they" after people the quote itself names ------------------------------

QUOTED_THEY = [
    ("\"When I opened the shop, people laughed. They said nobody would buy bread at that "
     "price,\" says Tariq Obeid, 45.", "people", "nobody would buy bread"),
    ("\"When I started, people laughed. They told me no one would hire a woman,\" says Ines "
     "Rocha.", "people", "no one would hire a woman"),
    ("\"The neighbours were kind. They told us the water would go down in a day,\" said Ana "
     "Ruiz.", "The neighbours", "the water would go down"),
    ("\"We asked the doctors for help. They said there were no beds,\" said Ana Ruiz.",
     "the doctors", "there were no beds"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), QUOTED_THEY)
def test_quoted_they_after_people_named(text: str, speaker: str, words: str) -> None:
    assert _has(statement_words(text), speaker, words)


QUOTED_THEY_NEAR_MISSES = [
    # hearsay with no people acting before it stays part of the teller's words (en203)
    "\"People here are tired. They say the rain will come,\" said Ana Ruiz.",
    "\"At the station they told me my son had run away,\" said Ana Ruiz.",
]


@pytest.mark.parametrize("text", QUOTED_THEY_NEAR_MISSES)
def test_quoted_they_without_people_stays(text: str) -> None:
    found = statement_words(text)
    assert all(sp == "Ana Ruiz" for sp, _ in found), found


def test_people_after_the_quoted_they_are_not_its_group() -> None:
    # "the guards" come after the "they" and before its words: the ones told, not the tellers
    found = statement_words("\"They lined up the guards and told them to kneel,\" said Ana "
                            "Ruiz.")
    assert not any(sp == "the guards" for sp, _ in found)
