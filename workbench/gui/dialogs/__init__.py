"""Dialogs of the main window: import results, about."""
