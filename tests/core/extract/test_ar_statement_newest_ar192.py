"""Arabic statements, round 192 (issue 11): a title then the person's name, and a call
then the count that moved it.

1. A title then the name:
   a. A source closing the sentence ("، وفق ما أعلنه مديرها العام، العميد فلان، مساء
      الأحد."): the name in commas after the title, then the time of saying in its own
      commas, closes the sentence as its end does; the title may carry the pronoun of the
      body it heads ("مديرها"، "رئيسه"). The words before end at the comma, and a later
      "وأوضح أن" goes on with the same speaker.
   b. A speaker described by the road he works on, its two ends joined by a dash ("أحد
      سائقي الحافلات على خط حمص - طرطوس، ويدعى فلان، إن"): the dash does not end the
      description, so the aside that names him is read.
   c. "علي" as a given name written with ya after an office over the body it serves,
      before the outlet addressed ("وقال عضو مجلس المحافظة علي فلان الفلاني لموقع "..."
      إن"): the name, not the preposition "على", so the speaker is read.
2. A call, then the count that moved it ("ودعت المنظمة إلى "..."، بعد أن أحصت وفاة 14
   طفلا"): the call ends at the comma; the count is the same speaker's second entry.
3. Other misses:
   a. "A number of" people with "من" ("وأكد عدد من التجار أن ...، مشيرين إلى أن"): a
      group that speaks, and the participle after its words is the group's, not a speaker
      named before; "عدد القتلى" in construct stays a figure that says nothing.
   b. A headline naming an international organisation by its short name ("الهجرة
      الدولية: 600 مهاجر ..."، "العفو الدولية: ..."); the field with another adjective
      is a topic ("الهجرة غير الشرعية: ...").
   c. A bare present of accusing after a comma with its definite accuser at once ("...،
      تتهم الشرطة عصابات تهريب بالوقوف وراء معظمها"); a passive ("، يتهم بالوقوف") says
      nothing.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

_HEAD = "أخبار المدينة\n"


def _body(sentence: str) -> list[tuple[str | None, str]]:
    return ar_statements(_HEAD + sentence)


_WATER = "بدأت فرق الدفاع المدني بتوزيع خزانات مياه على الأحياء الشرقية"


@pytest.mark.parametrize(("text", "expected"), [
    # 1a. the closing source's title, its name, then the time of saying
    (_WATER + "، وفق ما أعلنه مديرها العام، العميد سامر فاضل الحلبي، مساء الأحد. "
     "وأوضح أن الخزانات تتسع لألف لتر.",
     [("مديرها العام، العميد سامر فاضل الحلبي", _WATER),
      ("مديرها العام، العميد سامر فاضل الحلبي", "الخزانات تتسع لألف لتر")]),
    ("افتتحت البلدية جسرا جديدا فوق نهر القرية، حسبما أعلنه رئيسها، المهندس كريم يوسف "
     "داود، صباح اليوم.",
     [("رئيسها، المهندس كريم يوسف داود", "افتتحت البلدية جسرا جديدا فوق نهر القرية")]),
    (_WATER + "، بحسب مدير الدفاع المدني، العميد سامر الحلبي، اليوم الخميس.",
     [("مدير الدفاع المدني، العميد سامر الحلبي", _WATER)]),
    ("أغلقت الشرطة الطريق الساحلي أمام الشاحنات، حسب ما قاله قائدها في المنطقة، المقدم "
     "جمال عيسى، أمس.",
     [("قائدها في المنطقة، المقدم جمال عيسى", "أغلقت الشرطة الطريق الساحلي أمام الشاحنات")]),
    # ... the possessed title with the name closing the sentence at once
    (_WATER + "، وفق ما أعلنه مديرها، العميد سامر الحلبي.",
     [("مديرها، العميد سامر الحلبي", _WATER)]),
    # near-misses: a title with no name after it, as before
    (_WATER + "، وفق ما أعلنه مديرها العام مساء الأحد.",
     [("مديرها العام", _WATER)]),
])
def test_closing_title_name_time(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _body(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 1b. the road's two ends joined by a dash, then the aside that names the speaker
    ("وقال أحد سائقي الحافلات على خط حمص - طرطوس، ويدعى حسان عبيد، إن الطريق آمن.",
     [("أحد سائقي الحافلات على خط حمص - طرطوس، ويدعى حسان عبيد", "الطريق آمن")]),
    ("وقالت إحدى المسافرات على طريق البلدة – المطار، وتدعى منى سالم، إن الرحلة "
     "استغرقت ست ساعات.",
     [("إحدى المسافرات على طريق البلدة – المطار، وتدعى منى سالم",
       "الرحلة استغرقت ست ساعات")]),
    ("وقال أحد العاملين على محور الرمادي - القائم الجديد، ويدعى سعد كريم، إن الطريق "
     "آمن.",
     [("أحد العاملين على محور الرمادي - القائم الجديد، ويدعى سعد كريم", "الطريق آمن")]),
    # near-misses: no road before the dash, the speaker as before
    ("وأكد أحد الحمالين في سوق حمص - طرطوس، ويدعى سعد كريم، أن الطريق آمن.",
     [("أحد الحمالين في سوق حمص - طرطوس", "الطريق آمن")]),
    # ... a road with no dash, as before
    ("وقال أحد سائقي الحافلات على طريق المطار، ويدعى حسان عبيد، إن الطريق آمن.",
     [("أحد سائقي الحافلات على طريق المطار، ويدعى حسان عبيد", "الطريق آمن")]),
])
def test_road_then_named(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _body(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 1c. "علي" as a name after an office over its body, before the outlet addressed
    ('وقال عضو مجلس المحافظة علي سالم العبدلي لموقع "أخبار الوادي" إن البلدة "تعرضت '
     'لثلاث هجمات"، وإن عشرات العائلات غادرتها.',
     [("عضو مجلس المحافظة علي سالم العبدلي", 'البلدة "تعرضت لثلاث هجمات"'),
      ("عضو مجلس المحافظة علي سالم العبدلي", "عشرات العائلات غادرتها")]),
    ('وقال عضو مجلس المحافظة علي العبدلي لموقع "أخبار الوادي" إن البلدة تعرضت لثلاث '
     'هجمات.',
     [("عضو مجلس المحافظة علي العبدلي", "البلدة تعرضت لثلاث هجمات")]),
    ('وقال رئيس البلدية علي حسن لصحيفة "الصباح" إن الجسر سيفتتح قريبا.',
     [("رئيس البلدية علي حسن", "الجسر سيفتتح قريبا")]),
    ('وقال محافظ المدينة علي كريم الساعدي لقناة "الرافدين" إن الطريق أغلق.',
     [("محافظ المدينة علي كريم الساعدي", "الطريق أغلق")]),
    # near-misses: the preposition "على" as written, before its object
    ("وقال عضو مجلس المحافظة على هامش الجلسة إن البلدة تعرضت لثلاث هجمات.",
     [("عضو مجلس المحافظة", "البلدة تعرضت لثلاث هجمات")]),
    ('وقال رئيس البلدية على صفحته لصحيفة "الصباح" إن الجسر سيفتتح قريبا.',
     [("رئيس البلدية", "الجسر سيفتتح قريبا")]),
])
def test_ali_after_office(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _body(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. a call, then the count after "، بعد أن"/"، بعدما"
    ('ودعت منظمة الصحة العالمية إلى "فتح ممرات آمنة للمرضى"، بعد أن أحصت وفاة 14 طفلا '
     'في المخيم منذ مطلع الشهر.',
     [("منظمة الصحة العالمية", 'إلى "فتح ممرات آمنة للمرضى"'),
      ("منظمة الصحة العالمية", "وفاة 14 طفلا في المخيم منذ مطلع الشهر")]),
    ('ودعت منظمات إنسانية محلية إلى "وقف القصف فورا"، بعد أن أحصت مقتل 40 مدنيا خلال '
     'أسبوع.',
     [("منظمات إنسانية محلية", 'إلى "وقف القصف فورا"'),
      ("منظمات إنسانية محلية", "مقتل 40 مدنيا خلال أسبوع")]),
    ('ودعا المرصد إلى "تحقيق دولي مستقل"، بعدما أحصى سقوط 12 قتيلا في الغارات.',
     [("المرصد", 'إلى "تحقيق دولي مستقل"'), ("المرصد", "سقوط 12 قتيلا في الغارات")]),
    ("ودعت الأمم المتحدة إلى التهدئة، بعد أن وثقت نزوح ثلاثة آلاف عائلة من القرى "
     "الحدودية.",
     [("الأمم المتحدة", "إلى التهدئة"),
      ("الأمم المتحدة", "نزوح ثلاثة آلاف عائلة من القرى الحدودية")]),
    ("وحثت الشبكة الحكومة على حماية الصحفيين، بعدما وثقت اعتقال 9 منهم منذ يناير.",
     [("الشبكة", "على حماية الصحفيين"), ("الشبكة", "اعتقال 9 منهم منذ يناير")]),
    # near-misses: another verb after "بعد أن" stays in the call, as before
    ('ودعت الجمعية إلى "حماية الصيادين"، بعد أن غرق قارب في البحر.',
     [("الجمعية", 'إلى "حماية الصيادين"، بعد أن غرق قارب في البحر')]),
    # ... and a count with no call before it is the count alone
    ("وأحصت المنظمة وفاة 14 طفلا في المخيم منذ مطلع الشهر.",
     [("المنظمة", "وفاة 14 طفلا في المخيم منذ مطلع الشهر")]),
])
def test_call_then_count(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _body(text) == expected


_CHIEF = "وقال مدير الشرطة في المدينة إن الحملة مستمرة. "
_CHIEF_SAID = ("مدير الشرطة في المدينة", "الحملة مستمرة")


@pytest.mark.parametrize(("text", "expected"), [
    # 3a. a number of people, and the plural participle after their words
    (_CHIEF + 'في المقابل، أكد عدد من التجار أن المحلات "مصدر رزقنا الوحيد"، مشيرين إلى '
     'أن عشرات العائلات تعيش من البيع.',
     [_CHIEF_SAID, ("عدد من التجار", 'المحلات "مصدر رزقنا الوحيد"'),
      ("عدد من التجار", "عشرات العائلات تعيش من البيع")]),
    (_CHIEF + "وقال عدد من السكان إن المياه مقطوعة، مؤكدين أن الشكاوى لم تلق ردا.",
     [_CHIEF_SAID, ("عدد من السكان", "المياه مقطوعة"),
      ("عدد من السكان", "الشكاوى لم تلق ردا")]),
    (_CHIEF + "وأفاد عدد كبير من الأهالي بأن المياه مقطوعة، مضيفين أن الشكاوى لم تلق ردا.",
     [_CHIEF_SAID, ("عدد كبير من الأهالي", "المياه مقطوعة"),
      ("عدد كبير من الأهالي", "الشكاوى لم تلق ردا")]),
    ("وقال عدد من الأطباء في المستشفى إن الأدوية نفدت.",
     [("عدد من الأطباء في المستشفى", "الأدوية نفدت")]),
    # near-misses: a toll in construct says nothing
    (_CHIEF + "وأشار عدد الضحايا إلى أن الكارثة كبيرة.", [_CHIEF_SAID]),
    ("وأشار عدد القتلى إلى حجم الكارثة.", []),
])
def test_number_of_people(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _body(text) == expected


_BODY = "\nوصل مئات المهاجرين إلى المدينة خلال الأشهر الماضية."


@pytest.mark.parametrize(("text", "expected"), [
    # 3b. an international organisation's short name before a headline's colon
    ("الهجرة الدولية: 600 مهاجر عبروا الصحراء نحو المدينة منذ يناير",
     [("الهجرة الدولية", "600 مهاجر عبروا الصحراء نحو المدينة منذ يناير")]),
    ("الهجرة الدولية: 40 حالة وفاة في الصحراء خلال أسبوع",
     [("الهجرة الدولية", "40 حالة وفاة في الصحراء خلال أسبوع")]),
    ("العفو الدولية: السلطات تحتجز 70 ناشطا دون محاكمة",
     [("العفو الدولية", "السلطات تحتجز 70 ناشطا دون محاكمة")]),
    ("الطاقة الذرية: لا تسرب إشعاعيا من المحطة",
     [("الطاقة الذرية", "لا تسرب إشعاعيا من المحطة")]),
    # near-misses: the field with another adjective, or alone, is a topic
    ("الهجرة غير الشرعية: قوارب الموت تعود إلى السواحل", []),
    ("الطاقة المتجددة: محطة شمسية جديدة في الصحراء", []),
    ("الهجرة: رحلة بلا عودة", []),
])
def test_organisation_headline(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text + _BODY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3c. the bare present of accusing after a comma, its accuser at once
    ("وتشهد البلدة منذ أشهر هجمات متكررة على الدوريات، تتهم الشرطة عصابات تهريب بالوقوف "
     "وراء معظمها.",
     [("الشرطة", "عصابات تهريب بالوقوف وراء معظمها")]),
    ("وتشهد البلدة منذ أشهر هجمات متكررة على الدوريات، يتهم الجيش مسلحين من خارج "
     "المنطقة بتنفيذها.",
     [("الجيش", "مسلحين من خارج المنطقة بتنفيذها")]),
    ("تعرضت المدينة لسلسلة تفجيرات العام الماضي، تتهم الحكومة جماعة متطرفة بالمسؤولية "
     "عنها.",
     [("الحكومة", "جماعة متطرفة بالمسؤولية عنها")]),
    ("وتشهد البلدة هجمات متكررة، تتهم السلطات عصابات تهريب بالوقوف وراءها.",
     [("السلطات", "عصابات تهريب بالوقوف وراءها")]),
    # near-misses: the passive after a comma names no accuser
    ("وأوقفت الشرطة رجلا، يتهم بالوقوف وراء السرقات.", []),
    ("وأوقفت الشرطة ثلاثة شبان، يتهمون بسرقة المحلات.", []),
])
def test_comma_accusation(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _body(text) == expected
