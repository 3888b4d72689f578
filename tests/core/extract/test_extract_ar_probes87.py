"""Arabic probes, eighty-seventh round (issue 11): the forty-fourth set's casualty figures,
families met on two sets or more.

1. An estimate of a toll ("وقدر المكتب عدد النازحين ... بنحو 2,700 شخص"): the verb of
   estimating takes "عدد" as its object and gives its value after "بـ", so that figure is
   the toll's however long the phrase of place, time or cause between them, and whether
   the people counted are named by a toll noun, by a noun with an outcome adjective
   ("عدد العائلات النازحة") or by "من" with an outcome verb ("عدد من قتلهم التنظيم":
   those the group killed, no vague "a number of"). Look-alikes: an estimate of fighters
   or homes, one number of two outcomes, "عدد من قتلهم" with no estimate, a plain "عدد من
   الجنود", and escaped prisoners ("عدد الفارين من السجن") give what they gave before.
2. A start told in the present before a later month of the year ("موسم الزراعة يبدأ
   منتصف يونيو" in May) puts the month in this year, as it sends a bare weekday ahead and
   as "يبدأ في نوفمبر" was already read. A past start ("بدأ منتصف يونيو") or one told with
   "كان" keeps the month back.
3. An event after "بعد" right before the count ("اعتقلت بعد الانفجار ثلاثة أشخاص") says
   when the act was done, as "اعتقلت خلال الاقتحام 9 مواطنين" and "عقب المداهمة" are
   read: it opens no clause. An outcome noun after "بعد" ("بعد مقتل") and a
   verb of no outcome before it stay as they were.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings. The probes' publication day is 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates


@pytest.mark.parametrize(("text", "expected"), [
    ('وقدر المكتب الأممي عدد النازحين جراء موجة العنف التي بدأت في آذار الماضي بنحو '
     '3,400 شخص، مشيرا الى حرق عشرات المنازل.',
     [('عدد النازحين جراء موجة العنف التي بدأت في آذار الماضي بنحو 3,400 شخص',
       'displaced', 3400, 'about')]),
    ('وقال رئيس البلدية ان القصف طال أطراف القرية، مقدرا عدد العائلات النازحة من '
     'القريتين بأكثر من 500 عائلة.',
     [('عدد العائلات النازحة من القريتين بأكثر من 500 عائلة', 'displaced', 500,
       'more_than')]),
    ('ويقدر ناشطون محليون عدد من قتلهم المسلحون في الناحية بأكثر من 300 شخص.',
     [('عدد من قتلهم المسلحون في الناحية بأكثر من 300 شخص', 'killed', 300, 'more_than')]),
    ('ويقدر مسؤولون محليون عدد من خطفهم المسلحون منذ مطلع العام بنحو 90 شخصا.',
     [('عدد من خطفهم المسلحون منذ مطلع العام بنحو 90 شخصا', 'captured', 90, 'about')]),
])
def test_estimated_toll(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


def test_whom_is_no_vague_count() -> None:
    # "من" before an outcome verb with its pronoun is "those whom", so "عدد من" there is no
    # vague "a number of" (main read "عدد من قتلهم" as killed 2). A toll told by "بلغ"
    # after such a phrase was not read while no set had one; the hundred-and-second round
    # reads it, as ar-58 has "عدد من قتلوا ... ارتفع الى 71 شخصا"
    assert ar_casualties('وقال ان عدد من قتلهم المسلحون في القرية بلغ 40 شخصا.') == [
        ('عدد من قتلهم المسلحون في القرية بلغ 40 شخصا', 'killed', 40, 'exact')]


@pytest.mark.parametrize(("text", "expected"), [
    ('وقدر الجيش عدد عناصر الجماعة في المنطقة بنحو 800 مقاتل.', []),
    ('وقدرت البلدية عدد المنازل المدمرة في الحي بأكثر من 200 منزل.', []),
    ('وقدرت المنظمة عدد القتلى والجرحى في المدينة بنحو 300 شخص.', []),
    ('وقدرت الشرطة عدد الفارين من السجن بنحو 200 سجين.', []),
    ('وقتل عدد من الجنود في الهجوم.', [('وقتل عدد من الجنود', 'killed', 2, 'vague')]),
])
def test_estimated_toll_look_alikes(text: str,
                                    expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأشار الى ان موسم الزراعة يبدأ منتصف يونيو، محذرا من التأخير.',
     [('منتصف يونيو', '2018-06')]),
    ('وقال ان موسم الحصاد تبدأ أعماله في أغسطس.', [('أغسطس', '2018-08')]),
])
def test_start_in_present_before_later_month(text: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وكان موسم الزراعة يبدأ منتصف يونيو قبل الحرب.', [('منتصف يونيو', '2017-06')]),
    ('وقال ان موسم الزراعة بدأ منتصف يونيو.', [('منتصف يونيو', '2017-06')]),
])
def test_start_in_present_look_alikes(text: str,
                                      expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال شهود ان دورية للشرطة اعتقلت بعد الانفجار أربعة أشخاص كانوا قرب السوق.',
     [('اعتقلت بعد الانفجار أربعة أشخاص', 'arrested', 4, 'exact')]),
    ('واعتقلت الشرطة بعد المداهمة خمسة شبان.',
     [('واعتقلت الشرطة بعد المداهمة خمسة شبان', 'arrested', 5, 'exact')]),
    ('وأصيب بعد القصف ثلاثة مدنيين بجروح.',
     [('وأصيب بعد القصف ثلاثة مدنيين', 'wounded', 3, 'exact')]),
])
def test_event_time_before_count(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وانسحبت القوات بعد الاشتباك ثلاثة كيلومترات.', []),
    ('وقتل 3 جنود بعد الهجوم على الحاجز.', [('وقتل 3 جنود', 'killed', 3, 'exact')]),
])
def test_event_time_look_alikes(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected
