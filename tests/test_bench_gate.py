"""The bench gate refuses to lower a pinned figure silently; the baseline is well formed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from bench_modules import BENCH, load_bench  # noqa: E402

gate = load_bench("gate")


def test_the_pinned_baseline_is_well_formed_and_names_real_benchmarks() -> None:
    run = load_bench("run")
    baseline = json.loads((BENCH / "baseline.json").read_text(encoding="utf-8"))
    names = [f["name"] for f in baseline["figures"]]
    assert len(names) == len(set(names)) >= 10
    for entry in baseline["figures"]:
        assert entry["bench"] in run.BENCHES, entry["name"]
        assert isinstance(entry["value"], int | float) and entry["tolerance"] >= 0
        assert isinstance(entry["higher_is_better"], bool) and entry["measured"]


def _baseline(tmp_path: Path) -> Path:
    path = tmp_path / "baseline.json"
    entry = {"name": "f1", "bench": "b", "match": {"k": 1}, "metric": "f1", "value": 0.8,
             "higher_is_better": True, "tolerance": 0.005, "measured": "test"}
    lower = {**entry, "name": "spurious", "metric": "spurious", "value": 0.1,
             "higher_is_better": False}
    path.write_text(json.dumps({"figures": [entry, lower]}))
    return path


def _results(tmp_path: Path, f1: float, spurious: float) -> Path:
    path = tmp_path / "results.jsonl"
    row = {"bench": "b", "k": 1, "f1": f1, "spurious": spurious}
    path.write_text("not json\n" + json.dumps(row) + "\n")
    return path


def test_a_fallen_figure_fails_and_an_update_does_not_lower_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = _baseline(tmp_path)
    worse = _results(tmp_path, f1=0.7, spurious=0.2)
    assert gate.main([str(worse), "--baseline", str(base)]) == 1
    assert "f1, spurious fell below" in capsys.readouterr().err
    assert gate.main([str(worse), "--baseline", str(base), "--update"]) == 1
    values = [f["value"] for f in json.loads(base.read_text())["figures"]]
    assert values == [0.8, 0.1]  # not lowered without --lower


def test_lowering_is_on_purpose_and_recorded(tmp_path: Path) -> None:
    base = _baseline(tmp_path)
    worse = _results(tmp_path, f1=0.7, spurious=0.1)
    assert gate.main([str(worse), "--baseline", str(base), "--update", "--lower", "new data"]) == 0
    entry = json.loads(base.read_text())["figures"][0]
    assert entry["value"] == 0.7 and entry["lowered"] == "new data"


def test_better_figures_pass_and_update_raises_them(tmp_path: Path) -> None:
    base = _baseline(tmp_path)
    better = _results(tmp_path, f1=0.9, spurious=0.05)
    assert gate.main([str(better), "--baseline", str(base)]) == 0
    assert gate.main([str(better), "--baseline", str(base), "--update"]) == 0
    assert [f["value"] for f in json.loads(base.read_text())["figures"]] == [0.9, 0.05]


def test_a_figure_that_disappears_fails_but_an_unrun_benchmark_does_not(tmp_path: Path) -> None:
    base = _baseline(tmp_path)
    gone = tmp_path / "gone.jsonl"
    gone.write_text(json.dumps({"bench": "b", "k": 2, "f1": 0.9}) + "\n")
    assert gate.main([str(gone), "--baseline", str(base)]) == 1
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"bench": "c", "x": 1}) + "\n")
    assert gate.main([str(other), "--baseline", str(base)]) == 0


def test_recorded_figures_say_what_they_support_and_the_code_points_at_them() -> None:
    baseline = json.loads((BENCH / "baseline.json").read_text(encoding="utf-8"))
    src = Path(__file__).resolve().parents[1] / "src" / "storyline"
    text = "\n".join(p.read_text(encoding="utf-8") for p in src.rglob("*.py"))
    for entry in baseline["recorded"]:
        assert {"name", "for", "values", "unit", "measured"} <= set(entry), entry.get("name")
        assert entry["for"].startswith("storyline."), entry["name"]
        family = entry["name"].rsplit(".", 1)[0] if "lead_chars" in entry["name"] else entry["name"]
        assert family in text, f"no docstring points at the recorded figure {entry['name']}"
