"""Items as stored: a source's keys read in batches, each with a *signature* of its
content as SQLite holds it, so rows nobody changed are told apart before decoding.

A merge used to read every source row whole (``all_rows``, a year's annotations held
at once), then ``get`` the target's row of the same key and fingerprint both
(``versions.digest``), for the nine in ten rows nobody touched. Here the source is read
a batch of keys at a time, and for each batch the target's rows of those keys; only a
row whose signature differs (or that the target lacks) is read whole and merged as
before.

A signature is the stored values of the columns ``versions.CONTENT`` compares, plus
whether the row is in the trash (and an incident's included sources, by their originals'
hashes, which the merge joins: ``items._sources``). Two rows with the same signature have the same
digest: equal stored text decodes to equal values, and a quote stored *derived*
(``quotes``: read back from its document's text) is known by its document text's
hash and its span, which give the quote. The converse need not hold (a row stored in
full on one side and derived on the other, JSON written with spaces by an older
version): such a row is merely merged the slow way, with the same outcome.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from workbench.core import quotes
from workbench.core.merge.versions import CONTENT
from workbench.core.repo import TABLES, Repo, in_chunks

# Source keys per batch: large enough that the target's rows come in a few queries,
# small enough that memory does not grow with the project.
BATCH = 2000

# In the trash or not, as ``versions.content`` reads it (``bool(deleted_at)``).
_TRASHED = "(a.deleted_at IS NOT NULL AND a.deleted_at <> '')"

Signature = tuple[Any, ...]


class Rows:
    """One entity's rows in one project, read as (key, signature)."""

    def __init__(self, repo: Repo, entity: str) -> None:
        self.repo, self.entity = repo, entity
        self.table, self.pk = TABLES[entity]
        tables = repo.schema_tables()
        self.exists = self.table in tables
        self.sql = _signature_sql(repo, entity, tables.get(self.table, ()))

    def count(self) -> int:
        """How many rows the project holds (0 if it has no such table)."""
        if not self.exists:
            return 0
        return self.repo.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]

    def batches(self) -> Iterator[list[tuple[Any, Signature]]]:
        """Every row as (key, signature), in batches of :data:`BATCH`, by key; memberships
        in the trash first (see ``items.merge_items``)."""
        if not self.exists:
            return
        order = f"a.{self.pk}"
        if self.entity == "incident_member":
            order = f"NOT {_TRASHED}, {order}"
        cur = self.repo.conn.execute(f"SELECT a.{self.pk}, {self.sql} "
                                     f"FROM {self.table} a ORDER BY {order}")
        while rows := cur.fetchmany(BATCH):
            yield [(r[0], tuple(r[1:])) for r in rows]

    def signatures(self, keys: Sequence[Any]) -> dict[Any, Signature]:
        """The signatures of the rows of these keys the project holds, by key."""
        out: dict[Any, Signature] = {}
        if not self.exists:
            return out
        for chunk, marks in in_chunks(keys):
            for r in self.repo.conn.execute(
                    f"SELECT a.{self.pk}, {self.sql} FROM {self.table} a "
                    f"WHERE a.{self.pk} IN ({marks})", chunk):
                out[r[0]] = tuple(r[1:])
        return out


def same(mine: Signature | None, theirs: Signature) -> bool:
    """Whether two signatures promise the same digest (False for a missing row)."""
    if mine is None or mine != theirs:
        return False
    # Python finds 1 == 1.0 and 0.0 == -0.0, which a digest writes apart: the values'
    # types must match, and a float its exact spelling.
    kinds = tuple(map(type, mine))
    if kinds != tuple(map(type, theirs)):
        return False
    return float not in kinds or all(repr(a) == repr(b) for a, b in zip(mine, theirs, strict=True)
                                     if a.__class__ is float)


def _signature_sql(repo: Repo, entity: str, columns: Sequence[str]) -> str:
    """The SQL of a row's signature columns in ``repo`` (a column the file lacks: NULL,
    as a row read from it would lack the value)."""
    have = set(columns)
    cols = [f'a."{c}"' if c in have else "NULL" for c in CONTENT[entity]]
    if entity == "incident" and "included_docs" in have:
        # Its included sources are merged as a union (``items._sources``): told by
        # their originals' hashes, in order, since the numbers differ between projects.
        cols.append("(SELECT group_concat(sha, ' ') FROM (SELECT d.original_sha256 AS sha "
                    "FROM json_each(a.included_docs) j JOIN documents d ON d.id = j.value "
                    "ORDER BY 1))")
    if entity == "annotation":
        # A derived quote (stored as x'') is its document text's hash and its span.
        derived = "NULL"
        if repo.derives_quotes():
            # A text that cannot be found is unlike any other (randomblob): such a row
            # is read whole, and its damage said, as before.
            derived = (f"CASE WHEN {quotes.derived_sql('a')} THEN coalesce("
                       f"(SELECT text_sha256 FROM documents INDEXED BY {quotes.HASH_INDEX} "
                       "WHERE id = a.doc_id) || ':' || a.start || ':' || a.\"end\", "
                       "randomblob(16)) END")
        cols.append(derived)
    cols.append(_TRASHED)
    return ", ".join(cols)
