"""`workbench codebook PROJECT set-label|add-choice|rename-choice|remove-choice|retire|restore`."""

import json

import pytest

from workbench.cli import main


@pytest.fixture
def proj(tmp_path, capsys):
    path = tmp_path / "p.wbproj"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    return str(path)


def _kind(capsys, proj, name):
    capsys.readouterr()
    assert main(["codebook", proj, "--json"]) == 0
    return next(k for k in json.loads(capsys.readouterr().out) if k["name"] == name)


def _field(kind, name):
    return next(f for f in kind["fields"] if f["name"] == name)


def test_labels_choices_and_retiring_from_the_command_line(proj, capsys):
    def cb(*argv):
        return main(["codebook", proj, *argv])

    assert cb("set-label", "--kind", "event", "--label", "حادثة") == 0
    assert cb("set-label", "--kind", "claim", "--field", "status", "--label", "Verification",
              "--help-text", "As checked by the desk") == 0
    assert cb("add-choice", "--kind", "claim", "--field", "status", "--choice", "disputed") == 0
    claim = _kind(capsys, proj, "claim")
    assert _field(claim, "status")["label"] == "Verification"
    assert _field(claim, "status")["help"] == "As checked by the desk"
    assert _field(claim, "status")["choices"][-1] == "disputed"
    assert _kind(capsys, proj, "event")["label"] == "حادثة"

    assert main(["annotate", proj, "1", "--kind", "claim", "--quote", "x"]) == 1  # no doc
    assert cb("rename-choice", "--kind", "claim", "--field", "status", "--choice",
              "disputed", "--to", "doubted") == 0
    assert "Renamed the choice 'disputed' to 'doubted'; 0 annotations now hold it." in \
        capsys.readouterr().err
    assert cb("retire", "--kind", "casualty", "--field", "reported_by") == 0
    assert cb("retire", "--kind", "location") == 0
    out = capsys.readouterr().out
    assert "reported_by: text — Reported by  (retired)" in out
    assert "[L] location — Location  (retired)" in out
    assert _field(_kind(capsys, proj, "casualty"), "reported_by")["retired"] is True
    assert cb("restore", "--kind", "location") == 0
    assert "retired" not in _kind(capsys, proj, "location")


@pytest.mark.parametrize(("argv", "said"), [
    (["retire", "--kind", "casualty"], "Casualty figure cannot be retired: the suggestion "
                                       "engines write it"),
    (["retire", "--kind", "casualty", "--field", "outcome"], "Outcome is the outcome of "
                                                             "Casualty figure"),
    (["set-label", "--kind", "event", "--label", " "], "label of a kind cannot be empty"),
    (["set-label", "--kind", "event"], "set-label needs --label or --help-text"),
    (["add-choice", "--kind", "claim", "--field", "status"], "add-choice needs --choice"),
    (["rename-choice", "--kind", "claim", "--field", "status", "--choice", "refuted"],
     "rename-choice needs --to"),
    # An empty wording given is the core's to refuse, not an option left out.
    (["rename-choice", "--kind", "claim", "--field", "status", "--choice", "refuted",
      "--to", ""], "A choice cannot be empty."),
    (["remove-choice", "--kind", "claim", "--field", "status", "--choice", "nope"],
     "has no choice 'nope'"),
])
def test_refusals_are_one_sentence(proj, capsys, argv, said):
    assert main(["codebook", proj, *argv]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err


def test_a_choice_in_use_is_renamed_in_the_annotations_and_not_removed(proj, capsys,
                                                                       tmp_path):
    text = tmp_path / "report.txt"
    text.write_text("The ministry denied the claim on Monday.\n", encoding="utf-8")
    assert main(["import", proj, str(text)]) == 0
    assert main(["annotate", proj, "1", "--kind", "claim", "--quote", "denied the claim",
                 "--field", "status=contested"]) == 0
    assert main(["codebook", proj, "remove-choice", "--kind", "claim", "--field", "status",
                 "--choice", "contested"]) == 1
    assert ("1 annotation of Claim uses the choice 'contested' of Claim status"
            in capsys.readouterr().err)
    assert main(["codebook", proj, "rename-choice", "--kind", "claim", "--field", "status",
                 "--choice", "contested", "--to", "disputed"]) == 0
    assert "1 annotation now holds it" in capsys.readouterr().err
    assert main(["annotations", proj, "--json"]) == 0
    anns = json.loads(capsys.readouterr().out)
    assert [a["fields"]["status"] for a in anns] == ["disputed"]
