"""Speed round 15: casualty readers woken by one shared scan of the document's words.

``wake_words`` splits a document's lowered text once into its runs of ASCII letters; a
reader declares the words without one of which none of its patterns can match and is
skipped when the document holds none. Each gate must give exactly what the ungated reader
gives. Here every gate is forced open (``wakes`` answering True) and
each reader's output, and the casualty engine's, compared with the gated one, on fictional
news sentences that hold the cue words (in capitals too) and on ones that hold none or hold
them only inside other words (a test checks which is which)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from workbench.core.extract import (
    casualties,
    casualty_care_counted,
    casualty_consequence,
    casualty_exchange_parts,
    casualty_fronted_part,
    casualty_shelter_then_fled,
    casualty_state_cause,
    casualty_superlative_member,
    casualty_taken_part,
    casualty_told_again,
    casualty_unreal_counts,
    wake_words,
)
from workbench.core.extract.casualties import find_casualties
from workbench.core.extract.spans import document

_GATED: tuple[ModuleType, ...] = (
    casualty_care_counted, casualty_consequence, casualty_told_again,
    casualty_shelter_then_fled, casualty_state_cause,
    casualty_unreal_counts, casualty_taken_part, casualty_superlative_member,
    casualty_fronted_part, casualty_exchange_parts)


def _open_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    for mod in _GATED:
        monkeypatch.setattr(mod, "wakes", lambda *_a: True)


# (module, its cue gate as the module declares it, probes that hold a cue whole, probes that
# hold none: other words, or a cue only inside a longer word)
_CASES: dict[str, tuple[ModuleType, Callable[[str], bool], tuple[str, ...], tuple[str, ...]]] = {
    "sheltered then fled": (
        casualty_shelter_then_fled,
        lambda t: wake_words.wakes(t, casualty_shelter_then_fled._WAKE_SHELTER)
        and wake_words.wakes(t, casualty_shelter_then_fled._WAKE_FLED),
        ("About 300 families sheltering in a school in the village of Marn fled again on "
         "Tuesday.",
         "Some 120 villagers staying at a church near Tor have fled, officials said.",
         "HUNDREDS OF VILLAGERS CAMPED OUTSIDE THE TOWN WERE FORCED TO FLEE AGAIN."),
        ("About 300 families in a school in the village of Marn moved on Tuesday.",
         "The fledgling council said the sleepingbags sent to Tor were enough.")),
    "care counted": (
        casualty_care_counted,
        lambda t: wake_words.wakes(t, casualty_care_counted._WAKE),
        ("A bomb killed three people in Ostra market. Eleven others remain in hospital.",
         "The blast killed two. Twenty-seven people were given first aid at the scene.",
         "Crews were treating at least 12 people on the pavement after shelling killed four.",
         "A BOMB KILLED THREE PEOPLE. ELEVEN OTHERS REMAIN HOSPITALISED."),
        ("A bomb killed three people in Ostra market, the police said.",
         "The aide said hospitality workers were readmitted to the hotel where two died.")),
    "consequence": (
        casualty_consequence,
        lambda t: wake_words.wakes(t, casualty_consequence._WAKE),
        ("Gunmen stormed the village of Harl and five men were taken away.",
         "Militants beat the driver so badly that he later died, his brother said.",
         "Four people were moved to the capital for emergency surgery after the blast.",
         "GUNMEN STORMED THE VILLAGE AND FIVE MEN WERE TAKEN AWAY."),
        ("Gunmen stormed the village of Harl and killed five men, residents said.",
         "The unbeaten side was mistaken for the visitors, whoseever they were.")),
    "state causes": (
        casualty_state_cause,
        lambda t: wake_words.wakes(t, casualty_state_cause._WAKE),
        ("Six soldiers had legs amputated after the blast near Corra.",
         "The fighting has driven 400 families from the valley, the agency said.",
         "The attack left three children paralysed, doctors said.",
         "THE ATTACK LEFT THREE CHILDREN PARALYSED."),
        ("The attack wounded three children near Corra, doctors said.",
         "The leftist party and its drivers survivedly joined the talks.")),
    "unreal counts": (
        casualty_unreal_counts,
        lambda t: wake_words.wakes(t, casualty_unreal_counts._WAKE)
        or " hold" in t or "remains of" in t or "attempted murder" in t,
        ("A Grade 10 boy was killed when the wall fell in Ostra.",
         "Police found the remains of 12 burned cars after the raid killed five.",
         "The rebels freed two of them hours later, the family said.",
         "Gunmen held 40 people in the stadium, which can hold 5,000.",
         "Three men were charged with attempted murder after two were wounded."),
        ("A boy was killed when the wall fell in Ostra, police said.",
         "The threshold was upheld by the stakeholders after two were wounded.")),
    "ill parts": (
        casualty_taken_part,
        lambda t: wake_words.wakes(t, casualty_taken_part._WAKE_ILL),
        ("Gunmen killed four guests at the wedding in Sarn. Of those taken ill after the "
         "meal, 12 were detained for questioning.",
         "Of the guests who fell sick at the hotel, 14 were arrested by the police.",
         "OF THOSE TAKEN ILL, 12 WERE ARRESTED IN SARN."),
        ("Gunmen killed four guests at the wedding in Sarn, and 12 were detained.",
         "The illness will still be studied; 12 were detained after the killings.")),
    "superlative": (
        casualty_superlative_member,
        lambda t: wake_words.wakes(t, casualty_superlative_member._WAKE),
        ("Five children were killed in the strike on Dunmore, the youngest a boy of six.",
         "Nine villagers were abducted near Pell, the eldest a woman of 80.",
         "FIVE CHILDREN WERE KILLED IN DUNMORE, THE OLDEST A GIRL OF 12."),
        ("Five children were killed in the strike on Dunmore, a boy of six among them.",
         "The goldest mine and the youngster's club lost nine workers, who were killed.")),
    "fronted parts": (
        casualty_fronted_part,
        lambda t: wake_words.wakes(t, casualty_fronted_part._WAKE),
        ("Militants abducted 40 workers in Varo. Of those, 12 are women.",
         "Some 300 people were killed in the raids. Of them, 80 were children.",
         "MILITANTS ABDUCTED 40 WORKERS. OF THESE, 12 ARE WOMEN."),
        ("Militants abducted 40 workers in Varo, including 12 women.",
         "Themes of thesethose kind: 300 people were killed in the raids.")),
    "told again": (
        casualty_told_again,
        lambda t: wake_words.wakes(t, casualty_told_again._WAKE),
        ("Shelling hit Orvan on Monday and 300 families have since left for the border.",
         "Gunmen stormed the village; the families packed up and left, residents said.",
         "Two men abducted from the market in Tesk have never been found.",
         "Police put arrests at more than 600 after the riots in Dunmore.",
         "POLICE PUT ARRESTS AT MORE THAN 600 AFTER THE RIOTS."),
        ("Shelling hit Orvan on Monday and 300 families fled towards the border.",
         "The cleft neverland upheld the nevertheless settled crews on 12 boats.")),
    "exchange parts": (
        casualty_exchange_parts,
        lambda t: wake_words.wakes(t, casualty_exchange_parts._WAKE_FREED)
        or wake_words.wakes(t, casualty_exchange_parts._WAKE_PLACES),
        ("Rebels captured 30 soldiers in the swap talks. Twelve of the freed soldiers were "
         "taken home, the exchange committee said.",
         "The prisoner exchange took place at dawn. Two of the released men were flown out.",
         "A shell wounded four people in Dorn. Two had chest wounds, doctors said.",
         "TWO OF THE RELEASED MEN WERE FLOWN OUT AFTER THE EXCHANGE."),
        ("Rebels captured 30 soldiers near Dorn and killed two, the army said.",
         "The unfreed and the exchangedx men were counted; 12 of the 30 were killed.")),
}


def _probes() -> Iterator[tuple[str, str, bool]]:
    for name, (_mod, _gate, woken, quiet) in _CASES.items():
        for text in woken:
            yield name, text, True
        for text in quiet:
            yield name, text, False


_PROBES = list(_probes())


@pytest.mark.parametrize(("name", "text", "woken"), _PROBES)
def test_probe_wakes_its_gate_or_not(name: str, text: str, woken: bool) -> None:
    assert _CASES[name][1](text) is woken


def _figures(text: str) -> list[dict[str, object]]:
    document.cache_clear()
    return find_casualties(text)


_EVERY_TEXT = tuple(dict.fromkeys(t for _n, t, _w in _PROBES))


@pytest.mark.parametrize("text", _EVERY_TEXT)
def test_engine_same_with_gates_open(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _figures(text)
    _open_gates(monkeypatch)
    assert _figures(text) == gated


def _run_reader(name: str, text: str, out: list[dict[str, object]]) -> Any:
    """The gated reader of case ``name`` on ``text`` and a copy of ``out``; its result and
    what it left of the copy."""
    figs = copy.deepcopy(out)
    low = document(text).low
    person = casualties._person_like
    if name == "told again":
        return casualty_told_again.told_again_edits(text, low), figs
    if name == "sheltered then fled":
        return casualty_shelter_then_fled.sheltered_then_fled(text, figs, low), figs
    if name == "care counted":
        return casualty_care_counted.read_care_counted(text, figs, person), figs
    if name == "consequence":
        return casualty_consequence.told_by_consequence(text, figs, find_casualties), figs
    if name == "state causes":
        return casualty_state_cause.read_state_causes(text, figs, find_casualties), figs
    if name == "ill parts":
        return casualty_taken_part.drop_ill_parts(text, figs, low), figs
    if name == "superlative":
        return casualty_superlative_member.superlative_members(text, figs, low, person), figs
    if name == "fronted parts":
        return casualty_fronted_part.fronted_parts(text, figs, low, person), figs
    if name == "exchange parts":
        return casualty_exchange_parts.exchange_parts(text, figs, low, person), figs
    return casualty_unreal_counts.drop_unreal_counts(text, figs, person), figs


@pytest.mark.parametrize(("name", "text", "woken"), _PROBES)
def test_reader_same_with_gate_open(name: str, text: str, woken: bool,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # every reader on the figures the engine gives, and on a captive, a killed and a
    # wounded figure over the text's first words (what the readers look at in ``out``)
    figures = _figures(text)
    made = [{"start": 0, "end": min(len(text), 12), "text": text[:12], "outcome": o,
             "count_low": 2, "count_high": None, "qualifier": "exact", "group": None}
            for o in ("captured", "killed", "wounded")]
    for out in (figures, made):
        gated = _run_reader(name, text, out)
        with monkeypatch.context() as m:
            _open_gates(m)  # type: ignore[arg-type]
            assert _run_reader(name, text, out) == gated


def test_some_probes_are_read() -> None:
    # the probes with cue words give figures, so the comparisons above compare something
    read = [t for _n, t, woken in _PROBES if woken and _figures(t)]
    assert len(read) >= 25


def _cues(*words: str) -> frozenset[bytes]:
    return wake_words.cue_set(words)


@pytest.mark.parametrize("text", [
    "Four MEN were re-arrested; the stake-holders' upheld ruling (AP).",
    "Four MEN were re-arrested; the stake-holders\u2019 upheld ruling \u2014 caf\u00e9 (AP).",
])
def test_scan_is_letter_runs_of_the_lowered_text(text: str) -> None:
    # (an ASCII text is split by its bytes, any other by the pattern: the same runs)
    document.cache_clear()
    assert wake_words.wakes(text, _cues("men"))
    assert wake_words.wakes(text, _cues("arrested"))
    assert wake_words.wakes(text, _cues("holders"))
    assert wake_words.wakes(text, _cues("ap"))
    assert not wake_words.wakes(text, _cues("held", "hold", "stakeholders", "rearrested"))


@pytest.mark.parametrize("folded", ["\u017f", "\u0131", "\u0130", "\u0307"])
def test_letters_the_patterns_fold_wake_every_gate(folded: str) -> None:
    # "ſhot" is matched by a case-blind "shot"; lowering keeps it, so nothing is skipped
    text = f"Two men were {folded}hot near the market."
    document.cache_clear()
    assert wake_words.wakes(text, _cues("zzz"))


def test_kelvin_sign_lowers_to_its_letter() -> None:
    text = "Two men were \u212aidnapped near the market."
    document.cache_clear()
    assert wake_words.wakes(text, _cues("kidnapped"))
    assert not wake_words.wakes(text, _cues("idnapped"))


def test_cue_set_takes_only_lowercase_letters() -> None:
    assert wake_words.cue_set(("held", "taken")) == frozenset({b"held", b"taken"})
    for bad in (("re-arrested",), ("Held",), ("in custody",), ()):
        with pytest.raises(ValueError):
            wake_words.cue_set(bad)
