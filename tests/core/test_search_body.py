"""core.searchindex.body: the folding function the index and its check call once per
annotation gives what ``annotation_body`` defines, whatever form the values come in."""

from __future__ import annotations

import json

import pytest

from workbench.core import searchindex

FIELDS = {"claimant": "Crescent Brigade", "count_best": 14, "status": None,
          "location": "Port Halden"}
CASES = [
    ("Shelling hit the MARKET in Kalun", FIELDS, "check against the wire copy"),
    ("قُتِلَ أربعة مدنيين في القصف", {"location": "الميناء"}, "مراجعة"),
    ("Café owners in Périgny counted", FIELDS, ""),
    ("A" * ((1 << 20) + 7), FIELDS, "Memo"),  # longer than one folding slice
    ("", None, None),
]


def as_blob(value: str | None) -> bytes | None:
    return None if value is None else value.encode("utf-8")


@pytest.mark.parametrize("exact, fields, memo", CASES)
def test_body_as_stored_equals_the_definition(exact, fields, memo):
    want = searchindex.annotation_body(exact, fields, memo)
    stored_fields = None if fields is None else json.dumps(fields, ensure_ascii=False,
                                                           separators=(",", ":"))
    # a stored quote comes as a blob, a derived one as text; memo and fields as blobs
    assert searchindex.body(as_blob(exact), as_blob(stored_fields), as_blob(memo)) == want
    assert searchindex.body(exact, as_blob(stored_fields), as_blob(memo)) == want
