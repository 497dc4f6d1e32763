"""Watches: standing questions over the stories, and the alerts they fire.

A watch matches *articles* -- by keywords (every word of its query, folded
and tokenised exactly as the full-text index is, so ``storyline search``
and the web search find the same articles), by meaning (the cosine between
the query's vector and the article's title+lead vector, encoded by the same
multilingual encoder as the web's semantic search, at least
``feeds.semantic_min``), and by entity (the cross-script keys of
:mod:`storyline.entities`: *Syria*, *سوریه* and *Сирия* share one) -- and
through them *stories*: a story is followed by a watch once one of its
articles matched (and, with ``lang``, once it has an article in that
language). Each evaluation compares what the watch last saw of each
followed story (``watch_stories``) with the story now and fires on:

- ``new-story``: the story qualifies for the first time (it has at least
  ``min_languages`` languages);
- ``new-language`` / ``new-outlet``: a qualifying story gains a language /
  an outlet it did not have;
- ``conflict``: a qualifying story's reports disagree on more numbers or
  days than before (:mod:`storyline.coverage.conflicts`).

One change of a story gives one alert, whatever number of the watch's
events it meets (a French report from a new outlet is one alert naming
both ``new-language`` and ``new-outlet``); an alert is stored once
(``alerts`` is unique on watch, story, kind and the change itself), so
re-running an evaluation never fires twice; with ``quiet`` the states are recorded and nothing fires (a
back-fill).

Examples
--------
>>> sorted(query_terms("Séisme en TURQUIE")[0])
['en', 'seisme', 'turquie']
>>> m = KeywordIndex({"quake": "earthquake Turkey", "fires": "лесных пожаров"})
>>> sorted(m.match("A strong earthquake shook eastern Turkey on Sunday."))
['quake']
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from storyline.encode import get_encoder
from storyline.errors import StorylineError
from storyline.settings import Settings
from storyline.store import Store
from storyline.store.feeds import WatchRow
from storyline.text.fold import fold_for_matching, is_cjk, search_tokens, strip_arabic_article

__all__ = [
    "EVENTS",
    "KeywordIndex",
    "WatchError",
    "add_watch",
    "entity_keys",
    "evaluate",
    "evaluate_pending",
    "query_terms",
    "remove_watch",
]

logger = logging.getLogger(__name__)

EVENTS = ("new-story", "new-language", "new-outlet", "conflict")
"""The changes a watch can fire on."""

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class WatchError(StorylineError, ValueError):
    """A bad watch (name, query, event, webhook) -- one line."""


# -- keyword matching ---------------------------------------------------------------


def _pieces(word: str) -> list[tuple[bool, str]]:
    pieces: list[tuple[bool, str]] = []
    for ch in word:
        cjk = is_cjk(ch)
        if pieces and pieces[-1][0] == cjk:
            pieces[-1] = (cjk, pieces[-1][1] + ch)
        else:
            pieces.append((cjk, ch))
    return pieces


def query_terms(query: str) -> tuple[frozenset[str], frozenset[str]]:
    """The index terms every matching article must hold, and the prefixes (a lone CJK character).

    The same folding as :func:`storyline.store.queries.fts_query`: a
    word's Arabic article is dropped (the index holds both forms), a run of
    CJK characters needs its bigrams.

    Examples
    --------
    >>> terms, prefixes = query_terms("北京市场 猫")
    >>> sorted(terms), sorted(prefixes)
    (['京市', '北京', '市场'], ['猫'])
    >>> query_terms("الدانوب")[0]
    frozenset({'دانوب'})
    """
    terms: set[str] = set()
    prefixes: set[str] = set()
    for word in fold_for_matching(query).split():
        for cjk, piece in _pieces(word):
            if not cjk:
                terms.add(strip_arabic_article(piece) or piece)
            elif len(piece) == 1:
                prefixes.add(piece)
            else:
                terms.update(search_tokens(piece))
    return frozenset(terms), frozenset(prefixes)


class KeywordIndex:
    """Watches' keyword queries, indexed by one term each, matched against an article's tokens.

    Matching costs a set lookup per distinct token of the article plus a
    subset test per candidate watch, whatever the number of watches.
    """

    def __init__(self, queries: dict[str, str]) -> None:
        self._by_term: dict[str, list[tuple[str, frozenset[str], frozenset[str]]]] = {}
        self._prefix_only: list[tuple[str, frozenset[str]]] = []
        for name, query in queries.items():
            terms, prefixes = query_terms(query)
            if terms:
                key = max(terms, key=len)  # the longest term: usually the rarest
                self._by_term.setdefault(key, []).append((name, terms, prefixes))
            elif prefixes:
                self._prefix_only.append((name, prefixes))
        self._keys = frozenset(self._by_term)
        self._size = sum(len(v) for v in self._by_term.values()) + len(self._prefix_only)

    def __len__(self) -> int:
        return self._size

    def match(self, text: str) -> set[str]:
        """Names of the watches whose every term occurs in ``text``."""
        if not self:
            return set()
        tokens = set(search_tokens(text))
        return self.match_tokens(tokens)

    def match_tokens(self, tokens: set[str]) -> set[str]:
        """Names of the watches whose every term is among ``tokens``."""
        found: set[str] = set()
        firsts: set[str] | None = None  # a prefix is one CJK character: a token's first
        for token in self._keys.intersection(tokens):
            for name, terms, prefixes in self._by_term[token]:
                if not terms <= tokens:
                    continue
                if prefixes:
                    firsts = firsts if firsts is not None else {t[:1] for t in tokens}
                    if not prefixes <= firsts:
                        continue
                found.add(name)
        if self._prefix_only:
            firsts = firsts if firsts is not None else {t[:1] for t in tokens}
            found.update(name for name, prefixes in self._prefix_only if prefixes <= firsts)
        return found


def entity_keys(name: str, lang: str = "en") -> set[str]:
    """The cross-script keys of an entity name (countries as ``country:xx``).

    Examples
    --------
    >>> entity_keys("Syria"), entity_keys("سوریه"), entity_keys("Сирия")
    ({'country:sy'}, {'country:sy'}, {'country:sy'})
    """
    from storyline.link.decide import entity_link_keys
    from storyline.link.textkeys import country_keys
    from storyline.text.language import detect_language

    langs = [lang, detect_language(name).lang]
    if re.search(r"[\u0600-\u06ff]", name):
        langs += ["ar", "fa"]
    elif re.search(r"[\u0400-\u04ff]", name):
        langs += ["ru", "uk"]
    keys: set[str] = set()
    for code in dict.fromkeys(langs):
        keys |= set(entity_link_keys(name, code))
        keys |= {f"country:{c}" for c in country_keys(name, code)}
    return keys


def _article_keys(raw: str | None) -> set[str]:
    if not raw:
        return set()
    try:
        data = json.loads(raw)
    except ValueError:
        return set()
    return set(data.get("e", [])) | {f"country:{c}" for c in data.get("c", [])}


# -- adding and removing ------------------------------------------------------------


def add_watch(
    store: Store,
    name: str,
    *,
    query: str | None = None,
    entity: str | None = None,
    lang: str | None = None,
    min_languages: int = 1,
    on: Sequence[str] = ("new-story",),
    webhook: str | None = None,
    secret: str | None = None,
    quiet_backfill: bool = False,
    settings: Settings | None = None,
) -> WatchRow:
    """Create a watch and match it against the stored stories at once (they fire
    ``new-story``); with ``quiet_backfill`` they are recorded as seen instead, so
    only later changes fire.

    Raises
    ------
    WatchError
        For a bad name, no query and no entity, an unknown event, an entity
        with no key, a webhook that is not http(s), or a name in use.
    """
    if not _NAME.match(name):
        raise WatchError(f"bad watch name {name!r} (letters, digits, '-', '_', '.'; 64 at most)")
    query = (query or "").strip() or None
    entity = (entity or "").strip() or None
    if query is None and entity is None:
        raise WatchError("a watch needs --query or --entity")
    if query is not None and not any(query_terms(query)):
        raise WatchError(f"query {query!r} has no words")
    events = list(dict.fromkeys(e.strip() for e in on if e.strip())) or ["new-story"]
    unknown = [e for e in events if e not in EVENTS]
    if unknown:
        raise WatchError(f"unknown event {unknown[0]!r} (one of {', '.join(EVENTS)})")
    if min_languages < 1:
        raise WatchError("--min-languages must be at least 1")
    if entity is not None and not entity_keys(entity, lang or "en"):
        raise WatchError(f"no known entity in {entity!r} (a country, place, person or organisation)")
    if webhook is not None:
        parts = urlsplit(webhook)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise WatchError(f"webhook {webhook!r} is not an http(s) URL")
    row = WatchRow(
        name=name,
        query=query,
        entity=entity,
        lang=lang,
        min_languages=min_languages,
        events=events,
        webhook=webhook,
        secret=secret or secrets.token_hex(32),
        created_at="",
    )
    if not store.add_watch(row):
        raise WatchError(f"a watch called {name!r} exists (remove it first)")
    evaluate(store, None, settings, quiet=quiet_backfill, watches=[name])
    stored = store.get_watch(name)
    assert stored is not None
    return stored


def remove_watch(store: Store, name: str) -> None:
    """Delete a watch, its states and alerts.

    Raises
    ------
    WatchError
        When there is no such watch.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     remove_watch(store, "nope")
    Traceback (most recent call last):
    ...
    storyline.feeds.watches.WatchError: no watch 'nope' (see `storyline watches list`)
    """
    if not store.remove_watch(name):
        raise WatchError(f"no watch {name!r} (see `storyline watches list`)")


# -- matching and firing ------------------------------------------------------------


@dataclass
class _Compiled:
    rows: list[WatchRow]
    keywords: KeywordIndex
    names: list[str]
    matrix: np.ndarray | None
    entities: dict[str, set[str]]
    by_entity_key: dict[str, set[str]] | None = None
    with_entity_and_query: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.by_entity_key = {}
        for name, keys in self.entities.items():
            for key in keys:
                self.by_entity_key.setdefault(key, set()).add(name)
        self.with_entity_and_query = frozenset(
            w.name for w in self.rows if w.entity and w.query
        )


_VECTOR_CACHE: dict[tuple[str, str], np.ndarray] = {}


def _query_vectors(store: Store | None, queries: list[str], settings: Settings) -> np.ndarray:
    """Unit vectors of the watch queries: from memory, else the store's ``meta``, else encoded
    (and kept in both), so a cron ``watch --once`` does not re-encode a thousand queries."""
    model = _vector_model(settings)
    out: dict[str, np.ndarray] = {}
    missing: list[str] = []
    for q in dict.fromkeys(queries):
        key = (model, q)
        if key in _VECTOR_CACHE:
            out[q] = _VECTOR_CACHE[key]
            continue
        meta_key = f"watch-vector:{model}:{hashlib.sha1(q.encode()).hexdigest()}"
        stored = store.get_meta(meta_key) if store is not None else None
        if isinstance(stored, list) and stored:
            out[q] = _VECTOR_CACHE[key] = np.asarray(stored, dtype=np.float32)
        else:
            missing.append(q)
    if missing:
        fresh = np.asarray(get_encoder(settings.encoder).encode(missing), dtype=np.float32)
        norms = np.linalg.norm(fresh, axis=1, keepdims=True)
        fresh = (fresh / np.where(norms == 0, 1, norms)).astype(np.float32)
        for q, vec in zip(missing, fresh, strict=True):
            out[q] = _VECTOR_CACHE[(model, q)] = vec
        if store is not None:
            try:
                with store.transaction():
                    for q in missing:
                        meta_key = f"watch-vector:{model}:{hashlib.sha1(q.encode()).hexdigest()}"
                        store.set_meta(meta_key, [round(float(x), 6) for x in out[q]])
            except StorylineError as exc:  # a read-only store: encode again next time
                logger.debug("watch query vectors not cached: %s", exc)
    return np.stack([out[q] for q in queries]).astype(np.float32)


def _compile(rows: list[WatchRow], settings: Settings, store: Store | None = None) -> _Compiled:
    keywords = KeywordIndex({w.name: w.query for w in rows if w.query})
    with_query = [w for w in rows if w.query]
    matrix = None
    if with_query:
        matrix = _query_vectors(store, [w.query or "" for w in with_query], settings)
    entities = {w.name: entity_keys(w.entity, w.lang or "en") for w in rows if w.entity}
    return _Compiled(rows, keywords, [w.name for w in with_query], matrix, entities)


def match_articles(
    store: Store,
    article_ids: Sequence[str],
    rows: list[WatchRow],
    settings: Settings,
    compiled: _Compiled | None = None,
) -> dict[str, set[str]]:
    """``watch name -> ids of the articles it matches`` among ``article_ids``."""
    compiled = compiled or _compile(rows, settings, store)
    by_name = {w.name: w for w in rows}
    model = _vector_model(settings)
    link = {r.article_id: r for r in store.link_rows(ids=list(article_ids), model=model)}
    found: dict[str, set[str]] = {}
    threshold = settings.feeds.semantic_min
    for aid, title, text, _lang in store.linking_texts(list(article_ids)):
        names = compiled.keywords.match(f"{title or ''}\n{text}")
        row = link.get(aid)
        if compiled.matrix is not None and row is not None:
            vec = np.asarray(row.doc, dtype=np.float32)
            norm = float(np.linalg.norm(vec)) or 1.0
            sims = compiled.matrix @ (vec / norm)
            names |= {compiled.names[i] for i in np.flatnonzero(sims >= threshold)}
        if compiled.entities:
            keys = _article_keys(row.keys if row is not None else None)
            assert compiled.by_entity_key is not None
            by_entity: set[str] = set()
            for key in keys:
                by_entity |= compiled.by_entity_key.get(key, set())
            # a watch with both a query and an entity needs both; one with an entity only, the entity
            names -= compiled.with_entity_and_query - by_entity
            names |= {n for n in by_entity if by_name[n].query is None or n in names}
        for name in names:
            found.setdefault(name, set()).add(aid)
    return found


def _vector_model(settings: Settings) -> str:
    from storyline.link.vectors import vector_key

    return vector_key(get_encoder(settings.encoder), settings.tracker.lead_chars)


def _story_of(store: Store, article_id: str, model: str) -> str | None:
    rows = store.link_rows(ids=[article_id], model=model)
    if not rows or not rows[0].story_id:
        return None
    return store.resolve_story(rows[0].story_id)


def _conflict_state(store: Store, ids: list[str], settings: Settings) -> tuple[int, str]:
    from storyline.coverage import corpus_mean, story_coverage

    encoder = get_encoder(settings.encoder)
    model = _vector_model(settings)

    def vectors(article: Any) -> np.ndarray:
        # the sentence-vector cache the web pages and `coverage` share
        if not article.sentences:
            return np.zeros((0, encoder.dim), dtype=np.float32)
        cached = store.sentence_vectors(article.id, model)
        if cached is not None and cached.shape == (len(article.sentences), encoder.dim):
            return cached
        fresh = np.asarray(encoder.encode(list(article.sentences)), dtype=np.float32)
        try:
            store.put_sentence_vectors(article.id, fresh, model)
        except StorylineError as exc:
            logger.debug("sentence vectors of %s not cached: %s", article.id, exc)
        return fresh

    try:
        articles = [a for a in (store.get_article(i) for i in ids) if a is not None]
        cov = story_coverage(articles, vectors, mean=corpus_mean(settings.encoder)).to_dict()
    except Exception:  # noqa: BLE001 - a coverage failure must not stop alerts
        logger.warning("conflicts of %d articles failed; not compared", len(ids), exc_info=True)
        return 0, ""
    conflicts = cov.get("conflicts") or []
    digest = hashlib.sha256(
        json.dumps(conflicts, sort_keys=True, ensure_ascii=False, default=str).encode()
    ).hexdigest()[:16]
    return len(conflicts), digest


def evaluate(
    store: Store,
    article_ids: Iterable[str] | None,
    settings: Settings | None = None,
    *,
    quiet: bool = False,
    watches: Sequence[str] | None = None,
) -> list[int]:
    """Match the watches against ``article_ids`` (``None``: every stored article) and
    fire on what changed in their stories; returns the new alerts' ids.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     evaluate(store, [])
    []
    """
    settings = settings if settings is not None else Settings()
    rows = store.list_watches()
    if watches is not None:
        rows = [w for w in rows if w.name in set(watches)]
    if not rows:
        return []
    if article_ids is None:
        ids = [a.id for a in store.list_articles()]
    else:
        ids = list(dict.fromkeys(article_ids))
    if not ids:
        return []
    hits = match_articles(store, ids, rows, settings)
    model = _vector_model(settings)
    touched: dict[str, set[str]] = {}
    for aid in ids:
        sid = _story_of(store, aid, model)
        if sid is not None:
            touched.setdefault(sid, set()).add(aid)
    alerts: list[int] = []
    for watch in rows:
        matched_stories = {
            sid for sid in (_story_of(store, a, model) for a in hits.get(watch.name, ())) if sid
        }
        followed = store.watch_states(watch.name, list(touched))
        for sid in sorted(matched_stories | set(followed)):
            alerts += _fire(store, watch, sid, followed.get(sid), settings, quiet)
    return alerts


def _merged_state(store: Store, watch: str, merged_ids: Sequence[str]) -> dict[str, Any] | None:
    """What the watch saw of the stories merged into one it has not seen: their union, so a
    merge does not fire ``new-story`` again for a story the watch already followed."""
    states = list(store.watch_states(watch, list(merged_ids)).values())
    if not states:
        return None
    merged: dict[str, Any] = {"qualified": any(st.get("qualified") for st in states)}
    for key in ("languages", "outlets", "articles"):
        merged[key] = sorted({v for st in states for v in st.get(key, [])})
    merged["conflicts"] = max(int(st.get("conflicts", 0)) for st in states)
    return merged


def _fire(
    store: Store,
    watch: WatchRow,
    story_id: str,
    before: dict[str, Any] | None,
    settings: Settings,
    quiet: bool,
) -> list[int]:
    story = store.get_story(story_id)
    if story is None:
        return []
    if before is None and story.merged_ids:
        before = _merged_state(store, watch.name, story.merged_ids)
    languages = sorted({a.lang for a in story.articles})
    outlets = sorted({a.outlet for a in story.articles if a.outlet})
    qualifies = len(languages) >= watch.min_languages and (
        watch.lang is None or watch.lang in languages
    )
    state: dict[str, Any] = {
        "languages": languages,
        "outlets": outlets,
        "articles": [a.id for a in story.articles],
        "qualified": qualifies,
    }
    was_qualified = bool(before and before.get("qualified"))
    old_ids = set((before or {}).get("articles", []))
    fired: list[tuple[str, str, dict[str, Any], list[str]]] = []
    if qualifies:
        if "conflict" in watch.events:
            n, digest = _conflict_state(store, state["articles"], settings)
            state["conflicts"], state["conflict_digest"] = n, digest
            if n > int((before or {}).get("conflicts", 0)):
                fired.append(("conflict", digest, {"conflicts": n}, state["articles"]))
        if not was_qualified and "new-story" in watch.events:
            fired.append(
                ("new-story", "", {"languages": languages, "outlets": outlets}, state["articles"])
            )
        if was_qualified and before is not None:
            for kind, key in (("new-language", "languages"), ("new-outlet", "outlets")):
                if kind not in watch.events:
                    continue
                added = sorted(set(state[key]) - set(before.get(key, [])))
                if added:
                    new_articles = [
                        a.id
                        for a in story.articles
                        if a.id not in old_ids
                        and (a.lang if key == "languages" else a.outlet) in added
                    ]
                    fired.append((kind, "+".join(added), {key: added}, new_articles))
    with store.transaction():
        store.put_watch_state(watch.name, story.id, state)
        if quiet or not fired:
            return []
        # One story change, one alert: the kinds it fired are merged (the first in
        # EVENTS order names it; ``detail["kinds"]`` lists them all).
        fired.sort(key=lambda f: EVENTS.index(f[0]))
        kind = fired[0][0]
        change = " ".join(f"{k}:{c}" for k, c, _, _ in fired) if len(fired) > 1 else fired[0][1]
        detail: dict[str, Any] = {"kinds": [f[0] for f in fired]}
        articles: list[str] = []
        for _, _, part, ids in fired:
            detail.update(part)
            articles += [a for a in ids if a not in articles]
        alert_id = store.add_alert(
            watch.name, story.id, kind, change, title=story.title, detail=detail, articles=articles
        )
    return [alert_id] if alert_id is not None else []


PENDING_KEY = "watches:last_seq"
"""``meta`` key: the arrival number of the last article the watches were evaluated on."""


def evaluate_pending(
    store: Store, settings: Settings | None = None, *, quiet: bool = False
) -> list[int]:
    """Evaluate the watches on every article stored since the last evaluation.

    Whatever stored them (``watch``, ``ingest``, the web API), articles are
    evaluated once, in arrival order; a run killed before this step leaves
    them pending for the next one. With no watch the mark just moves on.

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     evaluate_pending(store)
    []
    """
    alerts: list[int] = []
    while True:
        last = int(store.get_meta(PENDING_KEY, 0) or 0)
        batch = store.articles_after(last, limit=2000)
        if not batch:
            return alerts
        alerts += evaluate(store, [aid for _, aid in batch], settings, quiet=quiet)
        store.set_meta(PENDING_KEY, batch[-1][0])
