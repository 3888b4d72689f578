import pytest

from tests.helpers import add_doc, make_project
from workbench.core.codebook import BUILTIN_KINDS
from workbench.core.errors import ValidationError
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import codebook as cb_ops
from workbench.core.project import Project


def test_builtin_kinds_and_keys():
    names = [k.name for k in BUILTIN_KINDS]
    assert names == ["statement", "claim", "casualty", "event", "date", "actor", "location"]
    keys = [k.key for k in BUILTIN_KINDS]
    assert keys == ["S", "C", "K", "E", "D", "A", "L"] and len(set(keys)) == len(keys)
    casualty = BUILTIN_KINDS[2]
    assert casualty.field("outcome").choices == (
        "killed", "wounded", "missing", "captured", "arrested", "displaced"
    )
    assert casualty.field("qualifier").choices == (
        "exact", "at_least", "more_than", "up_to", "about", "range", "vague"
    )
    claim = BUILTIN_KINDS[1]
    assert claim.field("status").choices == (
        "unverified", "corroborated", "contested", "refuted", "retracted"
    )
    assert (claim.field("credibility").minimum, claim.field("credibility").maximum) == (1, 6)


def test_user_kinds_and_fields_persist_and_validate(tmp_path):
    with make_project(tmp_path) as project:
        cb_ops.add_kind(project, "weapon", "Weapon", "W")
        cb_ops.add_field(project, "weapon", "system", "enum", choices=("drone", "artillery"))
        cb_ops.add_field(project, "casualty", "verified_by", "text")
        doc = add_doc(project)
        ann_ops.annotate_quote(project, doc, "weapon", "Artillery", {"system": "artillery"})
        with pytest.raises(ValidationError, match="must be one of"):
            ann_ops.annotate_quote(project, doc, "weapon", "fire", {"system": "tank"})
    with Project.open(tmp_path / "p.wbproj") as again:
        assert again.codebook.kind("weapon").key == "W"
        assert again.codebook.kind("casualty").field("verified_by").type == "text"
        assert again.codebook.by_key("w").name == "weapon"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: cb_ops.add_kind(p, "casualty", "Dup", "Q"), "already has a kind"),
        (lambda p: cb_ops.add_kind(p, "Bad Name", "x", "Q"), "lower-case"),
        (lambda p: cb_ops.add_kind(p, "weapon", "Weapon", "K"), "already used by Casualty"),
        (lambda p: cb_ops.add_field(p, "claim", "x", "colour"), "Field type"),
        (lambda p: cb_ops.add_field(p, "claim", "x", "enum"), "needs at least one choice"),
        (lambda p: cb_ops.add_field(p, "claim", "status", "text"), "already has a field"),
        # Stored, a field with these could never take a value, and nothing removes a
        # field; NaN and infinity stopped the write with a traceback.
        (lambda p: cb_ops.add_field(p, "claim", "x", "int", minimum=10, maximum=1),
         r"smallest value \(10\) is above the largest \(1\)"),
        (lambda p: cb_ops.add_field(p, "claim", "x", "int", minimum=float("nan")),
         "smallest value must be a finite number; got nan"),
        (lambda p: cb_ops.add_field(p, "claim", "x", "float", maximum=float("inf")),
         "largest value must be a finite number; got inf"),
        (lambda p: cb_ops.add_field(p, "claim", "x", "date", minimum=3),
         "Only number fields"),
        (lambda p: cb_ops.add_field(p, "claim", "x", "enum", choices=("a", "a", "b")),
         "'a' is given twice"),
        (lambda p: cb_ops.add_field(p, "claim", "x", "enum", choices=("a", " ")),
         "cannot be empty"),
    ],
)
def test_codebook_mistakes_are_explained(tmp_path, call, message):
    with make_project(tmp_path) as project:
        before = project.codebook.kinds()
        with pytest.raises(ValidationError, match=message):
            call(project)
        assert project.codebook.kinds() == before


def test_changing_a_key(tmp_path):
    with make_project(tmp_path) as project:
        cb_ops.set_key(project, "casualty", "X")
        assert project.codebook.by_key("X").name == "casualty"
        assert project.codebook.by_key("K") is None


@pytest.mark.parametrize("value, said", [
    (20_000_000, "Best count must be at most 10,000,000; got 20,000,000."),
    # Past the storage limit too, the field's own bound is the one to tell the user.
    (3_000_000_000, "Best count must be at most 10,000,000; got 3,000,000,000."),
    (10**30, "Best count must be at most 10,000,000; got 1e+30."),
    (-5, "Best count must be at least 0; got -5."),
])
def test_a_count_out_of_range_is_said_in_plain_numbers(value, said):
    casualty = next(k for k in BUILTIN_KINDS if k.name == "casualty")
    with pytest.raises(ValidationError) as err:
        casualty.validate({"count_best": value})
    assert str(err.value) == said
