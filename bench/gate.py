"""Quality gate: the figures of ``make bench`` against the pinned ``bench/baseline.json``.

``bench/run.py`` prints one JSON line per figure; this gate reads them and
compares each figure pinned in ``baseline.json`` (the measured quality
figures that used to live in docstrings) with what was just measured:

- worse than the baseline by more than its ``tolerance``: the gate FAILS
  (exit 1) and says which figure fell, from what to what;
- a pinned figure that the run no longer prints, although its benchmark
  ran: FAILS (a figure cannot disappear silently either);
- better: passes, and says so; ``--update`` raises the pinned value;
- benchmarks that did not run (``--only``, or no ``../shared/data``) are
  reported as not measured and do not fail.

A baseline is lowered only on purpose: ``--update --lower "why"`` writes
the lower value and records the reason in the entry (``lowered``), which
shows in the diff of ``baseline.json``. Only quality figures are pinned:
timings on a shared 2-core machine are too noisy to gate.

Usage::

    python bench/run.py | tee bench/last.jsonl
    python bench/gate.py bench/last.jsonl            # check
    python bench/gate.py bench/last.jsonl --update   # raise improved figures

Examples
--------
>>> base = {"figures": [{"name": "x", "bench": "b", "match": {"k": 1}, "metric": "f1",
...          "value": 0.8, "higher_is_better": True, "tolerance": 0.01}]}
>>> [r.status for r in compare(base, [{"bench": "b", "k": 1, "f1": 0.75}])]
['worse']
>>> [r.status for r in compare(base, [{"bench": "b", "k": 1, "f1": 0.795}])]
['same']
>>> [r.status for r in compare(base, [{"bench": "b", "k": 2, "f1": 0.9}])]
['missing']
>>> [r.status for r in compare(base, [{"bench": "other"}])]
['not measured']
>>> _metric({"pairwise": {"f1": 0.9}}, "pairwise.f1")
0.9
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"


@dataclass
class Result:
    """One pinned figure checked: ``status`` is worse / same / better / missing / not measured."""

    name: str
    status: str
    pinned: float
    measured: float | None
    entry: dict[str, Any]

    def line(self) -> str:
        got = "-" if self.measured is None else f"{self.measured:g}"
        return f"{self.status:>12}  {self.name}: pinned {self.pinned:g}, measured {got}"


def _metric(row: dict[str, Any], path: str) -> Any:
    """``row[path]``, where ``a.b`` reads ``row["a"]["b"]``; ``None`` when absent."""
    value: Any = row
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _matches(row: dict[str, Any], entry: dict[str, Any]) -> bool:
    if row.get("bench") != entry["bench"]:
        return False
    return all(row.get(k) == v for k, v in entry.get("match", {}).items())


def compare(baseline: dict[str, Any], rows: list[dict[str, Any]]) -> list[Result]:
    """Each pinned figure of ``baseline`` against the measured ``rows``."""
    ran = {r.get("bench") for r in rows if "skipped" not in r}
    out = []
    for entry in baseline["figures"]:
        pinned = float(entry["value"])
        if entry["bench"] not in ran:
            out.append(Result(entry["name"], "not measured", pinned, None, entry))
            continue
        found = [r for r in rows if _matches(r, entry) and _metric(r, entry["metric"]) is not None]
        if not found:
            out.append(Result(entry["name"], "missing", pinned, None, entry))
            continue
        measured = float(_metric(found[-1], entry["metric"]))
        sign = 1.0 if entry.get("higher_is_better", True) else -1.0
        delta = sign * (measured - pinned)
        tolerance = float(entry.get("tolerance", 0.0))
        status = "worse" if delta < -tolerance else "better" if delta > tolerance else "same"
        out.append(Result(entry["name"], status, pinned, measured, entry))
    return out


def read_rows(path: Path | None) -> list[dict[str, Any]]:
    """The JSON lines ``bench/run.py`` printed (from a file, or standard input)."""
    text = sys.stdin.read() if path is None else path.read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", type=Path, nargs="?", help="JSON lines of bench/run.py")
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    parser.add_argument("--update", action="store_true", help="raise improved figures")
    parser.add_argument("--lower", metavar="WHY", help="with --update: also lower worse ones")
    args = parser.parse_args(argv)
    baseline = json.loads(args.baseline.read_text(encoding="utf-8"))
    results = compare(baseline, read_rows(args.results))
    for result in results:
        print(result.line())
    worse = [r for r in results if r.status in ("worse", "missing")]
    if args.update:
        for r in results:
            if r.measured is None:
                continue
            if r.status == "better" or (r.status == "worse" and args.lower):
                r.entry["value"] = r.measured
                if r.status == "worse":
                    r.entry["lowered"] = args.lower
        args.baseline.write_text(
            json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        worse = [r for r in worse if r.status == "missing" or not args.lower]
    if worse:
        names = ", ".join(r.name for r in worse)
        print(
            f"bench gate FAILED: {names} fell below bench/baseline.json. Fix the regression, "
            'or lower the baseline on purpose: python bench/gate.py RESULTS --update --lower "why"',
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    raise SystemExit(main())
