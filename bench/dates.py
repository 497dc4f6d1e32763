"""Evidence of time on real pages: the share of articles that get a date, from where, how right.

Figures (one JSON line each):

- ``dates_article_extraction_txt``: the 88 real pages of
  ``article-extraction/`` flattened to text the way a naive scraper does
  (every block on its own line, menus and all; the algorithm of
  ``shared/tools/flatten-html``), prepared as ``.txt`` without the URL, then
  with the URL (as an export record carries it). The reference date of a
  page is its own metadata (``article:published_time``, JSON-LD, ...), read
  by ``htmldate`` from the HTML without its URL or text heuristics
  (``extensive_search=False``): not hand-checked, but not the path measured.
- ``dates_article_extraction_html``: the same pages through the HTML path.
- ``dates_farsnews_date_column``: the Jalali date column of 245 Fars News
  articles (``۱۲:۱۱ ۱۴۰۲-۶-۴``) read as ingest reads a declared date, against
  a direct jdatetime conversion;
- ``dates_farsnews_text_only``: the same articles, title + text only (the
  date column left out).
- ``dates_seeds``: the two seed scrapes (no publication date stated: both
  must stay undated, the 2024 scrape date must not be taken).

``undated_with_estimate`` counts undated articles whose headline and first
paragraphs state a day (:func:`~storyline.text.dates.evidence.estimate_event_date`,
an estimate of the event's day, never a publication date) and
``estimate_within_1_day`` / ``_7_days`` / ``estimate_same_year`` how close it
is to the reference publication day. ``undated_with_weekday`` counts undated
articles that state no full day but whose first paragraph names the weekday
of their event (``undated_weekday_only``,
:func:`~storyline.text.dates.evidence.stated_event_weekdays`),
``weekday_day_or_day_before`` those naming the reference day's weekday or
the day before's, ``weekday_in_window`` those within the linker's
``WEEKDAY_WINDOW`` (two days before to one after).

``agree`` counts dated articles whose day equals the reference (a
month-precision URL date agrees when the month does), ``agree_within_1_day``
allows a day either way (dates are stored in UTC, the references are the
outlets' local days); ``wrong`` counts the rest of the dated ones (a wrong
date is worse than none).
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

NEEDS_SHARED = True
_BLOCK = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
    "header", "footer", "nav", "aside", "figcaption", "blockquote", "ul", "ol", "table",
    "form", "title",
}  # fmt: skip


def _flatten(html: str) -> str:
    import lxml.html

    html = re.sub(r"^<\?xml[^>]*>", "", html.lstrip())
    doc = lxml.html.fromstring(html)
    for bad in doc.xpath("//script|//style|//noscript|//template|//svg"):
        bad.drop_tree()
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in doc.text_content().split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _reference_date(html: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True, url=None)
    except Exception:  # noqa: BLE001 - a reference we cannot read is simply absent
        return None


def _agrees(published: str, precision: str, ref: str, slack: int) -> bool:
    if precision == "month":
        return published[:7] == ref[:7]
    gap = date.fromisoformat(published[:10]) - date.fromisoformat(ref[:10])
    return abs(gap.days) <= slack


def _score(rows: list[tuple[str | None, str, str | None, list[int], str]]) -> dict:
    """rows: (published, source, reference day, years, precision)."""
    n = len(rows)
    dated = [r for r in rows if r[0]]
    with_ref = [r for r in rows if r[2]]
    dated_ref = [r for r in dated if r[2]]
    agree = sum(1 for r in dated_ref if _agrees(r[0], r[4], r[2], 0))
    within_day = sum(1 for r in dated_ref if _agrees(r[0], r[4], r[2], 1))
    return {
        "n": n,
        "dated": len(dated),
        "dated_share": round(len(dated) / n, 3) if n else 0.0,
        "by_source": dict(Counter(r[1] for r in rows)),
        "with_reference": len(with_ref),
        "dated_with_reference": len(dated_ref),
        "by_precision": dict(Counter(r[4] for r in dated)),
        "agree": agree,
        "agree_within_1_day": within_day,
        "wrong": len(dated_ref) - within_day,
        "precision": round(agree / len(dated_ref), 3) if dated_ref else None,
        "precision_within_1_day": round(within_day / len(dated_ref), 3) if dated_ref else None,
        "recall_vs_reference": round(within_day / len(with_ref), 3) if with_ref else None,
        "with_years": sum(1 for r in rows if r[3]),
        "undated_with_years": sum(1 for r in rows if not r[0] and r[3]),
        **_estimates(rows),
    }


def _estimates(rows: list[tuple]) -> dict:
    """The text's estimate of an undated article's day (never a publication date) vs the reference."""
    est = [(r[5], r[2]) for r in rows if not r[0] and len(r) > 5 and r[5]]
    checked = [(e, ref) for e, ref in est if ref]
    gaps = [abs((date.fromisoformat(e) - date.fromisoformat(ref[:10])).days) for e, ref in checked]
    return {
        "undated_with_estimate": len(est),
        "estimate_with_reference": len(checked),
        "estimate_within_1_day": sum(g <= 1 for g in gaps),
        "estimate_within_7_days": sum(g <= 7 for g in gaps),
        "estimate_same_year": sum(e[:4] == ref[:4] for e, ref in checked),
        **_weekdays(rows),
    }


def _weekdays(rows: list[tuple]) -> dict:
    """The weekday an undated article's first paragraph gives its event vs the reference day.

    Counted over undated articles that state no full day (those are placed
    by the day): ``weekday_day_or_day_before`` names the reference
    (publication) day's weekday or the day before's;
    ``weekday_in_window`` one within the linker's
    :data:`~storyline.link.timing.WEEKDAY_WINDOW` of it. The rest would
    count as "another day" against a story of their own date.
    """
    from storyline.link.timing import WEEKDAY_WINDOW

    stated = [(r[6], r[2]) for r in rows if not r[0] and len(r) > 6 and r[6] and not r[5]]
    checked = [(w, ref) for w, ref in stated if ref]
    before, after = WEEKDAY_WINDOW
    near = inside = 0
    for weekdays, ref in checked:
        day = date.fromisoformat(ref[:10])
        near += bool({day.weekday(), (day - timedelta(days=1)).weekday()} & set(weekdays))
        window = {(day + timedelta(days=k)).weekday() for k in range(-before, after + 1)}
        inside += bool(window & set(weekdays))
    return {
        "undated_weekday_only": len(stated),
        "weekday_with_reference": len(checked),
        "weekday_day_or_day_before": near,
        "weekday_in_window": inside,
    }


def _weekday(article) -> tuple[int, ...]:
    from storyline.text.dates.evidence import stated_event_weekdays

    if article.published:
        return ()
    return stated_event_weekdays(article.title, article.text, article.lang)


def _estimate(article) -> str | None:
    from storyline.text.dates.evidence import estimate_event_date

    if article.published:
        return None
    return estimate_event_date(article.title, article.text, article.lang)


def _prepare(content: str, kind: str = "text", url: str | None = None):
    from storyline.article import RawDocument
    from storyline.pipeline import DocumentError, prepare

    declared = {"url": url} if url else {}
    try:
        return prepare(RawDocument(origin="bench", content=content, kind=kind, declared=declared))
    except DocumentError:
        return None


def _article_extraction(data: Path) -> list[dict]:
    folder = data / "article-extraction"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    txt, txt_url, html_rows = [], [], []
    for page_id, item in sorted(truth.items()):
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        ref = _reference_date(html)
        flat = _flatten(html)
        url = item.get("url")
        for target, content, kind, u in (
            (txt, flat, "text", None),
            (txt_url, flat, "text", url),
            (html_rows, html, "html", url),
        ):
            p = _prepare(content, kind, u)
            if p is None:
                target.append((None, "failed", ref, [], "unknown"))
                continue
            a = p.article
            row = (
                a.published, a.published_source, ref, list(a.years), a.published_precision,
                _estimate(a), _weekday(a),
            )  # fmt: skip
            target.append(row)
    return [
        {"figure": "dates_article_extraction_txt", **_score(txt)},
        {"figure": "dates_article_extraction_txt_with_url", **_score(txt_url)},
        {"figure": "dates_article_extraction_html", **_score(html_rows)},
    ]


def _farsnews(data: Path) -> list[dict]:
    import jdatetime

    from storyline.text.dates import parse_date
    from storyline.text.dates.tables import to_ascii_digits

    rows = []
    metadata: Counter[str] = Counter()
    path = data / "fa-farsnews" / "farsnews.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for rec in csv.DictReader(handle):
            text = (rec.get("text") or "").strip()
            if not text:
                continue
            m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", to_ascii_digits(rec.get("date") or ""))
            ref = (
                jdatetime.date(int(m[1]), int(m[2]), int(m[3])).togregorian().isoformat()
                if m
                else None
            )
            declared = parse_date(rec.get("date") or "", "fa")  # the date column, as ingest reads it
            metadata["n"] += 1
            metadata["parsed"] += declared is not None
            metadata["agree"] += bool(declared and ref and declared.iso[:10] == ref)
            title = " ".join((rec.get("title") or "").split())
            p = _prepare(f"{title}\n\n{text}")
            if p is None:
                rows.append((None, "failed", ref, [], "unknown"))
                continue
            a = p.article
            rows.append(
                (a.published, a.published_source, ref, list(a.years), a.published_precision,
                 _estimate(a), _weekday(a))
            )  # fmt: skip
    return [
        {"figure": "dates_farsnews_date_column", **metadata},
        {"figure": "dates_farsnews_text_only", **_score(rows)},
    ]


def _seeds(data: Path) -> list[dict]:
    rows = []
    for path in sorted((data / "seeds").glob("*.txt")):
        p = _prepare(path.read_text(encoding="utf-8"))
        a = p.article if p else None
        rows.append(
            {
                "file": path.name,
                "published": a.published if a else None,
                "source": a.published_source if a else "failed",
                "scraped_at": a.scraped_at if a else None,
                "years": list(a.years) if a else [],
                "estimate": _estimate(a) if a else None,
            }
        )
    return [{"figure": "dates_seeds", "articles": rows}]


def run(shared: Path) -> list[dict]:
    data = shared / "data"
    return _seeds(data) + _farsnews(data) + _article_extraction(data)


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    import sys

    for row in run(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared")):
        print(json.dumps(row, ensure_ascii=False))
