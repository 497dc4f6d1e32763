"""The ingest pipeline: raw documents in, clean articles in the store.

Stages, in order, for each document a reader yields::

    RawDocument -> (HTML extraction) -> scrape cleanup -> language
                -> normalisation -> dates -> sentences -> Article
                -> MinHash signature -> Store.add_article
                -> (per committed batch) encode title + lead -> link to stories

The CPU-bound part (everything up to the signature, and the link keys when
linking) is a pure function, :func:`prepare`, so it can run in worker
processes; only the store write and the encoder run in the calling process. Articles are committed in batches: a crash
loses at most the open batch, and because article ids are content hashes,
running the same command again completes it without duplicates.

With ``link=True`` (the default) every :data:`LINK_BATCH` committed articles
are then encoded (title + lead, one batched encoder call using every core;
vectors cached in the store, with the link keys the workers computed) and
linked in arrival order by :class:`storyline.link.tracker.Tracker`. With
``Settings.encode_ahead`` (the default) a link batch is encoded in a
background thread while the batch before it is linked and the workers
prepare the next documents, so that no core waits for linking; the encoder
calls, vectors and stories are exactly those of encoding and linking one
after the other.
Articles stored but not linked (an interrupted run, or ``link=False``) are
linked by the next ingest that links.

Examples
--------
>>> from storyline.store import Store
>>> import tempfile, pathlib
>>> tmp = pathlib.Path(tempfile.mkdtemp())
>>> _ = (tmp / "a.txt").write_text(
...     "Floods close schools in Porto Alegre\\n\\n"
...     "PORTO ALEGRE, Brazil (Reuters) - Heavy rain closed schools across the city "
...     "on Monday as rivers rose above their banks.", encoding="utf-8")
>>> with Store(tmp / "s.db") as store:
...     report = ingest([tmp / "a.txt"], store, encoder=get_encoder("hashing"))
>>> report.added, report.failed, report.new_stories
(1, [], 1)
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import logging
import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np

from storyline.article import Article, RawDocument, ReadFailure
from storyline.dedup import signature as minhash_signature
from storyline.encode import Encoder, get_encoder
from storyline.errors import StorylineError
from storyline.link.tracker import LinkDecision, Tracker, TrackerConfig
from storyline.read import read_path
from storyline.read.common import MAX_DOCUMENT_BYTES
from storyline.read.records import FieldMap
from storyline.settings import Settings
from storyline.store import Store, StoreError, article_id
from storyline.store.core import MIN_FREE_BYTES, describe_error
from storyline.text.clean import clean_scraped_text
from storyline.text.clean.dateline import is_dateline_only
from storyline.text.dates import DateValue, parse_date, writes_dates_its_own_way
from storyline.text.dates.evidence import (
    date_from_url,
    date_near_title,
    lead_date,
    mentioned_dates,
    mentioned_years,
    scrape_date_is_publication,
    split_date_headline,
    stamp_contradicted,
    yearless_publication_day,
)
from storyline.text.dates.tables import language_months
from storyline.text.html import NoArticleError, extract_html
from storyline.text.language import detect_language
from storyline.text.normalise import normalise_text
from storyline.text.sentences import split_sentences

logger = logging.getLogger(__name__)

BATCH_SIZE: int = Settings.batch_size
"""Articles per committed transaction (the default of :attr:`Settings.batch_size`)."""

PREFETCH = 2
"""Chunks of documents (``64 * workers`` each) prepared ahead of the one being stored."""

LINK_BATCH: int = Settings.link_batch
"""Committed articles encoded and linked together (the default of
:attr:`Settings.link_batch`): big encoder batches keep
both cores busy (on 2 cores, 32-text batches ran ~20% slower than 128-text
ones). A crash before linking loses nothing: the next ingest links them."""


MAX_DOCUMENT_CHARS = MAX_DOCUMENT_BYTES
"""Longest document text :func:`prepare` accepts (characters, whatever the path it came by)."""


class DocumentError(StorylineError, ValueError):
    """A document that was read but holds no usable article (one-line reason)."""


class IngestAborted(StoreError):
    """The store refused a write (disk full, locked, read-only): the run stopped.

    ``str(exc)`` is the one-line reason; ``report`` says what was read and
    stored before it (everything committed before the error stays stored).
    """

    def __init__(self, message: str, report: IngestReport) -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class Prepared:
    """An article ready to store, with its near-duplicate signature.

    ``vector`` is its title + lead vector when it was encoded already (a
    prepared Parquet table, :mod:`storyline.batch`), cached under
    ``vector_key``; the linker then does not encode it again.
    """

    article: Article
    signature: np.ndarray
    link_keys: str | None = None
    vector: np.ndarray | None = None
    vector_key: str | None = None


@dataclass
class IngestReport:
    """What an ingest run did.

    ``failed`` holds ``(origin, reason)`` pairs, one per document, record or
    file that could not be ingested.
    """

    read: int = 0
    added: int = 0
    duplicates: int = 0
    existing: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    added_ids: list[str] = field(default_factory=list)
    linked: int = 0
    new_stories: int = 0
    merges: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failed

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready summary.

        Examples
        --------
        >>> IngestReport(read=2, added=1, existing=1).to_dict()["added"]
        1
        """
        return {
            "read": self.read,
            "added": self.added,
            "duplicates": self.duplicates,
            "existing": self.existing,
            "linked": self.linked,
            "new_stories": self.new_stories,
            "merges": self.merges,
            "failed": [{"origin": o, "reason": r} for o, r in self.failed],
        }


_LANG_ALIASES = {"per": "fa", "fas": "fa", "eng": "en", "ara": "ar", "rus": "ru", "zho": "zh"}


def article_sentences(
    text: str, lang: str | None, date_lines: Sequence[str] = ()
) -> tuple[str, ...]:
    """The sentences an article states: header date lines and a first sentence
    that is only a dateline with its outlet credit are furniture, not facts.

    Examples
    --------
    >>> article_sentences("БЕЙРУТ, 11 фев — «Вести». Парламент выразил доверие.", "ru")
    ('Парламент выразил доверие.',)
    >>> article_sentences("11 февраля, 23:05\\n\\nПарламент выразил доверие.", "ru", ["11 февраля, 23:05"])
    ('Парламент выразил доверие.',)
    """
    sentences = [s for s in split_sentences(text, lang) if s not in date_lines]
    if sentences and is_dateline_only(sentences[0]):
        sentences = sentences[1:]
    return tuple(sentences)


def _declared_lang(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    code = _LANG_ALIASES.get(code, code)
    return code if len(code) == 2 and code.isalpha() else None


_CLEANUP_LANG_CHARS = 2000
#: Below this confidence in the language of a scrape's head (its breadcrumbs, stamps and
#: bylines), cleanup's language is read from its three longest paragraphs instead (a Chechen
#: page's head read as Bulgarian at 0.21, its paragraphs as Chechen).
_CLEANUP_LANG_SURE = 0.5


def _cleanup_lang(content: str, declared: object) -> str | None:
    """The language cleanup reads dates in: the declared one; else, for a language whose month
    names no table lists (:func:`~storyline.text.dates.tables.language_months`: Urdu,
    Bengali, Croatian...) or that writes dates its own way (Chechen ``2044 шеран 18 октябрь``,
    :func:`~storyline.text.dates.writes_dates_its_own_way`), the one its text is in, so that its
    dates and its scraper's stamp (``محفوظ کیا گیا: 12 دسمبر 2031``) are read; else none, as
    before (about 0.8 ms).

    Examples
    --------
    >>> _cleanup_lang("Any text", "fr-FR"), _cleanup_lang("The ministers met in Baku on Monday.", None)
    ('fr', None)
    >>> _cleanup_lang("لاہور میں اسموگ نے پیر کے روز تمام ریکارڈ توڑ دیے اور اسکول بند کر دیے گئے۔", None)
    'ur'
    """
    lang = _declared_lang(declared)
    if lang is not None:
        return lang
    found = detect_language(content[:_CLEANUP_LANG_CHARS])
    if found.confidence < _CLEANUP_LANG_SURE:  # the head is furniture: ask the paragraphs
        paragraphs = sorted((ln for ln in content.split("\n") if ln.strip()), key=len, reverse=True)
        found = detect_language("\n".join(paragraphs[:3])[:_CLEANUP_LANG_CHARS])
    guess = found.lang
    return guess if language_months(guess) or writes_dates_its_own_way(guess) else None


def _first(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


def _url_overrides(url_date: DateValue | None, text_date: str) -> bool:
    """A URL's day beats a date in the text that is more than a day away from it.

    A URL is fixed when the article is first published; the dates a page
    shows are often an update's (measured on the shared article-extraction
    pages: where the two disagreed by more than a day, the URL was right).
    """
    if url_date is None or url_date.precision != "day":
        return False
    gap = abs(dt.date.fromisoformat(url_date.iso[:10]) - dt.date.fromisoformat(text_date[:10]))
    return gap.days > 1


def prepare(doc: RawDocument, *, with_link_keys: bool = False) -> Prepared:
    """Turn one raw document into a stored-ready article (pure, no I/O).

    ``with_link_keys`` also computes its link keys
    (:func:`storyline.link.decide.link_keys`), so that worker processes do
    that work instead of the process that encodes.

    Raises
    ------
    DocumentError
        When the document holds no article text.

    Examples
    --------
    >>> doc = RawDocument(origin="x.txt", content=(
    ...     "Thursday, November 7, 2024\\n\\nMinisters meet in Rome over grain exports\\n\\n"
    ...     "ROME (AP) - Ministers from twelve countries met in Rome on Tuesday to discuss "
    ...     "grain exports through the Black Sea."))
    >>> p = prepare(doc)
    >>> p.article.title, p.article.lang, p.article.published
    ('Ministers meet in Rome over grain exports', 'en', None)
    >>> p.article.scraped_at[:10]
    '2024-11-07'
    >>> prepare(doc, with_link_keys=True).link_keys.startswith('{"n":')
    True
    """
    declared = dict(doc.declared)
    content = doc.content
    if len(content) > MAX_DOCUMENT_CHARS:
        raise DocumentError(
            f"document too large ({len(content):,} characters; the limit is {MAX_DOCUMENT_CHARS:,})"
        )
    if doc.kind == "html":
        try:
            extracted = extract_html(content, url=_first(declared.get("url")))
        except NoArticleError as exc:
            raise DocumentError(str(exc)) from exc
        content = extracted.text
        declared.setdefault("title", extracted.title)
        declared.setdefault("date", extracted.date)
        declared.setdefault("author", extracted.author)
        declared.setdefault("url", extracted.url)
        declared.setdefault("outlet", extracted.site_name)
        declared.setdefault("lang", extracted.lang)
    if not content or not content.strip():
        raise DocumentError("no text")

    cleaned = clean_scraped_text(
        content, lang=_cleanup_lang(content, declared.get("lang")), extracted=doc.kind == "html"
    )
    body = cleaned.body.strip()
    title_raw = _first(declared.get("title"), cleaned.title)
    if not body:
        if not title_raw:
            raise DocumentError("no article text after cleanup")
        body = title_raw

    lang = _declared_lang(declared.get("lang"))
    guess = detect_language(f"{title_raw or ''}\n{body}")
    if lang is None:
        lang, confidence = guess.lang, guess.confidence
    else:
        confidence = 1.0 if guess.lang == lang else max(0.5, 1.0 - guess.confidence)

    text = normalise_text(body, lang)
    if text == body:  # one string, not two equal copies (a long document holds it once)
        text = body
    title = normalise_text(title_raw, lang) if title_raw else None

    # Publication date, by source: declared metadata, the text's header or
    # dateline, the URL. A first line holding only a date (cleaned.scraped_at)
    # is the scrape date unless in the page's own form or corroborated by the
    # report's stated weekday, and not contradicted by it. Without any of
    # these, the day the first paragraph states is an estimate (source "lead").
    published, precision, source = None, "unknown", "unknown"
    scraped_at = cleaned.scraped_at
    if cleaned.published and (field := split_date_headline(_first_line(content))) is not None:
        # a scraper's "date 2027-03-02 09:14" field: the publication date unless the report
        # contradicts it (then it is when the page was scraped: an upper bound)
        if field[0].iso == cleaned.published and stamp_contradicted(
            field[0].iso, title_raw, body, lang
        ):
            cleaned = dataclasses.replace(
                cleaned, published=None, published_precision="unknown", published_source="unknown"
            )
            scraped_at = scraped_at or field[0].iso
    url = _first(declared.get("url"))
    date_value = parse_date(declared["date"], lang) if _first(declared.get("date")) else None
    if date_value is not None:
        published, precision, source = date_value.iso, date_value.precision, "metadata"
    else:
        url_date = date_from_url(url)
        stated: tuple[str, str, str] | None = None
        if cleaned.published:
            stated = cleaned.published, cleaned.published_precision, cleaned.published_source
        elif (near := date_near_title(content, title_raw, lang)) is not None:
            stated = near.iso, near.precision, "text"
        elif cleaned.scraped_at and scrape_date_is_publication(
            cleaned.scraped_at,
            title_raw,
            body,
            lang,
            line=cleaned.scrape_stamp_line or _first_line(content),
        ):
            stated = cleaned.scraped_at[:10] + "T00:00:00+00:00", "day", "text"
        if stated is not None and not _url_overrides(url_date, stated[0]):
            published, precision, source = stated
        elif url_date is not None:
            published, precision, source = url_date.iso, url_date.precision, "url"
        elif (lead := lead_date(title_raw, body, lang, scraped_at=scraped_at)) is not None:
            published, precision, source = lead.iso, lead.precision, "lead"  # an estimate

    article = Article(
        id=article_id(text),
        text=text,
        text_original=body,
        lang=lang,
        lang_confidence=round(float(confidence), 4),
        title=title,
        url=url,
        outlet=_first(declared.get("outlet"), cleaned.outlet),
        author=_first(declared.get("author"), cleaned.author),
        published=published,
        published_precision=precision,  # type: ignore[arg-type]
        scraped_at=scraped_at,
        dateline_place=cleaned.dateline_place,
        mixed_language=guess.mixed,
        captions=tuple(cleaned.captions),
        sources=tuple(cleaned.sources),
        sentences=article_sentences(text, lang, cleaned.date_lines),
        origin=doc.origin,
        published_source=source,
        years=mentioned_years(f"{title or ''}\n{text}", lang),
        days=mentioned_dates(f"{title or ''}\n{text}", lang, published),
    )
    keys = None
    if with_link_keys:
        from storyline.link.decide import link_keys

        day = None if published else yearless_publication_day(cleaned.date_lines, lang)
        keys = link_keys(
            title, text, lang, scraped_at=scraped_at, published_day=day, published=published
        )
    return Prepared(article=article, signature=minhash_signature(text), link_keys=keys)


def _prepare_safely(doc: RawDocument, with_link_keys: bool = False) -> Prepared | ReadFailure:
    try:
        return prepare(doc, with_link_keys=with_link_keys)
    except DocumentError as exc:
        return ReadFailure(doc.origin, str(exc))
    except Exception as exc:  # a bug or a pathological document must not stop the batch
        logger.warning("internal error preparing %s", doc.origin, exc_info=True)
        return ReadFailure(doc.origin, f"internal error: {type(exc).__name__}: {exc}")


def iter_documents(
    paths: Iterable[str | Path | RawDocument],
    fmt: str | None = None,
    glob: str | None = None,
    fields: FieldMap | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = Settings.max_file_bytes,
) -> Iterator[RawDocument | ReadFailure]:
    """Yield every document (or failure) under ``paths``, in order.

    A :class:`RawDocument` among ``paths`` (one fetched over HTTP by
    ``storyline watch``) is passed on as it is.

    Examples
    --------
    >>> list(iter_documents(["/no/such/file.txt"]))[0].reason
    'no such file or directory'
    >>> [d.origin for d in iter_documents([RawDocument("https://x.test/1", "Text.")])]
    ['https://x.test/1']
    """
    for path in paths:
        if isinstance(path, RawDocument):
            yield path
            continue
        yield from read_path(path, fmt, glob=glob, fields=fields, stdin=stdin, max_bytes=max_bytes)


def _prepared_stream(
    items: Iterable[RawDocument | ReadFailure], workers: int, with_link_keys: bool = False
) -> Iterator[Prepared | ReadFailure]:
    work = functools.partial(_prepare_safely, with_link_keys=with_link_keys)
    if workers <= 1:
        for item in items:
            result = item if isinstance(item, ReadFailure) else work(item)
            del item  # the raw document is not held while the caller stores the result
            yield result
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # Chunks are submitted PREFETCH ahead of the one being consumed, so the
        # workers keep preparing while the caller stores, encodes and links.
        pending: deque[tuple[list[RawDocument | ReadFailure], Iterator[Prepared | ReadFailure]]]
        pending = deque()
        chunk: list[RawDocument | ReadFailure] = []

        def submit() -> None:
            docs = [d for d in chunk if isinstance(d, RawDocument)]
            pending.append((chunk, iter(pool.map(work, docs, chunksize=8))))

        def drain() -> Iterator[Prepared | ReadFailure]:
            items_, results = pending.popleft()
            for item in items_:
                yield item if isinstance(item, ReadFailure) else next(results)

        for item in items:
            chunk.append(item)
            if len(chunk) >= 64 * workers:
                submit()
                chunk = []
                if len(pending) > PREFETCH:
                    yield from drain()
        submit()
        while pending:
            yield from drain()


def default_workers() -> int:
    """Worker processes for preparation: one per core, at most 8.

    Examples
    --------
    >>> default_workers() >= 1
    True
    """
    return max(1, min(8, os.cpu_count() or 1))


def ingest(
    paths: Iterable[str | Path | RawDocument],
    store: Store,
    *,
    fmt: str | None = None,
    glob: str | None = None,
    fields: FieldMap | None = None,
    stdin: BinaryIO | None = None,
    workers: int = 1,
    progress: Callable[[str, IngestReport], None] | None = None,
    link: bool = True,
    encoder: Encoder | None = None,
    tracker_config: TrackerConfig | None = None,
    settings: Settings | None = None,
    min_free_bytes: int = MIN_FREE_BYTES,
) -> IngestReport:
    """Read, clean and store every document under ``paths``.

    Parameters
    ----------
    paths
        Files, directories, or ``"-"`` for standard input; documents already
        read (:class:`~storyline.article.RawDocument`) are taken as they are.
    store
        The open store to write to.
    fmt
        Force a format (``txt``, ``html``, ``json``, ``jsonl``, ``csv``,
        ``feed``); ``None`` detects it per file.
    glob
        Filename filter inside directories, e.g. ``"*.txt"``.
    fields
        Field names for JSON/CSV records.
    workers
        Processes for the CPU-bound stages; 1 runs everything in-process.
    progress
        Called after each document with its origin and the running report.
    link
        Encode and link new articles into stories (``False``: store only).
    encoder
        The encoder for linking; default ``get_encoder(settings.encoder)``.
    tracker_config
        Linking thresholds; default ``settings.tracker``.
    settings
        Encoder name, batch sizes, file size limit and tracker settings;
        default :class:`~storyline.settings.Settings` ``()``.
    min_free_bytes
        Free disk space required beside the store before anything is read
        or encoded (:meth:`~storyline.store.Store.check_writable`).

    Returns
    -------
    IngestReport
        Counts of read, added, duplicate and existing articles, and failures.

    Raises
    ------
    IngestAborted
        When the store cannot be written (checked first: read-only, disk
        nearly full, locked; or failing mid-run). Its ``report`` counts
        what was stored before.
    """
    settings = settings if settings is not None else Settings()
    report = IngestReport()
    try:
        store.check_writable(min_free_bytes)
        return _ingest(
            report,
            paths,
            store,
            fmt=fmt,
            glob=glob,
            fields=fields,
            stdin=stdin,
            workers=workers,
            progress=progress,
            link=link,
            encoder=encoder,
            tracker_config=tracker_config,
            settings=settings,
        )
    except IngestAborted:
        raise
    except (StoreError, sqlite3.Error) as exc:
        raise _aborted(exc, store, report) from exc


def _aborted(exc: StoreError | sqlite3.Error, store: Store, report: IngestReport) -> IngestAborted:
    """The one-line error for a store that failed mid-ingest, with what was stored before."""
    cause = exc if isinstance(exc, sqlite3.Error) else exc.__cause__
    message = str(exc)
    if isinstance(cause, sqlite3.Error):  # name the usual causes: disk full, locked, read-only
        message = f"cannot write to store {store.path}: {describe_error(cause, store.path)}"
    return IngestAborted(message, report)


def _ingest(
    report: IngestReport,
    paths: Iterable[str | Path | RawDocument],
    store: Store,
    *,
    fmt: str | None,
    glob: str | None,
    fields: FieldMap | None,
    stdin: BinaryIO | None,
    workers: int,
    progress: Callable[[str, IngestReport], None] | None,
    link: bool,
    encoder: Encoder | None,
    tracker_config: TrackerConfig | None,
    settings: Settings,
) -> IngestReport:
    items = iter_documents(
        paths, fmt=fmt, glob=glob, fields=fields, stdin=stdin, max_bytes=settings.max_file_bytes
    )
    return _store_and_link(
        report,
        lambda with_keys: _prepared_stream(items, workers, with_link_keys=with_keys),
        store,
        progress=progress,
        link=link,
        encoder=encoder,
        tracker_config=tracker_config,
        settings=settings,
    )


def ingest_prepared(
    items: Iterable[Prepared | ReadFailure],
    store: Store,
    *,
    progress: Callable[[str, IngestReport], None] | None = None,
    link: bool = True,
    encoder: Encoder | None = None,
    tracker_config: TrackerConfig | None = None,
    settings: Settings | None = None,
    min_free_bytes: int = MIN_FREE_BYTES,
) -> IngestReport:
    """Store and link articles prepared elsewhere (a Spark job's Parquet), in the order given.

    The same batches, transactions and linking as :func:`ingest`, so the
    same articles in the same order give the same store. An item's
    ``vector`` (when its ``vector_key`` is the linker's) is cached before
    linking, so nothing is encoded again.

    Examples
    --------
    >>> from storyline.store import Store
    >>> doc = RawDocument(origin="a.txt", content="Floods close schools in Porto Alegre\\n\\n"
    ...     "Heavy rain closed schools across the city on Monday.")
    >>> with Store(":memory:") as store:
    ...     r = ingest_prepared([prepare(doc, with_link_keys=True)], store,
    ...                         encoder=get_encoder("hashing"))
    >>> r.added, r.new_stories
    (1, 1)
    """
    settings = settings if settings is not None else Settings()
    report = IngestReport()
    try:
        store.check_writable(min_free_bytes)
        return _store_and_link(
            report,
            lambda _with_keys: iter(items),
            store,
            progress=progress,
            link=link,
            encoder=encoder,
            tracker_config=tracker_config,
            settings=settings,
        )
    except IngestAborted:
        raise
    except (StoreError, sqlite3.Error) as exc:
        raise _aborted(exc, store, report) from exc


def _store_and_link(
    report: IngestReport,
    make_stream: Callable[[bool], Iterator[Prepared | ReadFailure]],
    store: Store,
    *,
    progress: Callable[[str, IngestReport], None] | None,
    link: bool,
    encoder: Encoder | None,
    tracker_config: TrackerConfig | None,
    settings: Settings,
) -> IngestReport:
    """The loop :func:`ingest` and :func:`ingest_prepared` share: batches, store, link."""
    batch: list[Prepared] = []
    tracker = None
    if link:
        tracker = Tracker(
            store, encoder or get_encoder(settings.encoder), tracker_config or settings.tracker
        )
        _count_links(report, tracker.link_pending(flush=False))

    to_link: list[str] = []
    keys: dict[str, str] = {}
    ahead = _EncodeAhead(store, tracker) if tracker is not None and settings.encode_ahead else None

    stopping = False  # interrupted: commit what was read, link nothing more

    def link_now() -> None:
        if tracker is not None and to_link and not stopping:
            if ahead is None:
                _count_links(report, tracker.link_pending(to_link, flush=False, keys=keys))
            else:  # encode this batch in the thread; link the one before it meanwhile
                ahead.submit(list(to_link), dict(keys))
                while len(ahead) > 1:
                    _count_links(report, ahead.link_oldest())
        to_link.clear()
        keys.clear()

    def write(batch: list[Prepared]) -> None:
        vectors: dict[str, list[tuple[str, np.ndarray, str | None]]] = {}
        with store.transaction():
            for prepared in batch:
                result = store.add_article(prepared.article, prepared.signature)
                if result.status == "added":
                    report.added += 1
                    report.added_ids.append(result.article_id)
                    if prepared.vector is not None and prepared.vector_key:
                        vectors.setdefault(prepared.vector_key, []).append(
                            (result.article_id, prepared.vector, prepared.link_keys)
                        )
                    if tracker is not None:
                        to_link.append(result.article_id)
                        if prepared.link_keys is not None:
                            keys[result.article_id] = prepared.link_keys
                elif result.status == "duplicate":
                    report.duplicates += 1
                else:
                    report.existing += 1
            for key, rows in vectors.items():
                store.put_doc_vectors(
                    [(aid, vec) for aid, vec, _ in rows], key, [k for _, _, k in rows]
                )

    def write_counted(batch: list[Prepared]) -> None:
        """``write``, the report counting only what was committed; then link when due."""
        saved = (report.added, report.duplicates, report.existing)
        n_ids, n_link = len(report.added_ids), len(to_link)
        try:
            write(batch)
        except BaseException:  # rolled back: none of this batch is stored
            report.added, report.duplicates, report.existing = saved
            del report.added_ids[n_ids:]
            del to_link[n_link:]
            raise
        if len(to_link) >= settings.link_batch:
            link_now()

    stream = make_stream(tracker is not None)
    try:
        for item in stream:
            report.read += 1
            if isinstance(item, ReadFailure):
                report.failed.append((item.origin, item.reason))
            else:
                batch.append(item)
                if len(batch) >= settings.batch_size:
                    pending, batch = batch, []
                    write_counted(pending)
            if progress is not None:
                progress(
                    item.origin if isinstance(item, ReadFailure) else item.article.origin, report
                )
        if batch:
            pending, batch = batch, []
            write_counted(pending)
        link_now()
        while ahead is not None and len(ahead):
            _count_links(report, ahead.link_oldest())
    except BaseException:
        # Interrupted (Ctrl-C, a worker lost, anything unforeseen): what was
        # read and prepared is still committed (and the vectors already
        # encoded are cached), then the error goes on; the next ingest links.
        stopping = True
        if batch:
            pending, batch = batch, []
            with contextlib.suppress(Exception):
                write_counted(pending)
        if ahead is not None:
            with contextlib.suppress(Exception):
                ahead.abandon()
        raise
    finally:
        if ahead is not None:
            ahead.close()
    if tracker is not None:
        tracker.flush()
    return report


_EncodeJob = tuple[list[tuple[str, str | None, str, str]], Future[np.ndarray]]
"""``(id, title, text, lang)`` rows of one encoder call, and its vectors to come."""

LINK_PENDING_BATCH = 256
"""Articles :meth:`Tracker.link_pending` encodes per encoder call (its ``batch``
default); :class:`_EncodeAhead` makes the very same calls."""


class _EncodeAhead:
    """Encode link batches in one background thread while the caller links earlier ones.

    :meth:`submit` reads the batch's linking texts from the store (in the
    calling thread) and hands them to the thread, in exactly the encoder
    calls :func:`storyline.link.vectors.encode_missing` would make inside
    ``link_pending`` (so the vectors, and the stories, are the same bit for
    bit); :meth:`link_oldest` waits for the oldest batch's vectors, caches
    them with its link keys and links it. The thread never touches the
    store. The encoder releases the GIL while it computes, so linking (one
    core, Python) and encoding (the others) run at the same time.
    """

    def __init__(self, store: Store, tracker: Tracker) -> None:
        from storyline.link.vectors import vector_key

        self.store = store
        self.tracker = tracker
        self.key = vector_key(tracker.encoder, tracker.config.lead_chars)
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="encode-ahead")
        self.queue: deque[tuple[list[str], dict[str, str], list[_EncodeJob]]] = deque()

    def __len__(self) -> int:
        return len(self.queue)

    def submit(self, ids: list[str], keys: dict[str, str]) -> None:
        """Start encoding the articles ``ids`` (stored, not yet linked) that lack a vector."""
        from storyline.encode import doc_text_for_linking

        lead = self.tracker.config.lead_chars
        jobs: list[_EncodeJob] = []
        for start in range(0, len(ids), LINK_PENDING_BATCH):  # link_pending's chunks
            wanted = list(dict.fromkeys(ids[start : start + LINK_PENDING_BATCH]))
            cached = self.store.doc_vectors(wanted, self.key)
            todo = [i for i in wanted if i not in cached]
            for at in range(0, len(todo), LINK_PENDING_BATCH):  # encode_missing's calls
                rows = self.store.linking_texts(todo[at : at + LINK_PENDING_BATCH])
                texts = [doc_text_for_linking(title, text, lead) for _, title, text, _ in rows]
                jobs.append((rows, self.pool.submit(self.tracker.encoder.encode, texts)))
        self.queue.append((ids, keys, jobs))

    def _cache(self, keys: dict[str, str], jobs: list[_EncodeJob], *, done_only: bool) -> None:
        from storyline.link.decide import link_keys

        for rows, future in jobs:
            if done_only and not (future.done() and future.exception() is None):
                continue
            vecs = future.result()
            found = [
                keys.get(aid) or link_keys(title, text, lang) for aid, title, text, lang in rows
            ]
            self.store.put_doc_vectors(
                [(r[0], v) for r, v in zip(rows, vecs, strict=True)], self.key, found
            )

    def link_oldest(self) -> list[LinkDecision]:
        """Wait for the oldest batch's vectors, cache them and link the batch."""
        ids, keys, jobs = self.queue.popleft()
        self._cache(keys, jobs, done_only=False)
        return self.tracker.link_pending(ids, flush=False, keys=keys)

    def abandon(self) -> None:
        """Cancel what has not started; cache the vectors already encoded (nothing is linked)."""
        while self.queue:
            _, keys, jobs = self.queue.popleft()
            for _, future in jobs:
                future.cancel()
            self._cache(keys, jobs, done_only=True)

    def close(self) -> None:
        """Stop the thread (without waiting for an encoder call still running)."""
        self.pool.shutdown(wait=False, cancel_futures=True)


def _count_links(report: IngestReport, decisions: list[LinkDecision]) -> None:
    report.linked += len(decisions)
    report.new_stories += sum(d.action == "new" for d in decisions)
    report.merges += sum(len(d.merged) for d in decisions)
