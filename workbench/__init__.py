"""Workbench: an offline research workbench for conflict and open-source researchers."""

__version__ = "0.1.0"
