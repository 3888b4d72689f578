"""A held group named again whole, released or come back (round en195).

"Gunmen kidnapped three aid workers on 2 May. The three were released on 6 May after
elders intervened." "All four came back thinner." "Both were freed on Sunday." Once people
are counted as taken, news names the same group again by its count alone, with the
definite article, "all" or "both", and tells how the captivity ended. The sets count such
a mention as the captives again (hostages later freed are captured), once per mention.
Round en113 reads a bare part ("Three were released") and "the remaining four"; this
reads the whole named again: its count must be the count of the captives the figure just
before gives ("both" is two), so "the two were seen near the market" (no release) and
"the three returned fire" (no homecoming) stay unread, as does a count that is not the
whole's.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lang import en as EN
from .lang.build import alt
from .numbers import word_value

# Words one of which a release or homecoming needs; looked for in the lowered text before
# any pattern runs.
_GATE = ("released", "freed", "set free", "back", "home", "returned", "handed over",
         "escaped")
_ADVERB = r"(?:(?:since|later|then|now|finally|eventually|safely|all|both)\s+)?"
_GROUP_BACK = re.compile(
    # where a sentence or a clause opens: the text's start, a stop, a bullet, "; ", "and"
    r"(?:^|(?<=[.!?\n•;])|(?<=[.!?][\"”’'])|(?<=\band))\s*"
    r"(?P<w>(?:(?:[Aa]ll|[Tt]he)\s+(?P<n>\d{1,3}|[a-z]+)|(?P<both>[Bb]oth))"
    # (round en201) the group's own noun again, then perhaps who they are set in commas:
    # "The two parishioners, both women, were released", "The three farmers, all of them
    # men, were freed", "The two passengers, one a nurse, were freed"
    # (no auxiliary nor adverb taken for the noun: "The 12 have since been freed")
    r"(?:\s+(?!(?:have|has|had|were|been|are|was|is|since|later|then|now|finally"
    r"|eventually|safely|all|both)\b)(?P<noun>[a-z][a-z\-]+))?"
    rf"(?P<aside>\s*,\s*(?:{alt((*EN.APPOSITION_QUANTIFIERS, 'one'))})\s"
    r"[^,;:.!?\"“”()\d]{1,50},)?\s+"
    rf"(?:(?:have|has|had)\s+)?{_ADVERB}"
    r"(?:(?:were|been|have\s+been|had\s+been)\s+" + _ADVERB
    + rf"(?:{alt(EN.CAPTIVES_FREED_PARTICIPLES)}|handed\s+over(?=\s+to\b)|returned)"
    rf"|(?:{alt(EN.CAPTIVES_BACK)})(?!\s+(?:fire|dead)\b)))\b",
    re.MULTILINE)
# How far back the captives' figure may end (the sentence before, or two short ones).
_REACH = 400


def group_back(text: str, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """``out`` (the document's figures, in order) with a captive figure added for each
    mention of the whole group just counted as captives, released or come back."""
    # (speed round 7: the figures are asked first, the text's words only when one is of
    # captives; both tests are plain, so the answer is the same in either order)
    if not any(f["outcome"] == "captured" for f in out):
        return out
    low = text.lower()
    if not any(w in low for w in _GATE):
        return out
    added: list[dict[str, object]] = []
    starts = [int(str(f["start"])) for f in out]
    for m in _GROUP_BACK.finditer(text):
        at, end = m.start("w"), m.end()
        i = bisect_left(starts, at)
        if i < len(out) and int(str(out[i]["start"])) < end:
            continue  # read already ("All seven were freed")
        prev = next((f for f in reversed(out[:i]) if int(str(f["end"])) <= at), None)
        if prev is None or prev["outcome"] != "captured" or at - int(str(prev["end"])) > _REACH:
            continue
        noun = m.group("noun")
        if noun is not None and not str(prev["group"] or "").lower().endswith(noun):
            continue  # a noun must name the captives again ("The two parishioners")
        n = 2 if m.group("both") else word_value(m.group("n"))
        if n is None or n < 2 or n != prev["count_low"] or prev["count_high"] is not None:
            continue
        added.append({"start": at, "end": end, "text": text[at:end], "outcome": "captured",
                      "count_low": n, "count_high": None, "qualifier": "exact",
                      "group": None})
    if not added:
        return out
    return sorted((*out, *added), key=lambda f: (int(str(f["start"])), int(str(f["end"]))))
