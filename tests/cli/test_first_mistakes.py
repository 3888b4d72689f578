"""The mistakes a researcher makes in their first hour at the command line: each is one
sentence on stderr and a non-zero exit, never a traceback, and names what they typed."""

from __future__ import annotations

import pytest

from workbench.cli import main


def _err_of_exit(capsys, argv: list[str]) -> str:
    """The stderr of a command line the parser refuses (exit 2)."""
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


@pytest.mark.parametrize("where", ["missing/shot.png", "."])
def test_a_screenshot_to_a_place_it_cannot_be_written_is_a_sentence(where, tmp_path, capsys,
                                                                    monkeypatch):
    # Both ended in an OSError traceback, after the window had been drawn.
    monkeypatch.chdir(tmp_path)
    assert main(["screenshot", where]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"workbench: {where}") and err.count("\n") == 1
    assert ("does not exist" in err) if "/" in where else ("is a folder" in err)


def test_a_screenshot_size_that_is_no_size_is_said_on_stderr(tmp_path, capsys):
    # The sentence went to standard output, where a script reading the output took it.
    assert main(["screenshot", str(tmp_path / "s.png"), "--size", "1600"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "workbench: --size takes WIDTHxHEIGHT, e.g. 1600x1000; got '1600'.\n"
    assert not (tmp_path / "s.png").exists()


def test_a_screenshot_of_an_annotation_no_one_has_says_so(tmp_path, capsys):
    # It drew the window with nothing selected and said it had written the picture.
    assert main(["screenshot", str(tmp_path / "s.png"), "--select", "nosuchid"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "workbench: There is no annotation with id nosuchid; nothing was written.\n"
    assert not (tmp_path / "s.png").exists()
