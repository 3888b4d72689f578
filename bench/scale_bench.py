"""A year of a team's work: big projects built through the real write path, measured
beside raw SQLite baselines run in the same session.

For each size, a project of N annotations over 200 documents is built with the bulk
annotation path (the same rows, audit and index as single writes; tests/core/test_bulk.py)
and kept in --workdir so later runs reuse it. A bigger project starts as a copy of the
largest smaller one already built there, so 100k, 300k and 1M write 1M annotations in all.
The whole run's time, building included, is printed at the end. Each measure then
runs in a subprocess of its own, so its peak memory (ru_maxrss) and CPU time (printed
beside the wall clock for export and verify) are its alone:

  window   construct the main window on the project and process events until it is painted
           (raw: a QMainWindow listing the document titles read with one SELECT)
  search   p50/p95 of 20 queries, page of 200 (raw: the FTS5 MATCH ... ORDER BY bm25 LIMIT,
           each hit's annotation read by its rowid)
  export   `export --format csv` to a file (raw: SELECT -> csv.writer)
  verify   the project's verify (raw: PRAGMA integrity_check)
  size     bytes per annotation, per table (dbstat)
  import   CLI import of 2,000 small .txt files into an empty project, modules loaded
           first (raw: sqlite-utils insert_all + an FTS5 index, one transaction); then
           the same as whole commands, from the interpreter's start to its exit
           (`python -m workbench import` beside a script doing the raw baseline)

    python bench/scale_bench.py [--sizes 100000,300000,1000000] [--workdir DIR] [--rounds N]

With --rounds N (default 1) each measure (the import too) runs N times beside its raw
baseline, the two alternating and taking turns going first (a measure run first reads
the pages the OS dropped since the last run; the other finds them cached): every run is
printed, then the median of the N ratios. More rounds measure more fairly on a busy
machine; they make nothing faster.
"""

from __future__ import annotations

import argparse
import csv
import inspect
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DOCS = 200
BATCH = 5000
QUERIES = ("killed", "civilians", "shelling market", "official", "curfew", "journalists",
           "crescent brigade", "hospital", "talks", "displaced families", "qarsel", "pickup",
           "investigation", "checkpoint", "artillery", "governor", "witnesses", "death toll",
           "mediators", "wounded critical")
SENTENCES = (
    "Artillery fire struck the eastern market of Qarsel shortly before noon on Sunday.",
    "A provincial official said at least 12 civilians were killed and dozens wounded.",
    "The Crescent Brigade claimed responsibility in a statement posted on messaging channels.",
    "The army denied any involvement and said its units had not fired in the area.",
    "Hospital staff said 47 wounded people had been admitted, eight in critical condition.",
    "Witnesses described a white pickup truck parked among the stalls before the blast.",
    "Local officials said the death toll rose to 30 by the evening.",
    "Aid groups reported that about 200 families had been displaced from nearby villages.",
    "The governor announced a curfew and closed the roads into the town until Tuesday.",
    "Two journalists were detained at a checkpoint north of the river, their outlet said.",
    "The ministry spokesman told reporters that an investigation had been opened.",
    "Talks between the two sides were postponed last week, according to mediators.",
)
PLACES = ("Qarsel", "Port Halden", "Veltra", "Mireth", "Kalun", "Sorrow Ridge")
GROUPS = ("civilians", "soldiers", "police", "aid workers", "journalists")


def news_text(target: int, rng: random.Random) -> str:
    paras, size = [], 0
    while size < target:
        para = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 7)))
        paras.append(para)
        size += len(para) + 2
    return "\n\n".join(paras)


def fields_for(kind: str, rng: random.Random) -> dict:
    """Field values such as coders write them, valid for the built-in codebook."""
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "casualty":
        low = rng.randint(0, 30)
        return {"outcome": rng.choice(("killed", "wounded", "displaced")), "count_low": low,
                "count_best": low + rng.randint(0, 5), "qualifier": "at_least",
                "group": rng.choice(GROUPS), "incident_date": day,
                "location": rng.choice(PLACES)}
    if kind == "statement":
        return {"speaker": "a provincial official", "date": day, "date_precision": "day"}
    if kind == "claim":
        return {"claimant": "Crescent Brigade", "claim_type": "responsibility",
                "status": "unverified", "credibility": rng.randint(1, 6)}
    if kind == "event":
        return {"event_type": "battle", "start_date": day, "location": rng.choice(PLACES)}
    if kind == "location":
        return {"name": rng.choice(PLACES), "country": "Veltra"}
    return {"value": day, "precision": "day"}  # date


# ------------------------------------------------------------------ building
def count_annotations(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    finally:
        conn.close()


def smaller_project(path: Path, size: int) -> tuple[Path, int] | None:
    """The largest project already built in the same folder with fewer annotations."""
    built = []
    for other in path.parent.glob("scale-*.wbproj"):
        stem = other.stem.removeprefix("scale-")
        if stem.isdigit() and 0 < int(stem) < size:
            built.append((int(stem), other))
    if not built:
        return None
    n, other = max(built)
    return other, n


def build(path: Path, size: int) -> None:
    """N annotations over 200 documents, through import and the bulk annotation path.

    When a smaller project was built before in the same folder, it is copied and only
    the missing annotations are added (300k from 100k, 1M from 300k: 1M annotations
    written in all instead of 1.4M); the rows are written the same way either way.
    """
    from workbench.core.ops.bulk import NewAnnotation, create_annotations
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    rng = random.Random(size)
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)
    t0 = time.perf_counter()
    base = smaller_project(path, size)
    if base is not None:
        shutil.copyfile(base[0], part)  # checkpointed and closed when it was built
        done = count_annotations(part)
        assert done == base[1], f"{base[0].name} holds {done:,} annotations"
        project = Project.open(part)
        texts = {r[0]: r[1] for r in project.conn.execute(
            "SELECT id, text FROM documents WHERE deleted_at IS NULL ORDER BY id")}
        print(f"  building {path.name} from {base[0].name}", file=sys.stderr)
    else:
        done = 0
        project = Project.create(part, coder="bench")
        texts = {}
        for i in range(DOCS):
            text = f"Report {i}: clashes near {rng.choice(PLACES)}\n\n" + news_text(30_000, rng)
            res = import_bytes(project, text.encode(), f"report-{i}.txt", sandbox=False)
            texts[res.doc_id] = text
    ids = list(texts)
    kinds = ("casualty", "statement", "claim", "event", "location", "date")
    while done < size:
        items = []
        for _ in range(min(BATCH, size - done)):
            doc = rng.choice(ids)
            start = rng.randrange(0, len(texts[doc]) - 200)
            kind = rng.choice(kinds)
            items.append(NewAnnotation(doc, kind, start, start + rng.randint(8, 120),
                                       fields_for(kind, rng),
                                       memo="check against the wire copy" if done % 7 == 0
                                       else ""))
            done += 1
        create_annotations(project, items)
        project.undo_stack.clear()  # a bench build needs no undo history
        print(f"\r  building {path.name}: {done:,} annotations", end="", file=sys.stderr)
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()
    stored = count_annotations(part)
    assert stored == size, f"{path.name}: built {stored:,} annotations, not {size:,}"
    part.replace(path)
    print(f"\r  built {path.name}: {size:,} annotations in {time.perf_counter() - t0:.0f} s",
          file=sys.stderr)


# ------------------------------------------------------------------ measures (children)
def m_window(path: Path, raw: bool) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

    app = QApplication.instance() or QApplication([])
    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    watch = Watch()
    t0 = time.perf_counter()
    if raw:
        conn = sqlite3.connect(path)
        win = QMainWindow()
        listing = QListWidget()
        listing.addItems([r[0] for r in conn.execute("SELECT title FROM documents")])
        win.setCentralWidget(listing)
    else:
        from workbench.gui.app import create_main_window
        from workbench.gui.settings import Settings

        ini = Path(tempfile.mkdtemp()) / "settings.ini"
        win = create_main_window(path, Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    app.installEventFilter(watch)
    win.resize(1400, 900)
    win.show()
    while not painted and time.perf_counter() - t0 < 600:
        app.processEvents()
    return {"s": time.perf_counter() - t0}


def m_search(path: Path, raw: bool) -> dict:
    from workbench.core.project import Project
    from workbench.core.search import fts_query, search

    project = Project.open(path, read_only=True)
    # The raw equivalent: FTS5's ranking, then each hit's annotation by its rowid (the
    # index keeps no columns of its own since schema 16; a document's rowid is below 0).
    sql = ("SELECT r.rowid, a.id, a.doc_id, r.score FROM (SELECT rowid, bm25(search) "
           "AS score FROM search WHERE search MATCH ? ORDER BY score LIMIT 200) r "
           "LEFT JOIN annotations a ON a.rowid = r.rowid")

    def one(q: str) -> int:
        if raw:
            return len(project.conn.execute(sql, (fts_query(q),)).fetchall())
        return len(search(project, q, limit=200))

    for q in QUERIES:  # warm the page cache for both sides alike
        one(q)
    times = []
    for q in QUERIES:
        t = time.perf_counter()
        one(q)
        times.append(time.perf_counter() - t)
    times.sort()
    return {"p50": statistics.median(times), "p95": times[int(0.95 * (len(times) - 1))]}


def m_export(path: Path, raw: bool) -> dict:
    out = Path(tempfile.mkdtemp()) / "out.csv"
    t0 = time.perf_counter()
    if raw:
        conn = sqlite3.connect(path)
        # The plain way: document columns in a dict, annotations streamed from a cursor.
        docs = {r[0]: r[1:] for r in conn.execute(
            "SELECT id, title, publisher, published, reliability, credibility FROM documents "
            "WHERE deleted_at IS NULL")}
        with out.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            cur = conn.execute(
                "SELECT id, doc_id, kind, status, start, \"end\", exact, coder, memo, "
                "created_at, modified_at, fields FROM annotations WHERE deleted_at IS NULL "
                "ORDER BY doc_id, start, \"end\", created_at")
            w.writerows((r[0], r[1], *docs.get(r[1], ()), *r[2:]) for r in cur)
    else:
        from workbench.cli import main

        main(["export", str(path), "--format", "csv", "-o", str(out)])
    s = time.perf_counter() - t0
    mb = out.stat().st_size / 1e6
    shutil.rmtree(out.parent)  # a 1M export is ~0.5 GB: runs would fill the disk
    return {"s": s, "mb": mb}


def m_verify(path: Path, raw: bool) -> dict:
    t0 = time.perf_counter()
    if raw:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA integrity_check").fetchall()
    else:
        from workbench.core.project import Project
        from workbench.core.verify import verify

        with Project.open(path, read_only=True) as project:
            verify(project)
    return {"s": time.perf_counter() - t0}


def raw_import(files: list[Path], target: str) -> None:
    """The raw baseline of the import: the files' rows put in with sqlite-utils'
    ``insert_all`` and an FTS5 index made over them, in one transaction."""
    import hashlib

    import sqlite_utils

    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    db = sqlite_utils.Database(conn)

    def rows():
        for i, f in enumerate(files):
            data = f.read_bytes()
            text = data.decode("utf-8")
            yield {"id": i + 1, "title": f.stem, "text": text, "original": data,
                   "sha256": hashlib.sha256(data).hexdigest()}

    with db.conn:
        db["documents"].insert_all(rows(), pk="id", batch_size=100)
        db["documents"].enable_fts(["title", "text"])


def m_import(folder: Path, raw: bool) -> dict:
    # Both sides load their modules before the clock starts: the measure is the rate of
    # importing files, not Python loading code (0.3-0.4 s for the CLI's import command
    # where bytecode is not cached; the worker processes' start stays in the measure).
    import hashlib  # noqa: F401

    import sqlite_utils  # noqa: F401

    # What `import` loads lazily: the batch path and the sandbox.
    import workbench.core.importers.sandbox
    import workbench.core.ops.batch_import  # noqa: F401

    files = sorted(folder.glob("*.txt"))
    target = Path(tempfile.mkdtemp()) / "import.wbproj"
    t0 = time.perf_counter()
    if raw:
        raw_import(files, str(target))
    else:
        from workbench.cli import main
        from workbench.core.project import Project

        Project.create(target, coder="bench").close()
        t0 = time.perf_counter()
        main(["import", str(target), str(folder), "--recursive", "--json"])
    elapsed = time.perf_counter() - t0
    return {"s": elapsed, "files_per_s": len(files) / elapsed}


def m_command(folder: Path, raw: bool) -> dict:
    """The import as a user runs it: a whole command, from starting the interpreter to its
    exit, beside a whole script doing the raw baseline (:func:`raw_import`)."""
    target = Path(tempfile.mkdtemp()) / "import.wbproj"
    if raw:
        script = ("import sqlite3, sys\nfrom pathlib import Path\n" + inspect.getsource(raw_import)
                  + "raw_import(sorted(Path(sys.argv[1]).glob('*.txt')), sys.argv[2])\n")
        cmd = [sys.executable, "-c", script, str(folder), str(target)]
    else:
        from workbench.core.project import Project

        Project.create(target, coder="bench").close()
        cmd = [sys.executable, "-m", "workbench", "import", str(target), str(folder),
               "--recursive", "--json"]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - t0
    files = len(list(folder.glob("*.txt")))
    return {"s": elapsed, "files_per_s": files / elapsed}


MEASURES = {"window": m_window, "search": m_search, "export": m_export, "verify": m_verify,
            "import": m_import, "command": m_command}


# ------------------------------------------------------------------ parent
def run_child(measure: str, target: Path, raw: bool) -> dict:
    """One measure in a fresh interpreter; its figures plus its peak resident memory."""
    cmd = [sys.executable, __file__, "--child", measure, str(target)] + (["--raw"] if raw else [])
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out = proc.stdout.read()  # type: ignore[union-attr]
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        return {"error": f"exit {proc.returncode}"}
    result = json.loads(out.decode().strip().splitlines()[-1])
    result["rss_mb"] = usage.ru_maxrss / 1024  # Linux reports kilobytes
    # CPU seconds of the child (user + system): on a machine shared with other jobs the
    # wall clock also counts the time the child waited for a core.
    result["cpu_s"] = usage.ru_utime + usage.ru_stime
    return result


def ratio(measure: str, wb: dict, raw: dict) -> float:
    """The project's figure over the raw baseline's: p95 for search, seconds otherwise."""
    key = "p95" if measure == "search" else "s"
    return wb[key] / raw[key]


def measured_pairs(measure: str, path: Path, rounds: int) -> list[tuple[dict, dict]]:
    """``rounds`` runs of a measure and its raw baseline, alternating: the raw one goes
    first in every second round, so neither always meets the pages the other left
    cached. Each run is printed when there is more than one; a failed run ends the
    rounds and is the last pair."""
    pairs: list[tuple[dict, dict]] = []
    for n in range(max(rounds, 1)):
        if n % 2:
            raw = run_child(measure, path, True)
            wb = run_child(measure, path, False)
        else:
            wb = run_child(measure, path, False)
            raw = run_child(measure, path, True)
        pairs.append((wb, raw))
        if "error" in wb or "error" in raw:
            break
        if rounds > 1:
            first = "raw first" if n % 2 else "project first"
            key = "p95" if measure == "search" else "s"
            print(f"    round {n + 1} ({first}, load {os.getloadavg()[0]:.1f}): "
                  f"{fmt(wb[key], 'ms' if measure == 'search' else 's')} vs raw "
                  f"{fmt(raw[key], 'ms' if measure == 'search' else 's')} "
                  f"({ratio(measure, wb, raw):.2f}x; CPU {wb['cpu_s']:.2f} vs "
                  f"{raw['cpu_s']:.2f} s)", flush=True)
    return pairs


def median_pair(measure: str, pairs: list[tuple[dict, dict]]) -> tuple[dict, dict]:
    """The round whose ratio is the median (the lower middle one for an even count),
    so the line printed is one real run's figures."""
    ranked = sorted(pairs, key=lambda p: ratio(measure, *p))
    return ranked[(len(ranked) - 1) // 2]


def sizes_by_table(path: Path) -> tuple[int, dict[str, int]]:
    """Annotations, and bytes per table (its indexes and FTS shadow tables folded in)."""
    conn = sqlite3.connect(path)
    n = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    owner = {r[0]: r[1] for r in conn.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")}
    per: dict[str, int] = {}
    for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        table = owner.get(name, name)
        table = "search" if table.startswith("search_") and table not in (
            "search_keys", "search_documents") else table
        per[table] = per.get(table, 0) + size
    return n, per


def make_files(folder: Path, n: int) -> None:
    rng = random.Random(5)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = f"Report {i}\n\n" + " ".join(rng.choice(SENTENCES) for _ in range(4)) + "\n"
        (folder / f"report-{i:05d}.txt").write_text(body, encoding="utf-8")


def fmt(v: float, unit: str) -> str:
    return f"{v * 1000:.0f} ms" if unit == "ms" else f"{v:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000",
                        help="annotation counts to build and measure, comma-separated")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "wb-scale"),
                        help="folder where the projects are built and kept for later runs")
    parser.add_argument("--only", default="window,search,export,verify,size,import",
                        help="measures to run, comma-separated (default: all six)")
    parser.add_argument("--files", type=int, default=2000,
                        help="small .txt files in the import measure (default 2,000)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="runs of each measure beside its raw baseline, "
                             "alternating (default 1); the median ratio is printed")
    parser.add_argument("--child", nargs=2, metavar=("MEASURE", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, metavar=("SIZE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(Path(args.build[1]), int(args.build[0]))
        return
    if args.child:
        print(json.dumps(MEASURES[args.child[0]](Path(args.child[1]), args.raw)))
        return
    run_started = time.perf_counter()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    only = args.only.split(",")
    table: dict[str, dict[int, str]] = {}
    growth: dict[str, list[float]] = {}

    def row(label: str, size: int, text: str, value: float | None = None) -> None:
        table.setdefault(label, {})[size] = text
        if value is not None:
            growth.setdefault(label, []).append(value)
        print(f"  {label:<34} {text}", flush=True)

    sizes = [int(s) for s in args.sizes.split(",")]
    on_projects = any(m in only for m in ("window", "search", "export", "verify", "size"))
    # Smallest first: each project is then built from the one before it. In a child
    # process, so that this one stays small: a measure's child starts as a copy of this
    # process, and Linux counts the copy's resident memory in the child's peak.
    for size in sorted(sizes) if on_projects else []:
        if not (work / f"scale-{size}.wbproj").exists():
            subprocess.run([sys.executable, __file__, "--build", str(size),
                            str(work / f"scale-{size}.wbproj")], check=True)
    for size in sizes if on_projects else []:
        path = work / f"scale-{size}.wbproj"
        print(f"{size:,} annotations over {DOCS} documents ({path.stat().st_size / 1e6:.0f} MB)")
        for m in ("window", "search", "export", "verify"):
            if m not in only:
                continue
            pairs = measured_pairs(m, path, args.rounds)
            wb, raw = pairs[-1]
            if "error" in wb or "error" in raw:
                row(m, size, f"failed: {wb.get('error')} / {raw.get('error')}")
                continue
            wb, raw = median_pair(m, pairs)
            if args.rounds > 1:
                ratios = [ratio(m, *p) for p in pairs]
                print(f"  {m}: median ratio of {args.rounds} rounds "
                      f"{statistics.median(ratios):.2f}x (from {min(ratios):.2f}x to "
                      f"{max(ratios):.2f}x); the round at the median:", flush=True)
            if m == "search":
                row("search p50 / p95", size,
                    f"{fmt(wb['p50'], 'ms')} / {fmt(wb['p95'], 'ms')}  vs raw "
                    f"{fmt(raw['p50'], 'ms')} / {fmt(raw['p95'], 'ms')}  "
                    f"(p95 {wb['p95'] / raw['p95']:.2f}x)  {wb['rss_mb']:.0f} MB",
                    wb["p95"])
            else:
                row(m, size, f"{fmt(wb['s'], 's')} {wb['rss_mb']:.0f} MB  vs raw "
                    f"{fmt(raw['s'], 's')} {raw['rss_mb']:.0f} MB  "
                    f"({wb['s'] / raw['s']:.2f}x; CPU {wb['cpu_s']:.2f} vs "
                    f"{raw['cpu_s']:.2f} s, {wb['cpu_s'] / raw['cpu_s']:.2f}x)", wb["s"])
        if "size" in only:
            n, per = sizes_by_table(path)
            total = sum(per.values())
            parts = ", ".join(f"{t} {b / n:.0f}" for t, b in
                              sorted(per.items(), key=lambda kv: -kv[1]) if b / n >= 1)
            row("bytes per annotation", size, f"{total / n:.0f} ({parts})", total / n)
    if "import" in only:
        folder = work / f"files-{args.files}"
        if not folder.exists():
            make_files(folder, args.files)
        # Alternating like the project measures: the raw rate alone moves by a tenth or
        # more between runs on a shared machine, so one pair says little.
        for measure, label in (("import", "modules loaded first"),
                               ("command", "whole commands, interpreter start included")):
            pairs = measured_pairs(measure, folder, args.rounds)
            wb, raw = pairs[-1]
            if "error" in wb or "error" in raw:
                print(f"  {measure} failed: {wb.get('error')} / {raw.get('error')}")
                continue
            wb, raw = median_pair(measure, pairs)
            if args.rounds > 1:
                shares = sorted(1 / ratio(measure, *p) for p in pairs)
                print(f"  {measure}: median share of the raw rate in {args.rounds} rounds "
                      f"{statistics.median(shares):.3f} (from {shares[0]:.3f} to "
                      f"{shares[-1]:.3f}); the round at the median:", flush=True)
            print(f"import of {args.files:,} small .txt files (CLI, {label})  "
                  f"{wb['files_per_s']:.0f} files/s  vs raw insert_all + FTS5 "
                  f"{raw['files_per_s']:.0f} files/s  "
                  f"({wb['files_per_s'] / raw['files_per_s']:.2f} of raw)", flush=True)
    if len(sizes) > 1 and on_projects:
        print(f"growth from {sizes[0]:,} to {sizes[-1]:,} annotations "
              f"({sizes[-1] / sizes[0]:.0f}x the data):")
        for label, values in growth.items():
            if len(values) == len(sizes) and values[0]:
                print(f"  {label:<34} {values[-1] / values[0]:.1f}x")
    print(f"whole run (building included): {_duration(time.perf_counter() - run_started)}")


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


if __name__ == "__main__":
    main()
