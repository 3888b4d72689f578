"""What the review of English rounds 202 and 203, Arabic rounds 162 and 163 and the small
steps beside them found: a denial noted after a claim whose words no one else speaks, and
a thing's "demands that". The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts, en_counts, statement_words
from tests.timing import growth
from workbench.core.extract import extract
from workbench.core.extract.statements import find_statements

# A past "denied" closing the note: the claim's words were read with the note's own noun
# phrase as their speaker ("allegations the lawyers"); the denier is the one who speaks.
DENIED_NOTES = [
    ("Police shot two men at the checkpoint, allegations the lawyers denied.",
     [("the lawyers", "Police shot two men at the checkpoint")]),
    ("Soldiers looted the shops in the market, accusations the commanders denied.",
     [("the commanders", "Soldiers looted the shops in the market")]),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_NOTES)
def test_a_denial_noted_after_a_claim_no_one_speaks_is_the_deniers(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize("text", [
    # a rejection only ends the claim's words; no one's words are left to give
    "The army burned the village, allegations the government rejected.",
    "The army burned the village, a claim the government rejects.",
    "Prices rose by ten percent, a figure the bank disputes.",
])
def test_a_rejection_noted_after_a_claim_gives_no_entry(text: str) -> None:
    assert statement_words(text) == []


# "demands that" of a thing is what it requires, no one's words (a body's demand reads).
@pytest.mark.parametrize(("text", "expected"), [
    ("The job demands that staff work long hours, the company said.",
     [("the company", "The job demands that staff work long hours")]),
    ("The new law demands that landlords register their tenants, officials said.",
     [("officials", "The new law demands that landlords register their tenants")]),
    ("The situation demands that donors act now, the envoy said.",
     [("the envoy", "The situation demands that donors act now")]),
    ("The union demands that the ministry pay the nurses this month.",
     [("The union", "the ministry pay the nurses this month")]),
])
def test_demands_that_of_a_thing_is_no_statement(text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert statement_words(text) == expected


# Ordinary news that shares the new readers' trigger words and tells no casualty.
@pytest.mark.parametrize("text", [
    "The bus was last seen near the border and is missing from the depot's records.",
    "The painting was last seen in 1990 and is still missing.",
    "The company has left eight markets for Nairobi to cut costs.",
    "The government cut the health budget by 12 percent and cut a ribbon at the clinic.",
    "The club signed 20 players. Six of them, including two goalkeepers, were released on loan.",
    "The dead sea scrolls were shown in Paris, and five of them were fragments.",
    "Some 40 patients remain in the wards of the new maternity unit.",
])
def test_trigger_words_of_ordinary_news_read_no_casualty(text: str) -> None:
    assert en_counts(text) == []


@pytest.mark.parametrize("text", [
    "فارق المنتخب الصدارة بعد الخسارة.",
    "فارق القطار المحطة في الصباح.",
    "لفظ رجلان كلمات غاضبة في الجلسة.",
    "لا يزال مصير الاتفاق مجهولا بعد المفاوضات.",
    "مصير ثلاث صفقات ما زال مجهولا.",
    "اضطرت 500 شركة للنزوح إلى المدينة الجديدة.",
])
def test_arabic_trigger_words_of_ordinary_news_read_no_casualty(text: str) -> None:
    assert ar_counts(text) == []


@pytest.mark.parametrize("text", [
    "", " ", "wounded,", "Of the wounded,", "was last seen", "He told me: '", "demands",
    ", which", "فارق", "مصير", "نقلا عن", "ذكرت إذاعة", "وقال:", "، مناشدا", "فارق مزارعان",
    "لا يزال مصير أربعة", "فـــارق مـزارعـان الحيـــاة", "فَارَقَ مُزَارِعَانِ الحَيَاةَ",
])
def test_texts_ending_on_a_trigger_raise_nothing(text: str) -> None:
    extract(text)


def test_pronouns_inside_quotes_are_read_in_time_that_grows_with_the_text() -> None:
    # each pronoun inside earlier words looked through every entry for the ones holding
    # it (and back through the text for a stop): a long feature of many quotes grew with
    # the square of its length (about 23 times from 16,000 to 128,000 characters; 8 is
    # linear). Speed round 11 took out the passes left (the duplicate test over every
    # entry, the open-quote test reading the whole paragraph, the pronoun's entry looked
    # for by value): it measures 8 to 9 now, at worst 9.6 with the growth bench running
    # beside it (12 to 14 before); the bound is 14, about 1.5 times the worst
    unit = ('"Each side says the land is theirs," he says. "They say the well is theirs," '
            'she said. He said they came, and she told them it was over. ')
    assert growth(find_statements, unit, (16_000, 128_000))[0] < 14


def test_an_inner_quote_looks_only_at_the_entries_ending_near_before_it(monkeypatch) -> None:
    # the teller's quote before an inner '"He told me: \'...\'"' was looked for among all
    # the entries for each inner quote, the square of a long feature of such quotes
    from workbench.core.extract import statement_told_in_quote as told

    seen: list[int] = []
    original = told._named_in_quote_before

    def counting(text: str, out: list[dict[str, object]], o: dict[str, object],
                 pronoun: str) -> str | None:
        seen.append(len(out))
        return original(text, out, o, pronoun)

    monkeypatch.setattr(told, "_named_in_quote_before", counting)
    unit = ("\"The bride's father called me himself,\" he says. \"He told me: 'You will "
            "play at my daughter's wedding or nobody will.'\" ")
    words = statement_words(unit * 40)
    assert ("The bride's father", "You will play at my daughter's wedding or nobody will") in words
    assert seen and max(seen) <= 6


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's list of counts, each with its own outcome: the count after "Killed" is
    # the next figure, no object of the verb (it read "Killed 20" as twenty dead)
    ("Five Killed 20 Wounded in Blast", [(5, "killed"), (20, "wounded")]),
    ("Three killed, 12 injured as bus plunges into river", [(3, "killed"), (12, "wounded")]),
    # ... while a count the verb takes stays its object, its subject the doers
    ("Two soldiers killed 12 rebels.", [(12, "killed")]),
    ("Two gunmen killed 12 wounded soldiers in the hospital.", [(12, "killed")]),
])
def test_a_headlines_next_count_is_no_object(text: str, expected: list[tuple[int, str]]) -> None:
    assert en_counts(text) == expected
