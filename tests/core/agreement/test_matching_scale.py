"""Matching many annotations: only overlapping spans are weighed, and the groups are the
ones weighing every pair gave."""

from __future__ import annotations

import random
from itertools import combinations

from workbench.core.agreement import matching
from workbench.core.agreement.matching import match


def every_pair_match(anns):
    """Matching as it was first written: every pair of different coders weighed."""
    group_of = list(range(len(anns)))
    members = {i: {a["coder"]: i} for i, a in enumerate(anns)}
    pairs = [(matching._overlap(anns[i], anns[j]), i, j)
             for i, j in combinations(range(len(anns)), 2)
             if anns[i]["coder"] != anns[j]["coder"]]
    for weight, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if weight <= 0:
            break
        gi, gj = group_of[i], group_of[j]
        if gi == gj or set(members[gi]) & set(members[gj]):
            continue
        members[gi].update(members.pop(gj))
        for k in members[gi].values():
            group_of[k] = gi
    groups = [{c: anns[k] for c, k in m.items()} for m in members.values()]
    return sorted(groups, key=lambda g: min((a["start"], a["end"]) for a in g.values()))


def spans(seed: int, n: int, width: int, coders: str = "abc") -> list[dict]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        start = rng.randrange(0, width)
        out.append({"id": f"{seed}-{k}", "coder": rng.choice(coders), "start": start,
                    "end": start + rng.choice((0, 1, 4, 12, 40, 200))})
    return out


def test_groups_are_the_ones_every_pair_gave():
    # Dense and sparse, ties of equal spans, empty spans, spans inside others.
    for seed in range(60):
        anns = spans(seed, 5 + seed % 40, 50 if seed % 2 else 2000)
        assert [{c: a["id"] for c, a in g.items()} for g in match(anns)] == \
               [{c: a["id"] for c, a in g.items()} for g in every_pair_match(anns)], seed


def test_far_apart_annotations_are_not_weighed(monkeypatch):
    # 600 annotations of two coders along a long report, each overlapping only its
    # neighbours: weighing every pair made 90,000 weighings, growing with the square.
    calls = []
    real = matching._overlap

    def counted(a, b):
        calls.append(1)
        return real(a, b)

    monkeypatch.setattr(matching, "_overlap", counted)
    anns = [{"id": str(k), "coder": "ab"[k % 2], "start": 10 * k, "end": 10 * k + 15}
            for k in range(600)]
    groups = match(anns)
    assert len(calls) < 2 * len(anns)
    assert len(groups) == 300 and all(len(g) == 2 for g in groups)
