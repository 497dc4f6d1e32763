"""Cleanup benchmark: real web pages, hand-checked bodies, 4-gram P/R/F1.

Data: ``<shared>/data/article-extraction/`` (88 saved pages, gzipped, with the
hand-checked ``articleBody`` of each; MIT, from scrapinghub's
article-extraction-benchmark). The metric is that benchmark's: split both
texts on whitespace, count 4-word shingles with multiplicity that the
extracted text shares with the true body (tp), has and the body lacks (fp),
lacks (fn); sum over all pages; precision, recall, F1.

Two paths through :func:`storyline.pipeline.prepare`, the code ``ingest`` runs:

``html``
    the page as ``.html`` (trafilatura, then cleanup); ``trafilatura`` scores
    the extractor's text before storyline's cleanup, for reference;
``text``
    the page flattened to text by ``<shared>/tools/flatten-html`` (every
    block on its own line, menus, captions, share bars and comment forms
    included, like a naive scraper), read as ``.txt``. ``raw`` scores that
    flattened text as it is: the floor.

Titles (text path): the stored title against the page's headline, the
``<h1>`` or ``og:title`` (with a `` - Site`` suffix cut), compared after
normalisation (case, quotes, dashes, spaces). Each figure is also given for
two fixed halves of the pages (by the parity of the first byte of the page id) so
that rules tuned on one half can be checked on the other.

Run: ``python bench/extraction.py [SHARED_DIR]`` or through ``bench/run.py``.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import lxml.html

from storyline.article import RawDocument
from storyline.pipeline import DocumentError, prepare
from storyline.text.html import NoArticleError, extract_html

CACHE = Path(__file__).resolve().parent / ".cache" / "article-extraction"


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Whitespace 4-word shingles with multiplicity.

    >>> sorted(shingles("a b c d e").values())
    [1, 1]
    """
    words = text.split()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def overlap(found: str, truth: str) -> tuple[int, int, int]:
    """(tp, fp, fn) in 4-word shingles of ``found`` against ``truth``.

    >>> overlap("a b c d e", "a b c d x")
    (1, 1, 1)
    """
    f, t = shingles(found), shingles(truth)
    tp = sum((f & t).values())
    return tp, sum(f.values()) - tp, sum(t.values()) - tp


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from summed counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def norm_title(text: str | None) -> str:
    """Title comparison form: NFKC, casefolded, quotes/dashes unified, spaces collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.replace("\u200c", " ").split()).strip(" .:|-")


_SITE_SUFFIX = re.compile(r"\s+[-|–—:·•]\s+[^-|–—:·•]{2,60}$")


def headlines(html: str) -> list[str]:
    """The page's headline candidates: ``<h1>`` texts and ``og:title`` (with and without suffix)."""
    try:
        tree = lxml.html.fromstring(re.sub(r"^<\?xml[^>]*>", "", html.lstrip()))
    except (ValueError, lxml.etree.ParserError):
        return []
    out = []
    for h1 in tree.xpath("//h1")[:3]:
        out.append(" ".join(h1.text_content().split()))
    for meta in tree.xpath("//meta[@property='og:title' or @name='og:title']"):
        value = " ".join((meta.get("content") or "").split())
        out += [value, _SITE_SUFFIX.sub("", value)]
    return [norm_title(h) for h in out if norm_title(h)]


def half(page_id: str) -> str:
    """``"a"`` or ``"b"``: a fixed split of the pages by the parity of the id's first byte."""
    return "a" if int(page_id[:2], 16) % 2 == 0 else "b"


def _materialise(shared: Path) -> tuple[Path, Path | None]:
    """Unzip the pages to the cache and flatten them; the flat folder is ``None`` without the tool."""
    source = shared / "data" / "article-extraction" / "html"
    html_dir, txt_dir = CACHE / "html", CACHE / "txt"
    html_dir.mkdir(parents=True, exist_ok=True)
    for gz in sorted(source.glob("*.html.gz")):
        out = html_dir / gz.name.removesuffix(".gz")
        if not out.exists():
            out.write_bytes(gzip.decompress(gz.read_bytes()))
    tool = shared / "tools" / "flatten-html"
    if not tool.is_file():
        return html_dir, None
    txt_dir.mkdir(parents=True, exist_ok=True)
    if len(list(txt_dir.glob("*.txt"))) != len(list(html_dir.glob("*.html"))):
        subprocess.run([sys.executable, str(tool), str(html_dir), str(txt_dir)], check=True)
    return html_dir, txt_dir


def _body(doc: RawDocument) -> tuple[str, str | None]:
    try:
        article = prepare(doc).article
    except DocumentError:
        return "", None
    return article.text_original, article.title


def evaluate(shared: Path) -> dict[str, object]:
    """Score every page on each path; returns per-page rows and summed figures."""
    truth = json.loads((shared / "data" / "article-extraction" / "ground-truth.json").read_text())
    html_dir, txt_dir = _materialise(shared)
    pages = []
    for page_id in sorted(truth):
        body = truth[page_id]["articleBody"]
        html_path = html_dir / f"{page_id}.html"
        if not html_path.exists():
            continue
        html_bytes = html_path.read_bytes()
        html = html_bytes.decode("utf-8", errors="replace")
        row: dict[str, object] = {"id": page_id, "half": half(page_id)}
        found, _ = _body(RawDocument(origin=html_path.name, content=html, kind="html"))
        row["html"] = overlap(found, body)
        try:
            row["trafilatura"] = overlap(extract_html(html).text, body)
        except NoArticleError:
            row["trafilatura"] = overlap("", body)
        if txt_dir is not None:
            flat = (txt_dir / f"{page_id}.txt").read_text(encoding="utf-8")
            row["raw"] = overlap(flat, body)
            found, title = _body(RawDocument(origin=f"{page_id}.txt", content=flat, kind="text"))
            row["text"] = overlap(found, body)
            heads = headlines(html)
            row["title"] = title
            row["headline"] = heads[0] if heads else None
            row["title_ok"] = bool(heads) and norm_title(title) in heads
        pages.append(row)
    return {"pages": pages}


def summarise(pages: list[dict]) -> list[dict]:
    """Summed P/R/F1 per path (all pages and each half) and the title match rate."""
    out = []
    for path in ("html", "trafilatura", "raw", "text"):
        for part in ("all", "a", "b"):
            rows = [p for p in pages if path in p and (part == "all" or p["half"] == part)]
            if not rows:
                continue
            tp, fp, fn = (sum(p[path][i] for p in rows) for i in range(3))
            out.append({"path": path, "pages": len(rows), "half": part, **prf(tp, fp, fn)})
    for part in ("all", "a", "b"):
        rows = [p for p in pages if "title_ok" in p and (part == "all" or p["half"] == part)]
        with_head = [p for p in rows if p["headline"]]
        if with_head:
            ok = sum(p["title_ok"] for p in with_head)
            out.append(
                {
                    "path": "text",
                    "titles": "stored title == headline",
                    "half": part,
                    "pages": len(with_head),
                    "equal": round(ok / len(with_head), 3),
                }
            )
    return out


NEEDS_SHARED = True


def run(shared: Path) -> list[dict]:
    """Rows for ``bench/run.py``; a skip row when the pages are not there."""
    if not (shared / "data" / "article-extraction" / "ground-truth.json").is_file():
        return [{"skipped": f"no article-extraction data under {shared}/data"}]
    return summarise(evaluate(shared)["pages"])


if __name__ == "__main__":
    from _help import exit_if_help

    exit_if_help(__doc__)
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared"
    verbose = "-v" in sys.argv
    result = evaluate(root)
    for row in summarise(result["pages"]):
        print(json.dumps(row, ensure_ascii=False))
    if verbose:
        for page in result["pages"]:
            print(json.dumps(page, ensure_ascii=False))
