import pytest

from tests.helpers import add_doc
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.ops import actors as ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import history

TEXT = (
    "The Harouni Liberation Movement denied the attack. A spokesman for the Harun "
    "movement said the army was lying. Tesmaran Armed Forces said HLM fighters fired first.\n"
)


def test_aliases_are_kept_without_duplicates(project):
    actor = ops.add_actor(project, "Harun Liberation Movement",
                          ["HLM", "hlm ", "Harouni Liberation Movement", ""], "armed_group").result
    row = ops.get_actor(project, actor)
    assert row["aliases"] == ["HLM", "Harouni Liberation Movement"]
    ops.update_actor(project, actor, name="Harun Movement", add_aliases=["Harun gang"],
                     remove_aliases=["hlm"])
    row = ops.get_actor(project, actor)
    assert row["name"] == "Harun Movement"
    assert row["aliases"] == ["Harouni Liberation Movement", "Harun gang",
                              "Harun Liberation Movement"]
    history.undo(project)
    assert ops.get_actor(project, actor)["name"] == "Harun Liberation Movement"


def test_spelling_variants_match_and_strangers_do_not(project):
    hlm = ops.add_actor(project, "Harun Liberation Movement", ["HLM"]).result
    army = ops.add_actor(project, "Tesmaran Armed Forces", ["the army"]).result
    assert ops.match_actor(project, "Harouni Liberation Movement")["id"] == hlm
    assert ops.match_actor(project, "hlm")["id"] == hlm
    assert ops.match_actor(project, "Tesmaran armed forces")["id"] == army
    assert ops.match_actor(project, "Red Valley Brigades") is None
    assert ops.match_actor(project, "  ") is None


def test_actor_mentions_are_attached_to_their_record(project):
    hlm = ops.add_actor(project, "Harun Liberation Movement", ["HLM"]).result
    doc = add_doc(project, TEXT, "hlm.txt")
    first = ann_ops.annotate_quote(project, doc, "actor", "Harouni Liberation Movement").result
    second = ann_ops.annotate_quote(project, doc, "actor", "HLM").result
    other = ann_ops.annotate_quote(project, doc, "actor", "Tesmaran Armed Forces").result
    fields = {a: project.repo.get("annotation", a)["fields"] for a in (first, second, other)}
    assert fields[first] == {"actor_id": hlm, "name": "Harun Liberation Movement"}
    assert fields[second]["actor_id"] == hlm
    assert "actor_id" not in fields[other]


def test_actor_errors(project):
    with pytest.raises(ValidationError, match="needs a name"):
        ops.add_actor(project, "  ")
    with pytest.raises(ValidationError, match="Actor type"):
        ops.add_actor(project, "X", actor_type="alien")
    with pytest.raises(NotFoundError):
        ops.update_actor(project, "nope")
    actor = ops.add_actor(project, "Y").result
    ops.trash_actor(project, actor)
    assert project.repo.actors() == []


def test_actors_command(tmp_path, capsys):
    import json

    from workbench.cli import main

    path = tmp_path / "p.wbproj"
    main(["new", str(path)])
    assert main(["actors", str(path), "add", "--name", "Harun Liberation Movement",
                 "--alias", "HLM", "--type", "armed_group"]) == 0
    capsys.readouterr()
    assert main(["actors", str(path), "match", "--name", "Harouni Liberation Movement",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["aliases"] == ["HLM"]
    assert main(["actors", str(path), "match", "--name", "Nobody"]) == 1


def test_a_piece_of_a_name_or_a_mention_two_records_fit_is_attached_to_none(project):
    # "army" scored 90 against both armies (a piece of a longer name scored as a partial
    # match) and went to whichever came first; "East" and "Brigade" went to the Eastern
    # Brigade though the Western Brigade fits "Brigade" as well.
    east = ops.add_actor(project, "Eastern Brigade", ["لواء الشرق"]).result
    ops.add_actor(project, "Western Brigade")
    army = ops.add_actor(project, "Tesmaran Army", ["الجيش التسماري"]).result
    ops.add_actor(project, "Valdoran Army")
    for piece in ("army", "Brigade", "East", "Western", "الجيش"):
        assert ops.match_actor(project, piece) is None, piece
    # Whole names, with or without the article, in either language, still match.
    assert ops.match_actor(project, "the Eastern Brigade")["id"] == east
    assert ops.match_actor(project, "Eastern Brigades")["id"] == east
    assert ops.match_actor(project, "the Tesmaran army")["id"] == army
    assert ops.match_actor(project, "لواء الشرق")["id"] == east
    assert ops.match_actor(project, "اللواء الشرقي")["id"] == east
    assert ops.match_actor(project, "جيش تسماري")["id"] == army
    # An alias the researcher gave decides: "the army" is then the Tesmaran one.
    ops.update_actor(project, army, add_aliases=["the army"])
    assert ops.match_actor(project, "army")["id"] == army


def test_two_records_of_one_spelling_attach_neither(project):
    ops.add_actor(project, "Harun Liberation Movement", ["HLM"])
    ops.add_actor(project, "Highland Labour Militia", ["HLM"])
    assert ops.match_actor(project, "HLM") is None
    doc = add_doc(project, TEXT, "hlm.txt")
    mention = ann_ops.annotate_quote(project, doc, "actor", "HLM").result
    assert "actor_id" not in project.repo.get("annotation", mention)["fields"]


def test_an_actor_cannot_be_renamed_to_nothing(project):
    actor = ops.add_actor(project, "Harun Liberation Movement", ["HLM"]).result
    for blank in ("   ", ""):
        with pytest.raises(ValidationError, match="needs a name"):
            ops.update_actor(project, actor, name=blank)
    row = ops.get_actor(project, actor)
    assert (row["name"], row["aliases"]) == ("Harun Liberation Movement", ["HLM"])
    ops.update_actor(project, actor, add_aliases=["Harun movement"])  # no name: kept
    assert ops.get_actor(project, actor)["name"] == "Harun Liberation Movement"
