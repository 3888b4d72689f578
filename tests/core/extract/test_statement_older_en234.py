"""English probes, round en234 (issue 11): a feature's person called by a role ("the
driver") speaks under the name the text ties to the role by the role's own verb or by the
same "he" or "she"; "..., while Y gave a higher count and said ..." is Y's; a feature keeps
its person for a later "he" or "she" (a one-word name after "For", the same "he" over a
name in a fronted phrase, the one person named as an owner).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. a named person called by a role ---------------------------------------------------

ROLES = [
    # the role's own verb said of the name
    ("Idrissa Banmore-Tall has driven a lorry of yams to the coast every week since 2009. "
     "Bandits blocked the pass in March. The driver spent a fortnight tied to a tree in the "
     'hills. "We drank rain," he says. "Nobody came."', "Idrissa Banmore-Tall",
     "Nobody came"),
    ("Idrissa Banmore-Tall, 52, drives the early bus from Kolda. The driver lost three "
     'fingers when the mob stoned it. "I kept the door shut," he says.',
     "Idrissa Banmore-Tall", "I kept the door shut"),
    ("Marta Collins-Obi farms maize near Tessa. Floods took her fields in May. The farmer "
     'and her sons slept on a roof for three nights. "The water came at night," she says.',
     "Marta Collins-Obi", "The water came at night"),
    ("Efua Mensah-Ofori has traded cloth at the Kwabre market since 1994. The trader lost "
     'her stall in the fire. "Thirty years went up in one night," she says.',
     "Efua Mensah-Ofori", "Thirty years went up in one night"),
    # the nearest named person the text tells with the same pronoun, before the role's
    # first mention
    ("SOLA, Lanavia - Every morning at six, Adamou Banmore-Tall checks the tyres of his "
     "lorry. The road to Tessa has 60 bends. He knows each one. Smugglers have made it the "
     "most feared road in the east. The driver has been robbed four times this year. "
     '"They take the diesel first," he says.', "Adamou Banmore-Tall",
     "They take the diesel first"),
    ("Adamou Banmore-Tall has spent 18 years on the road to Garoua-Tessa. He knows every bend."
     " The driver was beaten at a roadblock in April. A cousin sold his goats to pay the "
     "doctor, he says.", "Adamou Banmore-Tall", "A cousin sold his goats to pay the doctor"),
    # a headline above the feature is no first mention of the role
    ("The driver who came back\n\nLena Osei-Kuma checks the brakes of her bus every "
     "morning. The driver crashed into a river in the floods last year. \"I still take the "
     'same road," she says.', "Lena Osei-Kuma", "I still take the same road"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ROLES)
def test_a_role_takes_the_name_tied_to_it(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


ROLE_NEAR_MISSES = [
    # the nearest named person is told as another pronoun, or given a role of his own
    ("Mira Dolan-Hart was on the bus with her son. The driver stopped at the bend. "
     '"They fired first," he says.', "The driver", "They fired first"),
    ("Omar Sefu-Lind, a teacher, was on the bus with his son. The driver stopped at the "
     'bend. "They fired first," he says.', "The driver", "They fired first"),
    # a driver met before the definite role: not its first mention
    ("Adamou Banmore-Tall checks the tyres of his lorry every morning. A driver from Tessa "
     "was shot last year. The driver had stopped for a man waving at the roadside. "
     '"He never saw the gun," he says.', "The driver", "He never saw the gun"),
    # a role written as the teller stays as written
    ("Idrissa Banmore-Tall has driven a lorry for 18 years. The driver said the road had "
     "been quiet until March.", "The driver", "the road had been quiet until March"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ROLE_NEAR_MISSES)
def test_an_untied_role_keeps_its_words(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- 2. "..., while Y gave a higher count and said ..." ----------------------------------

CONTRASTS = [
    ("The storm flattened 300 homes on the coast, the relief agency said, while village chiefs "
     "gave a higher count and said the road to the coast was cut.", "village chiefs",
     "the road to the coast was cut"),
    ("The ferry carried 140 people, its owners said, while survivors described a deck packed "
     "twice over and said the crew had fled first.", "survivors",
     "the crew had fled first"),
    ("Clashes over grazing land left 14 dead near Osra, elders in the district said, while "
     "the army put its own losses at two and said it had retaken the wells.", "the army",
     "it had retaken the wells"),
    ("Three people died in the crush, the stadium's owners said, whereas supporters' groups "
     "named seven victims and said the gates had been locked.", "supporters' groups",
     "the gates had been locked"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CONTRASTS)
def test_the_contrasting_clause_says_its_own(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_whereas_closes_the_words_before_it() -> None:
    text = ("Three people died in the crush, the stadium's owners said, whereas supporters' "
            "groups named seven victims and said the gates had been locked.")
    assert ("the stadium's owners", "Three people died in the crush") in statement_words(text)


CONTRAST_NEAR_MISSES = [
    # a "while" of time without its comma: the teller before goes on
    ("The minister said the mine would stay shut while engineers checked the shaft and said "
     "the families would be paid.", "The minister", "the families would be paid"),
    # the "while" clause's own saying verb: read as it was
    ("The company said the mill would reopen, while the union said the strike would go on.",
     "the union", "the strike would go on"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CONTRAST_NEAR_MISSES)
def test_no_contrast_keeps_the_teller(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- 3. a feature keeps its person for "he" or "she" --------------------------------------

PERSONS = [
    # "For" and a one-word name the text gave in full before
    ("Naledi Dube-Mokoena, a vegetable trader, has sold at the Rivon market for 11 years. "
     "A city official, Tomas Reld, said the new roof would be built by March.\n\nFor "
     'Dube-Mokoena, a roof comes too late. "We lost the whole winter," she says.',
     "Dube-Mokoena", "We lost the whole winter"),
    ("Grace Mwale sells fish by the bus rank. A city official, Tomas Reld, said the new "
     "shelter would open in March.\n\nFor Mwale, the new shelter counts for little. "
     '"Rain is not our problem," she says.', "Mwale", "Rain is not our problem"),
    ("Joseph Kariuki-Ndeti lost his shop in the riots. The county commissioner, Rose Oyier, "
     'said traders would be paid.\n\nFor Joseph, the money is not the point. "I want to '
     'know who burned it," he says.', "Joseph", "I want to know who burned it"),
    # the same "he" told in the sentence before, over a name in its fronted phrase
    ("Police chief Daniel Oroko spoke for an hour. Speaking of the killing of a young "
     "fisherman, Peter Amadi-Kalu, whose body was found near the jetty, he said the inquiry "
     'would report within a month. "Nobody is above the law," he said.',
     "Police chief Daniel Oroko", "Nobody is above the law"),
    ("Governor Ruth Atieno-Mwangi spoke for an hour. Asked about the arrest of a local "
     "teacher, Mary Wanjiru-Kobia, who was held for three days, she said the police had "
     'acted alone. "I was not told," she said.', "Governor Ruth Atieno-Mwangi",
     "I was not told"),
    ("The district commander, Colonel Ivo Brant-Selic, met reporters on Friday. After the "
     "funeral of a young conscript, Marko Tadic-Ruz, who was shot at the checkpoint, he said "
     'the unit would be moved. "Nobody will be protected," he said.',
     "Colonel Ivo Brant-Selic", "Nobody will be protected"),
    # the one person named as an owner, carried on as the subject of a sentence between
    ("PORT ELLIS - Each Saturday a collector from the gang comes to Ama Kesse-Boateng's "
     'tailoring shop. She hands over whatever the week brought. "If I refuse, he comes back '
     'with friends," she says.', "Ama Kesse-Boateng",
     "If I refuse, he comes back with friends"),
    ("Every Friday two boys knock on the door of Kwame Osei-Bonsu's bakery. He gives them "
     'bread and a few coins. "They are hungry, and they are watched," he says.',
     "Kwame Osei-Bonsu", "They are hungry, and they are watched"),
    ("The water stopped in Lena Varga-Hollo's street in June. She now carries it from the "
     'river. "My back is gone," she says.', "Lena Varga-Hollo", "My back is gone"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PERSONS)
def test_the_feature_keeps_its_person(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


PERSON_NEAR_MISSES = [
    # a place after "For", never a name given in full: the speaker before stays
    ("A city official, Tomas Reld, said the new shelter would open in March.\n\nFor "
     'Chipata, a shelter counts for little. "Rain is not the problem," he says.',
     "Tomas Reld", "Rain is not the problem"),
    # a new subject between: the nearest subject, not the pronoun told before
    ("Police chief Daniel Oroko said the inquiry would report within a month. Then the mayor, "
     'Omar Sefu-Lind, took the microphone. "We will pay for the funeral," he said.',
     "Omar Sefu-Lind", "We will pay for the funeral"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PERSON_NEAR_MISSES)
def test_near_misses_keep_their_teller(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


OWNER_NEAR_MISSES = [
    # two owners named: no one person
    "Each Saturday a collector comes to Ama Kesse-Boateng's shop and Kofi Ansah-Dei's bar. "
    'She hands over whatever the week brought. "If I refuse, he comes back with friends," '
    "she says.",
    # no sentence between opens on the pronoun
    'A collector comes to Ama Kesse-Boateng\'s shop each Saturday. "If I refuse, he comes '
    'back with friends," she says.',
]


@pytest.mark.parametrize("text", OWNER_NEAR_MISSES)
def test_an_owner_not_carried_on_is_no_teller(text: str) -> None:
    assert not any(s == "Ama Kesse-Boateng" for s, _w in statement_words(text))
