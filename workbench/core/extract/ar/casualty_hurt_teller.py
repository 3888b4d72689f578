"""Arabic casualty reading of one of the hurt who tells what he saw (round ar191).

"وقال أحد المصابين، ويدعى فلان، إن النار اندلعت فجأة"، "وقال أحد الجرحى من سريره إن ...":
one of the hurt named as the speaker is introduced, not counted. The wounded were counted
where their toll was told; the one who speaks is among them. A figure "أحد/إحدى" + the
definite hurt right after a verb of saying, and followed by the aside that names him, his
bed or the complementizer of his words, is dropped. Told with a state or a wound ("وقال إن
أحد المصابين في حالة حرجة") it stays: there he is the subject of what is said.
"""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word

_SAYING = fold_set((*V.SPEECH_VERBS, *("و" + w for w in V.SPEECH_VERBS)))
_ONE = fold_set(("أحد", "إحدى", "احد", "احدى"))
_HURT = fold_set(V.WOUNDED_DEFINITE_WHOLES)
_NAMING = fold_set((*V.NAMING_WORDS, *("و" + w for w in V.NAMING_WORDS), "واسمه", "واسمها"))
_TELLING_NEXT = fold_set(("إن", "ان", "إنه", "انه", "إنها", "انها"))
_BED = fold_set(("سريره", "سريرها"))
_COMMAS = ("،", ",")


def drop_hurt_tellers(folded: Folded, out: list[dict[str, Any]]) -> None:
    """Remove from ``out`` the one of the hurt who is only the speaker."""
    text = folded.original
    keep = []
    for f in out:
        if f["count_low"] == 1 and f["outcome"] == "wounded" and _teller(text, f) and any(
                g["outcome"] == "wounded" and g["count_low"] > 1 and g["end"] <= f["start"]
                for g in out):
            continue  # (only when the hurt were counted before: he is one of them)
        keep.append(f)
    if len(keep) != len(out):
        out[:] = keep


def _teller(text: str, f: dict[str, Any]) -> bool:
    words = str(f["text"]).split()
    if len(words) != 2 or fold_word(words[0]) not in _ONE or fold_word(words[1]) not in _HURT:
        return False
    before = text[max(0, f["start"] - 20):f["start"]].split()
    if not before or fold_word(before[-1]) not in _SAYING:
        return False
    after = text[f["end"]:f["end"] + 30]
    if after[:1] in _COMMAS:
        nxt = after[1:].split()
        return bool(nxt) and fold_word(nxt[0]) in _NAMING
    nxt = after.split()
    if not nxt:
        return False
    first = fold_word(nxt[0])
    return first in _TELLING_NEXT or (first == "من" and len(nxt) > 1 and (
        fold_word(nxt[1].rstrip("،,")) in _BED))
