"""Arabic weekdays a measure puts ahead: a truce or a deadline until the day, and a
measure announced or decided for the day.

A bare weekday is the latest such day on or before publication, or the coming one when
the text speaks of what is still to come. A truce, a deadline (مهلة), a ban or a
suspension runs from its announcement on, and a measure an announcement or a decision
names with its day is set before it runs: the weekday is the coming one. The stretch
between two named days, an announcement's own day and a past event keep their readings.
"""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.dates import find_dates_ar


def _value(text: str, published: str, evidence: str) -> str | None:
    found = [d for d in find_dates_ar(text, published)
             if d["text"] in evidence or evidence in d["text"]]
    return found[0]["value"] if found else None


# published on Wednesday 4 November 2026
_WEDNESDAY = "2026-11-04"


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("وقال المحافظ إن الطرفين وافقا على وقف إطلاق النار حتى يوم السبت.", "يوم السبت",
     "2026-11-07"),
    ("ومنح شيوخ القبيلة العائلتين مهلة حتى الخميس لتسليم المتهمين.", "الخميس", "2026-11-05"),
    ("وأعلنت الحكومة هدنة إنسانية حتى الجمعة في أحياء المدينة الشرقية.", "الجمعة",
     "2026-11-06"),
    ("وأمهل المسلحون سكان الحي حتى الاثنين لمغادرة منازلهم.", "الاثنين", "2026-11-09"),
    ("وقررت مديرية التربية تعليق الدراسة في المدارس حتى يوم الأحد.", "يوم الأحد",
     "2026-11-08"),
    ("وفرضت قوات الأمن حظر تجول في البلدة حتى صباح السبت.", "صباح السبت", "2026-11-07"),
    ("واتفق الوسطاء مع الفصيلين على تهدئة حتى الثلاثاء.", "الثلاثاء", "2026-11-10"),
    ("وقضى قرار المحافظ بإغلاق المحال التجارية حتى الأحد.", "الأحد", "2026-11-08"),
    # the day of publication itself is the day the truce runs until
    ("ووافقت الفصائل على وقف القتال حتى الأربعاء.", "الأربعاء", "2026-11-04"),
])
def test_a_truce_or_a_deadline_runs_until_the_coming_weekday(text: str, evidence: str,
                                                              value: str) -> None:
    assert _value(text, _WEDNESDAY, evidence) == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # how long a truce held, told once it is over
    ("وصمدت الهدنة حتى يوم السبت قبل أن تتجدد الاشتباكات.", "يوم السبت", "2026-10-31"),
    ("وقال الأهالي إن الإغلاق الذي استمر حتى الأحد أضر بالتجار.", "الأحد", "2026-11-01"),
    # a past account with "كان"
    ("وكانت الحكومة أعلنت هدنة حتى الجمعة.", "الجمعة", "2026-10-30"),
    # "وقف" before its subject is the verb "stood"
    ("ووقف المتظاهرون أمام مبنى المحافظة حتى مساء الاثنين.", "مساء الاثنين", "2026-11-02"),
    # no measure: an event told up to a day
    ("وخطف الشاب مساء الأحد ولم يفرج عنه حتى صباح الثلاثاء.", "صباح الثلاثاء", "2026-11-03"),
])
def test_a_truce_told_past_or_no_measure_stays_behind(text: str, evidence: str,
                                                      value: str) -> None:
    assert _value(text, _WEDNESDAY, evidence) == value


def test_a_stretch_opened_by_a_day_keeps_its_own_reading() -> None:
    text = "وفرضت السلطات حظر تجول من مساء الاثنين حتى صباح الأربعاء بعد الاشتباكات."
    assert _value(text, "2026-11-06", "مساء الاثنين") == "2026-11-02"
    assert _value(text, "2026-11-06", "صباح الأربعاء") == "2026-11-04"


@pytest.mark.parametrize(("text", "evidence", "value"), [
    ("وأعلنت البلدية الحداد ثلاثة أيام وإقفال المدارس يوم الخميس.", "يوم الخميس",
     "2026-11-05"),
    ("وقررت نقابة المعلمين الإضراب يوم الأحد.", "يوم الأحد", "2026-11-08"),
    ("وأعلن الاتحاد العام إضرابا شاملا الاثنين.", "الاثنين", "2026-11-09"),
    ("وقرر المجلس البلدي إغلاق الأسواق يوم السبت.", "يوم السبت", "2026-11-07"),
    ("وأعلنت المحافظة عطلة رسمية يوم الخميس.", "يوم الخميس", "2026-11-05"),
    ("وأعلن المحتجون عن اعتصام مفتوح الثلاثاء أمام البرلمان.", "الثلاثاء", "2026-11-10"),
    ("وقررت الوزارة استئناف الرحلات الجوية يوم الجمعة.", "يوم الجمعة", "2026-11-06"),
    # the measures the existing rules already read: a call and "على أن" with a present
    ("ودعت اللجنة إلى اعتصام يوم الثلاثاء أمام الوزارة.", "يوم الثلاثاء", "2026-11-10"),
    ("وألغيت الامتحانات، على أن تستأنف الدراسة يوم الاثنين.", "يوم الاثنين", "2026-11-09"),
])
def test_a_measure_announced_for_a_weekday_is_the_coming_one(text: str, evidence: str,
                                                              value: str) -> None:
    assert _value(text, _WEDNESDAY, evidence) == value


@pytest.mark.parametrize(("text", "evidence", "value"), [
    # the announcement's own day, right after its verb
    ("وأعلنت الشرطة يوم الخميس مقتل ثلاثة أشخاص في الهجوم.", "يوم الخميس", "2026-10-29"),
    ("وأعلنت الوزارة الاثنين إغلاق المعبر.", "الاثنين", "2026-11-02"),
    # a past event told with its own verb
    ("وشيعت البلدة يوم الخميس ضحايا الهجوم.", "يوم الخميس", "2026-10-29"),
    ("ونفذ عمال المصنع إضرابا يوم الأحد.", "يوم الأحد", "2026-11-01"),
    # a past account with "كان"
    ("وكانت النقابة قررت الإضراب يوم الأحد.", "يوم الأحد", "2026-11-01"),
    # a relative tells an event of its own
    ("وأعلنت النقابة أن الإضراب الذي نفذه المعلمون يوم الأحد نجح.", "يوم الأحد",
     "2026-11-01"),
])
def test_an_announcements_own_day_or_a_past_event_stays_behind(text: str, evidence: str,
                                                               value: str) -> None:
    assert _value(text, _WEDNESDAY, evidence) == value


def test_the_second_of_a_pair_follows_the_first_read_ahead() -> None:
    text = "وقررت النقابة الإضراب يومي الأحد والاثنين."
    assert _value(text, _WEDNESDAY, "الأحد") == "2026-11-08"
    assert _value(text, _WEDNESDAY, "الاثنين") == "2026-11-09"


def test_a_measures_pair_ending_on_publication_day_is_the_running_one() -> None:
    # published on Tuesday 3 November 2026: the suspension runs Monday and Tuesday
    text = "وأعلن المجلس البلدي تعليق الدراسة يومي الاثنين والثلاثاء، مطالبا الحكومة بالتحرك."
    assert _value(text, "2026-11-03", "الاثنين") == "2026-11-02"
    assert _value(text, "2026-11-03", "الثلاثاء") == "2026-11-03"
    # a day later the coming pair is meant
    assert _value(text, _WEDNESDAY, "الاثنين") == "2026-11-09"
    assert _value(text, _WEDNESDAY, "الثلاثاء") == "2026-11-10"
