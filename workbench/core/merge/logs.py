"""Carrying a source project's audit and custody logs into the target.

A log row is the same event wherever it sits, so a row the target already holds (its
own, or carried over by an earlier merge, directly or through another project) is
recognised by its content and not written again.
"""

from __future__ import annotations

import hashlib
import json

from workbench.core.changes import Row
from workbench.core.derived import DocTexts, annotation_layout, unquoted
from workbench.core.repo import Repo, Transaction

_AUDIT = ("at", "coder", "op", "entity", "entity_id", "before", "after")
_CUSTODY = ("at", "coder", "action", "doc_id", "sha256", "filename", "importer",
            "importer_version", "detail")


def fingerprint(table: str, row: Row) -> str:
    """What makes a log row the same event: everything but its number and origin."""
    cols = _AUDIT if table == "audit" else _CUSTODY
    text = json.dumps([row.get(c) for c in cols], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class LogCarrier:
    """Knows the target's log rows and appends a source's rows it does not hold yet."""

    def __init__(self, target: Repo):
        self.seen = {t: {fingerprint(t, r) for r in _written_out(t, target)}
                     for t in ("audit", "custody")}

    def new_rows(self, table: str, source: Repo) -> list[Row]:
        """The source's rows of ``table`` the target does not hold, oldest first; an
        audit row's quote marks written out (they name the source's documents), so a
        row is recognised whether its quote was marked or not."""
        out = []
        for row in _written_out(table, source):
            key = fingerprint(table, row)
            if key not in self.seen[table]:
                self.seen[table].add(key)
                out.append(row)
        return out

    @staticmethod
    def write(tx: Transaction, audit: list[Row], custody: list[Row],
              origin: dict[str, str]) -> None:
        """Append the rows through the repository's one door for foreign log rows."""
        text = json.dumps(origin, ensure_ascii=False, sort_keys=True)
        tx.append_foreign_audit(audit, text)
        tx.append_foreign_custody(custody, text)


def _written_out(table: str, repo: Repo) -> list[Row]:
    rows = repo.log_rows(table)
    if table != "audit":
        return rows
    texts, cols = DocTexts(repo.conn), annotation_layout(repo.conn)
    return [unquoted(r, cols, texts) for r in rows]
