"""The blade's passive read as a wound, and where it is not one (round en103).

"A police officer was stabbed" and "two people were stabbed" (en-54) are wounds stated in
the verb. Two tellings of the same verb are not:

* the present of a plot or a scene: "In the film, two men are stabbed in a bar" tells a
  story, and news tells a stabbing in the past ("was", "were", "had been");
* a stabbing its victim died of, told after it in the same clause: "A 19-year-old man who
  was stabbed near a food distribution point died on Monday" (read as killed before this
  round, by the people's own verb after the relative clause), "was stabbed five times and
  died in the ambulance".
"""

from __future__ import annotations

import re

from .lang import en as EN

_STABBING = frozenset(EN.STABBING_PARTICIPLES)
_PRESENT_AUX = frozenset(("is", "are", "am"))
# the death after the relative clause ("who was stabbed ... died"), or joined by "and"
# with no clause between ("was stabbed five times and died")
_DIED_AFTER_RELATIVE = re.compile(r"[^.;:!?\"“”]{0,100}?\s(?:later\s+)?died\b", re.IGNORECASE)
_AND_DIED_LATER = re.compile(
    r"[^.;:!?,\"“”]{0,80}?\sand\s+(?:later\s+|then\s+|subsequently\s+)?died\b", re.IGNORECASE)


def stabbing_reading(s: str, rm: re.Match[str]) -> tuple[str | None, int] | None:
    """For a wound read from the blade's participle in ``rm`` (the right-hand outcome
    match, groups "rel", "aux" and "wounded"): (None, end) for a plot's present,
    ("killed", end of "died") for a stabbing its victim died of; None otherwise (the
    wound stands)."""
    word = (rm.group("wounded") or "").lower()
    if word not in _STABBING:
        return None
    aux = (rm.group("aux") or "").strip().lower()
    if aux in _PRESENT_AUX or (rm.group("rel") and not aux):
        return None, rm.end()
    died = (_DIED_AFTER_RELATIVE if rm.group("rel") else _AND_DIED_LATER).match(s, rm.end())
    return ("killed", died.end()) if died else None
