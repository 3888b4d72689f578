"""Arabic round 160: the held as the group of another outcome (detainees and prisoners who
died or went missing), detainees among the captives of an exchange, the recaptured, a
suspension from work and the kin of the missing. The probe sentences are our own, written
in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _read
from tests.extract_probes import ar_counts_qualified as _read_q
from tests.extract_probes import count_table_tests

READ = [
    # 1. the held who died: a verb of dying after them, a masdar of death before them
    ("قالت الرابطة إن معتقلين اثنين توفيا تحت التعذيب في مركز احتجاز", [(2, "killed")]),
    ("وذكرت المنظمة أن ثلاثة معتقلين توفوا في السجن خلال شهر", [(3, "killed")]),
    ("قال ناشطون إن أربعة أسرى استشهدوا في سجون الاحتلال منذ بداية العام", [(4, "killed")]),
    ("أفادت الهيئة بأن أسيرين اثنين استشهدا في سجن عوفر", [(2, "killed")]),
    ("أفادت الهيئة بأن ثلاثة موقوفين لفظوا أنفاسهم في مركز الشرطة", [(3, "killed")]),
    ("وأكد المرصد أن خمسة محتجزين فارقوا الحياة بسبب الإهمال الطبي", [(5, "killed")]),
    ("استشهاد أسير في سجن النقب", [(1, "killed")]),
    ("أعلنت الهيئة استشهاد أسيرين في سجون الاحتلال", [(2, "killed")]),
    ("ماتت محتجزة في مركز التوقيف بعد أسبوع من اعتقالها", [(1, "killed")]),
    ("وقالت الهيئة إن أسيرا من المخيم (45 عاما) استشهد في السجن", [(1, "killed")]),
    ("وقالت إن معتقلا في الثلاثين من عمره توفي في الزنزانة", [(1, "killed")]),
    # (read before, kept as guards)
    ("توفي سجين ثالث في زنزانته", [(1, "killed")]),
    ("وفاة ثلاثة معتقلين داخل مركز الاحتجاز", [(3, "killed")]),
    # 2. the held who went missing, and people who vanished
    ("أكثر من 1300 معتقل من المنطقة ما زالوا مفقودين منذ 2012",
     [(1300, "missing")]),
    ("ولا يزال 200 معتقل مفقودين حتى اليوم", [(200, "missing")]),
    ("وأضاف أن 12 معتقلا ما زال مصيرهم مجهولا", [(12, "missing")]),
    ("وتقول اللجنة إن 60 معتقلا لا يزالون في عداد المفقودين", [(60, "missing")]),
    ("وأوضح أن 25 معتقلا اختفوا من السجن بعد نقلهم", [(25, "missing")]),
    ("140 رجلا اختفوا بعد احتجازهم عند حاجز", [(140, "missing")]),
    ("قالت العائلات إن 30 شابا اختفوا بعد اعتقالهم", [(30, "missing")]),
    # 3. detainees among the captives of an exchange
    ("شملت الصفقة 23 أسيرا من الطرفين، وبينهم أربعة مدنيين اعتقلوا عند نقاط التفتيش",
     [(23, "captured"), (4, "captured")]),
    ("تمت عملية تبادل شملت 50 أسيرا بينهم ستة مدنيين اعتقلوا على الحواجز",
     [(50, "captured"), (6, "captured")]),
    ("أفرج الطرفان في إطار صفقة التبادل عن 40 محتجزا، بينهم عشرة مدنيين اعتقلوا في منازلهم",
     [(40, "captured"), (10, "captured")]),
    # 4. the recaptured
    ("سبعة من الفارين أعيد القبض عليهم", [(7, "arrested")]),
    ("وقالت الشرطة إن خمسة من الهاربين أعيد اعتقالهم", [(5, "arrested")]),
    ("فر 30 سجينا، وتسعة من الفارين أعيد القبض عليهم في اليوم نفسه",
     [(9, "arrested")]),
    ("وأضاف أن ثلاثة من السجناء أعيد القبض عليهم قرب الحدود", [(3, "arrested")]),
    # (read before, kept as guards)
    ("أعيد القبض على ثلاثة من السجناء الفارين", [(3, "arrested")]),
    ("أعيد اعتقال أربعة من الفارين خلال ساعات", [(4, "arrested")]),
]

UNREAD = [
    # 5. suspension from work is no arrest
    "فتح تحقيق وتوقيف حارسين عن العمل",
    "إيقاف ثلاثة منتسبين عن العمل",
    "تم إيقاف ضابطين عن الخدمة لحين انتهاء التحقيق",
    "قررت الوزارة توقيف خمسة موظفين عن العمل",
    "أوقفت الإدارة أربعة حراس عن العمل بعد الحادث",
    "أعلن المدير توقيف ستة عناصر عن عملهم",
    # 6. the kin of the missing and the held are neither
    "تجمع العشرات من ذوي مفقودين أمام المقر",
    "نظم العشرات من أهالي المفقودين وقفة احتجاجية",
    "تظاهر عشرات من أهالي المختطفين في الساحة",
    "اعتصم مئات من ذوي المعتقلين أمام المحكمة",
    "شارك العشرات من ذوي الأسرى في الوقفة",
    # the held with no count, a sentence served, a vehicle stopped
    "طالب المحتجون بالإفراج عن المعتقلين",
    "حكم على ثلاثة بالسجن خمس سنوات",
    "توقيف سيارة محملة بالأسلحة عند الحاجز",
    # a held woman wounded after a complementizer stays unread, as before
    "وقال النادي إن أسيرة من الخليل أصيبت بجروح",
    # "أعيد" of something else
    "بعد عيد الفطر أعيد فتح المعبر أمام المسافرين",
]

KEPT = [
    # the held with nothing after them stay the held
    ("أفرجت السلطات عن 30 معتقلا من المنطقة", [(30, "arrested")]),
    ("طالبت الهيئة بالإفراج عن 40 معتقلا ما زالوا في السجون", [(40, "arrested")]),
    # a singular verb after many has a subject of its own
    ("23 معتقلا توفي اثنان منهم تحت التعذيب", [(23, "arrested"), (2, "killed")]),
    # an arrest with no work after it stays an arrest
    ("أوقفت الشرطة أربعة مشتبهين بعد الحادث", [(4, "arrested")]),
    ("اعتقلت الشرطة خمسة أشخاص عن طريق الخطأ", [(5, "arrested")]),
    # the people of a place and the families themselves are no kin
    ("قتل خمسة من أهالي القرية في القصف", [(5, "killed")]),
    ("وقال إن عشرات العائلات غادرت البلدة خوفا من القتال", [(24, "displaced")]),
    # a release by the state, outside an exchange, keeps its detainees
    ("أفرجت الحكومة عن 20 معتقلا بينهم خمسة اعتقلوا في المظاهرات",
     [(20, "arrested"), (5, "arrested")]),
]


test_reads, test_stays_unread = count_table_tests(READ, UNREAD, _read)


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_keeps_the_old_reading(text: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(_read(text)) == sorted(expected)


def test_the_missing_held_keep_their_qualifier() -> None:
    assert _read_q("أكثر من 1300 معتقل من المنطقة ما زالوا مفقودين") == [
        (1300, "missing", "more_than")]
