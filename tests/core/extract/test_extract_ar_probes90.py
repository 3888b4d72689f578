"""Arabic probes, ninetieth round (issue 11): the weakest sets' errors, families met on two
sets or more.

1. A cause attributed by its speaker: "أرجع"/"عزا" with what is explained as object and
   the cause after "إلى" ('أرجعت الشركة العجز الى "نقص إمدادات الغاز"'), and the
   participle "مرجعا" after a comma ('، مرجعا السبب الى "..."'), as "، عازية التراجع إلى"
   was read already. The forms of "أرجع" also mean sending back, so they need a quoted
   cause or a cause's noun as object. Look-alikes: people and goods sent back ("أرجعت
   السلطات النازحين إلى قراهم"), "مرجعا" as the noun "a reference".
2. A person joined by "و" after one person of a figure and his description (an adjective,
   a phrase after "في", or both: "قتل قيادي سابق في الحركة ومرافق له"، 'بينهم عنصر في
   "كتائب الأقصى" وطفلة') shares the figure's outcome, as after a rank ("ضابط برتبة نقيب
   وجنديين") or a participle ("بائعا متجولا وطفلين"); "مرافق" is a person only as
   someone's ("له"). Look-alikes: a thing joined ("وسيارة"), "مرافق" as facilities, a
   second outcome verb ("وأصيب طفل").
3. A medium with its describing clause between the speaker and the complementizer ("في
   بيان صدر عقب اجتماع مجلس إدارتها في العاصمة مساء أمس الاثنين إن") runs up to sixteen
   tokens, as the same medium set off by commas already did. Look-alikes: a medium past
   that reach (nothing, as before), a short one (read before).
4. The participle of claiming with a verbal noun as object ("، زاعمة مقتل 15 جنديا"), as
   "، مؤكدا مقتل ..."، "، معلنا مقتل ..." and "، نافية سقوط ..." are read on many sets:
   the claim is the speaker's own entry. Look-alikes: a claim with "أن" (read before), a
   demonstrative object ("، زاعما ذلك": stays in the words before, as on main).
5. A count joined by "و" after one person hit, how ("ب" ...) and where ("في الرأس"), a
   comma at most before it ("أصيب خلالها شاب برصاصة مطاطية في الرأس وعشرات بحالات
   اختناق"): the one's verb is the count's, as with no place between ("أصيب شاب بالرصاص
   الحي واثنان آخران", read before). Look-alikes: things counted after him ("وعشرات
   المنازل"), a second verb of its own ("، واعتقل ثلاثة آخرون").
6. A demand participle whose demand opens a quotation after three words of the ones
   addressed ('، مطالبا الحكومتين الاتحادية والإقليمية "بالتحرك ..."'): the quotation mark
   is no word, so the reach is the plain demand's. Look-alikes: a short one (read before),
   four words addressed (past the reach, as on main).
7. A count or a person joined by "و" to one person named by his post or work in a
   construct right after an outcome word ("خطفوا مدير المحطة واثنين من الحراس"، "جرح سائق
   القناة وشاب") shares its outcome, as it did after a plain verb ("قتل قائد الكتيبة
   وثلاثة من عناصره", read before). Look-alikes: a thing joined to a place ("منزل العائلة
   وشاحنة"), a subject of two bodies ("اعتقلت قوات الأمن وشرطة المدينة ثلاثة أشخاص").

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    ('وأرجعت الهيئة العامة للمياه الانقطاع الى "تعطل مضخات المحطة الرئيسية".',
     [('الهيئة العامة للمياه', 'تعطل مضخات المحطة الرئيسية')]),
    ('ومن جهته، أرجع رئيس البلدية السابق خالد منصور تأخر المشروع إلى "شح التمويل".',
     [('رئيس البلدية السابق خالد منصور', 'شح التمويل')]),
    ('وقال مدير الميناء ان الحركة تراجعت بنسبة 40 في المئة، مرجعا السبب الى "ارتفاع رسوم '
     'التأمين".',
     [('مدير الميناء', 'الحركة تراجعت بنسبة 40 في المئة'),
      ('مدير الميناء', 'السبب الى "ارتفاع رسوم التأمين"')]),
    ('وعزت النقابة تراجع الإقبال إلى غلاء الأسعار.',
     [('النقابة', 'غلاء الأسعار')]),
    ('وأرجعت المصادر السبب إلى خلاف على الأرض.',
     [('المصادر', 'خلاف على الأرض')]),
])
def test_cause_attributed(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأرجعت السلطات النازحين إلى قراهم بعد انتهاء المعارك.', []),
    ('وأرجع الجيش الشاحنات إلى المعبر.', []),
    ('وقال الباحث ان الكتاب صدر العام الماضي، مرجعا أساسيا للطلاب في الجامعات.',
     [('الباحث', 'الكتاب صدر العام الماضي، مرجعا أساسيا للطلاب في الجامعات')]),
    # read before, and still: the participle of "عزا" with its object
    ('وقال المتحدث ان الأسعار ارتفعت، عازيا التراجع إلى نقص الوقود.',
     [('المتحدث', 'الأسعار ارتفعت'), ('المتحدث', 'التراجع إلى نقص الوقود')]),
])
def test_cause_attributed_look_alikes(text: str,
                                      expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل قيادي سابق في الحركة ومرافق له برصاص مجهولين.',
     [('قتل قيادي', 'killed', 1, 'exact'),
      ('قتل قيادي سابق في الحركة ومرافق', 'killed', 1, 'exact')]),
    ('أصيب ضابط في الشرطة وطفل في الانفجار.',
     [('أصيب ضابط', 'wounded', 1, 'exact'),
      ('أصيب ضابط في الشرطة وطفل', 'wounded', 1, 'exact')]),
    ('قتل خمسة أشخاص، بينهم عنصر في "كتائب الأقصى" وطفلة، في القصف.',
     [('قتل خمسة أشخاص', 'killed', 5, 'exact'), ('بينهم عنصر', 'killed', 1, 'exact'),
      ('بينهم عنصر في "كتائب الأقصى" وطفلة', 'killed', 1, 'exact')]),
    ('قتل جندي سابق وطفل في القصف.',
     [('قتل جندي', 'killed', 1, 'exact'), ('قتل جندي سابق وطفل', 'killed', 1, 'exact')]),
    ('قتل جندي في الهجوم ومسلحان.',
     [('قتل جندي', 'killed', 1, 'exact'),
      ('قتل جندي في الهجوم ومسلحان', 'killed', 2, 'exact')]),
])
def test_joined_after_description(text: str,
                                  expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل عامل في المصنع وسيارة في القصف.', [('قتل عامل', 'killed', 1, 'exact')]),
    ('وتضررت مرافق له في المدينة.', []),
    ('قتل مدني في غارة استهدفت مرافق صحية.', [('قتل مدني', 'killed', 1, 'exact')]),
    ('قتل جندي في القصف وأصيب طفل.',
     [('قتل جندي', 'killed', 1, 'exact'), ('وأصيب طفل', 'wounded', 1, 'exact')]),
    # read before, and still: a rank between
    ('استشهاد ضابط برتبة نقيب وجنديين في الهجوم.',
     [('استشهاد ضابط', 'killed', 1, 'exact'),
      ('استشهاد ضابط برتبة نقيب وجنديين', 'killed', 2, 'exact')]),
])
def test_joined_after_description_look_alikes(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت الهيئة في بيان صدر عقب اجتماع مجلس إدارتها في العاصمة مساء أمس الاثنين إن '
     'الطريق أغلق.',
     [('الهيئة', 'الطريق أغلق')]),
    ('وأوضح المحافظ في مؤتمر صحفي عقده بمناسبة مرور عام على افتتاح الجسر الجديد في '
     'المدينة ان الأعمال توقفت.',
     [('المحافظ', 'الأعمال توقفت')]),
    ('وذكرت القيادة في بيان تلقته وكالة الأنباء الوطنية (وان) أن "الطائرات قصفت مخزنا".',
     [('القيادة', 'الطائرات قصفت مخزنا')]),
])
def test_long_medium(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت الهيئة في بيان صدر عقب اجتماع مجلس إدارتها الذي عقد في مقرها بالعاصمة مساء '
     'أمس الاثنين برئاسة المدير العام إن الطريق أغلق.', []),
    ('وقالت الهيئة في بيان صدر أمس إن الطريق أغلق.', [('الهيئة', 'الطريق أغلق')]),
])
def test_long_medium_look_alikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتبنت الجماعة الهجوم في بيان على موقعها، زاعمة مقتل 15 جنديا.',
     [('الجماعة', 'الهجوم في بيان على موقعها'), ('الجماعة', 'مقتل 15 جنديا')]),
    ('وأعلنت الحركة مسؤوليتها عن الكمين، زاعمة تدمير ثلاث آليات وأسر جنديين.',
     [('الحركة', 'مسؤوليتها عن الكمين'), ('الحركة', 'تدمير ثلاث آليات وأسر جنديين')]),
])
def test_claim_with_verbal_noun(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المتحدث ان الجماعة هاجمت القرية، زاعما أنها قتلت 10 من عناصرها.',
     [('المتحدث', 'الجماعة هاجمت القرية'), ('المتحدث', 'قتلت 10 من عناصرها')]),
    ('وقال المتحدث ان الجماعة هاجمت القرية، زاعما ذلك في بيانها.',
     [('المتحدث', 'الجماعة هاجمت القرية')]),
])
def test_claim_with_verbal_noun_look_alikes(text: str,
                                            expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('اندلعت مواجهات في البلدة، أصيب خلالها شاب برصاصة مطاطية في الرأس وعشرات بحالات '
     'اختناق.',
     [('أصيب خلالها شاب', 'wounded', 1, 'exact'),
      ('أصيب خلالها شاب برصاصة مطاطية في الرأس وعشرات', 'wounded', 24, 'vague')]),
    ('أصيب خلالها فتى بالرصاص الحي في ساقه، واثنان آخران بالرصاص المعدني.',
     [('أصيب خلالها فتى', 'wounded', 1, 'exact'),
      ('أصيب خلالها فتى بالرصاص الحي في ساقه، واثنان آخران', 'wounded', 2, 'exact')]),
    ('قتل شاب برصاص قناص في صدره وثلاثة آخرون بقذيفة هاون.',
     [('قتل شاب', 'killed', 1, 'exact'),
      ('قتل شاب برصاص قناص في صدره وثلاثة آخرون', 'killed', 3, 'exact')]),
])
def test_count_joined_after_one_hit(text: str,
                                    expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('أصيب شاب بالرصاص الحي في قدمه، وعشرات المنازل تضررت.',
     [('أصيب شاب', 'wounded', 1, 'exact')]),
    ('وأصيب شاب بالرصاص الحي في قدمه، واعتقل ثلاثة آخرون.',
     [('وأصيب شاب', 'wounded', 1, 'exact'), ('واعتقل ثلاثة آخرون', 'arrested', 3, 'exact')]),
    # read before, and still: no place between
    ('أصيب شاب بالرصاص الحي واثنان آخران بالرصاص المعدني.',
     [('أصيب شاب', 'wounded', 1, 'exact'),
      ('أصيب شاب بالرصاص الحي واثنان آخران', 'wounded', 2, 'exact')]),
])
def test_count_joined_after_one_hit_look_alikes(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المحافظ إن القصف دفع عشرات العائلات إلى مغادرة القرية، مطالبا الحكومتين '
     'الاتحادية والإقليمية "بالتحرك لوقف هذه الاعتداءات".',
     [('المحافظ', 'القصف دفع عشرات العائلات إلى مغادرة القرية'),
      ('المحافظ', 'بالتحرك لوقف هذه الاعتداءات')]),
    ('وقال المحافظ إن الطريق أغلق، مطالبا وزارة النقل الاتحادية "بالإسراع في فتحه".',
     [('المحافظ', 'الطريق أغلق'), ('المحافظ', 'بالإسراع في فتحه')]),
])
def test_quoted_demand_reach(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المحافظ إن الطريق أغلق، مطالبا الحكومة "بالتدخل".',
     [('المحافظ', 'الطريق أغلق'), ('المحافظ', 'بالتدخل')]),
    ('وقال المحافظ إن الطريق أغلق، مطالبا وزارة النقل في الحكومة الاتحادية "بالإسراع في '
     'فتحه".',
     [('المحافظ', 'الطريق أغلق')]),
])
def test_quoted_demand_reach_look_alikes(text: str,
                                         expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال إن المسلحين خطفوا مدير المحطة واثنين من الحراس.',
     [('خطفوا مدير المحطة واثنين من الحراس', 'captured', 2, 'exact')]),
    ('وأسفرت الغارة عن جرح سائق الإسعاف وشاب كان يمر في المكان.',
     [('جرح سائق الإسعاف وشاب', 'wounded', 1, 'exact')]),
    ('قتل قائد الكتيبة وجندي في الهجوم.',
     [('قتل قائد الكتيبة وجندي', 'killed', 1, 'exact')]),
])
def test_joined_to_one_named_by_post(text: str,
                                     expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقصفت الطائرات منزل العائلة وشاحنة.', []),
    ('اعتقلت قوات الأمن وشرطة المدينة ثلاثة أشخاص.',
     [('اعتقلت قوات الأمن وشرطة المدينة ثلاثة أشخاص', 'arrested', 3, 'exact')]),
    # read before, and still
    ('قتل قائد الكتيبة وثلاثة من عناصره.',
     [('قتل قائد الكتيبة وثلاثة من عناصره', 'killed', 3, 'exact')]),
])
def test_joined_to_one_named_by_post_look_alikes(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected
