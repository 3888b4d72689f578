"""Does the statement engine's time grow with its text, on long pages of quotes?

A feature or a hearing's record is a long run of quotes: "he said", "she said", named
speakers, "said one of them". A step that reads every statement, or the whole paragraph,
for each quote makes such a page cost the square of its length. This script builds pages
of invented quoted speech (one with paragraphs, and the same run together as one
paragraph, plus the short units the growth tests use) at 1, 2, 4, 8 and 16 times a base
size, times the statement engine alone (``find_statements`` / ``find_statements_ar``,
CPU time, best of ``--rounds``, the cyclic collector held off as in ``tests/timing.py``)
and prints the time per size and the growth per doubling: 2.0 is linear, 4.0 quadratic.
The machine's load moves single steps; read the mean of the steps. Figures only.

    python bench/statement_growth_bench.py [--base 12000] [--rounds 2] [--only NAME]
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from itertools import pairwise

from workbench.core.extract.ar.statements import find_statements_ar
from workbench.core.extract.statements import find_statements

# A page of a feature, invented: quotes given to named people, to "he" and "she", to "one
# of them", and reported clauses between.
EN_PAGE = (
    'Villagers in Marrow Creek gathered at the school on Tuesday. "The water came at night," '
    'said Halima Orvane, a teacher. "We carried the children up the hill." She said the bridge '
    'had gone by morning. "Nobody came for two days," he said. Farmer Tobias Lenk said the '
    'fields were lost. "Everything we planted is under mud," said one of them. "We need '
    'boats, not speeches," she told reporters. District officer Ruth Amsel said help was on '
    'its way. "We are doing what we can," she said. He said they had waited too long. '
    '"They promised a wall in spring," said one of the elders. "I lost my goats and my '
    'house," said Peter Dalmo, 54. "Where is the council now?" he asked. '
    'According to Ms Orvane, the school will stay closed. "We will teach in the church," she '
    'said.\n'
)
AR_PAGE = (
    'تجمع سكان قرية المرج في المدرسة يوم الثلاثاء. وقالت حليمة عروان، وهي معلمة، "جاء الماء في '
    'الليل". وأضافت "حملنا الأطفال إلى التل". وقال إنه لم يأت أحد لمدة يومين. وقال المزارع طوبيا '
    'لنك إن الحقول ضاعت. وقال أحدهم "كل ما زرعناه تحت الطين". وقالت للصحفيين "نحتاج قوارب لا '
    'خطابات". وقالت مسؤولة المنطقة روث عمسل إن المساعدة في الطريق. وقال إنهم انتظروا طويلا. '
    'وقال أحد الشيوخ "وعدونا بجدار في الربيع". وقال بطرس دالمو "فقدت ماعزي وبيتي". '
    'وتساءل "أين المجلس الآن؟".\n'
)
# The units of the two growth tests (tests/core/extract/test_review_en169_ar137_rev34.py and
# test_review_issue11_en203_ar163.py): no name at all, one paragraph.
EN_PRONOUNS = '"The roads are closed," he said. "We cannot reach them," she said. '
EN_INSIDE = ('"Each side says the land is theirs," he says. "They say the well is theirs," '
             'she said. He said they came, and she told them it was over. ')
AR_PRONOUNS = 'وقال "الطرق مغلقة". وقالت "لا نستطيع الوصول إليهم". '

SHAPES: dict[str, tuple[str, Callable[[str], object]]] = {
    "en-feature": (EN_PAGE, find_statements),
    "en-one-paragraph": (EN_PAGE.replace("\n", " "), find_statements),
    "en-pronouns": (EN_PRONOUNS, find_statements),
    "en-inside-quotes": (EN_INSIDE, find_statements),
    "ar-feature": (AR_PAGE, find_statements_ar),
    "ar-one-paragraph": (AR_PAGE.replace("\n", " "), find_statements_ar),
    "ar-pronouns": (AR_PRONOUNS, find_statements_ar),
}


def _cpu(read: Callable[[str], object], text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        gc.disable()
        try:
            started = time.process_time()
            read(text)
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=12_000, help="characters at 1x")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--only", action="append", choices=sorted(SHAPES))
    args = parser.parse_args()
    for name in args.only or SHAPES:
        unit, read = SHAPES[name]
        read(unit * 3)  # the patterns compiled
        times: list[float] = []
        cells = []
        for k in (1, 2, 4, 8, 16):
            size = args.base * k
            text = (unit * (size // len(unit) + 1))[:size]
            times.append(_cpu(read, text, args.rounds))
            cells.append(f"{k}x {times[-1] * 1000:7.1f} ms")
        steps = [b / a for a, b in pairwise(times)]
        print(f"{name:17} " + " | ".join(cells))
        print(f"{'':17} per doubling " + " ".join(f"{s:.2f}" for s in steps)
              + f"  (mean {sum(steps) / len(steps):.2f}; 16x/1x {times[-1] / times[0]:.1f})")


if __name__ == "__main__":
    main()
