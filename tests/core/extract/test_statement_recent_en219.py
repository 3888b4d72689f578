"""English probes, round en219 (issue 11): acts told with a verb of saying that report no
words (a dispute, a hearer warned or promised something with no clause after it); a later
trailing source after a clause joined to an earlier source's, and a plural medium after
"said in"; and the speaker's phrase where it was cut short or run on (the head of a body
and the place it is in, an apposed name before a predicate and "saying", a possessive's
role with a name in commas, a time before a subject pronoun).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def speakers(text: str) -> list[str | None]:
    return [sp for sp, _ in statement_words(text)]


# --- 1. a dispute, or a hearer with no clause after "warned" / "promised" -----------------

NO_WORDS = [
    "Members of the Lorvan town council argued for two hours on Monday over a plan to close "
    "the northern bridge.",
    "Delegates argued late into the night about the budget for the new clinic.",
    "The neighbours argued with the driver before the shooting, the court heard.",
    "The two brothers argued bitterly over the farm for a decade.",
    "The lawyer said the charge should be dropped because his client had warned the ministry "
    "twice in writing.",
    "A caller had warned a taxi firm 40 minutes before the blast, the court heard.",
    "A foundation in Rivet has promised her a new wheelchair by June.",
    "The charity has promised them a new school by September.",
]

NO_WORDS_WORDS = [
    "for two hours on Monday over a plan to close the northern bridge",
    "into the night about the budget for the new clinic",
    "with the driver before the shooting",
    "bitterly over the farm for a decade",
    "the ministry twice in writing",
    "a taxi firm 40 minutes before the blast",
    "her a new wheelchair by June",
    "them a new school by September",
]


@pytest.mark.parametrize(("text", "words"), list(zip(NO_WORDS, NO_WORDS_WORDS, strict=True)))
def test_an_act_told_with_a_verb_of_saying_reports_no_words(text: str, words: str) -> None:
    assert all(w != words for _, w in statement_words(text))


SAID_ALL_THE_SAME = [
    ("The minister argued that the plan would save money.", "The minister",
     "the plan would save money"),
    ("Critics argued on Monday that the dam was unsafe.", "Critics", "the dam was unsafe"),
    ("Lawyers for the family argued the ruling was unfair.", "Lawyers for the family",
     "the ruling was unfair"),
    ("He warned the ministry in May that the roof would fall.", "He", "the roof would fall"),
    ("The governor promised to rebuild the bridge.", "The governor", "to rebuild the bridge"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SAID_ALL_THE_SAME)
def test_the_same_verbs_with_a_clause_still_report(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_warning_with_its_hearer_and_a_clause_without_that_still_reports() -> None:
    text = "Forecasters warned residents the river would rise overnight."
    assert speakers(text) == ["Forecasters"]


def test_argued_for_years_that_still_reports() -> None:
    assert speakers("Critics argued for years that the dam was unsafe.") == ["Critics"]


# --- 2. a later trailing source after a joined clause; a plural medium after "said in" --

JOINED = [
    ("Rain flooded two schools in Morvek on Monday, the education ministry said, while a "
     "landslide buried a road near Tessa, a local official said.",
     [("the education ministry", "Rain flooded two schools in Morvek on Monday"),
      ("a local official", "a landslide buried a road near Tessa")]),
    ("Three houses burned in Ardel overnight, the fire service said, and a man was hurt near "
     "the market, police said.",
     [("the fire service", "Three houses burned in Ardel overnight"),
      ("police", "a man was hurt near the market")]),
    ("Two soldiers died in the ambush, the army said on Sunday, but rebels killed four "
     "villagers the next day, residents said.",
     [("the army", "Two soldiers died in the ambush"),
      ("residents", "rebels killed four villagers the next day")]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_a_later_source_takes_the_clause_joined_after_the_earlier_source(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert statement_words(text) == expected


def test_a_clause_joined_with_no_source_of_its_own_stays_unread() -> None:
    text = "Forty-one people were arrested, police said, and a curfew was imposed for two days."
    assert statement_words(text) == [("police", "Forty-one people were arrested")]


def test_a_joined_clause_with_a_forward_source_keeps_its_reading() -> None:
    text = "The river burst its banks, officials said, while the army said roads were closed."
    assert statement_words(text) == [("officials", "The river burst its banks"),
                                      ("the army", "roads were closed")]


MEDIA = [
    ("Soldiers used excessive force when they fired on a crowd in Kerro in May, killing two "
     "men, the country's ombudsman said in findings released on Friday.",
     "the country's ombudsman",
     "Soldiers used excessive force when they fired on a crowd in Kerro in May, killing two "
     "men"),
    ("The prison was overcrowded and guards beat inmates, the inspectors said in findings "
     "published on Monday.", "the inspectors",
     "The prison was overcrowded and guards beat inmates"),
    ("The port will reopen next week, the governor said in remarks to reporters.",
     "the governor", "The port will reopen next week"),
    ("The company knew of the leak in 2019, prosecutors said in court filings.",
     "prosecutors", "The company knew of the leak in 2019"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), MEDIA)
def test_a_plural_medium_after_said_in_is_no_words(text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_a_plural_medium_before_that_keeps_the_words_after() -> None:
    text = "The minister said in remarks broadcast on Friday that the border would reopen."
    assert statement_words(text) == [("The minister", "the border would reopen")]


# --- 3. the speaker's phrase cut short or run on -----------------------------------------

WHOLE_HEADS = [
    ("The head of the Red Cross office in western Ukraine said the road was closed.",
     "The head of the Red Cross office in western Ukraine"),
    ("A spokesman for the Tessa regional police in eastern Chad said two men were held.",
     "A spokesman for the Tessa regional police in eastern Chad"),
    ("The operator of the Kessa wildlife park in northern Central African Republic said on "
     "Friday it had closed the park.",
     "The operator of the Kessa wildlife park in northern Central African Republic"),
    ("The manager of the Velda grain store at Port Arvel said the roof had collapsed.",
     "The manager of the Velda grain store at Port Arvel"),
]


@pytest.mark.parametrize(("text", "speaker"), WHOLE_HEADS)
def test_the_head_of_a_body_and_its_place_speaks_not_the_place(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_short_head_of_a_body_keeps_its_reading() -> None:
    text = "The director of the hospital in western Ukraine said the road was closed."
    assert speakers(text) == ["The director of the hospital in western Ukraine"]


SAYING_AFTER_PREDICATE = [
    ("That officer, Captain Idris Ventum-Olo, gave evidence in March, saying he had seen the "
     "lorry leave at dawn.", "Captain Idris Ventum-Olo"),
    ("The driver, Amos Keliro-Tan, spoke to reporters on Monday, saying the brakes had "
     "failed.", "Amos Keliro-Tan"),
    ("A nurse, Rose Adawe-Lin, gave evidence on Tuesday, saying the ward had no power.",
     "Rose Adawe-Lin"),
]


@pytest.mark.parametrize(("text", "speaker"), SAYING_AFTER_PREDICATE)
def test_saying_after_a_predicate_speaks_for_the_apposed_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_saying_after_a_plain_subject_and_predicate_keeps_its_reading() -> None:
    assert speakers("Protesters marched through Kessa on Friday, saying the election was "
                    "stolen.") == ["Protesters"]
    assert speakers("The envoy spoke for an hour, adding that talks would resume.") == [
        "The envoy"]


POSSESSED_ROLES = [
    ("The buses belonged to the Velda Line company, which runs services to the coast. Its "
     "manager, Petr Olvan-Desik, put the damage at about $2 million and said the company had "
     "received no threats.", "Petr Olvan-Desik"),
    ("The clinic is run by a church group. Its director, Sister Agnes Moro-Leth, counted the "
     "beds and said ten were empty.", "Sister Agnes Moro-Leth"),
    ("The ferry belongs to a family firm. Their chief engineer, Dev Alram-Sutt, checked the "
     "hull and said it was sound.", "Dev Alram-Sutt"),
    ("Her lawyer, Ruth Amadi-Kell, filed an appeal and said the verdict was unsafe.",
     "Ruth Amadi-Kell"),
]


@pytest.mark.parametrize(("text", "speaker"), POSSESSED_ROLES)
def test_a_possessives_role_with_a_name_in_commas_is_the_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_possessives_plural_with_no_name_stays_as_written() -> None:
    text = "The union met on Friday. Its members voted and said the strike would go on."
    assert speakers(text) == ["Its members"]


TIMED_PRONOUNS = [
    ("Divers found a body near the pier, the coast guard says. Earlier today it said two "
     "people were missing.", "two people were missing"),
    ("The mayor spoke on Monday. Later that day he said the bridge was safe.",
     "the bridge was safe"),
    ("The agency counted 40 dead. Earlier this week they said 30 had died.", "30 had died"),
]


@pytest.mark.parametrize(("text", "words"), TIMED_PRONOUNS)
def test_a_time_before_the_pronoun_is_no_part_of_the_speaker(text: str, words: str) -> None:
    said = dict((w, sp) for sp, w in statement_words(text))
    sp = said[words]
    assert sp is not None
    assert not any(t in sp for t in ("today", "that day", "this week"))


def test_earlier_before_a_noun_stays_its_adjective() -> None:
    assert statement_words("Earlier reports said the bridge had fallen.") == [
        ("reports", "the bridge had fallen")]


# --- 4. a closing source with "there" or a long relative clause ---------------------------

THERE_SOURCES = [
    ("Nine of the injured were taken to the city hospital, said a doctor there.",
     "a doctor there"),
    ("Six bodies were brought in overnight, said an official there.", "an official there"),
    ("Two of the dead were children, said a teacher there who knew them.", "a teacher there"),
    ("Nine of the injured were taken to the city hospital, said a doctor there who asked not "
     "to be named.", "a doctor there"),
]


@pytest.mark.parametrize(("text", "speaker"), THERE_SOURCES)
def test_an_inverted_source_closed_by_there_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_there_opening_the_words_is_no_source() -> None:
    assert statement_words("The mayor said there would be no curfew.") == [
        ("The mayor", "there would be no curfew")]


def test_a_document_closed_by_there_is_no_person() -> None:
    assert statement_words("Nobody was hurt, said the statement there.") == []


LONG_RELATIVES = [
    ('"We waited all night," the mother of a boy who was hurt in the crush told reporters.',
     "the mother of a boy who was hurt in the crush"),
    ('"We waited all night," the mother of a boy who has been missing since May told '
     "reporters.", "the mother of a boy who has been missing since May"),
    ('"He went to buy bread," the brother of a man who has been missing since the march told '
     "the agency.", "the brother of a man who has been missing since the march"),
    ('"The water came at night," a farmer whose house was washed away in the flood said.',
     "a farmer whose house was washed away in the flood"),
]


@pytest.mark.parametrize(("text", "speaker"), LONG_RELATIVES)
def test_a_described_speaker_after_a_quote_keeps_a_long_relative(text: str,
                                                                 speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_short_description_after_a_quote_keeps_its_reading() -> None:
    text = '"We waited all night," the mother of a boy who died told reporters.'
    assert speakers(text) == ["the mother of a boy who died"]
