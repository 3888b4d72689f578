"""Arabic round 137: trade nouns in "-ين" read as duals after a count-less outcome, a
time phrase between an outcome verb and its count, people freed from captivity, parts
told by a participle or a state verb, and a count after its definite noun. The probe
sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _read

READ = [
    # 1. a trade noun's "-ين" right after a count-less outcome, or joined to one person
    ("قذيفة تقتل عاملين وتصيب أربعة في المصنع", [(2, "killed"), (4, "wounded")]),
    ("انفجار عبوة ناسفة ما أدى إلى مقتل عاملين وإصابة ثلاثة آخرين.",
     [(2, "killed"), (3, "wounded")]),
    ("قتلت الغارة سائقي شاحنتين على الطريق الدولي.", [(2, "killed")]),
    ("وأسفر الحادث عن إصابة سائق وراكبين بجروح.", [(1, "wounded"), (2, "wounded")]),
    ("وأسفر الهجوم عن مقتل موظفين في البلدية.", [(2, "killed")]),
    ("واعتقلت القوات مهندسين من الشركة.", [(2, "arrested")]),
    # ... a vague count before the plural keeps it: tens, not two
    ("أصيب عشرات العاملين بحالات اختناق في المصنع.", [(24, "wounded")]),
    # 2. a time phrase between a tight verb and its count
    ("وقد قتلوا في حزيران الماضي ثلاثة رعاة في المنطقة نفسها.", [(3, "killed")]),
    ("وقتلوا في رمضان الماضي خمسة أشخاص.", [(5, "killed")]),
    ("وقد قتلوا في الشهر الماضي ثلاثة رعاة.", [(3, "killed")]),
    ("وكان المسلحون قد قتلوا يوم الجمعة الماضي سبعة جنود.", [(7, "killed")]),
    # 3. one of a plural of people freed, the participle as its adjective
    ("وقال أحد المهاجرين المحررين إنهم تعرضوا للتعذيب.", [(1, "captured")]),
    ("وقالت إحدى النساء المحررات إنها احتجزت شهرين.", [(1, "captured")]),
    # 4. parts told by a participle, a state verb, or a harm then the outcome verb
    ("ونقلت إحدى الطالبات المصابات إلى المستشفى.", [(1, "wounded")]),
    ("وأوضح البيان أن اثنين من البحارة يعانيان من إصابات طفيفة.", [(2, "wounded")]),
    ("وقالت الشركة إن ثلاثة من العمال يعانون من كسور.", [(3, "wounded")]),
    ("وأضاف أن خمسة أطفال يعانون من حروق في أجسادهم.", [(5, "wounded")]),
    ("وأضاف أن موظفا في قسم الأملاك تعرض للضرب وأصيب بكسر في يده.", [(1, "wounded")]),
    ("وذكرت أن ممرضة تعرضت للاعتداء وأصيبت بكدمات.", [(1, "wounded")]),
    # 5. a definite group counted after it, the object of a verb whose subject is its ending
    ("واحتجزوا أفراد طاقمه الأحد عشر في ميناء المدينة.", [(11, "captured")]),
    ("وخطفوا أفراد طاقمها التسعة.", [(9, "captured")]),
    ("واحتجز القراصنة أفراد طاقمها التسعة.", [(9, "captured")]),
    # 6. a toll's rise after a long relative clause with its cause, place and date
    ("ويرفع ذلك عدد المدنيين الذين قتلوا بغارات إسرائيلية على مناطق مختلفة في جنوب لبنان "
     "منذ 8 تشرين الأول الماضي إلى 21 مدنيا.", [(21, "killed")]),
    ("ويرفع ذلك عدد المدنيين الذين قتلوا جراء الغارات والقصف المدفعي على القرى الحدودية في "
     "الجنوب منذ بدء المواجهات في 8 تشرين الأول الماضي إلى 21 مدنيا، بينهم ثلاثة صحافيين.",
     [(21, "killed"), (3, "killed")]),
]

UNREAD = [
    "ونقل سائقي الشاحنات إلى المستشفى.",
    "وقال العاملين في المستشفى إن الوضع صعب.",
    "وزار الوزير العاملين في المصنع.",
    "وأسفر الحادث عن مقتل عاملين كانوا يعملون في الورشة منذ سنوات.",
    "وكانوا قد قتلوا في القرية ثلاثة رعاة.",
    "وقال أحد الأسرى المحررين إنه قضى عشر سنوات.",
    "وقال أحد السجناء المحررين إنه قضى عشر سنوات في السجن.",
    "وقال أحد المهاجرين إن الرحلة كانت صعبة.",
    "وأضاف أن خمسة أطفال يعانون من سوء التغذية.",
    "وقال إن 40 ألف طفل يعانون من سوء التغذية الحاد.",
    "وأضاف أن موظفا تعرض للتهديد وقدم شكوى.",
    "وكرموا أفراد طاقمه الأحد عشر.",
    "ويرفع ذلك عدد الذين شاركوا في المسيرات الاحتجاجية في المدن الكبرى منذ بداية الشهر "
    "الماضي إلى 20 ألف شخص.",
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", UNREAD)
def test_stays_unread(text: str) -> None:
    assert _read(text) == []
