"""Score the English casualty engine on gold sets where captives and detainees are told
again by their release.

News that counts people kidnapped or arrested often counts them a second time when some
come out: "Gunmen abducted 12 farmers. Five of them were freed on Sunday."; "Police
detained 40 students. Nineteen were released without charge." The corpus rules count
hostages later freed as captured, and the blind sets count people released from arrest
as arrested, so the released part is a figure of its own with the outcome of what held
it. Each transform below adds, right after the sentence of a gold figure of people
captured or arrested (the last figure of that sentence), one sentence that releases part of them,
and adds that part to the gold with the whole's outcome. Only figures of four or more
with an exact count are used (the part is half of them, two at least), only when the
figure is the last of its sentence and the sentence ends with a stop (a headline is left
alone), and only when the next sentence does not point back to it ("Two of them ...");
other figures are skipped and counted so. The wording is seeded by the document and the place.

    python bench/blind/perturb_release.py bench/blind/en-17.jsonl [--transform part ...]
    python bench/blind/perturb_release.py bench/blind/en-*.jsonl --lost

Transforms (the released part's words; a capture's and an arrest's wordings differ
where the release names the holding):
  part     "<Part> of them were released on Sunday." / "... were released without charge."
  bare     "<Part> were later freed." / "<Part> were released on bail on Monday."
  named    "<Part> <noun> have since been released." (the whole's own plural noun; skipped
           when its group has none)
  active   "Troops freed <part> of them on Friday." / "Police released <part> of them on
           Friday."
  returned "<Part> of them were returned in a prisoner exchange on Sunday." / "... were
           returned to their families on Sunday." (a release told as a return)
  among    "<Part> <noun> were among those released on Friday." / "... were among those
           released without charge." (the whole's own plural noun, as for named)

It prints casualty tp/fp/fn per set and pooled, untransformed and under each transform,
with the figures each transform added and skipped; ``--lost`` lists every figure read
untransformed and lost under a transform, and every added release the engine missed
(``MISSED``), with its sentence. The offset map, the gold carrier and the casualty report
are ``perturb_core.py``'s.
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

HELD = ("captured", "arrested")
DAYS = ("Sunday", "Monday", "Tuesday", "Friday")

# The release's sentence by transform and outcome; {n} is the part's count, {noun} the
# whole's noun and {day} a weekday. Each sentence's words up to its verb are the gold's
# evidence (``_EVIDENCE`` cuts them).
WORDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "part": {"captured": ("{N} of them were released on {day}.",
                          "{N} of them were freed after a ransom was paid."),
             "arrested": ("{N} of them were released without charge.",
                          "{N} of them were released on bail on {day}.")},
    "bare": {"captured": ("{N} were later freed.", "{N} were released on {day}."),
             "arrested": ("{N} were released on bail on {day}.",
                          "{N} were released without charge.")},
    "named": {"captured": ("{N} {noun} have since been released.",
                           "{N} {noun} were freed on {day}."),
              "arrested": ("{N} {noun} have since been released.",
                           "{N} {noun} were released without charge on {day}.")},
    "active": {"captured": ("Troops freed {n} of them on {day}.",
                            "The army said it had freed {n} of them."),
               "arrested": ("Police released {n} of them on {day}.",
                            "Police released {n} of them without charge.")},
    # a release told as a return: in an exchange of captives, or to their families
    "returned": {"captured": ("{N} of them were returned in a prisoner exchange on {day}.",
                              "{N} of them were returned home under an exchange."),
                 "arrested": ("{N} of them were returned to their families on {day}.",
                              "{N} of them were handed back to their families on {day}.")},
    # the released named after the fact, the subject before "among those"
    "among": {"captured": ("{N} {noun} were among those released on {day}.",
                           "{N} {noun} were among those freed."),
              "arrested": ("{N} {noun} were among those released without charge.",
                           "{N} {noun} were among those released on bail on {day}.")},
}
TRANSFORMS = tuple(WORDINGS)
_EVIDENCE = re.compile(r"(?:Troops freed |The army said it had freed |Police released )?"
                       r"[\w\s]+?(?:of them|released|freed)\b")
# A group's last word that names people in the plural, to be named again ("farmers").
_PLURAL_NOUN = re.compile(r"(?<![\w\-])([a-z]{3,}s)$")
# A next sentence that points back to the figure ("Two of them were ...", "They ...") keeps
# it: a release put between them would take its place.
_POINTS_BACK = re.compile(r"\s*(?:[\w\-]+\s+){0,3}?(?:(?:of|among)\s+(?:them|whom|those|the)"
                          r"|they|their|both|all|most|some|others?)\b", re.IGNORECASE)
_NOT_PEOPLE = frozenset(("others", "those", "these", "them", "bodies", "dozens", "hundreds"))
# The transforms that name the part by the whole's own plural noun.
_NAMED = ("named", "among")





def _noun(entry: dict[str, object]) -> str | None:
    group = str(entry.get("group") or "").strip()
    m = _PLURAL_NOUN.search(group)
    if m is None or m.group(1) in _NOT_PEOPLE:
        return None
    return m.group(1)


def release_edits(doc: Doc, spans: Spans, name: str, sites: Added
                  ) -> tuple[list[Edit], list[dict[str, object]]]:
    """The inserted release sentences (as edits) and their gold entries, in order."""
    text = doc["text"]
    last_in_sentence: dict[int, tuple[int, dict[str, object]]] = {}
    entries = list(zip(spans["casualties"], doc.get("casualties") or [], strict=True))
    last_start: dict[int, int] = {}  # the last figure's start in each sentence, any outcome
    for (a, b), _ in entries:
        e = sentence_around(text, a, b)[1]
        last_start[e] = max(a, last_start.get(e, a))
    for (a, b), entry in entries:
        if entry["outcome"] not in HELD:
            continue
        e = sentence_around(text, a, b)[1]
        if last_start[e] != a:
            sites.skipped += 1  # "of them" would point to the sentence's later figure
            continue
        count = entry.get("count_low")
        if (entry.get("qualifier") != "exact" or not isinstance(count, int) or count < 4
                or e >= len(text) or text[e] not in ".!?"
                or (name in _NAMED and not _noun(entry))
                or _POINTS_BACK.match(text, e + 1)):
            sites.skipped += 1
            continue
        last_in_sentence[e] = (a, entry)
    edits: list[Edit] = []
    added: list[dict[str, object]] = []
    for e, (a, entry) in sorted(last_in_sentence.items()):
        part = max(2, int(entry["count_low"]) // 2)  # type: ignore[call-overload]
        seed = f"{doc.get('doc_id')}:{a}:{name}"
        wording = pick(WORDINGS[name][str(entry["outcome"])], seed)
        number = spelled(part)
        sentence = wording.format(N=number[:1].upper() + number[1:], n=number,
                                  noun=_noun(entry) or "", day=pick(DAYS, seed))
        edits.append((e + 1, e + 1, " " + sentence))
        evidence = _EVIDENCE.match(sentence)
        assert evidence is not None
        # (the subject alone for "among": its verb tells the others released)
        said = sentence[:sentence.index(" were among")] if name == "among" else evidence.group()
        added.append({"evidence": said, "outcome": entry["outcome"],
                      "count_low": part, "count_high": None, "qualifier": "exact",
                      "group": _noun(entry) if name in _NAMED else None})
        sites.touched += 1
    return edits, added


def transform_doc(doc: Doc, name: str, predictions: Predictions | None = None,
                  sites: Added | None = None) -> tuple[Doc, int]:
    """The document with the release sentences added, its gold carried through them and
    the added entries appended; and how many entries were added (the last ones)."""
    spans = _gold_spans(doc, predictions, "en")
    edits, added = release_edits(doc, spans, name, sites if sites is not None else Added())
    moved = carry_doc(doc, edits, spans)
    moved["casualties"] = [*(moved.get("casualties") or []), *added]
    return moved, len(added)


def measure_set(path: Path, names: list[str]) -> tuple[dict[str, AddedScore], list[Lost]]:
    """Casualty scores of one set untransformed ("none") and under each transform; the
    figures each transform loses and the added releases it leaves unread."""
    return measure_added(path, names, transform_doc)


def main(argv: list[str] | None = None) -> int:
    return added_main(__doc__, TRANSFORMS, transform_doc, argv)


if __name__ == "__main__":
    sys.exit(main())
