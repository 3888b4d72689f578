"""Arabic probes, hundred-and-seventh round (issue 11): one figure, whichever of the
common words Arabic news uses for it. Each family is a word news writes beside one the
casualty engine already read, with members and look-alikes that must give no figure.

1. "Rose" (to martyrdom) in the singular, the mourning style's "استشهد": before the
   people counted, right after it ("ارتقى 11 فلسطينيا"، "ارتقت سيدة مسنة"), and after
   its subject ("أن شابا ارتقى"). Look-alikes: rising in rank, price or table ("ارتقت
   الأسعار 5 درجات"، "ارتقى المنتخب ثلاثة مراكز"، "ارتقى إلى رتبة عقيد").
2. The passive "جرح"/"جرحت" after its subject, as "أصيب"/"أصيبت" ("أن جنديا جرح في
   الهجوم"), and after one of them ("، أحدهم جرح برصاصة"). Look-alikes: the active with
   an object ("امرأة جرحت زوجها"), the noun "a wound" ("جرح الجندي طفيف").
3. "مصرع" before one of them, as "مقتل" ("ومصرع أحدهم").
4. Falling dead, one or two between ("سقط ضابط قتيلا"، "سقط جنديان قتيلين"), as "لقي
   ضابط حتفه"; after the one who fell ("أن متطوعا سقط قتيلا"); and meeting her death after
   her ("أن طفلة لقيت مصرعها"), as "أن شابا لقي حتفه". Look-alikes: shells, rockets and
   rain that fall, a young man who fell from a floor, a woman who killed.
5. A joined verb with a qualified count of its own ("إلى 87 وجرح أكثر من 700"): the
   count before "و" stays its toll's, as before a bare number.

The counted nouns, the verbal and nominal leads and the qualifiers that news varies were
read before this round; they are kept here as the engine's holds, with qualifiers before
years, money and vehicles as look-alikes.

Every sentence is fictional and written for these tests; places are used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties


@pytest.mark.parametrize(("text", "expected"), [
    # 1. the singular "rose"
    ("ارتقى 11 فلسطينيا بينهم أربعة أطفال في قصف على المخيم.",
     [("ارتقى 11 فلسطينيا", "killed", 11, "exact"), ("أربعة أطفال", "killed", 4, "exact")]),
    ("ارتقى شابان برصاص الاحتلال قرب الحاجز.",
     [("ارتقى شابان", "killed", 2, "exact")]),
    ("ارتقت سيدة مسنة في قصف على منزلها.",
     [("ارتقت سيدة مسنة", "killed", 1, "exact")]),
    ("وأفادت مصادر طبية بأن شابا ارتقى متأثرا بجروحه.",
     [("شابا ارتقى", "killed", 1, "exact")]),
    # 2. the passive of wounding after its subject
    ("وقال مصدر أمني إن جنديا جرح في الهجوم على الحاجز.",
     [("جنديا جرح", "wounded", 1, "exact")]),
    ("وقالت المصادر إن ممرضة جرحت برصاصة طائشة.",
     [("ممرضة جرحت", "wounded", 1, "exact")]),
    ("ونقلت الطواقم خمسة جرحى إلى المستشفى، أحدهم جرح برصاصة في البطن.",
     [("خمسة جرحى", "wounded", 5, "exact"), ("أحدهم جرح", "wounded", 1, "exact")]),
    # 3. a violent death before one of them
    ("وأسفر الانفجار عن إصابة ثلاثة أشخاص ومصرع أحدهم.",
     [("إصابة ثلاثة أشخاص", "wounded", 3, "exact"), ("ومصرع أحدهم", "killed", 1, "exact")]),
    # 4. falling dead
    ("سقط ضابط قتيلا في اشتباك مع مسلحين.",
     [("سقط ضابط قتيلا", "killed", 1, "exact")]),
    ("سقطت سيدة شهيدة في قصف على الحي.",
     [("سقطت سيدة شهيدة", "killed", 1, "exact")]),
    ("سقط جنديان قتيلين في الهجوم على الحاجز.",
     [("سقط جنديان قتيلين", "killed", 2, "exact")]),
    # ... after the one who fell, and meeting her death after her
    ("وقال المصدر إن متطوعا سقط قتيلا في القصف.",
     [("متطوعا سقط قتيلا", "killed", 1, "exact")]),
    ("وقال المصدر إن طفلة سقطت شهيدة في القصف.",
     [("طفلة سقطت شهيدة", "killed", 1, "exact")]),
    ("وذكرت الوكالة أن أحد المطلوبين سقط قتيلا خلال الاشتباك.",
     [("أحد المطلوبين سقط قتيلا", "killed", 1, "exact")]),
    ("جمعية الإغاثة تنعى متطوعا سقط قتيلا في البلدة",
     [("متطوعا سقط قتيلا", "killed", 1, "exact")]),
    ("وقال المصدر إن طفلة لقيت مصرعها في القصف.",
     [("طفلة لقيت", "killed", 1, "exact")]),
    # 5. a joined verb with its own qualified count
    ("ارتفاع حصيلة القتلى إلى 12 وأصيب نحو 30 آخرين",
     [("حصيلة القتلى إلى 12", "killed", 12, "exact"),
      ("وأصيب نحو 30 آخرين", "wounded", 30, "about")]),
    ("ارتفاع حصيلة الشهداء إلى 87 وجرح أكثر من 700 في القطاع",
     [("حصيلة الشهداء إلى 87", "killed", 87, "exact"),
      ("وجرح أكثر من 700", "wounded", 700, "more_than")]),
])
def test_casualty_members(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # counted nouns, idioms, leads and qualifiers news varies, read before the round
    ("لقي خمسة مدنيين حتفهم في قصف على السوق.",
     [("لقي خمسة مدنيين حتفهم", "killed", 5, "exact")]),
    ("مقتل خمسة عناصر مسلحة في اشتباك مع الجيش.",
     [("مقتل خمسة عناصر مسلحة", "killed", 5, "exact")]),
    ("مقتل 14 عسكريا في هجوم على قاعدة.",
     [("مقتل 14 عسكريا", "killed", 14, "exact")]),
    ("قتل ما لا يقل عن 12 مواطنا في القصف.",
     [("قتل ما لا يقل عن 12 مواطنا", "killed", 12, "at_least")]),
    ("أوقفت الشرطة قرابة 30 شخصا في المدينة.",
     [("أوقفت الشرطة قرابة 30 شخصا", "arrested", 30, "about")]),
    ("ألقي القبض على سبعة مطلوبين في المدينة.",
     [("القبض على سبعة مطلوبين", "arrested", 7, "exact")]),
])
def test_casualty_holds(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 1. rising that is no death
    ("ارتقت الأسعار 5 درجات خلال الشهر الماضي.", []),
    ("ارتقى المنتخب ثلاثة مراكز في التصنيف الدولي.", []),
    ("ارتقى الضابط إلى رتبة عقيد بعد خمسة أعوام.", []),
    ("وقال المدرب إن لاعبا ارتقى إلى الفريق الأول.", []),
    # 2. the active with its object, and the noun "wound"
    ("وقالت الشرطة إن امرأة جرحت زوجها بسكين.", []),
    ("وقالت الشرطة إن امرأة قتلت زوجها بسكين.", []),
    ("وقال الطبيب إن جرح الجندي طفيف.", []),
    ("وقالت الشرطة إن أحدهم جرح شرطيا قبل اعتقاله.",
     [("جرح شرطيا", "wounded", 1, "exact")]),
    # 4. things that fall
    ("سقطت 3 قذائف على البلدة دون إصابات.", []),
    ("سقط صاروخ قرب مدرسة في المدينة.", []),
    ("سقط المطر غزيرا على المدينة طوال الليل.", []),
    ("وقال المصدر إن شابا سقط من الطابق الثالث.", []),
    ("وقال المصدر إن أحد العمال سقط من السطح.", []),
    ("وقال المصدر إن صاروخا سقط قرب المدرسة.", []),
    # qualifiers before vehicles, money and years
    ("دمرت الغارات أكثر من 40 سيارة في السوق.", []),
    ("احتجزت السلطات قرابة 20 شاحنة عند المعبر.", []),
    ("ضبطت الشرطة ما لا يقل عن 3 ملايين دولار في المنزل.", []),
    ("اعتقل الرجل قبل نحو خمسة أعوام.", []),
    ("قتل في الهجوم الذي وقع قبل حوالي 10 سنوات.", []),
])
def test_casualty_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
