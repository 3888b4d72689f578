"""A turn of "but" after a comma that brings in another speaker: "وكانت البلدية قد وعدت
بصرف التعويضات، غير أن اللجنة قالت، أمس، إن المبالغ لم تصل"، "ووعدت الحكومة بإعادة
الكهرباء، إلا أن السكان قالوا إن ...". The "أن" after "إلا"/"غير"/"بيد" is the writer's
turn, not the complementizer of the verb before the comma, and the subject with its verb
of saying after it opens a report of its own: the words before end at the comma."""

from __future__ import annotations

from ..lang import ar as V
from .statement_shared import _VERBS, _verb_form
from .tokens import Token

_BUT_WORDS = frozenset(V.BUT_WORDS)
_BUT_BEFORE_ANNA = V.BUT_BEFORE_ANNA
_COMMAS = ("،", ",")


def but_opens(toks: list[Token], k: int, sb: int) -> int | None:
    """Where the clause after the "but" words at ``k`` starts ("لكن"، "ولكن"، "إلا أن"،
    "غير أن"، "وبيد أن"), or None when no such words stand at ``k``."""
    w = toks[k].w
    if w in _BUT_WORDS:
        return k + 1
    if w.removeprefix("و") in _BUT_BEFORE_ANNA and k + 1 < sb and toks[k + 1].w == "ان":
        return k + 2
    return None


def comma_but(toks: list[Token], k: int, sb: int) -> bool:
    """Is the token at ``k`` a comma followed by the words of "but"? A complementizer
    after them belongs to the turn, never to a verb before the comma."""
    return toks[k].w in _COMMAS and k + 1 < sb and but_opens(toks, k + 1, sb) is not None


def but_speaker_follows(toks: list[Token], k: int, sb: int, max_words: int = 6) -> bool:
    """After "إلا أن"/"غير أن"/"بيد أن" at ``k`` (a comma before it), a subject of up to
    ``max_words`` plain words and then a verb of saying: another party's report."""
    if toks[k].w in _BUT_WORDS:
        return False  # ("، لكن" ends the words before on its own)
    c = but_opens(toks, k, sb)
    if c is None or c >= sb or not toks[c].is_word or _verb_form(toks[c], _VERBS):
        return False
    for r in range(c + 1, min(sb, c + 1 + max_words)):
        t = toks[r]
        if not t.is_word:
            return False
        if _verb_form(t, _VERBS):
            return True
    return False
