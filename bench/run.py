"""Run every benchmark and print one JSON line per figure.

Usage: ``python bench/run.py [--shared ../shared] [--only NAME ...]``.
Benchmarks that need ``../shared/data`` report ``{"skipped": ...}`` when it
is absent. Timings are medians over repeated runs where the benchmark says so.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ["zwnj", "extraction", "ingest", "entities", "pairs", "coverage", "web_load", "linking"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    failed = False
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
            print(json.dumps({"bench": name, **row}, ensure_ascii=False), flush=True)
        print(
            json.dumps({"bench": name, "wall_s": round(time.perf_counter() - start, 2)}),
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
