"""Numbers that would break exports or the window are refused with a sentence."""

from __future__ import annotations

import io

import pytest

from tests.helpers import add_doc, make_project
from workbench.cli import main
from workbench.core.errors import ValidationError
from workbench.core.exporters import export
from workbench.core.incidents import ops as incident_ops
from workbench.core.ops import annotations as ann_ops


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        yield p


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", float("nan"), "1e400"])
def test_non_finite_coordinates_are_refused(project, value):
    with pytest.raises(ValidationError, match="finite"):
        ann_ops.annotate_quote(project, 1, "location", "PORT HALDEN", {"latitude": value})
    with pytest.raises(ValidationError, match="finite"):
        incident_ops.create_incident(project, "Strike", latitude=value)


@pytest.mark.parametrize("count", [10**30, "1000000000000000000000000000000", 10_000_001])
def test_counts_beyond_any_real_toll_are_refused(project, count):
    with pytest.raises(ValidationError, match="at most"):
        ann_ops.annotate_quote(project, 1, "casualty", "wounded four troops",
                               {"outcome": "wounded", "count_low": count})


def test_any_whole_number_fits_the_window(project):
    from workbench.core.ops.codebook import add_field

    add_field(project, "event", "rounds", "int")
    with pytest.raises(ValidationError, match="at most 2,000,000,000"):
        ann_ops.annotate_quote(project, 1, "event", "Artillery fire", {"rounds": 10**30})
    ann_ops.annotate_quote(project, 1, "event", "Artillery fire", {"rounds": 10_000_001})


def test_a_nan_already_stored_gives_a_sentence_not_bare_nan(tmp_path, capsys):
    with make_project(tmp_path) as p:
        doc = add_doc(p)
        ann = ann_ops.annotate_quote(p, doc, "location", "PORT HALDEN").result
        # As a project written before the refusal would hold it.
        p.conn.execute("UPDATE annotations SET fields = '{\"latitude\": NaN}' WHERE id = ?",
                       (ann,))
        for fmt in ("json", "w3c"):
            with pytest.raises(ValidationError, match="not finite"):
                export(p, fmt, io.StringIO())
    assert main(["annotations", str(tmp_path / "p.wbproj"), "--json"]) == 1
    out, err = capsys.readouterr()
    assert "NaN" not in out and "not finite" in err
