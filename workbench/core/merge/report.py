"""What a merge did: counts per kind of item, the conflicts, the logs carried over."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from workbench.core.wording import counted

# The order the report lists them in: the order they are merged.
ENTITIES = ("document", "codebook", "incident_type", "actor", "annotation", "link",
            "incident", "incident_member")
PLURAL = {"document": "documents", "codebook": "kinds", "incident_type": "incident types",
          "actor": "actors", "annotation": "annotations", "link": "links",
          "incident": "incidents", "incident_member": "incident members"}


@dataclass
class Tally:
    """How many items of one kind were added, updated, left alone, or in conflict."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass
class Conflict:
    """One item changed on both sides since their common version (or trashed on one
    side and edited on the other). ``kept`` says whose version the item now holds;
    ``copy_id`` is the conflict copy holding the other version, when one was made."""

    entity: str
    id: str
    source: str
    what: str
    kept: str
    other: str
    copy_id: str | None = None
    doc_id: int | None = None
    # What the item is to a reader (an actor's name, an incident's title, an
    # annotation's words): an id alone had to be looked up before deciding anything.
    label: str = ""

    def item(self) -> str:
        """The item, by its id and what it is."""
        return f'{self.entity} {self.id}' + (f' "{self.label}"' if self.label else "")

    def sentence(self) -> str:
        """The conflict for people, one line."""
        copy = (f"; {self.other}'s version is the conflict copy {self.copy_id}"
                if self.copy_id else f"; {self.other}'s version is in the audit log")
        return f"{self.item()} ({self.source}): {self.what}; kept {self.kept}'s{copy}"


@dataclass
class MergeReport:
    """The whole merge of one or more source projects into a target."""

    target: str
    sources: list[str]
    dry_run: bool = False
    counts: dict[str, Tally] = field(default_factory=lambda: {e: Tally() for e in ENTITIES})
    conflicts: list[Conflict] = field(default_factory=list)
    audit_rows: int = 0
    custody_rows: int = 0
    notes: list[str] = field(default_factory=list)

    def count(self, entity: str, what: str) -> None:
        """Add one to ``what`` (added, updated, unchanged, conflicts) of ``entity``."""
        tally = self.counts[entity]
        setattr(tally, what, getattr(tally, what) + 1)

    def conflict(self, c: Conflict) -> None:
        """List a conflict (once, even if several sources meet it)."""
        self.count(c.entity, "conflicts")
        self.conflicts.append(c)

    def to_json(self) -> dict[str, Any]:
        """The report as ``workbench merge --json`` prints it."""
        return asdict(self)

    def render(self) -> str:
        """The report for people: a table of counts, the logs, every conflict."""
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """:meth:`render`'s lines, each one line of the report whatever a name in it
        holds (the command line escapes each)."""
        done = "Would merge" if self.dry_run else "Merged"
        lines = [f"{done} {', '.join(self.sources)} into {self.target}"
                 + (" (dry run: nothing was written)." if self.dry_run else ".")]
        rows = [("", "added", "updated", "unchanged", "conflicts")]
        rows += [(PLURAL[e], str(t.added), str(t.updated), str(t.unchanged), str(t.conflicts))
                 for e, t in self.counts.items()]
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        for r in rows:
            lines.append("  ".join([r[0].ljust(widths[0])]
                                   + [c.rjust(w) for c, w in zip(r[1:], widths[1:],
                                                                   strict=True)]).rstrip())
        lines.append(f"Carried over {counted(self.audit_rows, 'audit row')} and "
                     f"{counted(self.custody_rows, 'custody row')}.")
        lines += self.notes
        lines.append(f"Conflicts: {len(self.conflicts)}")
        lines += ["  " + c.sentence() for c in self.conflicts]
        return lines
