"""bench/fact_conflicts.py counts typed-fact conflicts per gold class on a small CSV (several scripts)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from bench_modules import load_bench  # noqa: E402

CSV = Path(__file__).parent / "fixtures" / "fact_pairs" / "pairs.csv"



bench = load_bench("fact_conflicts")


def test_conflicts_are_counted_per_gold_class_with_examples() -> None:
    rows = bench.run(Path("/nonexistent"), csv_path=CSV, examples=3)
    figures = {r["figure"]: r for r in rows if "pairs" in r}
    same = figures["fact_conflicts_same"]
    # en/ar same score (2-1 in digits and in words), fa/en the same percentage: no conflict
    assert (same["pairs"], same["both_state"], same["conflicts"]) == (2, 2, 0)
    hard = figures["fact_conflicts_hard_negative"]
    # ru 2:1 vs 3:1 (a hard negative: Entities <= 2, Overall >= 2.5)
    assert (hard["pairs"], hard["conflicts"], hard["by_kind"]) == (1, 1, {"score": 1})
    different = figures["fact_conflicts_different"]
    # every negative: the ru hard negative, zh 3.45% vs 3.65%, es 176 vs 150 votes
    assert (different["pairs"], different["conflicts"]) == (3, 3)
    # zh also: a rate cut (降息) vs a hold (维持利率不变), link/occurrence.py's decision stage
    assert different["by_family"] == {"score": 1, "pct": 1, "n": 1, "stage": 1}
    assert figures["fact_conflicts_between"]["conflicts"] == 1  # de 0-3 vs 0-2
    examples = [r for r in rows if r["figure"] == "fact_conflicts_example"]
    zh = next(r for r in examples if r["pair_id"] == "105_106")
    assert (zh["kind"], zh["values1"], zh["values2"]) == ("pct", ["3.45"], ["3.65"])
    assert figures["fact_conflicts_same_first_796"]["pairs"] == 2


def test_kinds_and_limit_narrow_what_is_counted() -> None:
    rows = bench.run(Path("/nonexistent"), csv_path=CSV, kinds=["pct"], limit=4)
    figures = {r["figure"]: r for r in rows if "pairs" in r}
    assert figures["fact_conflicts_different"]["pairs"] == 2  # rows 1-4 only
    assert figures["fact_conflicts_different"]["by_kind"] == {"pct": 1}  # the score left out
    assert figures["fact_conflicts_same"]["both_state"] == 1  # fa/en 19%; the score left out
    assert all(r["limit"] == 4 for r in rows)


def test_command_line_prints_json_lines_and_skips_without_data(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert bench.main(["--csv", str(CSV), "--class", "same", "--examples", "0"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["class"] for r in lines} == {"same"}
    assert all(r["bench"] == "fact_conflicts" for r in lines)
    assert "skipped" in bench.run(Path("/nonexistent"))[0]
