"""Text from a project cannot forge or disguise lines of the command line's listings."""

from __future__ import annotations

from workbench.cli import main

FORGED = "report.txt\n2026-01-01T00:00:00Z  admin  import  doc 9  clean.txt"
REVERSED = "invoice\u202eexe.txt"


def test_plain_escapes_controls_and_bidi_but_keeps_letters():
    from workbench.cli.common import plain

    assert plain("a\nb\tc\r\x1b[2J") == "a\\nb\\tc\\r\\x1b[2J"
    assert plain(REVERSED) == "invoice\\u202eexe.txt"
    assert plain("قال المتحدث 😀 é") == "قال المتحدث 😀 é"


def test_a_file_name_with_a_newline_is_one_custody_line(tmp_path, capsys):
    proj = tmp_path / "p.wbproj"
    assert main(["new", str(proj)]) == 0
    capsys.readouterr()
    src = tmp_path / FORGED
    src.write_text("The strike killed 7 civilians.\n", encoding="utf-8")
    odd = tmp_path / REVERSED
    odd.write_text("Another report of shelling.\n", encoding="utf-8")
    assert main(["import", str(proj), str(src), str(odd), "--title", "T\u202eitle\nX"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 3  # two imports and the summary
    assert "\\u202e" in out
    for argv in (["log", str(proj), "--custody"], ["log", str(proj)], ["docs", str(proj)]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "\u202e" not in out
        assert not any(line.startswith("2026-01-01") for line in out.splitlines())
    assert main(["log", str(proj), "--custody"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "report.txt\\n2026-01-01" in lines[0]
    assert main(["docs", str(proj)]) == 0
    assert "T\\u202eitle\\nX" in capsys.readouterr().out
