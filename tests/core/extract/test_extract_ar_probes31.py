"""Arabic probes, thirty-first round (issue 11): the one addressed by a call, an urging, a
demand or a blame, which the second blind Arabic set (``bench/blind/ar-2.jsonl``) showed
taken as the speaker, written anew as rules of how Arabic news is written:

1. "دعا/حث/طالب/ناشد/حمّل" as a second verb after a comma: the one phrase before the call
   is the addressee, and the speaker is the subject named before (the report's speaker in
   the same sentence, else the subject of the sentence's opening verb, past an opening
   "كما" and past the object in "ب" of "رحبت"); look-alikes: a subject of its own after
   the verb, before the addressee, still speaks, and so does the subject of an opening
   call verb;
2. with a subject before the verb ("لكن الشرطة حملت "..." المسؤولية"), a quoted name after
   it is the one blamed, not a second subject;
3. with the subject before a call verb ("وكانت اللجنة قد حثت الأطراف ... على"), all that
   stands between the verb and the call is the addressee's.

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. the addressee after a second call verb ...
    ('قالت الحكومة الكندية إن الأزمة تتفاقم في إقليم الوادي الأخضر، وطالبت مجلس الأمن '
     'بعقد جلسة طارئة.',
     [('الحكومة الكندية', 'الأزمة تتفاقم في إقليم الوادي الأخضر'),
      ('الحكومة الكندية', 'بعقد جلسة طارئة')]),
    ('وقال رئيس البلدية سليم الداودي إن القصف دمر المدرسة، ودعا الوسطاء إلى "التدخل '
     'فورا".',
     [('رئيس البلدية سليم الداودي', 'القصف دمر المدرسة'),
      ('رئيس البلدية سليم الداودي', 'إلى "التدخل فورا"')]),
    ('وقال العميد إن القصف مستمر، وحث السكان على البقاء في منازلهم.',
     [('العميد', 'القصف مستمر'), ('العميد', 'على البقاء في منازلهم')]),
    # ... after a verb that is no report: the subject of the sentence's opening verb ...
    ('رحبت وزارة الخارجية القطرية بوقف إطلاق النار، وحثت الأطراف المتحاربة على '
     '"الالتزام الكامل بالهدنة".',
     [('وزارة الخارجية القطرية', 'على "الالتزام الكامل بالهدنة"')]),
    ('كما عبرت الرابطة عن "قلقها"، وطالبت الحكومة بفتح تحقيق في الحادث.',
     [('الرابطة', 'بفتح تحقيق في الحادث')]),
    ('وأدانت الرابطة الهجوم على قرية النخيلات، وحملت "عصابات مسلحة" المسؤولية عن مقتل '
     'المدنيين.',
     [('الرابطة', 'المسؤولية عن مقتل المدنيين')]),
    # ... and look-alikes: a subject of its own after the verb, before the addressee ...
    ('وقال المتحدث إن القصف مستمر، ودعت وزارة الخارجية الأطراف إلى "ضبط النفس".',
     [('المتحدث', 'القصف مستمر'), ('وزارة الخارجية', 'إلى "ضبط النفس"')]),
    ('وقال العميد إن القصف مستمر، وحث قائد الشرطة السكان على البقاء في منازلهم.',
     [('العميد', 'القصف مستمر'), ('قائد الشرطة', 'على البقاء في منازلهم')]),
    # ... an opening call verb, whose subject follows it ...
    ('ودعت وزارة الخارجية الأطراف إلى "ضبط النفس" في مدينة السمراء.',
     [('وزارة الخارجية', 'إلى "ضبط النفس" في مدينة السمراء')]),
    ('وطالب الاتحاد الأوروبي بالإفراج عن المحتجزين.',
     [('الاتحاد الأوروبي', 'بالإفراج عن المحتجزين')]),
    # ... and a call verb after a comma with no "و": no second verb of the same subject
    ('في مدينة السمراء، دعت البلدية السكان إلى الابتعاد عن الجسر.',
     [('البلدية', 'إلى الابتعاد عن الجسر')]),
    # 2. a quoted name after a verb whose subject came before it is the one blamed
    ('لكن الشرطة المحلية حملت "عصابات التهريب" المسؤولية، ودعت السكان إلى الإبلاغ عن '
     'أي تحركات.',
     [('الشرطة المحلية', '"عصابات التهريب" المسؤولية'),
      ('الشرطة المحلية', 'إلى الإبلاغ عن أي تحركات')]),
    ('وكانت الحكومة قد اتهمت "كتائب الفجر" بتنفيذ الهجوم.',
     [('الحكومة', '"كتائب الفجر" بتنفيذ الهجوم')]),
    # ... and look-alike: with no subject before the verb, the quoted name is the subject
    ('واتهمت "كتائب الفجر" العراقية الجيش بقصف القرية.',
     [('"كتائب الفجر" العراقية', 'الجيش بقصف القرية')]),
    # 3. with the subject before a call verb, what follows the verb is the addressee's
    ('وكانت اللجنة الدولية قد حثت الأطراف المتنازعة في اجتماعها الأخير على "احترام '
     'الهدنة".',
     [('اللجنة الدولية', 'على "احترام الهدنة"')]),
    ('لكن المنظمة دعت السكان إلى البقاء في منازلهم.',
     [('المنظمة', 'إلى البقاء في منازلهم')]),
    # ... and look-alike: with no subject before it, the subject follows the verb
    ('ودعا الرئيس المجتمع الدولي إلى التدخل.', [('الرئيس', 'إلى التدخل')]),
    # look-alikes for a reading of "اكتفى ... بالقول إن" (see the xfail below): confined to
    # a short statement or to an act, no words given
    ('واكتفت الوزارة ببيان مقتضب عن الحادث.', []),
    ('واكتفى الجيش بالرد على مصادر النيران.', []),
])
def test_addressee_and_reporting_forms(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


# Seen in this round and left (strict xfails: a silent fix shows).
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('واكتفت إذاعة "صوت الوادي" التابعة للجماعة بالقول إن الغارة استهدفت '
                 'مخزنا للوقود.',
                 [('إذاعة "صوت الوادي" التابعة للجماعة', 'الغارة استهدفت مخزنا للوقود')],
                 # (a strict xfail of this round, read since the leftovers after the
                 # forty-fourth Arabic round)
                 id='iktafa-bil-qawl'),
    # (a strict xfail of this round, read since: the dot of "د." ends no sentence)
    pytest.param('وقال المتحدث باسم الوزارة، د. هاني الجبوري، في بيان مقتضب إن الفرق تعمل.',
                 [('المتحدث باسم الوزارة، د. هاني الجبوري',
                   'الفرق تعمل')], id='title-abbreviation'),
])
def test_statement_misses_left(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
