"""CPU time of the search folding (``textnorm.normalise``) on long texts.

Run it with each tree on PYTHONPATH, alternated, to compare two foldings:

    PYTHONPATH=TREE python TREE/bench/fold_bench.py [--rounds 7]

Prints, per text, the least ``process_time`` of the rounds for ``normalise`` and, as the
raw baseline of the same run, for NFKD alone (the one step every folding shares).
"""

from __future__ import annotations

import argparse
import time
import unicodedata

from workbench.core.textnorm import normalise

# Sentences in the style of the reports searched, with both seats of a hamza, alef forms,
# harakat, tatweel and digits.
ARABIC = ("قالَ مسئولٌ في البلدية إنّ ١٢ مدنياً قُتِلوا في قصفِ السوق، وأكّد مسؤول محلي "
          "أن شؤون النازحين تُدار من مدرسةٍ قرب الجسر، في تساؤلٍ عن الـمسؤولية. ")
ENGLISH = "Medics said 12 civilians were wounded near the river crossing on Sunday. "
MIXED = ARABIC + ENGLISH
# Arabic with hamzas on the line, as most Arabic text has (the walk of fold version 4
# looks at each), none of them the older writing of a seat.
HAMZAS = ARABIC + "وقال إن جزءاً من السوق دُمّر، وإن الأطباء عالجوا الجرحى. "
# The older writing of a seated hamza (fold version 4): a ya before a hamza on the line,
# at its densest (one every 40 characters).
OLDER = ("وصل لاجىء إلى الشاطىء ولم يحمل أيَّ شيء، وقال مسئول إن المجيء إلى الموانىء "
         "صار خطراً، وإن شئون الناس لا تُدار بشيء من البطء. ")


def _least(fn, text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--chars", type=int, default=1_500_000)
    args = parser.parse_args()
    normalise("warm ﻻ")  # builds the combining table once, outside the timing
    for name, unit in (("arabic", ARABIC), ("english", ENGLISH), ("mixed", MIXED),
                       ("hamzas", HAMZAS), ("older", OLDER)):
        text = unit * (args.chars // len(unit))
        fold = _least(normalise, text, args.rounds)
        raw = _least(lambda t: unicodedata.normalize("NFKD", t), text, args.rounds)
        print(f"{name:8} {len(text):>9,} chars  normalise {fold * 1000:7.1f} ms  "
              f"raw NFKD {raw * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
