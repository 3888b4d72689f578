"""What the review of English rounds 149 to 152 and Arabic round 118 found."""

from __future__ import annotations

from tests.engine_reads import casualty_outcomes as _read
from tests.engine_reads import engine_growth as _growth
from workbench.core.extract import extract


def test_many_new_arrivals_stay_linear() -> None:
    # each "new arrivals" looked back to its sentence's start with no bound and searched
    # its whole sentence again (sixteen times the text took over two hundred times as long)
    assert _growth("new arrivals new arrivals ", "en", (2_000, 32_000))[0] < 22


def test_new_arrivals_are_still_read() -> None:
    text = ("Fighting around Kessa has driven thousands from their homes. Aid teams counted "
            "4,700 new arrivals between Friday and Tuesday.")
    assert "displaced" in [o for _, o in _read(text, "en")]


def test_many_carryings_off_stay_linear() -> None:
    # each new figure of the moved and held reading was compared with every changed
    # stretch and every figure (sixteen times the text took about thirty times as long)
    assert _growth("nine people the raiders had carried off ", "en", (2_000, 32_000))[0] < 22


def test_people_moved_by_captors_are_still_read() -> None:
    found = _read("Five men were bundled into a van by masked gunmen on Monday.", "en")
    assert "captured" in [o for _, o in found]


def test_many_arabic_takings_stay_linear() -> None:
    # each Arabic taking or release compared its figure with every figure of the text
    # (sixteen times the text took about thirty times as long)
    for unit in ("خطف مسلحون امرأتين وطفلا ", "تحرير عاملين أجنبيين "):
        assert _growth(unit, "ar", (2_000, 32_000))[0] < 22, unit


def test_arabic_takings_are_still_read() -> None:
    found = _read("خطف مسلحون مجهولون صباح اليوم الاثنين صاحب محل في المدينة.", "ar")
    assert [o for _, o in found] == ["captured"]


def test_a_year_shaped_code_with_a_letter_is_no_date() -> None:
    # "1800-A" read as the year 1800
    assert extract("Passengers on flight 1800-A were delayed.", "2024-05-01", "en")["dates"] == []
    found = extract("Between 2010-2011 the war raged.", "2024-05-01", "en")
    assert [d["text"] for d in found["dates"]] == ["2010", "2011"]


def test_a_far_old_value_of_another_quantity_is_no_figure() -> None:
    # the earlier value past a clause of another quantity's growth was read as the toll's
    for text in ("Three soldiers were killed on Sunday as the army's budget grew again this "
                 "year, up from 12 billion.",
                 "At least 23 people were arrested on Friday after inflation hit its highest "
                 "level in a decade, up from 9."):
        assert len(_read(text, "en")) == 1, text
    found = _read("Nine people were killed, the agency said on Friday, up from six on "
                  "Thursday.", "en")
    assert ("up from six", "killed") in found
