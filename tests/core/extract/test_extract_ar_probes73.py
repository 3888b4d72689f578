"""Arabic probes, seventy-third round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. a woman named before her passive outcome verb ("وأن ممرضة أصيبت أثناء ..."، "إن قابلة
   قتلت واختطفت زميلتان لها"): "أصيبت" is passive in its form, as "توفيت" is; a feminine
   verb joined after "قتلت" with a nominative dual of its own after it is a second passive,
   so "قتلت" was one too.
2. a demand, pledge or threat told after its subject ("وكانت الحكومة قد تعهدت بـ"،
   "وكان المجلس قد طالب بـ"، "لكنها كانت قد توعدت في بيان ... بـ"): with the subject
   named before the verb, the word after it is no second subject; the "بـ" words are the
   fronted subject's, at once or after a time or a medium. After "لكنه/لكنها كان(ت) قد"
   the pronoun is the subject of the sentence's first verb when that verb declines or is
   negated, as for "لكنها قالت".

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: a pledge with its quoted words at once; a pledge after a month by its two
    # names; a demand at once; a threat after "but" and a medium with its platform
    ('وكانت وزارة الزراعة قد تعهدت بـ"تعويض المزارعين كاملا" بعد الحريق.',
     [('وزارة الزراعة', 'بـ"تعويض المزارعين كاملا" بعد الحريق')]),
    ('وكانت هيئة الطرق قد تعهدت في تشرين الأول/أكتوبر الماضي بإعادة بناء الجسر خلال عام.',
     [('هيئة الطرق', 'بإعادة بناء الجسر خلال عام')]),
    ('وكان المجلس المحلي قد طالب بفتح تحقيق في الحادث.',
     [('المجلس المحلي', 'بفتح تحقيق في الحادث')]),
    ('ولم يعلق الفصيل على الاتهامات، لكنه كان قد توعد في بيان نشره على قناته في تلغرام '
     'باستهداف "كل من يتعاون مع القوات".',
     [('الفصيل', 'باستهداف "كل من يتعاون مع القوات"')]),
    ('ولم ترد الحركة على الاتهامات، لكنها كانت قد هددت في بيان سابق بقطع الطريق.',
     [('الحركة', 'بقطع الطريق')]),
    # ... look-alikes: "but" after an event names no subject to point back to; a pronoun
    # after "بـ" is no demand's words; a pledge with its complementizer, read as before
    ('واستمر القصف طوال الليل، لكنه كان قد توعد باستهداف المنشآت.', []),
    ('وكان المجلس قد طالب بها مرارا.', []),
    ('وكان المحافظ قد تعهد بأن تفتح المدارس أبوابها الأسبوع المقبل.',
     [('المحافظ', 'تفتح المدارس أبوابها الأسبوع المقبل')]),
])
def test_a_bi_verb_after_its_fronted_subject(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: the feminine passive of wounding; a feminine passive joined to another
    # whose own subject, a nominative dual, follows it
    ('وقال مدير المستشفى إن ممرضة أصيبت أثناء إسعاف الجرحى قرب المدخل.',
     [('ممرضة أصيبت', 'wounded', 1, 'exact')]),
    ('وأكدت الشبكة أن معلمة أصيبت بشظايا في ساحة المدرسة.',
     [('معلمة أصيبت', 'wounded', 1, 'exact')]),
    ('قالت النقابة إن ممرضة قتلت واختطفت زميلتان لها حين هاجم مسلحون العيادة.',
     [('ممرضة قتلت', 'killed', 1, 'exact'), ('واختطفت زميلتان', 'captured', 2, 'exact')]),
    # ... look-alikes: an accusative dual after the joined verb is its object (she acted);
    # things hit are nobody wounded
    ('قالت الشرطة إن امرأة قتلت واختطفت طفلتين من الحي.', []),
    ('وقال المدير إن سيارة إسعاف أصيبت بشظايا.', []),
    ('وقالت الوزارة إن 12 مدرسة أصيبت بقذائف خلال الاشتباكات.', []),
])
def test_a_woman_before_her_passive_outcome(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
