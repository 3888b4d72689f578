"""English probes, round en226 (issue 11): hearers named before the words ("tell our
reporter that", "told a jury in ... that", a speaker aged N, a long "whose" clause, a
fronted sitting before an apposed name, a name "for" its side of a chamber), a feature's
"Back then" that is no name, "said one woman, <Name>", a person on a street called a
"Crescent", and a body's demands set out as a list under "demands that:" / "calls for:".

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. hearers before the words --------------------------------------------------------

HEARERS = [
    ("Gunmen stormed the village of Tarrow on Sunday. Residents tell our reporter that at "
     "least six people were taken into the hills.", "Residents",
     "at least six people were taken into the hills"),
    ("Fighting reached the port on Monday. Residents of Kelmar, 10 kilometres from the town, "
     "tell a community radio station that about 900 people have fled towards the river.",
     "Residents of Kelmar", "about 900 people have fled towards the river"),
    ("Witnesses tell our correspondent that the soldiers fired first.", "Witnesses",
     "the soldiers fired first"),
    ("Residents tell a local radio station that about 900 people have fled.", "Residents",
     "about 900 people have fled"),
    # a long "whose" clause: the person it describes speaks
    ("A man whose son was shot dead during a police raid in the Morro do Cedro favela told a "
     "jury in Recife on Monday that the boy had been unarmed.", "A man",
     "the boy had been unarmed"),
    ("A woman whose husband was shot dead during a night raid in the old Cedro market "
     "district told a jury that the doors had been locked.", "A woman",
     "the doors had been locked"),
    ("An elderly farmer whose two grandsons were taken from the school bus by gunmen on the "
     "road north of the town said the family had paid a ransom.", "An elderly farmer",
     "the family had paid a ransom"),
    ("The mother whose daughter was stabbed outside a bar on the corner of Pike Street and "
     "the old harbour road told reporters that the police arrived late.", "The mother",
     "the police arrived late"),
    # an age after "aged"
    ("The group interviewed 20 witnesses. A teacher aged 45, whose daughter was among the "
     'wounded, told Rights Monitor Kenya: "They came at night and burned the school. '
     'Nobody stopped them."', "A teacher", "They came at night and burned the school"),
    ("A teacher aged 45 told reporters that the school had been burned.", "A teacher",
     "the school had been burned"),
    ("An old shepherd aged 70 says the wells are dry.", "An old shepherd", "the wells are dry"),
    # a fronted sitting, then a description and the name in commas
    ("The county police asked for a review. At a hearing on Monday its licensing officer, "
     "Inspector Dana Holloway-Pike, told the committee that the bar had served drinks after "
     "midnight.", "Inspector Dana Holloway-Pike", "the bar had served drinks after midnight"),
    ("At the inquest on Tuesday the pathologist, Dr Amir Feld, said the man had drowned.",
     "Dr Amir Feld", "the man had drowned"),
    ("During the debate the party's whip, Ms Joan Carrow, said the vote would be free.",
     "Ms Joan Carrow", "the vote would be free"),
    # a name and the side it stands for
    ("Councillor Marta Vosk-Heller, for the opposition benches, said the mayor had ignored "
     "the warnings.", "Councillor Marta Vosk-Heller", "the mayor had ignored the warnings"),
    ("Senator Alan Brightwater, for the minority, said the bill would fail.",
     "Senator Alan Brightwater", "the bill would fail"),
    ("Ms Alma Quist, for the defence, told the court that her client had been abroad.",
     "Ms Alma Quist", "her client had been abroad"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), HEARERS)
def test_a_hearer_before_the_words(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


HEARER_NEAR_MISSES = [
    # no clause after the hearer: an order, a tale
    "They tell our reporter to leave the village.",
    "Residents tell a story of fear and hunger.",
    # "aged" after a plural or a body: no one person
    "Police aged 45 said the road was closed.",
    "A group of men aged 20 told reporters that they had been beaten.",
    # a fronted phrase with a comma in the wrong place keeps nobody
    "The money, for the most part, went to the army.",
]


@pytest.mark.parametrize("text", HEARER_NEAR_MISSES)
def test_no_hearer_reading_where_none_is(text: str) -> None:
    assert statement_words(text) == []


def test_a_report_with_a_long_whose_clause_is_no_person() -> None:
    text = ("A report whose findings were leaked to journalists by officials of the ministry "
            "in the capital on Tuesday evening said the dam was unsafe.")
    assert all(sp != "A report" for sp, _ in statement_words(text))


def test_the_name_for_her_part_speaks() -> None:
    text = "Dr Anna Lisk, for her part, said the clinic would stay open."
    assert ("Dr Anna Lisk", "the clinic would stay open") in statement_words(text)


# --- 2. who a feature's quote belongs to -------------------------------------------------

_PUMP = ("Tomas Arvel-Nunez keeps the key of the old pump house. He is 58 and has worked the "
         "pumps for 30 years.\nHis daughter, Lia Arvel-Nunez, lives in the city. \"He never "
         'takes a holiday," she says.\nHe says the pump house now has two engines and a night '
         'guard. {opener} "We carried water by hand for a week," he says.')

OPENERS = [
    "Back then it had one engine.",
    "Even then it broke down every week.",
    "Back home the wells are dry.",
    "Back there the road was closed.",
]


@pytest.mark.parametrize("opener", OPENERS)
def test_an_opening_adverb_is_no_name(opener: str) -> None:
    words = statement_words(_PUMP.format(opener=opener))
    assert ("Tomas Arvel-Nunez", "We carried water by hand for a week") in words


def test_a_name_opening_the_sentence_still_takes_the_quote() -> None:
    words = statement_words(_PUMP.format(opener="Marek Sova fixed the second one."))
    assert ("Marek Sova", "We carried water by hand for a week") in words


ONE_NAMED = [
    ('"My son was 17," said one woman, Rosa Valdez-Ibarra.\n\nThe Commission on Missing '
     "Persons' local office said it would look into the case.", "Rosa Valdez-Ibarra",
     "My son was 17"),
    ('Outside the court, about 30 relatives held up pictures. "My son was 17. He was at '
     'school," said one woman, Rosa Valdez-Ibarra.\n\nThe Office of the Public Defender\'s '
     "regional branch said it would appeal.", "Rosa Valdez-Ibarra",
     "My son was 17. He was at school"),
    ('"They took everything," said another woman, Grace Mutua.', "Grace Mutua",
     "They took everything"),
    ('"We have not eaten for two days," said one man, Idris Kamau-Ole.', "Idris Kamau-Ole",
     "We have not eaten for two days"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ONE_NAMED)
def test_one_of_a_crowd_named_after_the_verb(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_one_man_described_without_a_name_keeps_the_description() -> None:
    text = '"We have not eaten," said one man, a driver from Kessa.'
    assert ("one man", "We have not eaten") in statement_words(text)


CRESCENTS = [
    ('Marta Olsen-Bray runs the youth club on Kestrel Road. "The patrols have helped," she '
     "said.\n\nNot everyone agrees. A pharmacist on Heron Crescent, who did not want to be "
     'named, said the sellers had only moved. "They come back at night," she said.',
     "A pharmacist on Heron Crescent"),
    ('Jonas Pell-Mayer coaches the team at the park. "We train every day," he said.\n\nA '
     "barber on Lark Crescent, who asked not to be named, said the gangs had moved west. "
     '"They come back at night," he said.', "A barber on Lark Crescent"),
    ('Jonas Pell-Mayer coaches the team at the park. "We train every day," he said.\n\nA '
     "cook outside the Harbour Crescent market said the gangs had moved west. "
     '"They come back at night," he said.', "A cook outside the Harbour Crescent market"),
]


@pytest.mark.parametrize(("text", "speaker"), CRESCENTS)
def test_a_person_on_a_crescent_is_no_body(text: str, speaker: str) -> None:
    assert (speaker, "They come back at night") in statement_words(text)


def test_a_volunteer_of_the_red_crescent_stays_a_person() -> None:
    text = ('Jonas Pell-Mayer runs the shelter. "We have beds for 40," he said.\n\nA volunteer '
            'with the Red Crescent said the road was open. "We drove in at dawn," she said.')
    assert ("A volunteer with the Red Crescent", "We drove in at dawn") in statement_words(text)


# --- 3. a list of demands ---------------------------------------------------------------

LISTS = [
    ("The Kessa Rights Centre documented 31 killings in the district.\n\nThe Centre demands "
     "that:\n- the police open an inquiry into every killing;\n- the army withdraw from the "
     "schools it occupies;\n- the government pay compensation to the families.\n\n\"Nobody "
     'has been charged," said its director, Ama Boateng-Kufuor.', "The Centre",
     "the police open an inquiry into every killing;\n- the army withdraw from the schools "
     "it occupies;\n- the government pay compensation to the families"),
    ("The Lakeside Justice Network calls for:\n- an independent inquiry into the shootings;\n"
     "- the release of the 40 detained students;\n- compensation for the families of the "
     "dead.", "The Lakeside Justice Network",
     "an independent inquiry into the shootings;\n- the release of the 40 detained "
     "students;\n- compensation for the families of the dead"),
    ("The union urges that:\n1. the mine be closed until it is safe;\n2. the owners pay the "
     "wages they owe.", "The union",
     "the mine be closed until it is safe;\n2. the owners pay the wages they owe"),
    ("The panel recommended that:\n• the bridge be closed;\n• the contractor be fined.\n\nThe "
     "mayor said she would accept both.", "The panel",
     "the bridge be closed;\n• the contractor be fined"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), LISTS)
def test_a_list_of_demands_is_the_bodys_statement(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


LIST_NEAR_MISSES = [
    "We call for:\n- an inquiry into every death in custody;\n- the release of the reporters.",
    "Notes to editors:\n- The Forum was founded in 2001.\n- It has offices in three cities.",
    "Here is a summary of the day:\n- the river rose by two metres;\n- 300 homes were flooded.",
    "The Forum demands that:\n- the release of the 12 detained reporters.",
]


@pytest.mark.parametrize("text", LIST_NEAR_MISSES)
def test_no_list_statement_without_a_named_asker_and_two_lines(text: str) -> None:
    assert not any("\n" in words for _, words in statement_words(text))


# --- 4. acts that are no speech, a plea, and the force a "they" stands for ------------------

DECLARED = [
    "Ecuador declares emergency in three provinces after police colonel killed",
    "Mayor declares emergency after floods hit Kessa",
    "The governor declared an emergency in the capital on Sunday.",
]


@pytest.mark.parametrize("text", DECLARED)
def test_a_declared_emergency_is_an_act(text: str) -> None:
    assert statement_words(text) == []


def test_a_declaration_with_that_stays_a_statement() -> None:
    text = "The governor declared that an emergency would follow any new attack."
    assert ("The governor", "an emergency would follow any new attack") in statement_words(text)


PLEAS = [
    ("Two soldiers are on trial for the killing. The soldiers have pleaded not guilty and "
     "say the men were armed.", "The soldiers", "the men were armed"),
    ("The two officers have pleaded not guilty and say the boys fired first.",
     "The two officers", "the boys fired first"),
    ("The accused pleaded not guilty and said they had been at home.", "The accused",
     "they had been at home"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PLEAS)
def test_a_plea_then_say(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_negated_infinitive_before_or_say_stays_unread() -> None:
    text = "The officers declined to comment or say where the men were held."
    assert statement_words(text) == []


FORCES = [
    ('"We buried them the same day," said Layla Haddad-Sour.\n\nSecurity forces reached the '
     "village the next morning and detained 14 men. They accused them of sheltering the "
     "gunmen.", "Security forces", "them of sheltering the gunmen"),
    ('"We buried them the same day," said Layla Haddad-Sour, whose two sons were killed.\n\n'
     "Police arrived the next morning and arrested nine villagers. They accused them of "
     "helping the gunmen.", "Police", "them of helping the gunmen"),
    ('"We buried them the same day," said Layla Haddad-Sour.\n\nThe militia took over the '
     "town in May and detained the mayor. They accused him of working for the army.",
     "The militia", "him of working for the army"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FORCES)
def test_they_who_accuse_are_the_force_before(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_they_after_neighbours_keeps_the_older_reading() -> None:
    text = ('"We buried them the same day," said Layla Haddad-Sour.\n\nHer neighbours stayed '
            "for an hour. They accused the mayor of lying.")
    assert all(sp != "Her neighbours" for sp, _ in statement_words(text))


# --- 5. the unnamed reporter who spoke just before a "she says" -----------------------------

REPORTERS = [
    ("09:10 — A group calling itself the Red Hand of Kessa said it carried out the attack."
     "\n\n09:30 — Our correspondent at the scene says the road outside the stadium is still "
     "closed. Glass lies on the pavement. About 2,000 people were inside when the first "
     "shots were fired, she says.", "Our correspondent at the scene",
     "About 2,000 people were inside when the first shots were fired"),
    ("A group calling itself the Red Hand of Kessa said it carried out the attack.\n\nOur "
     "reporter in the town says the market is closed. The streets are empty. Most shops "
     "were looted overnight, he says.", "Our reporter in the town",
     "Most shops were looted overnight"),
    ("The Kessa Liberation Front said it had taken the bridge.\n\nOur correspondent near the "
     "border said the crossing was shut. Lorries are queuing for miles, she said.",
     "Our correspondent near the border", "Lorries are queuing for miles"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), REPORTERS)
def test_the_unnamed_reporter_is_the_pronoun(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_source_the_reporter_quotes_keeps_the_pronoun() -> None:
    text = ("Our reporter in the town says the market is closed. The mayor, Jean Bosco-Lule, "
            "told him the road was cut. Most shops were looted overnight, he says.")
    assert ("Our reporter in the town", "Most shops were looted overnight") not in (
        statement_words(text))


# --- 6. a count of cases fronted without its comma ------------------------------------------

CASES = [
    ("In 34 cases relatives told us the man had been taken from his home.", "relatives",
     "the man had been taken from his home"),
    ("In at least nine cases witnesses said the victims were unarmed.", "witnesses",
     "the victims were unarmed"),
    ("In 12 of the cases families told us the bodies had marks of torture.", "families",
     "the bodies had marks of torture"),
    ("In some cases relatives of the dead told us the bodies were never returned.",
     "relatives of the dead", "the bodies were never returned"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CASES)
def test_a_fronted_count_of_cases_is_no_speaker(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_count_of_cases_before_an_act_stays_unread() -> None:
    assert statement_words("In 20 cases police refused to register complaints.") == []


def test_a_quote_after_the_reporter_is_a_sources() -> None:
    text = ('Our correspondent at the scene says the road is closed. Glass lies on the '
            'pavement. "We wait," she says.')
    assert ("Our correspondent at the scene", "We wait") not in statement_words(text)
