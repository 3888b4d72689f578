"""Indented JSON written by ``shapes.write_json`` is the text ``json.dumps`` writes."""

import io
import json
import random

import pytest

from workbench.core.errors import ValidationError
from workbench.core.shapes import write_json

WORDS = ["", "casualties", "قتلى", "a \"quoted\" word", "line\nbreak", "tab\there", "\x00",
         "\u2028", "😀", "back\\slash", "Ärzte"]


def _value(rng: random.Random, depth: int):
    kind = rng.randrange(12 if depth < 4 else 7)
    if kind == 0:
        return rng.choice(WORDS)
    if kind == 1:
        return rng.randrange(-10**20, 10**20)
    if kind == 2:
        return rng.choice([0.1, -2.5, 1e300, 3.0, 1 / 3])
    if kind == 3:
        return rng.choice([True, False, None])
    if kind == 4:
        return rng.choice([[], {}, ()])
    if kind in (5, 6):
        return rng.randrange(100)
    if kind in (7, 8):
        return {rng.choice(WORDS) + str(i): _value(rng, depth + 1)
                for i in range(rng.randrange(1, 5))}
    if kind == 9:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(1, 5))]
    if kind == 10:
        return (_value(rng, depth + 1), _value(rng, depth + 1))
    return {rng.choice([1, 2.5, True, None, "k"]): _value(rng, depth + 1)}


def _written(data, **kw) -> str:
    out = io.StringIO()
    write_json(data, out, **kw)
    return out.getvalue()


@pytest.mark.parametrize("indent", [2, 4, "\t", 0])
def test_indented_json_is_the_text_json_writes(indent):
    rng = random.Random(15)
    for _ in range(3000):
        data = _value(rng, 0)
        assert _written(data, indent=indent) == json.dumps(
            data, ensure_ascii=False, allow_nan=False, indent=indent)


def test_an_import_results_list_is_written_as_json_writes_it():
    results = [{"file": f"reports/{i:04d}.txt", "status": "imported", "doc_id": i,
                "message": ""} for i in range(1, 300)]
    results.append({"file": "},\n    {", "status": "}", "doc_id": None, "message": "{}"})
    results.append({"file": "قصف.txt", "status": "rejected", "doc_id": None,
                    "message": "قصف.txt: the file is empty."})
    assert _written(results, indent=2) == json.dumps(results, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_a_number_that_is_not_finite_is_refused_with_a_sentence(bad):
    for data in ({"count": bad}, [{"n": 1, "fields": {"count": bad}}], [bad]):
        with pytest.raises(ValidationError, match="not finite"):
            _written(data, indent=2)
        with pytest.raises(ValidationError, match="not finite"):
            _written(data)


def test_lists_of_objects_with_empty_and_nested_ones_among_them():
    rows = [{"id": 1, "kind": "date"}, {"id": 2, "kind": "}, {"}]
    for data in (rows, [*rows, {}], [*rows, {"id": 3, "fields": {"k": 1}}], [*rows, []],
                 {"rows": rows, "count": 2}, [rows, rows], [{"}": 1}, {"{": 2.5}]):
        for indent in (2, 0):
            assert _written(data, indent=indent) == json.dumps(
                data, ensure_ascii=False, indent=indent)
