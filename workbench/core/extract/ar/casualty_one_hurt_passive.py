"""One person hurt, told before the unvowelled passive (round ar170).

An indefinite person, the object of another verb, then the passive of hurting with no
object of its own: an asyndetic relative clause ("عالجنا هذا الأسبوع امرأة أصيبت برصاصة
طائشة"، "وأسعف المتطوعون شابا جرح بشظية"). One wounded, as round ar122 reads one taken
("طفل خطف من أمام منزله", ``casualty_one_held._one_taken``), whose shape this shares: the
verb agrees with the person in gender, and a place, a time, a means or the clause's end
follows it. Unread: a definite one ("المرأة أصيبت": one named before), "كل طفل أصيب"
(nobody in particular), an illness ("امرأة أصيبت بالحمى"), the predicate of the dead or
hurt named before ("أحد القتيلين طالب أصيب برصاصة": one counted already), and a subject
after "إن"/"أن" or opening the sentence, which the subject-first readers decide ("إن أسيرة
من الخليل أصيبت" stays theirs). The passive of killing is left out: its letters are the
active's ("مسلحا قتل إمام المسجد"), and the older rounds keep it unread after a noun. A
figure already holding the words ("بينهم امرأة أصيبت"، "استشهد شاب أصيب") keeps them.
"""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .casualty_hurt_described import _NOT_WOUNDS
from .casualty_one_held import (
    _STOPS,
    _agrees,
    _passive_after,
    append_one,
    nisba_owner,
    person_before_passive,
)
from .figure_reach import by_sentence
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, positions_of

_PASSIVES = fold_map(V.HURT_PASSIVES)
_PASSIVE_WORDS = frozenset(_PASSIVES)
_ANY = fold_set(V.HURT_DESCRIBED_ANY)
_SAID_OF = fold_set(V.HURT_PASSIVE_SAID_OF)


def one_hurt_passive(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                     out: list[dict[str, Any]]) -> None:
    """Add to ``out`` the one hurt before a passive that no figure holds yet."""
    hits = positions_of(toks, _PASSIVE_WORDS)
    if not hits:
        return
    by_sentence(folded, toks, spans, hits, out,
                lambda sa, sb, k, local: _read_at(folded, toks, sa, sb, k, local))


def _read_at(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
             out: list[dict[str, Any]]) -> None:
    found = _one_before(toks, sa, sb, k)
    if found is None:
        return
    h, outcome = found
    append_one(folded, toks, h, k + 1, h, outcome, out)


def _one_before(toks: list[Token], sa: int, sb: int, k: int) -> tuple[int, str] | None:
    """The person before the passive at ``k`` and its outcome, or None."""
    gender, outcome = _PASSIVES[toks[k].w]
    if not _passive_after(toks, k + 1, sb):
        return None
    if outcome == "wounded" and k + 1 < sb and toks[k + 1].w in _NOT_WOUNDS:
        return None  # "امرأة أصيبت بالحمى": the sick
    if (found := person_before_passive(toks, sa, k)) is None:
        return None
    h, head, bare = found
    if not _agrees(head, gender) or (h + 1 < k and toks[h + 1].w.startswith("ال")):
        return None  # (or one named by whose he is: "حارس المدرسة أصيب")
    if h == sa or toks[h - 1].w in _STOPS:
        return None  # (a subject after "إن"/"أن": the subject-first readers')
    if toks[h - 1].w in _ANY:
        return None  # "كل طفل أصيب": nobody in particular
    if toks[h - 1].w.removeprefix("و") in _SAID_OF:
        return None  # "أحد القتيلين طالب أصيب": the predicate of one counted
    # "مواطنا سوريا أصيب": the nisba describes the person before
    return nisba_owner(toks, sa, h, bare), outcome
