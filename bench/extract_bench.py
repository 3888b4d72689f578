"""Throughput of the suggestion engines on synthetic news-like text.

Builds a few MB of fictional conflict reports (sentences written for this
benchmark, shuffled with a fixed seed), runs ``extract()`` over them one
document at a time (after one warm-up call that imports the engines), and
prints MB/s (wall clock and CPU time) next to two raw baselines measured in
the same run over the same text: a ``re.finditer(r"\\d+")`` pass and a
``str.split()`` pass. It prints figures only; it asserts nothing.

    python bench/extract_bench.py [target_megabytes]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time

from workbench.core.extract import extract

HEADLINES = [
    "Car bomb kills 14 at market in Verdan: police",
    "Rebels free two kidnapped engineers - TV",
    "Report: militia seized three aid workers near Kessa",
    "Shelling Kills Seven, Wounds 20 in Northern Town",
    "Officials Say Ceasefire Holds in Lorrin Valley",
]
SENTENCES = [
    "A roadside bomb killed at least 12 soldiers near the town of Harrow on Tuesday, "
    "the defence ministry said.",
    "Three civilians were wounded when mortar rounds hit a school in the eastern district.",
    "The death toll from Sunday's attack rose to 31, a hospital official told reporters.",
    "Militants kidnapped four engineers working on a pipeline last week, according to "
    "local police.",
    "\"We will not leave until the last family is safe,\" said Colonel Maren Ostby.",
    "The brigade deployed 3,000 troops along the border in March 2011 and built 40 houses.",
    "Dozens of protesters were arrested in the capital on Friday, witnesses said.",
    "A suicide bomber blew himself up at a checkpoint, wounding six policemen.",
    "Between 10 and 15 people are missing after the flooding of the river camp.",
    "The group claimed responsibility for the ambush in a statement posted online.",
    "The interior minister denied any involvement in the killings of the two journalists.",
    "More than 230000 people have been displaced since the fighting began in 2012.",
    "He added that the talks would resume on Monday in the northern city.",
    "Aid agencies said on Sept. 7, 2004 that 1,200 families had received food parcels.",
    "Two days ago the convoy came under fire and one driver died of his injuries.",
    "The army said it had detained several suspects and seized 15 rifles.",
    "Residents said the fighting lasted six hours and damaged 200 homes.",
    "Officials said late February was the deadliest month, with scores of fighters killed.",
    "The spokesman told AFP that the trio had been released unharmed yesterday.",
    "Gunmen opened fire on a minibus, killing a teacher and two students.",
]


# Background sentences without casualty figures: about half of the sentences of
# the development corpus (itself chosen for casualty reports) have none.
BACKGROUND = [
    "The foreign minister arrived in the capital for talks on the stalled peace process.",
    "Negotiators from both sides met behind closed doors at a hotel near the airport.",
    "The opposition coalition has called for early elections and a new constitution.",
    "Prices of bread and fuel have doubled since the blockade began in the spring.",
    "The envoy is expected to present a report to the council next month.",
    "Schools in the northern province reopened after a break of several months.",
    "The government announced a plan to rebuild the main bridge over the river.",
    "Analysts say the agreement leaves many questions about the future of the region open.",
    "The president thanked neighbouring countries for their support during the crisis.",
    "Electricity returned to parts of the old city after engineers repaired a power line.",
    "Trade across the border crossing resumed, with trucks carrying grain and medicine.",
    "The parliament debated the budget for reconstruction late into the evening.",
    "Journalists were allowed to visit the camp for the first time since the summer.",
    "The mediator urged all parties to respect the truce and return to the table.",
    "Farmers in the valley said they hoped to plant their fields before the rains.",
    "A delegation of aid groups toured the damaged hospital and the water station.",
    "The ministry published new rules for the movement of goods between provinces.",
    "Local councils have organised volunteers to clear rubble from the main streets.",
    "The summit ended with a joint declaration on humanitarian access.",
    "Observers described the vote as calm, although turnout was lower than expected.",
]


def build_corpus(target_mb: float, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    docs: list[tuple[str, str]] = []
    size = 0
    target = int(target_mb * 1_000_000)
    while size < target:
        body = " ".join(
            rng.choice(SENTENCES if rng.random() < 0.5 else BACKGROUND)
            for _ in range(rng.randint(3, 12))
        )
        text = rng.choice(HEADLINES) + "\n" + body
        published = f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        docs.append((text, published))
        size += len(text.encode("utf-8"))
    return docs


WARM_UP = "Warm-up: two soldiers were killed on Monday, police said."


def warmed_corpus(target_mb: float) -> tuple[list[tuple[str, str]], float]:
    """The bench text of ``target_mb`` and its size in MB, with the engines imported and
    their start-up patterns compiled (one short call), for benches that time the rest."""
    docs = build_corpus(target_mb)
    extract(WARM_UP, "2016-01-01")
    return docs, sum(len(t.encode("utf-8")) for t, _ in docs) / 1_000_000


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("target_megabytes", nargs="?", type=float, default=3.0,
                        help="how much synthetic text to run over (default 3)")
    target_mb = parser.parse_args(argv[1:]).target_megabytes
    docs = build_corpus(target_mb)
    joined = "\n\n".join(t for t, _ in docs)
    mb = len(joined.encode("utf-8")) / 1_000_000

    # Baseline in CPU time too, best of three, so the ratio below compares like with like
    # on a machine that other work slows down.
    cpu_re = []
    for _ in range(3):
        c0 = time.process_time()
        n_digits = sum(1 for _ in re.finditer(r"\d+", joined))
        cpu_re.append(time.process_time() - c0)
    t0 = time.perf_counter()
    n_digits = sum(1 for _ in re.finditer(r"\d+", joined))
    t_re = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_words = len(joined.split())
    t_split = time.perf_counter() - t0

    # One short call first: importing the engines and compiling their patterns is a
    # one-time cost of the process (printed), not throughput.
    c0 = time.process_time()
    extract(WARM_UP, "2016-01-01")
    cpu_warm = time.process_time() - c0

    counts = {"casualties": 0, "dates": 0, "statements": 0, "claims": 0}
    c0 = time.process_time()
    t0 = time.perf_counter()
    for text, published in docs:
        res = extract(text, published)
        for k in counts:
            counts[k] += len(res[k])
    t_extract = time.perf_counter() - t0
    cpu_extract = time.process_time() - c0

    print(f"corpus: {len(docs)} documents, {mb:.2f} MB, {n_words} words, {n_digits} digit runs")
    print(f"first call (imports, pattern compilation): {cpu_warm:.3f} s CPU, not counted below")
    print(f"extract() wall clock: {t_extract:8.3f} s  {mb / t_extract:10.2f} MB/s")
    print(f"extract() CPU time:   {cpu_extract:8.3f} s  {mb / cpu_extract:10.2f} MB/s"
          "  (one core; differs from wall clock when the machine is busy)")
    print(f"baseline re \\d+:      {t_re:8.3f} s  {mb / t_re:10.2f} MB/s")
    print(f"baseline str.split(): {t_split:8.3f} s  {mb / t_split:10.2f} MB/s")
    print(f"baseline re \\d+ CPU:   {min(cpu_re):8.3f} s  {mb / min(cpu_re):10.2f} MB/s")
    print(f"ratio (CPU): extract is {cpu_extract / min(cpu_re):.0f}x slower than the regex pass")
    print(f"extract is {t_extract / t_re:.0f}x slower than the regex pass, "
          f"{t_extract / t_split:.0f}x slower than str.split()")
    print("suggestions: " + ", ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main(sys.argv)
