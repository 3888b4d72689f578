"""One more victim told by an ordinal and taken to hospital (round en225).

"Villagers beat two men to death on Sunday, police said. A third man was rescued by
officers and taken to hospital": the ordinal opening the sentence counts one person beyond
the victims just counted, and the care he is taken to says he was hurt in the same attack.
"A man was taken to hospital" alone stays unread (an illness, a check); the ordinal, the
next number after a figure of the killed or wounded just before, is what ties the care to
the violence. The sentence may say more of him before the care ("A fifth man found in the
ditch was alive and was taken to hospital").

Stays unread: an ordinal that is not the next number ("Two men were killed. A second man
was taken to hospital"), a part ("A third of the residents"), a thing ("A third attack"),
one more after people arrested, care said to be no harm's ("for checks", "unhurt") or
ending in death (read by the death's own words), and care denied or not yet given ("was
not taken to hospital", "will be taken", "could be flown to hospital"; review 48).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .casualty_ordinal_more import next_after_last
from .lang import en as EN
from .lang.build import alt

_OPENING = re.compile(
    rf"(?:A|An)\s+(?P<o>{alt(EN.ONE_MORE_ORDINALS)})\s+(?P<n>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=[\s,])", re.IGNORECASE)
_CARE = re.compile(rf"\b(?:{alt(EN.ORDINAL_CARE_PHRASES)})\b", re.IGNORECASE)
# what says the care is no harm's, or that he died (the death is read by its own words)
_NOT_HURT = re.compile(rf"\b(?:{alt(EN.ORDINAL_CARE_NOT_HURT)})\b", re.IGNORECASE)
_HARMED_BEFORE = ("killed", "wounded")
_UNREAL = EN.ORDINAL_CARE_UNREAL


def ordinal_taken_to_care(s: str, base: int, out: list[dict[str, object]],
                          person_like: Callable[[list[str]], bool]) -> None:
    """Add one wounded for "A third man ... was taken to hospital" opening sentence ``s``
    (at ``base``), read only when the sentence has no figure of its own and the last figure
    before it counts the killed or wounded one fewer than the ordinal."""
    if not out or int(str(out[-1]["start"])) >= base:
        return  # no figure before, or the sentence has its own
    m = _OPENING.match(s)
    if m is None or out[-1]["outcome"] not in _HARMED_BEFORE:
        return
    words = m.group("n").split()
    # the person's noun, one word or two ("a third boy", "a sixth young man"), no "of"
    if words[0].lower() == "of" or not (person_like(words) or person_like(words[:1])):
        return
    noun_end = m.end() if person_like(words) else m.start("n") + len(words[0])
    if not next_after_last(s, 0, base, out, m.group("o")):
        return
    care = _CARE.search(s, noun_end)
    if care is None or ";" in s[noun_end:care.start()] or _NOT_HURT.search(s, noun_end):
        return
    before = s[noun_end:care.start()].replace("’", "'").lower().split()
    if not _UNREAL.isdisjoint(before[-EN.ORDINAL_CARE_UNREAL_WORDS:]):
        return  # (review 48) "was not taken", "will be taken", "refused to be taken"
    out.append({
        "start": base + m.start(), "end": base + care.end(), "text": s[m.start():care.end()],
        "outcome": "wounded", "count_low": 1, "count_high": None, "qualifier": "exact",
        "group": s[m.start("n"):noun_end],
    })
