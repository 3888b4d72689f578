"""Round en224: attributions of recent news the statement engine missed or invented.

Every sentence here is invented, in the style of news; people and places are made up.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _pairs(text: str) -> list[tuple[object, str]]:
    return [(s["speaker"], s["text"]) for s in extract(text)["statements"]]


def _speakers_of(text: str, words: str) -> list[object]:
    return [sp for sp, said in _pairs(text) if words in said]


# ---------------------------------------------------------------- a role, then the name
@pytest.mark.parametrize(("text", "words", "name"), [
    ('"The pumps failed at midnight," said one engineer, Pieter Molhoek. "Nobody warned us."',
     "The pumps failed", "Pieter Molhoek"),
    ('Queues grew at the depot. "We will not leave," said one nurse, Abena Tsikata.',
     "We will not leave", "Abena Tsikata"),
    ('"The trucks are stuck," said the convoy\'s commander, Colonel (rtd) Wanjiru Kamau.',
     "The trucks are stuck", "Colonel (rtd) Wanjiru Kamau"),
    ('The board\'s chairman, General (rtd) Samuel Otieno, said: "We have asked for the logs."',
     "We have asked for the logs", "General (rtd) Samuel Otieno"),
    ("According to the head of the provincial disaster agency, Walid Haddadin, the dam held "
     "overnight.", "the dam held overnight", "Walid Haddadin"),
    ("According to the commander of the northern defence zone, General Tomas Ekwueme, the "
     "raiders came by boat.", "the raiders came by boat", "General Tomas Ekwueme"),
    ("According to the director of the district water board, Nadia Farouk-Lind, the pipes "
     "burst at dawn.", "the pipes burst at dawn", "Nadia Farouk-Lind"),
])
def test_the_name_after_a_role_speaks(text: str, words: str, name: str) -> None:
    assert _speakers_of(text, words) == [name]


def test_a_fronted_source_without_a_name_keeps_its_phrase() -> None:
    # no name in commas after the post: the source phrase is not stretched to the comma
    text = "According to the head of the provincial disaster agency, two villages were cut off."
    assert _speakers_of(text, "two villages were cut off") == ["the head of the provincial"]


def test_one_unnamed_stays_described() -> None:
    text = '"We will stay," said one resident. "We have nowhere else."'
    assert _speakers_of(text, "We will stay") == ["one resident"]


def test_a_fronted_name_that_opens_the_words_is_not_the_source() -> None:
    text = "According to the police chief, Imran Qadiri, four suspects fled."
    assert _speakers_of(text, "four suspects fled") == ["Imran Qadiri"]


# ---------------------------------------------------------------- a colon after the verb
@pytest.mark.parametrize(("text", "quote"), [
    ('Deputy Commissioner Rafael Ostrander said at the scene: "Nobody was inside when the '
     'roof fell."', "Nobody was inside when the roof fell"),
    ('Governor Tobias Wrenfield declared outside the hospital: "Those responsible will answer '
     'for this."', "Those responsible will answer for this"),
    ('Mayor Lena Okafor added after the vote: "This is a good day for the town."',
     "This is a good day for the town"),
])
def test_where_the_words_were_said_is_no_statement(text: str, quote: str) -> None:
    assert [said for _, said in _pairs(text)] == [quote]


@pytest.mark.parametrize(("text", "reported"), [
    ('The health minister said on Monday the toll had risen to 12: "We fear it will rise '
     'again."', "the toll had risen to 12"),
    ('The army said two soldiers were hurt: "Both are stable."', "two soldiers were hurt"),
    ('The governor said in Kisumu that four schools had closed: "We cannot keep them open."',
     "four schools had closed"),
])
def test_reported_words_before_the_colon_stay(text: str, reported: str) -> None:
    assert reported in [said for _, said in _pairs(text)]


@pytest.mark.parametrize(("text", "giver", "figures"), [
    ("Storm in the east\n\nThe regional health department has updated its count: 14 people "
     "dead and 31 injured, eight of them children. Most of the injured are in hospital.",
     "The regional health department", "14 people dead and 31 injured"),
    ("Flooding in the south\n\nThe Red Crescent raised its casualty count: at least 40 people "
     "have died.", "The Red Crescent", "at least 40 people have died"),
    ("Clashes in Vell\n\nProvincial police have lowered their toll: six dead, two of them "
     "children.", "Provincial police", "six dead, two of them children"),
    # a text that opens on the sentence itself, with no headline before it
    ("The Kessa fire service has revised its toll: nine dead and four missing.",
     "The Kessa fire service", "nine dead and four missing"),
])
def test_a_changed_toll_gives_its_figures(text: str, giver: str, figures: str) -> None:
    assert _speakers_of(text, figures) == [giver]


@pytest.mark.parametrize("text", [
    "The ministry has updated its website: a new page lists the closed roads.",
    "The club raised its ticket prices: a seat now costs 40 dollars.",
    "The league has revised its rules: each team may now field three foreign players.",
])
def test_a_changed_thing_that_is_no_toll_says_nothing(text: str) -> None:
    assert _pairs(text) == []


# ---------------------------------------------------------------- the next quote goes on
@pytest.mark.parametrize(("text", "name", "second"), [
    ('Omari Juma Hassan-Lule still checks the door twice. "Habit," he says, tapping the '
     'frame. "I know it is foolish."', "Omari Juma Hassan-Lule", "I know it is foolish"),
    ('Ruth Ambani looks at the empty shelves. "We sold the last sack on Monday," she says, '
     'shaking her head. "Nobody knows when the trucks will come."', "Ruth Ambani",
     "Nobody knows when the trucks will come"),
    ('"The pumps failed at midnight," said the engineer, Pieter Molhoek. "Nobody warned us."',
     "Pieter Molhoek", "Nobody warned us"),
    ('"It will come back," said a taxi driver, Kelvin Mahabir. "It always comes back."',
     "Kelvin Mahabir", "It always comes back"),
])
def test_a_second_quote_goes_on_with_its_teller(text: str, name: str, second: str) -> None:
    assert _speakers_of(text, second) == [name]


def test_a_gesture_at_a_writing_does_not_carry_the_teller() -> None:
    # the notice's words may be the next quote: not given to the woman
    text = ('Ruth Ambani stands by the gate. "Read this," she says, tapping the notice on the '
            'wall. "Closed until further notice."')
    assert _speakers_of(text, "Closed until further notice") == []


# ---------------------------------------------------------------- a country's label
@pytest.mark.parametrize(("text", "label"), [
    ("Weekly brief\n\nBURUNDI: Floods in Cibitoke province\n\nHeavy rain flooded four villages "
    "in Cibitoke province. Burundi's civil protection agency said nine people died.", "BURUNDI"),
    ("ZAMBIA: Clashes in Kalomo district\n\nFighting broke out on 3 March. Zambia police said "
    "four people died.", "ZAMBIA"),
    ("Monitoring report\n\nSOMALIA: Clashes near Beledweyne\n\nFour people were killed, local "
    "elders said.", "SOMALIA"),
])
def test_a_country_label_in_capitals_says_nothing(text: str, label: str) -> None:
    assert label not in [sp for sp, _ in _pairs(text)]


def test_a_label_that_names_a_source_still_speaks() -> None:
    from workbench.core.extract.statement_headlines import _capitals_country_label
    assert _capitals_country_label("BURUNDI", "Floods in Cibitoke province")
    assert not _capitals_country_label("POLICE", "Arrests in Cibitoke province")
    assert not _capitals_country_label("UNICEF", "Schools in Kessa have closed")
    assert not _capitals_country_label("Hospital", "17 dead")
    assert not _capitals_country_label("BURUNDI", "12 dead in Cibitoke province")


# ---------------------------------------------------------------- a status and a trade
@pytest.mark.parametrize(("text", "words", "name"), [
    ("Retired negotiator Marta Oyelaran-Fisk, 61, played a hostage. She says the trainees "
     "kept calm.", "the trainees kept calm", "Retired negotiator Marta Oyelaran-Fisk"),
    ("Former mediator Tomas Reyes-Lind led the talks. He says both sides wanted a deal.",
     "both sides wanted a deal", "Former mediator Tomas Reyes-Lind"),
    ("Veteran surveyor Ines Kalnina walked the flooded fields on Monday. She says the dykes "
     "will not hold another storm.", "the dykes will not hold", "Veteran surveyor Ines Kalnina"),
])
def test_a_status_and_any_trade_open_a_person(text: str, words: str, name: str) -> None:
    assert _speakers_of(text, words) == [name]


def test_a_status_before_a_thing_is_no_person() -> None:
    # "tanker" is a ship, not a trade: the description is not taken for one person
    text = "Former tanker Ines Kalnina walked the fields. She says the dykes will not hold."
    assert "Former tanker Ines Kalnina" not in _speakers_of(text, "the dykes will not hold")


def test_a_status_before_a_plural_is_a_group() -> None:
    text = "Retired teachers marched in the capital. They say the pensions are late."
    assert _speakers_of(text, "the pensions are late") == ["They"]


# ---------------------------------------------------------------- two sources joined by "and"
@pytest.mark.parametrize(("text", "first", "second"), [
    ("Gunmen killed four farmers near Vell on Sunday, local officials and the UN said.",
     "local officials", "the UN"),
    ("Shelling hit the clinic in Kessa overnight, residents and the ICRC said.",
     "residents", "the ICRC"),
    ("Gunmen burned the market in Vell on Sunday, a local militia and a district official "
     "said.", "a local militia", "a district official"),
])
def test_two_joined_sources_each_speak(text: str, first: str, second: str) -> None:
    assert sorted(str(sp) for sp, _ in _pairs(text)) == sorted([first, second])


@pytest.mark.parametrize(("text", "speaker"), [
    ("The talks failed, the US and Russia said.", "the US and Russia"),
    ("The ceasefire held overnight, the UN and EU said.", "the UN and EU"),
    ("Floods closed the road, the Red Cross and the WFP said on Monday.",
     "the Red Cross and the WFP"),
])
def test_joined_names_without_a_source_noun_stay_one(text: str, speaker: str) -> None:
    assert [sp for sp, _ in _pairs(text)] == [speaker]
