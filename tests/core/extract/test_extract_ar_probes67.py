"""Arabic probes, sixty-seventh round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. an estimate told as a clause ("وتقدر منظمات محلية أن ..."): the source's statement, as
   the estimate with a noun object ("وقدرت الوزارة الخسائر بـ ...") already was.
2. a finite verb of expecting with its source and a clause ("وتتوقع النقابة أن ...") or,
   after a comma, the same source's next words ("...، وتوقعت أن ..."): a forecast, as the
   participle "متوقعا أن" is.
3. a monitor's record told with "سجل"/"رصد" opening its clause: the monitor's statement,
   its words the recorded event or a count of incidents, as "وثق" is.
4. neutralising the attackers ("حيد 14 من المهاجمين") or some "of them" ("حيد ثلاثة
   منهم"): people put out of action, killed, as with "من المسلحين".
5. a call or a report coordinated after a comma with the sentence's opening verb, with no
   subject of its own ("أعربت البعثة عن قلقها ...، ودعت ..."، "كما أعربت ألمانيا عن قلقها،
   وحثت ..."): that verb's subject, not the speaker of the sentence before.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: the source between the verb and "أن"
    ('وتقدر منظمات إغاثة محلية أن 40 ألف شخص فروا من القرى الحدودية منذ مطلع الشهر.',
     [('منظمات إغاثة محلية', '40 ألف شخص فروا من القرى الحدودية منذ مطلع الشهر')]),
    ('من جهتها، قدرت المفوضية في تقرير أن 12 ألف عائلة ما زالت بلا مأوى، داعية المانحين '
     'إلى زيادة التمويل.',
     [('المفوضية', '12 ألف عائلة ما زالت بلا مأوى'), ('المفوضية', 'إلى زيادة التمويل')]),
    # (a source whose name opens with "ب", not the figure's "بـ")
    ('ويقدر برنامج الإغاثة الوطني أن مليوني شخص يحتاجون مساعدات عاجلة.',
     [('برنامج الإغاثة الوطني', 'مليوني شخص يحتاجون مساعدات عاجلة')]),
    # ... look-alikes: the agentless passive, a noun object before a participle's clause,
    # an estimate of a number in an aside
    ('ويقدر أن 25 ألف شخص نزحوا خلال الأسبوع.', []),
    ('وقدرت الوزارة الخسائر بنحو 5 ملايين دولار، مشيرة إلى أن 20 منزلا دمرت.',
     [('الوزارة', 'الخسائر بنحو 5 ملايين دولار'), ('الوزارة', '20 منزلا دمرت')]),
    ('وكان المسلحون، الذين يقدر عددهم بنحو 30، قد انسحبوا فجرا.', []),
])
def test_an_estimate_told_as_a_clause(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: the source and its clause; the same source's next words after a comma
    ('وتتوقع نقابة المزارعين أن تتراجع المحاصيل إلى النصف هذا الموسم.',
     [('نقابة المزارعين', 'تتراجع المحاصيل إلى النصف هذا الموسم')]),
    ('وذكرت الغرفة أن الصادرات ارتفعت إلى 300 مليون دولار، وتوقعت أن تتضاعف خلال العام '
     'المقبل.',
     [('الغرفة', 'الصادرات ارتفعت إلى 300 مليون دولار'),
      ('الغرفة', 'تتضاعف خلال العام المقبل')]),
    ('وتوقع المحافظ أن تعود الكهرباء إلى الأحياء الشرقية خلال أسبوع.',
     [('المحافظ', 'تعود الكهرباء إلى الأحياء الشرقية خلال أسبوع')]),
    # ... look-alikes: "توقع" of "أوقع" (causes) in a headline, the agentless "it is
    # expected", the same inside reported words (no inner source)
    ('غارة على سيارة في الجنوب توقع قتيلين', []),
    ('ويتوقع أن يصل الوفد إلى المدينة الأحد.', []),
    ('وقال الوزير إن محطة جديدة يتوقع أن تدخل الخدمة نهاية العام المقبل.',
     [('الوزير', 'محطة جديدة يتوقع أن تدخل الخدمة نهاية العام المقبل')]),
])
def test_a_forecast_with_its_source(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: the event's verbal noun, past a quoted name, an aside and a time phrase;
    # a count of incidents after "كانت ... قد" and after "حيث"
    ('وسجلت الشبكة مقتل 14 مدنيا خلال الشهر الماضي في ريف المدينة.',
     [('الشبكة', 'مقتل 14 مدنيا خلال الشهر الماضي في ريف المدينة')]),
    ('رصد "مرصد السهل الحقوقي"، وهو منظمة محلية، خلال الأسبوع الماضي اختطاف خمسة مزارعين.',
     [('مرصد السهل الحقوقي', 'اختطاف خمسة مزارعين')]),
    ('وكانت اللجنة قد سجلت خلال العام الماضي نحو 40 حالة اعتقال في المحافظة.',
     [('اللجنة', 'نحو 40 حالة اعتقال في المحافظة')]),
    ('وتتكرر حوادث الخطف في المنطقة، حيث سجلت منظمات محلية أكثر من 30 حالة خطف منذ مطلع '
     'العام.',
     [('منظمات محلية', 'أكثر من 30 حالة خطف منذ مطلع العام')]),
    # ... look-alikes: money allocated, a price that recorded a level, a count of things
    # that are no incidents, a patrol that spotted movement inside reported words
    ('ورصدت الحكومة 20 مليون دولار لإعادة تأهيل المدارس.', []),
    ('ورصدت البلدية 3 ملايين دولار للمشروع، بعد مقتل 20 شخصا في الفيضانات.', []),
    ('وسجل سعر صرف الدينار 1500 دينار للدولار أمس.', []),
    ('وسجلت البلدية 870 عقد إيجار خلال الشهر.', []),
    ('وقال مصدر إن دورية للجيش رصدت تحركات لمسلحين قرب الحدود.',
     [('مصدر', 'دورية للجيش رصدت تحركات لمسلحين قرب الحدود')]),
])
def test_a_monitors_record(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. members: the attackers, and "of them" with the pronoun of people
    ('وقال المتحدث إن الجيش حيد 14 من المهاجمين خلال الاشتباك.',
     [('حيد 14 من المهاجمين', 'killed', 14, 'exact')]),
    ('وأفاد الأهالي بأن مسلحين خطفوا ستة رعاة، وأن الجيش حيد ثلاثة منهم خلال الملاحقة.',
     [('خطفوا ستة رعاة', 'captured', 6, 'exact'), ('حيد ثلاثة منهم', 'killed', 3, 'exact')]),
    ('وأكد البيان أن القوات "حيدت" عددا من المهاجمين قرب الحاجز.',
     [('حيدت" عددا من المهاجمين', 'killed', 2, 'vague')]),
    # ... look-alikes: things neutralised ("منها", drones), the attackers with no count
    ('وأسقطت الدفاعات 6 مسيرات، وحيدت أربعا منها.', []),
    ('وحيد الجيش 4 طائرات مسيرة فوق المدينة.', []),
    ('وأعلن الجيش تحييد المهاجمين بعد ساعتين.', []),
])
def test_neutralising_the_attackers(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 5. members: after an expression of concern, a condemnation; a state with no article
    ('وقالت وزارة الخارجية إن الوضع هادئ. من جهتها، أعربت البعثة الأممية عن "قلقها العميق" '
     'إزاء الغارات، ودعت في بيان جميع الأطراف إلى "ضبط النفس".',
     [('وزارة الخارجية', 'الوضع هادئ'), ('البعثة الأممية', 'إلى "ضبط النفس"')]),
    ('وقال الوزير إن المفاوضات متعثرة. كما أعربت ألمانيا عن "قلقها الشديد"، وحثت على '
     '"العودة إلى الحوار".',
     [('الوزير', 'المفاوضات متعثرة'), ('ألمانيا', 'على "العودة إلى الحوار"')]),
    ('وقالت مصادر محلية إن القصف استمر ساعات. وأدانت النقابة الهجوم، ووثقت في تقرير مقتل 9 '
     'من العمال خلال الشهر.',
     [('مصادر محلية', 'القصف استمر ساعات'), ('النقابة', 'مقتل 9 من العمال خلال الشهر')]),
    # ... look-alikes: the same speaker's call after its own report in the sentence; a
    # preposition with its "و" opening the sentence, no verb with a subject
    ('وقال الوزير إن الاجتماع انتهى، ودعا إلى "تهدئة فورية".',
     [('الوزير', 'الاجتماع انتهى'), ('الوزير', 'إلى "تهدئة فورية"')]),
    ('وقال الناطق إن الغارة استهدفت مخزنا. وفي الأثناء، وصل الوفد إلى المدينة، ودعا إلى '
     '"وقف فوري لإطلاق النار".',
     [('الناطق', 'الغارة استهدفت مخزنا'), ('الناطق', 'إلى "وقف فوري لإطلاق النار"')]),
])
def test_a_coordinated_call_after_a_feeling(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
