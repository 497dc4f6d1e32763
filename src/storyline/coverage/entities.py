"""The entities of a story, with their mentions per language.

Entities are extracted sentence by sentence (:func:`storyline.entities.extract_entities`)
and grouped by their cross-language key (``country:SY`` for Syria, سوریه,
سوريا and Сирия). Person keys that differ but name the same person
(:func:`storyline.entities.same_name` on two multi-word names) are merged.

Projection through alignment: for each fact, a person or organisation found
in one sentence is looked for in the aligned sentences of the other
articles that lack it. A span of one to four words there is taken as a
mention only when transliteration supports it: its consonant skeleton
(:func:`storyline.entities.name_key`) equals the name's, or
:func:`storyline.entities.same_name` accepts it. Places need no projection:
the gazetteer already gives them one key in every script. Projected mentions
are listed with the others and also under ``projected``.

Examples
--------
>>> from storyline.article import Article
>>> from storyline.coverage.facts import Fact, FactSentence
>>> arts = [Article(id="a", text="", text_original="", lang="en", lang_confidence=1.0),
...         Article(id="b", text="", text_original="", lang="fa", lang_confidence=1.0)]
>>> fact = Fact([FactSentence("a", "en", "Faleh al-Fayyadh visited Syria.", 0),
...              FactSentence("b", "fa", "فالح الفیاض به سوریه رفت.", 0)])
>>> ents = story_entities(arts, [fact])
>>> [(e["key"], e["mentions"]) for e in ents]
[('country:SY', {'en': ['Syria'], 'fa': ['سوریه']}), ('person:flhfd', {'en': ['Faleh al-Fayyadh'], 'fa': ['فالح الفیاض']})]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from storyline.article import Article
from storyline.entities import Entity, extract_entities, name_key, same_name

__all__ = ["project_name", "story_entities"]

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[-’'\u200c])*")


@functools.cache
def _labels() -> Any:
    from storyline.entities.gazetteer import load

    return load()


def _label(key: str) -> str | None:
    label = _labels().label(key)
    return label if label != key else None


def project_name(name: str, sentence: str) -> str | None:
    """The span of ``sentence`` (any script) that transliterates ``name``, if any.

    Examples
    --------
    >>> project_name("Adel Abdul-Mahdi", "نامه عادل عبدالمهدی را تقدیم کرد")
    'عادل عبدالمهدی'
    >>> project_name("Adel Abdul-Mahdi", "نامه را تقدیم کرد") is None
    True
    """
    target = name_key(name)
    if len(target) < 4:
        return None
    words = list(_WORD.finditer(sentence))
    n_name = max(1, len(name.split()))
    sizes = sorted(range(1, 5), key=lambda k: (abs(k - n_name), k))
    spans = [
        sentence[words[i].start() : words[i + size - 1].end()]
        for size in sizes
        for i in range(len(words) - size + 1)
    ]
    for span in spans:
        if name_key(span) == target:
            return span
    for span in spans:
        if len(name_key(span)) >= 6 and same_name(name, span):
            return span
    return None


def story_entities(articles: Sequence[Article], facts: Sequence[Any]) -> list[dict[str, Any]]:
    """Entities of a story: ``[{key, type, label, mentions: {lang: [surfaces]}, projected}]``.

    Ordered by the number of articles that mention them, then key.

    Parameters
    ----------
    articles
        The story's articles.
    facts
        Its facts (:class:`storyline.coverage.facts.Fact`), for projection.
    """
    lang_of = {a.id: a.lang for a in articles}
    found: dict[tuple[str, int], list[Entity]] = {}
    for fact in facts:
        for s in fact.sentences:
            found[(s.article_id, s.idx)] = extract_entities(s.text, s.lang)
    records: dict[str, dict[str, Any]] = {}
    surfaces: dict[str, set[str]] = {}

    def add(e: Entity, article_id: str, lang: str, projected: bool = False) -> None:
        rec = records.setdefault(
            e.key,
            {"key": e.key, "type": e.type, "label": None, "mentions": {}, "projected": []},
        )
        rec.setdefault("_articles", set()).add(article_id)
        forms = rec["mentions"].setdefault(lang, [])
        if e.text not in forms:
            forms.append(e.text)
        if projected:
            rec["projected"].append({"lang": lang, "text": e.text, "article_id": article_id})
        surfaces.setdefault(e.key, set()).add(e.text)

    for fact in facts:
        for s in fact.sentences:
            for e in found[(s.article_id, s.idx)]:
                add(e, s.article_id, s.lang)
        # projection of names to the aligned sentences that lack them
        for s in fact.sentences:
            for e in found[(s.article_id, s.idx)]:
                if e.type not in {"person", "organisation"}:
                    continue
                for t in fact.sentences:
                    if t.article_id == s.article_id or t.lang == s.lang:
                        continue
                    there = found[(t.article_id, t.idx)]
                    if any(x.key == e.key or same_name(x.text, e.text) for x in there):
                        continue
                    span = project_name(e.text, t.text)
                    if span:
                        proj = Entity(e.key, e.type, span, 0, 0, t.lang)
                        there.append(proj)
                        add(proj, t.article_id, lang_of.get(t.article_id, t.lang), True)
    _merge_people(records, surfaces)
    out = []
    for rec in records.values():
        rec["articles"] = len(rec.pop("_articles"))
        rec["label"] = _label(rec["key"]) if rec["type"] == "place" else None
        out.append(rec)
    out.sort(key=lambda r: (-r["articles"], r["key"]))
    return out


def _merge_people(records: dict[str, dict[str, Any]], surfaces: dict[str, set[str]]) -> None:
    """Merge person records whose multi-word names transliterate to one another."""
    keys = sorted((k for k in records if k.startswith("person:")), key=lambda k: -len(k))
    for i, ka in enumerate(keys):
        if ka not in records:
            continue
        for kb in keys[i + 1 :]:
            if kb not in records:
                continue
            long_a = [x for x in surfaces[ka] if len(x.split()) > 1]
            long_b = [x for x in surfaces[kb] if len(x.split()) > 1]
            if any(same_name(x, y) for x in long_a for y in long_b):
                a, b = records[ka], records.pop(kb)
                a["_articles"] |= b["_articles"]
                a["projected"].extend(b["projected"])
                for lang, forms in b["mentions"].items():
                    mine = a["mentions"].setdefault(lang, [])
                    mine.extend(f for f in forms if f not in mine)
                surfaces[ka] |= surfaces.pop(kb)
