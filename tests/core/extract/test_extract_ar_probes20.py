"""Arabic probe reports, twentieth round (issue 11): whole short fictional reports read by
all three engines at once, in registers no earlier round imitated - an election-violence
roundup from Iraqi provinces (one paragraph per province opening "كركوك:"، the police and a
party answering each other); cross-border shelling told by both sides, each with its own
toll and days; a fact-check piece ("تحقق: ادعاء ... غير صحيح") whose figures are claims
being checked; a victim's profile (dates of birth and death, the Friday prayer); a press
union's count since the start of the year ("منذ مطلع العام"، "حتى الآن"); a Sudanese RSF
communiqué answered by the army and a doctors' committee; a Gaza health ministry bulletin
in Eastern Arabic digits.

Every report is fictional and written for these tests; places, outlets and titles are used
only as settings. Publication date: Thursday 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import (
    AR_PUBLISHED,
    ar_dates,
    ar_statements,
    as_gold,
    check_report,
    figures,
)
from workbench.core.extract.evaluate import evaluate_docs

_R01_ELECTION = (
    'العراق: هجمات متفرقة تستهدف مرشحين عشية الانتخابات في أربع محافظات\n'
    'بغداد - «المدى»: شهدت محافظات عراقية عدة خلال الساعات الماضية أعمال عنف طالت مرشحين '
    'ومقار انتخابية، قبل يومين من موعد الاقتراع المقرر السبت المقبل.\n'
    'كركوك: قالت قيادة شرطة المحافظة في بيان إن مسلحين مجهولين أطلقوا النار على موكب مرشح '
    'عن الجبهة التركمانية مساء الثلاثاء، ما أسفر عن إصابة اثنين من حراسه.\n'
    'في المقابل، اتهمت الجبهة التركمانية في بيان "جهات معروفة" بالوقوف وراء الهجوم، وأكدت '
    'أن الشرطة "تأخرت ساعة كاملة في الوصول".\n'
    'الأنبار: أفاد مصدر أمني بأن عبوة ناسفة انفجرت قرب مقر لتحالف القرار في الفلوجة فجر '
    'اليوم، ما أدى إلى مقتل أحد الحراس وإصابة ثلاثة مارة.\n'
    'ديالى: أعلنت الشرطة اعتقال 4 متهمين بتمزيق صور المرشحين وإحراق مقر انتخابي في بعقوبة.')
_R02_BORDER = (
    'قصف متبادل على الحدود اللبنانية السورية.. وكل طرف يعلن حصيلته\n'
    'بيروت - «الوكالة الوطنية للإعلام»: سقطت قذائف مصدرها الأراضي السورية على بلدة '
    'القصر في قضاء الهرمل بعد ظهر أمس، ما أدى إلى استشهاد مواطنين اثنين وجرح خمسة، بحسب '
    'مندوب الوكالة.\n'
    'وقال رئيس بلدية القصر إن القصف استمر نحو ساعتين، وإن "الأهالي نزحوا إلى الملاجئ".\n'
    'في المقابل، نقلت وكالة الأنباء السورية «سانا» عن مصدر عسكري أن مسلحين تسللوا من '
    'الجانب اللبناني ليل الاثنين، وأن وحدات الجيش "قتلت سبعة منهم وأصابت آخرين".\n'
    'وأوضح المصدر أن الاشتباكات تجددت صباح الأربعاء، وأسفرت عن استشهاد جنديين.\n'
    'ولم يصدر عن الجيش اللبناني أي تعليق حتى مساء اليوم الخميس.')
_R03_FACTCHECK = (
    'تحقق: ادعاء مقتل 300 مدني في قصف على الرقة غير صحيح\n'
    'عمان - «مسبار»: تداولت صفحات على مواقع التواصل الاجتماعي منذ يوم الاثنين منشورا يزعم '
    'أن طائرات التحالف الدولي قتلت 300 مدني في غارة واحدة على مدينة الرقة.\n'
    'وبعد التحقق، تبين أن الصورة المرفقة بالمنشور تعود إلى 12 آب 2016 ولا علاقة لها '
    'بالرقة.\n'
    'وقالت منظمة "إيروورز" المختصة برصد الضحايا المدنيين إن "الرقم مبالغ فيه إلى حد '
    'كبير".\n'
    'وأضافت المنظمة أن توثيقها يشير إلى مقتل ما بين 23 و31 مدنيا في غارات على أطراف '
    'المدينة خلال الأسبوع الماضي.')
_R04_PROFILE = (
    'من هو الطفل محمد أيوب الذي قتل على حدود غزة؟\n'
    'غزة - ولد محمد أيوب في 14 كانون الأول 2003 في مخيم جباليا، واستشهد يوم الجمعة '
    '20 نيسان 2018 برصاصة في الرأس شرق المخيم، عن 14 عاما.\n'
    'وقال والده إبراهيم، في حديث لـ«الأيام»، إن محمد "كان يحلم بأن يصبح طبيبا".\n'
    'وأضاف أنه خرج مع أصدقائه بعد صلاة الجمعة، ولم يعد.\n'
    'وبحسب وزارة الصحة، فإن محمد هو الطفل السادس الذي يستشهد منذ 30 آذار، فيما أصيب '
    'أكثر من 500 طفل بجروح مختلفة.')
_R05_PRESS = (
    'نقابة الصحفيين اليمنيين: 3 صحفيين قتلوا منذ مطلع العام\n'
    'صنعاء - أعلنت نقابة الصحفيين اليمنيين في تقريرها الفصلي الصادر اليوم الخميس أنها '
    'رصدت 61 انتهاكا ضد الصحفيين منذ مطلع العام الجاري.\n'
    'وأوضحت النقابة أن ثلاثة صحفيين قتلوا، واختطف 14 آخرون، لا يزال 9 منهم محتجزين حتى '
    'الآن.\n'
    'وقال نقيب الصحفيين إن الحوثيين "يتحملون مسؤولية 70 بالمئة من الانتهاكات".\n'
    'وكانت النقابة قد سجلت خلال العام الماضي مقتل 11 صحفيا.')
_R06_RSF = (
    'الدعم السريع تعلن السيطرة على بلدة في شمال دارفور.. والجيش: صددنا الهجوم\n'
    'الخرطوم - قالت قوات الدعم السريع في بيان على منصة تلغرام مساء الأربعاء إنها سيطرت '
    'على بلدة أم كدادة بعد معارك "قتلت فيها أكثر من 100 من عناصر الجيش".\n'
    'في المقابل، أكد الناطق الرسمي باسم القوات المسلحة أن الجيش صد الهجوم، وكبد '
    'المهاجمين خسائر فادحة.\n'
    'من جهتها، أفادت لجنة أطباء السودان المركزية بأن قصفا مدفعيا على سوق البلدة أودى '
    'بحياة 9 مدنيين، وأسفر عن إصابة العشرات.\n'
    'وأضافت اللجنة أن نحو 2000 أسرة فرت من البلدة منذ فجر الثلاثاء.')
_R07_GAZA = (
    'الصحة بغزة: ارتفاع عدد الشهداء إلى ٥٨ منذ صباح الاثنين\n'
    'غزة - أعلن الناطق باسم وزارة الصحة أشرف القدرة، في مؤتمر صحفي مساء اليوم، ارتفاع '
    'عدد الشهداء برصاص الاحتلال شرق القطاع منذ صباح الاثنين إلى ٥٨ شهيدا، بينهم ٦ أطفال.\n'
    'وأضاف أن ٢٧٠٠ مواطن أصيبوا بجروح مختلفة، بينهم ١٣٥٩ بالرصاص الحي، ووصفت حالة ١٢ '
    'منهم بالخطيرة.\n'
    'وأشار القدرة إلى أن الطواقم الطبية "تعمل في ظروف بالغة الصعوبة".')

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = (
    # "لا يزال 9 منهم محتجزين": the held among the abducted
    (_R05_PRESS, 'casualties'),
)


_STATEMENTS: list[tuple[str, list]] = [
    (_R01_ELECTION,
     [('قيادة شرطة المحافظة',
       'مسلحين مجهولين أطلقوا النار على موكب مرشح عن الجبهة التركمانية مساء الثلاثاء، ما أسفر '
       'عن إصابة اثنين من حراسه'),
      ('الجبهة التركمانية', '"جهات معروفة" بالوقوف وراء الهجوم'),
      ('الجبهة التركمانية', 'الشرطة "تأخرت ساعة كاملة في الوصول"'),
      ('مصدر أمني',
       'عبوة ناسفة انفجرت قرب مقر لتحالف القرار في الفلوجة فجر اليوم، ما أدى إلى مقتل أحد '
       'الحراس وإصابة ثلاثة مارة'),
      ('الشرطة', 'اعتقال 4 متهمين بتمزيق صور المرشحين وإحراق مقر انتخابي في بعقوبة')]),
    (_R02_BORDER,
     [('مندوب الوكالة',
       'سقطت قذائف مصدرها الأراضي السورية على بلدة القصر في قضاء الهرمل بعد ظهر أمس، ما أدى '
       'إلى استشهاد مواطنين اثنين وجرح خمسة'),
      ('رئيس بلدية القصر', 'القصف استمر نحو ساعتين'),
      ('رئيس بلدية القصر', 'الأهالي نزحوا إلى الملاجئ'),
      ('وكالة الأنباء السورية «سانا»', 'مسلحين تسللوا من الجانب اللبناني ليل الاثنين'),
      ('مصدر عسكري', 'مسلحين تسللوا من الجانب اللبناني ليل الاثنين'),
      ('مصدر عسكري', 'وحدات الجيش "قتلت سبعة منهم وأصابت آخرين"'),
      ('المصدر', 'الاشتباكات تجددت صباح الأربعاء، وأسفرت عن استشهاد جنديين')]),
    (_R03_FACTCHECK,
     [('منظمة "إيروورز" المختصة برصد الضحايا المدنيين', 'الرقم مبالغ فيه إلى حد كبير'),
      ('المنظمة',
       'توثيقها يشير إلى مقتل ما بين 23 و31 مدنيا في غارات على أطراف المدينة خلال الأسبوع '
       'الماضي')]),
    (_R04_PROFILE,
     [('والده إبراهيم', 'محمد "كان يحلم بأن يصبح طبيبا"'),
      ('والده إبراهيم', 'خرج مع أصدقائه بعد صلاة الجمعة، ولم يعد'),
      ('وزارة الصحة',
       'محمد هو الطفل السادس الذي يستشهد منذ 30 آذار، فيما أصيب أكثر من 500 طفل بجروح '
       'مختلفة')]),
    (_R05_PRESS,
     [('نقابة الصحفيين اليمنيين', '3 صحفيين قتلوا منذ مطلع العام'),
      ('نقابة الصحفيين اليمنيين', 'رصدت 61 انتهاكا ضد الصحفيين منذ مطلع العام الجاري'),
      ('النقابة', 'ثلاثة صحفيين قتلوا، واختطف 14 آخرون، لا يزال 9 منهم محتجزين حتى الآن'),
      ('نقيب الصحفيين', 'الحوثيين "يتحملون مسؤولية 70 بالمئة من الانتهاكات"')]),
    (_R06_RSF,
     [('الدعم السريع', 'السيطرة على بلدة في شمال دارفور'),
      ('الجيش', 'صددنا الهجوم'),
      ('قوات الدعم السريع',
       'سيطرت على بلدة أم كدادة بعد معارك "قتلت فيها أكثر من 100 من عناصر الجيش"'),
      ('الناطق الرسمي باسم القوات المسلحة', 'الجيش صد الهجوم، وكبد المهاجمين خسائر فادحة'),
      ('لجنة أطباء السودان المركزية',
       'قصفا مدفعيا على سوق البلدة أودى بحياة 9 مدنيين، وأسفر عن إصابة العشرات'),
      ('اللجنة', 'نحو 2000 أسرة فرت من البلدة منذ فجر الثلاثاء')]),
    (_R07_GAZA,
     [('الصحة بغزة', 'ارتفاع عدد الشهداء إلى ٥٨ منذ صباح الاثنين'),
      ('الناطق باسم وزارة الصحة أشرف القدرة',
       'ارتفاع عدد الشهداء برصاص الاحتلال شرق القطاع منذ صباح الاثنين إلى ٥٨ شهيدا، بينهم ٦ '
       'أطفال'),
      ('الناطق باسم وزارة الصحة أشرف القدرة',
       '٢٧٠٠ مواطن أصيبوا بجروح مختلفة، بينهم ١٣٥٩ بالرصاص الحي'),
      ('القدرة', 'الطواقم الطبية "تعمل في ظروف بالغة الصعوبة"')]),
]

@pytest.mark.parametrize(("text", "expected"), _STATEMENTS)
def test_report_statements(request: pytest.FixtureRequest, text: str,
                           expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected, AR_PUBLISHED)


_CASUALTIES: list[tuple[str, list]] = [
    (_R01_ELECTION,
     [('إصابة اثنين من حراسه', 'wounded', 2, None, 'exact', 'من حراسه'),
      ('مقتل أحد الحراس', 'killed', 1, None, 'exact', 'الحراس'),
      ('وإصابة ثلاثة مارة', 'wounded', 3, None, 'exact', 'مارة'),
      ('اعتقال 4 متهمين', 'arrested', 4, None, 'exact', 'متهمين')]),
    (_R02_BORDER,
     [('استشهاد مواطنين اثنين', 'killed', 2, None, 'exact', 'مواطنين'),
      ('وجرح خمسة', 'wounded', 5, None, 'exact', None),
      ('قتلت سبعة منهم', 'killed', 7, None, 'exact', None),
      ('استشهاد جنديين', 'killed', 2, None, 'exact', 'جنديين')]),
    # the claim being checked is a figure as written, as a denied toll is
    (_R03_FACTCHECK,
     [('مقتل 300 مدني', 'killed', 300, None, 'exact', 'مدني'),
      ('قتلت 300 مدني', 'killed', 300, None, 'exact', 'مدني'),
      ('مقتل ما بين 23 و31 مدنيا', 'killed', 23, 31, 'range', 'مدنيا')]),
    # a named victim without a count is no figure
    (_R04_PROFILE,
     [('أصيب أكثر من 500 طفل', 'wounded', 500, None, 'more_than', 'طفل')]),
    (_R05_PRESS,
     [('3 صحفيين قتلوا', 'killed', 3, None, 'exact', 'صحفيين'),
      ('ثلاثة صحفيين قتلوا', 'killed', 3, None, 'exact', 'صحفيين'),
      ('واختطف 14 آخرون', 'captured', 14, None, 'exact', None),
      ('9 منهم محتجزين', 'captured', 9, None, 'exact', None),
      ('مقتل 11 صحفيا', 'killed', 11, None, 'exact', 'صحفيا')]),
    (_R06_RSF,
     [('قتلت فيها أكثر من 100 من عناصر الجيش', 'killed', 100, None, 'more_than',
       'من عناصر الجيش'),
      ('بحياة 9 مدنيين', 'killed', 9, None, 'exact', 'مدنيين'),
      ('إصابة العشرات', 'wounded', 24, None, 'vague', None),
      ('نحو 2000 أسرة فرت', 'displaced', 2000, None, 'about', 'أسرة')]),
    (_R07_GAZA,
     [('عدد الشهداء إلى ٥٨', 'killed', 58, None, 'exact', None),
      ('٥٨ شهيدا', 'killed', 58, None, 'exact', None),
      ('٦ أطفال', 'killed', 6, None, 'exact', 'أطفال'),
      ('٢٧٠٠ مواطن أصيبوا', 'wounded', 2700, None, 'exact', 'مواطن'),
      ('١٣٥٩', 'wounded', 1359, None, 'exact', None)]),
]

@pytest.mark.parametrize(("text", "expected"), _CASUALTIES)
def test_report_casualties(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "casualties", expected, AR_PUBLISHED)


_DATES: list[tuple[str, list]] = [
    (_R01_ELECTION,
     [('السبت المقبل', '2018-05-12'),
      ('مساء الثلاثاء', '2018-05-08'),
      ('فجر اليوم', '2018-05-10')]),
    (_R02_BORDER,
     [('ظهر أمس', '2018-05-09'),
      ('ليل الاثنين', '2018-05-07'),
      ('صباح الأربعاء', '2018-05-09'),
      ('مساء اليوم الخميس', '2018-05-10')]),
    (_R03_FACTCHECK,
     [('يوم الاثنين', '2018-05-07'),
      ('12 آب 2016', '2016-08-12'),
      ('الأسبوع الماضي', '2018-04-30')]),
    (_R04_PROFILE,
     [('14 كانون الأول 2003', '2003-12-14'),
      ('يوم الجمعة 20 نيسان 2018', '2018-04-20'),
      # the Friday prayer of the day he was killed, the Friday the report dated
      ('الجمعة', '2018-04-20'),
      ('30 آذار', '2018-03-30')]),
    (_R05_PRESS,
     [('اليوم الخميس', '2018-05-10'),
      ('مطلع العام الجاري', '2018'),
      ('العام الماضي', '2017')]),
    (_R06_RSF,
     [('مساء الأربعاء', '2018-05-09'),
      ('فجر الثلاثاء', '2018-05-08')]),
    (_R07_GAZA,
     [('صباح الاثنين', '2018-05-07'),
      ('مساء اليوم', '2018-05-10'),
      ('صباح الاثنين', '2018-05-07')]),
]

@pytest.mark.parametrize(("text", "expected"), _DATES)
def test_report_dates(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "dates", expected, AR_PUBLISHED)


def test_reports_meet_the_aims_as_the_evaluation_scores_them() -> None:
    """The round's reports scored as `workbench eval` scores a corpus reach the issue's
    aims on unseen text (casualties and dates 0.85, statements 0.70)."""
    expected = {kind: dict(cases) for kind, cases in (
        ("statements", _STATEMENTS), ("casualties", _CASUALTIES), ("dates", _DATES))}
    scores = evaluate_docs([as_gold(text, expected["statements"][text],
                                    expected["casualties"][text], expected["dates"][text],
                                    AR_PUBLISHED) for text in expected["dates"]],
                           details=False)
    assert scores["casualties"]["f1"] >= 0.85
    assert scores["dates"]["f1"] >= 0.85
    assert scores["statements"]["f1"] >= 0.70


# --- the rules of this round, with what they must leave alone --------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # four digits before the people they count are a count, not a year ...
    ('وقال إن نحو 2000 أسرة فرت من البلدة.',
     [('نحو 2000 أسرة فرت', 'displaced', 2000, None, 'about', 'أسرة')]),
    ('ونزحت 1900 عائلة من القرى.',
     [('ونزحت 1900 عائلة', 'displaced', 1900, None, 'exact', 'عائلة')]),
    # ... while a year stays a year
    ('وقتل في عام 2015 جنود كثيرون.', []),
    ('وفي 2014 قتل 5 جنود.', [('قتل 5 جنود', 'killed', 5, None, 'exact', 'جنود')]),
    # the event's pronoun between a tight verb and its count
    ('وقالت إنها سيطرت على البلدة بعد معارك قتلت فيها أكثر من 100 من عناصر الجيش.',
     [('قتلت فيها أكثر من 100 من عناصر الجيش', 'killed', 100, None, 'more_than',
       'من عناصر الجيش')]),
    ('وهو هجوم أصيب خلاله 3 مدنيين.',
     [('أصيب خلاله 3 مدنيين', 'wounded', 3, None, 'exact', 'مدنيين')]),
    # ... but no verb of an outcome, no figure
    ('وانفجرت فيها 5 عبوات ناسفة.', []),
    # a masdar's "two" is its object, with the partitive group after it ...
    ('ما أسفر عن إصابة اثنين من حراسه.',
     [('إصابة اثنين من حراسه', 'wounded', 2, None, 'exact', 'من حراسه')]),
    # ... while after a plural noun "two" is its adjective
    ('وأعلنت الشرطة العثور على مفقودين اثنين.',
     [('مفقودين اثنين', 'missing', 2, None, 'exact', None)]),
    # a bare revised toll takes the outcome of the report's earlier toll ...
    ('أفاد المرصد بأن حصيلة الغارات ارتفعت إلى 37 قتيلا.\nوأعلن الدفاع المدني انتشال 6 '
     'جثث إضافية، لترتفع الحصيلة إلى 43.',
     [('37 قتيلا', 'killed', 37, None, 'exact', None),
      ('6 جثث', 'killed', 6, None, 'exact', None),
      ('الحصيلة إلى 43', 'killed', 43, None, 'exact', None)]),
    ('ارتفع عدد الجرحى إلى 20 جريحا. وارتفعت الحصيلة إلى 25 في المساء.',
     [('20 جريحا', 'wounded', 20, None, 'exact', None),
      ('الحصيلة إلى 25', 'wounded', 25, None, 'exact', None)]),
    # ... not the outcome of a figure that was no toll, nor with no toll before it ...
    ('قتل 5 أشخاص. وارتفعت الحصيلة إلى 7.',
     [('قتل 5 أشخاص', 'killed', 5, None, 'exact', 'أشخاص')]),
    ('وأعلن الدفاع المدني انتشال 6 جثث، لترتفع الحصيلة إلى 43.',
     [('6 جثث', 'killed', 6, None, 'exact', None)]),
    # ... nor when the number counts things
    ('ارتفعت حصيلة القتلى إلى 9. وارتفعت الحصيلة إلى 12 غارة.',
     [('حصيلة القتلى إلى 9', 'killed', 9, None, 'exact', None)]),
])
def test_casualty_rules(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's second source with a colon, after the pair's "و" ...
    ('الدعم السريع تعلن السيطرة على بلدة.. والجيش: صددنا الهجوم\nالخرطوم - قصفت المدفعية '
     'البلدة.',
     [('الدعم السريع', 'السيطرة على بلدة'), ('الجيش', 'صددنا الهجوم')]),
    # ... keeping a "و" that is the word's own
    ('قصف على البلدة.. وزير الدفاع: صددنا الهجوم\nالخرطوم - قصفت المدفعية البلدة.',
     [('وزير الدفاع', 'صددنا الهجوم')]),
    # each of several sides names nobody ...
    ('قصف متبادل على الحدود.. وكل طرف يعلن حصيلته\nبيروت - قصفت المدفعية البلدة.', []),
    # ... while "كل من" lists the speakers
    ('وأكد كل من الوزير ونظيره أن الهدنة صامدة.', [('كل من الوزير ونظيره', 'الهدنة صامدة')]),
])
def test_statement_rules(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday the report tied to a date is that day when named bare again ...
    ('واستشهد يوم الجمعة 20 نيسان 2018 شرق المخيم.\nوقال والده إنه خرج بعد صلاة الجمعة.',
     [('يوم الجمعة 20 نيسان 2018', '2018-04-20'), ('الجمعة', '2018-04-20')]),
    # ... not with "الماضية" after it, nor another weekday, nor with no date before it
    ('واستشهد يوم الجمعة 20 نيسان. وتظاهر الآلاف الجمعة الماضية.',
     [('يوم الجمعة 20 نيسان', '2018-04-20'), ('الجمعة الماضية', '2018-05-04')]),
    ('واستشهد يوم الجمعة 20 نيسان. وشيع السبت.',
     [('يوم الجمعة 20 نيسان', '2018-04-20'), ('السبت', '2018-05-05')]),
    ('وخرج بعد صلاة الجمعة ولم يعد.', [('الجمعة', '2018-05-04')]),
])
def test_date_rules(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected
