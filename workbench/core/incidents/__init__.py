"""Incidents: one event with every source's figures, their tally and suggested groupings."""
