"""Arabic statements, round 132 (issue 11): a name after a title in apposition closing a
source, expectations with an object, quotations after a description, and "ويدعى" before a
colon.

1. "بحسب/وفق" + a person's office + "،" + the name closing the sentence: the speaker is
   title and name as written, and a later "وأضاف" continues it. Look-alikes: a title with
   no name, a body's branch after the comma ("، فرع المدينة"), a clause going on after the
   source's comma.
2. A body's or people's forecast with an object and no "أن" (the blind sets' gold reads
   "ويتوقع تجار ارتفاع أسعار الذرة" as the traders' words). Look-alikes: the agentless
   forecast of weather or prices, "ومن المتوقع"، "غارة توقع قتيلين".
3. A quotation after a description in commas and the outlet before the colon; an outlet
   relaying a person described by a clause, a place and a date before "قولها".
4. "، ويدعى فلان:" before a colon quotation: the name closes the speaker.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a name after a title closing the source
    ('وهدمت الجرافات خمسة منازل، ما أدى إلى تشريد 40 شخصا، وفق رئيس المجلس القروي للبلدة، '
     'عادل حسن الزعبي.',
     [('رئيس المجلس القروي للبلدة، عادل حسن الزعبي',
       'وهدمت الجرافات خمسة منازل، ما أدى إلى تشريد 40 شخصا')]),
    ('وأصيب ثلاثة عمال، بحسب مدير الدفاع المدني في المدينة، كمال يوسف.',
     [('مدير الدفاع المدني في المدينة، كمال يوسف', 'وأصيب ثلاثة عمال')]),
    ('واعتقل الجنود شابين، وفقا لرئيس البلدية، ماهر سعيد. وأضاف أن الأهالي غاضبون.',
     [('رئيس البلدية، ماهر سعيد', 'واعتقل الجنود شابين'),
      ('رئيس البلدية، ماهر سعيد', 'الأهالي غاضبون')]),
    # 2. forecasts with an object
    ('وتتوقع إدارة المعرض زيارة نحو 40 ألف شخص.',
     [('إدارة المعرض', 'زيارة نحو 40 ألف شخص')]),
    ('ويتوقع المزارعون موسما ضعيفا هذا العام.',
     [('المزارعون', 'موسما ضعيفا هذا العام')]),
    ('وتوقعت غرفة تجارة دمشق ارتفاع الصادرات.',
     [('غرفة تجارة دمشق', 'ارتفاع الصادرات')]),
    ('ويتوقع تجار ارتفاع أسعار القمح مطلع الربيع.',
     [('تجار', 'ارتفاع أسعار القمح مطلع الربيع')]),
    ('وتتوقع المنظمة الدولية للهجرة نزوح آلاف الأسر.',
     [('المنظمة الدولية للهجرة', 'نزوح آلاف الأسر')]),
    ('ويتوقع خبراء اقتصاديون تراجع العملة.',
     [('خبراء اقتصاديون', 'تراجع العملة')]),
    # 3. a quotation after a description and an outlet
    ('وقال سامر عبد الله، وهو من سكان البلدة، لشبكة محلية: "لم نعد نجد الماء".',
     [('سامر عبد الله', 'لم نعد نجد الماء')]),
    ('وقالت منى خليل، وهي معلمة في القرية، لوكالة الأنباء: "هدموا المدرسة أمام أعيننا".',
     [('منى خليل', 'هدموا المدرسة أمام أعيننا')]),
    ('ونقلت المنظمة عن امرأة وصلت إلى عيادتها المتنقلة مساء الاثنين، قولها: "مشينا ثلاثة '
     'أيام".',
     [('المنظمة', 'مشينا ثلاثة أيام'),
      ('امرأة وصلت إلى عيادتها المتنقلة مساء الاثنين', 'مشينا ثلاثة أيام')]),
    ('ونقلت الجمعية عن رجل وصل إلى مستوصف تابع لها في البلدة يوم الأحد، قوله: "فقدت بيتي".',
     [('الجمعية', 'فقدت بيتي'),
      ('رجل وصل إلى مستوصف تابع لها في البلدة يوم الأحد', 'فقدت بيتي')]),
    # 4. "ويدعى" before a colon
    ('ويقول مشجع أصيب في ساقه، ويدعى أيمن صالح: "سمعنا إطلاق نار كثيف".',
     [('مشجع أصيب في ساقه، ويدعى أيمن صالح', 'سمعنا إطلاق نار كثيف')]),
    ('وقالت امرأة فقدت منزلها، وتدعى سعاد أحمد: "لم يبق لنا شيء".',
     [('امرأة فقدت منزلها، وتدعى سعاد أحمد', 'لم يبق لنا شيء')]),
])
def test_reads(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a title with no name, a body's branch, a clause going on after the comma
    ('وأصيب ثلاثة عمال، بحسب مدير الدفاع المدني في المدينة.',
     [('مدير الدفاع المدني في المدينة', 'وأصيب ثلاثة عمال')]),
    ('ونزحت 50 عائلة إلى المدارس، وفق جمعية الهلال الأحمر، فرع المدينة.',
     [('جمعية الهلال الأحمر',
       'ونزحت 50 عائلة إلى المدارس، وفق جمعية الهلال الأحمر، فرع المدينة')]),
    ('وأدت الاشتباكات، بحسب المرصد، إلى مقتل سبعة مسلحين.',
     [('المرصد', 'وأدت الاشتباكات، بحسب المرصد، إلى مقتل سبعة مسلحين')]),
    # forecasts of no body
    ('ويتوقع هطول أمطار غزيرة غدا.', []),
    ('وتتوقع ارتفاع درجات الحرارة.', []),
    ('ومن المتوقع أن ترتفع الأسعار.', []),
    ('ويتوقع ارتفاع أسعار الخبز الشهر المقبل.', []),
    ('غارة على سيارة توقع قتيلين', []),
    # a quotation with no speaker stays unattributed; a relayed source named before a
    # relative clause of its place keeps its own words
    ('وكتب على الجدار: "لن نرحل".', [(None, 'لن نرحل')]),
    ('ونقلت الوكالة عن ضابط، طلب عدم الكشف عن اسمه، قوله إن القتلى ثلاثة.',
     [('الوكالة', 'القتلى ثلاثة'), ('ضابط', 'القتلى ثلاثة')]),
])
def test_look_alikes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_statements(text) == expected
