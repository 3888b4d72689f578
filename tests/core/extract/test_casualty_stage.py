"""The learned second stage for English casualty figures (casualty_stage.py) and its
training script (tools/train_casualty_stage.py). Every sentence here is fictional and
written for these tests."""

from __future__ import annotations

import importlib.util
import math
import sys
import types
from pathlib import Path

import pytest

from workbench.core.extract import casualty_stage as ST
from workbench.core.extract import extract
from workbench.core.extract.casualties import find_casualties

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def trainer() -> types.ModuleType:
    path = ROOT / "tools" / "train_casualty_stage.py"
    spec = importlib.util.spec_from_file_location("workbench_tools_train_casualty_stage", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def model() -> ST.Model:
    stored = ST.stored_model()
    assert stored is not None
    return stored


def _proposed(text: str, model: ST.Model) -> list[tuple[str, str, int]]:
    return [(f["text"], f["outcome"], f["count_low"])
            for f in ST.propose(text, find_casualties(text), model)]


# Wordings the rules leave alone and the stage reads as figures.
@pytest.mark.parametrize(("text", "figure"), [
    # (the rules read "We buried 14 of them" since the seventy-first round; the passive,
    # which may be said of the living, they leave)
    ('"14 of them were buried before sunset," a village elder in Dunmore told reporters.',
     ("14", "killed", 14)),
    # (with a flight told before it the rules read it since the sixty-ninth round)
    ("The clinic in Obeli said about 2,500 are sheltering in two schools.",
     ("about 2,500", "displaced", 2500)),
])
def test_the_stage_finds_what_the_rules_miss(text: str, figure: tuple[str, str, int],
                                             model: ST.Model) -> None:
    assert not any(f["count_low"] == figure[2] for f in find_casualties(text))
    assert figure in _proposed(text, model)


# Counts beside an outcome word that are no figures: money, distance, an age, a year, a
# clock time, a toll threatened for later, things destroyed.
@pytest.mark.parametrize("text", [
    "The militia seized 12 km of road and $5 million in cash, officials said.",
    "The commander, aged 54, was wounded in 2019 and retired two years later.",
    "The gunmen threatened to execute 15 more prisoners unless the ransom was paid.",
    "At 11:30 the convoy reached the town, 40 km from where three soldiers were killed.",
    "The blast destroyed 14 houses and wounded nobody, police said.",
    "Villagers said the raiders had carried 9 sacks of grain and 200 goats away, and shot"
    " dead a herder.",
])
def test_the_stage_leaves_look_alikes_alone(text: str, model: ST.Model) -> None:
    assert _proposed(text, model) == []


def test_a_proposed_figure_sits_on_its_own_words(model: ST.Model) -> None:
    text = ("Police in Harrow Cross said 4 people died on Monday.\n"
            "\"14 of them were buried before sunset,\" a village elder told reporters.")
    for f in ST.propose(text, find_casualties(text), model):
        assert text[f["start"]:f["end"]] == f["text"]
        assert 0 < f["learned"] <= 1


def test_counts_inside_the_rules_figures_are_not_proposed_again(model: ST.Model) -> None:
    text = "Gunmen killed 12 villagers in Farro and wounded 30 others, police said."
    rules = find_casualties(text)
    assert rules
    low = ST.Model(model.weights, model.bias, 0.0)  # even with every pair let through
    for f in ST.propose(text, rules, low):
        assert all(f["end"] <= r["start"] or f["start"] >= r["end"] for r in rules)


def test_switched_off_the_engine_gives_the_rules_figures_alone(model: ST.Model) -> None:
    text = '"14 of them were buried before sunset," a village elder in Dunmore told reporters.'
    with ST.using(None):
        assert extract(text, None, "en")["casualties"] == find_casualties(text)
    on = ST.Model(model.weights, model.bias, model.threshold, True)
    with ST.using(on):
        found = extract(text, None, "en")["casualties"]
    assert [(f["text"], f["outcome"]) for f in found] == [("14", "killed")]


def test_the_stage_never_runs_on_arabic(model: ST.Model,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> list[dict[str, object]]:
        raise AssertionError("the English stage ran on Arabic text")

    monkeypatch.setattr(ST, "propose", refuse)
    on = ST.Model(model.weights, model.bias, 0.0, True)
    with ST.using(on):
        found = extract("قتل 12 شخصا في هجوم على سوق المدينة يوم الاثنين.", None)
    assert all("learned" not in f for f in found["casualties"])


def test_the_stored_weights_load(model: ST.Model) -> None:
    assert model.weights and 0 < model.threshold < 1
    assert all(math.isfinite(w) for w in (*model.weights.values(), model.bias))
    # The measured decision (docs/suggestions.md): the stage is not switched on.
    assert ST.active_model() is None


_TINY = [
    {"doc_id": "t1", "text": "Gunmen killed 12 villagers in Farro. Officials said 300 people"
     " had fled the town and 40 more are sheltering in a school.",
     "casualties": [
         {"evidence": "killed 12 villagers", "outcome": "killed", "count_low": 12,
          "count_high": None, "qualifier": "exact", "group": "villagers"},
         {"evidence": "300 people had fled the town", "outcome": "displaced",
          "count_low": 300, "count_high": None, "qualifier": "exact", "group": "people"},
         {"evidence": "40 more are sheltering", "outcome": "displaced", "count_low": 40,
          "count_high": None, "qualifier": "exact", "group": None}]},
    {"doc_id": "t2", "text": "The blast destroyed 14 houses and wounded two guards in 2021.",
     "casualties": [
         {"evidence": "wounded two guards", "outcome": "wounded", "count_low": 2,
          "count_high": None, "qualifier": "exact", "group": "guards"}]},
]


def test_training_twice_on_the_same_data_gives_the_same_weights(
        trainer: types.ModuleType, tmp_path: Path) -> None:
    docs = trainer.prepare(_TINY)
    labels = [lab for d in docs for lab in d.labels]
    assert 1 in labels and 0 in labels
    first = trainer.fit(docs, 0.8, min_count=1)
    second = trainer.fit(trainer.prepare(_TINY), 0.8, min_count=1)
    assert first == second and first.weights
    # ... and the written module loads back as the same model
    path = tmp_path / "weights.py"
    path.write_text(first.to_module(trained_on="tiny"), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("tiny_weights", path)
    assert spec and spec.loader
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    again = ST.Model.from_module(loaded)
    assert again.threshold == first.threshold and not again.enabled
    assert again.weights == pytest.approx({k: round(v, 6) for k, v in first.weights.items()})


def test_the_training_script_has_help(trainer: types.ModuleType,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        trainer.main(["--help"])
    assert stop.value.code == 0
    assert "--loso" in capsys.readouterr().out


def test_the_training_script_refuses_a_missing_set_in_one_sentence(
        trainer: types.ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert trainer.main([str(tmp_path / "nowhere.jsonl"), "--out",
                         str(tmp_path / "w.py")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cannot read the gold sets:") and err.count("\n") == 1
    assert not (tmp_path / "w.py").exists()


def test_the_default_sets_are_dev_and_every_dumped_blind_set_but_the_held_out(
        trainer: types.ModuleType, tmp_path: Path) -> None:
    for name in ("en-2", "en-36", "en-10", "en-999"):
        (tmp_path / f"{name}.json").write_text("{}", encoding="utf-8")
    paths = trainer.default_sets(tmp_path)
    assert paths[0].name == "dev.jsonl"
    # only sets with a gold file, sorted by number, never the held-out one
    assert [p.stem for p in paths[1:]] == ["en-2", "en-10"]
    assert all(p.parent == ROOT / "bench" / "blind" for p in paths[1:])


def test_the_newest_sets_are_pooled_by_number(trainer: types.ModuleType) -> None:
    names = ["dev", "en-9", "en-10", "en-2", "en-11"]
    assert trainer.latest_sets(names, 2) == ["en-10", "en-11"]
    assert trainer.latest_sets(names, 0) == []


def test_the_rules_figures_around_a_count_are_features() -> None:
    text = "Three soldiers were killed and 12 others wounded near the border."
    found = find_casualties(text)
    assert found
    at = text.index("12")
    feats = ST.rules_context(at, at + 2, "wounded", found)
    assert "rules:near" in feats
    # a count's own figure says nothing of it
    own = next(f for f in found if f["start"] <= text.index("Three") < f["end"])
    assert ST.rules_context(int(own["start"]), int(own["end"]), own["outcome"], [own]) == ()


def test_the_loso_table_pools_the_newest_sets(trainer: types.ModuleType) -> None:
    docs = trainer.prepare(_TINY)
    sets = {"dev": docs, "en-1": docs, "en-2": docs}
    table = trainer.leave_one_out(sets, (0.8,), latest=1)
    assert "ALL rules" in table and "LATEST1 rules" in table
    # extra training documents change the fit, never the scored set
    with_extra = trainer.leave_one_out(sets, (0.8,), latest=1, extra={"en-1": docs})
    assert [ln.split()[:2] for ln in with_extra.splitlines()] == \
        [ln.split()[:2] for ln in table.splitlines()]
