"""Arabic round 176: casualties of raids and sniper fire. The verb of felling, a sniper's
killing ("قناص يردي شابا"); mourners are no toll ("شيع المئات الشاب القتيل"); the verbal
noun of leading away and those led away counted after "بين" ("اقتياد 12 رجلا"، "بين
المقتادين ثلاثة طلاب"); people held "لدى" a force named by two words or by its kind and
name ("المحتجزين لدى الدعم السريع") are captives.
The probe sentences are our own, written in the style of news, with invented people and
places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

CASUALTIES = [
    # felling: a headline's present, its plural and feminine, the past with its subject
    # between, digits of both scripts, number words, a dual and an indefinite singular
    ("قناص يردي فتى قرب حاجز البلدة", [(1, "killed")]),
    ("قناص إسرائيلي يردي فلسطينيا عند السياج الشرقي", [(1, "killed")]),
    ("رصاصة قناص تردي طفلة في حي الميدان", [(1, "killed")]),
    ("قناص يردي شابين في حي الزيتون", [(2, "killed")]),
    ("قناصة الجيش يردون ٣ متظاهرين في ساحة البلدة", [(3, "killed")]),
    ("رصاص القناصة يردي 4 مدنيين في السوق القديم", [(4, "killed")]),
    ("أردى قناص إسرائيلي ثلاثة شبان قرب مخيم الفوار.", [(3, "killed")]),
    ("وأردى القناص طفلا يبلغ من العمر عشرة أعوام.", [(1, "killed")]),
    ("قناص يردي عشرات المدنيين خلال أسبوع", [(24, "killed")]),
    # the other presents of killing and wounding in headlines read as before
    ("مسيرة تقتل مزارعا في سهل البقاع", [(1, "killed")]),
    ("انفجار يقتل ٧ عمال في منجم للفحم", [(7, "killed")]),
    ("رصاص الجيش يصيب 12 متظاهرا قرب البرلمان", [(12, "wounded")]),
    # ... not a definite victim, nor a decline, nor "I wanted"
    ("قناص يردي الشاب في المخيم", []),
    ("ويسعى المشروع إلى الحد من تردي 3 قطاعات صناعية.", []),
    ("أردت 3 أشياء من هذه الرحلة.", []),
    ("وقال إن القناص أرداه قتيلا.", []),
    # mourners: a definite vague count after a verb of burying or mourning is the crowd
    ("شيع المئات الطفل القتيل عصر أمس.", []),
    ("وشيع الآلاف الشاب القتيل في مقبرة البلدة.", []),
    ("وشيع العشرات جثامين القتلى في موكب مهيب.", []),
    ("يشيع المئات اليوم الشبان القتلى", []),
    ("ودفن العشرات الرجل القتيل قرب منزله.", []),
    # ... and before a definite singular person, with no verb of burying
    ("وحضر المئات الشاب القتيل إلى المقبرة.", []),
    # ... while the dead counted after the verb stay a figure, and mourners hurt are hurt
    ("وشيع الأهالي 4 قتلى سقطوا في القصف.", [(4, "killed")]),
    ("وشيعت البلدة ثلاثة شبان قتلوا في الغارة.", [(3, "killed")]),
    ("ودفن الأهالي سبعة قتلى في مقبرة القرية.", [(7, "killed")]),
    ("وأصيب ٥ من المشيعين بالرصاص الحي.", [(5, "wounded")]),
    ("قتل العشرات من الشبان في الغارة.", [(24, "killed")]),
    # leading away, the verbal noun: a capture, people only
    ("الميليشيا متهمة بمداهمة منازل قرية وادي السدر واقتياد 12 رجلا", [(12, "captured")]),
    ("وأفاد شهود باقتياد ١٥ شخصا من منازلهم فجرا.", [(15, "captured")]),
    ("وتحدث الأهالي عن اقتياد عشرات الشبان إلى معسكر قريب.", [(24, "captured")]),
    ("وشهد الحي اقتياد خمسة أطفال إلى جهة مجهولة.", [(5, "captured")]),
    ("اقتياد 3 سيارات إلى المعسكر", []),
    ("وجرى اقتياد الشاب إلى جهة مجهولة.", []),
    # ... an arrest before it in its sentence: the same force leads them away, arrested
    ("وأسفرت الحملة عن اعتقال 5 شبان واقتياد 3 آخرين للتحقيق.",
     [(5, "arrested"), (3, "arrested")]),
    ("داهمت القوات البلدة واعتقلت ثلاثة شبان، إضافة إلى اقتياد ٤ آخرين إلى التحقيق.",
     [(3, "arrested"), (4, "arrested")]),
    # ... while after a kidnapping they stay captives
    ("خطف المسلحون سائقا واقتياد 3 ركاب إلى الجبل.", [(1, "captured"), (3, "captured")]),
    # ... and those led away counted after "بين", as the kidnapped are
    ("وقال إن بين المقتادين أربعة طلاب ومعلما.", [(4, "captured"), (1, "captured")]),
    ("ومن بين المقتادين ٤ أطفال.", [(4, "captured")]),
    ("وكان بين المقتادين امرأتان.", [(2, "captured")]),
    # held "لدى" a force named by two words, after "قوات", or by its kind and its name
    ("وقالت المنظمة إن عدد المدنيين المحتجزين لدى الدعم السريع تجاوز 300.",
     [(300, "captured")]),
    ("وأكدت الهيئة أن 40 مدنيا محتجزين لدى قوات الدعم السريع.", [(40, "captured")]),
    ("وأكد أن بين المحتجزين لدى كتائب المجاهدين ثلاثة أطفال.", [(3, "captured")]),
    # ... the holder named after "لدى" right after the count of the verbal noun of holding
    ("وتحدث الأهالي عن احتجاز 40 مدنيا لدى الميليشيا.", [(40, "captured")]),
    ("ونددت النقابة باحتجاز ٥ صحفيين لدى جماعة أنصار الحق.", [(5, "captured")]),
    ("وطالبت الأسر بإنهاء احتجاز سبعة صيادين لدى قوات الدعم السريع.", [(7, "captured")]),
    # ... and the force named by two words as the subject of the verb of holding
    ("وتحتجز قوات الدعم السريع 14 مدنيا في مقر قريب.", [(14, "captured")]),
    ("احتجز عناصر الدعم السريع ٩ رجال عند الحاجز.", [(9, "captured")]),
    # ... while the police, the army and the state keep the holding an arrest
    ("وقال إن عدد المحتجزين لدى الشرطة بلغ 30.", [(30, "arrested")]),
    ("ولا يزال 12 شخصا محتجزين لدى قوات الأمن.", [(12, "arrested")]),
    ("وقال إن ٢٠ مهاجرا محتجزون لدى السلطات الليبية.", [(20, "arrested")]),
    ("وتحتجز قوات الأمن 14 مدنيا في مقرها.", [(14, "arrested")]),
    ("احتجز عناصر الشرطة تسعة رجال.", [(9, "arrested")]),
    ("وأعلنت السلطات احتجاز 30 شخصا لدى وصولهم إلى المطار.", [(30, "arrested")]),
    ("احتجاز 30 شخصا لدى الشرطة", [(30, "arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected
