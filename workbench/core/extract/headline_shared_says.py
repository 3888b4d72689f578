"""A headline whose subject acts, then says: "Navy Sinks Rebel Boats, Says 20 Rebels Killed".

Headlines join two verbs of one subject with a comma and drop the second subject: the
source named first ("Navy", "UN Envoy") is the one who says the words after "Says" (or
"Say" for a plural: "Police Arrest 12, Say Four Still Missing"), in Title Case or in
capitals. After the comma, words with a count or a verb ("20 Rebels Killed", "Talks Will
Resume") are what was said; a bare name or noun ("Says Monitor") is the inverted source of
the whole line, which the sentence reader takes as before.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .numbers import word_value

_SHARED_SAYS = re.compile(
    r"^(?P<head>[^,]{4,}?),\s+(?:Says|SAYS|Say|SAY)\s+(?P<c>[^,;:]{6,}?)\s*$")
_SOURCE_WORDS = EN.SPEAKER_NOUNS | EN.TITLES | frozenset(EN.HEADLINE_SOURCE_HEADS)
_MODALS = frozenset(EN.MODALS_AND_AUXILIARIES)
_PAST = frozenset(EN.IRREGULAR_PAST)


def _a_clause(words: list[str]) -> bool:
    """Words that say something, not a name: a count, a past form or an auxiliary."""
    return len(words) >= 2 and any(
        w[:1].isdigit() or (low := w.lower()) in _MODALS or low in _PAST
        or (low not in ("a", "an") and word_value(low) is not None)
        or (low.endswith("ed") and len(low) > 4) for w in words)


def shared_subject_says(line: str) -> tuple[int, int, int, int] | None:
    """(words start, words end, speaker start, speaker end) in ``line``, or None."""
    m = _SHARED_SAYS.match(line)
    if m is None or not _a_clause(m.group("c").split()):
        return None
    words = list(re.finditer(r"\S+", m.group("head")))
    # the subject: one to three words, the last a source word, before the first verb (a
    # third-person form in -s, or a plural's bare verb after a plural source), which is
    # no source word itself ("Army Chief Visits ..." is the chief's)
    for k in range(1, min(3, len(words) - 1) + 1):
        last, verb = words[k - 1].group().lower(), words[k].group()
        if last in _SOURCE_WORDS and verb[:1].isupper() and verb.lower() not in _SOURCE_WORDS:
            return m.start("c"), m.end("c"), 0, words[k - 1].end()
    return None
