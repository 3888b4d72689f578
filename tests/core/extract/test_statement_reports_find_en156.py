"""Round en156: headline claims with a singular "claims", findings of a research body
taken up by "It", and a judge's findings. Probe sentences are our own."""

from __future__ import annotations

import pytest

from workbench.core.extract.statements import find_statements


def _read(text: str) -> list[tuple[object, str]]:
    return [(s["speaker"], text[int(s["start"]):int(s["end"])])  # type: ignore[call-overload]
            for s in find_statements(text)]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Militia claims attack on army base\nGunmen stormed the base on Monday.",
     "Militia", "attack on army base"),
    ("Rebel group claims killing of 12 soldiers in ambush\nThe ambush took place at dawn.",
     "Rebel group", "killing of 12 soldiers in ambush"),
    ("Kenya: Al-Shabaab claims attack on police post\nThe post was hit overnight.",
     "Al-Shabaab", "attack on police post"),
    ("Armed group claims capture of river port\nFighting went on through the night.",
     "Armed group", "capture of river port"),
])
def test_headline_singular_claim_owns_the_act(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _read(text)


@pytest.mark.parametrize("text", [
    # a claim of lives is a toll, no words; a claim in the body keeps the older reading
    "Floods claim 40 lives in the north\nThe river burst its banks.",
    "The fighting has claimed at least 30 lives.",
    "No group has claimed the attack on the army base.",
])
def test_claims_that_are_no_statement_stay_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The court sentenced six men to life in prison on Tuesday. Judge Kavita Rao found that"
     " the men had planted a bomb under the road.",
     "Kavita Rao", "the men had planted a bomb under the road"),
    ("The defence said it would appeal. Presiding judge Hortense Mba found that the shooting"
     " could not be justified.", "Hortense Mba", "the shooting could not be justified"),
])
def test_a_titled_judge_finds(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _read(text)


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Guards beat detainees at the prison, the Inmate Rights Society said in a report.\n\n"
     "The group interviewed 52 former detainees and reviewed medical files. It found that at"
     " least 14 of them had been beaten.", "The group", "at least 14 of them had been beaten"),
    ("Guards beat detainees at the prison, the Inmate Rights Society said in a report.\n\n"
     "The 30-page report is based on interviews with 52 former detainees. It also found that"
     " 14 of them had been beaten.", "The 30-page report", "14 of them had been beaten"),
    # the lede names only "a report": the research sentence's subject is the body
    ("Guards beat detainees, according to a report published today by the Inmate Rights"
     " Society.\n\nThe association interviewed 52 former detainees. It found that 14 of them"
     " had been beaten.", "The association", "14 of them had been beaten"),
])
def test_it_after_the_research_is_the_body(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _read(text)


@pytest.mark.parametrize("text", [
    # who came upon something finds nothing reported: a patrol, rescuers, a plain "the
    # judge" with no name, a searcher's "it"
    "The patrol reached the village at noon. It found that the houses were empty.",
    "Police searched the house on Monday. It found that the door had been forced.",
    "Rescuers reached the village at noon. They found that the houses were empty.",
    "Residents who visited the site found that the houses were empty.",
])
def test_finding_by_coming_upon_stays_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Olena Marchenko has run the shelter since March.\n\n“Nobody came,” explains a woman who"
     " lost her son.", "a woman who lost her son", "Nobody came"),
    ("“The water is gone,” notes a nurse at the district clinic.",
     "a nurse at the district clinic", "The water is gone"),
    ("“We sleep in our coats,” writes a teacher in Kharkiv.", "a teacher in Kharkiv",
     "We sleep in our coats"),
    ("“Nobody warned us,” explains Olena Marchenko.", "Olena Marchenko", "Nobody warned us"),
    ("“Nobody warned us,” insists a farmer whose land was taken.",
     "a farmer whose land was taken", "Nobody warned us"),
])
def test_present_verb_after_a_quote_gives_its_speaker(text: str, speaker: str,
                                                      words: str) -> None:
    assert (speaker, words) in _read(text)


@pytest.mark.parametrize("text", [
    # the same verbs with an object of their own, no quote: no words reported
    "The guide explains the rules to each visitor.",
    "She explains why the town emptied.",
    "He writes poems about the war.",
])
def test_present_verbs_without_a_quote_stay_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "speaker", "words"), [
    # a long title set before the name: the words end at the quote's close or the comma
    ("“They must be freed,” the New York-based group's senior Europe and Central Asia"
     " researcher Gulnara Sayed said.", "Gulnara Sayed", "They must be freed"),
    ('"The port is shut," Rio de Janeiro-based rights group Casa Viva\'s director Lia Moura'
     " said on Friday.", "Lia Moura", "The port is shut"),
    ("The reporters were held for a week, the London-based watchdog's senior Middle East"
     " and North Africa campaigner Omar Haddad told reporters.", "Omar Haddad",
     "The reporters were held for a week"),
])
def test_a_title_before_the_name_is_no_part_of_the_words(text: str, speaker: str,
                                                          words: str) -> None:
    # (the speaker may keep the title before the name: the name is who speaks)
    assert any(w == words and speaker in str(sp) for sp, w in _read(text))


@pytest.mark.parametrize(("text", "speaker", "words"), [
    # a scare-quoted word opening the words is no quotation of its own
    ('"Terrorists" attacked the town on Monday, the army said.', "the army",
     'Terrorists" attacked the town on Monday'),
    # two speakers joined by "and" keep the words whole
    ("The town fell on Monday, the army and the police chief Ana Ruiz said.",
     "the army and the police chief Ana Ruiz", "The town fell on Monday"),
])
def test_words_that_run_on_stay_whole(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _read(text)


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Kessa: rights group finds police fired rubber bullets at marchers' heads\nThe report"
     " was published on Tuesday.", "rights group", "police fired rubber bullets at marchers'"
     " heads"),
    ("UN report finds soldiers killed 40 villagers in Vell\nThe report was published on"
     " Tuesday.", "UN report", "soldiers killed 40 villagers in Vell"),
    ("Study finds most victims were civilians\nThe study covered three years.", "Study",
     "most victims were civilians"),
])
def test_a_finder_opening_a_headline_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _read(text)


@pytest.mark.parametrize("text", [
    # a finding of things, no clause; those who come upon something
    "Police find bodies of three missing fishermen\nThe men had been missing for a week.",
    "Rescuers find survivor under rubble\nThe building fell on Monday.",
    "Inquiry finds no military target in village\nThe report was published on Tuesday.",
])
def test_a_headline_find_without_a_clause_stays_unread(text: str) -> None:
    assert _read(text) == []
