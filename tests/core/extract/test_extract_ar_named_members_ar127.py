"""Arabic round 127 (issue 11): described speakers named after "يدعى" or in an aside, a
weekday naming a market inside a title, and single members after "N others".

1. A source described by what he is and where, quoted after "نقل عن" ("عن صاحب مخبز في
   البلدة يدعى فلان أن")، a speaker so described and named in an aside ("ممرضة في
   المستشفى، وتدعى فلانة،")، or named in an aside opened by "واسمه/واسمها": the name
   closes the speaker's phrase, as after a described speaker with no place ("شاب يدعى
   فلان") or the subject of "قال" itself.
   Look-alikes: a name with no speech verb, a description with no name, a name after the
   complementizer.
2. A weekday that names a market inside a title ("عضو المجلس البلدي لسوق الجمعة، فلان،"):
   part of the title, and the name in commas after it closes the speaker. Look-alikes: a
   weekday after a definite noun or an indefinite speaker is the day of the words.
3. "بينهم" and one person, a dual or a count after "N آخرون/آخرين": the part is the
   others' count's, though a count of another outcome stands before; after "the rest"
   ("ونقل الباقون، وبينهم ثلاثة فتيان") of a toll held before, the part is that toll's.
   Look-alikes: no "others" (a pair's part stays unread), "the rest" with no toll.
4. A coordinated single after a counted plural ("ثلاثة مهندسين وفني") and one more still
   missing ("ولا يزال عامل آخر مفقودا"). Look-alikes: a definite single, the adjective
   "فني" after its noun.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a described speaker with a place, then "named"
    ('ونقلت صحيفة "الواحة" عن صاحب مخبز في البلدة يدعى سالم علي الفيتوري أن "الأسعار '
     'تضاعفت".',
     [('صحيفة "الواحة"', 'الأسعار تضاعفت'),
      ('صاحب مخبز في البلدة يدعى سالم علي الفيتوري', 'الأسعار تضاعفت')]),
    ('ونقلت وكالة "الأنباء" عن طالبة في كلية الهندسة تدعى هبة محمود أن الدروس توقفت.',
     [('وكالة "الأنباء"', 'الدروس توقفت'),
      ('طالبة في كلية الهندسة تدعى هبة محمود', 'الدروس توقفت')]),
    ('ونقل موقع "المدينة" عن بائع في سوق الخضار يدعى حسن كامل أن البضائع نفدت.',
     [('موقع "المدينة"', 'البضائع نفدت'),
      ('بائع في سوق الخضار يدعى حسن كامل', 'البضائع نفدت')]),
    # ... (read before, unchanged: the subject of "قال" itself, and "من" with its place)
    ('وقال بائع في سوق المدينة يدعى حسن كامل إن البضائع نفدت.',
     [('بائع في سوق المدينة يدعى حسن كامل', 'البضائع نفدت')]),
    ('وقال مزارع من قرية الوادي يدعى حسن كامل إن المحصول تلف.',
     [('مزارع من قرية الوادي يدعى حسن كامل', 'المحصول تلف')]),
    # ... named in an aside after the place, with "وتدعى" or "واسمها"
    ('وقالت ممرضة في المستشفى، وتدعى ليلى ناصر، إن الجرحى كثيرون.',
     [('ممرضة في المستشفى، وتدعى ليلى ناصر', 'الجرحى كثيرون')]),
    ('وقالت ممرضة في المستشفى، واسمها ليلى ناصر، إن الجرحى كثيرون.',
     [('ممرضة في المستشفى، واسمها ليلى ناصر', 'الجرحى كثيرون')]),
    ('وقال أحد السائقين، واسمه خالد عمر، إن الطريق خطر.',
     [('أحد السائقين، واسمه خالد عمر', 'الطريق خطر')]),
    ('ونقلت الإذاعة عن أحد الأطباء، واسمه سمير حداد، قوله إن الأدوية نفدت.',
     [('الإذاعة', 'الأدوية نفدت'), ('أحد الأطباء، واسمه سمير حداد', 'الأدوية نفدت')]),
    # 2. a market named for its day inside the title, the name in commas
    ('وقال عضو المجلس البلدي لسوق الجمعة، فتحي علي الزقلعي، في تصريح لقناة محلية، إن '
     'المياه انقطعت.',
     [('عضو المجلس البلدي لسوق الجمعة، فتحي علي الزقلعي', 'المياه انقطعت')]),
    ('وقال رئيس بلدية سوق الخميس، علي بشير، إن الوضع هادئ.',
     [('رئيس بلدية سوق الخميس، علي بشير', 'الوضع هادئ')]),
    ('وقال عميد بلدية سوق الأحد إن الاشتباكات توقفت.',
     [('عميد بلدية سوق الأحد', 'الاشتباكات توقفت')]),
])
def test_statements_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name with no speech verb; a description with no name; a name after the
    # complementizer is no speaker's
    ('والتقى الوزير رجلا يدعى سالم علي في المدينة.', []),
    ('وقال صاحب متجر في المدينة إن الأسعار ارتفعت.',
     [('صاحب متجر في المدينة', 'الأسعار ارتفعت')]),
    ('وقال صاحب متجر في المدينة إن رجلا يدعى سالم قتل.',
     [('صاحب متجر في المدينة', 'رجلا يدعى سالم قتل')]),
    # a weekday after a definite noun or an indefinite speaker is the day of the words
    ('وقال تجار السوق الجمعة إن الأسعار ارتفعت.', [('تجار السوق', 'الأسعار ارتفعت')]),
    ('وقال مسؤول محلي الجمعة إن الوضع هادئ.', [('مسؤول محلي', 'الوضع هادئ')]),
])
def test_statements_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected


_K, _W, _A, _M = "killed", "wounded", "arrested", "missing"


@pytest.mark.parametrize(("text", "expected"), [
    # 3. a part right after "N others"
    ('قتل شخصان وأصيب سبعة آخرون، بينهم شرطي، في انفجار عبوة ناسفة.',
     [('قتل شخصان', _K, 2), ('وأصيب سبعة آخرون', _W, 7), ('بينهم شرطي', _W, 1)]),
    ('أدى الانفجار إلى مقتل شخصين وجرح ستة آخرين بينهم عامل أجنبي.',
     # (round ar190: the one person keeps his adjective, as the sets' "بينهم مسؤول محلي")
     [('مقتل شخصين', _K, 2), ('وجرح ستة آخرين', _W, 6), ('بينهم عامل أجنبي', _W, 1)]),
    ('قتل ثلاثة أشخاص وأصيب أربعة آخرون بينهم طفلان في القصف.',
     [('قتل ثلاثة أشخاص', _K, 3), ('وأصيب أربعة آخرون', _W, 4), ('بينهم طفلان', _W, 2)]),
    # ... after "the rest" of the held
    ('وأوقفت الشرطة 12 مهاجرا على الحدود. وأفرج عن أربعة منهم بعد التحقيق، ونقل الباقون، '
     'وبينهم ثلاثة فتيان، إلى مركز احتجاز.',
     [('وأوقفت الشرطة 12 مهاجرا', _A, 12), ('أربعة منهم', _A, 4),
      ('وبينهم ثلاثة فتيان', _A, 3)]),
    ('واعتقلت القوات 15 شخصا، وأطلق سراح ستة منهم، فيما نقل الباقون وبينهم امرأتان إلى '
     'السجن.',
     [('واعتقلت القوات 15 شخصا', _A, 15), ('ستة منهم', _A, 6), ('وبينهم امرأتان', _A, 2)]),
    # 4. a coordinated single after a counted plural; one more still missing
    ('قتل ثلاثة مهندسين وفني في هجوم على المحطة.',
     [('قتل ثلاثة مهندسين', _K, 3), ('قتل ثلاثة مهندسين وفني', _K, 1)]),
    ('وأصيب فني في الانفجار.', [('وأصيب فني', _W, 1)]),
    ('وقتل عاملان في الانهيار، ولا يزال عامل آخر مفقودا.',
     [('وقتل عاملان', _K, 2), ('عامل آخر مفقودا', _M, 1)]),
    ('وقتل صيادان وما زال صياد ثالث مفقودا.',
     [('وقتل صيادان', _K, 2), ('صياد ثالث مفقودا', _M, 1)]),
])
def test_casualties_read(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [c[:3] for c in ar_casualties(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no "others": the part after a pair of outcomes stays no one outcome's; (round
    # ar190) one person is no number the pair could share, and is of the nearer half
    ('قتل خمسة أشخاص وأصيب عشرة، بينهم طفل، في القصف.',
     [('قتل خمسة أشخاص', _K, 5), ('وأصيب عشرة', _W, 10), ('بينهم طفل', _W, 1)]),
    ('قتل خمسة أشخاص وأصيب عشرة، بينهم طفلان، في القصف.',
     [('قتل خمسة أشخاص', _K, 5), ('وأصيب عشرة', _W, 10)]),
    # "the rest" with no toll before
    ('وعاد الباقون إلى منازلهم، وبينهم أطفال.', []),
    # a definite single, the adjective after its noun, a bare plural
    ('قتل ثلاثة مهندسين والفني في هجوم.', [('قتل ثلاثة مهندسين', _K, 3)]),
    ('ووقع خلل فني في المحطة.', []),
    ('وأصيب جنود في القصف.', []),
    ('ولا يزال العامل الآخر مفقودا.', []),
])
def test_casualties_look_alikes(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [c[:3] for c in ar_casualties(text)] == expected
