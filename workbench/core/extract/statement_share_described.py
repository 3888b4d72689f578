"""A share of a group named by a pronoun, then described in commas (round en211).

A story that tells of a group brings one of them in with a description in commas before
the verb: "One of them, a woman whose husband was shot, told the court she had seen the
soldiers", "Two of them, a farmer and his son, said the road was mined". "them" names no
one; the description says who spoke, as a name in commas after a description does, so it
is the speaker the reader cites, and the "she said" after it goes back to it. Only after
"of them" or "of those" (a share of a group named as such, "One of the nurses, a mother
of three, said ...", is read so by the older apposition rules), only a description that
opens with "a" or "an" and has a person among its first words ("One of them, it seems,
said ...", "One of them, a 2019 report, said ..." stay as they are).
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_LEADS = tuple(EN.SHARE_OF_PRONOUN_LEADS)
_DESCRIBED = re.compile(
    rf",[ \t]+(?P<desc>(?:{alt(EN.SHARE_DESCRIPTION_ARTICLES)})[ \t]+[^,;:.!?\"“”\n]{{2,140}}?),"
    r"[ \t]+(?P<gap>[^,;:.!?\"“”\n]{0,60})$")
_REACH = 300  # how far before the words the share may stand
_HEAD_WORDS = 4  # how far into the description its person may be


def _person_head(desc: str) -> bool:
    return any(w.lower().strip(".,'’") in EN.PERSON_WORDS or w.lower() in EN.SEXED_NOUNS
               for w in desc.split()[1:_HEAD_WORDS + 1])


def described_shares(text: str, out: list[dict[str, object]]) -> None:
    """Give each entry whose speaker is "One of them" (or a like share) followed in commas by
    a description of a person the description as its speaker."""
    for o in out:
        sp = o["speaker"]
        if not isinstance(sp, str) or sp.lower() not in _LEADS:
            continue
        start = int(o["start"])  # type: ignore[call-overload]
        if (at := text.rfind(sp, max(0, start - _REACH), start)) < 0:
            continue
        m = _DESCRIBED.search(text, at + len(sp), start)
        if m is None or m.start() != at + len(sp) or not _person_head(m["desc"]):
            continue
        o["speaker"] = m["desc"]
