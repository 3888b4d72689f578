"""Arabic round 143: a tally inside reported words with the event's pronoun after its
plural verb, people taken along in the present ("يأخذون ... معهم"), a part of the toll
named by the group its people are of ("أربعة منهم من رعاة الماشية"), people a unit frees
after a time in commas, a closing "بحسب" after the passive of carrying, a statement put
out by a loyal outlet, and a demand told over many events (no statement). The probe
sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties
from workbench.core.extract import extract


def _statements(text: str) -> list[tuple[str, str]]:
    found = extract(text, None, language="ar")["statements"]
    return [(s["speaker"], s["text"]) for s in found]


CASUALTIES = [
    # a tally inside reported words: a plural past verb with the event's pronoun after it
    ("وقالت الرابطة إن 27 حادثا مشابها سجلت في الإقليم خلال العام الماضي، وإن 15 شخصا "
     "قتلوا فيها، بينهم 4 نساء.", [(15, "killed"), (4, "killed")]),
    ("وذكر التقرير أن 40 مدنيا أصيبوا فيها خلال الأشهر الستة.", [(40, "wounded")]),
    ("وأوضحت اللجنة أن المواجهات اندلعت مرارا، وأن 9 رعاة اختطفوا خلالها.",
     [(9, "captured")]),
    # people taken along in the present, "with them" after the people
    ("وقال أحد العمال: رأينا المسلحين يأخذون ثلاثة من زملائنا معهم.", [(3, "captured")]),
    ("وأضاف أن المهاجمين كانوا يقتادون خمسة رجال معهم نحو الغابة.", [(5, "captured")]),
    ("وقال شاهد إن المسلحين أخذوا ستة من الركاب معهم.", [(6, "captured")]),
    # a part named by the group its people are of
    ("قتل سبعة أشخاص، ثلاثة منهم من صيادي السمك، في قصف على الشاطئ.",
     [(7, "killed"), (3, "killed")]),
    ("أصيب 14 شخصا، ستة منهم من عناصر الدفاع المدني، في انفجار ثان.",
     [(14, "wounded"), (6, "wounded")]),
    # a unit that frees, a time in commas before the count
    ("وقالت مديرية الأمن في بيان إن قوة تابعة لها حررت، مساء الخميس، 33 مهاجرا كانوا "
     "محتجزين في مستودع، بينهم 5 أطفال.", [(33, "captured"), (5, "captured")]),
    ("وحررت دورية من حرس الحدود، فجر اليوم، 18 مهاجرا كانوا محتجزين لدى مهربين.",
     [(18, "captured")]),
]

CASUALTIES_UNCHANGED = [
    # the singular verb with the event's pronoun: its subject comes after it
    ("وقعت ثلاثة انفجارات في المدينة قتل فيها 12 شخصا.", [(12, "killed")]),
    # "N منهم" with a bare plural stays a description, as the earlier rounds left it
    ("قتل سبعة أشخاص، ثلاثة منهم أطفال، في قصف على الشاطئ.", [(7, "killed")]),
    # ... and "N منهم من" + a group closing the sentence only describes them
    ("قتل سبعة أشخاص، ثلاثة منهم من سكان الحي.", [(7, "killed")]),
    # things taken along; taking with no "with them"
    ("ورأينا المسلحين يأخذون المواشي معهم.", []),
    ("وقال إن المسلحين يأخذون الأموال والهواتف معهم.", []),
    # a state that releases one of the accused
    ("وأطلقت السلطات سراح أحد المتهمين بالهجوم بكفالة مالية.", []),
    # an arrest after a time in commas stays an arrest
    ("واعتقلت الشرطة، فجر الخميس، 12 شخصا كانوا محتجزين في مزرعة.", [(12, "arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES + CASUALTIES_UNCHANGED)
def test_casualties(text: str, expected: list[tuple[int | None, str]]) -> None:
    assert _casualties(text) == expected


STATEMENTS = [
    # a whole sentence before a closing "بحسب", the passive of carrying inside it
    ("قتل مسلحون ثلاثة رعاة قرب البئر، مساء السبت، وأصيب رابع بجروح بالغة نقل على إثرها "
     "إلى المستشفى، بحسب مديرية الشرطة.",
     [("مديرية الشرطة", "قتل مسلحون ثلاثة رعاة قرب البئر، مساء السبت، وأصيب رابع بجروح "
       "بالغة نقل على إثرها إلى المستشفى")]),
    # a denial put out by a loyal outlet: the group's words, the outlet with them
    ("ونفت الحركة في بيان نشره موقع مقرب منها مسؤوليتها عن الاغتيال.",
     [("الحركة", "مسؤوليتها عن الاغتيال"), ("موقع مقرب منها", "مسؤوليتها عن الاغتيال")]),
    ("ونفى الفصيل في بيان بثته إذاعة تابعة له أي دور له في الاشتباكات.",
     [("الفصيل", "أي دور له في الاشتباكات"), ("إذاعة تابعة له", "أي دور له في الاشتباكات")]),
    # a demand told over many events: no one's words
    ("وتكررت عمليات الخطف على الطريق خلال العامين الماضيين، وطالب الخاطفون في معظمها "
     "بمبالغ كبيرة.", []),
    ("وطالب المسلحون في أغلب الأحيان بالإفراج عن رفاقهم.", []),
]

STATEMENTS_UNCHANGED = [
    # the plural of carrying read already
    ("أصيب خمسة عمال في انفجار لغم ونقلوا إلى مستشفى المدينة، بحسب مصادر طبية.",
     [("مصادر طبية", "أصيب خمسة عمال في انفجار لغم ونقلوا إلى مستشفى المدينة")]),
    # one demand, of this kidnapping
    ("وطالب الخاطفون بفدية قدرها مليون دينار.", [("الخاطفون", "بفدية قدرها مليون دينار")]),
    # "بحسب" inside a quotation stays in the quoted words
    ('وقال المحافظ: "قتل أربعة أشخاص بحسب الشرطة".',
     [("المحافظ", "قتل أربعة أشخاص بحسب الشرطة")]),
    # a relay by "نقل عن" is still a relay
    ("ونقلت الوكالة عن شهود قولهم إن المسلحين فروا.",
     [("الوكالة", "المسلحين فروا"), ("شهود", "المسلحين فروا")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS + STATEMENTS_UNCHANGED)
def test_statements(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected
