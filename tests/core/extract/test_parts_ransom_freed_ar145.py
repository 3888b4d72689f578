"""Arabic round 145: a part of people named by a definite plural with an outcome
participle ("اثنين من الأطفال المصابين"), captives counted after a ransom's "مقابل" or the
release it is asked for, one of those taken freed by a force ("حررت قوة أمنية أحدهم"), a
count freed after a definite single ("سراح السائق وثلاثة شيوخ"), a verb of pushing after
a count's taking events ("عمليات خطف ... دفعت نحو 4 آلاف أسرة إلى النزوح"), and one of
two clans that frees (no person). The probe sentences are our own, written in the style
of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

TAKEN = "اختطف مسلحون خمسة سائقين على الطريق السريع أمس. "

READS = [
    # a part with the article: a definite plural of people, then the outcome participle
    ("وأوضح مدير المستشفى أن اثنين من الأطفال المصابين خضعا لعمليات بتر في الساقين.",
     [(2, "wounded")]),
    ("وأفاد مصدر طبي بأن ثلاثة من المدنيين المصابين ما زالوا في العناية المركزة.",
     [(3, "wounded")]),
    ("وأكد الطبيب أن ثلاثة من الجنود الجرحى نقلوا بالمروحية.", [(3, "wounded")]),
    ("وقالت الشرطة إن اثنين من الركاب القتلى لم تعرف هويتهما.", [(2, "killed")]),
    # captives after a ransom's "مقابل"/"لقاء" or the release it is asked for
    ("مسلحون يطلبون فدية مقابل ثلاثة مهندسين في شمال البلاد", [(3, "captured")]),
    ("وطالب الخاطفون بفدية لإطلاق سراح خمسة رعاة من القرية.", [(5, "captured")]),
    ("وطالب المسلحون بفدية للإفراج عن ستة تجار.", [(6, "captured")]),
    ("وتطلب العصابة فدية كبيرة لقاء 4 موظفين.", [(4, "captured")]),
    # one of those taken, freed by a force
    (TAKEN + "وأكد مصدر أمني أن قوة أمنية حررت أحدهم بعد اشتباك مع الخاطفين.",
     [(5, "captured"), (1, "captured")]),
    (TAKEN + "وتمكنت دورية من الجيش من تحرير أحدهم فجر اليوم.",
     [(5, "captured"), (1, "captured")]),
    # a count freed after a definite single named before
    ("وأطلق الخاطفون سراح السائق وثلاثة شيوخ بعد ساعات.", [(3, "captured")]),
    ("وأفرج الخاطفون عن المهندس وأربعة عمال مساء الثلاثاء.", [(4, "captured")]),
    ("اختطف مسلحون حافلة على الطريق. وأطلقوا سراح السائق وثلاثة شيوخ بعد ساعات.",
     [(3, "captured")]),
    # the verb of pushing after the events decides
    ("عمليات خطف متكررة منذ 2022، دفعت نحو 4 آلاف أسرة إلى النزوح من القرى.",
     [(4000, "displaced")]),
    ("وقال التقرير إن هجمات المسلحين خلال العام الماضي أجبرت 300 عائلة على الرحيل.",
     [(300, "displaced")]),
    # one of two clans frees: only the men count
    ("اختطف مسلحون سبعة رعاة. وأوضحت الشبكة أن إحدى العشيرتين أطلقت سراح سبعة رجال.",
     [(7, "captured"), (7, "captured")]),
    (TAKEN + "وقال الوسيط إن إحدى القبيلتين أفرجت عن اثنين منهم.",
     [(5, "captured"), (2, "captured")]),
]

UNREAD = [
    # money or goods after "مقابل"
    ("وباع المزارع محصوله مقابل 500 دولار.", []),
    ("وطالب الخاطفون بفدية مقابل 500 دولار.", []),
    ("وعرضت الحكومة مكافأة مقابل معلومات عن المسلحين.", []),
    # a ransom for one named, no count
    ("ودفعت العائلة فدية مقابل الإفراج عن ابنها.", []),
    # "أحدهم" as a speaker
    ("اختطف مسلحون خمسة سائقين أمس. وقال أحدهم إن الوضع صعب للغاية.", [(5, "captured")]),
    # "دفعت ... إلى" of a price
    ("ودفعت الشركة 4 آلاف دولار إلى المقاول.", []),
    # a push by prices stays unread, as before
    ("ارتفعت أسعار الإيجارات منذ العام الماضي، ما دفع 9 عائلات إلى الرحيل.", []),
    # a definite plural with no outcome after it
    ("وقال إن اثنين من الأطفال المرضى نقلا إلى المستشفى.", []),
    # a state's release of one of the accused stays unread
    ("وأطلقت السلطات سراح أحد المتهمين بالهجوم بكفالة مالية.", []),
]


@pytest.mark.parametrize(("text", "expected"), READS)
def test_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(_casualties(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), UNREAD)
def test_stays_unread(text: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(_casualties(text)) == sorted(expected)
