"""Arabic probes, seventy-ninth round (issue 11): the thirty-seventh set's casualty figures,
families met on it and on another set.

1. "حال" before the count of some of the wounded ("و6 جرحى، حال اثنين منهم حرجة") is the
   state noun "حالة" without its ending: the same wounded sub-group.
2. A search for one missing person ("ما زالت تبحث عن طفلة مفقودة"، "تبحث عن مفقود تحت
   الأنقاض"): the indefinite singular sought is one missing, named by a person noun with
   the adjective of its gender or by the bare noun.
3. "طالبان" with a nisba adjective in the dual right after it ("وطالبان جامعيان") is two
   students, not the Taliban: no name takes a dual adjective.
4. The plain verb of promising after a fronted subject and "قد" ("وكانت الوزارة قد وعدت
   الشهر الماضي بـ...") is a pledge with its act after بـ, as "قد تعهدت ... بـ" is.
5. A sound feminine plural in construct with a definite genitive after "وأن" with no comma
   ("... منذ الهجوم وان عمليات البحث عنه مستمرة") is definite, so it opens a second
   clause of the report, as "وأن القوات" and "، وأن عمليات البحث" do.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: the short state noun, bare and with "و", after a wounded figure
    ("وقال مدير المستشفى ان قسم الطوارئ استقبل 9 جرحى، حال ثلاثة منهم خطيرة.",
     [("9 جرحى", "wounded", 9, "exact"), ("حال ثلاثة منهم خطيرة", "wounded", 3, "exact")]),
    ("وأصيب 12 شخصا بجروح وحال اثنين منهم حرجة، بحسب الدفاع المدني.",
     [("وأصيب 12 شخصا", "wounded", 12, "exact"),
      ("وحال اثنين منهم حرجة", "wounded", 2, "exact")]),
    # ... look-alikes: "حال" as "in case of" and in "على أي حال", and the state of some of
    # people who are not wounded
    ("وأصيب 5 أشخاص، وفي حال نقل ثلاثة منهم الى العاصمة ستتأخر العملية.",
     [("وأصيب 5 أشخاص", "wounded", 5, "exact")]),
    # (round ar133: "حال" is no state here, but a part that left hospital is one of the
    # wounded, told by its count)
    ("أصيب 4 عمال، وعلى أي حال فإن اثنين منهم غادروا المستشفى.",
     [("أصيب 4 عمال", "wounded", 4, "exact"), ("اثنين منهم", "wounded", 2, "exact")]),
    ("وصلت 40 عائلة الى المخيم، حال عشرة منها صعبة.", []),
])
def test_short_state_noun_before_wounded_subgroup(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: a person noun with the adjective of its gender, the bare noun, and the
    # verbal noun of searching
    ("وقال الشهود ان فرق الإنقاذ ما زالت تبحث عن طفل مفقود تحت أنقاض البناية.",
     [("طفل مفقود", "missing", 1, "exact")]),
    ("وأضاف ان المتطوعين يبحثون عن امرأة مفقودة قرب ضفة النهر.",
     [("امرأة مفقودة", "missing", 1, "exact")]),
    ("وتتواصل عمليات البحث عن مفقود تحت ركام المبنى المنهار.",
     [("مفقود", "missing", 1, "exact")]),
    # ... look-alikes: a definite one named before, a plural left to its number, the
    # adjective of the other gender, and a missing child found dead
    ("وما زالت الفرق تبحث عن الطفلة المفقودة منذ الأمس.", []),
    ("وما زالت الفرق تبحث عن مفقودين تحت الركام.", []),
    ("وقالت ان الأهالي يبحثون عن طفلة مفقود أبوها منذ الحرب.", []),
    ("وعثر الأهالي على جثة شاب مفقود قرب الوادي.", [("جثة شاب", "killed", 1, "exact")]),
])
def test_one_missing_person_sought(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: the dual joined in a list after "بينهم" and after a count (spans as the
    # other joined duals have them, from the list's start)
    ("وقتل سبعة أشخاص في القصف، بينهم ممرض وطالبان جامعيان.",
     [("وقتل سبعة أشخاص", "killed", 7, "exact"), ("بينهم ممرض", "killed", 1, "exact"),
      ("بينهم ممرض وطالبان", "killed", 2, "exact")]),
    ("وأصيب 4 عمال وطالبان ثانويان بشظايا القذيفة.",
     [("وأصيب 4 عمال", "wounded", 4, "exact"), ("وأصيب 4 عمال وطالبان", "wounded", 2, "exact")]),
    # ... look-alikes: the Taliban with a definite adjective, as a subject and in a body
    ("وقتل ثلاثة من عناصر طالبان الأفغانية في الاشتباك.",
     [("وقتل ثلاثة من عناصر طالبان الأفغانية", "killed", 3, "exact")]),
    ("وأعلنت طالبان مسؤوليتها عن الهجوم.", []),
    ("وقتل 5 جنود وطالبان تعلن مسؤوليتها.", [("وقتل 5 جنود", "killed", 5, "exact")]),
])
def test_student_dual_with_dual_adjective(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. members: masculine and feminine, with a time phrase between the verb and its بـ
    ("وكانت البلدية قد وعدت الشهر الماضي بإصلاح شبكة الصرف قبل موسم الأمطار.",
     [("البلدية", "بإصلاح شبكة الصرف قبل موسم الأمطار")]),
    ("وكان وزير النقل قد وعد في آذار الماضي بافتتاح الطريق الدولي قبل الصيف.",
     [("وزير النقل", "بافتتاح الطريق الدولي قبل الصيف")]),
    # ... look-alikes: the noun of a promise. (round ar166) The verb opening its sentence
    # with its subject and act is read ("ووعد المحافظ بحل ..."، as the gold reads it), and
    # the one promised before the act is read into the words as after the feminine "وعدت"
    ("وأحيا الأهالي ذكرى وعد بلفور في ساحة البلدة.", []),
    ("ووعد المحافظ بحل أزمة المياه.", [("المحافظ", "بحل أزمة المياه")]),
    ("وكان الوزير قد وعد المزارعين بتعويضات عن خسائرهم.",
     [("الوزير", "المزارعين بتعويضات عن خسائرهم")]),
])
def test_promise_after_fronted_subject(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 5. members: the plural noun with its definite genitive after "وان"/"وأن", no comma
    ("وقال الضابط ان صيادا ما زال مفقودا منذ الفجر وان عمليات البحث عنه متواصلة.",
     [("الضابط", "صيادا ما زال مفقودا منذ الفجر"),
      ("الضابط", "عمليات البحث عنه متواصلة")]),
    ("وأكد المدير ان المدرسة أغلقت أبوابها وأن حافلات النقل المدرسي توقفت.",
     [("المدير", "المدرسة أغلقت أبوابها"), ("المدير", "حافلات النقل المدرسي توقفت")]),
    # ... look-alikes: a short verb in "-ات" ("even if ... died"), a plural with no
    # genitive after it
    ("وقال المصدر ان الهدنة صامدة وإن مات الرجل.",
     [("المصدر", "الهدنة صامدة وإن مات الرجل")]),
    ("وقال المصدر ان الطريق مغلق وان حافلات كثيرة عالقة.",
     [("المصدر", "الطريق مغلق وان حافلات كثيرة عالقة")]),
])
def test_construct_plural_opens_second_clause(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
