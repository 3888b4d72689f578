"""Speed round 17: the Arabic casualty engine's count reader and release loop gated on a
plain test of the words they start from.

Each gate skips a token at which the ungated code could find nothing; it must give exactly
what the ungated code gives. Here every gate is forced open (a table that answers True for
every word) and the output compared with the gated one, token by token and through
``extract()``, on fictional news sentences that hold the readers' words (counts in digits
and words, qualifiers, ranges, "نيف", "عدد", releases, "مقابل") and on ones that hold none
(a test checks which is which). The per-word tables are also checked against the look-ups
they keep."""

from __future__ import annotations

from typing import Any

import pytest

from workbench.core.extract import extract
from workbench.core.extract.ar import casualties, casualty_freed_captives
from workbench.core.extract.ar.casualties import find_casualties_ar
from workbench.core.extract.ar.tokens import analyse, bare_token, document_sentences, word_in

# Fictional reports: counts in digits and in words, a qualifier before a count, a range,
# "some more than", "a number of them", vague hundreds, a release by kidnappers and one
# in return for a ransom, households counted before their flight.
_WITH_WORDS = (
    "قتل ثلاثة أشخاص وأصيب 12 آخرون في قصف استهدف بلدة كفر سمان الشمالية.",
    "وأفرجت جماعة مسلحة عن خمسة مختطفين مقابل فدية، بحسب مصادر محلية في وادي الريحان.",
    "وأطلق الخاطفون سراح نحو عشرين رهينة، بينهم ما بين 10 و15 طفلا.",
    "نزحت نيف وثلاثون عائلة من قرية تل الزيتون بعد الاشتباكات الليلية.",
    "أصيب عدد من المتظاهرين، وقال شهود إن عددا منهم نقلوا إلى مستشفى المدينة.",
    "لقي مئات الأشخاص حتفهم، وأصيب أكثر من ألفين ومئتين في الزلزال.",
    "وحررت قوات الأمن أربع نساء وثلاثة أطفال كانوا محتجزين لدى عصابة في ضواحي بلدة السرو.",
    "واعتقلت الشرطة قرابة الـ40 شخصا، ثم أفرج عن 17 منهم مساء الأحد.",
)
_WITHOUT_WORDS = (
    "افتتحت البلدية حديقة جديدة في حي النخيل وسط احتفال شعبي.",
    "وناقش مجلس المحافظة خطة لترميم المدارس القديمة قبل بداية الموسم.",
    "وقال المتحدث باسم الوزارة سليم الحداد إن الاجتماع يعقد الأسبوع المقبل.",
)
_TEXTS = (*_WITH_WORDS, *_WITHOUT_WORDS, " ".join(_WITH_WORDS), "\n".join(_WITHOUT_WORDS),
          _WITHOUT_WORDS[0] + "\n" + _WITH_WORDS[1] + " " + _WITH_WORDS[3])


class _AlwaysTrue(dict[str, bool]):
    """A per-word table that lets every word through: the code as it was before its gate."""

    def __missing__(self, w: str) -> bool:
        return True


def _open_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(casualties, "_COUNT_AT_TEST", _AlwaysTrue())
    monkeypatch.setattr(casualty_freed_captives, "_VERB_TEST", _AlwaysTrue())


@pytest.mark.parametrize("text", _TEXTS)
def test_casualties_gated_equal_ungated(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = find_casualties_ar(text)
    whole = extract(text, "2024-03-05", language="ar")
    _open_all(monkeypatch)
    assert find_casualties_ar(text) == gated
    assert extract(text, "2024-03-05", language="ar") == whole


def _counts(text: str) -> list[Any]:
    toks = analyse(text)[1]
    return [casualties._count_at(toks, i, sb) for sa, sb in document_sentences(text)
            for i in range(sa, sb + 1)]


@pytest.mark.parametrize("text", _TEXTS)
def test_count_at_gated_equal_ungated_at_every_token(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _counts(text)
    monkeypatch.setattr(casualties, "_COUNT_AT_TEST", _AlwaysTrue())
    assert _counts(text) == gated


def _gate_closed_at(text: str) -> list[bool]:
    return [not casualties._COUNT_AT_TEST[t.w] for t in analyse(text)[1]]


def test_probes_open_and_close_the_count_gate() -> None:
    """The probes with counts have tokens the gate lets through and that give a count, and
    tokens it stops; the plain probes give no count anywhere."""
    for text in _WITH_WORDS:
        assert any(c is not None for c in _counts(text)), text
        assert any(_gate_closed_at(text)), text
    for text in _WITHOUT_WORDS:
        assert all(c is None for c in _counts(text)), text


def test_count_gate_lets_through_each_kind_of_count_start() -> None:
    """Digits, a number word with clitics, a qualifier, "بين", "نيف" and "عدد" open it."""
    for w in ("12", "وثلاثة", "بخمسة", "نحو", "قرابة", "بين", "نيف", "عددا", "العشرات", "مئات"):
        assert casualties._COUNT_AT_TEST[analyse(w)[1][0].w], w


def test_probes_read_the_counts_the_gate_lets_through() -> None:
    """The gated reader still finds the figures of the probes."""
    figures = {text: [(f["outcome"], f["count_low"]) for f in find_casualties_ar(text)]
               for text in _WITH_WORDS}
    assert ("killed", 3) in figures[_WITH_WORDS[0]]
    assert ("wounded", 12) in figures[_WITH_WORDS[0]]
    assert any(o == "captured" and n == 5 for o, n in figures[_WITH_WORDS[1]])
    assert any(o == "displaced" for o, _ in figures[_WITH_WORDS[3]])
    for text in _WITHOUT_WORDS:
        assert find_casualties_ar(text) == []


# --- the per-word tables against the look-ups they keep --------------------------------

def _words() -> set[str]:
    words = {t.w for text in _TEXTS for t in analyse(text)[1]}
    words |= {p + w for w in casualty_freed_captives._ANY_VERB for p in ("", "و", "ف")}
    return words


def test_release_table_equals_the_loop_test() -> None:
    found = 0
    for text in _TEXTS:
        for t in analyse(text)[1]:
            plain = t.is_word and (t.w in casualty_freed_captives._IN_RETURN or word_in(
                t, casualty_freed_captives._ANY_VERB) is not None)
            assert casualty_freed_captives._VERB_TEST[t.w] == plain, t.w
            found += plain
    assert found  # (some probe word is a release verb or "مقابل")
    for w in _words():
        t = bare_token(w)
        assert casualty_freed_captives._VERB_TEST[w] == (t.is_word and (
            w in casualty_freed_captives._IN_RETURN
            or word_in(t, casualty_freed_captives._ANY_VERB) is not None)), w


def test_count_word_table_equals_the_three_look_ups() -> None:
    for text in _TEXTS:
        for t in analyse(text)[1]:
            plain = bool(word_in(t, casualties._VAGUE) or word_in(t, casualties._UNITS)
                         or word_in(t, casualties._TENS))
            assert casualties._count_word(t) is plain, t.w
    assert casualties._count_word(analyse("وثلاثة")[1][0]) is True
    assert casualties._count_word(analyse("عشرات")[1][0]) is True
    assert casualties._count_word(analyse("حديقة")[1][0]) is False
    assert casualties._count_word(bare_token("،")) is False
