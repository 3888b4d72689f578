"""Score the English casualty engine on gold sets where a killing is followed by the running
number it brings a toll to.

Wire and regional copy that reports a killing often closes with the toll it adds to:
"The killings bring to 19 the number of former fighters murdered this year", "..., which
brings the number of dead to 31", "The deaths take the number of journalists killed since
the 2016 accord to 12". The corpus rules count such a running number as a figure of the
dead (the count is the running number, its group the noun after "number of"). Each
transform below adds the running number right after the sentence of a gold figure of
people killed (the last such figure of its sentence), with a count larger than the
figure's, and adds it to the gold as killed. Only figures with an exact count are used,
only when the sentence ends with a stop (a headline is left alone), and only when the next
sentence does not point back to it ("Two of them ..."); other figures are skipped and
counted so. The wording is seeded by the document and the place.

    python bench/blind/perturb_running.py bench/blind/en-17.jsonl [--transform fronted ...]
    python bench/blind/perturb_running.py bench/blind/en-*.jsonl --lost

Transforms (the running number's words; {noun} is the figure's own plural noun, or
"people" when its group has none):
  fronted    "The killings bring to <N> the number of <noun> killed in the area this year."
  murdered   "The deaths raise to <N> the number of <noun> murdered since January."
  homicides  "The deaths bring to <N> the number of homicides recorded in the district this
             year." (a noun that counts the dead by itself)
  after      "The killings bring the number of <noun> killed since the 2016 peace accord to
             <N>." (the count after its toll, a year between)
  which      the figure's own sentence ends ", which brings the number of dead to <N>."

It prints casualty tp/fp/fn per set and pooled, untransformed and under each transform,
with the figures each transform added and skipped; ``--lost`` lists every figure read
untransformed and lost under a transform, and every added running number the engine
missed (``MISSED``), with its sentence. The offset map, the gold carrier and the casualty
report are ``perturb_core.py``'s.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_core import (
    Added,
    AddedScore,
    Doc,
    Edit,
    Lost,
    Predictions,
    Spans,
    added_main,
    carry_doc,
    measure_added,
    pick,
    sentence_around,
    spelled,
)
from perturb_core import gold_spans as _gold_spans

# How far the running number is above the figure's count (seeded).
RISES = (3, 7, 12, 19, 26)

# The running number's words by transform: (the text added, the gold's evidence in it, and
# whether it ends the figure's own sentence instead of following it). {n} is the running
# number, {noun} the figure's people.
WORDINGS: dict[str, tuple[str, str, bool]] = {
    "fronted": (" The killings bring to {n} the number of {noun} killed in the area this"
                " year.", "bring to {n} the number of {noun} killed", False),
    "murdered": (" The deaths raise to {n} the number of {noun} murdered since January.",
                 "raise to {n} the number of {noun} murdered", False),
    "homicides": (" The deaths bring to {n} the number of homicides recorded in the district"
                  " this year.", "bring to {n} the number of homicides", False),
    "after": (" The killings bring the number of {noun} killed since the 2016 peace accord"
              " to {n}.", "the number of {noun} killed since the 2016 peace accord to {n}",
              False),
    "which": (", which brings the number of dead to {n}", "the number of dead to {n}", True),
}
TRANSFORMS = tuple(WORDINGS)
# A group's last word that names people in the plural ("farmers").
_PLURAL_NOUN = re.compile(r"(?<![\w\-])([a-z]{3,}s)$")
_NOT_PEOPLE = frozenset(("others", "those", "these", "them", "bodies", "dozens", "hundreds",
                         "deaths", "killings", "homicides", "murders", "lives", "forces",
                         "groups", "gangs", "units", "troops"))
# A next sentence that points back to the figure ("Two of them were ...", "They ...", a
# toll told again as "the number") keeps it: a sentence put between them would take its
# place. A stop before a digit or a small letter ends no sentence ("since the Dec. 27
# election").
_POINTS_BACK = re.compile(r"\s*[\"“]?(?:[\w\-]+\s+){0,3}?(?:(?:of|among)\s+(?:them|whom|those|the)"
                          r"|they|their|both|all|most|some|others?)\b"
                          r"|[^.!?]{0,80}?\bthe\s+(?:number|toll|figure|total)\b",
                          re.IGNORECASE)
_NOT_AN_END = re.compile(r"\s*[a-z0-9]")





def _noun(entry: dict[str, object]) -> str:
    group = str(entry.get("group") or "").strip()
    m = _PLURAL_NOUN.search(group)
    return "people" if m is None or m.group(1) in _NOT_PEOPLE else m.group(1)


def running_edits(doc: Doc, spans: Spans, name: str, sites: Added
                  ) -> tuple[list[Edit], list[dict[str, object]]]:
    """The running numbers added (as edits) and their gold entries, in order."""
    text = doc["text"]
    last_in_sentence: dict[int, tuple[int, dict[str, object]]] = {}
    for (a, b), entry in zip(spans["casualties"], doc.get("casualties") or [], strict=True):
        if entry["outcome"] != "killed":
            continue
        e = sentence_around(text, a, b)[1]
        count = entry.get("count_low")
        if (entry.get("qualifier") != "exact" or not isinstance(count, int) or count < 1
                or e >= len(text) or text[e] not in ".!?" or _POINTS_BACK.match(text, e + 1)
                or _NOT_AN_END.match(text, e + 1)):
            sites.skipped += 1
            continue
        prev = last_in_sentence.get(e)
        if prev is not None:
            sites.skipped += 1  # one running number a sentence, after its last figure
            if prev[0] > a:
                continue
        last_in_sentence[e] = (a, entry)
    edits: list[Edit] = []
    added: list[dict[str, object]] = []
    wording, evidence, inside = WORDINGS[name]
    for e, (a, entry) in sorted(last_in_sentence.items()):
        seed = f"{doc.get('doc_id')}:{a}:{name}"
        total = int(entry["count_low"]) + pick(RISES, seed)  # type: ignore[call-overload]
        words = {"n": spelled(total), "noun": _noun(entry)}
        at = e if inside else e + 1
        edits.append((at, at, wording.format(**words)))
        added.append({"evidence": evidence.format(**words), "outcome": "killed",
                      "count_low": total, "count_high": None, "qualifier": "exact",
                      "group": None if name in ("homicides", "which") else words["noun"]})
        sites.touched += 1
    return edits, added


def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None,
                  sites: Added | None = None) -> tuple[Doc, int]:
    """The document with the running numbers added, its gold carried through them and the
    added entries appended; and how many entries were added (the last ones)."""
    spans = _gold_spans(doc, predictions, "en")
    edits, added = running_edits(doc, spans, name, sites if sites is not None else Added())
    moved = carry_doc(doc, edits, spans)
    moved["casualties"] = [*(moved.get("casualties") or []), *added]
    return moved, len(added)


def measure_set(path: Path, names: list[str]) -> tuple[dict[str, AddedScore], list[Lost]]:
    """Casualty scores of one set untransformed ("none") and under each transform; the
    figures each transform loses and the added running numbers it leaves unread."""
    return measure_added(path, names, transform_doc)


def main(argv: list[str] | None = None) -> int:
    return added_main(__doc__, TRANSFORMS, transform_doc, argv)


if __name__ == "__main__":
    sys.exit(main())
