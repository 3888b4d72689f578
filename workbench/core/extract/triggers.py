"""One pass over a document that finds every word an English rule can start from.

The casualty, statement and claim engines each have a closed set of first
words (built from ``lang/en.py``). Instead of one scan per engine, one
alternation of all of them runs once over the lower-cased text; each engine
then parses only the sentences that hold one of its own trigger words.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt, first_chars
from .spans import document

CASUALTY = "casualty"
SPEECH = "speech"
CLAIM = "claim"


def _firsts(*groups: object) -> set[str]:
    return {str(w).split()[0].lower() for g in groups for w in g}  # type: ignore[attr-defined]


WORDS: dict[str, frozenset[str]] = {
    CASUALTY: frozenset(_firsts(
        *EN.OUTCOME_VERBS.values(), *EN.OUTCOME_NOMINALS.values(),
        *EN.OUTCOME_PARTICIPLES.values(), EN.OUTCOME_HEAD_NOUNS, EN.CONTINUATIONS,
        EN.TOLL_NOUNS, EN.BOMBER_NOUNS, EN.BOMBER_SELF_VERBS, ("among",),
    )),
    SPEECH: frozenset(_firsts(EN.REPORTING_VERBS, EN.QUOTED_AS, EN.SOURCE_INTRODUCERS,
                              EN.CONTINUING, EN.DOCUMENT_NOUNS)),
    CLAIM: frozenset(_firsts(EN.RESPONSIBILITY_VERBS, EN.DENIAL_VERBS, ("responsibility",))),
}
_KINDS_OF: dict[str, tuple[str, ...]] = {}
for _kind, _words in WORDS.items():
    for _w in _words:
        _KINDS_OF[_w] = (*_KINDS_OF.get(_w, ()), _kind)
_ALL = sorted(_KINDS_OF)
TRIGGER_RE = re.compile(rf"\b(?=[{first_chars(_ALL)}])(?:{alt(_ALL)})\b")


def triggers(text: str) -> dict[str, tuple[int, ...]]:
    """Sorted start offsets of trigger words in ``text``, by engine.

    Kept on the shared ``Document``: the engines of one ``extract()`` call share it.
    """
    doc = document(text)
    done = doc.cache.get("triggers")
    if done is not None:
        return done  # type: ignore[return-value]
    found: dict[str, list[int]] = {kind: [] for kind in WORDS}
    kinds_of = _KINDS_OF
    for m in TRIGGER_RE.finditer(doc.low):
        for kind in kinds_of[m.group()]:
            found[kind].append(m.start())
    result = {kind: tuple(pos) for kind, pos in found.items()}
    doc.cache["triggers"] = result
    return result
