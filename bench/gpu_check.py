"""GPU check (issue 12): the torch/CUDA path on the shared articles, articles/s.

Needs a machine with a CUDA GPU and torch with CUDA (the ``storyline[torch]``
extra); nothing in storyline depends on it. It prints JSON lines:

1. ``gpu_leads_per_s``: title + lead (as linking encodes them) of every
   shared article on ``E5Runtime(body="torch")`` (CUDA) in batches of
   ``--batch`` windows (median of 3 runs), and the least / mean cosine
   to the onnxruntime fp32 engine on the first 128 leads (the key check:
   >= 0.999 keeps ``e5-small``);
2. ``gpu_ingest_articles_per_s``: end-to-end ingest + encode + link of the
   shared corpus into a fresh store with ``STORYLINE_E5_ENGINE=torch``.

``python bench/gpu_check.py [SHARED] [--batch 128]``; exits with status 2
(and says why) when torch sees no GPU.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shared_corpus import ingest_targets, semeval_articles  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shared", nargs="?", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--batch", type=int, default=128)
    args = parser.parse_args()
    try:
        import torch
    except ImportError:
        print(json.dumps({"bench": "gpu_check", "error": "torch is not installed (pip install storyline[torch])"}))
        return 2
    if not torch.cuda.is_available():
        print(json.dumps({"bench": "gpu_check", "error": "torch sees no CUDA GPU here"}))
        return 2
    os.environ["STORYLINE_E5_ENGINE"] = "torch"
    from storyline.e5.runtime import E5Runtime
    from storyline.encode import FastE5Encoder, doc_text_for_linking
    from storyline.link.vectors import LEAD_CHARS
    from storyline.pipeline import default_workers, ingest
    from storyline.store import Store

    gpu = torch.cuda.get_device_name(0)
    leads = [doc_text_for_linking(None, a["text"], LEAD_CHARS) for a in semeval_articles(args.shared)]
    rt = E5Runtime(body="torch", batch_size=args.batch, max_batch_tokens=args.batch * 512)
    rt.encode(leads[:64])  # load, warm the kernels
    walls, vecs = [], None
    for _ in range(3):
        torch.cuda.synchronize()
        t = time.perf_counter()
        vecs = rt.encode(leads)
        torch.cuda.synchronize()
        walls.append(time.perf_counter() - t)
    ref = FastE5Encoder("onnx-fp32").encode(leads[:128])
    cos = (vecs[:128] * ref).sum(axis=1)
    print(json.dumps({
        "bench": "gpu_check", "figure": "gpu_leads_per_s", "gpu": gpu, "engine": rt.body.name,
        "leads": len(leads), "batch": args.batch,
        "leads_per_s": round(len(leads) / statistics.median(walls), 1),
        "cos_min_to_onnx_fp32": round(float(cos.min()), 5), "cos_mean_to_onnx_fp32": round(float(cos.mean()), 5),
    }), flush=True)
    targets = [path for path, _ in ingest_targets(args.shared)]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "gpu.db") as store:
        t = time.perf_counter()
        report = ingest(targets, store, workers=default_workers())
        wall = time.perf_counter() - t
    print(json.dumps({
        "bench": "gpu_check", "figure": "gpu_ingest_articles_per_s", "gpu": gpu,
        "documents": report.read, "linked": report.linked, "workers": default_workers(),
        "wall_s": round(wall, 1), "articles_per_s": round(report.read / wall, 1),
    }), flush=True)
    return 0


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    raise SystemExit(main())
