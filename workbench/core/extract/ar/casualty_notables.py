"""Arabic casualty reading of notables and of singulars made definite (round ar167).

Three ways Arabic news names one man that the person lists alone misread:

* a notable by his standing, "وجيه" or "زعيم" with an adjective of that standing after it
  ("قتل وجيه عشائري"، "اغتيال زعيم قبلي بارز"): one person, as "مقتل قيادي بارز" is. The
  title alone is no person noun ("وجيه" is a given name too);
* a singular at the head of a construct whose last genitive is definite ("قتلوا ابن عم
  الشيخ"، "بين القتلى إمام مسجد القرية"): the chain is definite, one man the story
  knows, whom no count reads (as "شقيق القيادي" already was not);
* two offices of one man that govern one genitive ("اغتيل إمام وخطيب مسجد"): the second
  title is the same man, not a second person.

And a noun written with ta marbuta that folds into a verb with its object pronoun ("محامي
أسرة الشيخ" folds as "a lawyer whom ... captured"): the family is no capture.
"""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .casualty_titled_one import second_title

__all__ = ["definite_chain", "drop_ta_nouns", "notable_one", "notable_words", "second_title"]
from .normalise import fold_set
from .tokens import Token

_NOTABLES = fold_set(V.NOTABLE_TITLES)
_NOTABLE_ADJECTIVES = fold_set(V.NOTABLE_ADJECTIVES)
_CHAIN_HEADS = fold_set(V.DEFINITE_CHAIN_HEADS)
_CHAIN_NOT_GENITIVES = fold_set(V.DEFINITE_CHAIN_NOT_GENITIVES)
_NOT_GENITIVES = fold_set(V.NOT_TITLE_GENITIVES)
_TA_NOUNS = frozenset(V.TA_NOUNS_LIKE_VERBS)


def _bare(w: str) -> str:
    """The word without a joined "و" or "ف" ("ووجيه" -> "وجيه")."""
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _adjective(t: Token) -> bool:
    """Is ``t`` an adjective of a notable's standing, nominative or accusative?"""
    w = t.w
    return t.is_word and (w in _NOTABLE_ADJECTIVES or (
        w.endswith("ا") and w[:-1] in _NOTABLE_ADJECTIVES))


def notable_words() -> frozenset[str]:
    """Every folded form a notable's title takes: joined to "و" or "ف", in the accusative."""
    masculine = fold_set(tuple(w + "ا" for w in V.NOTABLE_TITLES if not w.endswith("ة")))
    forms = {*_NOTABLES, *masculine}  # (a feminine in ة takes no alif of the accusative)
    return frozenset({*forms, *("و" + w for w in forms), *("ف" + w for w in forms)})


def notable_one(toks: list[Token], k: int, sb: int) -> str | None:
    """The folded title at ``k`` when it names one notable: "وجيه"/"زعيم" (also in the
    accusative, "وجيها") with an adjective of standing right after it; else None."""
    t = toks[k]
    if not t.is_word or k + 1 >= sb:
        return None
    if not any(w in _NOTABLES or (w.endswith("ا") and w[:-1] in _NOTABLES)
               for w in (t.w, _bare(t.w))):
        return None  # ("وجيه" itself begins with the letter of "و")
    return t.w if _adjective(toks[k + 1]) else None


def definite_chain(toks: list[Token], k: int, sb: int) -> bool:
    """Is the singular at ``k`` the head of a construct of one bare noun and then a definite
    one ("ابن عم الشيخ"، "إمام مسجد القرية")? Then the whole is definite. The bare noun is
    no preposition, adverb, time or means ("قتل شاب فجر اليوم" keeps its one), and the
    definite word no time ("قتل مختار قرية الجمعة")."""
    if k + 2 >= sb or (toks[k].w not in _CHAIN_HEADS and _bare(toks[k].w) not in _CHAIN_HEADS):
        return False
    mid, last = toks[k + 1], toks[k + 2]
    if not (mid.is_word and last.is_word) or not last.w.startswith("ال"):
        return False
    m = mid.w
    if m.startswith(("ال", "و", "ب", "ل", "ف")) or m in _NOT_GENITIVES or len(m) < 2:
        return False
    if len(m) > 3 and m.endswith(("ي", "يه")):
        return False  # a nisba adjective of the head: "إمام سوري الجنسية"
    return last.w not in _CHAIN_NOT_GENITIVES and last.w not in _NOT_GENITIVES


def drop_ta_nouns(out: list[dict[str, Any]]) -> None:
    """Drop the one person read with a noun in ta marbuta that folds into a verb and its
    pronoun ("محامي أسرة" is a family's lawyer, not "a lawyer captured"; "قتلة" are
    killers): the figure's evidence is the person and that noun, nothing more."""
    keep = []
    for d in out:
        words = d["text"].split()
        if d["count_low"] == 1 and len(words) == 2 and words[1] in _TA_NOUNS:
            continue
        keep.append(d)
    if len(keep) != len(out):
        out[:] = keep
