"""Accuracy floors: raised, never lowered; breaches listed by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecoder.evaluate.floors import (
    FLOORED,
    SAMPLES,
    below_floors,
    find_gold_dir,
    load_baseline,
    raise_floors,
    save_baseline,
)


@pytest.mark.parametrize(
    ("measured", "floor"),
    [(0.555, 0.54), (0.56, 0.55), (0.5, 0.49), (0.0251, 0.01), (1.0, 0.99)],
)
def test_floors_raise_sits_just_under_the_figure(measured: float, floor: float) -> None:
    assert raise_floors({}, {"g": {"f": measured}}) == {"g": {"f": floor}}


@pytest.mark.parametrize("measured", [0.0, 0.005])
def test_floors_no_new_zero_floor(measured: float) -> None:
    assert raise_floors({}, {"g": {"f": measured}}) == {"g": {}}


def test_floors_never_go_down() -> None:
    raised = raise_floors({"g": {"f": 0.8, "h": 0.1}}, {"g": {"f": 0.5, "h": 0.4}})
    assert raised == {"g": {"f": 0.8, "h": 0.39}}


@given(st.floats(0, 1), st.floats(0, 1))
def test_floors_raised_floor_is_below_measure_and_not_below_old(old: float, value: float) -> None:
    new = raise_floors({"g": {"f": old}}, {"g": {"f": value}})["g"].get("f", 0.0)
    assert new >= old
    assert new <= max(old, value)
    assert new == old or value - 0.02 - 1e-9 <= new


def test_floors_below_lists_each_breach() -> None:
    baseline = {"g": {"a": 0.5, "b": 0.5, "c": 0.5}}
    problems = below_floors(baseline, {"g": {"a": 0.6, "b": 0.4}})
    assert problems == ["g: b 0.400 < floor 0.500", "g: c is no longer measured (floor 0.500)"]


def test_floors_roundtrip(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    save_baseline(path, {"g": {"b": 0.2, "a": 0.1}}, about="floors")
    assert load_baseline(path) == {"g": {"a": 0.1, "b": 0.2}}
    assert path.read_text().index('"a"') < path.read_text().index('"b"')


def _make_gold(directory: Path) -> Path:
    directory.mkdir(parents=True)
    for stem in SAMPLES:
        (directory / f"{stem}.jsonl").write_text("{}\n")
    return directory


def test_floors_find_gold_dir_sibling_of_repo(tmp_path: Path) -> None:
    gold = _make_gold(tmp_path / "shared" / "eval")
    (tmp_path / "repo").mkdir()
    assert find_gold_dir(tmp_path / "repo", environ={}) == gold


@pytest.mark.parametrize("sub", ["", "eval"])
def test_floors_find_gold_dir_from_environment(tmp_path: Path, sub: str) -> None:
    gold = _make_gold(tmp_path / "elsewhere" / sub if sub else tmp_path / "elsewhere")
    env = {"WIRECODER_SHARED": str(tmp_path / "elsewhere")}
    assert find_gold_dir(tmp_path / "repo", environ=env) == gold


def test_floors_find_gold_dir_absent(tmp_path: Path) -> None:
    assert find_gold_dir(tmp_path / "repo", environ={}) is None


def test_floors_committed_baseline_covers_the_samples() -> None:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "baseline.json"
    baseline = load_baseline(path)
    assert set(baseline) == set(FLOORED)
    assert all(0.0 <= floor <= 1.0 for floors in baseline.values() for floor in floors.values())
