"""Arabic probes, eightieth round (issue 11): the thirty-eighth set's casualty figures,
families met on it and on another set.

1. Some of the wounded who "parted from life" ("ثلاثة من الجرحى فارقوا الحياة") died, as
   "ثلاثة من الجرحى توفوا" does: a death, not a count of the wounded.
2. A vague "number" with a partitive pronoun after it ("وقتلت عددا منهم"، "قتلت عددا كبيرا
   منهم") counts as "عددا من المسلحين" does: "منهم" is "من" with its noun folded in.
3. A sub-group after a pair of outcomes ("وقتل ... وجرح 15 آخرون، بينهم ...") that carries
   its own verb agreeing with it ("بينهم قائد ميداني أصيب في صدره") says which half it is
   of, so it keeps its figure.
4. The feminine of promising opening its sentence or a clause, its subject after it
   ("ووعدت مؤسسة المياه ... بإرسال فريق فني") is the verb, its act after بـ, as
   "وتعهدت السلطات بـ..." is.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: the plural and the dual of parting, with "الحياة" after the verb
    ("وقال مدير المستشفى ان ثلاثة من الجرحى فارقوا الحياة صباح اليوم.",
     [("ثلاثة من الجرحى فارقوا الحياة", "killed", 3, "exact")]),
    ("وأضاف المصدر أن اثنين من المصابين فارقا الحياة ليلا في قسم العناية المركزة.",
     [("اثنين من المصابين فارقا الحياة", "killed", 2, "exact")]),
    # ... look-alikes: the wounded who left the hospital or their families ("فارق" with
    # another object is "left")
    ("وقال الطبيب إن ثلاثة من الجرحى فارقوا المستشفى صباح اليوم بعد تحسن حالتهم.",
     [("ثلاثة من الجرحى", "wounded", 3, "exact")]),
    ("وقال إن أربعة من المصابين فارقوا ذويهم منذ أيام.",
     [("أربعة من المصابين", "wounded", 4, "exact")]),
])
def test_wounded_parted_from_life(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: "عددا" and "عددا كبيرا" with "منهم" after a verb of killing
    ("وقال المصدر ان الطائرات استهدفت تجمعا للمسلحين وقتلت عددا منهم.",
     [("وقتلت عددا منهم", "killed", 2, "vague")]),
    ("وأكدت القوات أنها قتلت عددا كبيرا منهم خلال الاشتباكات.",
     [("قتلت عددا كبيرا منهم", "killed", 2, "vague")]),
    # ... look-alikes: the same words with no outcome (still under the rubble, told of the
    # missing already counted) and a superlative, a comparison
    ("وقال الدفاع المدني إن عددا منهم ما زالوا تحت الركام.", []),
    ("وقال إن أكبر عدد منهم من النساء.", []),
])
def test_vague_number_of_them(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: a singular, a feminine and a counted plural, each with its own verb
    ("وقتل سبعة من المقاتلين وجرح 15 آخرون، بينهم قائد ميداني أصيب في صدره.",
     [("وقتل سبعة من المقاتلين", "killed", 7, "exact"),
      ("وجرح 15 آخرون", "wounded", 15, "exact"),
      ("بينهم قائد ميداني", "wounded", 1, "exact")]),
    ("وقتل أربعة أشخاص وأصيب عشرة آخرون، بينهم طفلة أصيبت في رأسها.",
     [("وقتل أربعة أشخاص", "killed", 4, "exact"),
      ("وأصيب عشرة آخرون", "wounded", 10, "exact"),
      ("بينهم طفلة", "wounded", 1, "exact")]),
    ("وقتل شخصان وأصيب 12 آخرون، بينهم ثلاثة أطفال أصيبوا بالرصاص.",
     [("وقتل شخصان", "killed", 2, "exact"), ("وأصيب 12 آخرون", "wounded", 12, "exact"),
      ("ثلاثة أطفال أصيبوا", "wounded", 3, "exact")]),
    # ... look-alikes: no verb (the pair's bare sub-group), a verb whose own subject follows
    # it (it does not agree with the sub-group), and a verb of the other outcome; since
    # round ar127 the part right after "N آخرون" is that count's, as the later blind sets
    # read it (as a part after one outcome is read, whatever verb follows it)
    ("وقتل سبعة من المقاتلين وجرح 15 آخرون، بينهم قائد ميداني.",
     [("وقتل سبعة من المقاتلين", "killed", 7, "exact"),
      # (round ar190: the one person keeps his adjective, as the sets' "بينهم مسؤول محلي")
      ("وجرح 15 آخرون", "wounded", 15, "exact"),
      ("بينهم قائد ميداني", "wounded", 1, "exact")]),
    ("وقتل أربعة أشخاص وأصيب عشرة آخرون، بينهم طفل أصيبت والدته بجروح.",
     [("وقتل أربعة أشخاص", "killed", 4, "exact"),
      ("وأصيب عشرة آخرون", "wounded", 10, "exact")]),
    ("وقتل شخصان وأصيب 12 آخرون، بينهم ثلاثة أطفال أصيبت أمهم.",
     [("وقتل شخصان", "killed", 2, "exact"), ("وأصيب 12 آخرون", "wounded", 12, "exact"),
      ("بينهم ثلاثة أطفال", "wounded", 3, "exact")]),
    ("وقتل أربعة أشخاص وأصيب عشرة آخرون، بينهم مسعف قتل لاحقا.",
     [("وقتل أربعة أشخاص", "killed", 4, "exact"),
      ("وأصيب عشرة آخرون", "wounded", 10, "exact"), ("بينهم مسعف", "wounded", 1, "exact")]),
])
def test_subgroup_after_pair_with_own_verb(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. members: the feminine opening the sentence (an aside before بـ) and after "فيما"
    ("ووعدت مؤسسة المياه، في اتصال مع البلدية، بإرسال فريق فني لإصلاح المضخة.",
     [("مؤسسة المياه", "بإرسال فريق فني لإصلاح المضخة")]),
    ("وقال رئيس البلدية إن الطريق ما زال مغلقا، فيما وعدت الوزارة بفتحه قبل الشتاء.",
     [("رئيس البلدية", "الطريق ما زال مغلقا"), ("الوزارة", "بفتحه قبل الشتاء")]),
    # ... look-alikes: the noun. (round ar166) The masculine opening its sentence and a
    # promise nested in a reporter's clause are read, as the sets' gold reads them
    ("وأحيا الأهالي ذكرى وعد بلفور بمسيرة في ساحة البلدة.", []),
    ("ووعد المحافظ بحل أزمة المياه.", [("المحافظ", "بحل أزمة المياه")]),
    ("وقال المحافظ ان الوزارات المعنية وعدت بتسديد المستحقات المتأخرة.",
     [("المحافظ", "الوزارات المعنية وعدت بتسديد المستحقات المتأخرة"),
      ("الوزارات المعنية", "بتسديد المستحقات المتأخرة")]),
])
def test_feminine_promise_opening_sentence(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
