"""Score the English casualty engine on gold sets whose casualty sentences carry neutral
material news puts around a figure: an aside, a reduced relative, a fronted adverbial, a
frame of saying, a place adjunct, a post-modifier of the counted head.

A reading that holds for "Four journalists were held" must hold for "Four journalists,
witnesses said, were held" and "Four journalists covering the march were held": what
stands between the counted people and their verb, or around the sentence, does not change
who was held or how many. Each transform below finds, in every gold casualty evidence, the
counted noun phrase and its verb group by a pattern; where the evidence has that plain
shape it inserts its material, elsewhere it skips the entry and counts it skipped. The
edits and the carried gold are ``perturb_core.py``'s, as in ``perturb.py``.

    python bench/blind/perturb_syntax.py bench/blind/en-1.jsonl ... [--transform aside ...]
    python bench/blind/perturb_syntax.py bench/blind/en-*.jsonl --lost

It prints, per set and pooled, the casualty tp/fp/fn of the untransformed text and under
each transform, with the sites edited and skipped; ``--lost`` lists every gold figure read
on the untransformed text and missed under a transform, with its new sentence. A frame of
saying may change statements and dates: only casualties are scored.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import (
    Doc,
    Edit,
    Lost,
    Predictions,
    Sites,
    SitesScore,
    Spans,
    carry_doc,
    casualty_main,
    casualty_parser,
    counted_sites,
    measure_casualties,
    pick,
    sites_row,
)
from perturb_core import gold_spans as _gold_spans

ASIDES = (", police said,", ", witnesses said,", ", according to residents,",
          ", most of them from the area,", ", including officers of the local guard,",
          ", all of them men,", ", a local official said,")
REDUCED = (" living in the area", " from the nearby village", " travelling on the main road",
           " working for the company", " accused of looting")
FRONTED = ("Separately, ", "In the latest violence, ", "Meanwhile, ")
FRAME = "Officials said "
TAILS = (" in the area", " near the border")
# Modifiers that tell a harm of their own before a death ("Three men who had been hit by
# shrapnel died"): the figure stays a death, the modifier's verb is no outcome of it.
HARMED = (" wounded in the attack", " who had been hit by shrapnel", ", detained last year,",
          " held at the camp since May", ", arrested at a checkpoint,")
# Post-modifiers of the counted head that tell no outcome, for every outcome: a preposition
# and its noun phrase, a relative clause with commas or without, an age ("Nine villagers
# from the district of Karo were killed", "Four journalists, whom colleagues knew well,
# were held").
POSTMODIFIERS = (" from the district of Karo", " with a local charity", " of the market guild",
                 ", whom neighbours knew by name,", " who had gathered near the square",
                 ", aged between 20 and 40,", " for the regional council")
# The deaths the harmed modifiers go before (a verb of dying, not "were killed", which a
# modifier of harm would make odd).
_DYING = re.compile(r"(?:(?:has|have|had)\s+)?(?:later\s+|since\s+)?died$")

# The counted noun phrase and its verb group, as the evidence opens: a phrase with no mark
# of its own, then auxiliaries and a participle, or a verb of dying.
_FINITE = r"(?:was|were|is|are|has|have|had|will|would)"
_AUX = r"(?:been|being|be|later|also|since|reportedly|all|both)"
_PARTICIPLE = (r"(?:(?!children\b|women\b|citizens\b)[a-z]+(?:ed|en|wn)"
               r"|held|shot|hurt|among|missing|dead|slain|kept|left|caught)")
_SHAPE = re.compile(
    rf"(?P<np>[^\W_][^,;:()\"“”.!?]*?)\s+(?P<verb>{_FINITE}\s+(?:{_AUX}\s+)*{_PARTICIPLE}"
    r"(?:\s+(?:dead|away|off|hostage))?|died|drowned)\b")
# A phrase holding a pronoun or a clause of its own is no plain counted phrase.
_NOT_PLAIN = re.compile(r"\b(?:it|he|she|they|we|who|which|that|whom|whose|was|were|is|are"
                        r"|has|have|had|also|later|then|still|may|might|could|would|will|can)\b",
                        re.IGNORECASE)
# What may follow a verb that takes a place adjunct after it: a mark or a word that opens
# no object ("were taken, and", "were held by", "died on Monday"; not "had left the town").
_FREE_AFTER = re.compile(r"[,.;:!?\"”)]|\s+(?:and|by|from|on|during|since|after|before|when|as|"
                         r"for|to|over|last|overnight|at|in|near|with)\b")
# A sentence that already reports what it says.
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|according|reported|reports|announced|"
                     r"stated|added|confirmed|claimed|quoted)\b", re.IGNORECASE)
# A dateline before the first sentence of a body: "KORMA, Veltria (Reuters) - ".
_DATELINE = re.compile(r"[A-Z][^\n]{0,80}?\s[-–—]{1,2}\s")
# First words that are no name, so lowered after a frame or fronted adverbial.
_COMMON_FIRST = frozenset(re.findall(r"\S+", (
    "a an the this these those that some many several dozens hundreds thousands at least "
    "more up about around nearly almost over one two three four five six seven eight nine "
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
    "thirty forty fifty sixty seventy eighty ninety hundred his her their its two-thirds "
    "most all both each only another other police security gunmen among")))


def _shape(text: str, a: int, b: int) -> re.Match[str] | None:
    """The noun phrase and verb group of the evidence text[a:b], when it opens with them
    and its phrase holds a count."""
    m = _SHAPE.match(text, a, b)
    if m is None or len(m.group("np").split()) > 8 or _NOT_PLAIN.search(m.group("np")):
        return None
    if not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                     r"twelve|\w+teen|twenty|thirty|forty|fifty|hundred|dozens?|several|"
                     r"scores|hundreds|thousands)\b", m.group("np"), re.IGNORECASE):
        return None
    return m


def _sentence_start(text: str, at: int) -> int | None:
    """Where the sentence holding offset ``at`` opens (past a dateline), or None when it
    is the headline (the first line), which takes no adverbial."""
    line = text.rfind("\n", 0, at) + 1
    if line == 0 and "\n" in text:
        return None
    start = line
    for m in re.finditer(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z0-9])", text[line:at + 2]):
        if line + m.end() > at:
            break
        if not re.search(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])$", text[line:line + m.start()]):
            start = line + m.end()  # (not after an abbreviation: "Dec. 27", "Mr. Ali")
    if start == line and (d := _DATELINE.match(text, line)) and d.end() <= at:
        start = d.end()
    return start


def _sentence_end(text: str, start: int) -> int:
    m = re.compile(r"[.!?](?:\s|$)|\n").search(text, start)
    return m.start() if m else len(text)


def _lower_first(text: str, start: int) -> list[Edit]:
    """The first letter lowered, unless the first word may be a name."""
    word = re.match(r"[\w'’-]+", text[start:])
    if word and word.group().lower() in _COMMON_FIRST and text[start].isupper():
        return [(start, start + 1, text[start].lower())]
    return []


SiteTransform = Callable[[str, list[tuple[int, int]], str, Sites], list[Edit]]


def aside(text: str, spans: list[tuple[int, int]], seed: str, sites: Sites) -> list[Edit]:
    """A neutral aside between commas after the counted noun phrase."""
    return _after_phrase(text, spans, seed, sites, ASIDES)


def reduced(text: str, spans: list[tuple[int, int]], seed: str, sites: Sites) -> list[Edit]:
    """A reduced relative after the counted noun phrase."""
    return _after_phrase(text, spans, seed, sites, REDUCED)


def postmodified(text: str, spans: list[tuple[int, int]], seed: str,
                 sites: Sites) -> list[Edit]:
    """A post-modifier of the counted head (a prepositional phrase, a relative clause, an
    age) between the counted people and their verb group, for every outcome."""
    return _after_phrase(text, spans, seed, sites, POSTMODIFIERS)


def harmed(text: str, spans: list[tuple[int, int]], seed: str, sites: Sites) -> list[Edit]:
    """A modifier telling another harm (a wounding, an arrest, a holding) between the
    counted people and their verb of dying; ``spans`` are the deaths' only."""
    return _after_phrase(text, spans, seed, sites, HARMED, dying=True)


def _after_phrase(text: str, spans: list[tuple[int, int]], seed: str, sites: Sites,
                  pool: tuple[str, ...], dying: bool = False) -> list[Edit]:
    edits: dict[int, Edit] = {}
    for i, (a, b) in enumerate(spans):
        m = _shape(text, a, b)
        if m is not None and dying and not _DYING.match(m.group("verb")):
            m = None
        if m is None or m.end("np") in edits:
            sites.skipped += m is None
            continue
        at = m.end("np")
        edits[at] = (at, at, pick(pool, f"{seed}:{i}"))
        sites.touched += 1
    return list(edits.values())


def tail(text: str, spans: list[tuple[int, int]], seed: str, sites: Sites) -> list[Edit]:
    """A place adjunct after the outcome verb, where the evidence ends at it."""
    edits: dict[int, Edit] = {}
    for i, (a, b) in enumerate(spans):
        m = _shape(text, a, b)
        if m is None or m.end() != b or b in edits or not _FREE_AFTER.match(text, b):
            sites.skipped += 1
            continue
        edits[b] = (b, b, pick(TAILS, f"{seed}:{i}"))
        sites.touched += 1
    return list(edits.values())


def fronted(text: str, spans: list[tuple[int, int]], seed: str, sites: Sites) -> list[Edit]:
    """A fronted adverbial at the start of each sentence holding a gold casualty."""
    return _sentence_opening(text, spans, seed, sites, lambda _s, key: pick(FRONTED, key))


def framed(text: str, spans: list[tuple[int, int]], seed: str, sites: Sites) -> list[Edit]:
    """Each sentence holding a gold casualty and no verb of saying, reported."""
    def opener(sentence: str, _key: str) -> str | None:
        return None if _SAYING.search(sentence) else FRAME
    return _sentence_opening(text, spans, seed, sites, opener)


def _sentence_opening(text: str, spans: list[tuple[int, int]], seed: str, sites: Sites,
                      opener: Callable[[str, str], str | None]) -> list[Edit]:
    edits: list[Edit] = []
    done: set[int] = set()
    for i, (a, _b) in enumerate(spans):
        start = _sentence_start(text, a)
        if start is None or start in done:
            sites.skipped += start is None
            continue
        new = opener(text[start:_sentence_end(text, start)], f"{seed}:{i}")
        if new is None or (not text[start:start + 1].isalpha() and not (
                text[start:start + 1].isdigit())):
            sites.skipped += 1
            continue
        done.add(start)
        edits.append((start, start, new))
        edits.extend(_lower_first(text, start))
        sites.touched += 1
    return edits


TRANSFORMS: dict[str, SiteTransform] = {
    "aside": aside, "reduced": reduced, "fronted": fronted, "framed": framed, "tail": tail,
    "harmed": harmed, "postmodified": postmodified,
}
# The transforms whose material fits one outcome only, by that outcome.
OUTCOME_OF: dict[str, str] = {"harmed": "killed"}


def gold_spans(doc: Doc, predictions: Predictions | None = None) -> Spans:
    return _gold_spans(doc, predictions, "en")


def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None,
                  sites: Sites | None = None) -> Doc:
    """The document with the transform's material inserted and its gold carried."""
    spans = gold_spans(doc, predictions)
    sites = sites if sites is not None else Sites()
    chosen = spans["casualties"]
    if name in OUTCOME_OF:
        chosen = [sp for sp, e in zip(chosen, doc.get("casualties") or [], strict=True)
                  if e.get("outcome") == OUTCOME_OF[name]]
    edits = TRANSFORMS[name](doc["text"], chosen, str(doc.get("doc_id")), sites)
    return carry_doc(doc, edits, spans)


# ---------------------------------------------------------------- scoring casualties

def measure_set(path: Path, names: list[str]) -> tuple[dict[str, SitesScore], list[Lost]]:
    """Casualty scores of one set untransformed ("none") and under each transform, and
    the figures each transform loses."""
    return measure_casualties(path, names, counted_sites(transform_doc), SitesScore)


_row = sites_row(8, "sites")


def _lost_line(x: Lost) -> str:
    e = x.entry
    return (f"\n{x.set_name} {x.doc_id} [{x.transform}] {e['outcome']} {e['count_low']}"
            f" {e['evidence']!r}\n    {x.sentence}")


def main(argv: list[str] | None = None) -> int:
    parser = casualty_parser(__doc__, TRANSFORMS, "English gold JSONL files")
    return casualty_main(parser, argv, TRANSFORMS, measure_set, SitesScore, _row, _lost_line)


if __name__ == "__main__":
    sys.exit(main())
