"""Plain records that travel through the pipeline.

Every stage takes and returns these; none of them knows about SQL, the CLI
or the web app.

Examples
--------
>>> doc = RawDocument(origin="a.txt", content="Hello", kind="text")
>>> doc.declared.get("title") is None
True
>>> ReadFailure(origin="b.bin", reason="binary file").reason
'binary file'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

DocumentKind = Literal["text", "html"]
DatePrecision = Literal["month", "day", "minute", "unknown"]


@dataclass(frozen=True)
class RawDocument:
    """One document as a reader found it, before any cleanup.

    Parameters
    ----------
    origin
        Where it came from, human readable: a path, ``path:line 7`` for a
        record inside a JSONL/CSV file, ``path#entry 3`` for a feed entry, or
        ``<stdin>``.
    content
        The decoded document: plain text when ``kind == "text"``, markup
        when ``kind == "html"``.
    kind
        ``"text"`` or ``"html"``.
    declared
        Metadata the container stated explicitly (JSON fields, feed entry
        fields, HTML meta tags). Known keys: ``url``, ``title``, ``date``,
        ``lang``, ``outlet``, ``author``. Values are strings; absent keys
        mean unknown.
    """

    origin: str
    content: str
    kind: DocumentKind = "text"
    declared: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadFailure:
    """A document, file or record that could not be read.

    ``reason`` is one line, specific enough for a user to act on, e.g.
    ``"binary file (no text encoding fits)"`` or ``"line 3: invalid JSON"``.
    """

    origin: str
    reason: str


@dataclass(frozen=True)
class Article:
    """A clean, typed article, ready for the store and for linking.

    Dates are ISO-8601 strings in UTC (``2018-12-30T00:00:00+00:00``);
    ``published_precision`` says how much of that to trust and
    ``published_source`` where it came from (``metadata``, ``text``,
    ``dateline``, ``url`` or ``unknown``; a scrape date never is one, see
    :data:`storyline.text.dates.evidence.DATE_SOURCES`). ``years`` lists the
    Gregorian years the title and text mention: evidence of time for an
    undated article, and against a story its dated reports place elsewhere;
    ``days`` the calendar days they mention (ISO; weekdays and year-less
    dates resolved against the publication date, ``--MM-DD`` when it is
    unknown).
    """

    id: str
    text: str
    text_original: str
    lang: str
    lang_confidence: float
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: DatePrecision = "unknown"
    scraped_at: str | None = None
    dateline_place: str | None = None
    mixed_language: bool = False
    captions: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()
    origin: str = ""
    sources: tuple[str, ...] = ()
    published_source: str = "unknown"
    years: tuple[int, ...] = ()
    days: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (tuples become lists).

        Examples
        --------
        >>> a = Article(id="x", text="t", text_original="t", lang="en", lang_confidence=1.0)
        >>> a.to_dict()["captions"]
        []
        """
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "author": self.author,
            "lang": self.lang,
            "lang_confidence": self.lang_confidence,
            "mixed_language": self.mixed_language,
            "title": self.title,
            "published": self.published,
            "published_precision": self.published_precision,
            "published_source": self.published_source,
            "years": list(self.years),
            "days": list(self.days),
            "scraped_at": self.scraped_at,
            "dateline_place": self.dateline_place,
            "captions": list(self.captions),
            "text": self.text,
            "text_original": self.text_original,
            "sentences": list(self.sentences),
            "origin": self.origin,
            "sources": list(self.sources),
        }
