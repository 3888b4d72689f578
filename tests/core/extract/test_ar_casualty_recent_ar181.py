"""Arabic round 181: a crowd of kin named by the dead they belong to is no toll; a bare
definite numeral told again with its state ("إن الثلاثة كانوا محتجزين لدى ..."); a quoted
name or a time between armed men and their joined verb of holding; a definite noun in
"-ين" before its dual passive is two ("أن الجانيين ضبطا"); one freed by kidnappers, or
"in one of" the kidnappings told, and a part "of" a counted whole freed are captives.
The probe sentences are our own, written in the style of news, with invented people and
places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

CASUALTIES = [
    # a crowd of kin, families or comrades, in construct with an indefinite plural whose
    # own clause tells its death, taking or loss: nobody counted
    ("تظاهر العشرات من ذوي سجناء أعدموا في السجن المركزي أمام مبنى المحافظة.", []),
    ("اعتصم المئات من عائلات مخطوفين اختطفوا قبل عامين أمام وزارة الداخلية.", []),
    ("وشارك المئات من رفاق مقاتلين قتلوا في المعارك في تشييع رمزي.", []),
    ("تظاهر عشرات من أقارب صيادين فقدوا في البحر أمام مبنى الميناء.", []),
    ("العشرات من ذوي سجناء أعدموا تظاهروا أمام المبنى.", []),
    # ... but the kin hurt or held themselves, a tribe's sons (a people, not kin), and
    # kin of a definite genitive stay figures
    ("أصيب العشرات من ذوي المعتقلين خلال تفريق الاعتصام.", [(24, "wounded")]),
    ("العشرات من أبناء عشائر قتلوا في القصف.", [(24, "killed")]),
    ("اعتقل العشرات من رفاق الناشط أمام المحكمة.", [(24, "arrested")]),
    ("المئات من أهالي قرى نزحوا إلى المدينة.", [(200, "displaced")]),
    # a bare definite numeral, the people counted before, with its state
    ("وقالت المنظمة إن الأربعة كانوا محتجزين لدى ميليشيا محلية منذ أشهر.",
     [(4, "captured")]),
    ("وذكر المصدر أن الثلاثة الآخرين ما زالوا محتجزين لدى الخاطفين.", [(3, "captured")]),
    ("وقالت الشبكة إن الثلاثة كانوا محتجزين لدى كتيبة درع الجنوب منذ أشهر.",
     [(3, "captured")]),
    ("وقال إن الستة كانوا معتقلين لدى الشرطة.", [(6, "arrested")]),
    ("خطف مسلحون ثلاثة مهندسين الشهر الماضي، وقال مصدر إن الثلاثة أطلق سراحهم بعد دفع فدية.",
     [(3, "captured"), (3, "captured")]),
    ("وقال إن الاشتباك بدأ بعد احتجاز خمسة من عناصر الفصيل عند حاجز، مضيفا أن الخمسة أفرج "
     "عنهم مساء أمس.", [(5, "arrested"), (5, "captured")]),
    ("وأضاف أن الخمسة قتلوا في الحال.", [(5, "killed")]),
    ("وأكد المصدر أن الستة أصيبوا بجروح طفيفة.", [(6, "wounded")]),
    ("وأضاف أن الأربعة اختطفوا من منازلهم.", [(4, "captured")]),
    # a named battalion holds as a militia does, its name in quotes or not; a state's
    # battalion, or the military police, arrests
    ('وقالت الشبكة إن الثلاثة كانوا محتجزين لدى كتيبة "درع الجنوب" منذ أشهر.',
     [(3, "captured")]),
    ('وقالت الشبكة إن 4 صحفيين محتجزون لدى حركة "الفجر" منذ أشهر.', [(4, "captured")]),
    ("وقالت إن 5 شبان محتجزون لدى كتيبة الشرطة في المدينة.", [(5, "arrested")]),
    ("وقال إن الستة كانوا محتجزين لدى الشرطة العسكرية منذ أسابيع.", [(6, "arrested")]),
    # ... not their own deed (an object after the verb), a state with no outcome, nor a
    # numeral after its noun (an adjective, read elsewhere if at all)
    ("وأضاف أن الثلاثة قتلوا حارس المصرف.", []),
    ("وأشار إلى أن الخمسة كانوا مطلوبين للقضاء.", []),
    ("وأكد أن الثلاثة كانوا في طريقهم إلى العمل.", []),
    ("وقال إن الأفران الثلاثة توقفت عن العمل.", []),
    # armed men carried to their joined verb of holding past a quoted name or a time
    ('اقتحم مسلحون مقر قناة "نجوم الوادي" في حي السلام مساء أمس الاثنين، واحتجزوا ستة من '
     "العاملين فيها.", [(6, "captured")]),
    ('هاجم مسلحون من عشيرة الضحية منازل يشتبهون بانتماء أصحابها إلى خلية تابعة لتنظيم "داعش"، '
     "واحتجزوا خمسة شبان.", [(5, "captured")]),
    ('داهم ملثمون مقر جمعية "الأمل" الخيرية صباح اليوم الخميس، واحتجزوا ثلاثة من موظفيها.',
     [(3, "captured")]),
    ('اعترض مسلحون مجهولون حافلة تابعة لشركة "النور" للنقل فجر السبت، واحتجزوا 12 راكبا.',
     [(12, "captured")]),
    # ... with the staff held named after them (a broadcaster is a person noun)
    ("اقتحم مسلحون مقر إذاعة محلية مساء أمس، واحتجزوا ستة من العاملين فيها، بينهم مذيعة "
     "ومصور، قبل أن يطلقوا سراح ثلاثة منهم.",
     [(6, "captured"), (1, "captured"), (1, "captured"), (3, "captured")]),
    ("قالت مذيعة إن الوضع هادئ.", []),
    # ... the police so carried keep it an arrest
    ('داهم عناصر من الشرطة مقر جمعية "الأمل" صباح اليوم الخميس، واحتجزوا ثلاثة من موظفيها.',
     [(3, "arrested")]),
    # a definite noun in "-ين" after "أن"/"إن", its dual passive right after: two
    ("وذكر البيان أن الجانيين ضبطا في شقة بالمدينة.", [(2, "arrested")]),
    ("وقالت العائلة إن الصيادين اختطفا قرب الجزيرة.", [(2, "captured")]),
    ("وقال إن القاضيين اختطفا من منزليهما.", [(2, "captured")]),
    ("وذكر أن الصيادين أصيبا بجروح.", [(2, "wounded")]),
    ("وذكرت الشرطة أن المشتبهين اعتقلا في المطار.", [(2, "arrested")]),
    # ... not the doers of a deed with its object, nor a plural verb, nor no outcome
    ("وأكد أن المسلحين قتلا حارسا.", [(1, "killed")]),
    ("وقال إن الصيادين خرجوا إلى البحر.", []),
    ("وأضاف أن الطرفين اتفقا على هدنة.", []),
    # one freed by kidnappers, by armed men after a taking told, or "in one of" the
    # kidnappings told before; a
    # part "of" a counted whole that a release frees (the whole read by its own words)
    ("وشهدت المنطقة أربع عمليات خطف منذ العام الماضي، أفرج في إحداها عن طبيب سوداني بعد "
     "دفع فدية.", [(1, "captured")]),
    ("وسجلت ثلاث حوادث خطف في الإقليم هذا العام، أطلق في إحداها سراح مهندس تركي بعد شهرين.",
     [(1, "captured")]),
    ("أفرج خاطفون عن طبيب من مدينة الواحة فجر اليوم بعد أسبوعين من احتجازه.",
     [(1, "captured")]),
    ("اختطف مسلحون خمسة عمال من موقع البناء يوم الأحد. وأفرج المسلحون أمس عن عامل مسن "
     "لأسباب صحية.", [(5, "captured"), (1, "captured")]),
    ("أفرج الخاطفون عن طبيب صباح اليوم.", [(1, "captured")]),
    ("أطلق مسلحون سراح اثنين من ستة موظفين خطفوا قبل أسبوع.",
     [(2, "captured"), (6, "captured")]),
    ("أفرج الخاطفون عن ثلاثة من سبعة عمال اختطفوا الشهر الماضي.",
     [(3, "captured"), (7, "captured")]),
    ("أفرجت الجماعة عن خمسة من عشرة رهائن لديها.", [(5, "captured"), (10, "captured")]),
    # ... not one told before (definite), a state's release, a shooting, "one of" the
    # sittings of a court (no taking told), nor a release with no doer
    ("أطلقوا سراح سائق السيارة بعد ساعات.", []),
    ("أفرج مسلحون عن سائق شاحنة أمس بعد دفع فدية.", []),
    ("أفرج مسلحون عن تاجر وخطفوا شقيقه.", []),
    ("أفرجت قوى الأمن عن شاب بعد التحقيق معه.", []),
    ("أفرجت السلطات عن سجين سياسي بعد عشر سنوات.", []),
    ("أطلق مسلحون النار على شاب.", []),
    ("أفرجت الشرطة في إحدى القضايا عن متهم.", []),
    ("عقدت المحكمة ثلاث جلسات هذا الشهر، أفرج في إحداها عن طبيب.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected
