"""A short, fixed-seed run of tools/fuzz_importers.py through the real sandbox."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.importers.importer_samples import fuzz
from workbench.core.importers import ImportRejected, parse_bytes


def test_fuzz_harness_finds_no_crash_or_timeout() -> None:
    report = fuzz.run(60, seed=1234, jobs=2, timeout=20)
    assert sum(report.cases.values()) == 240
    assert report.total("crash") == 0, report.format()
    assert report.total("timeout") == 0, report.format()
    # Mutations must leave some files readable and break others.
    assert report.total("imported") > 0 and report.total("clear error") > 0


def test_mutations_are_deterministic() -> None:
    seeds = fuzz.seeds()
    name, data = seeds["docx"][0]
    a = [fuzz.mutate(name, data, random.Random(7)) for _ in range(3)]
    b = [fuzz.mutate(name, data, random.Random(7)) for _ in range(3)]
    assert a == b


def test_clear_message_rule() -> None:
    assert fuzz.is_clear_message("a.pdf: the PDF is damaged and no text could be read.", "a.pdf")
    assert not fuzz.is_clear_message("the PDF is damaged.", "a.pdf")
    assert not fuzz.is_clear_message("a.pdf: KeyError: 'x'", "a.pdf")
    assert not fuzz.is_clear_message("a.pdf: bad. Also worse.", "a.pdf")


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=400), ext=st.sampled_from([".txt", ".html", ".eml", ".mht", ".md"]))
def test_arbitrary_bytes_in_process(data: bytes, ext: str) -> None:
    """Only ImportRejected may leave parse_bytes, whatever the bytes."""
    try:
        doc = parse_bytes(data, "x" + ext)
    except ImportRejected as err:
        assert fuzz.is_clear_message(str(err), "x" + ext), str(err)
    else:
        assert doc.text.strip()
