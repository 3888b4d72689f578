"""The corpus format rules a blind gold file must keep (bench/blind/), for both languages.

`workbench eval` reads gold files with `read_gold`, which parses the lines but checks
nothing else (a missing evidence shows only while scoring, which runs the engines), so
the rules are checked here: the keys, the vocabularies, the counts, the date values, and
that every evidence is an exact substring of its text, as often as it is annotated.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path
from typing import Any

from workbench.core.codebook import OUTCOMES, QUALIFIERS

FOLDER = Path(__file__).resolve().parents[1] / "bench" / "blind"
KEYS = {"doc_id", "source", "published", "text", "casualties", "dates", "statements"}
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def id_prefix(path: Path) -> str:
    """`blind-en-` for en-1 (named before there was a second set), `blind-en2-` for en-2..."""
    lang, number = path.stem.split("-")
    return f"blind-{lang}-" if int(number) == 1 else f"blind-{lang}{number}-"


def problems(doc: dict[str, Any]) -> list[str]:
    """What breaks the corpus format in one gold document (empty when nothing does)."""
    if set(doc) != KEYS:
        return [f"keys {sorted(set(doc) ^ KEYS)}"]
    out = []
    text = doc["text"]
    if doc["published"] is not None and not (isinstance(doc["published"], str)
                                             and DAY.fullmatch(doc["published"])):
        out.append(f"published {doc['published']!r}")
    uses: collections.Counter[tuple[str, str]] = collections.Counter()
    for kind in ("casualties", "dates", "statements"):
        for entry in doc[kind]:
            if not entry.get("evidence") or entry["evidence"] not in text:
                out.append(f"{kind}: evidence not in text: {entry.get('evidence')!r}")
            elif kind != "statements":
                uses[(kind, entry["evidence"])] += 1
    out += [f"{kind}: {ev!r} annotated {n}x, in text {text.count(ev)}x"
            for (kind, ev), n in uses.items() if text.count(ev) < n]
    for c in doc["casualties"]:
        if c.get("outcome") not in OUTCOMES or c.get("qualifier") not in QUALIFIERS:
            out.append(f"casualty {c.get('outcome')!r} / {c.get('qualifier')!r}")
        low, high = c.get("count_low"), c.get("count_high")
        if not isinstance(low, int) or low < 1:
            out.append(f"count_low {low!r}")
        elif (high is not None) != (c["qualifier"] == "range") or (high is not None
                                                                    and high < low):
            out.append(f"count_high {high!r} with {c['qualifier']!r}")
    out += [f"date value {d.get('value')!r}" for d in doc["dates"]
            if d.get("value") is not None and not VALUE.fullmatch(d["value"])]
    return out
