"""Arabic probes, thirty-third round (issue 11): the constructions the fourth blind Arabic
set (``bench/blind/ar-4.jsonl``) showed missing, written anew as rules of how Arabic news
is written, each with look-alikes that must not fire:

1. after "فيما"، "بينما" or "في حين" the clause is verb first, so a short quoted or
   guillemeted name right after the verb is its subject ("، فيما نفت «قسد» أي علاقة"),
   and what follows in the sentence continues that new speaker;
2. "مخفيين قسرا" (forcibly disappeared) is missing;
3. two weekdays joined by "و" ("يومي الأحد والاثنين") are two dates, each its own;
4. a month that opens a quoted name ("«سبتمبر نت»") is no date;
5. a second report of the same speaker after a comma is its own entry: "، وأنهم ..."،
   "، زاعما أنه ..."، "، لكنه أكد أن ...";
6. "مؤكدا التزام ...": a form-VIII verbal noun opens the participle's object;
7. "أقر" with a plan, a law or a budget after it approves, and reports nothing;
8. a call participle after a verb that reported nothing in its sentence ("ونددت البعثة
   بـ"..."، داعية إلى") is the call of that verb's subject;
9. a demand followed by "، بينما/فيما/في حين" + verb: the clause after it is another
   party's, never the demand's "ب" or the earlier verb's complementizer;
10. a single person after the complementizer, past an age in brackets ("إن شابا (22
    عاما) أصيب") or still missing ("إن فتاة ما زالت مفقودة");
11. a relative clause's announced verbal noun after a time phrase ("، التي أعلنت الشهر
    الماضي إحباط ...") is the antecedent's words;
12. definite remains that "belong" to people counted after "لـ" ("الرفات تعود لـ18
    رجلا") are their dead;
13. a headline's "تقرير" named by its authors ("تقرير حقوقي:") speaks for them;
14. after a count from 11 to 99 the singular counted noun and a singular accusative joined
    to it are one figure ("16 امرأة وطفلا");
15. a country before a headline's colon stays a dateline when the body names a body of
    that country ("نقابة أطباء الصومال");
16. "نقلا عن" inside a title a place ran on to the complementizer: a second source;
17. "، مذكرا/مذكرة بأن" (reminding) is a participle of saying after a comma;
18. "حتى الموت" right after a count or a single person ("بتعذيب سجين حتى الموت"): killed;
19. a title with the place or body it governs ("وكيل محافظة تعز"، "محافظ مأرب"), then the
    official's name, then the one accused or blamed: the whole is the speaker.

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates, ar_statements, figures


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a quoted name after "فيما/بينما/في حين" and the verb: the new clause's subject
    ('واتهمت وزارة الدفاع التركية الجماعة بقصف القرية، فيما نفت «قسد» أي علاقة لها '
     'بالهجوم، وقالت إن الاتهامات "باطلة"، داعية إلى تحقيق مستقل.',
     [('وزارة الدفاع التركية', 'الجماعة بقصف القرية'),
      ('قسد', 'أي علاقة لها بالهجوم'),
      ('قسد', 'الاتهامات "باطلة"'),
      ('قسد', 'إلى تحقيق مستقل')]),
    ('وحمل الجيش الفصائل مسؤولية الهجوم، بينما نفى "حزب الله" أي دور له في العملية.',
     [('الجيش', 'الفصائل مسؤولية الهجوم'), ('حزب الله', 'أي دور له في العملية')]),
    ('وقالت الشرطة إن المسلحين فروا، في حين أعلن «لواء الفتح» مسؤوليته عن الهجوم.',
     [('الشرطة', 'المسلحين فروا'), ('لواء الفتح', 'مسؤوليته عن الهجوم')]),
    ('وقال الجيش إن الهجوم فشل، فيما نفت «حركة الأحرار» ذلك.',
     [('الجيش', 'الهجوم فشل'), ('حركة الأحرار', 'ذلك')]),
    # ... and look-alikes: the quotation is the denied or affirmed words
    ('وقال الجيش إن قواته صدت الهجوم، فيما نفى "أي تورط" في العملية.',
     [('الجيش', 'قواته صدت الهجوم'), ('الجيش', '"أي تورط" في العملية')]),
    ('وقال الوزير إن المفاوضات مستمرة، فيما أكد "التزام الحكومة الكامل" بالاتفاق.',
     [('الوزير', 'المفاوضات مستمرة'), ('الوزير', '"التزام الحكومة الكامل" بالاتفاق')]),
    # 5. a second report of the same speaker after a comma
    ('وقالت الحركة إن مقاتليها دمروا آلية عسكرية، وأنهم قتلوا طاقمها.',
     [('الحركة', 'مقاتليها دمروا آلية عسكرية'), ('الحركة', 'قتلوا طاقمها')]),
    ('وقال الجيش في بيان إن قواته اعتقلت 7 مطلوبين، زاعما أنه أحبط هجوما في المدينة.',
     [('الجيش', 'قواته اعتقلت 7 مطلوبين'), ('الجيش', 'أحبط هجوما في المدينة')]),
    ('وقال المحامي إن القرار "مجحف"، لكنه أكد أن موكله سيستأنف الحكم.',
     [('المحامي', 'القرار "مجحف"'), ('المحامي', 'موكله سيستأنف الحكم')]),
    ('وقالت الوزيرة إن الوضع صعب، لكنها أكدت أن المساعدات ستصل.',
     [('الوزيرة', 'الوضع صعب'), ('الوزيرة', 'المساعدات ستصل')]),
    # ... and a look-alike: "لكنه" before a verb that reports nothing
    ('وقالت الشرطة إن المهاجم فر، لكنه عاد إلى المنزل.',
     [('الشرطة', 'المهاجم فر، لكنه عاد إلى المنزل')]),
    # 6. a form-VIII verbal noun as the participle's object
    ('وقال الوزير إن الوضع مستقر، مؤكدا التزام الحكومة بالاتفاق.',
     [('الوزير', 'الوضع مستقر'), ('الوزير', 'التزام الحكومة بالاتفاق')]),
    ('ودعا الرئيس إلى "وقف الاعتداءات"، مؤكدا التزام بلاده بالقرار 1701.',
     [('الرئيس', 'إلى "وقف الاعتداءات"'), ('الرئيس', 'التزام بلاده بالقرار 1701')]),
    # 7. "أقر" approving a plan, a law or a budget says nothing
    ('وكان البرلمان قد أقر في جلسته الأخيرة قانونا جديدا للانتخابات.', []),
    ('وأقرت الحكومة خطة لإعادة الإعمار.', []),
    ('وأقر مجلس النواب الموازنة العامة للعام المقبل.', []),
    ('وكان مجلس الوزراء قد أقر في جلسته يوم الخميس 6 آب/أغسطس خطة لنزع السلاح، وقال '
     'النائب إن الحزب "لن يتراجع".',
     [('النائب', 'الحزب "لن يتراجع"')]),
    # ... and look-alikes: "أقر" admitting, with "بأن" or "بـ"
    ('وأقر المتحدث بأن القوات ارتكبت أخطاء.',
     [('المتحدث', 'القوات ارتكبت أخطاء')]),
    ('وأقر الجيش بمقتل 3 من جنوده في الكمين.',
     [('الجيش', 'بمقتل 3 من جنوده في الكمين')]),
    # 8. a call participle after a verb that reported nothing: its subject's
    ('وقالت مصادر محلية إن الاشتباكات استمرت ساعات. ونددت بعثة الأمم المتحدة في ليبيا '
     'بـ"القصف العشوائي للأحياء"، داعية إلى "وقف فوري لإطلاق النار".',
     [('مصادر محلية', 'الاشتباكات استمرت ساعات'),
      # the quoted condemnation is the mission's direct quote (forty-fifth Arabic round,
      # as every blind set annotates it)
      ('بعثة الأمم المتحدة في ليبيا', 'القصف العشوائي للأحياء'),
      ('بعثة الأمم المتحدة', 'إلى "وقف فوري لإطلاق النار"')]),
    ('وقال شهود إن القصف استمر. وأدان الاتحاد الأوروبي الهجوم، داعيا إلى تحقيق مستقل.',
     [('شهود', 'القصف استمر'), ('الاتحاد الأوروبي', 'إلى تحقيق مستقل')]),
    # ... and a look-alike: after a report in its own sentence it continues that speaker
    ('وقال الوزير إن الهجوم فاشل، داعيا إلى الهدوء.',
     [('الوزير', 'الهجوم فاشل'), ('الوزير', 'إلى الهدوء')]),
    # 9. a demand, then another party's clause after "، بينما/فيما/في حين"
    ('وطالب الرئيس محمود عباس مجلس الأمن بتحمل مسؤولياته، بينما أعلنت الرئاسة أنها '
     'ستتوجه إلى المحكمة.',
     [('الرئيس', 'بتحمل مسؤولياته'), ('الرئاسة', 'ستتوجه إلى المحكمة')]),
    ('وطالبت النقابة الحكومة بصرف الرواتب المتأخرة، بينما قالت وزارة المالية إن الخزينة '
     'فارغة.',
     [('النقابة', 'بصرف الرواتب المتأخرة'), ('وزارة المالية', 'الخزينة فارغة')]),
    # 11. a relative's announced verbal noun after a time phrase
    ('وتحرس الشرطة المنشآت، بحسب بيان سابق لوزارة الدفاع، التي أعلنت الأسبوع الماضي '
     'إحباط هجوم على المصفاة.',
     [('بيان سابق لوزارة الدفاع', 'وتحرس الشرطة المنشآت'),
      ('وزارة الدفاع', 'إحباط هجوم على المصفاة')]),
    ('وزار الوفد المدينة، وفق ما أفاد تقرير لوزارة الداخلية، التي أكدت أمس اعتقال 3 '
     'مشتبه بهم.',
     [('تقرير لوزارة الداخلية', 'وزار الوفد المدينة'),
      ('وزارة الداخلية', 'اعتقال 3 مشتبه بهم')]),
    # ... and a look-alike: a subject after the relative's verb stays the speaker
    ('وشاهدنا الفيلم الذي أعلن المخرج عرضه.', [('المخرج', 'عرضه')]),
    # 19. a title with the place or body it governs, then the official's name, then the
    # one accused or blamed
    ('واتهم وكيل محافظة تعز عبد الكريم الصبري الحوثيين بقصف الأحياء، داعيا المبعوث إلى '
     'زيارة المدينة.',
     [('وكيل محافظة تعز عبد الكريم الصبري', 'الحوثيين بقصف الأحياء'),
      ('وكيل محافظة تعز عبد الكريم الصبري', 'إلى زيارة المدينة')]),
    ('واتهم محافظ إقليم الساحل أحمد يوسف الكريمي المسلحين بـ"ترويع السكان"، داعيا '
     'الحكومة إلى إرسال تعزيزات.',
     [('محافظ إقليم الساحل أحمد يوسف الكريمي', 'المسلحين بـ"ترويع السكان"'),
      ('محافظ إقليم الساحل أحمد يوسف الكريمي', 'إلى إرسال تعزيزات')]),
    ('واتهم محافظ مأرب سلطان العرادة الحوثيين بقصف الأحياء.',
     [('محافظ مأرب سلطان العرادة', 'الحوثيين بقصف الأحياء')]),
    ('وحمل وكيل وزارة الصحة محمد سالم الجماعة مسؤولية الهجوم.',
     [('وكيل وزارة الصحة محمد سالم', 'الجماعة مسؤولية الهجوم')]),
    ('واتهم وكيل محافظة تعز الحوثيين بقصف الأحياء.',
     [('وكيل محافظة تعز', 'الحوثيين بقصف الأحياء')]),
    ('ودعا محافظ عدن أحمد لملس المنظمات إلى تقديم المساعدات.',
     [('محافظ عدن', 'إلى تقديم المساعدات')]),
    # ... and look-alikes: the title with its name before a complementizer, and a
    # definite body's official, read as before
    ('وقال وكيل محافظة تعز عبد الكريم الصبري إن القصف مستمر.',
     [('وكيل محافظة تعز عبد الكريم الصبري', 'القصف مستمر')]),
    ('ونفى مسؤول الحكومة الاتهامات.', [('مسؤول الحكومة', 'الاتهامات')]),
    # 17. "مذكرا/مذكرة بأن" (reminding) after a comma: its own entry, which also ends
    # a call's words
    ('ودعت البعثة الأطراف إلى "احترام النتائج"، مذكرة بأن آخر انتخابات جرت في 2012.',
     [('البعثة', 'إلى "احترام النتائج"'), ('البعثة', 'آخر انتخابات جرت في 2012')]),
    ('وقال الوزير إن الحكومة ملتزمة، مذكرا بأن الاتفاق وقع قبل عامين.',
     [('الوزير', 'الحكومة ملتزمة'), ('الوزير', 'الاتفاق وقع قبل عامين')]),
    # ... and a look-alike: "مذكرة" with no comma is a memo
    ('ووزعت المنظمة مذكرة بأن المساعدات تأخرت.', []),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 13. a headline's report named by its authors before the colon speaks for them
    ('تقرير أممي: مقتل 30 مدنيا في غارات على قرى الجنوب\nوقالت الأمم المتحدة في تقرير '
     'إن 30 مدنيا قتلوا.',
     [('تقرير أممي', 'مقتل 30 مدنيا في غارات على قرى الجنوب'),
      ('الأمم المتحدة', '30 مدنيا قتلوا')]),
    ('تقرير حقوقي: اعتقال 120 شخصا في حملة مداهمات\nوثقت الرابطة اعتقال 120 شخصا.',
     [('تقرير حقوقي', 'اعتقال 120 شخصا في حملة مداهمات'), ('الرابطة', 'اعتقال 120 شخصا')]),
    # ... and a look-alike: a bare "تقرير:" only says what kind of piece follows
    ('تقرير: الحكومة تدرس رفع الأسعار\nقال مسؤول إن الحكومة تدرس رفع الأسعار.',
     [('مسؤول', 'الحكومة تدرس رفع الأسعار')]),
    # 15. a country before a headline's colon is a dateline, even when the body names a
    # body of that country ("نقابة أطباء الصومال")
    ('الصومال: عشرات القتلى بتفجير في سوق\nقالت نقابة أطباء الصومال إن عشرات قتلوا في '
     'تفجير.',
     [('نقابة أطباء الصومال', 'عشرات قتلوا في تفجير')]),
    ('اليمن: مقتل 5 جنود بهجوم\nقالت منظمة أطباء اليمن إن 5 جنود قتلوا.',
     [('منظمة أطباء اليمن', '5 جنود قتلوا')]),
    # ... and look-alikes: a person's name and a movement the body makes speak
    ('عباس: لن نقبل بأي حل منقوص\nقال الرئيس الفلسطيني محمود عباس إن شعبه لن يقبل.',
     [('عباس', 'لن نقبل بأي حل منقوص'), ('الرئيس الفلسطيني محمود عباس', 'شعبه لن يقبل')]),
    ('الحوثيون: أسقطنا طائرة مسيرة\nقالت جماعة الحوثيين إنها أسقطت طائرة.',
     [('الحوثيون', 'أسقطنا طائرة مسيرة'), ('جماعة الحوثيين', 'أسقطت طائرة')]),
    # 16. "نقلا عن" inside a title that a place ran on to "بأن": a second source
    ('وأفاد مراسلنا في عدن نقلا عن سكان محليين بأن الاشتباكات استمرت حتى الفجر.',
     [('مراسلنا في عدن', 'الاشتباكات استمرت حتى الفجر'),
      ('سكان محليين', 'الاشتباكات استمرت حتى الفجر')]),
    ('وقال مراسل القناة في حمص نقلا عن مصادر طبية إن 5 أشخاص قتلوا.',
     [('مراسل القناة في حمص', '5 أشخاص قتلوا'), ('مصادر طبية', '5 أشخاص قتلوا')]),
    # ... and a look-alike: with no place the relay was already read
    ('وأفاد مراسلنا نقلا عن شهود بأن القصف استمر.',
     [('مراسلنا', 'القصف استمر'), ('شهود', 'القصف استمر')]),
])
def test_headlines_and_relays(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. forcibly disappeared: missing
    ('وقال شهود إن 63 شخصا ما زالوا مخفيين قسرا منذ بدء الحملة.',
     [('63 شخصا ما زالوا مخفيين', 'missing', 63, None, 'exact', 'شخصا')]),
    ('وأفادت المنظمة بأن 40 شخصا مخفيون قسرا في سجون الجهاز.',
     [('40 شخصا مخفيون', 'missing', 40, None, 'exact', 'شخصا')]),
    ('وطالبت الأسر بالكشف عن مصير 12 شابا مختفين قسريا منذ عام 2019.',
     [('12 شابا مختفين', 'missing', 12, None, 'exact', 'شابا')]),
    # ... and look-alikes: hidden things, and men who kept out of sight
    ('وعثرت الشرطة على 3 قطع سلاح مخفية في المنزل.', []),
    ('وقال إن 4 مسلحين ظلوا مخفيين عن الأنظار.', []),
    # 10. a single person after the complementizer: an age in brackets, or still missing
    ('وقال الدفاع المدني إن 4 أشخاص قتلوا وإن فتاة ما زالت مفقودة تحت الأنقاض.',
     [('4 أشخاص قتلوا', 'killed', 4, None, 'exact', 'أشخاص'),
      ('فتاة ما زالت مفقودة', 'missing', 1, None, 'exact', 'فتاة')]),
    ('وأضاف أن طفلا ما زال مفقودا منذ الغارة.',
     [('طفلا ما زال مفقودا', 'missing', 1, None, 'exact', 'طفلا')]),
    ('وقالت العائلة إن شابا (22 عاما) أصيب برصاص القناصة.',
     [('شابا (22 عاما) أصيب', 'wounded', 1, None, 'exact', 'شابا')]),
    ('وأفاد المستشفى بأن طفلة (7 أعوام) قتلت في القصف.',
     [('طفلة (7 أعوام) قتلت', 'killed', 1, None, 'exact', 'طفلة')]),
    ('وأفادت بأن فتاة قتلت في الغارة.',
     [('فتاة قتلت', 'killed', 1, None, 'exact', 'فتاة')]),
    # ... and look-alikes: "قتلت" active with its object, "still" doing something, a loss
    ('وأفاد بأن امرأة قتلت زوجها.', []),
    ('وقال إن شابا ما زال يقاتل في الجبهة.', []),
    ('وقالت الأم إن طفلة (5 أعوام) فقدت والدها.', []),
    # 12. definite remains that belong to the people counted after "لـ"/"إلى"
    ('وقال الفريق إن الرفات تعود لـ18 رجلا و9 نساء.',
     [('الرفات تعود لـ18 رجلا', 'killed', 18, None, 'exact', 'رجلا'),
      ('9 نساء', 'killed', 9, None, 'exact', 'نساء')]),
    ('وأوضح أن الجثث تعود لـ7 أشخاص.',
     [('الجثث تعود لـ7 أشخاص', 'killed', 7, None, 'exact', 'أشخاص')]),
    ('وتعود الجثث إلى 5 أشخاص من عائلة واحدة.',
     [('وتعود الجثث إلى 5 أشخاص من عائلة واحدة', 'killed', 5, None, 'exact',
       'أشخاص من عائلة واحدة')]),
    # ... and look-alikes: land and houses that belong to families
    ('وتعود الأرض إلى 3 عائلات.', []),
    ('وقال إن المنازل تعود لـ12 عائلة.', []),
    # 14. after 11 to 99 the singular counted noun and a singular joined to it are one
    # figure ("16 امرأة وطفلا": sixteen women and children)
    ('وقتل 16 امرأة وطفلا في الغارة.',
     [('وقتل 16 امرأة وطفلا', 'killed', 16, None, 'exact', 'امرأة وطفلا')]),
    ('وقال الفريق إن الرفات تعود لـ21 رجلا و16 امرأة وطفلا.',
     [('الرفات تعود لـ21 رجلا', 'killed', 21, None, 'exact', 'رجلا'),
      ('16 امرأة وطفلا', 'killed', 16, None, 'exact', 'امرأة وطفلا')]),
    # 18. "حتى الموت" right after the people: they died of what was done to them
    ('واتهمت المنظمة الحراس بتعذيب سجين حتى الموت.',
     [('سجين حتى الموت', 'killed', 1, None, 'exact', 'سجين')]),
    ('وقالت العائلة إن الحراس ضربوا شابا حتى الموت.',
     [('شابا حتى الموت', 'killed', 1, None, 'exact', 'شابا')]),
    ('واتهمت المنظمة الحراس بتعذيب 3 معتقلين حتى الموت.',
     [('3 معتقلين حتى الموت', 'killed', 3, None, 'exact', 'معتقلين')]),
    # ... and look-alikes: fighting or holding out "to the death"
    ('وتعهد المقاتلون بالقتال حتى الموت.', []),
    ('وقال إن 5 مقاتلين صمدوا حتى الموت.', []),
    # ... and a look-alike: "another child" is one more person, read as before
    ('وأصيب 12 شخصا وطفلا آخر.',
     [('وأصيب 12 شخصا', 'wounded', 12, None, 'exact', 'شخصا'),
      ('وأصيب 12 شخصا وطفلا', 'wounded', 1, None, 'exact', 'طفلا')]),
])
def test_casualties(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. two weekdays joined by "و": two dates
    ('وشهدت المدينة احتجاجات يومي الأحد والاثنين.',
     [('الأحد', '2018-05-06'), ('الاثنين', '2018-05-07')]),
    ('وتظاهر المئات الأحد والاثنين في الساحة.',
     [('الأحد', '2018-05-06'), ('الاثنين', '2018-05-07')]),
    ('وعقدت الجولة يومي الثلاثاء والأربعاء الماضيين في جنيف.',
     [('الثلاثاء', '2018-05-08'), ('الأربعاء', '2018-05-09')]),
    # ... and look-alikes: a stretch after "بين", and a night, stay one expression
    ('وتكرر القصف بين الأحد والثلاثاء.', [('الأحد والثلاثاء', '2018-05-06')]),
    ('وقتل 3 أشخاص ليل الخميس الجمعة.', [('ليل الخميس الجمعة', '2018-05-10')]),
    # 4. a month that opens a quoted name
    ('وقال مراسل «سبتمبر نت» إن القصف استمر.', []),
    ('ونقل موقع "أكتوبر الإخبارية" عن مصادر أن 5 أشخاص قتلوا.', []),
    # ... and look-alikes: a quoted date alone, or with its "last"
    ('وأعلن الجيش أن العملية جرت في «مايو الماضي» وفق البيان.',
     [('مايو الماضي', '2017-05')]),
    # (after an outlet's noun a quoted date alone is the outlet's name: the
    # hundred-and-third Arabic round, from ar-59's 'لصحيفة "١٤ أكتوبر"')
    ('ونشرت صحيفة «26 سبتمبر» صورا للهجوم.', []),
])
def test_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected


# Left: no general and safe rule this round.
@pytest.mark.xfail(strict=True, reason="a sub-group after a time phrase with two full dates "
                   "is too far from its toll to be joined")
def test_subgroup_after_long_period() -> None:
    assert figures('وقتل 40 شخصا في المعارك التي دارت من السبت 3 أيار/مايو حتى الخميس 8 '
                   'أيار/مايو، بينهم 12 مدنيا.')[1][:3] == ('بينهم 12 مدنيا', 'killed', 12)
