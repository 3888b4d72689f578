"""Arabic round 129: headline singles and bare numbers, one of them as an outcome verb's
object, duals told by their own verb after "أن", definite groups counted after their
event, companions of one person taken, and people still held after a kidnapping. The
probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _read

READ = [
    # 1. a headline's verbal noun with one person of a trade, or a bare number
    ("مقتل مصور وإصابة مراسل في هجوم على طاقم تلفزيوني شمال المدينة",
     [(1, "killed"), (1, "wounded")]),
    ("إصابة مراسلة قناة محلية برصاص قناص في الحي القديم", [(1, "wounded")]),
    ("مقتل متعاقد مدني وإصابة جنديين في هجوم صاروخي على قاعدة",
     [(1, "killed"), (2, "wounded")]),
    ("مقتل شابين وإصابة سبعة بقنبلة في سوق شعبي", [(2, "killed"), (7, "wounded")]),
    ("مقتل اثنين وإصابة خمسة بقنبلة يدوية ألقيت على مقهى",
     [(2, "killed"), (5, "wounded")]),
    # 2. one of them, the object of an outcome verb of the other gender
    ("اعتقلت القوات 38 عاملا وأصابت أحدهم برصاصة في الساق.",
     [(38, "arrested"), (1, "wounded")]),
    ("داهمت قوة المنزل واعتقلت عشرة شبان وقتلت أحدهم خلال المداهمة.",
     [(10, "arrested"), (1, "killed")]),
    ("اعتقل الجيش ثلاث فتيات وجرح إحداهن أثناء المداهمة.",
     [(3, "arrested"), (1, "wounded")]),
    # 3. a dual after "أن" with its own dual verb
    ("وقال المصدر أن طبيبا قتل وأن ممرضتين أصيبتا بجروح في القصف.",
     [(1, "killed"), (2, "wounded")]),
    ("وقال المسؤول إن حارسا قتل وإن ممرضتين أصيبتا في الهجوم.",
     [(1, "killed"), (2, "wounded")]),
    ("وذكر الشهود أن شرطيا أصيب وأن مدنيين قتلا في الاشتباك.",
     [(1, "wounded"), (2, "killed")]),
    ("وأفادت المصادر أن جنديا قتل وأن موظفين اختطفا قرب المعبر.",
     [(1, "killed"), (2, "captured")]),
    # 4. a toll noun in construct with its event, counted by a definite numeral
    ("وأن جرحى الهجوم الخمسة نقلوا إلى المركز الصحي في البلدة.", [(5, "wounded")]),
    ("ودفن قتلى الغارة الثلاثة في مقبرة القرية مساء الأحد.", [(3, "killed")]),
    ("ودفن قتلى الهجوم الأربعة عشر في مقبرة البلدة.", [(14, "killed")]),
    ("وأفرج عن مخطوفي الحافلة الأربعة بعد مفاوضات مع وجهاء المنطقة.", [(4, "captured")]),
    ("ونقل مصابي الحادث الخمسة إلى مستشفى المدينة.", [(5, "wounded")]),
    # 5. the companions of one person taken, joined by "و" or "مع"
    ("مسلحون يخطفون رئيس بلدية الزاوية وثلاثة من مرافقيه", [(3, "captured")]),
    ("وخطف المسلحون العميد سالم الأحمد مع ثلاثة من حراسه أثناء عودتهم.",
     [(3, "captured")]),
    # 6. people still held, their holder the kidnappers of the story
    ("اختطف مسلحون حافلة ركاب على الطريق الصحراوي. ولا يزال نحو 30 راكبا محتجزين.",
     [(30, "captured")]),
    ("اختطف مسلحون 40 راكبا. وأفرج الخاطفون لاحقا عن 12 منهم، فيما لا يزال نحو 28 "
     "محتجزين.", [(40, "captured"), (12, "captured"), (28, "captured")]),
    ("اختطف مسلحون حافلة ركاب. ولا يزال نحو 30 راكبا محتجزين. وأفرج الخاطفون عن 12 منهم.",
     [(30, "captured"), (12, "captured")]),
    # a warrant holds nobody
    ("وصدرت أوامر قبض بحق تسعة آخرين في القضية.", []),
    ("وأصدرت المحكمة مذكرات توقيف بحق 12 شخصا.", []),
    ("وأصدر القاضي أمرا بالقبض على 12 شخصا.", []),
]

KEPT = [
    # what read before and still reads so
    ("قتل مسلحون التاجر خالد مع اثنين من أبنائه قرب منزلهم.", [(2, "killed")]),
    ("مقتل شرطي وإصابة ثلاثة في انفجار عبوة ناسفة", [(1, "killed"), (3, "wounded")]),
    ("ألقت الشرطة القبض على تسعة أشخاص.", [(9, "arrested")]),
    ("واعتقلت الشرطة تسعة أشخاص بأمر من النيابة.", [(9, "arrested")]),
    ("اعتقلت الشرطة عشرات المحتجين. ولا يزال نحو 30 شخصا محتجزين.",
     [(24, "arrested"), (30, "arrested")]),
    ("خطف مسلحون حافلة. واعتقلت الشرطة لاحقا المشتبه بهم. ولا يزال 5 أشخاص محتجزين.",
     [(5, "arrested")]),
    ("وقال إنه فقد والده واثنين من أشقائه في القصف.", [(2, "killed")]),
    ("وأطلق الخاطفون سراح اثنين منهم بعد يومين.", []),
    # held with no act of taking before them: a state's detainees, as always
    ("ولا يزال نحو 30 شخصا محتجزين.", [(30, "arrested")]),
]

UNREAD = [
    "وقال أحدهم إن الوضع صعب جدا.",
    "التقى الوزير أحدهم في العاصمة.",
    "هاجم المسلحون الحاجز وقتل أحدهم جنديا.",
    "وصل أحدهم إلى المستشفى مساء.",
    "وأعلنت الشرطة أسماء 20 مطلوبين للعدالة.",
    "وقالت الشرطة إن أحد المطلوبين فر من المدينة.",
    "ودفن قتلى الغارات الثلاث في مقبرة القرية.",
    "وزار ذوو قتلى المدن الثلاث المقبرة.",
    "التقى الوزير رئيس البلدية وثلاثة من مرافقيه.",
    "وصل رئيس البلدية مع ثلاثة من مرافقيه إلى القاعة.",
    "وقال إن مصابي الهجوم في حالة مستقرة.",
]


@pytest.mark.parametrize(("text", "want"), READ)
def test_read(text: str, want: list[tuple[int, str]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), KEPT)
def test_kept(text: str, want: list[tuple[int, str]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize("text", UNREAD)
def test_unread(text: str) -> None:
    assert _read(text) == []
