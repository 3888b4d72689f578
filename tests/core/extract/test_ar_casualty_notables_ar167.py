"""Arabic round 167: a notable named by his standing ("وجيه"/"زعيم" with an adjective of
standing); a singular at the head of a construct made definite by its last genitive; two
offices of one man governing one genitive; a noun in ta marbuta that folds into a verb with
its pronoun ("أسرة"); a person joined after a dual and the body its two belong to. The
probe sentences are our own, written in the style of news, with invented people and
places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties
from workbench.core.extract import extract


def _groups(text: str) -> list[str | None]:
    return [c["group"] for c in extract(text, None, language="ar")["casualties"]]


CASUALTIES = [
    # a notable by his standing: the title with an adjective of standing after it is one
    ("قتل وجيه عشائري برصاص مجهولين في بلدة الخريطة مساء الأحد.", [(1, "killed")]),
    ("اغتيال زعيم قبلي بارز في ريف المحافظة الجنوبي", [(1, "killed")]),
    ("أصيب زعيم محلي بجروح خطيرة في انفجار عبوة ناسفة قرب منزله.", [(1, "wounded")]),
    ("خطف مسلحون وجيها عشائريا من منزله في بلدة الرميلة فجر اليوم.", [(1, "captured")]),
    ("قتل 12 مدنيا، بينهم زعيم تقليدي، في هجوم على قرية أم الرمال.",
     [(12, "killed"), (1, "killed")]),
    ("قتل ١٤ شخصا بينهم وجيه قبلي في قصف استهدف السوق.", [(14, "killed"), (1, "killed")]),
    # ... and the count joined after him is its own figure, not one figure with him
    ("مقتل زعيم عشائري و3 من مرافقيه في كمين على طريق الوادي", [(1, "killed"), (3, "killed")]),
    ("قتل زعيم قبلي بارز واثنان من حراسه برصاص مسلحين قرب سوق البلدة.",
     [(1, "killed"), (2, "killed")]),
    ("قتل جندي ووجيه عشائري في الهجوم على الحاجز.", [(1, "killed"), (1, "killed")]),
    # two offices of one man that govern one genitive: one person
    ("اغتيل إمام وخطيب مسجد في مدينة الساحل برصاص مسلحين مجهولين.", [(1, "killed")]),
    ("أصيب مؤذن وإمام مسجد بجروح في القصف على الحي.", [(1, "wounded")]),
    ("مقتل مدير ومالك شركة بانفجار عبوة في سيارته", [(1, "killed")]),
    # a person joined after a dual and the body its two belong to shares their outcome
    ("قتل عنصران من قوات الأمن ومدني كان برفقتهما قرب بلدة العين.",
     [(2, "killed"), (1, "killed")]),
    ("أصيب شرطيان من دورية المرور وطفل بجروح في انفجار العبوة.",
     [(2, "wounded"), (1, "wounded")]),
    ("اعتقلت القوات شابين من مخيم الفارعة وفتاة خلال مداهمة ليلية.",
     [(2, "arrested"), (1, "arrested")]),
    ("قتل جنديان من كتيبة (النصر) ومسعف في القصف.", [(2, "killed"), (1, "killed")]),
]

CASUALTIES_UNREAD = [
    # "وجيه" alone, or before a name, is a man's given name; no adjective of standing, no one
    ("قتل وجيه في الهجوم على السوق.", []),
    ("اغتيال وجيه علي أمام منزله في البلدة", []),
    # the notable with no outcome, or definite
    ("استقبل المحافظ وجيها عشائريا في مكتبه أمس.", []),
    ("قتل الزعيم القبلي في الهجوم على موكبه.", []),
    ("زعيم قبلي يدعو إلى التهدئة في المدينة", []),
    ("ووصل وجيه عشائري إلى القرية للتوسط بين الطرفين.", []),
    # a construct whose last genitive is definite: one man the story knows, no count
    ("وكان مسلحون قد قتلوا ابن عم النائب أمام منزله العام الماضي.", []),
    ("اغتيل إمام مسجد الحي بعد خروجه من صلاة العشاء.", []),
    ("أصيب سائق حافلة الشركة بجروح طفيفة.", []),
    ("وأوضح البيان أن بين القتلى إمام مسجد القرية.", []),
    ("مقتل إمام وخطيب مسجد البلدة برصاص مجهولين", []),
    # "أسرة" after a person is his genitive, a family, no capture
    ("وقال محامي أسرة الشاب إن النيابة لم توجه إليه أي اتهام.", []),
    ("وقال محامي أسرة الضحية، نبيل الصافي، إن المحكمة أجلت الجلسة.", []),
    ("وطالب محامي أسرة المفقود بفتح تحقيق.", []),
]

CASUALTIES_UNCHANGED = [
    # an indefinite genitive, or a time after it, keeps the one
    ("قتل إمام مسجد في القرية برصاص مجهولين.", [(1, "killed")]),
    ("قتل مختار قرية الجمعة في هجوم مسلح.", [(1, "killed")]),
    ("قتل شاب فجر اليوم برصاص الجيش.", [(1, "killed")]),
    # two people joined, not two offices of one
    ("قتل ضابط وجندي في الهجوم على الثكنة.", [(1, "killed"), (1, "killed")]),
    # the dual's body going on with "و", or a new clause after it, adds nobody to the two
    ("قتل جنديان من الجيش والشرطة في الكمين.", [(2, "killed")]),
    ("قتل جنديان من الجيش وأصيب مدني في الهجوم.", [(2, "killed"), (1, "wounded")]),
    ("قتل جنديان من الجيش و3 مدنيين في القصف.", [(2, "killed"), (3, "killed")]),
    # the verb with its pronoun after a person is still a capture
    ("أفرج الخاطفون عن طبيب أسره مسلحون الشهر الماضي.", [(1, "captured")]),
]


@pytest.mark.parametrize(("text", "expected"),
                         CASUALTIES + CASUALTIES_UNREAD + CASUALTIES_UNCHANGED)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "group"), [
    ("قتل وجيه عشائري برصاص مجهولين.", "وجيه عشائري"),
    ("اغتيل إمام وخطيب مسجد في المدينة.", "إمام وخطيب مسجد"),
    ("قتل 12 مدنيا، بينهم زعيم تقليدي، في هجوم.", "زعيم تقليدي"),
])
def test_group_keeps_the_title(text: str, group: str) -> None:
    assert group in _groups(text)
