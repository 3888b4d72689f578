"""Counter-probes for the thirty-first and thirty-second English and the twenty-seventh and
twenty-eighth Arabic rounds (issue 11).

Those rounds added rules read off their own probes: "report" after a plural and where they
are, "added" with a counted object, "said nothing", "It" after a sentence whose subject is
one body, a plural opener that "he" or "she" does not refer to; counted sub-groups with a
predicate of their own, a hazard's adjective as the cause of a toll, "the number killed",
revised tolls, "hold", a Hijri month before a Gregorian year, a plan "first set for" a
month; in Arabic "ظهر" as noon or as "appeared", a Hijri date with its Gregorian day,
"أمام", "مخاطبا"/"موجها", "أبو" + a name, the manner of saying, "من داخل". Here are the
nearest ordinary sentences where each rule must not fire, or must give another figure,
date or speaker, with the reading worked out by hand from the corpus rules. A misfire
found when they were written was fixed by narrowing its rule; each such probe says so.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates, ar_statements, engines_read, figures

# ---------------------------------------------------------------------------- English


@pytest.mark.parametrize(("text", "expected"), [
    # Misfire fixed: a hazard's adjective made every figure of its sentence the hazard's
    # unless a violence word stood anywhere in it; an attacker named only as a bomber,
    # or a grenade, was none ("bomber", "grenade", "artillery", "stabbed" are cues now).
    ("A suicide bomber struck a crowd in the flood-hit town, killing 12 people.",
     [("killing 12 people", "killed", 12, None, "exact", "people")]),
    ("A grenade tossed into the quake-hit market killed 3 people.",
     [("killed 3 people", "killed", 3, None, "exact", "people")]),
    # ... the hazard's own toll stays no figure
    ("In flood-hit Kessa, 12 people drowned on Sunday.", []),
    ("The cyclone-hit coast recorded 18 deaths from the storm.", []),
    # ... a counted sub-group whose predicate is no outcome keeps the larger one's
    ("Two of the 11 wounded were later transferred to the capital.",
     [("Two of the", "wounded", 2, None, "exact", None),
      ("11 wounded", "wounded", 11, None, "exact", None)]),
    ("Six of the 14 detained protesters were killed in custody.",
     [("Six of the", "killed", 6, None, "exact", None),
      ("14 detained protesters", "arrested", 14, None, "exact", "detained protesters")]),
    ("Two of the 12 villages were destroyed.", []),
    # ... tallies: "the number" with no figure, things in breach, things carrying people
    ("The number killed in the clashes is not known.", []),
    ("Inspectors found 14 safety violations at the plant.", []),
    ("Twelve buses carrying 40 passengers were stopped at the checkpoint.", []),
    ("Twelve soldiers carrying supplies were killed in the ambush.",
     [("Twelve soldiers", "killed", 12, None, "exact", "soldiers")]),
    # ... "up from N" of a sentence, a turnout, a count of places: no earlier toll
    ("He was jailed for 20 years, up from 15 given at the first trial.", []),
    ("Turnout reached 41 percent, up from 38 announced last time.", []),
    ("The death toll rose to 17 from 12 cities across the country.",
     [("death toll rose to 17", "killed", 17, None, "exact", None)]),
    # ... "hold" of places, seats and records holds nobody
    ("The ruling party holds 120 seats in parliament.", []),
    ("The army still holds 12 villages in the north.", []),
    ("The team holds the record with 14 titles.", []),
])
def test_english_figure_look_alikes(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "The hall holds 300 people.",
    "The ferry holds 400 passengers.",
])
def test_english_capacity_is_no_captives(text: str) -> None:
    # a place or a vessel as the subject of "holds" is a capacity (casualty_clause.py);
    # captors still hold captives
    assert figures(text) == []
    assert figures("The rebels hold 12 soldiers.") != []


@pytest.mark.parametrize(("text", "expected"), [
    # a Hijri month that is a name, or after an article, is no month of that year
    ("Officials met Ahmed Ramadan last year in Kessa.", [("last year", "2016")]),
    ("She named her daughter Rajab last year.", [("last year", "2016")]),
    ("The court heard from Ramadan last week.", [("last week", "2017-04-03")]),
    ("The Ramadan 2016 ceasefire collapsed within days.", [("2016", "2016")]),
    # ... a Hijri month with a year is the month that year wherever it opens a phrase
    ("Since Ramadan 2016, 300 people have been killed.", [("Ramadan 2016", "2016-06")]),
    # "first set" as part of another verb looks neither ahead nor back on its own
    ("The rebels first set fire to the market in March.", [("March", "2017-03")]),
    ("Troops first set up checkpoints in March, residents said.", [("March", "2017-03")]),
    # ... a plan moved forward to a relative date (a lone "March" after "set for" is a
    # date, the month nearest publication as a plan since changed), and a plan with its
    # own year
    ("The talks, previously set for March, have been brought forward to next week.",
     [("March", "2017-03"), ("next week", "2017-04-17")]),
    ("Talks originally planned for March 2018 were moved forward.",
     [("March 2018", "2018-03")]),
])
def test_english_date_look_alikes(text: str, expected: list) -> None:
    assert engines_read(text)["dates"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Misfire fixed: "report" after a plural and where they are reported the phrase after
    # it; "to", "for" and "on" + a determiner (where or about what one reports) report
    # nothing, as they did after "reported"
    ("Aid workers in the camp report to the ministry every week.", []),
    ("Journalists in the capital report on the trial every day.", []),
    ("Journalists report on the trial every day.", []),
    # ... a day or the time after "on" still opens the words, "that" after a topic too
    ("Police reported on the same day 12 people had died.",
     [("Police", "on the same day 12 people had died")]),
    ("The agency reported on the fighting that 12 people had died.",
     [("The agency", "12 people had died")]),
    ("Aid workers in the camp report that food has run out.",
     [("Aid workers in the camp", "food has run out")]),
    # "added" with a counted subject of a clause still reports
    ("The minister added 40 soldiers had been killed.",
     [("The minister", "40 soldiers had been killed")]),
    ("The general added three villages had been retaken.",
     [("The general", "three villages had been retaken")]),
    # "said nothing / little" as the subject of the words reports them
    ("The spokesman said nothing would change before the vote.",
     [("The spokesman", "nothing would change before the vote")]),
    ("The minister said little was known about the attackers.",
     [("The minister", "little was known about the attackers")]),
    ("Police said nothing about the cause of the blast.", []),
    # "It" after a sentence whose subject is no body that speaks, or whose "it" is no
    # speaker at all
    ("The convoy reached the town on Sunday. It said 3 soldiers died.",
     [("It", "3 soldiers died")]),
    ("The army shelled the village on Sunday. It was the third attack this week.", []),
    # a plural opener is nobody "he" refers to; a person opener still is
    ("Residents said the water had run out. He said aid was on its way.",
     [("Residents", "the water had run out"), ("He", "aid was on its way")]),
])
def test_english_statement_look_alikes(text: str, expected: list) -> None:
    assert engines_read(text)["statements"] == expected


def test_english_report_that_reached_us() -> None:
    # a subject's relative "that" before a past verb, and the relative's own day, are the
    # speaker as written (a strict xfail until the round after the forty-fifth)
    assert engines_read("A report that reached us on Friday said 12 people died.")[
        "statements"] == [("A report that reached us on Friday", "12 people died")]


# ----------------------------------------------------------------------------- Arabic


@pytest.mark.parametrize(("text", "expected"), [
    # "ظهر" after a verb of motion or falling, with a place after the date, is noon
    ("وخرج المتظاهرون ظهر الخميس في ساحة البلدة.", [("ظهر الخميس", "2018-05-10")]),
    ("وسقطت قذيفة ظهر الخميس في سوق المدينة.", [("ظهر الخميس", "2018-05-10")]),
    ("ووصلت القافلة ظهر الاثنين على متن شاحنات.", [("ظهر الاثنين", "2018-05-07")]),
    ("وبدأ القصف ظهر السبت على الأحياء الشرقية.", [("ظهر السبت", "2018-05-05")]),
    ("وظهر الجمعة في المسجد الكبير خطب الإمام في المصلين.", [("ظهر الجمعة", "2018-05-04")]),
    ("وعند ظهر الأربعاء انسحب المسلحون من الحي.", [("ظهر الأربعاء", "2018-05-09")]),
    # ... the verb, with a definite subject and a medium after the date
    ("وظهر الخميس الوزير في مؤتمر صحفي.", [("الخميس", "2018-05-10")]),
    # a Hijri month that is a person's name is no date
    ("وقال رمضان الأحمد إن القصف استمر حتى الصباح.", []),
    # "الموافق" that is no link between two dates leaves each date as it stands
    ("وقعت المجزرة في 4 أيار 2018، والموافق عليه من الطرفين هو وقف القتال.",
     [("4 أيار 2018", "2018-05-04")]),
    ("وقعت الأولى في 17 شعبان 1439 هـ الموافق للذكرى الأولى لسقوط المدينة.",
     [("17 شعبان 1439 هـ", "2018-05-03")]),
])
def test_arabic_date_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Misfire fixed: a possessed noun's outcome adjective reached past the window the
    # disease check reads, so a disease's patients were counted as wounded
    ("وحذر الأطباء من أن 30 من مرضاهم المصابين بالكوليرا في خطر.", []),
    ("وقال الأطباء إن 30 من أطفالهم المصابين بالحصبة نقلوا إلى المستشفى.", []),
    # ... the plain partitive and the indefinite adjective, as before
    ("وحذر الأطباء من أن 30 من المرضى المصابين بالكوليرا في خطر.", []),
    ("وقال الأطباء إن 30 طفلا مصابين بالحصبة نقلوا إلى المستشفى.", []),
    # ... the rule's own reading holds with a place or a cause after the adjective
    ("وقتل 3 من عناصرها المصابين في القصف.",
     [("وقتل 3 من عناصرها المصابين", "killed", 3, "exact")]),
    ("وأفرجت السلطات عن 12 من أبنائها المعتقلين.",
     [("12 من أبنائها المعتقلين", "arrested", 12, "exact")]),
    # candidates: a count of those admitted to a race is nobody harmed
    ("وأعلنت اللجنة قبول 40 مرشحا للانتخابات.", []),
    ("وقتل مرشحان للانتخابات البلدية عشية الاقتراع.", [("وقتل مرشحان", "killed", 2, "exact")]),
])
def test_arabic_figure_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Misfire fixed: "DEMONSTRATIVES" was defined twice in lang/ar.py and the second,
    # shorter list won, so the dual object forms "هذين"/"هاتين" opened no object: the
    # place after the speaker went into the words
    ("ونفت قيادة الشرطة في المدينة هاتين الروايتين جملة وتفصيلا.",
     [("قيادة الشرطة في المدينة", "هاتين الروايتين جملة وتفصيلا")]),
    ("ونفى الجيش هذين وتوعد بالرد.", [("الجيش", "هذين"), ("الجيش", "بالرد")]),
    # ... "هؤلاء" stays out: it is as often the subject
    ("وأكد هؤلاء أن القصف استمر حتى الصباح.", [("هؤلاء", "القصف استمر حتى الصباح")]),
    ("وأعلن هؤلاء مقتل 3 من رفاقهم.", [("هؤلاء", "مقتل 3 من رفاقهم")]),
    # "أمام" of a place where people gathered, and "أمام" + a body + time in the words
    ("وتجمع المحتجون أمام مبنى المحافظة وقالوا إن الرواتب لم تصرف.",
     [(None, "الرواتب لم تصرف")]),
    ("وانفجرت سيارة مفخخة أمام مبنى البلدية، وقال مسؤول إن 5 أشخاص قتلوا.",
     [("مسؤول", "5 أشخاص قتلوا")]),
    ("وأكد الوزير أن أمام الحكومة أسبوعا لتنفيذ الاتفاق.",
     [("الوزير", "أمام الحكومة أسبوعا لتنفيذ الاتفاق")]),
    ("وقال الوزير إن أمام الأطراف ساعات للرد.", [("الوزير", "أمام الأطراف ساعات للرد")]),
    # "موجها" of an act, not of words, in another clause than the report
    ("وأطلق الجيش النار موجها رصاصه نحو المتظاهرين، وقال شهود إن 3 قتلوا.",
     [("شهود", "3 قتلوا")]),
    ("وقال القائد مخاطبا جنوده إن المعركة طويلة.", [("القائد", "المعركة طويلة")]),
    # "أبو" + a name that is also a word, and a village named after one
    ("وقال أبو سعيد إن 3 مقاتلين قتلوا.", [("أبو سعيد", "3 مقاتلين قتلوا")]),
    ("وأكد أبو نور، قائد الفصيل، أن الهجوم فشل.", [("أبو نور", "الهجوم فشل")]),
    ("وسيطر المسلحون على قرية أبو علي بعد اشتباكات.", []),
    ("وقال مسؤول في بلدة أبو قير إن 4 صيادين فقدوا.",
     [("مسؤول في بلدة أبو قير", "4 صيادين فقدوا")]),
    # "من داخل" after an indefinite source describes it
    ("وقال مصدر من داخل الحكومة إن الوزير سيستقيل.",
     [("مصدر من داخل الحكومة", "الوزير سيستقيل")]),
])
def test_arabic_statement_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Miss fixed: the manner of saying ended the speaker only with no speaker before it
    # ('وأضاف بنبرة غاضبة'); after a speaker, definite or not, it stayed in the speaker
    ("وقال الطبيب بنبرة هادئة إن الحالات مستقرة.", [("الطبيب", "الحالات مستقرة")]),
    ("وقال مسؤول بنبرة غاضبة إن الهجوم جبان.", [("مسؤول", "الهجوم جبان")]),
    ('وقال الرئيس بصوت مرتفع: "لن نتراجع".', [("الرئيس", "لن نتراجع")]),
    # ... as before: after a speaker with a genitive, and with no speaker
    ("وقال المتحدث باسم الجيش بلهجة حازمة إن الرد سيكون قاسيا.",
     [("المتحدث باسم الجيش", "الرد سيكون قاسيا")]),
    ('وأضاف بنبرة غاضبة: "لن نسكت".', [(None, "لن نسكت")]),
])
def test_arabic_manner_after_a_speaker(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
