"""The one rule for when a figure's membership in a proposal is dropped: adding by
hand, restoring an incident and the team merge all ask ``model.proposal_gives_up``."""

from __future__ import annotations

import pytest

from workbench.core.incidents.model import ALL_STATUSES, STATUSES, proposal_gives_up

BY_HAND = None


def test_a_proposal_gives_a_figure_up_to_a_researcher_s_hand() -> None:
    """Added, created with or moved by hand, whatever incident it goes to (a proposal
    too): None stands for the researcher's hand."""
    assert proposal_gives_up("suggested", BY_HAND)


@pytest.mark.parametrize("status", STATUSES)
def test_a_proposal_gives_a_figure_up_to_a_live_real_incident(status: str) -> None:
    assert proposal_gives_up("suggested", {"status": status, "deleted_at": None})


@pytest.mark.parametrize("status", ["suggested", "rejected"])
def test_a_proposal_never_takes_a_figure_from_another_on_its_own(status: str) -> None:
    assert not proposal_gives_up("suggested", {"status": status, "deleted_at": None})


@pytest.mark.parametrize("status", STATUSES)
def test_a_proposal_keeps_a_figure_from_an_incident_in_the_trash(status: str) -> None:
    assert not proposal_gives_up("suggested", {"status": status, "deleted_at": "2026-01-01"})


@pytest.mark.parametrize("held_by", STATUSES)
@pytest.mark.parametrize("joining", [BY_HAND, *({"status": s, "deleted_at": None}
                                                for s in ALL_STATUSES)])
def test_an_incident_someone_made_keeps_its_figures(held_by: str,
                                                    joining: dict[str, str] | None) -> None:
    assert not proposal_gives_up(held_by, joining)
