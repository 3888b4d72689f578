"""Review 50: the thirtieth session's first rounds (stalls, exceptions, wrong readings).

The stall probes time the two new readers that looked back over the whole text for each
pronoun or role on a long feature built of one construction, and bound the growth far above
what linear work takes and far below the square of the input before the fixes; the gate
probes check that the shared word scan of speed round 15 reads exactly as the readers' own
tests did; the reading probes are invented sentences near the new rules.
"""

from __future__ import annotations

import random

import pytest

from tests.garbled import TINY, garbled
from tests.timing import cpu_seconds
from workbench.core.extract import extract, wake_words
from workbench.core.extract.spans import document
from workbench.core.extract.statement_pronoun_continued import only_owner_for_pronoun
from workbench.core.extract.statement_pronoun_person import no_person
from workbench.core.extract.statement_role_name import name_the_role


def _casualties(text: str, lang: str = "en") -> list[tuple[str, str, int]]:
    r = extract(text, "2024-05-01", language=lang)
    return [(str(f["text"]), str(f["outcome"]), int(f["count_low"])) for f in r["casualties"]]


def _speakers(text: str, lang: str = "en") -> list[str]:
    return [str(s["speaker"]) for s in extract(text, "2024-05-01", language=lang)["statements"]]


# ---------------------------------------------------------------- stalls
# Eightfold text, measured before the fixes and after: the owners' names scanned again for
# each "she says" grew 50 to 64 times, now 8 to 10; the ties of a role asked again for
# each "the driver" 50 to 60, now 8 to 10. The bound of 24 sits between.


def _entries(text: str, mark: str, speaker: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    at = text.find(mark)
    while at >= 0:
        out.append({"start": at, "end": at + len(mark), "text": mark, "speaker": speaker})
        at = text.find(mark, at + 1)
    return out


def _growth(run_on: object, unit: str, small: int) -> float:
    texts = [unit * (n // len(unit)) for n in (small, small * 8)]
    run_on(texts[0])  # type: ignore[operator]
    times = [cpu_seconds(lambda t=t: run_on(t))[0] for t in texts]  # type: ignore[operator]
    return times[1] / max(times[0], 1e-3)


def test_many_she_says_after_owners_grow_with_the_text() -> None:
    unit = ("A collector comes to Ama Kesse-Boateng's shop. She hands over the money. "
            "'If I refuse, they burn it,' she says. ")

    def run(text: str) -> None:
        only_owner_for_pronoun(text, _entries(text, "If I refuse", "she"), no_person)

    assert _growth(run, unit, 20_000) < 24


def test_many_speaking_roles_grow_with_the_text() -> None:
    unit = ("Adamou Banmore-Tall has driven a minibus for years. The driver was stopped. "
            "'We drank rain,' he says. ")

    def run(text: str) -> None:
        entries = _entries(text, "We drank rain", "the driver")
        name_the_role(text, entries, {id(o): "he" for o in entries})

    assert _growth(run, unit, 20_000) < 24


def test_the_owner_and_the_role_read_as_before_the_fixes() -> None:
    text = ("Each Saturday a collector comes to Ama Kesse-Boateng's tailoring shop. She hands "
            "over whatever the week brought. 'If I refuse, they burn it,' she says.")
    assert _speakers(text) == ["Ama Kesse-Boateng"]
    # two owners: no one of them is "she"
    two = ("Peter Obi-Lanre's car and Ama Kesse-Boateng's shop were burned. She hands over "
           "the money. 'If I refuse, they burn it,' she says.")
    assert "Peter Obi-Lanre" not in _speakers(two)
    # no sentence between opens on "She": the owner is not carried on
    quiet = ("A collector comes to Ama Kesse-Boateng's shop. The money goes. 'If I refuse, "
             "they burn it,' she says.")
    assert _speakers(quiet) != ["Ama Kesse-Boateng"] or "She " not in quiet
    role = ("Adamou Banmore-Tall has driven a minibus for 18 years. The driver was stopped "
            "by gunmen. 'We drank rain,' he says.")
    assert _speakers(role) == ["Adamou Banmore-Tall"]
    # a tie after the words is no tie for them
    late = ("Nobody knew who drove. The driver was stopped by gunmen. 'We drank rain,' he "
            "says. Adamou Banmore-Tall has driven a minibus for 18 years.")
    assert "Adamou Banmore-Tall" not in _speakers(late)


# ---------------------------------------------------------------- exceptions

_PIECES = [
    "Three protesters died, the report says: one from head injuries and two later in custody.",
    "Four of the dead were gang members, and the other two were a taxi driver and a girl.",
    "The clashes brought to 230 the number of detainees who have died in custody.",
    "Residents put the number of families who have fled the district since May at about 40.",
    "Police arrested 60 men. One resident said 300 people were being held there.",
    "Protests over the killing of a student have spread.",
    "Three of his friends vanished the same month.",
    "The storm flattened 300 homes, the agency said, while village chiefs gave a higher "
    "count and said the road was cut.",
    "Grace Mwale sells fish. For Mwale, the new shelter counts for little, she said.",
    "A collector comes to Ama Kesse-Boateng's shop. She hands over the money. 'No,' she says.",
    "Speaking of the death of a fisherman, Peter Amadi-Kalu, he said the inquiry would "
    "report. 'Nobody is above the law,' he said.",
    "Adamou Banmore-Tall has driven a bus. The driver was held. \"We drank rain,\" he says.",
    "By the mayor's count, 40 homes were lost.",
]
_PIECES_AR = [
    "وبحسب رئيس البلدية، خالد العمري، تحتاج البلدية إلى مساعدات عاجلة.",
    "قتل ثلاثة أشخاص، بحسب بيان نشرته وكالة الأنباء الأردنية.",
    "وقال رئيس مجلس قروي ظهر الجبل الدكتور فضل حمدان إن المستوطنين هاجموا القرية.",
    "ونقلت الجمعية عن شقيقه أن الشرطة اعتقلته. وأشارت إلى أن العائلة لم تبلغ.",
    "تلقى الأهالي تعويضا وفق العرف المحلي، بحسب ما نشرته صحيفة الأفق.",
    "قتل ٥ أشخاص، وفق ما أوردته وكالة الأنباء",
]


@pytest.mark.parametrize("text", TINY)
def test_tiny_texts_raise_nothing(text: str) -> None:
    extract(text, None, language="en")
    extract(text, None, language="ar")


def test_the_new_constructions_cut_and_marked_raise_nothing() -> None:
    rng = random.Random(50)
    for text in garbled(_PIECES, rng, 400):
        extract(text, "2024-05-01", language="en")
        extract(text.upper(), "2024-05-01", language="en")
    for text in garbled(_PIECES_AR, rng, 200):
        extract(text, "2024-05-01", language="ar")


# ---------------------------------------------------------------- the shared word scan
# Speed round 15's gates claim the same output as the readers' own tests: a cue word in
# capitals, inside another word, hyphened, with an apostrophe or next to a non-ASCII letter
# must wake a reader whenever the reader's patterns could match, and never hide a figure.

_GATED = [
    "Nine people were ADMITTED to hospital, and two others were Treated at the scene.",
    "Two guards were BEATEN so badly that both needed stitches.",
    "Two guards were re-beaten so badly that both needed stitches.",
    "Of THOSE, four were children, after 12 people were killed.",
    "The Youngest was a boy of six, after five people were killed.",
    "Families Sheltered in the school, then FLED again when the shelling resumed.",
    "Of the 12 who fell ILL, three remain in hospital.",
    "The crew ABANDONED the ship; the sailors were later Held in detention.",
    "A Grade 10 boy was among those HELD after the raid.",
    "Three men were killed and two were taken-away by gunmen.",
    "Café owners said two men were beaten and taken to hospital.",
    "Two men were beaten’s so badly that both needed stitches.",
    "Two patients were Left unable to walk after the beating, leaving-aside the dead.",
]


@pytest.mark.parametrize("text", _GATED)
def test_the_shared_word_scan_reads_as_each_reader_did(text: str, monkeypatch) -> None:
    plain = extract(text, "2024-05-01", language="en")
    document.cache_clear()
    monkeypatch.setattr(wake_words, "_runs", lambda _text: None)  # every gate wakes
    assert extract(text, "2024-05-01", language="en") == plain
    document.cache_clear()


# ---------------------------------------------------------------- wrong readings


def test_people_who_left_a_camp_or_hospital_are_no_displaced() -> None:
    # "left" a place of care, custody or refuge, or a body, is no flight from violence
    assert _casualties("Officials put the number of people who have left the camp at "
                       "300.") == []
    assert _casualties("Doctors put the number of patients who have left hospital at "
                       "30.") == []
    assert _casualties("The fighting brought to 2,000 the number of members who have left "
                       "the party.") == []
    # near-misses that stay read: a home, a district or a country left in war
    assert [(o, c) for _t, o, c in _casualties(
        "Officials put the number of families who have left their homes at 300.")] == [
        ("displaced", 300)]
    assert [(o, c) for _t, o, c in _casualties(
        "The shelling brought to 4,000 the number of families who have left the "
        "district.")] == [("displaced", 4000)]
    assert [(o, c) for _t, o, c in _casualties(
        "The ministry put the number of people who have died since March at 1,200.")] == [
        ("killed", 1200)]


def test_the_new_rules_stay_off_text_they_were_not_written_for() -> None:
    # a festival for people held there, a wedding after arrests: no one in custody
    assert _casualties("A festival for 300 people was held there in May.") == []
    assert [o for _t, o, _c in _casualties(
        "Police arrested 60 men. A wedding for 200 guests was held there later.")] == [
        "arrested"]
    # "the other N" with no part of the same people before it, or naming things
    assert _casualties("Four of the dead were miners, and the other two were a car and a "
                       "bus.") == [("Four of the dead", "killed", 4)]
    # the number of things, or of people who have been freed
    assert _casualties("Residents put the number of shops that have closed at about 40.") == []
    assert _casualties("The talks brought to 12 the number of journalists who have been "
                       "released this year.") == []
    # a teller's colon followed by a clause, no parts
    assert [c for _t, _o, c in _casualties(
        "Twelve people died, two officers said: the blast destroyed the market.")] == [12]
    # "while" with no saying of its own keeps the first teller's words alone
    assert _speakers("Prices rose, the bank said, while wages fell and said nothing.") == [
        "the bank"]
    # "For <country>," is no person
    assert _speakers("For Malawi, the deal is a lifeline, the minister said.") == [
        "the minister"]


def test_arabic_rules_stay_off_text_they_were_not_written_for() -> None:
    # words in commas that are no name, and a body's branch
    assert _speakers("وبحسب رئيس البلدية، الطرق مقطوعة، والأهالي بلا كهرباء.", "ar") == [
        "رئيس البلدية"]
    assert _speakers("وبحسب الهلال الأحمر، فرع المدينة، وصلت المساعدات.", "ar") == [
        "الهلال الأحمر"]
    # "ظهر" as the time of day after a definite head, and "فضل" as a verb
    assert _speakers("وقال رئيس البلدية ظهر الأحد إن القصف دمر عشرة منازل.", "ar") == [
        "رئيس البلدية"]
    assert _speakers("وقال مدير المستشفى الذي فضل عدم ذكر اسمه إن الجرحى بخير.", "ar") == [
        "مدير المستشفى"]
    # a quoted woman keeps a feminine verb after her words
    assert _speakers("ونقلت الجمعية عن والدته أن الشرطة اعتقلته. وأشارت إلى أن العائلة "
                     "لم تبلغ.", "ar")[-1] == "والدته"


def test_a_quoted_source_of_white_space_alone_tells_no_gender() -> None:
    # the speaker cleaning strips spaces and commas only: a newline or a tab is left, and
    # splitting it gave no first word to index
    from workbench.core.extract.ar.statement_output import _noun_gender

    assert _noun_gender("\n") == ""
    assert _noun_gender("\t ") == ""
    assert _noun_gender("") == ""
    assert _noun_gender("مصدر أمني") == "m"
    assert _noun_gender("مسؤولة") == "f"


def _said(text: str) -> list[tuple[str, str]]:
    return [(str(s["speaker"]), str(s["text"])) for s in
            extract(text, "2024-05-01", language="en")["statements"]]


def test_a_fronted_one_word_place_is_no_person() -> None:
    # "For Malawi," after "Lake Malawi": a place's name, never the "she" who speaks next
    assert "Malawi" not in [sp for sp, _ in _said(
        'Lake Malawi rose again last week. For Malawi, the flood is a disaster. "We need '
        'help," she said.')]
    assert "York" not in [sp for sp, _ in _said(
        'New York police arrived. For York, the day was long. "We waited," she said.')]
    assert "Tema" not in [sp for sp, _ in _said(
        'Tema Port reopened on Monday. For Tema, the day was long. "We waited," he said.')]
    # the person's short name after the full one still speaks
    assert _said('Grace Mwale sells fish at the lake. For Mwale, the new shelter counts for '
                 'little. "It leaks," she said.') == [("Mwale", "It leaks")]
    assert _said('Joseph Kariuki-Ndeti lost his shop. For Joseph, the money is not the '
                 'point. "I want to know who burned it," he says.') == [
        ("Joseph", "I want to know who burned it")]
