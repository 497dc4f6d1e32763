"""Linking vectors: what is encoded per article, and caching it in the store.

Each article is encoded once, as :func:`storyline.encode.doc_text_for_linking`
of its title and the first :data:`LEAD_CHARS` characters, and cached in the
store (float16) under :func:`vector_key` (encoder name and lead length), with
its link keys (:func:`storyline.link.decide.link_keys`).

The lead length trades speed (encoder time grows with it) for accuracy
(same-event F1 falls with a shorter lead); the measured trade-off is
recorded in ``bench/baseline.json`` (``recorded``: ``link.lead_chars.*``).

Examples
--------
>>> from storyline.store import Store
>>> from storyline.encode import HashingEncoder
>>> encode_missing(Store(":memory:"), HashingEncoder())
0
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from storyline.encode import Encoder, doc_text_for_linking
from storyline.link.decide import link_keys
from storyline.link.ports import LinkStore

__all__ = ["LEAD_CHARS", "encode_missing", "vector_key"]

LEAD_CHARS = 400
"""Characters of title + lead encoded per article for linking."""


def vector_key(encoder: Encoder, lead_chars: int = LEAD_CHARS) -> str:
    """The model name linking vectors are cached under: encoder name and lead length.

    Examples
    --------
    >>> from storyline.encode import HashingEncoder
    >>> vector_key(HashingEncoder(dim=64), 400)
    'hashing-64-3@400'
    """
    return f"{encoder.name}@{lead_chars}"


def encode_missing(
    store: LinkStore,
    encoder: Encoder,
    ids: Sequence[str] | None = None,
    lead_chars: int = LEAD_CHARS,
    batch: int = 64,
    progress: Callable[[int], None] | None = None,
    keys: Mapping[str, str] | None = None,
) -> int:
    """Encode and cache title + lead vectors (and link keys) of articles that lack them.

    ``ids`` limits it to those articles (only they are looked up: the cost
    does not grow with the store); ``keys`` gives link keys already computed
    (:func:`~storyline.link.decide.link_keys` of the stored title, text and
    language), by article id. Returns how many articles were encoded.

    Examples
    --------
    >>> from storyline.store import Store
    >>> from storyline.encode import HashingEncoder
    >>> encode_missing(Store(":memory:"), HashingEncoder())
    0
    >>> from storyline.article import Article
    >>> s = Store(":memory:")
    >>> art = Article(id="a1", text="Rain in Rome.", text_original="", lang="en", lang_confidence=1)
    >>> aid = s.add_article(art).article_id
    >>> encode_missing(s, HashingEncoder(), [aid, aid]), encode_missing(s, HashingEncoder(), [aid])
    (1, 0)
    """
    key = vector_key(encoder, lead_chars)
    if ids is None:
        todo = store.articles_without_vectors(key)
    else:
        wanted = list(dict.fromkeys(ids))
        cached = store.doc_vectors(wanted, key)
        todo = [i for i in wanted if i not in cached]
    keys = keys or {}
    done = 0
    for start in range(0, len(todo), batch):
        rows = store.linking_texts(todo[start : start + batch])
        texts = [doc_text_for_linking(title, text, lead_chars) for _, title, text, _ in rows]
        vecs = encoder.encode(texts)
        found = [keys.get(aid) or link_keys(title, text, lang) for aid, title, text, lang in rows]
        store.put_doc_vectors(
            [(r[0], v) for r, v in zip(rows, vecs, strict=True)], key, found
        )
        done += len(rows)
        if progress is not None:
            progress(len(rows))
    return done
