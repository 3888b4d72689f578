"""Arabic round 139: who holds the held (a subject carried by "و" over a comma), people
freed by a state unit, prisoners a state frees, months written twice and "the same
place" between a verb and its count, and a toll's rise past a relative with two dates.
The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _read

READ = [
    # 1. the holder decides: armed men carried by "و" over a comma, a present headline
    ("اقتحم نحو عشرين مسلحا مقر المجلس البلدي، واحتجزوا تسعة موظفين ساعات قبل أن "
     "يطلقوا سراحهم.", [(9, "captured")]),
    ("هاجم ملثمون مكتب الشركة في ساعة مبكرة، واحتجزوا خمسة حراس.", [(5, "captured")]),
    ("داهم مجهولون مزرعة على أطراف البلدة، ويحتجزون سبعة عمال منذ الصباح.",
     [(7, "captured")]),
    # ... the subject first, the police's seat its object
    ("اقتحم مسلحون مقر الشرطة، واحتجزوا أربعة عناصر.", [(4, "captured")]),
    ("مسلحون يقتحمون مقر البلدية ويحتجزون عددا من موظفيها", [(2, "captured")]),
    ("مسلحون يقتحمون مبنى الإذاعة ويحتجزون 7 موظفين", [(7, "captured")]),
    # ... and the police's present holding of a person's sound plural reads as before
    ("الشرطة تحتجز 7 موظفين", [(7, "arrested")]),
    # 2. freed by a state unit whose name stands between the verb and the freed
    ("وحررت وحدة تابعة لجهاز مكافحة الهجرة 50 مهاجرا كانوا محتجزين في مخزن.",
     [(50, "captured")]),
    ("وحررت وحدة أمنية 40 مهاجرا، بينهم تسع نساء، كانوا محتجزين في مزرعة.",
     [(40, "captured"), (9, "captured")]),
    # 3. prisoners a state frees
    ("وصلت حافلات تقل 73 أسيرا فلسطينيا أفرجت عنهم السلطات الإسرائيلية من سجن عوفر.",
     [(73, "arrested")]),
    ("أفرجت السلطات الإسرائيلية عن 40 أسيرا فلسطينيا فجر اليوم.", [(40, "arrested")]),
    ("أفرجت الحكومة عن 25 أسيرا من سجن المدينة المركزي.", [(25, "arrested")]),
    ("وصول 73 أسيرا محررا", [(73, "arrested")]),
    ("وصلت الحافلات وعلى متنها 60 أسيرا فلسطينيا محررا.", [(60, "arrested")]),
    ("أفرجت السلطات عن عشرات الأسرى فجر اليوم. وكان بين المفرج عنهم 31 امرأة و12 قاصرا.",
     [(24, "arrested"), (31, "arrested"), (12, "arrested")]),
    # ... parts of people kidnappers released keep the capture
    ("خطف مسلحون 20 راكبا ثم أطلقوا سراحهم. وكان بين المفرج عنهم خمس نساء.",
     [(20, "captured"), (5, "captured")]),
    # 4. months written twice, "the same place", between a verb and its count
    ("وكان المسلحون قد قتلوا في حزيران/يونيو الماضي ثلاثة رعاة.", [(3, "killed")]),
    ("وخطفوا في كانون الثاني/يناير الماضي أربعة صيادين.", [(4, "captured")]),
    ("وقد قتلوا في تشرين الأول/أكتوبر الماضي خمسة مزارعين.", [(5, "killed")]),
    ("قتلوا في الحي ذاته 11 مدنيا وأصابوا 27 آخرين منذ آذار/مارس الماضي.",
     [(11, "killed"), (27, "wounded")]),
    ("وقتلوا في البلدة ذاتها أربعة مزارعين.", [(4, "killed")]),
    ("وكانت الميليشيا قد سبق أن قتلت في فبراير الماضي سائقي شاحنتين.", [(2, "killed")]),
    # 5. a toll's rise past a relative with two dates, a construct head, a martyrdom verb
    ("ويرفع ذلك عدد المدنيين الذين استشهدوا بغارات في الجنوب منذ 8 تشرين الأول/أكتوبر "
     "الماضي إلى 21 مدنيا.", [(21, "killed")]),
    ("يرتفع عدد عناصر الدفاع المدني الذين قتلوا منذ تشرين الأول 2023 إلى ما يزيد على 90 "
     "عنصرا.", [(90, "killed")]),
]

UNREAD = [
    # a place of the event's own between the verb and the count
    "قتلوا في الهجوم ثلاثة جنود.",
    "قتلوا في الهجوم نفسه ثلاثة جنود.",
    # a toll of marchers, no outcome, past a long relative
    "ويرفع ذلك عدد الذين شاركوا في المسيرات منذ 8 تشرين الأول/أكتوبر الماضي إلى 20 ألف شخص.",
    # the released with no holder told before them
    "وكان بين المفرج عنهم 31 امرأة و12 قاصرا.",
    # a month by two names with no count after the verb
    "وكانوا قد وصلوا في حزيران/يونيو الماضي إلى المدينة.",
]

KEPT = [
    # the state holds: an arrest, carried or not
    ("اقتحمت الشرطة مقر الحزب، واحتجزت تسعة موظفين.", [(9, "arrested")]),
    ("داهمت قوات الأمن المنزل، واحتجزوا خمسة أشخاص.", [(5, "arrested")]),
    ("احتجزت السلطات ستة صحفيين في المطار.", [(6, "arrested")]),
    # the police before the armed men they hold: the subject decides, an arrest
    ("حاصرت الشرطة مسلحين في المبنى، واحتجزوا أربعة منهم.", [(4, "arrested")]),
    # prisoners an armed group holds or frees stay captives
    ("وأفرجت حماس عن ثلاثة أسرى إسرائيليين.", [(3, "captured")]),
    ("وقالت إن الحوثيين أفرجوا عن 20 أسيرا من قوات الحكومة.", [(20, "captured")]),
    # freeing a city, then an arrest: the arrest's own verb decides
    ("حررت القوات المدينة واعتقلت 5 أشخاص.", [(5, "arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", UNREAD)
def test_stays_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_keeps_reading(text: str, expected: list[tuple[int, str]]) -> None:
    assert _read(text) == expected
