"""A toll broken down right after it, in apposition, with no "بينهم" (issue 11; briefed
from ar-119): members "N من ..." joined by "و" that add up to the toll exactly are figures of
their own with the toll's outcome. Members that do not add up, or a second verb, leave the
sentence as the other readers read it. Every sentence is fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def figures(text: str) -> list[tuple[str, int]]:
    return [(c["outcome"], c["count_low"])
            for c in extract(text, "2024-05-01", language="ar")["casualties"]]


@pytest.mark.parametrize(("text", "want"), [
    ("أفرجت مجموعتان مسلحتان في المدينة مساء الثلاثاء عن تسعة محتجزين، خمسة من أبناء المدينة"
     " وأربعة من بلدة الهلالية، بعد وساطة.", [("captured", 9), ("captured", 5), ("captured", 4)]),
    ("قتل 12 شخصا، سبعة من عناصر الأمن وخمسة من المدنيين، بحسب المرصد.",
     [("killed", 12), ("killed", 7), ("killed", 5)]),
    ("قتل ١٢ شخصا، ٧ من عناصر الأمن و٥ من المدنيين.",
     [("killed", 12), ("killed", 7), ("killed", 5)]),
    ("أصيب عشرة أشخاص، ستة من أبناء القرية وأربعة من النازحين.",
     [("wounded", 10), ("wounded", 6), ("wounded", 4)]),
    ("اعتقلت القوات 15 شخصا، عشرة من حي الزهور وخمسة من حي الشهداء.",
     [("arrested", 15), ("arrested", 10), ("arrested", 5)]),
    ("خطف مسلحون ستة عمال، أربعة من مصر واثنان من السودان.",
     [("captured", 6), ("captured", 4), ("captured", 2)]),
])
def test_members_that_add_up_take_the_tolls_outcome(text: str, want: list) -> None:
    assert figures(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # (the members add up to no toll: a list of its own, read as before)
    ("قتل 12 شخصا، سبعة من عناصر الأمن وثلاثة من المدنيين.", [("killed", 12), ("killed", 3)]),
    # (a verb of its own after the comma opens another clause)
    ("قتل 12 شخصا، وأصيب سبعة من عناصر الأمن وخمسة من المدنيين.",
     [("killed", 12), ("wounded", 7), ("wounded", 5)]),
    # (one member alone is no breakdown)
    ("قتل 12 شخصا، سبعة من عناصر الأمن.", [("killed", 12)]),
])
def test_a_list_that_is_no_breakdown_is_left_alone(text: str, want: list) -> None:
    assert figures(text) == want
