"""The desktop application (PySide6 + pyqtgraph). No SQL and no domain rules here."""
