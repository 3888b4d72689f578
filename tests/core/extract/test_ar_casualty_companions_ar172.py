"""Arabic round 172: companions counted after one named person who was killed, hurt or
taken ("وخمسة من جنوده"، "وسبعة من مرافقيهما"), also past his name in apposition between
commas and a unit's number; a count's own verb after "، و" opens a new clause; a
headline's present tense of taking captive ("يأسرون"); one
of two captives released ("الإفراج عن أحدهما") three sentences after their capture;
strikes and sorties are no people fleeing.
The probe sentences are our own, written in the style of news, with invented people and
places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

CASUALTIES = [
    # companions of a named head share his outcome: his soldiers, men, fighters, comrades
    ("قتل قائد سرية في الجيش النظامي وأربعة من جنوده في هجوم على نقطة تفتيش.",
     [(1, "killed"), (4, "killed")]),
    ("لقي قائد الفوج 12 وستة من جنوده مصرعهم في كمين.", [(6, "killed")]),
    ("قتل ضابط برتبة رائد و٣ من عناصره بانفجار عبوة ناسفة.", [(1, "killed"), (3, "killed")]),
    # ... and the dual's pronoun after two heads
    ("قتل في الاشتباك قياديان في الجماعة وتسعة من مقاتليهما.", [(2, "killed"), (9, "killed")]),
    ("وقتل في الكمين السابق قائدان آخران وخمسة من رفاقهما.", [(2, "killed"), (5, "killed")]),
    ("أصيب قائد الشرطة في المديرية واثنان من حراسه بجروح.", [(2, "wounded")]),
    # ... past the head's name in apposition between commas, opened by his rank or title
    ("قتل قائد اللواء، العقيد منصور الحداد، وثلاثة من مرافقيه في كمين قرب الوادي.",
     [(3, "killed")]),
    ("اغتيل رئيس المجلس المحلي، الشيخ حمدان الزيدي، واثنان من أبنائه أمام منزلهم.",
     [(2, "killed")]),
    ("قتل مدير أمن المديرية، المقدم فارس العبدلي، و٤ من حراسه بهجوم مسلح.",
     [(4, "killed")]),
    ("قتل آمر الكتيبة 45، العميد كريم الشمري، و2 من مرافقيه بانفجار.", [(2, "killed")]),
    ("خطف مسلحون مدير المدرسة، المهندس كامل ناجي، واثنين من زملائه.", [(2, "captured")]),
    # ... no outcome, no figure: a meeting, a reception, an honour
    ("استقبل الوزير، العقيد سالم عوض، وثلاثة من مرافقيه في مكتبه.", []),
    ("التقى قائد الكتيبة وأربعة من جنوده بوجهاء القرية.", []),
    ("كرم المحافظ قائد اللواء، العميد نبيل حسون، وخمسة من جنوده.", []),
    # after a comma, the count's own verb joined by "و" opens a new clause: the outcome
    # before the comma is not the count's
    ("قتل جندي في المعركة، وعاد خمسة من رفاقه إلى الثكنة.", [(1, "killed")]),
    ("قتل شرطي في الاشتباك، وحمل ٣ من زملائه نعشه إلى المقبرة.", [(1, "killed")]),
    ("اعتقلت القوات شابا من الحي، وقال 4 من جيرانه إنه بريء.", [(1, "arrested")]),
    ("قتل مزارع في القصف، وغادر عشرات من السكان القرية.", [(1, "killed")]),
    # ... while a joining adverb, a qualifier or a part's marker keeps the outcome
    ("قتل جندي في المعركة، وكذلك ثلاثة مدنيين.", [(3, "killed")]),
    ("اعتقلت القوات 5 شبان، ونحو 20 طالبا.", [(5, "arrested"), (20, "arrested")]),
    ("قتل 12 شخصا، وبينهم 3 أطفال.", [(12, "killed"), (3, "killed")]),
    # a headline's present tense of taking captive, a count right after it
    ("مسلحون يأسرون أربعة من الشرطة بكمين لدورية في الجنوب", [(4, "captured")]),
    ("الجماعة تأسر ٣ جنود في هجوم على موقع حدودي", [(3, "captured")]),
    ("متمردون يأسرون 12 عنصرا من قوات الأمن قرب الحدود", [(12, "captured")]),
    # ... "captivates" takes no count
    ("أغنية جديدة تأسر قلوب الجمهور", []),
    ("الفريق يأسر الأنظار بفوزه الكبير", []),
    # one of the captives released, the capture told up to three sentences before
    ("خطف مسلحون موظفين اثنين على طريق المطار يوم الأحد. وقالت العائلة إنها تلقت اتصالا من "
     "الخاطفين. وأعلنت الشرطة مساء أمس الإفراج عن أحدهما بعد وساطة.",
     [(2, "captured"), (1, "captured")]),
    ("اختطفت عصابة ثلاثة تجار من سوق المدينة. وطالب الخاطفون بفدية كبيرة. وقال مصدر أمني إن "
     "قوة خاصة حررت أحدهم فجر اليوم.", [(3, "captured"), (1, "captured")]),
    ("احتجز مسلحون سائقين اثنين عند حاجز قرب البلدة. ولم تعلن أي جهة مسؤوليتها. وقالت مصادر "
     "محلية إن المفاوضات جارية. وأفرج المسلحون اليوم عن أحدهما.",
     [(2, "captured"), (1, "captured")]),
    # ... with no capture told, a release stays no figure
    ("أفرجت السلطات عن أحدهم بعد التحقيق.", []),
    # strikes and sorties are no people taking refuge or fleeing
    ("نفذ الطيران ثلاث ضربات على مواقع يرجح أنهم لجؤوا إليها.", []),
    ("شن الطيران أربع طلعات على مخابئ يعتقد أنهم فروا إليها.", []),
    ("نفذ الطيران ثلاث ضربات على مواقع يرجح أن المهاجمين لجؤوا إليها.", []),
    ("شن الطيران ٤ طلعات فوق الوادي الذي فر إليه المسلحون.", []),
    ("نفذ الجيش ضربتين على كهوف يعتقد أن المسلحين لجؤوا إليها.", []),
    ("نفذت المقاتلات 5 هجمات على مخابئ فر إليها عناصر التنظيم.", []),
    # ... while people who took refuge, and the dead of strikes, are read as before
    ("وصل ثلاثة آلاف شخص لجؤوا إلى المدينة هربا من القتال.", [(3000, "displaced")]),
    ("قتل خمسة أشخاص في ثلاث ضربات جوية على السوق.", [(5, "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected
