"""The verb of a counted group past a participle phrase on the last member of its
"including" list (round en147).

Operation reports name a notable member of the people they count and describe that member
before the verb of them all: "Three suspects, including a motorcyclist believed to have
served as an informant for the gang, were arrested"; rescues tell the captivity in a
relative clause: "Fourteen travellers, including four women, who had been abducted from
three vehicles, were rescued". The list readers stop at the phrase, so neither the count
nor its member reaches the verb. The phrase is cut (each figure's span carried back to the
text as written) before the text is read, when it is bounded on both sides: opened by a
participle of belief or accusation or by a relative word, closed by a comma and a finite
passive auxiliary, with no other comma, count in figures or sentence mark inside.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .casualty_state import Told, told_with
from .casualty_toll_list_phrase import toll_list_edits
from .lang import en as EN
from .lang.build import alt
from .numbers import word_value

_GATE = ", including "
_PHRASE = re.compile(
    rf",\s+including\s+[^,;:.!?\d]{{1,90}}?"
    rf"(?P<phrase>\s+(?:{alt(EN.LIST_PARTICIPLE_OPENERS)})\s[^,;:.!?\d\"“”()]{{1,110}}?"
    rf"|,?\s+(?:{alt(EN.LIST_RELATIVE_OPENERS)})\s[^,;:.!?\d\"“”()]{{1,110}}?)"
    rf"(?=,\s+(?:{alt(EN.LIST_CLOSING_AUXILIARIES)})\s)",
    re.IGNORECASE)


def cut_list_phrases(text: str) -> Told | None:
    """``text`` with each bounded phrase after an "including" member cut out, with the map
    of its offsets back, or None (the usual case, decided by one substring check). (round
    en191) So is each participle phrase on a counted member of a list after a toll's colon
    (casualty_toll_list_phrase.py)."""
    edits = [(*m.span("phrase"), "") for m in _PHRASE.finditer(text)] if _GATE in text else []
    if tolls := toll_list_edits(text):
        edits = sorted((*edits, *tolls))
    return told_with(text, edits) if edits else None


# A captive figure whose span holds its own list: "<count> <people>, including <list>,
# were rescued".
_FREED_LIST = re.compile(
    rf",\s+including\s+(?P<list>[^,;:.!?()\"“”]{{1,120}}?)(?:,\s+|\s+)"
    rf"(?:{alt(EN.LIST_CLOSING_AUXILIARIES)})\s+(?:{alt(EN.LIST_RELEASE_PASSIVES)})\b",
    re.IGNORECASE)
_MEMBER_SPLIT = re.compile(r",\s+|\s+and\s+")
_MEMBER = re.compile(
    r"(?P<count>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+(?P<words>[a-z-]+(?:\s+[a-z-]+){0,3})$",
    re.IGNORECASE)
_MEMBER_ENDS = frozenset(EN.LIST_MEMBER_ENDS)


def freed_list_parts(text: str, out: list[dict[str, object]],
                     people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each counted member of the "including" list a captive figure's
    span holds before its release participle, with the figure's outcome: "Fourteen
    travellers, including four women and a nursing mother with her baby, were rescued"
    gives captured 4 and captured 1 beside the 14. ``people``: whether words name people."""
    found: list[dict[str, object]] = []
    for f in out:
        if f["outcome"] != "captured":
            continue
        # the list inside the figure's span, or right after its head (a phrase on the
        # list's member cut: "Eight travellers" then ", including a nurse ...")
        start, end = int(str(f["start"])), int(str(f["end"]))
        m = _FREED_LIST.match(text, end) if ", including " not in str(f["text"]) else (
            _FREED_LIST.search(text, start, end))
        if m is not None:
            found += _members(text, m.start("list"), m.group("list"), str(f["outcome"]),
                              people)
    taken = {(int(str(g["start"])), int(str(g["end"]))) for g in out}
    out.extend(g for g in found if (int(str(g["start"])), int(str(g["end"]))) not in taken)


def _members(text: str, base: int, listed: str, outcome: str,
             people: Callable[[list[str]], bool]) -> list[dict[str, object]]:
    parts: list[dict[str, object]] = []
    at = 0
    for piece in _MEMBER_SPLIT.split(listed):
        start = listed.index(piece, at)
        at = start + len(piece)
        words = piece.split()
        cut = next((i for i, w in enumerate(words) if w.lower() in _MEMBER_ENDS), len(words))
        member = " ".join(words[:cut])
        m = _MEMBER.match(member)
        if m is None or not people(m.group("words").split()):
            continue
        count = word_value(m.group("count"))
        if count is None or (m.group("count").lower() in ("a", "an") and
                             m.group("words").split()[-1].lower().endswith("s")):
            continue
        lo = base + start
        if not parts:
            lo = text.rfind("including", 0, lo)
        hi = base + start + len(member)
        parts.append({"start": lo, "end": hi, "text": text[lo:hi], "outcome": outcome,
                      "count_low": count, "count_high": None, "qualifier": "exact",
                      "group": m.group("words")})
    return parts


_SCHOOL_NOUNS = frozenset(EN.SCHOOL_CAPTIVE_NOUNS)


def same_school_captives(whole: str, figure: dict[str, object]) -> bool:
    """Whether a partitive's noun (``whole``: "of the children") names again the captives of
    ``figure`` by another of a school abduction's nouns ("abducted dozens of pupils")."""
    group = str(figure.get("group") or "").lower().split()
    return (figure["outcome"] == "captured" and whole.lower() in _SCHOOL_NOUNS
            and bool(group) and group[-1] in _SCHOOL_NOUNS)
