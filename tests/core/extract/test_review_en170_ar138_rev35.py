"""Review of English 170, 173, 174, 176 and Arabic 138 (issue 11): readings the new rules
gave wrongly, each failing before its fix, with the rules' own readings kept beside them.

* An act's verbal noun after "، وأعلن" (Arabic 138) took in broken plurals of people, whose
  shape أفعال is إفعال's ("أعضاء"، "أبناء"، "أفراد"), and names before "أن": the new subject
  was lost and its words went unattributed.
* A bare count "being treated" after deaths (English 174) was read as wounded when the deaths
  were an illness's ("died of cholera", "The outbreak has killed").
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _statements(text: str) -> list[tuple[object, str]]:
    return [(s["speaker"], s["text"]) for s in extract(text, language="ar")["statements"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("ودانت الحكومة الهجوم، وأعلن أعضاء في البرلمان أن الحكومة فشلت في حماية المدنيين.",
     "أعضاء في البرلمان"),
    ("ودانت الحكومة الهجوم، وأعلن أبناء العشيرة أنهم سيلاحقون الجناة.", "أبناء العشيرة"),
    ("ودانت الحكومة الهجوم، وأعلنت انتصار الحسن أنها ستترشح للانتخابات.", "انتصار الحسن"),
    ("ودانت الحكومة الهجوم، وأعلن أفراد من الشرطة اعتقال المشتبه بهم.", "أفراد من الشرطة"),
])
def test_subject_with_a_masdar_shape_after_second_announcing_verb(text: str,
                                                                   speaker: str) -> None:
    assert [sp for sp, _ in _statements(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("ودانت الوزارة الهجوم، وأعلنت إرسال قوة إلى المنطقة.", "الوزارة",
     "إرسال قوة إلى المنطقة"),
    ("وأدانت الحكومة التفجير، وأعلنت استنفار الأجهزة الأمنية.", "الحكومة",
     "استنفار الأجهزة الأمنية"),
])
def test_act_masdar_still_carries_the_subject(text: str, speaker: str, words: str) -> None:
    assert _statements(text) == [(speaker, words)]


def _casualties(text: str) -> list[tuple[str, int]]:
    return [(c["outcome"], c["count_low"]) for c in extract(text, language="en")["casualties"]]


@pytest.mark.parametrize("text", [
    "Two people died of cholera last week, and 27 are being treated.",
    "Three patients died of heart failure at the clinic, and 40 are being treated.",
])
def test_bare_treated_after_an_illness_stays_unread(text: str) -> None:
    assert _casualties(text) == []


def test_bare_treated_after_an_outbreak_toll_is_no_wound() -> None:
    text = "The outbreak has killed 12 people, and 27 are being treated."
    assert ("wounded", 27) not in _casualties(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked the village, officials said. Another 19 are being treated, five of "
     "them in intensive care.", [("wounded", 19), ("wounded", 5)]),
    ("The ministry says three people have died of their injuries, and 27 are being treated.",
     [("killed", 3), ("wounded", 27)]),
])
def test_bare_treated_after_violence_still_wounded(text: str, expected: list) -> None:
    assert _casualties(text) == expected


# English 170: a floor or a ceiling of a count before the speaker is no negated subject.
@pytest.mark.parametrize(("text", "speaker"), [
    ("No fewer than ten officials said the border was closed.",
     "No fewer than ten officials"),
    ("No more than three witnesses said they saw the convoy.", "No more than three witnesses"),
])
def test_count_floor_before_speaker_is_no_negation(text: str, speaker: str) -> None:
    found = extract(text, language="en")["statements"]
    assert [s["speaker"] for s in found] == [speaker]


@pytest.mark.parametrize("text", [
    "No group claimed the attack immediately.",
    "None of the parties said anything about the vote.",
])
def test_negated_subject_still_no_speaker(text: str) -> None:
    assert extract(text, language="en")["statements"] == []


# English 176: a count of detainees whose arrest the sentence goes on to tell is arrested.
def test_detainees_whose_arrest_is_told_are_arrested() -> None:
    text = ("Police said 45 detainees in the station began a hunger strike after their "
            "arrest on Friday.")
    assert _casualties(text) == [("arrested", 45)]


@pytest.mark.parametrize("text", [
    "About 240 detainees at the city jail have refused meals.",
    "About 240 detainees at the detention centre have refused meals.",
])
def test_prison_population_still_unread(text: str) -> None:
    assert _casualties(text) == []


# Arabic 138: a pledge's "بـ" + an act's verbal noun after a first verb that reported nothing
# ("وأدان الرئيس الهجوم، وتعهد بكشف ...") is the first subject's, not a speaker "بكشف ...".
@pytest.mark.parametrize(("text", "expected"), [
    ("وأدان الرئيس الهجوم، وتعهد بكشف بقية المتورطين.",
     [("الرئيس", "بكشف بقية المتورطين")]),
    ("وأدانت الحكومة التفجير، وتعهدت بتشكيل لجنة تحقيق.",
     [("الحكومة", "بتشكيل لجنة تحقيق")]),
    # (an act after the "بـ" word makes it the one who pledges: a capital)
    ("وأدانت الحكومة التفجير، وتعهدت بكين بتقديم المساعدة.",
     [("بكين", "بتقديم المساعدة")]),
])
def test_pledged_act_after_a_first_verb(text: str, expected: list) -> None:
    assert _statements(text) == expected
