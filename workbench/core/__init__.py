"""The Workbench core: project store, annotation model and operations.

Nothing in this package may import Qt (PySide6) or pyqtgraph; a test enforces it.
"""
