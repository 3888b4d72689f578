"""Arabic round 178 (issue 11): casualty figures told by

1. a dual (or one person) among the dead with "من إحدى" after it ("بين القتلى شقيقين من
   إحدى العائلتين"): the dual is the count; the one of the families is where they came
   from, no one harmed;
2. an indefinite person or a dual before meeting death, in a headline's present or in the
   past ("امرأة تلقى حتفها برصاص"، "طفلان يلقيان حتفهما"): killed, only with the death
   noun after the verb;
3. "so far" between a passive outcome verb with the event's pronoun and its count ("وقتل
   فيها حتى الآن ستة رجال"): the time of the tally, passed over.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_probes import ar_counts as _casualties
from workbench.core.extract import extract

Expected = list[tuple[int | None, str]]


def _figures(text: str) -> list[dict[str, Any]]:
    return extract(text, None, language="ar")["casualties"]


PAIRS_AMONG_THE_DEAD = [
    ("وقال شاهد عيان إن بين القتلى شقيقين من إحدى العائلتين المتخاصمتين.",
     [(2, "killed")]),
    ("وأفاد مسعفون بأن بين القتلى طفلين من إحدى العائلات في حي الزيتون.", [(2, "killed")]),
    ("وكان بين القتلى امرأتان من إحدى القرى المجاورة لبلدة الراشدين.", [(2, "killed")]),
    ("ومن بين الجرحى شقيقان من إحدى العشائر، بحسب مصدر طبي.", [(2, "wounded")]),
    ("وذكر المصدر أن بين القتلى طفلا من إحدى العائلتين.", [(1, "killed")]),
]
PAIRS_NEAR_MISSES = [
    # one family displaced is a figure of its own, with no people before "من"
    ("ونزحت إحدى العائلات من حي الشرفة بعد القصف.", [(1, "displaced")]),
    # those taken from one of the groups: the dual, as before
    ("وخطف مسلحون عنصرين من إحدى المجموعتين قرب الجسر.", [(2, "captured")]),
    # a count before "من إحدى": the count only
    ("وقتل 3 أشخاص من إحدى العائلات في الاشتباك.", [(3, "killed")]),
    ("وقتل ٤ أشخاص من إحدى العائلات في الاشتباك.", [(4, "killed")]),
]

MEETING_DEATH = [
    ("امرأة تلقى حتفها برصاص طائش في حفل زفاف بقرية الحمراء", [(1, "killed")]),
    ("فتاة تلقى حتفها دهسا في شارع الجمهورية", [(1, "killed")]),
    ("مسن يلقى حتفه في حريق بمنزله في حي السلام", [(1, "killed")]),
    ("شاب يلقى مصرعه في حادث إطلاق نار بمدينة الواحة", [(1, "killed")]),
    ("طفلان يلقيان حتفهما في حريق خيمة بمخيم النور", [(2, "killed")]),
    ("عامل لقي مصرعه سقوطا من مبنى قيد الإنشاء", [(1, "killed")]),
    ("امرأة لقيت حتفها برصاص قناص في حي الميدان", [(1, "killed")]),
    ("شقيقان لقيا حتفهما في انهيار منزل بفعل القصف", [(2, "killed")]),
]
MEETING_NEAR_MISSES = [
    # "تلقى"/"يلقى" without the death noun: receiving, delivering, being arrested
    ("امرأة تلقى ترحيبا حارا في قرية الريحان", []),
    ("امرأة تلقى اتصالا من ابنها المفقود منذ سنوات", []),
    ("مسؤول يلقى كلمة في حفل التخرج بجامعة الشمال", []),
    ("طفلة تلقى العلاج في مستشفى المدينة", []),
    ("رجل يلقى القبض عليه في مطار العاصمة", []),
    # the death is another's, told in a clause of its own
    ("امرأة تقول إن ابنها لقي حتفه في القصف", []),
    # at a rate: how often, no one death
    ("امرأة تلقى حتفها كل شهر في حوادث الطرق بالمنطقة", []),
]

SO_FAR = [
    ("وقال رئيس البلدية: \"الخصومة بدأت بخلاف على الأرض، وقتل فيها حتى الآن ستة رجال\".",
     [(6, "killed")]),
    ("وقتل فيها حتى الآن 6 أشخاص من القريتين.", [(6, "killed")]),
    ("واندلعت المواجهات قبل أسبوع، وأصيب خلالها حتى الآن ٩ أشخاص.", [(9, "wounded")]),
    ("وقتل فيها لغاية الآن خمسة أشخاص بحسب الأهالي.", [(5, "killed")]),
    ("وأصيب فيها إلى اليوم ١٢ شخصا.", [(12, "wounded")]),
    ("وقتل فيه حتى اللحظة أربعة مدنيين.", [(4, "killed")]),
    ("واعتقل فيها حتى الآن 15 شخصا.", [(15, "arrested")]),
]
SO_FAR_NEAR_MISSES = [
    # nobody so far, under the negation
    ("ولم يقتل فيها حتى الآن أحد.", []),
    ("ولم يصب فيها حتى الآن أحد، بحسب الدفاع المدني.", []),
    # staying and living somewhere are no outcome
    ("وبقي فيها حتى الآن ستة رجال.", []),
    ("وعاش فيها حتى اليوم ثلاثة أجيال من العائلة.", []),
    ("وتستمر المعارك فيها حتى الآن منذ ستة أشهر.", []),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS_AMONG_THE_DEAD + PAIRS_NEAR_MISSES)
def test_a_pair_among_the_dead_before_one_of_the_families(text: str,
                                                        expected: Expected) -> None:
    assert _casualties(text) == expected


def test_the_pair_is_the_group() -> None:
    [fig] = _figures("وقال شاهد عيان إن بين القتلى شقيقين من إحدى العائلتين.")
    assert fig["group"] == "شقيقين"


@pytest.mark.parametrize(("text", "expected"), MEETING_DEATH + MEETING_NEAR_MISSES)
def test_a_person_meeting_death_in_the_present(text: str, expected: Expected) -> None:
    assert _casualties(text) == expected


def test_the_verb_of_meeting_death_is_no_part_of_the_group() -> None:
    [fig] = _figures("امرأة تلقى حتفها برصاص طائش في حفل زفاف")
    assert (fig["group"], fig["text"]) == ("امرأة", "امرأة تلقى حتفها")


@pytest.mark.parametrize(("text", "expected"), SO_FAR + SO_FAR_NEAR_MISSES)
def test_so_far_between_the_passive_and_its_count(text: str, expected: Expected) -> None:
    assert _casualties(text) == expected
