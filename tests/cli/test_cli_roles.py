"""`workbench codebook PROJECT set-role`: a user's kind gets roles from the command line."""

import json

import pytest

from workbench.cli import main


@pytest.fixture
def proj(tmp_path, capsys):
    path = tmp_path / "p.wbproj"
    assert main(["new", str(path)]) == 0
    assert main(["codebook", str(path), "add-kind", "--name", "arrests", "--label", "Arrests",
                 "--key", "R"]) == 0
    for name, type_ in (("low", "int"), ("high", "int"), ("when", "date"), ("who", "text"),
                        ("by", "list")):
        assert main(["codebook", str(path), "add-field", "--kind", "arrests", "--name", name,
                     "--type", type_]) == 0
    capsys.readouterr()
    return path


def _arrests(capsys, proj):
    capsys.readouterr()
    assert main(["codebook", str(proj), "--json"]) == 0
    return next(k for k in json.loads(capsys.readouterr().out) if k["name"] == "arrests")


def test_set_role_sets_field_roles_symbol_summary_and_actors(proj, capsys):
    def set_role(*argv):
        return main(["codebook", str(proj), "set-role", "--kind", "arrests", *argv])

    assert set_role("--role", "count_low", "--field", "low") == 0
    assert set_role("--role", "count_high", "--field", "high", "--symbol", "s") == 0
    assert set_role("--role", "date", "--field", "when", "--summary", "who,by",
                    "--actors", "by", "--tagging", "yes") == 0
    out = capsys.readouterr().out
    assert "roles: date=when, count_low=low, count_high=high, actors=by, summary=who,by, " \
           "symbol=s, tagging=True" in out
    kind = _arrests(capsys, proj)
    assert kind["date_field"] == "when"
    assert {r: kind["roles"][r] for r in ("count_low", "count_high", "symbol", "summary",
                                           "actors", "tagging")} == {
        "count_low": "low", "count_high": "high", "symbol": "s", "summary": ["who", "by"],
        "actors": ["by"], "tagging": True}
    assert set_role("--role", "count_high", "--field", "") == 0  # '' clears a role
    assert _arrests(capsys, proj)["roles"]["count_high"] is None
    # add-field still works on a kind that has roles.
    assert main(["codebook", str(proj), "add-field", "--kind", "arrests", "--name", "best",
                 "--type", "int"]) == 0
    assert set_role("--role", "count_best", "--field", "best") == 0
    assert _arrests(capsys, proj)["roles"]["count_best"] == "best"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--role", "count_low", "--field", "who"],
         "The low count of Arrests must be a whole-number or decimal field; Who (who) is a "
         "text field."),
        (["--role", "end_date", "--field", "nope"], "Arrests has no field 'nope'"),
        (["--symbol", "heart"], "A timeline symbol must be one of o, s, d"),
        (["--role", "count_low"], "--role needs --field NAME"),
        ([], "Name at least one role to set."),
    ],
)
def test_set_role_refusals_are_one_sentence(proj, capsys, argv, message):
    assert main(["codebook", str(proj), "set-role", "--kind", "arrests", *argv]) == 1
    assert message in capsys.readouterr().err
    assert _arrests(capsys, proj)["roles"]["count_low"] is None
