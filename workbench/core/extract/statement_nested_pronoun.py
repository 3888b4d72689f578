"""A "he" or "she" that speaks inside another speaker's quote (round en188): features write
'"He says the food is better now," Farida says.' and '"He told me the river was safe,"
she says.' after naming the husband; news writes 'We spoke to the wife of a driver ...
"He sent a message saying ...," she said.' The nested pronoun is never the quote's own
speaker (nobody calls themselves "he"): it is the person the holder is described by ("the
wife of a driver" -> "a driver"), or the latest person named before the quote whom the text
gives the pronoun's sex ("her husband, Daniel"), outside quotes. With neither, the older
rules decide."""

from __future__ import annotations

import re

from .lang import en as EN
from .statement_pronoun_person import agrees
from .statement_text_sex import text_sex

# One to three capitalised words, a hyphenated second word allowed ("Amina Weru-Kaseke").
_NAME = re.compile(
    r"(?<![\w'’.\-])(?P<name>[A-Z][^\W\d_A-Z]+(?:[ \t]+[A-Z][^\W\d_A-Z'’\-]+"
    r"(?:-[A-Z][^\W\d_A-Z]+)?){0,2})(?![\w\-])")
# "the wife of a driver", "the mother of one of the boys": a kin noun of one sex and the
# person it is kin of
_KIN_OF = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?P<kin>[a-z]+)\s+of\s+(?P<of>.+)")
_NOT_AFTER = frozenset(EN.PRONOUN_PERSON_NOT_AFTER)
_NOT_NAME = frozenset((*EN.FUNCTION_WORDS, *(w.lower() for w in (*EN.MONTHS, *EN.WEEKDAYS))))
_REACH = EN.PRONOUN_PERSON_REACH


def holders(out: list[dict[str, object]]) -> dict[int, dict[str, object]]:
    """id of each entry whose words lie inside an earlier entry's words -> that entry (the
    one reaching furthest), in one pass over the entries in order of their start."""
    held: dict[int, dict[str, object]] = {}
    reach: dict[str, object] | None = None
    for o in sorted(out, key=lambda e: int(e["start"])):  # type: ignore[call-overload]
        start, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
        if reach is not None and int(reach["start"]) < start and (  # type: ignore[call-overload]
                end <= int(reach["end"])):  # type: ignore[call-overload]
            held[id(o)] = reach
        elif reach is None or end > int(reach["end"]):  # type: ignore[call-overload]
            reach = o
    return held


def _outside_quotes(text: str, a: int, at: int) -> bool:
    return text.count("“", a, at) <= text.count("”", a, at) and text.count('"', a, at) % 2 == 0


def nested_referent(text: str, holder: dict[str, object], pronoun: str) -> str | None:
    """The person a "he" or "she" (``pronoun``) speaking inside ``holder``'s quote stands
    for, or None."""
    teller = holder["speaker"]
    if not isinstance(teller, str) or teller.lower() in ("he", "she", "i", "we", "they"):
        return None
    start = int(holder["start"])  # type: ignore[call-overload]
    if (m := _KIN_OF.fullmatch(teller)) and EN.SEXED_NOUNS.get(m["kin"]) not in (
            None, pronoun) and agrees(text, m["of"], pronoun, start):
        return m["of"]  # "the wife of a driver": "He" is the driver
    # the quote's opening line: names inside it are the teller's words
    a = max(0, start - _REACH)
    own = teller.split()[0]
    found = None
    for n in _NAME.finditer(text, a, start):
        name = n["name"]
        if name.split()[0] == own or name.lower() in _NOT_NAME or (
                name.split()[0].lower() in _NOT_NAME):
            continue
        before = text[max(0, n.start() - 15):n.start()].split()
        if before and before[-1].lower() in _NOT_AFTER:
            continue  # "from Karim", "in Bukavu": a place or a mention, not told
        # (evidence of the pronoun's sex is asked here, not only agreement: a quote may
        # speak of anyone, and only a person the text makes a man is its "he")
        if _outside_quotes(text, a, n.start()) and text_sex(text, name, start) == pronoun and (
                agrees(text, name, pronoun, start)):
            found = name
    if found is None and (" his " in text[a:start] or " her " in text[a:start]):
        found = _kin_told_before(text, a, start, pronoun)
    return found


# (round en208) "..., said she remembered her mother talking about the war. "She always
# said one never went off," she said.': with no name of the pronoun's sex before the
# quote, the kin of that sex the lead-in names ("her mother", "his late father") is the
# one the quoted "she" or "he" stands for; never the teller, who says "I".
_KIN_PHRASE = re.compile(r"\b(?P<np>(?:his|her)\s+(?:(?:late|own|elder|older|younger)\s+)?"
                         r"(?P<kin>[a-z]+))\b(?!['’]s)")


def _kin_told_before(text: str, a: int, start: int, pronoun: str) -> str | None:
    """The latest "his/her <kin>" of ``pronoun``'s sex between ``a`` and the quote at
    ``start``, outside quotes, else None."""
    found = None
    for m in _KIN_PHRASE.finditer(text, a, start):
        if EN.SEXED_NOUNS.get(m["kin"]) == pronoun and _outside_quotes(text, a, m.start()):
            found = m["np"]
    return found
