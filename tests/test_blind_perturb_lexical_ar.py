"""bench/blind/perturb_lexical_ar.py: each Arabic lexical transform's edits on fictional
documents, the gold carried through them, and a set scored."""

from __future__ import annotations

from tests.perturb_bench import casualty, load, write_set

lexical = load("perturb_lexical_ar")


# Fictional reports: the places and the events are made up for these tests.
HEADLINE = ("مقتل خمسة أشخاص وإصابة 12 آخرين بقصف على بلدة الوادي\n"
            "قتل خمسة أشخاص في قصف مدفعي على بلدة الوادي مساء الأحد، وأصيب 12 آخرون بجروح.\n"
            "وقالت مصادر محلية إن القوات اعتقلت تسعة شبان واختطف مسلحون سائقين اثنين.")
DOC = {
    "doc_id": "fict-lex-ar-1", "source": "fiction", "published": "2024-03-04",
    "text": HEADLINE,
    "casualties": [
        casualty("مقتل خمسة أشخاص", "killed", 5, group="أشخاص"),
        casualty("وإصابة 12 آخرين", "wounded", 12, group="آخرين"),
        casualty("قتل خمسة أشخاص", "killed", 5, group="أشخاص"),
        casualty("وأصيب 12 آخرون", "wounded", 12, group="آخرون"),
        casualty("اعتقلت تسعة شبان", "arrested", 9, group="شبان"),
        casualty("واختطف مسلحون سائقين اثنين", "captured", 2, group="سائقين"),
    ],
    "dates": [{"evidence": "مساء الأحد", "value": "2024-03-03"}],
    "statements": [],
}


def _moved(name: str, doc: dict = DOC) -> dict:
    return lexical.transform_doc(doc, name)


def _one(text: str, *entries: dict) -> dict:
    """A one-sentence document with only casualty gold."""
    return {**DOC, "text": text, "casualties": list(entries), "dates": []}


def _evidence(doc: dict) -> list[str]:
    return [e["evidence"] for e in doc["casualties"]]


def test_verb_swaps_within_each_family():
    out = _moved("verb")
    evidence = _evidence(out)
    assert evidence[0] == "مصرع خمسة أشخاص"
    assert evidence[1] == "وجرح 12 آخرين"
    # the passive before its count becomes an idiom closed after the counted noun
    assert evidence[2] in {"لقي خمسة أشخاص", "سقط خمسة أشخاص"}
    assert any(f"{evidence[2]} {tail} في قصف" in out["text"]
               for tail in ("حتفهم", "مصرعهم", "قتلى"))
    assert evidence[3] == "وجرح 12 آخرون"
    assert evidence[4] in {"أوقفت تسعة شبان", "احتجزت تسعة شبان"}
    assert evidence[5] == "وخطف مسلحون سائقين اثنين"


def test_verb_keeps_an_active_plural_before_its_object():
    doc = _one("وكان مسلحون قد قتلوا ثلاثة رعاة في المنطقة.",
               casualty("قتلوا ثلاثة رعاة", "killed", 3, group="رعاة"))
    assert _moved("verb", doc)["text"] == doc["text"]
    after = _one("وقال المرصد إن 14 جنديا قتلوا في الهجوم.",
                 casualty("14 جنديا قتلوا", "killed", 14, group="جنديا"))
    assert _evidence(_moved("verb", after))[0] in {"14 جنديا لقوا حتفهم",
                                                   "14 جنديا لقوا مصرعهم"}


def test_verb_agrees_the_idiom_with_the_one_killed():
    woman = _one("قتلت امرأة في القصف.", casualty("قتلت امرأة", "killed", 1, group="امرأة"))
    assert _evidence(_moved("verb", woman))[0] in {"لقيت امرأة", "سقطت امرأة"}
    assert any(t in _moved("verb", woman)["text"]
               for t in ("امرأة حتفها", "امرأة مصرعها", "امرأة قتيلة"))
    two = _one("قتل جنديان في الكمين.", casualty("قتل جنديان", "killed", 2, group="جنديان"))
    assert any(t in _moved("verb", two)["text"]
               for t in ("جنديان حتفهما", "جنديان مصرعهما", "جنديان قتيلين"))
    after = _one("وقال المصدر إن شابا قتل في القصف.",
                 casualty("شابا قتل", "killed", 1, group="شابا"))
    assert _evidence(_moved("verb", after))[0] in {"شابا لقي حتفه", "شابا لقي مصرعه",
                                                   "شابا سقط قتيلا"}


def test_verb_leaves_a_counted_noun_of_cases():
    doc = _one("وسجلت الوزارة 41 إصابة جديدة.", casualty("41 إصابة", "wounded", 41))
    assert _moved("verb", doc)["text"] == doc["text"]


def test_people_swaps_the_counted_noun_in_its_case():
    out = _moved("people")
    evidence = _evidence(out)
    assert evidence[0].split()[-1] in {"مدنيين", "مواطنين"}
    assert evidence[2].split()[-1] in {"مدنيين", "مواطنين"}
    # the group is re-read where the text now writes it
    assert out["casualties"][0]["group"] == evidence[0].split()[-1]
    soldiers = _one("قتل 14 جنديا في الكمين.",
                    casualty("قتل 14 جنديا", "killed", 14, group="جنديا"))
    assert _evidence(_moved("people", soldiers)) == ["قتل 14 عسكريا"]


def test_masdar_turns_the_lead_and_the_headline_with_their_cases():
    out = _moved("masdar")
    lines = out["text"].split("\n")
    assert lines[0].startswith("قتل خمسة أشخاص وأصيب 12 آخرون بقصف")
    assert lines[1].startswith("مقتل خمسة أشخاص في قصف مدفعي")
    # the joined verb after the comma is another clause: left as it was
    assert "، وأصيب 12 آخرون بجروح" in lines[1]
    assert _evidence(out)[:3] == ["قتل خمسة أشخاص", "وأصيب 12 آخرون", "مقتل خمسة أشخاص"]


def test_masdar_sets_the_case_of_a_count_word():
    doc = _one("اعتقال 9 شبان وإصابة اثنين خلال اقتحام البلدة",
               casualty("اعتقال 9 شبان", "arrested", 9, group="شبان"),
               casualty("وإصابة اثنين", "wounded", 2))
    assert _moved("masdar", doc)["text"] == "اعتقل 9 شبان وأصيب اثنان خلال اقتحام البلدة"


def test_qualifier_sets_one_per_sentence_and_carries_it():
    out = _moved("qualifier")
    qualified = [(e["evidence"], e["qualifier"]) for e in out["casualties"]
                 if e["qualifier"] != "exact"]
    # one in the headline, one in the lead, none on the dual
    assert len(qualified) == 3
    words = {w for w, _ in lexical.QUALIFIERS}
    for evidence, qualifier in qualified:
        assert any(w in evidence for w in words)
        assert qualifier in {"at_least", "more_than", "about"}
    assert all(e["count_low"] == d["count_low"]
               for e, d in zip(out["casualties"], DOC["casualties"], strict=True))


def test_qualifier_puts_a_tens_word_in_the_genitive():
    doc = _one("قتل عشرون شخصا في الهجوم.",
               casualty("قتل عشرون شخصا", "killed", 20, group="شخصا"))
    text = _moved("qualifier", doc)["text"]
    assert "عشرين شخصا" in text and "عشرون" not in text


def test_toll_swaps_the_verb_before_the_number():
    doc = _one("وقال المرصد إن حصيلة القتلى تجاوزت 30 وإن عدد الجرحى ارتفع إلى 45.",
               casualty("حصيلة القتلى تجاوزت 30", "killed", 30, qualifier="more_than"),
               casualty("عدد الجرحى ارتفع إلى 45", "wounded", 45))
    evidence = _evidence(_moved("toll", doc))
    assert evidence[0] in {"حصيلة القتلى تخطت 30", "حصيلة القتلى فاقت 30"}
    assert evidence[1] == "عدد الجرحى وصل إلى 45"


def test_toll_swaps_reaching_for_reaching_to():
    doc = _one("وبلغت حصيلة الجرحى نحو 40.",
               casualty("حصيلة الجرحى نحو 40", "wounded", 40, qualifier="about"))
    assert _evidence(_moved("toll", doc)) == ["حصيلة الجرحى نحو 40"]  # the verb is outside
    doc = _one("وقال إن عدد الجرحى بلغ نحو 40.",
               casualty("عدد الجرحى بلغ نحو 40", "wounded", 40, qualifier="about"))
    assert _evidence(_moved("toll", doc)) == ["عدد الجرحى وصل إلى نحو 40"]


def test_picks_are_seeded():
    assert _moved("verb") == _moved("verb")
    assert _moved("qualifier") == _moved("qualifier")


def test_every_transform_keeps_the_gold_in_the_text():
    for name in lexical.TRANSFORMS:
        out = _moved(name)
        for entry in out["casualties"]:
            assert entry["evidence"] in out["text"], (name, entry["evidence"])


def test_a_set_is_scored(tmp_path, capsys):
    path = tmp_path / "fict.jsonl"
    write_set(path, DOC)
    totals, lost = lexical.measure(path, ["verb", "qualifier"])
    assert set(totals) == {"none", "verb", "qualifier"}
    for score in totals.values():
        assert score.tp + score.fn == len(DOC["casualties"])
    assert totals["verb"].edited == 1
    assert all(x.transform in {"verb", "qualifier"} for x in lost)
    assert lexical.main([str(path), "-t", "masdar", "--lost"]) == 0
    printed = capsys.readouterr().out
    assert "pooled" in printed and "masdar" in printed


def test_among_gives_or_strips_the_from_of_a_part():
    doc = _one("قتل 9 أشخاص بينهم طفلان وامرأة. وقال إن من بين القتلى ممرضا. وبين الجرحى طفل.",
               casualty("قتل 9 أشخاص", "killed", 9, group="أشخاص"),
               casualty("بينهم طفلان", "killed", 2, group="طفلان"),
               casualty("بينهم طفلان وامرأة", "killed", 1, group="امرأة"),
               casualty("من بين القتلى ممرضا", "killed", 1, group="ممرضا"),
               casualty("وبين الجرحى طفل", "wounded", 1, group="طفل"))
    assert _evidence(_moved("among", doc)) == [
        "قتل 9 أشخاص", "من بينهم طفلان", "من بينهم طفلان وامرأة", "بين القتلى ممرضا",
        "ومن بين الجرحى طفل"]


def test_among_leaves_between_two_sides_alone():
    doc = _one("قتل 4 أشخاص في اشتباكات بين الجيش والمسلحين.",
               casualty("قتل 4 أشخاص في اشتباكات بين الجيش", "killed", 4, group="أشخاص"))
    assert _moved("among", doc)["text"] == doc["text"]


def test_release_makes_a_kidnapping_a_release_by_the_captors():
    doc = _one("وقالت الشرطة إن الهجوم وقع فجرا، وخطف ستة عمال من الموقع.",
               casualty("وخطف ستة عمال", "captured", 6, group="عمال"))
    out = lexical.transform_doc(doc, "release")
    evidence = _evidence(out)[0]
    assert evidence.startswith("و") and evidence.endswith("ستة عمال")
    assert evidence[1:-len(" ستة عمال")] in lexical.RELEASES
    assert evidence in out["text"]
    assert out["casualties"][0]["outcome"] == "captured"
    assert out["casualties"][0]["count_low"] == 6


def test_release_opens_a_headline_with_the_verbal_noun_or_a_verb():
    doc = _one("خطف ثلاثة سائقين على طريق الوادي",
               casualty("خطف ثلاثة سائقين", "captured", 3, group="سائقين"))
    evidence = _evidence(lexical.transform_doc(doc, "release"))[0]
    assert evidence.removesuffix(" ثلاثة سائقين") in (
        *lexical.RELEASES, lexical.RELEASE_OPENING)


def test_release_leaves_a_verb_after_its_subject_or_a_noun():
    for text, evidence in (("وقال إن مسلحين خطفوا أربعة رعاة.", "خطفوا أربعة رعاة"),
                           ("تطالب العائلة بعد خطف خمسة تجار بالتحرك.", "خطف خمسة تجار")):
        doc = _one(text, casualty(evidence, "captured", 4, group=None))
        assert lexical.transform_doc(doc, "release")["text"] == text


def test_dated_puts_a_date_between_the_toll_noun_and_its_number():
    doc = _one("وقالت الوزارة إن عدد القتلى بلغ 40 شخصا.",
               casualty("عدد القتلى بلغ 40 شخصا", "killed", 40, group="شخصا"))
    [evidence] = _evidence(_moved("dated", doc))
    assert evidence.startswith("عدد القتلى منذ ") and evidence.endswith(" بلغ 40 شخصا")
    assert evidence.removeprefix("عدد القتلى ").removesuffix(" بلغ 40 شخصا") in \
        lexical.DATED_PHRASES


def test_dated_leaves_a_toll_with_its_time_or_without_number():
    for text, ev in (("بلغ عدد القتلى منذ بدء الحرب 40 شخصا.", "عدد القتلى منذ بدء الحرب 40 شخصا"),
                     ("وصل عدد من الجرحى.", "عدد من الجرحى")):
        doc = _one(text, casualty(ev, "killed", 40))
        assert _evidence(_moved("dated", doc)) == [ev]


def test_dated_leaves_a_noun_with_its_adjective():
    doc = _one("وارتفع عدد المعتقلين الإداريين إلى 743 معتقلا.",
               casualty("عدد المعتقلين الإداريين إلى 743 معتقلا", "arrested", 743))
    assert _evidence(_moved("dated", doc)) == ["عدد المعتقلين الإداريين إلى 743 معتقلا"]

def test_fate_tells_a_missing_state_as_a_fate_unknown():
    doc = _one("وقال إن سبعة صيادين ما زالوا في عداد المفقودين، وإن شخصين لا يزالان مفقودين.",
               casualty("سبعة صيادين ما زالوا في عداد المفقودين", "missing", 7, group="صيادين"),
               casualty("شخصين لا يزالان مفقودين", "missing", 2, group="شخصين"))
    out = lexical.transform_doc(doc, "fate")
    assert _evidence(out) == ["سبعة صيادين ما زالوا مجهولي المصير",
                              "شخصين لا يزالان مجهولي المصير"]
    assert [c["outcome"] for c in out["casualties"]] == ["missing", "missing"]
    assert all(e in out["text"] for e in _evidence(out))


def test_fate_leaves_other_outcomes_and_other_states_alone():
    for text, entry in (
            ("وقال إن ثلاثة شبان ما زالوا محتجزين.",
             casualty("ثلاثة شبان ما زالوا محتجزين", "captured", 3, group="شبان")),
            ("وقال إن عددا من المفقودين تحت الركام.",
             casualty("عددا من المفقودين", "missing", 2, group=None))):
        assert lexical.transform_doc(_one(text, entry), "fate")["text"] == text


def test_gapped_puts_a_phrase_between_a_verb_of_taking_and_its_count():
    doc = _one("وقالت مصادر محلية إن القوات اعتقلت تسعة شبان، وخطفوا ثلاثة رعاة.",
               casualty("اعتقلت تسعة شبان", "arrested", 9, group="شبان"),
               casualty("وخطفوا ثلاثة رعاة", "captured", 3, group="رعاة"))
    out = _moved("gapped", doc)
    first, second = _evidence(out)
    assert first.startswith("اعتقلت ") and first.endswith(" تسعة شبان")
    assert first.removeprefix("اعتقلت ").removesuffix(" تسعة شبان") in lexical.GAP_PHRASES
    assert second.removeprefix("وخطفوا ").removesuffix(" ثلاثة رعاة") in lexical.GAP_PHRASES
    assert [c["count_low"] for c in out["casualties"]] == [9, 3]
    assert all(e in out["text"] for e in _evidence(out))


def test_gapped_leaves_other_outcomes_and_a_verb_with_its_subject():
    for text, entry in (
            ("قتل خمسة أشخاص في القصف.", casualty("قتل خمسة أشخاص", "killed", 5)),
            ("اعتقلت القوات تسعة شبان.",
             casualty("اعتقلت القوات تسعة شبان", "arrested", 9, group="شبان"))):
        assert _moved("gapped", _one(text, entry))["text"] == text


def test_fronted_puts_words_between_people_counted_first_and_their_verb():
    doc = _one("وقالت الوزارة إن 12 مدنيا قتلوا، وقال الطبيب إن ثلاثة شبان أصيبوا.",
               casualty("12 مدنيا قتلوا", "killed", 12, group="مدنيا"),
               casualty("ثلاثة شبان أصيبوا", "wounded", 3, group="شبان"))
    out = _moved("fronted", doc)
    first, second = _evidence(out)
    assert first.startswith("12 مدنيا") and first.endswith(" قتلوا")
    assert first.removeprefix("12 مدنيا").removesuffix(" قتلوا") in lexical.FRONTED_WORDS
    assert second.removeprefix("ثلاثة شبان").removesuffix(" أصيبوا") in lexical.FRONTED_WORDS
    assert [c["count_low"] for c in out["casualties"]] == [12, 3]
    assert all(e in out["text"] for e in _evidence(out))


def test_fronted_leaves_a_verb_first_and_a_longer_evidence():
    for text, entry in (
            ("قتل خمسة أشخاص في القصف.", casualty("قتل خمسة أشخاص", "killed", 5)),
            ("وقال إن خمسة أشخاص من القرية قتلوا.",
             casualty("خمسة أشخاص من القرية قتلوا", "killed", 5, group="أشخاص"))):
        assert _moved("fronted", _one(text, entry))["text"] == text
