"""docs/design.md's migrations table names every migration the schema applies."""

import re
from pathlib import Path

from workbench.core.schema import MIGRATIONS

DESIGN = Path(__file__).resolve().parents[1] / "docs" / "design.md"


def test_every_migration_has_its_row() -> None:
    rows: dict[int, str] = {}
    for line in DESIGN.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| (\d+)(?:–(\d+))? \| ([a-z_, ]+) \|", line)
        if m:
            first, last = int(m.group(1)), int(m.group(2) or m.group(1))
            names = [n.strip() for n in m.group(3).split(",")]
            for version in range(first, last + 1):
                rows[version] = names[version - first] if len(names) > 1 else names[0]
    assert rows == {m.version: m.name for m in MIGRATIONS}
