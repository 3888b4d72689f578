"""Round en161: a speaker named after their description, joint speakers, the hour after
the speaker, a report's closing verb, a body's appeal in its own briefing and a live
entry's heading quote. Probe sentences are our own."""

from __future__ import annotations

import pytest

from workbench.core.extract.statements import find_statements


def _read(text: str) -> list[tuple[object, str]]:
    return [(s["speaker"], text[int(s["start"]):int(s["end"])])  # type: ignore[call-overload]
            for s in find_statements(text)]


# --- a described speaker, then the name the source gave -------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ('"We waited four days," said one driver, a mechanic who gave his name as Dawit.',
     "Dawit"),
    ('"The water ran out on Tuesday," said a mother of three who gave only her first name,'
     " Amina.", "Amina"),
    ('"They took everything," said a farmer who would only be named as Yusuf.', "Yusuf"),
    ('"We ran," said a man who would only be identified as Omar.', "Omar"),
    ('"We ran," said a teacher who would give only her first name, Awa, on Sunday.', "Awa"),
    ("The checkpoint was shut for three days, said one driver, a mechanic who gave his name"
     " as Dawit.", "Dawit"),
])
def test_the_name_after_the_description_speaks(text: str, speaker: str) -> None:
    assert [sp for sp, _ in _read(text)] == [speaker]


def test_the_named_source_keeps_the_paragraph() -> None:
    text = ('"We waited four days," said one driver, a mechanic who gave his name as Dawit.'
            ' "Nobody came." He said the army had left.')
    assert [sp for sp, _ in _read(text)] == ["Dawit", "Dawit", "Dawit"]


@pytest.mark.parametrize(("text", "speaker"), [
    # no name given: the description speaks, as before
    ('"We ran," said one driver, a mechanic.', "one driver"),
    ('"We ran," said a teacher who gave her name.', "a teacher who gave her name"),
    ('"We ran," said the head of the council, a post he took in 2019.',
     "the head of the council"),
])
def test_descriptions_with_no_name_given_stay(text: str, speaker: str) -> None:
    assert [sp for sp, _ in _read(text)] == [speaker]


# --- joint speakers ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speakers", "words"), [
    ("Gunmen seized 30 travellers near the town on Friday, a relative of one of the captives"
     " and a district official said.", ["a relative of one of the captives",
                                         "a district official"],
     "Gunmen seized 30 travellers near the town on Friday"),
    ("Four people were killed in the blast, police and hospital officials said.",
     ["police", "hospital officials"], "Four people were killed in the blast"),
    ("Two soldiers died in the attack, residents and a local official told Reuters.",
     ["residents", "a local official"], "Two soldiers died in the attack"),
])
def test_joint_sources_each_speak(text: str, speakers: list[str], words: str) -> None:
    assert _read(text) == [(sp, words) for sp in speakers]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The convoy was attacked at dawn, the minister of defence and veterans said.",
     "the minister of defence and veterans"),
    ("The convoy was attacked at dawn, the Truth and Reconciliation Commission said.",
     "the Truth and Reconciliation Commission"),
    ("The ceasefire held overnight, the US and Russia said.", "the US and Russia"),
    ("The shells hit the market, residents of Tora and Mbala said.",
     "residents of Tora and Mbala"),
])
def test_one_title_or_name_with_and_stays_one(text: str, speaker: str) -> None:
    assert [sp for sp, _ in _read(text)] == [speaker]


# --- the hour after the speaker ------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Overnight, gunmen attacked a bus near the border, killing two passengers, police told"
     " us shortly after midnight.", "police",
     "Overnight, gunmen attacked a bus near the border, killing two passengers"),
    ("Gunmen attacked a bus near the border, police said just before dawn.", "police",
     "Gunmen attacked a bus near the border"),
    ("Gunmen attacked a bus near the border, a trader told reporters this morning.",
     "a trader", "Gunmen attacked a bus near the border"),
    ("Gunmen attacked a bus near the border, a trader tells us from the market.", "a trader",
     "Gunmen attacked a bus near the border"),
])
def test_the_hour_of_telling_is_no_words(text: str, speaker: str, words: str) -> None:
    assert _read(text) == [(speaker, words)]


def test_the_hour_inside_words_told_stays_in_them() -> None:
    text = "Police told us the bus was attacked shortly after midnight."
    assert _read(text) == [("Police", "the bus was attacked shortly after midnight")]


# --- a report's closing verb ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ('"Prisoners were beaten daily," the report states.', "the report"),
    ('"Prisoners were beaten daily," the report finds.', "the report"),
    ("Prisoners were beaten daily, the report states.", "the report"),
    ('"Prisoners were beaten daily," the inquiry found.', "the inquiry"),
])
def test_the_report_speaks_its_words(text: str, speaker: str) -> None:
    assert _read(text) == [(speaker, "Prisoners were beaten daily")]


@pytest.mark.parametrize("text", [
    "The man, who states his age as 40, was held.",
    "Member states met in Geneva on Monday.",
    "Rescuers searched the river and the body was found.",
])
def test_states_and_found_that_report_nothing_stay_unread(text: str) -> None:
    assert _read(text) == []


# --- a body's appeal in its own briefing ------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Press briefing notes on Kessa\nSpokesperson for the UN Human Rights Office: Mara Quist"
     "\n\nAt least 12 protesters were killed on Sunday. We call on the authorities to release"
     " everyone detained.", "the UN Human Rights Office"),
    ("UNICEF statement\n\nFour children were killed in the strike. We urge all parties to"
     " protect children.", "UNICEF"),
    ("Statement by the Red Lantern Society\n\nTwo volunteers were hurt on Friday. We call"
     " on the ministry to protect aid workers.", "the Red Lantern Society"),
])
def test_an_appeal_in_a_bodys_own_briefing_is_the_bodys(text: str, speaker: str) -> None:
    assert [sp for sp, _ in _read(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # no body named in a heading: the writer's own voice, as before
    "Brothers and sisters,\n\nWe have come to bury our own. We ask every parish to pray.",
    # a feeling, no appeal
    "Press briefing notes on Kessa\nSpokesperson for the UN Human Rights Office: Mara Quist"
    "\n\nWe are deeply concerned by the violence.",
    # a paper's qualifier is no body
    "PRELIMINARY STATEMENT\n\nThe vote was calm. We call on the authorities to count fast.",
])
def test_other_first_person_sentences_stay_unread(text: str) -> None:
    assert _read(text) == []


def test_the_body_urging_in_its_release_still_speaks() -> None:
    text = ("Northline Bus Company statement\n\nOne of our drivers was hurt on Monday. The"
            " company urges anyone with information to contact the police.")
    assert _read(text) == [("The company", "anyone with information to contact the police")]


# --- live entries -----------------------------------------------------------------------

def test_a_heading_quote_repeating_the_entry_takes_its_speaker() -> None:
    text = ("14:05\n'We have no more beds'\nThe clinic in the east is full. \"We have no more"
            " beds and no more fuel,\" its director, Ana Reyes, said.")
    assert sorted(_read(text)) == [("Ana Reyes", "We have no more beds"),
                                   ("Ana Reyes", "We have no more beds and no more fuel")]


def test_a_heading_quote_before_a_colon_quote_leaves_the_quote_its_speaker() -> None:
    text = ('14:05\n"No one is coming"\nA woman at the crossing told us: "Nobody comes here.'
            ' We have waited three days."')
    assert ("A woman at the crossing", "Nobody comes here") in _read(text)
    assert ("A woman at the crossing", "No one is coming") not in _read(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Our correspondent near the crossing reports that hundreds of cars are queuing.",
     "Our correspondent near the crossing"),
    ("Clinic: 'We have no more beds'\nThe clinic in the east is full.", "Clinic"),
])
def test_correspondents_and_labelled_headings_speak(text: str, speaker: str) -> None:
    assert [sp for sp, _ in _read(text)][:1] == [speaker]


# --- what stays as the older gold reads it ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The minister said she was relieved.", [("The minister", "she was relieved")]),
    ("Two people were said to have died.", []),
    ("If police said anything, it would be news.", []),
])
def test_emotions_passives_and_hypotheticals_as_before(text: str, expected: list) -> None:
    assert _read(text) == expected
