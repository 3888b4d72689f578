"""File > Export…: formats from the core's registry, and exporting what the table shows."""

from __future__ import annotations


def test_export_menu_offers_every_registered_format(window, monkeypatch) -> None:
    from workbench.core import exporters

    assert {f for f, _ in window.export_choices()} == set(exporters.FORMATS)
    # A format the incidents work adds to the registry shows up without GUI changes.
    monkeypatch.setitem(exporters.FORMATS, "acled", lambda p, out: 0)
    choices = dict(window.export_choices())
    assert choices["acled"] == "ACLED-style incidents (CSV) (*.csv)"
    assert "acled" not in dict(window.export_choices(shown=True))
    assert window.actions_["export_shown"].objectName() == "exportShown"


def test_export_what_the_table_shows_writes_exactly_its_rows(window, tmp_path) -> None:
    import csv

    panel = window.annotation_panel
    panel.set_whole_project(True)
    panel.filters.kind.setCurrentIndex(panel.filters.kind.findData("casualty"))
    listed = set(panel.model.ids())
    total = len(window.session.project.repo.annotations())
    assert 0 < len(listed) < total
    out = tmp_path / "shown.csv"
    assert window.export_to(out, "csv", shown=True) == len(listed)
    with out.open(encoding="utf-8", newline="") as fh:
        assert {r["annotation_id"] for r in csv.DictReader(fh)} == listed
    assert window.export_to(tmp_path / "all.csv", "csv") == total
