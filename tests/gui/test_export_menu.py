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
    # utf-8-sig: the window's CSV begins with a byte-order mark, for spreadsheets.
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert {r["annotation_id"] for r in csv.DictReader(fh)} == listed
    assert window.export_to(tmp_path / "all.csv", "csv") == total


def test_the_windows_csv_exports_begin_with_a_byte_order_mark(window, tmp_path) -> None:
    # Excel on Windows read the window's CSV, written without one, in the ANSI code page:
    # Arabic came out as mojibake. The JSON formats take none.
    from workbench.core.exporters.formats import CSV_FORMATS

    for fmt in (*CSV_FORMATS, "json", "w3c"):
        out = tmp_path / f"out-{fmt}.txt"
        assert window.export_to(out, fmt) is not None
        assert out.read_bytes().startswith(b"\xef\xbb\xbf") == (fmt in CSV_FORMATS), fmt


def test_export_to_a_missing_folder_says_so_in_one_sentence(window, tmp_path) -> None:
    # The window once showed "[Errno 2] No such file or directory: '…/out.csv.part'":
    # a code, and a file name the user never chose.
    out = tmp_path / "gone" / "out.csv"
    assert window.export_to(out, "csv") is None
    said = window.statusBar().currentMessage()
    assert said == (f"The export failed: {out}: the folder {out.parent} does not exist; "
                    "choose another place.")
    assert window.write_report(tmp_path / "gone" / "report.html") is None
    assert window.statusBar().currentMessage().endswith("does not exist; choose another place.")


def test_an_export_or_report_says_what_an_earlier_stopped_one_left(window, tmp_path) -> None:
    # The command line said that a stopped export's unfinished file was deleted (or that
    # an older version's was left); the window cleared it without a word.
    from workbench.core.outfile import OLD_PART, STOPPED_WRITE

    for name, write in (("out.csv", lambda p: window.export_to(p, "csv")),
                        ("report.html", window.write_report)):
        dead = tmp_path / f".{name}.999999999.part"  # no process has that number
        dead.write_text("half an export", encoding="utf-8")
        older = tmp_path / f"{name}.part"
        older.write_text("half an export", encoding="utf-8")
        assert write(tmp_path / name) is not None
        said = window.statusBar().currentMessage()
        assert said.startswith("Wrote "), said
        assert STOPPED_WRITE.format(name=name, part=dead.name) in said
        assert OLD_PART.format(part=older.name, name=name) in said
        assert not dead.exists() and older.exists()



def test_the_window_counts_what_an_export_wrote_in_words_that_agree(window, tmp_path,
                                                                    qtbot) -> None:
    # It said "Wrote 1 annotations", and counted an incident export's incidents as
    # "rows" where the command line says "incidents".
    panel = window.annotation_panel
    panel.set_whole_project(True)
    panel.filters.text.setText("Our lions hit the army checkpoint")
    qtbot.waitUntil(lambda: len(panel.model.ids()) == 1)
    out = tmp_path / "one.csv"
    assert window.export_to(out, "csv", shown=True) == 1
    assert window.statusBar().currentMessage() == f"Wrote 1 annotation to {out}."
    out = tmp_path / "incidents.csv"
    n = window.export_to(out, "incidents")
    assert n and n > 1
    assert window.statusBar().currentMessage() == f"Wrote {n} incidents to {out}."


def test_an_export_over_the_open_project_is_refused(window) -> None:
    # File → Export… with the project's own name typed: the CSV was renamed over the
    # open project, and every later edit went to a file no longer on the disk.
    path = window.session.project.path
    head = path.read_bytes()[:16]
    assert window.export_to(path, "csv") is None
    said = window.statusBar().currentMessage()
    assert said == (f"The export failed: {path} is a project (a database file); an export "
                    "never replaces one, so choose another name.")
    assert path.read_bytes()[:16] == head == b"SQLite format 3\x00"


def test_an_export_over_an_imported_file_is_refused(window, tmp_path) -> None:
    # File → Export… (or the report) given the name of a file a document was imported
    # from replaced the user's own file with the export.
    from workbench.core.ops.importing import import_file

    source = tmp_path / "halden-update.txt"
    source.write_text("PORT HALDEN, March 9 - Two more bodies were found under the "
                      "rubble, a rescue worker said.\n", encoding="utf-8")
    project = window.session.project
    doc = import_file(project, source, sandbox=False).doc_id
    before = source.read_bytes()
    title = project.repo.document_titles_of([doc])[doc]
    refused = (f"{source} is the file document {doc} ({title}) was imported from; an "
               "export never replaces a source file, so choose another name.")
    assert window.export_to(source, "csv") is None
    assert window.statusBar().currentMessage() == f"The export failed: {refused}"
    assert window.write_report(source) is None
    assert window.statusBar().currentMessage() == (
        f"The report could not be written: {refused}")
    assert source.read_bytes() == before
