"""Contact sheets of the window: each screen size, a figure of an English report and one
of an Arabic report selected (their incident shown), one sheet per theme.

    QT_QPA_PLATFORM=offscreen python tools/contact_sheet.py docs/screens

writes ``contact-light.png`` and ``contact-dark.png`` in the folder, from a fresh demo
project, with ``workbench.gui.screenshot.render`` (the ``workbench screenshot``
command). Look at them at full size: they are how the window's layout is reviewed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = ((1280, 720), (1366, 768), (1600, 1000), (1920, 1080))
CELL_WIDTH = 560  # each render, scaled; two a row
CAPTION = 22


def _picks(project: Path) -> list[tuple[str, str]]:
    """(caption, annotation id): the first accepted figure of the first English and of
    the first Arabic document."""
    from workbench.core.project import Project

    out = []
    with Project.open(project) as p:
        docs = p.repo.documents()
        for lang, label in (("en", "English report"), ("ar", "Arabic report")):
            doc = next(d for d in docs if d.get("language") == lang)
            ann = next(a for a in p.repo.annotations(doc_id=doc["id"])
                       if a["kind"] == "casualty" and a["status"] == "accepted")
            out.append((f"{label}, a figure selected", ann["id"]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    args = ap.parse_args(argv)
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from workbench.core.demo import build_demo
    from workbench.gui.screenshot import render

    args.folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="workbench-sheet-") as tmp:
        project = build_demo(Path(tmp) / "demo.wbproj")
        picks = _picks(project)
        for theme in ("light", "dark"):
            cells = []
            for w, h in SIZES:
                for caption, ann in picks:
                    shot = Path(tmp) / f"{theme}-{w}-{len(cells)}.png"
                    render(shot, project, (w, h), select=ann, theme=theme)
                    image = QImage(str(shot)).scaledToWidth(
                        CELL_WIDTH, Qt.TransformationMode.SmoothTransformation)
                    cells.append((f"{w}x{h} {theme} — {caption}", image))
            rows = (len(cells) + 1) // 2
            row_h = max(img.height() for _, img in cells) + CAPTION + 8
            sheet = QImage(2 * CELL_WIDTH + 16, rows * row_h, QImage.Format.Format_RGB32)
            sheet.fill(QColor("white"))
            painter = QPainter(sheet)
            font = QFont()
            font.setPixelSize(15)
            painter.setFont(font)
            for n, (caption, image) in enumerate(cells):
                x, y = (n % 2) * (CELL_WIDTH + 16), (n // 2) * row_h
                painter.setPen(QColor("black"))
                painter.drawText(QRect(x, y, CELL_WIDTH, CAPTION),
                                 int(Qt.AlignmentFlag.AlignCenter), caption)
                painter.drawImage(x, y + CAPTION, image)
            painter.end()
            out = args.folder / f"contact-{theme}.png"
            # Full colour: 256 dithered colours were half the bytes but speckled the
            # panes' pale backgrounds, which is what the sheets are looked at for.
            if not sheet.save(str(out)):
                raise OSError(f"Could not write {out}.")
            print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
