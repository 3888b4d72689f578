"""A month in a condition still open is ahead: after "إذا" Arabic tells what may come in
the past form ("إذا بدأت الأمطار في موعدها منتصف يونيو": if the rains begin on time in
mid-June), so the past verb is no past event. A May report's June in such a clause is the
coming June, not last year's (from ar-89's first measurement). "ما إذا" (whether) and a
clause told with "كان" keep the month behind. Texts are fictional.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

MAY = "2025-05-23"


def _months(text: str) -> list[str | None]:
    return [d["value"] for d in extract(text, MAY, language="ar")["dates"]]


@pytest.mark.parametrize("text", [
    ("وتوقعت الوزارة أن تتجاوز المساحة المزروعة ستة ملايين فدان، "
     "إذا بدأت الأمطار في موعدها منتصف يونيو."),
    "وقال المزارعون إن المحصول سينقذ، إذا وصلت شحنات السماد في يونيو.",
    "ويأمل الأهالي العودة إلى قراهم، فإذا انتهت أعمال إزالة الألغام في يونيو عادت العائلات.",
])
def test_a_month_in_an_open_condition_is_ahead(text: str) -> None:
    assert _months(text) == ["2025-06"]


@pytest.mark.parametrize("text", [
    "وقال المزارعون إن الأمطار بدأت منتصف يونيو.",
    "وقال الأهالي إنهم لا يعرفون ما إذا كانت الشحنات قد وصلت في يونيو.",
])
def test_a_month_outside_an_open_condition_stays_behind(text: str) -> None:
    assert _months(text) == ["2024-06"]
