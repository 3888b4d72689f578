#!/usr/bin/env python3
"""Run the command-line workflows on an encrypted project and look for its words on disk.

A document holding a distinctive word is imported, in every format, into an encrypted
project; the commands that read or change a project run on it (some killed midway with
SIGKILL, one crashed with cores allowed); then every file the program could have
written is searched for the word: the sandbox's HOME, TMPDIR and XDG folders, the
project's folder, and files changed since the start in the system's temporary folders.
The word is looked for as UTF-8 and UTF-16, and inside zip and gzip members.

Outputs the user asked for (exports, reports) are plaintext by design: they are written
to their own folder and listed apart. Exit status 1 when the word is found anywhere else.

Usage:
  python tools/plaintext_scan.py            # about a minute
  python tools/plaintext_scan.py --keep     # leave the sandbox folder for a look
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

WORD = "Zanthor" + "plex"  # spelt in two halves: this file must not hold the word
KEY = "correct horse battery"
SENTENCE = (f"On 3 March 2024 the {WORD} checkpoint came under fire. Two people were killed "
            "and five wounded, the district health office said. "
            f'"We saw {WORD} burn," a witness said.')


def write_inputs(folder: Path) -> list[Path]:
    """The same report as text, Markdown, HTML, PDF, DOCX, e-mail and MHTML."""
    from fuzz_importers import make_docx, make_pdf

    s = SENTENCE
    files = {
        "a.txt": s + "\n",
        "b.md": f"# {WORD} report\n\n{s}\n",
        "c.html": (f"<html><head><title>{WORD}</title></head><body><article>"
                   f"<h1>{WORD} news</h1><p>{s}</p><p>{s}</p></article></body></html>"),
        "f.eml": (f"From: a@example.invalid\nSubject: {WORD}\n"
                  "Date: Tue, 5 Mar 2024 10:00:00 +0000\n"
                  f"Content-Type: text/plain; charset=utf-8\n\n{s}\n"),
        "g.mhtml": ("From: <Saved by Blink>\nSubject: page\nMIME-Version: 1.0\n"
                    'Content-Type: multipart/related; type="text/html"; boundary="XX"\n\n'
                    "--XX\nContent-Type: text/html\nContent-Location: https://example.invalid/\n\n"
                    f"<html><body><article><p>{s}</p></article></body></html>\n--XX--\n"),
        "second.txt": s + f" A later {WORD} version.\n",
    }
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "d.pdf").write_bytes(make_pdf([s, s], title=WORD))
    (folder / "e.docx").write_bytes(make_docx([s, s], title=WORD))
    return sorted(p for p in folder.iterdir() if p.name != "second.txt")


def holds(data: bytes, word: str) -> bool:
    low = data.lower()
    if any(p in low for p in (word.lower().encode(), word.lower().encode("utf-16-le"))):
        return True
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return any(holds(z.read(n), word) for n in z.namelist())
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
                NotImplementedError, RuntimeError):  # a damaged or another program's zip
            return False
    if data[:2] == b"\x1f\x8b":
        try:
            return holds(gzip.decompress(data), word)
        except (OSError, EOFError):
            return False
    return False


def files_with(roots: list[Path], word: str, *, since: float = 0.0,
               skip: tuple[Path, ...] = ()) -> list[Path]:
    found = []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            if any(Path(folder).is_relative_to(s) for s in skip):
                continue
            for name in names:
                path = Path(folder) / name
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    info = path.stat()
                    if (since and info.st_mtime < since) or info.st_size > 1 << 28:
                        continue
                    if holds(path.read_bytes(), word):
                        found.append(path)
                except OSError:
                    continue
    return found


class Sandbox:
    def __init__(self, root: Path):
        self.root = root
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                    "WORKBENCH_CODER": "alice"}
        for name in ("HOME", "TMPDIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                     "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
            folder = root / name.lower()
            folder.mkdir(mode=0o700)
            self.env[name] = str(folder)
        self.project_dir = root / "projects"
        self.out = root / "asked-for"
        self.project_dir.mkdir()
        self.out.mkdir()
        self.key = root / "key.txt"
        self.key.write_text(KEY)

    def args(self, *argv: str) -> list[str]:
        return [sys.executable, "-m", "workbench", "--passphrase-file", str(self.key), *argv]

    def run(self, *argv: str, env: dict[str, str] | None = None) -> None:
        done = subprocess.run(self.args(*argv), cwd=self.project_dir, env=env or self.env,
                              capture_output=True, text=True, timeout=600)
        said = (done.stderr.strip().splitlines() or [""])[-1] if done.returncode else ""
        print(f"  {' '.join(argv[:2])}: exit {done.returncode} {said}".rstrip())

    def killed(self, after: float, *argv: str) -> None:
        """Start a command and kill it (and its workers) with SIGKILL after ``after`` s."""
        proc = subprocess.Popen(self.args(*argv), cwd=self.project_dir, env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(after)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        print(f"  {' '.join(argv[:2])}: killed after {after} s ({proc.returncode})")

    def crash(self, project: Path) -> None:
        """A process with the project open and its text read, then aborted, cores allowed
        (``ulimit -c unlimited``) in the project's folder."""
        code = ("import os, sys\nfrom workbench.core.project import Project\n"
                "p = Project.open(sys.argv[1], passphrase=sys.argv[2])\n"
                "list(p.repo.iter_texts())\nos.abort()\n")

        def allow_cores() -> None:
            hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
            resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

        done = subprocess.run([sys.executable, "-c", code, str(project), KEY],
                              cwd=self.project_dir, env=self.env, capture_output=True,
                              preexec_fn=allow_cores, timeout=120)
        print(f"  crash with the project open: exit {done.returncode}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep", action="store_true", help="leave the sandbox folder")
    args = ap.parse_args()
    start = time.time() - 1
    root = Path(tempfile.mkdtemp(prefix="workbench-plaintext-scan-"))
    box = Sandbox(root)
    inputs = write_inputs(root / "inputs")
    many = root / "inputs" / "many"
    many.mkdir()
    for i in range(200):
        (many / f"r{i}.txt").write_text(f"Report {i}. {SENTENCE}\n", encoding="utf-8")
    p, q = "p.wbproj", "q.wbproj"
    out = box.out
    print(f"sandbox {root}")
    box.run("new", p, "--encrypt")
    box.run("import", p, *map(str, inputs), "--suggest")
    box.run("reimport", p, "1", str(root / "inputs" / "second.txt"))
    box.run("annotate", p, "1", "--kind", "casualty", "--quote", "Two people were killed",
            "--memo", f"{WORD} memo")
    box.run("suggest", p)
    box.run("search", p, WORD)
    box.run("verify", p)
    box.run("reindex", p)
    box.run("backup", p)
    box.run("export", p, "--format", "qdpx", "-o", str(out / "x.qdpx"))
    box.run("new", q, "--encrypt")
    box.run("import-qdpx", q, str(out / "x.qdpx"))
    box.run("annotate", q, "1", "--kind", "casualty", "--quote", "five wounded",
            "--occurrence", "1", env={**box.env, "WORKBENCH_CODER": "bob"})
    box.run("merge", p, q)
    box.run("agreement", p)
    box.run("report", p, "-o", str(out / "r.html"))
    box.run("report", p, "-o", str(out / "r.pdf"))
    box.killed(1.5, "import", p, "-r", str(many))
    box.killed(1.0, "verify", p)
    box.killed(1.0, "reindex", p)
    box.crash(box.project_dir / p)

    asked = files_with([out], WORD)
    sandbox = files_with([root], WORD, skip=(root / "inputs", out))
    places = sorted({Path(tempfile.gettempdir()).resolve(), Path("/tmp").resolve(),
                     Path("/dev/shm").resolve()} if os.name == "posix" else set())
    system = files_with([p for p in places if p.is_dir()], WORD, since=start, skip=(root,))
    print(f"asked-for outputs holding {WORD} (plaintext by design): "
          f"{', '.join(f.name for f in asked) or 'none'}")
    leaks = sandbox + system
    for f in leaks:
        print(f"FOUND {f}")
    print("no other file holds the word" if not leaks else f"{len(leaks)} file(s) hold it")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if leaks else 0


if __name__ == "__main__":
    raise SystemExit(main())
