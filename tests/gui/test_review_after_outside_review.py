"""Accepting a suggestion another window or program reviewed a moment before.

The table shows a suggestion until the window's next look at the project (once a
second). A colleague's rejection made in between (a second window, `workbench edit
--status rejected`) was overwritten by Enter on the row the table still showed as a
suggestion, without a word: the rejection was gone. Now a review changes only rows
that are still suggestions, and the status bar says which were kept. The other
program's review is placed by hand between the showing and the key press.
"""

from __future__ import annotations

import gc

from tests.gui.test_annotation_panel import World
from workbench.core.ops import annotations
from workbench.core.project import Project


def test_enter_on_a_suggestion_rejected_elsewhere_keeps_the_rejection(tmp_path, qtbot):
    from workbench.gui.panes.annotation_panel import AnnotationPanel

    world = World(tmp_path)
    try:
        panel = AnnotationPanel(world.session)
        qtbot.addWidget(panel)
        panel.resize(900, 700)
        world.bus.select(None, world.doc, sender="doclist")
        said: list[str] = []
        world.bus.status_message.connect(said.append)
        panel.select_annotation(world.claim)

        with Project.open(world.project.path, coder="ben") as ben:
            annotations.set_status(ben, [world.claim], "rejected")

        panel.review("accepted")
        assert world.project.repo.get("annotation", world.claim)["status"] == "rejected"
        assert "1 suggestion had been reviewed or moved to the trash in another window " \
        "or program meanwhile, and left as that made it." in said, said
        # A suggestion nobody else touched is accepted as before.
        panel.select_annotation(world.wounded)
        panel.review("accepted")
        assert world.project.repo.get("annotation", world.wounded)["status"] == "accepted"
    finally:
        world.project.close()
        gc.collect()  # no cycle holding a pane is left for the interpreter's exit
