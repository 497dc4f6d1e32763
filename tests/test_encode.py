"""Encoders, vector blobs, the linking text and the on-disk vector cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storyline.encode import (
    CachedEncoder,
    E5Encoder,
    Encoder,
    HashingEncoder,
    doc_text_for_linking,
    get_encoder,
    text_key,
)
from storyline.store.blob import from_blob, to_blob

TEXTS = [
    "Syria lets Iraq strike Islamic State positions inside Syria.",
    "سوریه به عراق اجازه داد مواضع داعش را در خاک سوریه بمباران کند.",
    "سمحت سوريا للعراق بضرب مواقع تنظيم الدولة الإسلامية داخل أراضيها.",
    "Сирия разрешила Ираку наносить удары по позициям ИГ на своей территории.",
    "Bayern München gewinnt das Pokalfinale gegen Leipzig mit 3:1.",
]


def test_hashing_encoder_is_deterministic_and_normalised() -> None:
    enc = HashingEncoder(dim=128)
    a = enc.encode(TEXTS)
    b = HashingEncoder(dim=128).encode(TEXTS)
    assert a.shape == (5, 128) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(a, b)
    assert isinstance(enc, Encoder)


def test_hashing_encoder_empty_text_gives_zero_vector_not_nan() -> None:
    vec = HashingEncoder().encode([""])
    assert not np.isnan(vec).any()


def test_blob_round_trip_is_float16_close() -> None:
    vecs = HashingEncoder().encode(TEXTS[:2])
    blob = to_blob(vecs)
    assert len(blob) == 2 * 256 * 2
    back = from_blob(blob, 256)
    assert back.shape == (2, 256) and back.dtype == np.float32
    assert np.abs(back - vecs).max() < 1e-3
    assert from_blob(to_blob(vecs[0]), 256).shape == (256,)
    with pytest.raises(ValueError):
        from_blob(blob[:10], 256)


def test_doc_text_for_linking_title_and_cut() -> None:
    assert doc_text_for_linking("Title", "Title and body") == "Title and body"
    out = doc_text_for_linking("عنوان", "متن " * 400, max_chars=100)
    assert out.startswith("عنوان\n") and len(out) <= 100 and not out.endswith(" ")


def test_get_encoder_caches_and_rejects_unknown() -> None:
    assert get_encoder("hashing") is get_encoder("hashing")
    with pytest.raises(ValueError):
        get_encoder("bert-huge")


def test_cached_encoder_encodes_each_text_once(tmp_path: Path) -> None:
    enc = CachedEncoder(HashingEncoder(), tmp_path / "cache" / "v.sqlite")
    first = enc.encode(TEXTS + TEXTS[:1])
    assert enc.misses == len(TEXTS)
    again = CachedEncoder(HashingEncoder(), tmp_path / "cache" / "v.sqlite")
    second = again.encode(list(reversed(TEXTS)))
    assert again.misses == 0
    assert np.abs(second[::-1] - first[: len(TEXTS)]).max() < 1e-3
    assert text_key(TEXTS[0]) != text_key(TEXTS[1])


def test_e5_encoder_links_translations_above_unrelated_text() -> None:
    enc = E5Encoder()
    vecs = enc.encode(TEXTS)
    assert vecs.shape == (5, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    sims = vecs @ vecs.T
    for i in (1, 2, 3):
        assert sims[0, i] > sims[0, 4] + 0.03, (i, sims[0, i], sims[0, 4])
