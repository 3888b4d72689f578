"""Review of the first wave of the twenty-fifth session (issue 11): stalls, exceptions and
wrong readings of English rounds 206 and 207 and Arabic rounds 165 and 166.

Every sentence here is the reviewer's own, with invented people and places."""

from __future__ import annotations

from typing import Any

import pytest

from workbench.core.extract import extract
from workbench.core.extract import statements as S
from workbench.core.extract.casualty_whole_in_words import wholes_in_words


def _casualties(text: str, lang: str = "en") -> list[tuple[str, str, int]]:
    return [(f["text"], f["outcome"], f["count_low"])
            for f in extract(text, None, language=lang)["casualties"]]


def _statements(text: str, lang: str = "en") -> list[tuple[Any, str]]:
    return [(o["speaker"], o["text"]) for o in extract(text, None, language=lang)["statements"]]


# ---------------------------------------------------------------- stalls (cost per length)

class _Counted(dict):  # type: ignore[type-arg]
    """A figure that counts how often its fields are read."""

    reads = 0

    def __getitem__(self, key: str) -> Any:
        _Counted.reads += 1
        return super().__getitem__(key)


def test_wholes_in_words_reads_each_figure_a_bounded_number_of_times() -> None:
    # 400 parts of wholes counted in words: the test of a figure over each whole once
    # passed over every figure, 160,000 reads; now a look-up among those nearby
    sentence = "Two of the three employees abducted near the mine were released. "
    text = sentence * 400
    found = [_Counted(start=i * len(sentence), end=i * len(sentence) + 35,
                      text=sentence[:35], outcome="captured", count_low=2, count_high=None,
                      qualifier="exact", group="the three employees") for i in range(400)]
    _Counted.reads = 0
    out = wholes_in_words(text, found)  # type: ignore[arg-type]
    assert len(out) == 800  # each whole is read: "the three employees abducted"
    assert _Counted.reads < 20 * 400


def test_a_formal_opener_reads_a_bounded_stretch_of_a_text_with_no_full_stop(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "X is relieved to confirm that ..." rewrites its sentence and reads it again; with no
    # full stop that was the whole rest of the text, once per opener
    lengths: list[int] = []
    real = S.find_statements

    def spy(text: str) -> list[dict[str, object]]:
        if text.startswith("Karama Mining said that "):  # (the rewritten lead's reading)
            lengths.append(len(text))
        return real(text)

    monkeypatch.setattr(S, "find_statements", spy)
    text = "Karama Mining is relieved to confirm that all staff are safe, and " * 300
    extract(text, None, language="en")
    assert lengths and max(lengths) < 3200


def test_formal_openers_do_not_pass_over_every_entry_per_opener(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = S._read_already

    def spy(out: list[dict[str, object]], at: int) -> bool:
        calls.append(at)
        return real(out, at)

    monkeypatch.setattr(S, "_read_already", spy)
    text = "The club is delighted to announce that its coach has signed. " * 200
    found = _statements(text)
    assert len(found) == 200 and found[0] == ("The club", "its coach has signed")
    assert calls == []  # (a heap of the entries by their start answers instead)


# ---------------------------------------------------------------- exceptions

_CUT_SEEDS = (
    ("en", "Gunmen raided the farm. Two of them were taken by truck to a camp, police said."),
    ("en", "Two of the eleven people wounded in the blast died; a third remains in captivity."),
    ("en", "Borno state's governor, Amina Bello, said a moment ago that the loss of two pilots"
           " was confirmed."),
    ("en", '"At the station they told me my son had run away," she said.'),
    ("en", "Notes to editors: According to UNICEF, the club is delighted to announce that ..."),
    ("ar", "تعاملت الطواقم مع سبع إصابات بالرصاص الحي، إحداها في حالة خطيرة."),
    ("ar", 'وقال المتحدث: "مصير عشرة موظفين ما زال مجهولا"، مقابل 12 جريحا.'),
    ("ar", "ووعد وزير الاقتصاد بتوزيع 5 آلاف طن، فيما وعد المحافظ بتوزيع خزانات."),
    ("ar", 'قال مصدر طبي لشبكة "الجنوب اليوم" المحلية إن امرأتين مصابتين نقلتا.'),
    ("ar", "مزارعو التبغ في البلدة يطالبون برفع سعر الكيلو\nحركة الشباب تحتجز ثلاثة سائقين"),
)


@pytest.mark.parametrize("lang,text", _CUT_SEEDS)
def test_new_constructions_cut_anywhere_never_raise(lang: str, text: str) -> None:
    variants = (text, text.replace('"', "“", 1).replace('"', "”", 1),
                text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")))
    for v in variants:
        for cut in range(0, len(v) + 1, 5):
            extract(v[:cut], None, language=lang)
            extract(v[cut:], None, language=lang)
            extract(v[:cut] + ",," + v[cut:], None, language=lang)


@pytest.mark.parametrize("text", ["", " ", ".", "،", "a", "ب", '"', "«", "5", "٥", "\n"])
def test_tiny_inputs_never_raise(text: str) -> None:
    extract(text, None, language="en")
    extract(text, None, language="ar")


# ---------------------------------------------------------------- wrong readings, English

@pytest.mark.parametrize("text", [
    # the captors themselves, taken, are caught, no captives
    "Kidnappers freed the hostages on Monday. Five of the kidnappers were taken and the"
    " rest fled.",
    "The kidnapping ended in a raid. Three of the abductors were taken by truck to a base.",
    "Pirates held the crew for a month. Two of the pirates were taken by boat to the navy"
    " ship.",
    # the freed brought back where they live or stay
    "The hostage crisis ended. Twenty passengers were taken by bus to a hotel in the capital.",
    "The ransom was paid on Friday. Four nurses were taken by car to their homes on Saturday.",
    "The kidnappers freed the group at dawn. Nine teachers were taken by van to their"
    " embassy.",
])
def test_taken_reads_no_captives_of_captors_or_of_the_freed_brought_home(text: str) -> None:
    assert [c for c in _casualties(text) if c[1] == "captured"] == []


@pytest.mark.parametrize("text,figure", [
    ("Gunmen stormed the farm. Two of the workers were taken by truck to a camp in the hills.",
     ("Two of the workers were taken by truck", "captured", 2)),
    ("Armed men raided the village on Monday. Ten people were taken at gunpoint.",
     ("Ten people were taken", "captured", 10)),
    ("Pirates boarded the tanker. Three crew were taken and the ship was left adrift.",
     ("Three crew were taken", "captured", 3)),
])
def test_taken_still_reads_captives(text: str, figure: tuple[str, str, int]) -> None:
    assert figure in _casualties(text)


# ---------------------------------------------------------------- wrong readings, Arabic

@pytest.mark.parametrize("text", [
    # a condition or a negation of anyone being there: nobody in particular
    "إذا وجد طفل مصاب فعلى الأهل إبلاغ المدرسة.",
    "في حال وجود شخص مصاب يجب الاتصال بالإسعاف.",
    "لا يوجد شخص مصاب بين الركاب، بحسب الشرطة.",
    "لم يكن هناك جندي مصاب في القافلة.",
    # the mind's ills and tiredness
    "نقل شاب مصاب بالاكتئاب إلى مصحة في المدينة.",
    "يعد سائق مصاب بالتعب خطرا على الطريق.",
    "تعيش امرأة مصابة بالأرق في الطابق الثالث.",
])
def test_a_person_described_as_hurt_in_no_told_case_is_no_wounded(text: str) -> None:
    assert _casualties(text, "ar") == []


@pytest.mark.parametrize("text,figure", [
    ("نقل رجل في حالة حرجة وامرأة مصابة إلى المستشفى.", ("امرأة مصابة", "wounded", 1)),
    ("استقبل المستشفى امرأة مصابة بشظايا.", ("امرأة مصابة", "wounded", 1)),
    ("نقلت الطواقم طفلا مصابا إلى المستشفى بعد الغارة.", ("طفلا مصابا", "wounded", 1)),
])
def test_a_person_described_as_hurt_still_reads(text: str, figure: tuple[str, str, int]) -> None:
    assert figure in _casualties(text, "ar")


@pytest.mark.parametrize("text", [
    "فيما وعد الحكومة بالإعمار ما زال حبرا على ورق.",
    "بينما وعد الشركة بزيادة الأجور ظل معلقا.",
    "ووعد الوزارة بالتعويض أثار سخرية السكان.",
])
def test_the_masculine_promise_before_a_feminine_subject_is_the_noun(text: str) -> None:
    assert _statements(text, "ar") == []


@pytest.mark.parametrize("text,entry", [
    ("ووعد الرئيس بإجراء انتخابات مبكرة.", ("الرئيس", "بإجراء انتخابات مبكرة")),
    ("فيما وعد المحافظ بتوزيع خزانات المياه على الأحياء.",
     ("المحافظ", "بتوزيع خزانات المياه على الأحياء")),
    ("ووعد وزير الاقتصاد بتوزيع 5 آلاف طن من القمح.",
     ("وزير الاقتصاد", "بتوزيع 5 آلاف طن من القمح")),
])
def test_the_masculine_promise_with_a_masculine_subject_still_reads(
        text: str, entry: tuple[str, str]) -> None:
    assert entry in _statements(text, "ar")


@pytest.mark.parametrize("text,entry", [
    ("مسؤولو الوزارة يحذرون من موجة حر جديدة\nقال مسؤولون في الوزارة إن الحرارة سترتفع.",
     ("مسؤولو الوزارة", "من موجة حر جديدة")),
    ("محامو المتهمين يطالبون بالإفراج عنهم\nعقدت المحكمة جلستها أمس.",
     ("محامو المتهمين", "بالإفراج عنهم")),
    ("ممثلو النقابة يطالبون برفع الأجور\nاجتمع ممثلو النقابة مع الوزير أمس.",
     ("ممثلو النقابة", "برفع الأجور")),
    ("مديرو المدارس يحذرون من نقص المعلمين\nقال مديرو المدارس إن النقص كبير.",
     ("مديرو المدارس", "من نقص المعلمين")),
])
def test_a_headline_demand_by_those_who_speak_for_others_keeps_its_entry(
        text: str, entry: tuple[str, str]) -> None:
    assert entry in _statements(text, "ar")


@pytest.mark.parametrize("text", [
    "مزارعو التبغ في البلدة يطالبون برفع سعر الكيلو\nاجتمع المزارعون أمس.",
    "صيادو الميناء يطالبون بتعويضات\nاجتمع الصيادون أمس.",
    "سائقو الشاحنات يحذرون من إغلاق المعبر\nتوقفت الشاحنات أمس.",
])
def test_a_trade_crowd_headline_demand_still_has_no_entry(text: str) -> None:
    assert [e for e in _statements(text, "ar") if e[1].startswith(("برفع", "بتعويضات", "من"))
            and e[0] and e[0].endswith(("التبغ في البلدة", "الميناء", "الشاحنات"))] == []
