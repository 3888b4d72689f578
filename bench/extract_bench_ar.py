"""Throughput of the Arabic suggestion engines on synthetic Arabic news text.

Builds a few MB of fictional Arabic reports (sentences written for this
benchmark, shuffled with a fixed seed; half carry casualty figures), runs
``extract()`` document by document (it dispatches to ``extract_ar``) and prints
MB/s next to a plain ``re.finditer(r"\\d+")`` pass over the same text, measured
in the same run (CPU time; the regex pass best of three). With a gold file as
second argument it also times the real documents. It prints figures only.

    python bench/extract_bench_ar.py [target_megabytes] [GOLD.jsonl]

``--once MB`` only runs the engines once over MB of the synthetic text (and once over the
gold file's documents, if given), printing nothing: the workload for an instruction count,
which the machine's load does not change, e.g.

    valgrind --tool=cachegrind --cache-sim=no python bench/extract_bench_ar.py --once 0.3 GOLD

minus the same command with ``--once 0`` (start-up and pattern compilation).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from workbench.core.extract import extract

HEADLINES = [
    "مقتل 14 شخصا بتفجير سيارة مفخخة في سوق المدينة",
    "الشرطة تعلن اعتقال عشرات المشتبه بهم",
    "قتلى وجرحى بقصف على بلدة حدودية",
    "الحكومة تنفي أي علاقة بالهجوم على القافلة",
]
SENTENCES = [
    "قتل 12 جنديا على الأقل في هجوم على نقطة تفتيش قرب بلدة الوادي، بحسب ما أعلنت وزارة "
    "الدفاع مساء الثلاثاء.",
    "وأصيب ثلاثة مدنيين بجروح عندما سقطت قذائف هاون على مدرسة في الحي الشرقي.",
    "وارتفعت حصيلة القتلى جراء غارة الأحد إلى 31، وفق مصدر طبي.",
    "وخطف مسلحون أربعة مهندسين يعملون في خط أنابيب الأسبوع الماضي.",
    "وقال العقيد سامر الخطيب إن \"القوات لن تغادر حتى تصل آخر عائلة إلى بر الأمان\".",
    "واعتقلت قوات الأمن العشرات من المتظاهرين في العاصمة يوم الجمعة، وفق شهود عيان.",
    "وفجر انتحاري نفسه عند الحاجز، ما أدى إلى إصابة ستة من رجال الشرطة.",
    "ولا يزال عشرة أشخاص في عداد المفقودين بعد غرق القارب قرب الساحل.",
    "ونزح أكثر من 230 ألف شخص منذ اندلاع القتال في آذار/مارس 2012.",
    "وأضاف أن المحادثات ستستأنف يوم الاثنين المقبل في المدينة الشمالية.",
    "وأفادت منظمات إغاثة بأن 1200 عائلة تلقت مساعدات غذائية في 7 أيلول/سبتمبر.",
    "وأطلق المسلحون النار على حافلة صغيرة، ما أسفر عن مقتل معلم وطالبين.",
]
BACKGROUND = [
    "ووصل وزير الخارجية إلى العاصمة لإجراء محادثات بشأن عملية السلام المتعثرة.",
    "واجتمع المفاوضون من الجانبين خلف أبواب مغلقة في فندق قرب المطار.",
    "ودعا ائتلاف المعارضة إلى انتخابات مبكرة ودستور جديد.",
    "وتضاعفت أسعار الخبز والوقود منذ بدء الحصار في الربيع.",
    "ومن المتوقع أن يقدم المبعوث تقريرا إلى المجلس الشهر المقبل.",
    "وأعيد فتح المدارس في المحافظة الشمالية بعد انقطاع دام عدة أشهر.",
    "وأعلنت الحكومة خطة لإعادة بناء الجسر الرئيسي فوق النهر.",
    "وعادت الكهرباء إلى أجزاء من المدينة القديمة بعد إصلاح خط الطاقة.",
    "واستؤنفت التجارة عبر المعبر الحدودي بشاحنات تحمل الحبوب والأدوية.",
    "وناقش البرلمان ميزانية إعادة الإعمار حتى وقت متأخر من المساء.",
]


def build_corpus(target_mb: float, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    docs: list[tuple[str, str]] = []
    size = 0
    while size < target_mb * 1_000_000:
        body = " ".join(rng.choice(SENTENCES if rng.random() < 0.5 else BACKGROUND)
                        for _ in range(rng.randint(3, 12)))
        text = rng.choice(HEADLINES) + "\n" + body
        docs.append((text, f"2018-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
        size += len(text.encode("utf-8"))
    return docs


def _time(docs: list[tuple[str, str | None]]) -> tuple[float, float, float, int]:
    joined = "\n\n".join(t for t, _ in docs)
    mb = len(joined.encode("utf-8")) / 1_000_000
    t_re = 1e9
    for _ in range(3):  # CPU time, best of three: the machine may be busy
        c0 = time.process_time()
        sum(1 for _ in re.finditer(r"\d+", joined))
        t_re = min(t_re, time.process_time() - c0)
    c0 = time.process_time()
    n = 0
    for text, pub in docs:
        res = extract(text, pub)
        n += sum(len(v) for v in res.values())
    return mb, time.process_time() - c0, t_re, n


def _once(mb: float, gold: Path | None) -> None:
    """One pass over ``mb`` MB of the synthetic text and the gold documents (none at 0)."""
    extract("قتل 3 أشخاص أمس.", "2018-05-10", language="ar")
    if mb <= 0:
        return
    pairs: list[tuple[str, str | None]] = list(build_corpus(mb))
    if gold is not None:
        docs = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()
                if x.strip()]
        pairs += [(d["text"], d.get("published")) for d in docs]
    for text, published in pairs:
        extract(text, published, language="ar")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("target_megabytes", nargs="?", default="1",
                        help="how much synthetic Arabic text to run over (default 1)")
    parser.add_argument("gold", nargs="?", type=Path,
                        help="a JSONL file of real documents, each run 20 times as well")
    parser.add_argument("--once", type=float, metavar="MB",
                        help="run once over MB of text (and the gold documents), print nothing")
    ns = parser.parse_args(argv[1:])
    try:
        target = float(ns.target_megabytes)
    except ValueError:  # "--once 0.3 GOLD": the only positional is the gold file
        if ns.gold is not None:
            parser.error(f"not a number: {ns.target_megabytes}")
        target, ns.gold = 1.0, Path(ns.target_megabytes)
    if ns.once is not None:
        _once(ns.once, ns.gold)
        return
    argv = [argv[0], str(target)] + ([str(ns.gold)] if ns.gold else [])
    # One short call first: importing the engines is a one-time cost, not throughput.
    c0 = time.process_time()
    extract("قتل 3 جنود يوم الاثنين، بحسب الشرطة.", "2018-01-01")
    print(f"first call (imports, pattern compilation): {time.process_time() - c0:.3f} s CPU,"
          " not counted below")
    mb, t_ex, t_re, n = _time(build_corpus(target))  # type: ignore[arg-type]
    print(f"synthetic: {mb:.2f} MB, {n} suggestions")
    print(f"  extract():        {t_ex:8.3f} s {mb / t_ex:10.2f} MB/s")
    print(f"  baseline re \\d+:  {t_re:8.3f} s {mb / t_re:10.2f} MB/s"
          f"  (extract is {t_ex / t_re:.0f}x slower)")
    if len(argv) > 2:
        docs = [json.loads(x) for x in Path(argv[2]).read_text(encoding="utf-8").splitlines()
                if x.strip()]
        pairs = [(d["text"], d.get("published")) for d in docs] * 20
        mb, t_ex, t_re, n = _time(pairs)
        print(f"real documents x20: {mb:.2f} MB")
        print(f"  extract():        {t_ex:8.3f} s {mb / t_ex:10.2f} MB/s")
        print(f"  baseline re \\d+:  {t_re:8.3f} s {mb / t_re:10.2f} MB/s"
              f"  (extract is {t_ex / t_re:.0f}x slower)")


if __name__ == "__main__":
    main(sys.argv)
