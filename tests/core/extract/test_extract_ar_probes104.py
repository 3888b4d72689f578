"""Arabic probes, hundred-and-fourth round (issue 11): the sixtieth set's families, each
written as a rule of news Arabic with members and look-alikes that must not fire.

Statements:

1. A closing source's title with the person's name set between commas after it ("،
   بحسب ما قال رئيس مجلس المدينة، فلان، لموقع ..."، "، وفق ما أفاد رئيس المجلس القروي،
   فلان، الذي قال ان ..."): the name closes the source (title and name, as written), the
   words are the clause before the source, and a relative clause after the name is read
   on its own. Look-alikes: a source with no name before its relative clause, a source in
   commas inside the clause that goes on after it.
2. The day the speaker spoke, after the outlet he spoke to, between a title with its name
   in commas and the complementizer ("، فلان، لوكالة فرانس برس صباح اليوم ان"). Look-alikes:
   the same without the name or without the day (already read).
3. A source set off by its own comma closes the whole sentence, not only the "بعد أن"/
   "بعدما"/"حيث" clause before it ("تراجعت المساحات ...، بعد ان جف الجدول، وفق ما أعلنت
   الشعبة"). Look-alikes: the source with no comma before it keeps the clause only.

Casualties:

4. One of them as the object of a verb whose subject is its plural suffix ("ثم اقتادوا
   أحدهم"، "وقتلوا أحدهما") and as the subject of the death idiom ("ولقي أحدهم حتفه").
   Look-alikes: the singular "وقتل أحدهم" (who killed whom is not said), "لقي" meeting
   someone or finding a welcome.
5. The present of assassination kills as "يقتلون" does ("مسلحون يغتالون مسؤولا محليا").
   Look-alikes: assassinating dreams or a state.

Dates:

6. A bare month one or two after the publication's, after "حتى", is the coming one ("ستبقى
   القوة في البلدة حتى مطلع حزيران" on 10 May). Look-alikes: a range that opens on a month
   of its own or with "منذ", a month three ahead, a past narrative with "كان".

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. the closing source's name in commas
    ('أصيب مزارع برصاص المستوطنين قرب القرية، وفق ما أفاد رئيس المجلس القروي، سامي عودة، '
     'الذي قال ان المستوطنين أحرقوا 20 شجرة زيتون.',
     [('رئيس المجلس القروي، سامي عودة', 'أصيب مزارع برصاص المستوطنين قرب القرية'),
      ('سامي عودة', 'المستوطنين أحرقوا 20 شجرة زيتون')]),
    ('عاد نحو 300 طالب الى مدارس البلدة هذا الأسبوع، بحسب ما قال مدير التربية في القضاء، '
     'خالد النعيمي، لصحيفة "الصباح".',
     [('مدير التربية في القضاء، خالد النعيمي', 'عاد نحو 300 طالب الى مدارس البلدة هذا الأسبوع')]),
    ('قتل عشرة مقاتلين في الاشتباكات، بحسب ما أفاد قائد المحور، العميد ناصر القردعي، لوكالة '
     'رويترز.',
     [('قائد المحور، العميد ناصر القردعي', 'قتل عشرة مقاتلين في الاشتباكات')]),
    ('ارتفعت أسعار الخبز في الأسواق، بحسب رئيس نقابة الخبازين، عادل الهاشمي، الذي طالب بدعم '
     'الطحين.',
     [('رئيس نقابة الخبازين، عادل الهاشمي', 'ارتفعت أسعار الخبز في الأسواق')]),
    # 2. the day after the outlet
    ('وقال مدير المستشفى، سامر العلي، لوكالة فرانس برس صباح اليوم ان ثلاثة جرحى وصلوا الى '
     'الطوارئ.',
     [('مدير المستشفى، سامر العلي', 'ثلاثة جرحى وصلوا الى الطوارئ')]),
    ('وقال رئيس البلدية، حسين ضاهر، لتلفزيون لبنان امس الأحد ان القصف طال أطراف البلدة، وان '
     'الأهالي غادروا.',
     [('رئيس البلدية، حسين ضاهر', 'القصف طال أطراف البلدة'), ('حسين ضاهر', 'الأهالي غادروا')]),
    # 3. a source in its own comma closes the whole sentence
    ('تراجعت المساحات المزروعة في القضاء الى أقل من النصف، بعد ان جف جدول الري، وفق ما '
     'أعلنت شعبة الزراعة.',
     [('شعبة الزراعة',
       'تراجعت المساحات المزروعة في القضاء الى أقل من النصف، بعد ان جف جدول الري')]),
    ('أغلقت المدارس أبوابها في البلدة، حيث نزح معظم السكان، بحسب مسؤول محلي.',
     [('مسؤول محلي', 'أغلقت المدارس أبوابها في البلدة، حيث نزح معظم السكان')]),
    ('توقفت المخابز عن العمل في المدينة، بعدما نفد الطحين من مستودعاتها، وفق ما أفاد أصحاب '
     'أفران.',
     [('أصحاب أفران', 'توقفت المخابز عن العمل في المدينة، بعدما نفد الطحين من مستودعاتها')]),
])
def test_statement_members(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل عشرة مقاتلين في الاشتباكات، بحسب المرصد، الذي يعتمد على شبكة من المصادر.',
     [('المرصد', 'قتل عشرة مقاتلين في الاشتباكات')]),
    ('وأدت المعارك، بحسب المرصد، إلى مقتل عشرة مقاتلين.',
     [('المرصد', 'وأدت المعارك، بحسب المرصد، إلى مقتل عشرة مقاتلين')]),
    ('وقال مدير المستشفى لوكالة فرانس برس امس الأحد ان ثلاثة جرحى وصلوا الى الطوارئ.',
     [('مدير المستشفى', 'ثلاثة جرحى وصلوا الى الطوارئ')]),
    ('وقال مدير المستشفى، سامر العلي، لوكالة فرانس برس ان ثلاثة جرحى وصلوا الى الطوارئ.',
     [('مدير المستشفى، سامر العلي', 'ثلاثة جرحى وصلوا الى الطوارئ')]),
    ('عقد المجلس جلسة طارئة، حيث قتل 37 مدنيا منذ الأحد بحسب الأمم المتحدة.',
     [('الأمم المتحدة', 'قتل 37 مدنيا منذ الأحد')]),
])
def test_statement_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. one of them, by a plural verb or the death idiom
    ('وأطلق المسلحون النار على الرعاة ثم اقتادوا أحدهم الى جهة مجهولة.',
     [('اقتادوا أحدهم', 'captured', 1, 'exact')]),
    ('وقال الشهود ان المسلحين خطفوا أحدهم قبل ان يفروا.',
     [('خطفوا أحدهم', 'captured', 1, 'exact')]),
    ('وهاجم المسلحون الحاجز وقتلوا أحدهما.', [('وقتلوا أحدهما', 'killed', 1, 'exact')]),
    ('وذكر المستشفى ان الجرحى الثلاثة نقلوا الى مركز المدينة. ولقي أحدهم حتفه في الطريق.',
     [('الجرحى الثلاثة', 'wounded', 3, 'exact'), ('ولقي أحدهم حتفه', 'killed', 1, 'exact')]),
    ('وأصيب ثلاثة عمال في الانفجار، ولقيت إحداهن حتفها.',
     [('وأصيب ثلاثة عمال', 'wounded', 3, 'exact'), ('ولقيت إحداهن حتفها', 'killed', 1, 'exact')]),
    # 5. the present of assassination
    ('مسلحون يغتالون مسؤولا محليا في البلدة ويصيبون اثنين من مرافقيه',
     [('يغتالون مسؤولا محليا', 'killed', 1, 'exact'),
      ('ويصيبون اثنين من مرافقيه', 'wounded', 2, 'exact')]),
    ('مسلحون مجهولون يغتالون طبيبا في المدينة', [('يغتالون طبيبا', 'killed', 1, 'exact')]),
])
def test_casualty_members(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقتل أحدهم في القصف.', []),
    ('وكان أحدهم قد لقي والده في السوق.', []),
    ('ولقي أحدهم ترحيبا حارا من الأهالي.', []),
    ('والتقى الوزير بممثلي العشائر الذين أبلغوا أحدهم بالقرار.', []),
    ('الحرب تغتال أحلام الطلاب في المدينة', []),
    ('وقال ان الفساد يغتال الدولة.', []),
])
def test_casualty_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 6. until a month one or two ahead (published 10 May 2018)
    ('ستبقى القوة في البلدة حتى مطلع حزيران.', [('مطلع حزيران', '2018-06')]),
    ('معلنة ارسال قوة من 200 عنصر الى البلدة حتى نهاية حزيران.', [('نهاية حزيران', '2018-06')]),
    ('وقررت البلدية إغلاق السوق حتى منتصف تموز.', [('منتصف تموز', '2018-07')]),
])
def test_date_members(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل 300 شخص في المحافظة من آذار حتى حزيران.', [('آذار', '2018-03'), ('حزيران', '2017-06')]),
    ('وأحصت الوزارة 40 حادثا منذ مطلع العام حتى نهاية حزيران.', [('نهاية حزيران', '2017-06')]),
    ('وكانت القوات قد انتشرت في البلدة حتى مطلع حزيران.', [('مطلع حزيران', '2017-06')]),
    # (a month four ahead with no cue of the future but "حتى"; "ستبقى" itself now sends
    # the month ahead, as any verb after the future's "س" does)
    ('معلنة ارسال قوة الى البلدة حتى مطلع أيلول.', [('مطلع أيلول', '2017-09')]),
    ('ستبقى القوة في البلدة حتى مطلع أيلول.', [('مطلع أيلول', '2018-09')]),
])
def test_date_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected
