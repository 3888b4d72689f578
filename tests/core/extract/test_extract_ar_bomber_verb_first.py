"""A bomber told verb first ("حين فجر انتحاري نفسه") is killed 1, as the noun-first form is.

The fifty-second set's gold gives `فجر انتحاري نفسه` killed 1 (ar-52 008), as ar-23, ar-30 and
ar-36 give `انتحاريا فجر نفسه`; the engines read only the noun-first form.
"""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _figures(text: str) -> list[tuple[str, str, int | None]]:
    return [(text[c["start"]:c["end"]], c["outcome"], c["count_low"])
            for c in find_casualties_ar(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل تسعة أشخاص اليوم الجمعة حين فجر انتحاري نفسه داخل مطعم.",
     ("فجر انتحاري نفسه", "killed", 1)),
    ("وفجرت انتحارية نفسها عند مدخل السوق المركزي.", ("وفجرت انتحارية نفسها", "killed", 1)),
    ("وأفاد شهود بأن انتحارية فجرت نفسها وسط السوق.", ("انتحارية فجرت نفسها", "killed", 1)),
    ("وأصيب ثلاثة حراس عندما فجر مهاجم نفسه قرب البوابة.", ("فجر مهاجم نفسه", "killed", 1)),
])
def test_bomber_told_verb_first(text: str, expected: tuple[str, str, int]) -> None:
    assert expected in _figures(text)


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن مسلحا فجر عبوة ناسفة عند الحاجز.",  # a charge, not himself
    "وفجر الجيش نفسه الجسر الرئيسي قبل انسحابه.",  # the army itself, no person noun
    "وقال المصدر إن مسلحا هدد بأن يفجر نفسه داخل المصرف.",  # a threat
])
def test_look_alikes_give_no_bomber(text: str) -> None:
    assert not any(o == "killed" for _, o, _ in _figures(text))
