"""Store methods for linking: cached vectors, stories, and a key/value ``meta`` table.

:class:`LinkingMixin` is mixed into :class:`storyline.store.Store`; it uses
the store's connection, lock and :meth:`~storyline.store.Store.transaction`.
Vectors are float16 (:func:`storyline.store.blob.to_blob`), keyed by article id
and model name, so nothing is encoded twice. Story methods live in :mod:`storyline.store.stories`.

Examples
--------
>>> import numpy as np
>>> from storyline.article import Article
>>> from storyline.store import Store
>>> store = Store(":memory:")
>>> _ = store.add_article(Article(id="a" * 16, text="t", text_original="t", lang="en",
...                               lang_confidence=1.0))
>>> store.put_doc_vectors([("a" * 16, np.array([0.6, 0.8]))], "toy")
>>> [round(float(x), 3) for x in store.doc_vectors(["a" * 16], "toy")["a" * 16]]
[0.6, 0.8]
>>> store.articles_without_story()
['aaaaaaaaaaaaaaaa']
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

import numpy as np

from storyline.store.blob import from_blob, to_blob
from storyline.store.records import StoreError
from storyline.store.story_records import LinkRow

__all__ = ["LinkingMixin"]

_CHUNK = 500


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


class LinkingMixin:
    """Vector, story and meta methods of :class:`~storyline.store.Store`.

    Examples
    --------
    >>> from storyline.store import Store
    >>> Store(":memory:").list_stories()
    []
    """

    _conn: sqlite3.Connection
    _lock: threading.RLock
    transaction: Callable[[], AbstractContextManager[None]]

    # -- vectors ---------------------------------------------------------

    def put_doc_vectors(
        self,
        items: Sequence[tuple[str, np.ndarray]],
        model: str,
        keys: Sequence[str | None] | None = None,
    ) -> None:
        """Cache document vectors (float16) and optional link keys (JSON text).

        Sentence vectors already cached for an article are kept.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").put_doc_vectors([("nope", np.zeros(2))], "m")
        Traceback (most recent call last):
        ...
        storyline.store.records.StoreError: cannot cache vectors: unknown article id(s)
        """
        keys = list(keys) if keys is not None else [None] * len(items)
        if len(keys) != len(items):
            raise ValueError("keys must have one entry per item")
        rows = []
        for (article_id, vec), key in zip(items, keys, strict=True):
            vec = np.asarray(vec, dtype=np.float32).reshape(-1)
            rows.append((article_id, model, int(vec.size), to_blob(vec), key))
        try:
            with self.transaction():
                self._conn.executemany(
                    "INSERT INTO vectors(article_id, model, dim, doc, keys) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(article_id, model) DO UPDATE SET dim = excluded.dim, "
                    "doc = excluded.doc, keys = coalesce(excluded.keys, vectors.keys)",
                    rows,
                )
        except sqlite3.IntegrityError as exc:
            raise StoreError("cannot cache vectors: unknown article id(s)") from exc

    def doc_vectors(self, ids: Sequence[str], model: str) -> dict[str, np.ndarray]:
        """Cached document vectors (float32) of ``ids`` for ``model``; missing ids are absent.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").doc_vectors(["x"], "m")
        {}
        """
        out: dict[str, np.ndarray] = {}
        with self._lock:
            for chunk in _chunks(list(ids)):
                rows = self._conn.execute(
                    f"SELECT article_id, dim, doc FROM vectors WHERE model = ? "
                    f"AND article_id IN ({_marks(len(chunk))})",
                    [model, *chunk],
                ).fetchall()
                out.update({a: from_blob(b, d) for a, d, b in rows})
        return out

    def put_sentence_vectors(self, article_id: str, mat: np.ndarray, model: str) -> None:
        """Cache an ``(n_sentences, dim)`` matrix beside the article's document vector.

        Raises
        ------
        StoreError
            When the article has no document vector for ``model`` yet.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").put_sentence_vectors("x", np.zeros((2, 4)), "m")
        Traceback (most recent call last):
        ...
        storyline.store.records.StoreError: no document vector for article 'x' (model m)
        """
        mat = np.asarray(mat, dtype=np.float32)
        with self.transaction():
            cur = self._conn.execute(
                "UPDATE vectors SET sentences = ? WHERE article_id = ? AND model = ?",
                (to_blob(mat), article_id, model),
            )
            if cur.rowcount == 0:
                raise StoreError(f"no document vector for article {article_id!r} (model {model})")

    def sentence_vectors(self, article_id: str, model: str) -> np.ndarray | None:
        """Cached sentence vectors ``(n, dim)`` of an article, or ``None``.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").sentence_vectors("x", "m") is None
        True
        """
        with self._lock:
            row = self._conn.execute(
                "SELECT dim, sentences FROM vectors WHERE article_id = ? AND model = ?",
                (article_id, model),
            ).fetchone()
        if row is None or row[1] is None:
            return None
        return from_blob(row[1], row[0]).reshape(-1, row[0])

    def put_align_sides(
        self,
        items: Sequence[tuple[str, np.ndarray, np.ndarray, Sequence[str]]],
        model: str,
    ) -> None:
        """Cache articles' encoded headline and first sentences (float16) under ``model``.

        Each item is ``(article_id, head, sentences, texts)``: the headline
        vector ``(dim,)``, the sentence vectors ``(n, dim)`` and the ``n``
        sentence texts (the tracker's second stage,
        :func:`storyline.link.align_evidence.encode_align_side`).

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").put_align_sides([("x", np.zeros(2), np.zeros((0, 2)), [])], "m")
        Traceback (most recent call last):
        ...
        storyline.store.records.StoreError: cannot cache sentence vectors: unknown article id(s)
        """
        rows = []
        for article_id, head, sentences, texts in items:
            head = np.asarray(head, dtype=np.float32).reshape(-1)
            mat = np.asarray(sentences, dtype=np.float32).reshape(-1, head.size)
            if len(mat) != len(texts):
                raise ValueError("one text per sentence vector")
            blob = json.dumps(list(texts), ensure_ascii=False)
            rows.append((article_id, model, int(head.size), to_blob(head), to_blob(mat), blob))
        try:
            with self.transaction():
                self._conn.executemany(
                    "INSERT OR REPLACE INTO align_vectors(article_id, model, dim, head, "
                    "sentences, texts) VALUES (?, ?, ?, ?, ?, ?)",
                    rows,
                )
        except sqlite3.IntegrityError as exc:
            raise StoreError("cannot cache sentence vectors: unknown article id(s)") from exc

    def align_sides(
        self, ids: Sequence[str], model: str
    ) -> dict[str, tuple[np.ndarray, np.ndarray, tuple[str, ...]]]:
        """Cached ``(head, sentences, texts)`` of ``ids`` under ``model``; missing ids are absent.

        Examples
        --------
        >>> from storyline.article import Article
        >>> from storyline.store import Store
        >>> store = Store(":memory:")
        >>> _ = store.add_article(Article(id="a" * 16, text="t", text_original="t", lang="en",
        ...                               lang_confidence=1.0))
        >>> store.put_align_sides([("a" * 16, np.ones(2), np.ones((1, 2)), ["One."])], "m")
        >>> head, sents, texts = store.align_sides(["a" * 16, "b" * 16], "m")["a" * 16]
        >>> head.tolist(), sents.shape, texts
        ([1.0, 1.0], (1, 2), ('One.',))
        """
        out: dict[str, tuple[np.ndarray, np.ndarray, tuple[str, ...]]] = {}
        with self._lock:
            for chunk in _chunks(list(ids)):
                rows = self._conn.execute(
                    f"SELECT article_id, dim, head, sentences, texts FROM align_vectors "
                    f"WHERE model = ? AND article_id IN ({_marks(len(chunk))})",
                    [model, *chunk],
                ).fetchall()
                for aid, dim, head, sents, texts in rows:
                    words = tuple(json.loads(texts))
                    mat = np.frombuffer(sents, dtype="<f2").astype(np.float32)
                    out[aid] = (from_blob(head, dim), mat.reshape(len(words), dim), words)
        return out

    def articles_without_vectors(self, model: str) -> list[str]:
        """Ids of stored articles with no document vector for ``model``, arrival order.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").articles_without_vectors("m")
        []
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM vectors v "
                "WHERE v.article_id = a.id AND v.model = ?) ORDER BY a.seq",
                (model,),
            ).fetchall()
        return [r[0] for r in rows]

    def articles_without_story(self) -> list[str]:
        """Ids of stored articles not yet in any story, arrival order.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").articles_without_story()
        []
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s "
                "WHERE s.article_id = a.id) ORDER BY a.seq"
            ).fetchall()
        return [r[0] for r in rows]

    def articles_since(self, since: str) -> list[str]:
        """Ids of articles published on or after ``since`` (ISO), or undated and added since then.

        Arrival order. An article with no publication date counts by when it
        was stored (``added_at``).

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").articles_since("2025-01-01")
        []
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT id FROM articles WHERE (published IS NOT NULL AND published >= ?) "
                "OR (published IS NULL AND added_at >= ?) ORDER BY seq",
                (since, since),
            ).fetchall()
        return [r[0] for r in rows]

    def linking_texts(self, ids: Sequence[str]) -> list[tuple[str, str | None, str, str]]:
        """``(id, title, text, lang)`` of articles, in the order of ``ids`` (unknown ids skipped).

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").linking_texts(["x"])
        []
        """
        found: dict[str, tuple[str, str | None, str, str]] = {}
        with self._lock:
            for chunk in _chunks(list(ids)):
                rows = self._conn.execute(
                    f"SELECT id, title, text, lang FROM articles WHERE id IN ({_marks(len(chunk))})",
                    list(chunk),
                ).fetchall()
                found.update({r[0]: (r[0], r[1], r[2], r[3]) for r in rows})
        return [found[i] for i in ids if i in found]

    def article_titles(self, ids: Sequence[str]) -> dict[str, str | None]:
        """Titles of articles by id (unknown ids absent).

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").article_titles(["x"])
        {}
        """
        out: dict[str, str | None] = {}
        with self._lock:
            for chunk in _chunks(list(ids)):
                rows = self._conn.execute(
                    f"SELECT id, title FROM articles WHERE id IN ({_marks(len(chunk))})",
                    list(chunk),
                ).fetchall()
                out.update(dict(rows))
        return out

    def iter_doc_vectors(
        self, model: str, after_seq: int = 0, batch: int = 20_000
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Yield ``(seqs, matrix)`` batches of cached document vectors, arrival order.

        Examples
        --------
        >>> from storyline.store import Store
        >>> list(Store(":memory:").iter_doc_vectors("m"))
        []
        """
        last = after_seq
        while True:
            with self._lock:
                rows = self._conn.execute(
                    "SELECT a.seq, v.dim, v.doc FROM articles a JOIN vectors v "
                    "ON v.article_id = a.id AND v.model = ? WHERE a.seq > ? "
                    "ORDER BY a.seq LIMIT ?",
                    (model, last, batch),
                ).fetchall()
            if not rows:
                return
            dim = rows[0][1]
            seqs = np.array([r[0] for r in rows], dtype=np.uint64)
            mat = np.frombuffer(b"".join(r[2] for r in rows), dtype="<f2").reshape(-1, dim)
            yield seqs, mat.astype(np.float32)
            last = int(seqs[-1])

    def vector_state(self, model: str) -> tuple[int, int]:
        """``(count, max article seq)`` of the document vectors cached for ``model``.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").vector_state("m")
        (0, 0)
        """
        with self._lock:
            n, last = self._conn.execute(
                "SELECT count(*), coalesce(max(a.seq), 0) FROM vectors v "
                "JOIN articles a ON a.id = v.article_id WHERE v.model = ?",
                (model,),
            ).fetchone()
        return int(n), int(last)

    def linked_seqs(self, model: str) -> list[int]:
        """Arrival numbers of the articles in a story that have a cached ``model`` vector.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").linked_seqs("m")
        []
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT a.seq FROM story_articles s JOIN articles a ON a.id = s.article_id "
                "JOIN vectors v ON v.article_id = a.id AND v.model = ? ORDER BY a.seq",
                (model,),
            ).fetchall()
        return [int(r[0]) for r in rows]

    def link_rows(
        self, *, seqs: Sequence[int] = (), ids: Sequence[str] = (), model: str
    ) -> list[LinkRow]:
        """Linking view of articles given by ``seqs`` or ``ids`` (order of the request).

        Articles without a vector for ``model`` are left out.

        Examples
        --------
        >>> from storyline.store import Store
        >>> Store(":memory:").link_rows(seqs=[1, 2], model="m")
        []
        """
        column, wanted = ("a.seq", list(seqs)) if seqs else ("a.id", list(ids))
        found: dict[Any, LinkRow] = {}
        with self._lock:
            for chunk in _chunks(wanted):
                rows = self._conn.execute(
                    "SELECT a.seq, a.id, a.lang, a.published, v.dim, v.doc, v.keys, s.story_id "
                    "FROM articles a JOIN vectors v ON v.article_id = a.id AND v.model = ? "
                    "LEFT JOIN story_articles s ON s.article_id = a.id "
                    f"WHERE {column} IN ({_marks(len(chunk))})",
                    [model, *chunk],
                ).fetchall()
                for seq, aid, lang, pub, dim, doc, keys, story in rows:
                    row = LinkRow(seq, aid, lang, pub, from_blob(doc, dim), keys, story)
                    found[seq if seqs else aid] = row
        return [found[k] for k in wanted if k in found]

    # -- meta ------------------------------------------------------------

    def get_meta(self, key: str, default: Any = None) -> Any:
        """Read a JSON value from the ``meta`` table.

        Examples
        --------
        >>> from storyline.store import Store
        >>> s = Store(":memory:"); s.set_meta("k", {"n": 1}); s.get_meta("k"), s.get_meta("z", 0)
        ({'n': 1}, 0)
        """
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_meta(self, key: str, value: Any) -> None:
        """Write a JSON value to the ``meta`` table (inside the current transaction, or its own)."""
        with self.transaction():
            self._conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, json.dumps(value))
            )
