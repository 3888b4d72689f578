"""Arabic round 181: a crowd of kin named by the dead they belong to is no toll; a bare
definite numeral told again with its state ("إن الثلاثة كانوا محتجزين لدى ..."); a quoted
name or a time between armed men and their joined verb of holding; a definite noun in
"-ين" before its dual passive is two ("أن الجانيين ضبطا").
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
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected
