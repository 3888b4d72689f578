"""What the review of English rounds 154 to 156 and Arabic rounds 121 and 122 found."""

from __future__ import annotations

from tests.engine_reads import casualty_outcomes as _read
from tests.engine_reads import engine_growth as _growth
from workbench.core.extract import extract


def _statements(text: str) -> list[tuple[str, str]]:
    return [(str(s["speaker"]), str(s["text"]))
            for s in extract(text, None, "en")["statements"]]


def test_many_research_it_findings_stay_linear() -> None:
    # each "It found that" looked through every statement of the text three times (the
    # body it stands for, words holding it, its research sentence): eight times the text
    # took about twenty-five times as long
    for unit in ("The group interviewed 31 prisoners. It found that guards beat them. ",
                 "The group said the guards beat them. It said they fled. "):
        assert _growth(unit, "en", (4_000, 32_000))[0] < 14, unit


def test_research_it_and_body_it_still_named() -> None:
    assert ("The group", "guards beat them") in _statements(
        "The group interviewed 31 prisoners. It found that guards beat them.")
    found = _statements("Friends of the Lake said the dam would flood nine farms. The group "
                        "said it would appeal. It said the ministry had lied.")
    assert ("Friends of the Lake", "the ministry had lied") in found
    # (an "it" inside a body's reported words is that body)
    found = _statements("The Lake Trust said it had filed a complaint.")
    assert ("The Lake Trust", "it had filed a complaint") in found


def test_finder_headline_words_leave_out_that() -> None:
    text = ("Report finds that 40 were killed\n\nPARIS (Reuters) - Officers fired at "
            "protesters on Monday, the report said.\n")
    assert ("Report", "40 were killed") in _statements(text)


def test_finder_headline_of_bodies_come_upon_is_no_finding() -> None:
    text = ("Watchdog finds bodies dumped in river\n\nPARIS (Reuters) - Officers fired at "
            "protesters on Monday, the report said.\n")
    assert all(sp != "Watchdog" for sp, _ in _statements(text))
    text = text.replace("bodies dumped in river", "police fired at protesters")
    assert ("Watchdog", "police fired at protesters") in _statements(text)


def test_arabic_attempt_with_a_word_before_its_purpose_kills_no_one() -> None:
    # "a failed attempt to assassinate a leader" read one killed
    assert _read("نجا القيادي من محاولة فاشلة لاغتيال قيادي آخر في المدينة.", "ar") == []
    assert _read("نجا القيادي من محاولة جديدة منهم لاغتيال قيادي آخر.", "ar") == []
    # (a death told after the attempt's words still reads; "لقي" is no purpose)
    assert ("killed" in [o for _, o in _read("وفي محاولة فاشلة لقي ثلاثة مهاجرين حتفهم.",
                                             "ar")])


def test_age_limit_in_words_or_years_before_the_verb() -> None:
    # the age limit was read only in figures: in words or in years the people went unread
    for text, outcome in (("Nine pupils under twelve suffered burns in the blast.", "wounded"),
                          ("Two boys under five were killed in the shelling.", "killed"),
                          ("Nine pupils under 12 years old suffered burns.", "wounded"),
                          ("Three girls under the age of 10 were killed.", "killed")):
        found = _read(text, "en")
        assert [o for _, o in found] == [outcome], text
        assert found[0][0].split()[0] in ("Nine", "Two", "Three"), text


def test_a_count_with_its_own_noun_after_under_is_no_age() -> None:
    # "under one commander": the count has a noun of its own, no age limit (it was dropped)
    assert "killed" in [o for _, o in _read(
        "Six soldiers under one commander were killed in the ambush.", "en")]
