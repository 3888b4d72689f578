"""Stepping through a pane's own Tab order (gui/panes/tab_chain.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from workbench.gui.panes.tab_chain import step


def test_tab_skips_what_cannot_take_it_and_stops_at_the_chains_ends(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    lay = QVBoxLayout(root)
    first, hidden, off, last = (QLineEdit(root) for _ in range(4))
    box = QWidget(root)  # a widget of parts: its combo takes the focus for it
    combo = QComboBox(box)
    combo.setEditable(True)
    box.setFocusProxy(combo)
    label = QLabel("no focus", root)
    for w in (first, hidden, off, box, label, last):
        lay.addWidget(w)
    hidden.hide()
    off.setEnabled(False)
    root.show()
    chain = [first, hidden, off, box, label, last]
    assert step(chain, root, first, True) is box
    # From inside the box (its combo's line edit) onwards and back.
    assert step(chain, root, combo.lineEdit(), True) is last
    assert step(chain, root, last, False) is box
    assert step(chain, root, first, False) is None  # leaving the chain
    assert step(chain, root, last, True) is None
    assert step(chain, root, QLineEdit(), True) is None  # not in the chain
    assert step(chain, root, None, True) is None
