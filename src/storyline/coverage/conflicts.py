"""Disagreements between reports of one fact: numbers and dates.

Quantities (:func:`storyline.entities.extract_quantities`) of the
sentences of one fact are compared across articles:

- two quantities are *comparable* when they count the same unit (and lie
  within a factor of 10), or when neither has a unit, both are written in
  digits, both are at least 10 and they lie within a factor of 2 (a bare
  "1.500" next to "1 200" in an aligned sentence);
- they *agree* when their ranges overlap once widened by 5 % (rounding),
  so 400-500 agrees with 450 but not with 300;
- a conflict is a comparable pair from two articles that does not agree,
  provided neither value also occurs, agreeing, in the other sentence.

Dates: weekday and relative expressions (:func:`storyline.text.dates.relative.find_relative_dates`)
and absolute dates. An expression is resolved against its article's
publication date only when that is known; otherwise only its weekday is
kept (a bare "Saturday" is a weekday whatever the anchor). Two articles
conflict when both give resolved dates and no date is shared, or both give
weekdays and no weekday is shared.

Examples
--------
>>> from storyline.coverage.facts import Fact, FactSentence
>>> from storyline.article import Article
>>> arts = [Article(id=i, text="", text_original="", lang=l, lang_confidence=1.0)
...         for i, l in [("a", "en"), ("b", "en")]]
>>> fact = Fact([FactSentence("a", "en", "Trump withdrew 2,000 troops on Sunday.", 0),
...              FactSentence("b", "en", "Trump withdrew 2,500 troops on Saturday.", 0)])
>>> [(c.kind, [v["value"] for v in c.values]) for c in find_conflicts([fact], arts)]
[('quantity', [2000.0, 2500.0]), ('date', ['Sunday', 'Saturday'])]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from storyline.article import Article
from storyline.entities import Quantity, extract_quantities
from storyline.text.dates import match_date
from storyline.text.dates.relative import find_relative_dates

__all__ = ["Conflict", "find_conflicts", "sentence_dates", "sentence_quantities"]

TOLERANCE = 0.05
"""Relative widening of each value before comparing (rounding)."""

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Two anchors on different weekdays: an expression that resolves to the same
# weekday from both names a weekday; one that does not ("yesterday") does not.
_PROBE = (dt.datetime(2001, 1, 10), dt.datetime(2001, 1, 12))
_SPACE_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_ELISION = re.compile(r"\b[dl][’'](?=\w)", re.IGNORECASE)


@dataclass
class Conflict:
    """Reports of one fact that disagree.

    ``values``: one dict per report, ``{value, text, article_id, lang,
    outlet}``; ``value`` is a number (quantities), an ISO date or a weekday
    name (dates). ``unit`` names what a quantity counts.

    Examples
    --------
    >>> Conflict("quantity", 0, [{"value": 1.0}], unit="troops").to_dict()["unit"]
    'troops'
    """

    kind: str
    fact_index: int
    values: list[dict[str, Any]] = field(default_factory=list)
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict.

        Examples
        --------
        >>> sorted(Conflict("date", 2).to_dict())
        ['fact_index', 'kind', 'unit', 'values']
        """
        return {
            "kind": self.kind,
            "fact_index": self.fact_index,
            "unit": self.unit,
            "values": self.values,
        }


def sentence_quantities(text: str, lang: str) -> list[Quantity]:
    """Quantities of one sentence, after repairing space thousands and elisions.

    ``1 200`` (French, Russian) reads as 1200 and ``d'euros`` as ``euros``.

    Examples
    --------
    >>> [(q.value, q.unit) for q in sentence_quantities("près de 1 200 dockers", "fr")]
    [(1200.0, None)]
    >>> [(q.value, q.unit) for q in sentence_quantities("4 millions d'euros", "fr")]
    [(4000000.0, 'euros')]
    """
    text = _SPACE_THOUSANDS.sub("", text)
    text = _ELISION.sub("", text)
    return extract_quantities(text, lang)


def _has_digit(q: Quantity) -> bool:
    return any(ch.isdigit() for ch in q.text)


def _comparable(p: Quantity, q: Quantity) -> bool:
    lo, hi = sorted((abs(p.value), abs(q.value)))
    if lo == 0:
        return False
    if p.unit and p.unit == q.unit:
        return hi / lo <= 10 and p.unit not in {"years"}
    if p.unit is None and q.unit is None and _has_digit(p) and _has_digit(q):
        return lo >= 10 and hi / lo <= 2
    return False


def _agree(p: Quantity, q: Quantity) -> bool:
    plo, phi = p.low if p.low is not None else p.value, p.high if p.high is not None else p.value
    qlo, qhi = q.low if q.low is not None else q.value, q.high if q.high is not None else q.value
    return plo * (1 - TOLERANCE) <= qhi * (1 + TOLERANCE) and qlo * (1 - TOLERANCE) <= phi * (
        1 + TOLERANCE
    )


def sentence_dates(text: str, lang: str, published: str | None) -> list[tuple[str, str, str]]:
    """Dates named in one sentence: ``(kind, value, surface)``.

    ``kind`` is ``"date"`` (an ISO date, when resolvable) or ``"weekday"``.
    Relative expressions are resolved only against ``published``.

    Examples
    --------
    >>> sentence_dates("Assad received on Saturday a message.", "en", None)
    [('weekday', 'Saturday', 'on Saturday')]
    >>> sentence_dates("Assad received on Saturday a message.", "en", "2018-12-31T00:00:00+00:00")
    [('date', '2018-12-29', 'on Saturday'), ('weekday', 'Saturday', 'on Saturday')]
    """
    anchor = None
    if published:
        try:
            anchor = dt.datetime.fromisoformat(published[:10])
        except ValueError:
            anchor = None
    out: list[tuple[str, str, str]] = []
    for rel in find_relative_dates(text, lang, anchor):
        if rel.resolved:
            out.append(("date", rel.resolved, rel.text))
        probes = [find_relative_dates(rel.text, lang, p) for p in _PROBE]
        days = [found[0].resolved for found in probes if found and found[0].resolved]
        if len(days) == 2:
            wd = {dt.date.fromisoformat(d).weekday() for d in days}
            if len(wd) == 1:
                out.append(("weekday", _WEEKDAYS[wd.pop()], rel.text))
    found = match_date(text, lang, year=anchor.year if anchor else None)
    if found is not None:
        value, start, end = found
        out.append(("date", value.iso[:10], text[start:end]))
    return out


def _ref(s: Any, value: Any, text: str) -> dict[str, Any]:
    return {
        "value": value,
        "text": text,
        "article_id": s.article_id,
        "lang": s.lang,
        "outlet": s.outlet,
    }


def _quantity_conflicts(n: int, fact: Any) -> list[Conflict]:
    items = [(s, q) for s in fact.sentences for q in sentence_quantities(s.text, s.lang)]
    bad: dict[str | None, list[tuple[Any, Quantity]]] = {}
    for x, (s, p) in enumerate(items):
        for t, q in items[x + 1 :]:
            if s.article_id == t.article_id or not _comparable(p, q) or _agree(p, q):
                continue
            # the same figure also given, agreeing, by the other report: no conflict
            if any(u.article_id == t.article_id and _agree(p, r) for u, r in items if r is not q):
                continue
            if any(u.article_id == s.article_id and _agree(q, r) for u, r in items if r is not p):
                continue
            group = bad.setdefault(p.unit, [])
            for pair in ((s, p), (t, q)):
                if all(pair[1] is not r for _, r in group):
                    group.append(pair)
    return [
        Conflict("quantity", n, [_ref(s, q.value, q.text) for s, q in group], unit=unit)
        for unit, group in bad.items()
    ]


def _date_conflicts(n: int, fact: Any, published: dict[str, str | None]) -> list[Conflict]:
    per_article: dict[str, list[tuple[Any, str, str, str]]] = {}
    for s in fact.sentences:
        for kind, value, text in sentence_dates(s.text, s.lang, published.get(s.article_id)):
            per_article.setdefault(s.article_id, []).append((s, kind, value, text))
    out: list[Conflict] = []
    for kind in ("date", "weekday"):
        sets = {aid: {v for _, k, v, _ in found if k == kind} for aid, found in per_article.items()}
        sets = {aid: vals for aid, vals in sets.items() if vals}
        ids = list(sets)
        clash = any(not (sets[x] & sets[y]) for i, x in enumerate(ids) for y in ids[i + 1 :])
        if clash:
            values = [_ref(s, v, t) for aid in ids for s, k, v, t in per_article[aid] if k == kind]
            out.append(Conflict("date", n, values))
            break  # resolved dates, when they clash, say it all
    return out


def find_conflicts(facts: Sequence[Any], articles: Sequence[Article]) -> list[Conflict]:
    """Number and date conflicts within each fact reported by two or more articles.

    Parameters
    ----------
    facts
        :class:`storyline.coverage.facts.Fact` objects.
    articles
        The story's articles (for their publication dates).

    Examples
    --------
    >>> from storyline.coverage.facts import Fact, FactSentence
    >>> f = Fact([FactSentence("a", "fa", "تعداد عناصر داعش ۴۰۰ الی ۵۰۰ نفر است", 0),
    ...           FactSentence("b", "en", "About 450 IS fighters remain.", 0)])
    >>> find_conflicts([f], [])
    []
    """
    published = {a.id: a.published for a in articles}
    out: list[Conflict] = []
    for n, fact in enumerate(facts):
        if len({s.article_id for s in fact.sentences}) < 2:
            continue
        out.extend(_quantity_conflicts(n, fact))
        out.extend(_date_conflicts(n, fact, published))
    return out
