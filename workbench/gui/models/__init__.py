"""Qt item models over core query results."""

from workbench.gui.models.annotation_table_model import AnnotationTableModel

__all__ = ["AnnotationTableModel"]
