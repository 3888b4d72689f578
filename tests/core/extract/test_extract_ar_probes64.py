"""Arabic probes, sixty-fourth round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. "the latter" ("الأخيرة"، "الأخير") as the subject after an accusation or a blame names the
   party accused, the one named last ("واتهم الجيش الحركة بقصف ...، بينما نفت الأخيرة").
2. a monitor's count inside reported words ("إن فرق الهيئة أحصت 9,300 وحدة متضررة"، "أن
   فرق الرصد وثقت 19 حادثة انفجار") is the monitor's own statement, as a record of an event
   is; also after "أيضا", after "حتى الآن", and inside a participle's words ("، مشيرا إلى أن
   ..."). "وثق" with a count of anything but incidents may be a notary's "authenticated".
3. "، أحدهما" + who that one is (a person noun, a nationality held) right after a figure of
   two or more is one of that figure, with its outcome.
4. a headline label opening with a voice of the press, a study, a laboratory or a tribe
   ("صحفي ...:"، "دراسة ...:"، "مختبر ...:"، "قبيلة ...:") is who speaks, as "محلل:" and
   "وثيقة أممية:" are, not a dateline place; only as the label's first word.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: the accused of the sentence's accusation or blame is "the latter"
    ('واتهمت الشرطة عصابة الوادي بخطف التاجر، بينما نفت الأخيرة أي علاقة لها بالحادث.',
     [('الشرطة', 'عصابة الوادي بخطف التاجر'), ('عصابة الوادي', 'أي علاقة لها بالحادث')]),
    ('وحمّل المحافظ "كتائب الجبل" مسؤولية القصف، فيما نفت الأخيرة في بيان استهداف الأحياء.',
     [('المحافظ', '"كتائب الجبل" مسؤولية القصف'), ('كتائب الجبل', 'استهداف الأحياء')]),
    ('واتهم الجيش الحزب بتفجير الجسر، فيما نفى الأخير ذلك، وقال في بيان إن "الجيش يكذب".',
     [('الجيش', 'الحزب بتفجير الجسر'), ('الحزب', 'ذلك'), ('الحزب', 'الجيش يكذب')]),
    # ... look-alikes: "the latter" after a plain report keeps its word (as before), and the
    # adjective "الأخيرة" is no subject
    ('وقال الجيش إن المسلحين هاجموا القرية، فيما نفت الأخيرة ذلك.',
     [('الجيش', 'المسلحين هاجموا القرية'), ('الأخيرة', 'ذلك')]),
    ('واتهم الجيش الحزب بتفجير الجسر، وقالت الدفعة الأخيرة من النازحين إنها وصلت.',
     [('الجيش', 'الحزب بتفجير الجسر'), ('الدفعة الأخيرة من النازحين', 'وصلت')]),
])
def test_the_latter_after_an_accusation(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: a count inside reported words, after a time phrase, "حتى الآن" or "أيضا"
    ('وقال مدير الهيئة إن لجان المسح أحصت منذ 3 آذار 2024 نحو 1,200 منزل متضرر، بينها 90 '
     'دمرت كليا.',
     [('مدير الهيئة', 'لجان المسح أحصت منذ 3 آذار 2024 نحو 1,200 منزل متضرر، بينها 90 دمرت '
                      'كليا'),
      ('لجان المسح', 'نحو 1,200 منزل متضرر، بينها 90 دمرت كليا')]),
    ('وأضاف أن فرق البلدية أحصت حتى الآن 640 محلا متضررا.',
     [(None, 'فرق البلدية أحصت حتى الآن 640 محلا متضررا'),
      ('فرق البلدية', '640 محلا متضررا')]),
    ('وقالت الرابطة إن الأهالي يعانون، مشيرة إلى أن فرقها وثقت 27 حادثة اعتداء خلال الشهر.',
     [('الرابطة', 'الأهالي يعانون'),
      ('الرابطة', 'فرقها وثقت 27 حادثة اعتداء خلال الشهر'),
      ('فرقها', '27 حادثة اعتداء خلال الشهر')]),
    ('وأوضح المرصد أن القصف طال السوق، مشيرا إلى أن فرقه وثقت أيضا اعتقال خمسة شبان.',
     [('المرصد', 'القصف طال السوق'),
      ('المرصد', 'فرقه وثقت أيضا اعتقال خمسة شبان'),
      ('فرقه', 'اعتقال خمسة شبان')]),
    # ... look-alikes: a notary's "وثق" of deeds, a negated count, and a count with no
    # noun after it stay inside the words (as before)
    ('وقال رئيس الدائرة إن الدائرة وثقت خلال الشهر أكثر من 3 آلاف عقد بيع.',
     [('رئيس الدائرة', 'الدائرة وثقت خلال الشهر أكثر من 3 آلاف عقد بيع')]),
    ('وقال المدير إن اللجان لم تحص حتى الآن 500 منزل.',
     [('المدير', 'اللجان لم تحص حتى الآن 500 منزل')]),
    ('وقال المدير إن المكتب وثق الحادثة في تقريره.',
     [('المدير', 'المكتب وثق الحادثة في تقريره')]),
])
def test_a_monitors_count_inside_reported_words(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: one of a figure of two or more, named by who that one is
    ('وأسفر القصف عن مقتل شخصين، أحدهما شرطي في مديرية المرور، وإصابة أربعة آخرين.',
     [('مقتل شخصين', 'killed', 2, 'exact'),
      ('أحدهما شرطي في مديرية المرور', 'killed', 1, 'exact'),
      ('وإصابة أربعة آخرين', 'wounded', 4, 'exact')]),
    ('وقال المصدر إن القوات أسرت ثلاثة من المسلحين، أحدهم يحمل الجنسية التشادية.',
     [('أسرت ثلاثة من المسلحين', 'captured', 3, 'exact'),
      ('أحدهم يحمل الجنسية التشادية', 'captured', 1, 'exact')]),
    # ... look-alikes: a later act of that one ("أفرج عنه"), no figure before the comma, a
    # description after a count that is no casualty figure (as before)
    # (the one freed is one of the captured since round ar123)
    ('وأعلن السائقون الإضراب بعد خطف ثلاثة سائقين، أحدهم أفرج عنه أمس.',
     [('خطف ثلاثة سائقين', 'captured', 3, 'exact'), ('أحدهم', 'captured', 1, 'exact')]),
    ('وقال إن الطيران استهدف خبيرين، أحدهما إيراني الجنسية.', []),
    ('وقال إن الوفد ضم عضوين، أحدهما ضابط متقاعد.', []),
])
def test_one_of_them_described_after_a_figure(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. members: the label opens with a voice no dateline place is
    ('دراسة أكاديمية: ثلث الأطفال النازحين خارج المدارس\nوأعدت الدراسة جامعة محلية.',
     [('دراسة أكاديمية', 'ثلث الأطفال النازحين خارج المدارس')]),
    ('صحفية سودانية على فيسبوك: القصف طال سوق المدينة\nوانقطعت الاتصالات عن المدينة.',
     [('صحفية سودانية على فيسبوك', 'القصف طال سوق المدينة')]),
    ('قبيلة في شمال كردفان: مقتل ثلاثة رعاة وسرقة مواشيهم\nوهاجم مسلحون مراعي القبيلة.',
     [('قبيلة في شمال كردفان', 'مقتل ثلاثة رعاة وسرقة مواشيهم')]),
    ('مختبر لتحليل الصور الجوية: احتراق 9 قرى خلال أسبوع\nونشر المختبر صورا للقرى.',
     [('مختبر لتحليل الصور الجوية', 'احتراق 9 قرى خلال أسبوع')]),
    # ... look-alikes: the same nouns after an event's noun are whom the news is about, and a
    # place label stays a dateline (as before)
    ('مقتل صحفي في غزة: الاحتلال يستهدف الطواقم\nوقتل صحفي في غارة.', []),
    ('نزوح قبيلة في دارفور: مئات الأسر بلا مأوى\nونزحت الأسر إلى المدينة.', []),
    ('كسلا: مقتل راع في هجوم\nوقتل راع في هجوم مسلح.', []),
])
def test_a_voice_opening_a_headline_label(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
