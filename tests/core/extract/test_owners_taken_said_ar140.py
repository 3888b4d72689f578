"""Arabic round 140: an owner of a shop or a firm is one person, people taken along by
attackers, a single and a dual taken together, families pushed to leave by a result
clause, a comment told by way of saying ("علق ... بالقول") and a second entry after "قبل أن
تضيف". The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _read
from workbench.core.extract import extract

# (a report's first line is its headline, read by the headline rules: the statements
# below stand in a body, after a line of their own)
_HEAD = "عنوان التقرير\nوقع الحادث صباح اليوم في المدينة. "


def _said(text: str) -> list[tuple[str | None, str]]:
    found = extract(_HEAD + text, None, language="ar")["statements"]
    return [(s["speaker"], s["text"]) for s in found]


READ = [
    # 1. an owner in construct with an indefinite noun of what he owns is one person
    ("قتل صاحب متجر للمواد الغذائية في هجوم مسلح على السوق.", [(1, "killed")]),
    ("عبوة لاصقة تقتل صاحب شركة صيرفة في المدينة", [(1, "killed")]),
    ("قتل صاحب شركة للصيرفة وأصيب اثنان من موظفيه في الهجوم.",
     [(1, "killed"), (2, "wounded")]),
    ("وأصيب مالك مزرعة بجروح في قصف مدفعي على أطراف البلدة.", [(1, "wounded")]),
    ("قتلت صاحبة محل للخياطة برصاص مجهولين.", [(1, "killed")]),
    # 2. people taken along by attackers
    ("ونقلت إذاعة محلية أن المهاجمين أخذوا معهم ثلاثة رعاة كانوا يرعون أغنامهم.",
     [(3, "captured")]),
    ("وأفاد شهود بأن المسلحين أخذوا معهم أربعة مزارعين.", [(4, "captured")]),
    ("واصطحب المسلحون معهم خمسة عمال إلى جهة مجهولة.", [(5, "captured")]),
    ("وقال الأهالي إن المهاجمين أحرقوا المنازل وأخذوا معهم شابين.", [(2, "captured")]),
    ("وأخذ مجهولون معهم طفلا من المنزل.", [(1, "captured")]),
    # 3. a single and a dual taken together, and a part of the dual released later
    ("اختطف مسلحون يستقلون دراجات نارية قابلة وممرضتين من مركز صحي.",
     [(1, "captured"), (2, "captured")]),
    ("خطف مسلحون مجهولون صباح اليوم طبيبا وممرضتين من المستشفى.",
     [(1, "captured"), (2, "captured")]),
    ("خطف مسلحون مجهولون فجر اليوم معلمة من منزلها.", [(1, "captured")]),
    ("اختطف مسلحون قابلة وممرضتين من مركز صحي في القرية. وبعد يومين أطلقوا سراح إحدى "
     "الممرضتين.", [(1, "captured"), (2, "captured"), (1, "captured")]),
    # 4. families pushed to leave, the push the result of the clause before
    ("هاجم مستوطنون القرية 12 مرة منذ مطلع العام، ما دفع 9 عائلات إلى الرحيل عن أطرافها.",
     [(9, "displaced")]),
    ("وشن المستوطنون هجمات متكررة، ما أجبر 15 عائلة على المغادرة.", [(15, "displaced")]),
    ("واقتحم المسلحون الحي مرارا، ما اضطر 7 عائلات إلى الرحيل.", [(7, "displaced")]),
    ("ودفع القصف 20 عائلة إلى المغادرة خلال أسبوع.", [(20, "displaced")]),
]

UNREAD = [
    # an owner with the article after him, a figure of speech, a companion
    "وقال صاحب المتجر إن الأسعار ارتفعت.",
    "وأكد أن الحكومة هي صاحب القرار في هذا الملف.",
    "ووصل الشاب وصاحبه إلى المدينة مساء.",
    "وقال صاحب مخبز في السوق إن الطحين نفد.",
    # things taken along, people fleeing with their own, no attackers named
    "وأخذوا معهم الأموال والهواتف.",
    "وأخذ المهاجمون معهم عشرات رؤوس الماشية.",
    "وأخذ الوفد معه خمسة مرافقين.",
    # a release of one alone, with no whole held told before
    "وأطلق الخاطفون سراح إحدى الممرضتين بعد يومين.",
    # a push by prices, a masdar of emigration
    "ارتفعت أسعار الإيجارات، ما دفع 9 عائلات إلى الرحيل عن الحي.",
    "وهاجم المسلحون القرية، ما دفع 30 شابا إلى الهجرة.",
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", UNREAD)
def test_stays_unread(text: str) -> None:
    assert _read(text) == []


SAID = [
    # 5. a comment by way of saying, with a colon or a complementizer
    ('وعلقت الحائكة نجلاء سعيد على عودة الطلب على الأثواب المطرزة بالقول: "الناس عادوا '
     'يبحثون عن التراث".',
     [("الحائكة نجلاء سعيد", "الناس عادوا يبحثون عن التراث")]),
    ('وعلق المتحدث باسم الجيش على الحادث بالقول: "نحقق في ما جرى".',
     [("المتحدث باسم الجيش", "نحقق في ما جرى")]),
    ('وعلق رئيس البلدية على القرار بالقول إن "المدينة لا تحتمل المزيد".',
     [("رئيس البلدية", "المدينة لا تحتمل المزيد")]),
    # ... and the same speaker's next words after "قبل أن تضيف"
    ('وقالت المرممة سلمى حداد، التي تعمل في المتحف منذ عشرين عاما، إن عملها "يحتاج إلى '
     'صبر كبير"، قبل أن تضيف: "كل قطعة تحكي قصة".',
     [("المرممة سلمى حداد", 'عملها "يحتاج إلى صبر كبير"'),
      ("المرممة سلمى حداد", "كل قطعة تحكي قصة")]),
    ("وقال الطبيب إن المستشفى يعمل بنصف طاقته، قبل أن يضيف أن الأدوية توشك على النفاد.",
     [("الطبيب", "المستشفى يعمل بنصف طاقته"), ("الطبيب", "الأدوية توشك على النفاد")]),
    # the subject before its verb after "إلا أن" (read before this round too)
    ("إلا أن الجمعية قالت، أمس الأربعاء، إن المساعدات لم تصل بعد.",
     [("الجمعية", "المساعدات لم تصل بعد")]),
    # a suspension is no comment: the speaker of the verb after it is the subject
    ("من جهتها، علقت المنظمة أنشطتها في ثلاث محليات، وقالت في بيان إن المياه ستنقطع.",
     [("المنظمة", "المياه ستنقطع")]),
]

NOT_SAID = [
    "وعلقت الحكومة العمل بالاتفاق حتى إشعار آخر.",
    "وأصدرت المحكمة الحكم بالقول إن المتهم مذنب.",
]


@pytest.mark.parametrize(("text", "expected"), SAID)
def test_said(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize("text", NOT_SAID)
def test_not_said(text: str) -> None:
    assert _said(text) == []


def test_before_without_saying_keeps_the_words() -> None:
    """"، قبل أن تعود ..." with no verb of saying is part of what was said."""
    assert _said("وقال المسؤول إن القوات انسحبت، قبل أن تعود إلى مواقعها مساء.") == [
        ("المسؤول", "القوات انسحبت، قبل أن تعود إلى مواقعها مساء")]
