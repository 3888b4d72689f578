"""Arabic probes, seventy-eighth round (issue 11): the thirty-sixth set's statements and
casualty figures, families met on it and on another set.

1. A bomber who blew himself up, told in a headline's present ("انتحاري يفجر نفسه في ...")
   or as the last of his joined acts ("إن انتحاريا ... دخل الخيمة ... وفجر نفسه"): killed
   1, as the past right after him ("إن انتحاريا فجر نفسه") already was.
2. The participle of forecasting with a verbal noun ("، متوقعا اكتمال الصيانة قبل ...")
   is the speaker's own forecast, an entry of its own, as "، مرجحا ارتفاع الحصيلة" is.
3. A one-word bracket after a rank in the name set off by commas ("، اللواء (م) فلان،")
   qualifies the rank: the aside is still the speaker's name, and a later pronoun verb
   points back to him.
4. A headline's label that the body names right after a place head ("قرب بلدة كفرشوبا"،
   "بولاية جنوب كردفان") is a dateline, even when a speaker's title holds the same words.
5. "يعتقد" after an indefinite noun with a plural or dual pronoun after "أن" ("مسلحين
   يعتقد انهم ينتمون ...") is the passive describing that noun, not the noun speaking, as
   the bare "، يعتقد أنهم" already was.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: a headline's present right after the bomber, and the blast joined by
    # "و" after his earlier act, its object and its time
    ("انتحاري يفجر نفسه في سوق شعبي بالمقدادية ويقتل 6 أشخاص",
     [("انتحاري يفجر نفسه", "killed", 1, "exact"), ("ويقتل 6 أشخاص", "killed", 6, "exact")]),
    ("وقال الضابط إن مهاجما يحمل حقيبة ظهر اقترب من البوابة ظهر امس الثلاثاء وفجر نفسه"
     " قرب الحراس.",
     [("مهاجما يحمل حقيبة ظهر اقترب من البوابة ظهر امس الثلاثاء وفجر نفسه", "killed", 1,
       "exact")]),
    ("وذكر الشهود ان انتحاريا اقتحم قاعة الأعراس وفجر نفسه بين المدعوين.",
     [("انتحاريا اقتحم قاعة الأعراس وفجر نفسه", "killed", 1, "exact")]),
    # ... look-alikes: a threat or an attempt (the present after another word), a foiled
    # bomber, and another person's blast after the first one's act (the policeman is not
    # the bomber; the bomber, told verb first, is the one dead)
    ("وقال المصدر إن مسلحا هدد بأن يفجر نفسه داخل المصرف.", []),
    ("انتحاري يحاول أن يفجر نفسه قرب السفارة", []),
    ("وأحبطت القوات انتحاريا كان يحاول أن يفجر نفسه.", []),
    ("وقال إن شرطيا أوقف السيارة وفجر انتحاري نفسه قربها.",
     [("وفجر انتحاري نفسه", "killed", 1, "exact")]),
])
def test_bomber_blast_in_headline_present_or_joined_act(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: masculine and feminine, a verbal noun with the article's genitive and
    # with a pronoun
    ("وقال مدير البلدية إن العمال أنجزوا نصف الطريق، متوقعا اكتمال الأعمال قبل نهاية العام.",
     [("مدير البلدية", "العمال أنجزوا نصف الطريق"),
      ("مدير البلدية", "اكتمال الأعمال قبل نهاية العام")]),
    ("وأعلنت الشركة تسلم شحنة من المحولات، متوقعة تحسن التغذية الكهربائية خلال أسابيع.",
     [("الشركة", "تسلم شحنة من المحولات"),
      ("الشركة", "تحسن التغذية الكهربائية خلال أسابيع")]),
    ("وقال المهندس إن المحطة تنتج ألف متر مكعب في الساعة، متوقعا تشغيلها بكامل طاقتها"
     " الشهر المقبل.",
     [("المهندس", "المحطة تنتج ألف متر مكعب في الساعة"),
      ("المهندس", "تشغيلها بكامل طاقتها الشهر المقبل")]),
    # ... look-alikes: a count after the participle, the adjective "المتوقع", and the
    # participle before "أن" (already its own clause)
    ("وقال المدير إن المعرض يفتح غدا، متوقعا 5 آلاف زائر.",
     [("المدير", "المعرض يفتح غدا، متوقعا 5 آلاف زائر")]),
    ("وقال المدير إن الموسم كان أفضل من المتوقع.",
     [("المدير", "الموسم كان أفضل من المتوقع")]),
    ("وقال المدير إن الطقس سيكون حارا، متوقعا أن تصل الحرارة إلى 45 درجة.",
     [("المدير", "الطقس سيكون حارا"), ("المدير", "تصل الحرارة إلى 45 درجة")]),
])
def test_forecast_participle_with_verbal_noun(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: a retired rank marked in brackets, with and without the outlet told
    ("وقال قائد شرطة المحافظة، العميد (م) سامي عبد الله، إن الدوريات زادت.\n"
     "وأوضح ان الحواجز ستبقى حتى نهاية الأسبوع.",
     [("قائد شرطة المحافظة، العميد (م) سامي عبد الله", "الدوريات زادت"),
      ("العميد (م) سامي عبد الله", "الحواجز ستبقى حتى نهاية الأسبوع")]),
    ('وقال مدير المستشفى، اللواء (متقاعد) فاروق حسن، لصحيفة "الأيام"، إن الأدوية وصلت.\n'
     "وأضاف ان الأطباء يعملون بلا توقف.",
     [("مدير المستشفى، اللواء (متقاعد) فاروق حسن", "الأدوية وصلت"),
      ("اللواء (متقاعد) فاروق حسن", "الأطباء يعملون بلا توقف")]),
    # ... look-alikes: a bracket with no rank before it, and an agency's acronym
    ("وقال مدير الشرطة، (م) الطيب حامد، إن الشحنة وصلت.",
     [("مدير الشرطة", "الشحنة وصلت")]),
    ("وقالت وكالة الأنباء السورية (سانا) إن الطريق فتح.",
     [("وكالة الأنباء السورية (سانا)", "الطريق فتح")]),
])
def test_bracketed_rank_in_apposed_name(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. members: a one-word label after "بلدة" in the body and in a mayor's title, and a
    # two-word label after "بولاية" inside a speaker's name
    ("كفرشوبا: الجيش يعزز مواقعه بعد توغل إسرائيلي\n"
     "أفاد مراسلنا بأن جرافة اجتازت السياج قرب بلدة كفرشوبا فجر اليوم.\n"
     'وقال رئيس بلدية كفرشوبا، قاسم علي، ان الأهالي "قلقون".',
     [("مراسلنا", "جرافة اجتازت السياج قرب بلدة كفرشوبا فجر اليوم"),
      ("رئيس بلدية كفرشوبا، قاسم علي", 'الأهالي "قلقون"')]),
    ("جنوب كردفان: قتلى في هجوم على سوق\n"
     "قالت لجنة محلية في مدينة كادقلي بولاية جنوب كردفان إن 12 مدنيا قتلوا.",
     [("لجنة محلية في مدينة كادقلي بولاية جنوب كردفان", "12 مدنيا قتلوا")]),
    # ... look-alikes: a directorate whose head opens the speaker (the label speaks), and
    # a body named with no place head
    ("ماء كركوك: قطع المياه عن 9 أحياء يومين\n"
     "أعلنت مديرية ماء كركوك، اليوم الأحد، توقف محطة الضخ بعد عطل في خط التغذية.",
     [("ماء كركوك", "قطع المياه عن 9 أحياء يومين"),
      ("مديرية ماء كركوك", "توقف محطة الضخ بعد عطل في خط التغذية")]),
    ("الصليب الأحمر: نقص حاد في الأدوية\n"
     "وقال الصليب الأحمر إن المستشفيات تعاني نقصا في الأدوية.",
     [("الصليب الأحمر", "نقص حاد في الأدوية"),
      ("الصليب الأحمر", "المستشفيات تعاني نقصا في الأدوية")]),
])
def test_headline_label_placed_in_body(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 5. members: a plural after the killing verb, and a plural and a dual inside a
    # reported clause
    ("قتل مسلحون يعتقد أنهم من جماعة متطرفة ثلاثة رعاة قرب الحدود.", []),
    ("وأفادت مصادر محلية بأن مجهولين يعتقد انهم ينتمون الى عصابة تهريب هاجموا دورية للجمارك.",
     [("مصادر محلية",
       "مجهولين يعتقد انهم ينتمون الى عصابة تهريب هاجموا دورية للجمارك")]),
    ("وقالت الشرطة إن شابين يعتقد أنهما من سكان الحي أطلقا النار على الحارس.",
     [("الشرطة", "شابين يعتقد أنهما من سكان الحي أطلقا النار على الحارس")]),
    # ... look-alikes: a definite subject before the verb, and a subject after it
    ("والجيش يعتقد أنهم تسللوا من الحدود.", [("الجيش", "تسللوا من الحدود")]),
    ("ويعتقد الخبراء أنهم قادرون على الحل.", [("الخبراء", "قادرون على الحل")]),
])
def test_believed_after_indefinite_noun(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
