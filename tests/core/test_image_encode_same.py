"""``auditimage.encode`` looks only at the columns that may hold a mark or a packed
default (their places found once per layout); it must give exactly the text the earlier
column-by-column version gave, kept here to compare with."""

from __future__ import annotations

import json
import random

from workbench.core import auditimage
from workbench.core.auditimage import _ARRAY, _CHAR_OF, _ESCAPED, MARK, QUOTE_COLUMNS, TIME_COLUMNS


def _earlier_packed(values, packs):
    out = list(values)
    used = set()
    placed = 0
    for i, (v, default) in enumerate(zip(values, packs, strict=False)):
        if v is MARK:
            out[i] = "\x01"
        elif default is not None and v.__class__ is str and v == default:
            out[i] = _CHAR_OF[default]
        else:
            continue
        used.add(out[i])
        placed += 1
    if not placed:
        return _ARRAY.encode(values)
    text = _ARRAY.encode(out)
    if text.count("\\u000") != placed:
        return _ARRAY.encode(values)
    for char in used:
        text = text.replace(_ESCAPED[char], char)
    return text


def _earlier_encode(image, key, cols, at=None, quote=None, packs=None):
    if len(image) == len(cols) + 1 and key in image:
        try:
            values = [image[c] for c in cols]
        except KeyError:
            values = None
        if values is not None and not any(isinstance(image[c], bool) for c in cols
                                          if c in TIME_COLUMNS or c in QUOTE_COLUMNS):
            marked = TIME_COLUMNS if at is not None else frozenset()
            if quote is not None and all(
                    image.get(c).__class__ is str and image.get(c) == q
                    for c, q in zip(QUOTE_COLUMNS, quote, strict=True)):
                marked = marked.union(QUOTE_COLUMNS)
            if marked:
                values = [MARK if c in marked and (c not in TIME_COLUMNS or (
                    v.__class__ is str and v == at)) else v
                    for c, v in zip(cols, values, strict=True)]
            return _earlier_packed(values, packs) if packs is not None else _ARRAY.encode(values)
    return json.dumps(dict(image), ensure_ascii=False, sort_keys=True)


AT = "2026-01-01T00:00:00.000Z"
QUOTE = ("four troops", "wounded ", " near the river")
LAYOUTS = [
    ("doc_id", "kind", "start", "end", "exact", "prefix", "suffix", "status", "anchor",
     "fields", "memo", "coder", "origin", "created_at", "modified_at", "deleted_at"),
    ("uuid", "title", "imported_at", "language", "direction", "filename", "memo",
     "deleted_at"),
    ("name", "created_at", "modified_at", "exact"),  # a quote column alone: never marked
]
DEFAULTS = ["anchored", "accepted", "manual", "", "ltr", "open"]


def _value(rng, col):
    choices = [None, 0, 1, True, False, 2.5, "", "ltr", "open", "manual", "accepted",
               "anchored", AT, "2026-01-02T00:00:00.000Z", "\x01", "a\x05b", "\\u0001",
               "text", "رسالة", [1, 2], {"a": 1}]
    if col in QUOTE_COLUMNS:
        choices += list(QUOTE) * 3
    if col in TIME_COLUMNS:
        choices += [AT] * 4
    return rng.choice(choices)


def test_images_encode_as_the_column_by_column_version_did():
    rng = random.Random(15)
    for _ in range(20000):
        cols = rng.choice(LAYOUTS)
        packs = tuple(rng.choice([None, None, *DEFAULTS]) for _c in cols)
        if rng.random() < 0.2:
            packs = packs[:rng.randrange(len(packs) + 1)]  # shorter than the layout
        image = {"id": "k1", **{c: _value(rng, c) for c in cols}}
        if rng.random() < 0.05:
            del image[rng.choice(cols)]
        if rng.random() < 0.3:
            for c, q in zip(QUOTE_COLUMNS, QUOTE, strict=True):
                if c in image:
                    image[c] = q
        at = rng.choice([None, AT])
        quote = rng.choice([None, QUOTE])
        use_packs = rng.choice([None, packs])
        got = auditimage.encode(image, "id", cols, at, quote, use_packs)
        want = _earlier_encode(image, "id", cols, at, quote, use_packs)
        assert got == want, (image, cols, at, quote, use_packs)


def test_the_array_text_is_what_the_images_json_encoder_writes():
    import math
    import random

    from workbench.core import auditimage

    rng = random.Random(15)
    pool = ["", "ltr", "\x01", "\\u0001", "ٱلْعَرَبِيَّة", "😀", '"q"', "a\nb\x00", 0, -1, 2**70,
            1.5, -0.0, 1e300, math.inf, -math.inf, math.nan, True, False, None, [], {},
            [1, "x", None], {"b": 1, "a": [2.5, {"c": "é"}]}, {"z": None, "1": True}]
    for _ in range(5000):
        values = [rng.choice(pool) for _ in range(rng.randint(0, 24))]
        assert auditimage._array_text(values) == auditimage._ARRAY.encode(values)
