"""Arabic probes, seventieth round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. a held state after a count's definite partitive group ("بالإفراج عن ثلاثة من أعضائها
   معتقلين منذ أشهر"، "إن ثلاثة من أعضاء اللجنة مفقودون"): the indefinite state noun
   cannot describe the definite group, so it tells the state the counted are in.
2. "أن" joined to a word of time as one conjunction ("، بعد أن ..."، "، قبل أن ..."): it
   opens a clause of time, never the words of the verb of saying before it.
3. a record told with "سجل"/"رصد" inside reported words ("، وأن فرق الإغاثة سجلت مقتل
   ..."، "مضيفة أن فرق المفوضية سجلت وصول ..."): the monitor's own statement, as one
   told with "وثق" there is, when the event's verbal noun follows the verb.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: after "عن" with a pronoun suffix, with a definite genitive (held by a
    # faction, so captured), in the writer's quotation marks, after a complementizer
    ('وطالبت الرابطة بالإفراج عن أربعة من أعضائها معتقلين منذ الصيف لدى جهاز الأمن.',
     [('أربعة من أعضائها معتقلين', 'arrested', 4, 'exact')]),
    ('ودعا الأهالي إلى الإفراج عن خمسة من أبناء القرية محتجزين لدى فصيل مسلح.',
     [('خمسة من أبناء القرية محتجزين', 'captured', 5, 'exact')]),
    ('وطالبت الرابطة بالإفراج عن اثنين من لاعبيها "معتقلين دون تهمة" منذ آذار.',
     [('اثنين من لاعبيها "معتقلين', 'arrested', 2, 'exact')]),
    ('وقال المحامي إن ثلاثة من أعضاء النقابة مفقودون منذ أسبوع.',
     [('ثلاثة من أعضاء النقابة مفقودون', 'missing', 3, 'exact')]),
    # ... look-alikes: an indefinite group (the state noun its genitive), the count a
    # verb's subject and the state noun its object, people held once and free now
    ('وطالبت المنظمة بالإفراج عن 12 من أقارب معتقلين في السجن المركزي.', []),
    ('وزار ثلاثة من أعضائها معتقلين في سجن المدينة.', []),
    ('وتحدثت اللجنة إلى ثلاثة من أعضائها معتقلين سابقين.', []),
])
def test_a_held_state_after_a_partitive_group(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: an announcement told by its verbal noun, then "، بعد أن"/"، قبل أن";
    # a source named after "عن", then "قبل أن يتبين أن"
    ('أعلنت جمعية الكشافة إلغاء مخيمها الصيفي، بعد أن قصفت طائرة مسيرة موقعه.',
     [('جمعية الكشافة', 'إلغاء مخيمها الصيفي، بعد أن قصفت طائرة مسيرة موقعه')]),
    ('أعلن نادي الفروسية تعليق نشاطه، قبل أن تعيد البلدية فتح الطريق إليه.',
     [('نادي الفروسية', 'تعليق نشاطه، قبل أن تعيد البلدية فتح الطريق إليه')]),
    ('ونقلت الإذاعة الرقم عن مسعفين في الساعات الأولى، قبل أن يتبين أن الجريحين نجوا.',
     []),
    # ... look-alikes: a verbal noun of time before the complementizer, the complementizer
    # after the clause of time, "إلى أن" after a verb of pointing
    ('وأكد الوزير بعد لقائه الرئيس أن الحكومة ستدفع الرواتب.',
     [('الوزير', 'الحكومة ستدفع الرواتب')]),
    ('وأشار المدير إلى أن المدرسة ستفتح أبوابها الأحد.',
     [('المدير', 'المدرسة ستفتح أبوابها الأحد')]),
])
def test_an_anna_joined_to_a_word_of_time(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: in a second clause, in a participle's words, in the first clause
    ('وقال المتحدث إن القوافل تصل يوميا، وإن فرق الهلال الأحمر سجلت وصول 140 جريحا إلى '
     'المستشفى الميداني.',
     [('المتحدث', 'القوافل تصل يوميا'),
      ('المتحدث', 'فرق الهلال الأحمر سجلت وصول 140 جريحا إلى المستشفى الميداني'),
      ('فرق الهلال الأحمر', 'وصول 140 جريحا إلى المستشفى الميداني')]),
    ('وأوضح البيان أن المخيم مكتظ، مضيفا أن فرق المنظمة رصدت مقتل أربعة نازحين قرب السياج.',
     [('البيان', 'المخيم مكتظ'),
      ('البيان', 'فرق المنظمة رصدت مقتل أربعة نازحين قرب السياج'),
      ('فرق المنظمة', 'مقتل أربعة نازحين قرب السياج')]),
    ('وقالت الوكالة إن فرقها سجلت اختطاف ثلاثة سائقين على الطريق الساحلي.',
     [('الوكالة', 'فرقها سجلت اختطاف ثلاثة سائقين على الطريق الساحلي'),
      ('فرقها', 'اختطاف ثلاثة سائقين على الطريق الساحلي')]),
    # ... look-alikes: a notary's contracts, an area's tally after a time phrase, money
    # allocated, a record temperature: no event right after the verb
    ('وقال الوزير إن البلدية سجلت 870 عقد إيجار.',
     [('الوزير', 'البلدية سجلت 870 عقد إيجار')]),
    ('وقال المصدر إن المحافظة سجلت منذ بداية العام 11 حالة خطف.',
     [('المصدر', 'المحافظة سجلت منذ بداية العام 11 حالة خطف')]),
    ('وقال الوزير إن اليابان رصدت 350 مليون دولار للمشروع.',
     [('الوزير', 'اليابان رصدت 350 مليون دولار للمشروع')]),
    ('وقال المدير إن المدينة سجلت أعلى درجة حرارة منذ عقد.',
     [('المدير', 'المدينة سجلت أعلى درجة حرارة منذ عقد')]),
])
def test_a_record_with_sajjala_inside_reported_words(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
