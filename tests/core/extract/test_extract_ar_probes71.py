"""Arabic probes, seventy-first round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. a sub-group set off by a comma behind its toll's long cause, place and time ("مقتل 14
   شخصا في حوادث أمنية متفرقة في ريف ... بين السبت ... والجمعة ...، بينهم فتى"): a bare
   person after "بينهم" reaches the toll as far back as a counted sub-group does, and an
   outcome word in construct with a noun of events ("في عمليات اغتيال") names the toll's
   cause, not a new figure.
2. "the same source" after "بحسب"/"وفق" ("بحسب المصدر ذاته"، "وفق الوزارة نفسها"): the
   latest source named by that noun, not whoever spoke last.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: a bare person behind a long place and a span of two dated days; a
    # counted sub-group behind "في عمليات اغتيال" and its place
    ('وثق المرصد مقتل 14 شخصا في حوادث أمنية متفرقة في ريف المحافظة الشرقي بين السبت ١٢ '
     'آب والجمعة ١٨ آب، بينهم فتى.',
     [('مقتل 14 شخصا', 'killed', 14, 'exact'), ('بينهم فتى', 'killed', 1, 'exact')]),
    ('وسجل المرصد مقتل 23 شخصا في عمليات اغتيال في مناطق سيطرة الفصائل بريف المدينة '
     'الغربي، بينهم 9 من عناصرها.',
     [('مقتل 23 شخصا', 'killed', 23, 'exact'), ('9 من عناصرها', 'killed', 9, 'exact')]),
    # ... look-alikes: the sub-group in the next sentence; a clause of time that ends the
    # toll's words before the comma
    ('وأحصت الشبكة مقتل 14 شخصا في حوادث متفرقة في المحافظة منذ مطلع الشهر. وبينهم طفل '
     'كان يلعب قرب منزله.',
     [('مقتل 14 شخصا', 'killed', 14, 'exact')]),
    ('قتل 7 أشخاص في المدينة، وجرت عمليات اعتقال واسعة في أحياء الريف الشرقي طوال الليل '
     'قبل أن تنسحب القوات من البلدة، بينهم طالب.',
     [('قتل 7 أشخاص', 'killed', 7, 'exact')]),
])
def test_a_subgroup_behind_a_long_cause_and_place(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: "المصدر ذاته" after a police source and then the army; "الوزارة نفسها"
    # after the ministry, or after a centre "التابع لوزارة"
    ('وقال مصدر في شرطة المحافظة إن قذيفتين سقطتا على سوق البلدة. وقال الجيش إنه رد على '
     'مصادر النيران. وكانت قذيفة مماثلة سقطت قبل أسبوع على المدرسة، بحسب المصدر ذاته.',
     [('مصدر في شرطة المحافظة', 'قذيفتين سقطتا على سوق البلدة'),
      ('الجيش', 'رد على مصادر النيران'),
      ('مصدر في شرطة المحافظة', 'وكانت قذيفة مماثلة سقطت قبل أسبوع على المدرسة')]),
    ('وأعلنت وزارة الصحة أن الغارة أدت إلى إصابة ثلاثة أشخاص. وقال الجيش إنه استهدف موقعا '
     'عسكريا. وكانت غارة مماثلة قد أصابت سيارة إسعاف الأسبوع الماضي، وفق الوزارة نفسها.',
     [('وزارة الصحة', 'الغارة أدت إلى إصابة ثلاثة أشخاص'),
      ('الجيش', 'استهدف موقعا عسكريا'),
      ('وزارة الصحة', 'وكانت غارة مماثلة قد أصابت سيارة إسعاف الأسبوع الماضي')]),
    ('وأعلن مركز الطوارئ التابع لوزارة الصحة أن القصف أصاب عيادة. وقال الجيش إنه يحقق في '
     'الحادث. وكانت عيادة أخرى قد أغلقت الشهر الماضي، وفق الوزارة نفسها.',
     [('مركز الطوارئ التابع لوزارة الصحة', 'القصف أصاب عيادة'),
      ('الجيش', 'يحقق في الحادث'),
      ('مركز الطوارئ التابع لوزارة الصحة', 'وكانت عيادة أخرى قد أغلقت الشهر الماضي')]),
    # ... look-alikes: no source named by the noun (the last one to speak, as before); the
    # last one to speak is the source the noun names
    ('وقال الجيش إن قواته صدت الهجوم. وكانت مواقع مماثلة قد تعرضت للقصف، بحسب المصدر ذاته.',
     [('الجيش', 'قواته صدت الهجوم'), ('الجيش', 'وكانت مواقع مماثلة قد تعرضت للقصف')]),
    ('وقالت الوزارة إن المدارس ستفتح الأحد. وقال مصدر في الوزارة إن المعلمين سيعودون. '
     'وأضاف المصدر نفسه أن الرواتب ستدفع.',
     [('الوزارة', 'المدارس ستفتح الأحد'), ('مصدر في الوزارة', 'المعلمين سيعودون'),
      ('مصدر في الوزارة', 'الرواتب ستدفع')]),
])
def test_the_same_source_by_its_noun(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
