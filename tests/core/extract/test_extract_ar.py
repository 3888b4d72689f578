"""Arabic engines: folding, casualty figures, dates, statements, claims, dispatch.

All sentences are fictional reports written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.core.extract import extract
from workbench.core.extract.ar import (
    extract_ar,
    find_casualties_ar,
    find_claims_ar,
    find_dates_ar,
    find_statements_ar,
    is_arabic,
)
from workbench.core.extract.ar.normalise import fold, stems
from workbench.core.extract.ar.scoring import content_words, date_in_scope
from workbench.core.extract.evaluate import evaluate

AR_DEV = Path(__file__).resolve().parents[3].parent / "shared/corpus/ar-dev.jsonl"


def _figs(text: str) -> list[tuple[str, int, str]]:
    return [(c["outcome"], c["count_low"], c["qualifier"]) for c in find_casualties_ar(text)]


# --- folding --------------------------------------------------------------------------


def test_fold_maps_offsets_back_over_harakat_and_tatweel() -> None:
    text = "قُتِلَ خمسـة أشخاصٍ"
    f = fold(text)
    assert f.text == "قتل خمسه اشخاص"
    start = f.text.index("اشخاص")
    s, e = f.span(start, start + len("اشخاص"))
    assert text[s:e] == "أشخاصٍ"  # the tanween stays with its letter


def test_fold_digits_and_stems() -> None:
    assert fold("٣٥ قتيلاً").text.startswith("35 ")
    assert stems("وبالعشرات")[-1] == "عشرات"
    assert stems("للقتلي")[-1] == "قتلي"
    assert stems("ول") == ("ول",)


def test_is_arabic_by_majority_script() -> None:
    assert is_arabic("قتل خمسة أشخاص في القصف")
    assert not is_arabic("🔥 تقرير عاجل — Gunmen killed 12 people on Monday, police said.")
    assert not is_arabic("")


# --- casualties -------------------------------------------------------------------------


def test_counts_with_trigger_before_and_qualifiers() -> None:
    assert _figs("قتل 17 مدنيا على الأقل في القصف.") == [("killed", 17, "at_least")]
    assert _figs("اعتقلت الشرطة أكثر من 40 متظاهرا.") == [("arrested", 40, "more_than")]
    assert _figs("وأصيب نحو ثلاثين شخصا بجروح.") == [("wounded", 30, "about")]
    assert _figs("أسفر الهجوم عن مقتل ما لا يقل عن ١٢ جنديا.") == [("killed", 12, "at_least")]


def test_number_words_teens_tens_and_thousands() -> None:
    assert _figs("لقي خمسة وعشرون شخصا مصرعهم.") == [("killed", 25, "exact")]
    assert _figs("قتل ثلاثة عشر مقاتلا.") == [("killed", 13, "exact")]
    assert _figs("أوقعت الحرب أكثر من 120 ألف قتيل.") == [("killed", 120000, "more_than")]


def test_outcome_nouns_vague_and_compound_vague() -> None:
    assert _figs("سقط 9 قتلى في الغارة.") == [("killed", 9, "exact")]
    assert _figs("وأدى القصف إلى سقوط عشرات الجرحى.") == [("wounded", 24, "vague")]
    assert _figs("وتسبب القتال في نزوح عشرات آلاف المدنيين.") == [("displaced", 24000, "vague")]
    assert _figs("قتلى بالعشرات من المسلحين في المعارك.") == [("killed", 24, "vague")]


def test_verb_after_the_counted_phrase() -> None:
    assert _figs("وقالت الوزارة إن 14 عنصرا من الشرطة قتلوا في الكمين.") == [
        ("killed", 14, "exact")]
    assert _figs("ولا يزال ستة صيادين في عداد المفقودين.") == [("missing", 6, "exact")]
    assert _figs("وكان 4 أجانب بين القتلى.") == [("killed", 4, "exact")]


def test_duals_singulars_and_subgroups() -> None:
    assert _figs("أسفرت الغارة عن مقتل جنديين.") == [("killed", 2, "exact")]
    assert _figs("أعلن الجيش مقتل ضابط برتبة رائد.") == [("killed", 1, "exact")]
    figs = _figs("قتل 9 أشخاص بينهم 3 أطفال، فيما أصيب 11 آخرون.")
    assert figs == [("killed", 9, "exact"), ("killed", 3, "exact"), ("wounded", 11, "exact")]
    assert _figs("قتل 10 جنود و3 مدنيين.") == [("killed", 10, "exact"), ("killed", 3, "exact")]
    assert _figs("وسقط قتيلان في الاشتباك.") == [("killed", 2, "exact")]


def test_toll_phrase() -> None:
    figs = find_casualties_ar("وارتفع عدد القتلى في المدينة إلى 31 بحسب المستشفى.")
    assert [(c["outcome"], c["count_low"]) for c in figs] == [("killed", 31)]
    assert figs[0]["text"].startswith("عدد القتلى")


def test_rejections_shared_things_years_and_agents() -> None:
    assert _figs("قتل وجرح 30 شخصا في الانفجار.") == []
    assert _figs("سقط عشرات المسلحين بين قتيل وجريح.") == []
    assert _figs("وأطلق المسلحون 16 صاروخا على المدينة.") == []
    assert _figs("قتل 3 أشخاص في المدينة منذ عام 2015.") == [("killed", 3, "exact")]
    assert _figs("ويعيش في المخيم 3000 نازح.") == [("displaced", 3000, "exact")]
    assert _figs("وصادرت الشرطة 40 ألف دولار واعتقلت 3 أشهر.") == []
    assert _figs("وقتل مسلح فلسطينيا عند الحاجز.") == []
    assert _figs("أعلن الجيش مقتل قائد الكتيبة.") == []  # a named, definite person


def test_casualty_offsets_and_group() -> None:
    text = "مقتلُ ١٨ مسلحاً من الميليشيات في الاشتباكات"
    [c] = find_casualties_ar(text)
    assert text[c["start"]:c["end"]] == c["text"]
    assert c["text"].startswith("مقتلُ") and c["group"].startswith("مسلحاً من")
    assert c["count_low"] == 18 and c["count_high"] is None


# --- dates -----------------------------------------------------------------------------


def _dates(text: str, pub: str | None = "2018-04-11") -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in find_dates_ar(text, pub)]


def test_weekdays_relative_to_publication() -> None:
    # 2018-04-11 is a Wednesday.
    assert _dates("وقع الهجوم مساء الاثنين.") == [("مساء الاثنين", "2018-04-09")]
    assert _dates("قصف الطيران البلدة الأربعاء.") == [("الأربعاء", "2018-04-11")]
    assert _dates("وأعلنت الهدنة الأربعاء الماضي.") == [("الأربعاء الماضي", "2018-04-04")]
    assert _dates("ومن المقرر أن تبدأ المحادثات يوم الأحد.") == [("يوم الأحد", "2018-04-15")]
    assert _dates("اشتباكات ليل السبت إلى الأحد.") == [("ليل السبت إلى الأحد", "2018-04-07")]
    assert _dates("وقال أمس الثلاثاء إن الوضع هادئ.") == [("أمس الثلاثاء", "2018-04-10")]


def test_months_years_and_numeric_dates() -> None:
    assert _dates("اندلعت الاحتجاجات في منتصف آذار/مارس 2011.") == [
        ("منتصف آذار/مارس 2011", "2011-03")]
    assert _dates("وفي 3 تشرين الثاني الماضي سقطت قذيفة.") == [
        ("3 تشرين الثاني الماضي", "2017-11-03")]
    assert _dates("وفي 15 فبراير اجتمع الطرفان.") == [("15 فبراير", "2018-02-15")]
    assert _dates("ويعود الاتفاق إلى عام 2016.") == [("2016", "2016")]
    assert _dates("بتاريخ 28- 4 -2017") == [("28- 4 -2017", "2017-04-28")]
    assert _dates("وتجري الانتخابات في أيار/مايو.") == [("أيار/مايو", "2018-05")]
    assert _dates("وقعت المجزرة في أغسطس.") == [("أغسطس", "2017-08")]


def test_today_yesterday_and_rejections() -> None:
    assert _dates("قال المتحدث اليوم إن القوات تقدمت.") == [("اليوم", "2018-04-11")]
    assert _dates("وصل الوفد أمس.") == [("أمس", "2018-04-10")]
    assert _dates("وفي اليوم التالي انسحبت القوات.") == []
    assert _dates("وقتل 2000 شخص في المعارك.") == []
    assert _dates("لا علاقة بين آب والابن.") == []


def test_dates_without_publication_date() -> None:
    assert _dates("الخميس 5 آذار 2015", None) == [("الخميس 5 آذار 2015", "2015-03-05")]
    assert _dates("وصل الوفد الخميس.", None) == [("الخميس", None)]


# --- statements -----------------------------------------------------------------------


def _stmts(text: str) -> list[tuple[str | None, str]]:
    return [(s["speaker"], s["text"]) for s in find_statements_ar(text)]


def test_speech_verb_subject_and_complementizer() -> None:
    assert _stmts("وقال مصدر أمني، الأحد، إن الهجوم استهدف نقطة تفتيش.") == [
        ("مصدر أمني", "الهجوم استهدف نقطة تفتيش")]
    assert _stmts('وأكد المتحدث باسم الشرطة أن "الوضع تحت السيطرة".') == [
        ("المتحدث باسم الشرطة", "الوضع تحت السيطرة")]


def test_dropped_subject_and_participle_take_previous_speaker() -> None:
    out = _stmts("قالت الوزارة إن القصف توقف. وأضافت أن المفاوضات مستمرة، مشيرة إلى أن "
                 "الوفد سيصل قريبا.")
    assert [s for s, _ in out] == ["الوزارة", "الوزارة", "الوزارة"]
    assert out[1][1] == "المفاوضات مستمرة"


def test_attribution_prepositions_before_and_after() -> None:
    out = _stmts("قتل 5 مدنيين في الغارة، بحسب ما أفاد المرصد المحلي.")
    assert out == [("المرصد المحلي", "قتل 5 مدنيين في الغارة")]
    out = _stmts("وحسب الشرطة، انفجرت العبوة قرب السوق.")
    assert out == [("الشرطة", "انفجرت العبوة قرب السوق")]
    assert _stmts("وقد سقطت القذيفة قرب المدرسة، وفقا لشهود عيان.")[0][0] == "شهود عيان"


def test_relayed_source_gives_two_entries_with_one_span() -> None:
    out = _stmts("وأفاد مراسلنا نقلا عن مصادر محلية أن الطريق أغلق.")
    assert out == [("مراسلنا", "الطريق أغلق"), ("مصادر محلية", "الطريق أغلق")]


def test_fronted_subject_object_verbs_and_headline() -> None:
    assert _stmts("وكان ناشطون دعوا إلى إضراب عام.") == [("ناشطون", "إلى إضراب عام")]
    assert _stmts("أعلنت وزارة الداخلية حظر التجول في المدينة.")[0][0] == "وزارة الداخلية"
    assert _stmts("الحركة تعلن انسحابها من المفاوضات\nنص الخبر.")[0] == (
        "الحركة", "انسحابها من المفاوضات")
    assert _stmts("ويذكر أن المدينة شهدت معارك عنيفة.") == []


def test_claims() -> None:
    claims = find_claims_ar("أعلن تنظيم مسلح مسؤوليته عن التفجير. ونفت الحكومة أي علاقة بالأمر."
                            " ولم تتبن أي جهة الهجوم.")
    assert [(c["claim_type"], c["claimant"]) for c in claims] == [
        ("responsibility", "تنظيم مسلح"), ("denial", "الحكومة")]


# --- dispatch and scoring ----------------------------------------------------------------


def test_extract_dispatches_arabic_and_offsets_hold() -> None:
    text = "مقتلُ ثلاثة مدنيين بقصف على البلدة\nوقال الدفاع المدني، الجمعة، إن ٣ مدنيين قتلوا."
    res = extract(text, "2018-06-01")
    assert res == extract_ar(text, "2018-06-01")
    assert set(res) == {"casualties", "dates", "statements", "claims"}
    for items in res.values():
        for item in items:
            assert text[item["start"]:item["end"]] == item["text"]
    assert [d["value"] for d in res["dates"]] == ["2018-06-01"]
    assert len(res["casualties"]) == 2 and res["statements"][0]["speaker"] == "الدفاع المدني"


def test_scoring_helpers() -> None:
    assert "مرصد" in content_words("المرصد السوري")
    assert content_words("مسؤولين يمنيين") & content_words("المسؤولون اليمنيون")
    assert content_words("وكالة الأنباء") & content_words("الوكالة")
    assert not content_words("مصادر") & content_words("الوزارة")
    assert date_in_scope("مساء الخميس") and date_in_scope("2016") and not date_in_scope("قريبا")


def test_evaluate_on_arabic_gold(tmp_path: Path) -> None:
    text = "قتل 4 جنود الأحد، بحسب الجيش."
    gold = {"doc_id": "t1", "published": "2018-05-08", "text": text,
            "casualties": [{"evidence": "قتل 4 جنود", "outcome": "killed", "count_low": 4,
                            "count_high": None, "qualifier": "exact", "group": "جنود"}],
            "dates": [{"evidence": "الأحد", "value": "2018-05-06"}],
            "statements": [{"speaker": "الجيش", "evidence": "قتل 4 جنود الأحد"}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    res = evaluate(path)
    assert [res[k]["f1"] for k in ("casualties", "dates", "statements")] == [1.0, 1.0, 1.0]
    gold["statements"][0]["speaker"] = "الشرطة"  # a different speaker must not match
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    assert evaluate(path)["statements"]["tp"] == 0


def test_ar_dev_corpus_quality() -> None:
    if not AR_DEV.exists():
        pytest.skip(f"Arabic dev corpus not found at {AR_DEV}")
    res = evaluate(AR_DEV)
    assert res["casualties"]["f1"] >= 0.90
    assert res["dates"]["f1"] >= 0.90
    assert res["statements"]["f1"] >= 0.80


def test_shared_document_context_and_token_helpers() -> None:
    from workbench.core.extract.ar.tokens import (
        analyse,
        document_sentences,
        folded_text,
        phrase_at,
        tokenize,
        word_in,
        word_lookup,
    )

    text = "قُتِلَ 3 جنود، وأصيب عشرات.\nوقال المتحدث إن #الهجوم فشل"
    folded = folded_text(text)
    assert folded is folded_text(text) and analyse(text)[0] is folded
    assert document_sentences(text) is document_sentences(text)
    toks = tokenize(folded.text)
    assert [t.w for t in toks if t.is_word][:3] == ["قتل", "جنود", "واصيب"]
    assert not toks[1].is_word and toks[1].is_digit  # "3"
    assert next(t for t in toks if t.w.startswith("#")).is_word
    table = frozenset({"اصيب"})
    lookup = word_lookup(table)
    for t in toks:
        assert lookup(t) == word_in(t, table)
    assert lookup(toks[4]) == "اصيب"  # "وأصيب": the clitic is stripped
    phrases = {("اكثر", "من"): "more_than"}
    ptoks = tokenize(fold("قتل وأكثر من 5").text)
    assert phrase_at(ptoks, 1, phrases) == (3, "more_than")
    assert phrase_at(ptoks, 0, phrases) is None
    assert phrase_at(ptoks, len(ptoks), phrases) is None


def test_dates_tried_only_at_start_words_match_a_full_scan() -> None:
    from workbench.core.extract.ar.dates import _DATE_RE, _date_matches

    for text in ("وقع الهجوم مساء الثلاثاء 12 آذار/مارس 2019 وفي 28-4-2018",
                 "وبحلول منتصف شهر أيار وفي العام 2015، وأمس الأول واليوم",
                 "عدد 2000 شخص في 3/4/2017 وبالأمس"):
        ft = fold(text).text
        assert [m.span() for m in _date_matches(ft)] == [m.span() for m in _DATE_RE.finditer(ft)]
        assert _date_matches(ft)
