"""Run every benchmark and print one JSON line per figure.

Usage: ``python bench/run.py [--shared ../shared] [--only NAME ...] [--no-gate]``.
Benchmarks that need ``../shared/data`` report ``{"skipped": ...}`` when it
is absent. Timings are medians over repeated runs where the benchmark says so.

At the end the quality figures pinned in ``bench/baseline.json`` are checked
(``bench/gate.py``): one ``{"bench": "gate", ...}`` line per pinned figure, and
exit status 1 when one fell below its baseline or disappeared.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = [
    "encoder",
    "zwnj",
    "extraction",
    "ingest",
    "entities",
    "pairs",
    "fact_conflicts",
    "coverage",
    "web_load",
    "linking",
    "story_orders",
    "reliability",
    "dates",
    "corpus_dates",
    "feeds",
    "spark_scale",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--no-gate", action="store_true", help="skip the baseline check")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    failed = False
    printed: list[dict] = []
    for name in args.only or BENCHES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            print(json.dumps({"bench": name, "skipped": f"not available: {exc}"}), flush=True)
            continue
        needs_shared = getattr(module, "NEEDS_SHARED", True)
        if needs_shared and not (args.shared / "data").is_dir():
            print(json.dumps({"bench": name, "skipped": f"no data at {args.shared}/data"}))
            continue
        start = time.perf_counter()
        try:
            rows = module.run(args.shared)
        except Exception as exc:  # report and go on with the other benchmarks
            failed = True
            print(json.dumps({"bench": name, "error": f"{type(exc).__name__}: {exc}"}), flush=True)
            continue
        for row in rows:
            printed.append({"bench": name, **row})
            print(json.dumps(printed[-1], ensure_ascii=False), flush=True)
        print(
            json.dumps({"bench": name, "wall_s": round(time.perf_counter() - start, 2)}),
            flush=True,
        )
    if not args.no_gate:
        import gate

        baseline = json.loads(gate.BASELINE.read_text(encoding="utf-8"))
        results = gate.compare(baseline, printed)
        for r in results:
            line = {"figure": r.name, "status": r.status, "pinned": r.pinned}
            print(json.dumps({"bench": "gate", **line, "measured": r.measured}), flush=True)
        if any(r.status in ("worse", "missing") for r in results):
            print(
                "bench gate FAILED: a pinned figure fell below bench/baseline.json "
                "(see bench/gate.py to lower a baseline on purpose)",
                file=sys.stderr,
            )
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    raise SystemExit(main())
