"""Where the English engines' pattern calls go: calls and time per compiled pattern.

Every compiled pattern the English engine modules hold (module names, tuples of them,
the lowered twin and the pattern as written of each ``CaseBlind``, and the patterns the
engines compile on first use through ``_rare``) is replaced by a timing wrapper, once
per pattern object however many modules import it; then ``extract()`` runs over the
bench text (``extract_bench.build_corpus``). It prints, per pattern, the calls and the
milliseconds per megabyte and the microseconds per call, and the run's CPU time with the
wrappers and without them. A ``finditer`` is timed as the full iteration (its matches
are collected into a list). Patterns local to a function are not seen. Figures only.

    python bench/extract_patterns.py [megabytes] [rows]

What the timer adds inside its own interval is measured on an empty pattern and taken off
every call. A call inside the run still costs more than the same call replayed in a
tight loop (the caches are cold between rules): compare patterns with each other, and a
pattern before and after a change, rather than take a call's time as its cost alone.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_bench

from workbench.core.extract import extract
from workbench.core.extract.folding import CaseBlind

# CPU time of this thread: a wall clock would charge a call with the time the process
# waited for a core on a busy machine.
_clock = time.thread_time
_SPENT: Counter[str] = Counter()
_CALLS: Counter[str] = Counter()
_METHODS = ("match", "search", "fullmatch", "sub", "subn", "split", "findall")


class TimedPattern:
    """A compiled pattern whose calls add their time to one name's account."""

    def __init__(self, rx: re.Pattern[str], name: str) -> None:
        self.rx, self.name = rx, name
        self.pattern, self.flags = rx.pattern, rx.flags
        self.groupindex, self.groups = rx.groupindex, rx.groups

    def __getattr__(self, attr: str) -> Any:
        method = getattr(self.rx, attr)
        if attr not in _METHODS:
            return method
        name = self.name

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = _clock()
            result = method(*args, **kwargs)
            _SPENT[name] += _clock() - t0
            _CALLS[name] += 1
            return result

        setattr(self, attr, timed)  # found without __getattr__ from the next call on
        return timed

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        t0 = _clock()
        found = list(self.rx.finditer(*args))
        _SPENT[self.name] += _clock() - t0
        _CALLS[self.name] += 1
        return iter(found)


def _bound_method(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    """A pattern's method kept under a module name (``X = PATTERN.match``), timed."""
    def timed(*args: Any) -> Any:
        t0 = _clock()
        result = fn(*args)
        _SPENT[name] += _clock() - t0
        _CALLS[name] += 1
        return result

    return timed


class _Wrapper:
    """Wraps each pattern object once and hands the same wrapper to every holder."""

    def __init__(self) -> None:
        self.done: dict[int, Any] = {}

    def pattern(self, rx: re.Pattern[str] | TimedPattern, name: str) -> TimedPattern:
        if isinstance(rx, TimedPattern):
            return rx
        if id(rx) not in self.done:
            self.done[id(rx)] = (rx, TimedPattern(rx, name))
        return self.done[id(rx)][1]

    def case_blind(self, cb: CaseBlind, name: str) -> None:
        if isinstance(cb.low, TimedPattern):
            return
        cb.low = self.pattern(cb.low, name + " (lowered)")  # type: ignore[assignment]
        cb._rx = self.pattern(cb.rx, name)  # type: ignore[assignment]

    def value(self, value: Any, name: str) -> Any:
        """The wrapped value, or None when ``value`` holds no pattern."""
        if isinstance(value, re.Pattern):
            return self.pattern(value, name)
        if isinstance(value, CaseBlind):
            self.case_blind(value, name)
            return None
        if callable(value) and isinstance(getattr(value, "__self__", None), re.Pattern):
            return _bound_method(value, name)
        if isinstance(value, tuple) and value and all(
                isinstance(v, (re.Pattern, CaseBlind, TimedPattern)) for v in value):
            out = []
            for i, v in enumerate(value):
                wrapped = self.value(v, f"{name}[{i}]") if not isinstance(v, TimedPattern) else v
                out.append(v if wrapped is None else wrapped)
            return tuple(out)
        return None

    def module(self, mod: ModuleType) -> None:
        short = mod.__name__.rsplit(".", 1)[-1]
        # patterns under their own names first, so that a tuple of them shows those names
        items = sorted(vars(mod).items(), key=lambda kv: isinstance(kv[1], tuple))
        for key, value in items:
            wrapped = self.value(value, f"{short}.{key}")
            if wrapped is not None:
                setattr(mod, key, wrapped)
        rare = getattr(mod, "_rare", None)
        if callable(rare) and hasattr(mod, "_RARE"):
            def timed_rare(name: str, rare: Callable[[str], Any] = rare,
                           short: str = short) -> TimedPattern:
                return self.pattern(rare(name), f"{short}._rare[{name}]")

            mod._rare = timed_rare  # type: ignore[attr-defined]


def timer_overhead(rounds: int = 200_000) -> float:
    """Seconds a timed call adds inside its own interval (the clock read and the call
    through the wrapper), from an empty pattern timed both ways; subtracted per call."""
    empty = re.compile("")
    raw = empty.match
    c0 = _clock()
    for _ in range(rounds):
        raw("")
    plain = (_clock() - c0) / rounds
    probe = TimedPattern(empty, "(calibration)")
    for _ in range(rounds):
        probe.match("")
    timed = _SPENT.pop("(calibration)") / _CALLS.pop("(calibration)")
    return max(0.0, timed - plain)


def english_modules() -> list[ModuleType]:
    """The loaded modules of the English engines (the Arabic ones are left alone)."""
    return [m for n, m in sorted(sys.modules.items())
            if n.startswith("workbench.core.extract") and ".ar" not in n and m is not None]


def run(docs: list[tuple[str, str]]) -> float:
    """CPU seconds of ``extract()`` over ``docs``."""
    c0 = time.process_time()
    for text, published in docs:
        extract(text, published)
    return time.process_time() - c0


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("megabytes", nargs="?", type=float, default=1.0,
                        help="how much bench text to run over (default 1)")
    parser.add_argument("rows", nargs="?", type=int, default=40,
                        help="how many patterns to print, dearest first (default 40)")
    args = parser.parse_args(argv[1:])
    docs, mb = extract_bench.warmed_corpus(args.megabytes)
    run(docs)  # every pattern a rule compiles on first use is compiled now
    plain = run(docs)
    overhead = timer_overhead()
    wrapper = _Wrapper()
    for mod in english_modules():
        wrapper.module(mod)
    wrapped = run(docs)
    for name, n in _CALLS.items():
        _SPENT[name] = max(0.0, _SPENT[name] - n * overhead)
    calls, spent = sum(_CALLS.values()), sum(_SPENT.values())
    print(f"{mb:.2f} MB; extract() CPU {plain / mb:.3f} s/MB plain, {wrapped / mb:.3f} s/MB "
          f"with the wrappers; {calls / mb:,.0f} pattern calls a MB taking {spent / mb:.3f} s/MB "
          f"as timed, less {overhead * 1e6:.2f} µs a call for the timer")
    print(f"{'ms/MB':>8} {'calls/MB':>9} {'µs/call':>8}  pattern")
    for name, seconds in _SPENT.most_common(args.rows):
        n = _CALLS[name]
        print(f"{seconds * 1000 / mb:8.1f} {n / mb:9.0f} {seconds / n * 1e6:8.2f}  {name}")


if __name__ == "__main__":
    main(sys.argv)
