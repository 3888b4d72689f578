"""The panes of the main window; each talks to the others only through the Bus."""
