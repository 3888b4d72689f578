"""The written-form transforms of ``bench/blind/perturb_ar.py`` and the gold they carry.

A fictional report: each transform changes only what it names, keeps one piece per
character, and the gold's evidence and speakers are re-read at the places the
evaluation put them.
"""

from __future__ import annotations

import re

import pytest

from bench.blind.perturb_ar import (
    TRANSFORMS,
    WRAP_WIDTH,
    carry_doc,
    commas,
    digits_east,
    digits_persian,
    digits_west,
    edits,
    gold_spans,
    hamza,
    harakat,
    quotes,
    spaces,
    tatweel,
    transformed,
    waw_space,
    wrapped,
    ya_ta,
)
from bench.blind.perturb_core import apply
from workbench.core.extract.ar.normalise import fold

TEXT = ("أمطار غزيرة تغرق قرية عين الصفصاف\n"
        "أعلنت إدارة الدفاع المدني في محافظة الوادي، يوم الأحد، أن السيول أدت إلى مقتل "
        "3 أشخاص وإصابة ١٢ آخرين في قرية عين الصفصاف.\n"
        "وقال مدير الدفاع المدني، آدم الراعي، إن «الفرق ما زالت تبحث عن مفقودين»، "
        "مضيفا أن 40 منزلا تضررت.\n"
        "والمسؤولون في البلدية قالوا إن الطريق إلى القرية مغلق.")

DOC = {
    "doc_id": "t-1", "source": "test", "published": "2024-03-10", "text": TEXT,
    "casualties": [
        {"evidence": "مقتل 3 أشخاص", "outcome": "killed", "count_low": 3, "count_high": None,
         "qualifier": "exact", "group": "أشخاص"},
        {"evidence": "وإصابة ١٢ آخرين", "outcome": "wounded", "count_low": 12,
         "count_high": None, "qualifier": "exact", "group": None},
    ],
    "dates": [{"evidence": "يوم الأحد", "value": "2024-03-10"}],
    "statements": [
        {"speaker": "إدارة الدفاع المدني في محافظة الوادي",
         "evidence": "السيول أدت إلى مقتل 3 أشخاص وإصابة ١٢ آخرين في قرية عين الصفصاف"},
        {"speaker": "آدم الراعي", "evidence": "«الفرق ما زالت تبحث عن مفقودين»"},
    ],
}


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_one_piece_per_character(name: str) -> None:
    pieces = TRANSFORMS[name](TEXT)
    assert len(pieces) == len(TEXT)
    moved = apply(TEXT, edits(TEXT, TRANSFORMS[name]))
    assert moved.text == "".join(pieces) and moved.end(len(TEXT)) == len(moved.text)
    assert all(moved.cut(i, i + 1) == p for i, p in enumerate(pieces))


@pytest.mark.parametrize("name", ["hamza", "ya_ta", "tatweel", "harakat", "digits_east",
                                  "digits_west", "digits_persian"])
def test_letter_forms_fold_alike(name: str) -> None:
    """The letter forms are the ones the engines fold: the folded text is the same."""
    new = transformed(TEXT, TRANSFORMS[name])
    assert new != TEXT
    assert fold(new).text == fold(TEXT).text


def test_hamza_bares_the_alefs() -> None:
    assert transformed("أعلن إمام آدم", hamza) == "اعلن امام ادم"


def test_ya_ta_only_at_word_ends() -> None:
    assert transformed("في مدينة يبرود، قرية", ya_ta) == "فى مدينه يبرود، قريه"


def test_tatweel_only_in_the_headline_between_joining_letters() -> None:
    out = transformed("سيول تغرق قرية\nسيول تغرق قرية", tatweel)
    head, body = out.split("\n")
    assert body == "سيول تغرق قرية"
    assert head.count("\u0640") == 3
    assert not re.search("[اأإآدذرزوؤةىء]\u0640", head)
    assert head.replace("\u0640", "") == "سيول تغرق قرية"


def test_harakat_only_add_marks() -> None:
    out = transformed(TEXT, harakat)
    assert re.sub("[\u064b-\u0652]", "", out) == TEXT
    fatha, shadda = "\u064e", "\u0651"
    assert f"وق{fatha}ال{fatha}" in out  # a common word after its conjunction
    assert f"أ{fatha}ن{shadda}{fatha} الس{shadda}يول" in out  # and a sun letter's shadda


def test_digits_each_system() -> None:
    text = "قتل 3 وأصيب ١٢ وفقد ۴"
    assert transformed(text, digits_west) == "قتل 3 وأصيب 12 وفقد 4"
    assert transformed(text, digits_east) == "قتل ٣ وأصيب ١٢ وفقد ٤"
    assert transformed(text, digits_persian) == "قتل ۳ وأصيب ۱۲ وفقد ۴"


def test_commas_swap_but_keep_thousands() -> None:
    assert transformed("الأحد، نحو 1,200 شخص, بينهم", commas) == "الأحد, نحو 1,200 شخص، بينهم"


def test_quotes_turn_round() -> None:
    assert transformed('قال «نعم» و"لا" و“ربما”', quotes) == 'قال "نعم" و“لا” و«ربما»'


def test_waw_space_after_the_conjunction_only() -> None:
    text = "وقال والمسؤولون والد وزارة والي"
    assert transformed(text, waw_space) == "و قال و المسؤولون والد وزارة والي"


def test_spaces_non_breaking_and_doubled() -> None:
    out = transformed("أ ب ج د", spaces)
    assert out == "أ\u00a0ب  ج د"


def test_wrapped_lines_are_narrow_and_only_replace_spaces() -> None:
    out = transformed(TEXT, wrapped)
    assert out.count("\n") > TEXT.count("\n")
    assert all(len(line) <= WRAP_WIDTH + 12 for line in out.split("\n"))
    assert len(out) == len(TEXT)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(TEXT, out, strict=True))


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_gold_carried(name: str) -> None:
    moved = carry_doc(DOC, TRANSFORMS[name])
    new = moved["text"]
    assert new == transformed(TEXT, TRANSFORMS[name])
    for kind in ("casualties", "dates", "statements"):
        assert len(moved[kind]) == len(DOC[kind])
        for entry in moved[kind]:
            assert entry["evidence"] in new
    # The same places as before, and the attributes untouched.
    spans = gold_spans(DOC)
    mapped = apply(TEXT, edits(TEXT, TRANSFORMS[name]))
    for kind in ("casualties", "dates", "statements"):
        for old, entry, (s, e) in zip(DOC[kind], moved[kind], spans[kind], strict=True):
            assert entry["evidence"] == mapped.cut(s, e)
            assert {k: v for k, v in entry.items() if k not in ("evidence", "speaker", "group")} \
                == {k: v for k, v in old.items() if k not in ("evidence", "speaker", "group")}


def test_speaker_reread_from_the_text() -> None:
    moved = carry_doc(DOC, hamza)
    assert [s["speaker"] for s in moved["statements"]] == [
        "ادارة الدفاع المدني في محافظة الوادي", "ادم الراعي"]
    moved = carry_doc(DOC, waw_space)
    assert "و المسؤولون" in moved["text"] and "و قال مدير" in moved["text"]


def test_speaker_not_in_the_text_is_transformed_alone() -> None:
    doc = dict(DOC, statements=[{"speaker": "إدارة الطوارئ", "evidence": "مقتل 3 أشخاص"}])
    assert carry_doc(doc, hamza)["statements"][0]["speaker"] == "ادارة الطوارئ"


def test_repeated_evidence_keeps_its_occurrence() -> None:
    """Two entries on the same words take the two places the evaluation gives them."""
    text = "قتل شخص في القرية.\nوفي المساء قتل شخص في البلدة."
    doc = {"doc_id": "t-2", "source": "test", "published": None, "text": text,
           "casualties": [{"evidence": "قتل شخص", "outcome": "killed", "count_low": 1,
                           "count_high": None, "qualifier": "exact", "group": None}] * 2,
           "dates": [], "statements": []}
    moved = carry_doc(doc, wrapped)
    assert [c["evidence"] for c in moved["casualties"]] == ["قتل شخص", "قتل شخص"]
    moved = carry_doc(doc, harakat)
    assert [c["evidence"] for c in moved["casualties"]] == ["قُتِلَ شَخْص", "قُتِلَ شَخْص"]
    assert moved["text"].count("قُتِلَ شَخْص") == 2
