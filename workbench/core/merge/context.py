"""What every step of one merge shares: the target, its open transaction, the report."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.changes import Row
from workbench.core.codebook import KindSpec
from workbench.core.merge.progress import Watch
from workbench.core.merge.report import MergeReport
from workbench.core.merge.versions import History
from workbench.core.project import Project
from workbench.core.repo import Transaction


@dataclass
class Context:
    """One merge into ``target``: written through ``tx``, told in ``report``."""

    target: Project
    tx: Transaction
    report: MergeReport
    history: History  # the target's, growing as sources are merged in
    watch: Watch  # told of each item merged; stops the merge when asked to
    doc_map: dict[int, int] = field(default_factory=dict)  # source doc id -> target doc id
    specs: dict[str, KindSpec] = field(default_factory=dict)  # the target's kinds, by name
    # Target documents in the trash that a live source document was matched to, or that
    # were copied from the source's trash, with the annotations this source added or
    # changed on each (said in the report's notes).
    trashed_docs: dict[int, int] = field(default_factory=dict)
    # Spellings of an actor record's losing version where its merged-away version won a
    # conflict: the record it was merged into takes them (``merge.actors``).
    actor_spellings: dict[str, list[str]] = field(default_factory=dict)
    # A source's choices that read as one of the target's, (kind, field, theirs, ours):
    # how many annotations and actor records holding it were merged (``merge.fields``).
    alike_choices: dict[tuple[str, str, str, str], list[int]] = field(default_factory=dict)
    # Annotations the source adds, not yet written: written together, a few statements
    # for many rows (``items.write_added``), so that their search rows share FTS5 segments.
    added: list[Row] = field(default_factory=list)
    # A file several sources hold -> the source and document a copy of it is made from
    # (``documents.first_copies``), so the copy does not follow the sources' order.
    first_copies: dict[str, tuple[Project, int]] = field(default_factory=dict)
    # The source's incident proposals left out: every figure each groups is in an
    # incident here already (``items.placed_proposals``).
    left_out: set[str] = field(default_factory=set)
