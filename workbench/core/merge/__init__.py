"""Merging projects: several coders' projects of the same sources into one.

``merge_projects(target, [source, ...])`` brings every source's documents (matched by
the SHA-256 of their original bytes), kinds, incident types, actors, annotations, links,
incidents and incident members into the target, and carries over the sources' audit and
custody logs. All of it is one transaction: a failure part-way leaves the target as it
was. Merging the same source again changes nothing; the order of the sources changes
only the report. See docs/team.md, "Merging projects".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from workbench.core import dbapi
from workbench.core.changes import ChangeSet
from workbench.core.errors import ProjectError
from workbench.core.merge.actors import settle_merged_actors
from workbench.core.merge.context import Context
from workbench.core.merge.documents import (
    first_copies,
    merge_codebook,
    merge_documents,
    merge_incident_types,
    note_trashed_documents,
)
from workbench.core.merge.entries import one_per_row
from workbench.core.merge.fields import note_alike_choices
from workbench.core.merge.items import merge_items
from workbench.core.merge.logs import LogCarrier
from workbench.core.merge.memberships import free_figures_of_trashed_incidents
from workbench.core.merge.progress import LOG_STAGES, MergeCancelled, Step, Watch
from workbench.core.merge.report import Conflict, MergeReport, Tally
from workbench.core.merge.sources import (
    changed_meanwhile,
    changed_sentence,
    check_sound,
    open_source,
    same_file,
)
from workbench.core.merge.undone import undone_merges
from workbench.core.merge.versions import History
from workbench.core.project import Project

__all__ = ["Conflict", "MergeCancelled", "MergeReport", "Step", "Tally", "merge_projects"]


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls everything back."""


def merge_projects(target: Project, sources: Sequence[str | Path], *,
                   dry_run: bool = False,
                   opener: Callable[[Path], Project] | None = None,
                   progress: Callable[[Step], object] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ChangeSet:
    """Merge ``sources`` (project files) into ``target``; ``cs.result`` is the MergeReport.

    With ``dry_run`` the merge is worked out in full and rolled back: the report says
    what would happen and the target is not changed. ``opener`` opens one source (the
    command line and the window pass one that asks an encrypted source's passphrase,
    then calls :func:`sources.open_source`); without it a source is opened by
    ``open_source`` as it is, so an encrypted one is refused in a sentence. Sources are
    read, never changed (an older one is read from an upgraded copy).

    ``progress`` hears of every item merged (a :class:`Step`); ``cancelled`` is asked
    between items and, once it says yes, the merge raises :class:`MergeCancelled` and
    rolls back its one transaction: the target is exactly as it was. Both are called
    in the thread the merge runs in.
    """
    paths = [Path(s) for s in sources]
    if not paths:
        raise ProjectError("Name at least one project to merge in.")
    for path in paths:
        if same_file(path, target.path):
            raise ProjectError(f"{path.name} is the project being merged into; "
                               "a project cannot be merged into itself.")
    report = MergeReport(target.path.name, [p.name for p in paths], dry_run=dry_run)
    watch = Watch(progress, cancelled, target.path.name)
    opener = opener or (lambda p: open_source(p, coder=target.coder))
    opened: list[Project] = []
    try:
        for path in paths:
            watch.check()
            opened.append(opener(path))
            # One snapshot of the source from its check to the last row read: a coder
            # still writing it (its -wal is read) cannot change what was checked, nor
            # give the merge a membership whose annotation it did not read.
            opened[-1].conn.execute("BEGIN")
            check_sound(opened[-1], watch)
        changes = _merge(target, opened, report, dry_run, watch)
    except (ProjectError, *dbapi.DatabaseError):
        # A source another program wrote while it was read: what it read is no finding.
        for project in opened:
            if changed_meanwhile(project):
                raise ProjectError(changed_sentence(project.path.name)) from None
        raise
    finally:
        for project in opened:
            if project.conn.in_transaction:
                project.conn.execute("ROLLBACK")
            project.close()
    changes.result = report
    return changes


def _merge(target: Project, sources: list[Project], report: MergeReport,
           dry_run: bool, watch: Watch | None = None) -> ChangeSet:
    undone = undone_merges(target.repo)  # read once, for the history and the carrier
    history = History.of_project(target.repo, own_project=True, undone=undone)
    carrier = LogCarrier(target.repo, undone)
    # Taken in a fixed order, not the order named: the documents they copy are numbered,
    # and the entries they carry written, as they are taken.
    sources = sorted(sources, key=_fixed_place)
    try:
        with target.write("merge") as tx:
            ctx = Context(target, tx, report, history, watch or Watch(),
                          first_copies=first_copies(sources))
            for source in sources:
                _merge_source(ctx, carrier, source)
            # One entry per row, as if the sources had been taken at once (``entries``).
            tx.changeset.changes = one_per_row(tx.changeset.changes)
            for source in sources:  # all read: each still the state it was checked in
                if changed_meanwhile(source):
                    raise ProjectError(changed_sentence(source.path.name))
            ctx.watch.check()  # the last chance to stop before the commit
            if dry_run:
                raise _DryRun
    except _DryRun:
        return ChangeSet("merge")
    return tx.changeset


def _fixed_place(source: Project) -> tuple[str, str]:
    """Where a source is taken in a merge of several: by its file name, then its path
    (two coders' files of one name in two folders)."""
    return source.path.name, str(source.path)


def _merge_source(ctx: Context, carrier: LogCarrier, source: Project) -> None:
    name = source.path.name
    undone = undone_merges(source.repo)  # the source's, left out of what it brings
    theirs = History.of_project(source.repo, own_project=False, undone=undone)
    merge_documents(ctx, source, name)
    merge_codebook(ctx, source, name)
    merge_incident_types(ctx, source)
    merge_items(ctx, source, name, theirs)
    free_figures_of_trashed_incidents(ctx, name)
    note_alike_choices(ctx, name)
    settle_merged_actors(ctx, name)
    note_trashed_documents(ctx, name)
    note_unencrypted(ctx, source)
    # The source's log joins the target's history only now: compared against itself,
    # every source version would look like the common one.
    # Carrying the logs over takes a while on a long history, after the last item:
    # its stages are steps of their own, so the bar does not sit full meanwhile.
    ctx.watch.step(name, "logs", 0, LOG_STAGES)
    audit = carrier.new_rows("audit", source.repo, undone)
    ctx.watch.step(name, "logs", 1, LOG_STAGES)
    custody = carrier.new_rows("custody", source.repo, undone)
    ctx.watch.step(name, "logs", 2, LOG_STAGES)
    ctx.history.add_log(audit, own_project=False, repo=source.repo)
    ctx.watch.step(name, "logs", 3, LOG_STAGES)
    origin = {"project_id": source.repo.meta("project_id") or "", "name": name}
    carrier.write(ctx.tx, audit, custody, origin)
    ctx.watch.step(name, "logs", LOG_STAGES, LOG_STAGES)
    ctx.report.audit_rows += len(audit)
    ctx.report.custody_rows += len(custody)


def note_unencrypted(ctx: Context, source: Project) -> None:
    """Say that an encrypted source's work now lies in a plain target: the merge wrote it
    there without a word, and a coder who encrypted their project for a seized laptop
    had it sitting readable in the lead's file."""
    if source.encrypted and not ctx.target.encrypted:
        target = ctx.target.path.name
        ctx.report.notes.append(
            f"{source.path.name} is encrypted and {target} is not: what was merged from "
            f"it is stored here unencrypted, readable by anyone holding this file; "
            f"encrypt it (File → Encrypt project…, or workbench encrypt {target}) "
            "before it is copied or carried.")
