"""What the review of English rounds 146 to 148 and Arabic round 117 found."""

from __future__ import annotations

from tests.engine_reads import casualty_outcomes as _read
from tests.engine_reads import engine_growth as _growth


def test_many_holdings_stay_linear() -> None:
    # each holding looked back over the whole story for the last holder named (eight times
    # the text took about fifty times as long)
    for unit in ("five men held at the camp ", "arrested held at the camp 3 "):
        assert _growth(unit, "en", (2_000, 16_000))[0] < 14, unit


def test_many_custody_rewrites_stay_linear() -> None:
    # each figure of the custody reading was compared with every rewritten word and every
    # other figure (four times the text took eight times as long)
    for unit in ("Iran hangs 13 men ", "Police held 5 men held in cells "):
        assert _growth(unit, "en", (2_000, 16_000))[0] < 14, unit


def test_holdings_are_still_read() -> None:
    text = ("Police raided the compound on Monday. Five men were held at the police station "
            "overnight.")
    assert ("Five men were held", "arrested") in [(t[:18], o) for t, o in _read(text, "en")]
    assert ("Two soldiers", "killed") in [(t[:12], o) for t, o in
                                          _read("Two soldiers fell in the clash.", "en")]


def test_many_arabic_ones_stay_linear() -> None:
    # each "أحدهم" looked through every figure of the text for one that holds it (eight
    # times the text took about twenty times as long)
    assert _growth("إصابة أحدهم بجروح ", "ar", (2_000, 16_000))[0] < 14


def test_arabic_ones_are_still_read() -> None:
    found = _read("أصيب ثلاثة أشخاص بجروح، أحدهم في حالة خطيرة.", "ar")
    assert [o for _, o in found].count("wounded") >= 1


def test_people_moved_with_no_violence_are_not_displaced() -> None:
    # "has driven ... from" read every move as a flight
    assert _read("The company has driven 300 staff from the old office to the new campus.",
                 "en") == []
    assert _read("Rising rents have driven some 2,000 families from the city centre.",
                 "en") == []
    found = _read("The clashes have driven some 9,000 herders from the valley.", "en")
    assert ("displaced" in [o for _, o in found])


def test_things_won_back_are_not_recaptured_people() -> None:
    assert _read("The team recaptured six of the titles it lost last year.", "en") == []
    found = _read("Forty inmates broke out on Friday. Police recaptured six of the "
                  "fugitives.", "en")
    assert ("recaptured six of the fugitives", "arrested") in found


def test_a_cut_list_phrase_costs_no_figure() -> None:
    # the relative clause cut after the list told the capture the rescue needs: the
    # sentence read nothing
    found = _read("Twenty pupils, including five girls, who were abducted from their school, "
                  "were rescued.", "en")
    assert ("Twenty pupils", "captured") in found
