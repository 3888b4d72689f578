"""Arabic assassinations, deaths in custody, people freed and one taken (round ar122): the
passive of assassinating before who was killed, an attempt and the killers after the active
verb left unread, one held who died, one freed from captors, one taken told before an
unvowelled passive, people freed in hundreds, the sub-group of the wounded after one
killed, and the peoples of a list of the taken. Every sentence is fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


def _spans(text: str) -> list[tuple[str, str, int]]:
    return [(str(f["text"]), str(f["outcome"]), int(f["count_low"]))
            for f in find_casualties_ar(text)]


@pytest.mark.parametrize(("text", "want"), [
    # the passive of assassinating, the count right after it
    ("اغتيل ضابطان في جهاز الاستخبارات مساء الأحد.", [("killed", 2)]),
    ("واغتيل ثلاثة ناشطين في المدينة خلال الشهر.", [("killed", 3)]),
    ("اغتيلت ناشطة أمام منزلها في حي الجمهورية.", [("killed", 1)]),
    # a preacher as a person noun after the verbal noun
    ("اغتيال خطيب مسجد في ريف البلدة الشرقي.", [("killed", 1)]),
    # the killers after the active verb: the victim is the one killed
    ("اغتال مسلحان مجهولان مدرسا في بلدة الكرك.", [("killed", 1)]),
    ("قتل مسلحان ملثمان شرطيا عند مدخل السوق.", [("killed", 1)]),
    # one held who died
    ("وفاة معتقل في سجن المدينة المركزي بعد تعذيبه.", [("killed", 1)]),
    ("أعلنت الهيئة وفاة أسير فلسطيني في سجن عوفر.", [("killed", 1)]),
    ("وتوفي محتجز في مركز الترحيل فجر اليوم.", [("killed", 1)]),
    # ... one wounded who died of the wounds
    ("ارتفعت الحصيلة إلى خمسة قتلى بعد وفاة جريح في المستشفى.", [("killed", 1), ("killed", 5)]),
    # ... and two held who died, told by the noun of the held
    ("أعلن نادي الأسير وفاة أسيرين في سجن النقب.", [("killed", 2)]),
    ("وثقت الشبكة وفاة معتقلين اثنين تحت التعذيب.", [("killed", 2)]),
    # one freed from captors
    ("حررت القوات الخاصة رهينة في عملية ليلية قرب الحدود.", [("captured", 1)]),
    ("وحرر الجيش طفلا مخطوفا من قبضة عصابة.", [("captured", 1)]),
    ("أعلنت الشرطة تحرير مختطف في ريف المحافظة.", [("captured", 1)]),
    # people freed counted in hundreds: the genitive singular
    ("تمكن خفر السواحل من تحرير أكثر من 300 مهاجر من أيدي المهربين.", [("captured", 300)]),
    ("أعلنت الوحدة تحرير نحو ألف مهاجر من مخازن المهربين.", [("captured", 1000)]),
    # one taken, told before the unvowelled passive with no object after it
    ("عثرت الشرطة على طفل خطف من أمام منزله قبل يومين.", [("captured", 1)]),
    ("وقال الأهالي إن سائقا ماليا اختطف قرب الحدود.", [("captured", 1)]),
    ("عاد طفل في العاشرة من عمره كان قد خطف الأسبوع الماضي.", [("captured", 1)]),
    ("وأفرجت العصابة عن طفلة خطفت من مدرستها.", [("captured", 1)]),
    # the sub-group after one killed and a wounded count divides the wounded
    ("وقالت المصادر إن مزارعا قتل وأصيب أربعة آخرون، بينهم امرأة، بقصف على القرية.",
     [("killed", 1), ("wounded", 1), ("wounded", 4)]),
    ("قتل شاب وأصيب سبعة آخرون بينهم طفلان في الغارة.",
     [("killed", 1), ("wounded", 2), ("wounded", 7)]),
    # a friend told with his pronoun, as a companion
    ("وأصيب صديق له كان برفقته في السيارة.", [("wounded", 1)]),
    # the peoples of a list of the taken, each its own figure
    ("خطف مسلحون 12 مهاجرا بينهم خمسة سنغاليين وموريتانيان.",
     [("captured", 2), ("captured", 5), ("captured", 12)]),
])
def test_read(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


def test_spans() -> None:
    assert _spans("اغتال مسلحان مجهولان مدرسا في بلدة الكرك.") == [
        ("اغتال مسلحان مجهولان مدرسا", "killed", 1)]
    assert _spans("عثرت الشرطة على طفل خطف من أمام منزله.") == [("طفل خطف", "captured", 1)]
    assert _spans("وفاة معتقل في سجن المدينة.") == [("وفاة معتقل", "killed", 1)]
    assert _spans("حررت القوات رهينة قرب الحدود.") == [("حررت القوات رهينة", "captured", 1)]


@pytest.mark.parametrize("text", [
    # attempts: nobody killed or taken
    "نجا قيادي في الفصيل من محاولة اغتيال قرب منزله.",
    "فشلت محاولة اغتيال ضابط في الشرطة مساء الخميس.",
    "وثق المكتب محاولات اغتيال 40 شخصا خلال العام.",
    "وأحبطت الشرطة محاولة خطف طفل أمام المدرسة.",
    # the killers after the active verb, the victim definite or named
    "اغتال مسلحان مجهولان الناشط في حي الكرامة.",
    # assassination of a reputation, a dream, a process
    "حذر الكاتب من اغتيال الشخصية على مواقع التواصل.",
    "اغتيال الحلم الوطني في خطاب الحكومة.",
    "وصف البيان القرار بأنه اغتيال للعملية السياسية.",
    # one held named, definite, or freed before
    "أعلنت الهيئة وفاة الأسير في سجن النقب.",
    "وفاة معتقل سابق بعد الإفراج عنه بشهرين.",
    # freeing a town, a text, a report written
    "تحرير المدينة من قبضة المسلحين استغرق أسابيع.",
    "حرر ضابط الشرطة محضرا بالواقعة.",
    "عين رئيس تحرير جديد للصحيفة.",
    "تحرير 400 منزل من الألغام.",
    # "خطف" with its object: the subject took it
    "طفل خطف الأنظار في مسابقة المدرسة.",
    "خطف اللاعب الأضواء في المباراة الأخيرة.",
    "أفاد مصدر بأن شابا خطف هاتف امرأة في السوق.",
    "قال مسؤول إن مسلحا خطف من السوق.",
    "حارس المدرسة خطف من أمام منزله.",
    # one ill who died
    "أعلنت الوزارة وفاة مصاب بالكوليرا في المدينة.",
    # a friend of no one's pronoun
    "وأصيب صديق العائلة بجروح طفيفة.",
])
def test_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # two killed and "others" wounded: the sub-group is the others' (round ar127, as the
    # later blind sets read it)
    ("قتل رجلان وأصيب أربعة آخرون، بينهم امرأة، في القصف.",
     [("killed", 2), ("wounded", 1), ("wounded", 4)]),
    # "قتل" with two gunmen and nothing after them: the two killed
    ("قتل مسلحان في اشتباك مع دورية الشرطة.", [("killed", 2)]),
    # a count after the killers is the victims
    ("اغتال مسلحان مجهولان ثلاثة ناشطين في الحي.", [("killed", 3)]),
])
def test_look_alikes(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want
