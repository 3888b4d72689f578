"""Help ▸ About."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from workbench import __version__

ABOUT = (
    "<h3>Workbench {version}</h3>"
    "<p>An offline workbench for conflict and open-source researchers: read sources, "
    "record statements, claims, casualty figures, events and dates with the exact words "
    "as evidence, and see them on a timeline.</p>"
    "<p>Every change is saved as you make it. Nothing leaves this computer.</p>"
)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, "About Workbench", ABOUT.format(version=__version__))
