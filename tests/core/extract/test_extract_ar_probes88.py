"""Arabic probes, eighty-eighth round (issue 11): the forty-fifth set's casualty figures,
families met on two sets or more.

1. A named month after a preposition of time between the verb and its count ("اعتقلت
   القوات منذ مطلع تشرين الأول أكثر من 380 فلسطينيا") says when, as a named period
   ("منذ مطلع العام") already did: passed over whole, with a Levantine name's ordinal, an
   adjective of past or current time and "شهر" before it. Look-alikes: no outcome verb
   before the month, a named period as before.
2. Prisoners said to be in a jail right before their count ("يقبع في سجون الاحتلال نحو 7
   آلاف أسير") are a state's detainees, arrested, as a tally of the prisoners in its jails
   is; a sub-group told right after them ("بينهم 350 طفلا") goes with them. Look-alikes:
   captives an armed group holds ("في سجونها"، "لدى المسلحين"), a headquarters or a battle.
3. A headline label in the article and "ي" (a family nisba's shape) that the body's
   dateline opens with ("القامشلي:" over "القامشلي (سوريا) -") is the story's place, no
   speaker. Look-alikes: an army or an observatory label over another place's dateline.
4. A headline's present blast ("انتحاري يفجر نفسه قرب ...") is the bomber's death even
   with no other outcome word in its line, as it already was beside one ("... ويقتل 8
   أشخاص"). Look-alikes: a threat to blow oneself up, a bomber blowing up a belt.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings. The probes' publication day is 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    ('واعتقلت القوات الإسرائيلية منذ مطلع تشرين الثاني أكثر من 250 فلسطينيا.',
     [('واعتقلت القوات الإسرائيلية منذ مطلع تشرين الثاني أكثر من 250 فلسطينيا',
       'arrested', 250, 'more_than')]),
    ('وقد اعتقل منذ مطلع كانون الثاني الماضي أكثر من 300 شاب من البلدة.',
     [('اعتقل منذ مطلع كانون الثاني الماضي أكثر من 300 شاب', 'arrested', 300,
       'more_than')]),
])
def test_named_month_before_count(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # read before in these shorter shapes (within the scan's gap), and still read
    ('وأفادت الهيئة ان قوات الاحتلال اعتقلت منذ مطلع تشرين الثاني أكثر من 250 فلسطينيا.',
     [('اعتقلت منذ مطلع تشرين الثاني أكثر من 250 فلسطينيا', 'arrested', 250, 'more_than')]),
    ('وقتلت الميليشيا خلال شهر أيار أكثر من 40 مدنيا في المحافظة.',
     [('وقتلت الميليشيا خلال شهر أيار أكثر من 40 مدنيا', 'killed', 40, 'more_than')]),
    ('وخطف المسلحون منذ مطلع أكتوبر نحو 30 مزارعا.',
     [('وخطف المسلحون منذ مطلع أكتوبر نحو 30 مزارعا', 'captured', 30, 'about')]),
    ('وتراجعت الأسعار منذ مطلع تشرين الثاني أكثر من 20 في المئة.', []),
    ('وقتل منذ مطلع العام 21 جنديا.', [('وقتل منذ مطلع العام 21 جنديا', 'killed', 21, 'exact')]),
])
def test_named_month_look_alikes(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ويقبع في سجون الاحتلال نحو 5 آلاف أسير، بينهم 200 طفل.',
     [('نحو 5 آلاف أسير', 'arrested', 5000, 'about'), ('200 طفل', 'arrested', 200, 'exact')]),
    ('ولا يزال في السجون الإسرائيلية أكثر من 4300 أسير فلسطيني، بينهم 30 أسيرة.',
     [('أكثر من 4300 أسير', 'arrested', 4300, 'more_than'),
      ('30 أسيرة', 'arrested', 30, 'exact')]),
])
def test_prisoners_in_jail(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتحتجز الحركة في سجونها نحو 30 أسيرا من الجنود.',
     [('نحو 30 أسيرا', 'captured', 30, 'about')]),
    ('وقال ان لدى المسلحين في الجبل نحو 30 أسيرا من الجنود.',
     [('نحو 30 أسيرا', 'captured', 30, 'about')]),
    ('وأسر المقاتلون في الهجوم على السجن 5 حراس.', []),
])
def test_prisoners_in_jail_look_alikes(text: str,
                                       expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('الساحل الغربي: مقتل ثلاثة صيادين بقصف\nالساحل - خاص: قتل ثلاثة صيادين بقصف مدفعي.',
     []),
    ('الجبل الشرقي: البلدية تعلن إغلاق الطريق الرئيسي\n'
     'الجبل (أ ف ب) - أعلنت البلدية اليوم إغلاق الطريق.',
     [('البلدية', 'إغلاق الطريق الرئيسي'), ('البلدية', 'إغلاق الطريق')]),
])
def test_dateline_place_label(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('الجيش اليمني: صد هجوم للحوثيين\nمأرب - أعلن الجيش اليمني صد هجوم.',
     [('الجيش اليمني', 'صد هجوم للحوثيين'), ('الجيش اليمني', 'صد هجوم')]),
    ('المرصد السوري: مقتل 5 مدنيين بقصف\nبيروت (أ ف ب) - قال المرصد ان القصف طال السوق.',
     [('المرصد السوري', 'مقتل 5 مدنيين بقصف'), ('المرصد', 'القصف طال السوق')]),
])
def test_dateline_place_label_look_alikes(text: str,
                                          expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


def test_headline_present_blast() -> None:
    text = ('العراق: انتحاري يفجر نفسه قرب سوق شعبي في كركوك\n'
            'كركوك - قال مصدر أمني ان الشرطة طوقت المكان.')
    assert ar_casualties(text) == [('انتحاري يفجر نفسه', 'killed', 1, 'exact')]


@pytest.mark.parametrize("text", [
    'وهدد مسلح بأن يفجر نفسه داخل المصرف.',
    'انتحاري يفجر حزاما ناسفا قرب معسكر للجيش.',
])
def test_headline_present_blast_look_alikes(text: str) -> None:
    assert ar_casualties(text) == []
