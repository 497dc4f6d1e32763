"""Typed facts of a headline and lead: the figures that fix one occurrence of an event.

Two reports of the same actors can be about two occurrences (last year's
final, the previous rate decision, the previous visit) and still read alike
to the title+lead vector. What tells them apart is a fact of a kind that
does not change while an event is reported: a match's score, the rates and
percentages a decision or release states, the amount of money a deal is
worth. :func:`typed_facts` reads them (kind, value) from a headline and its
lead, in the languages of the sample and the shared data;
:func:`fact_conflicts` names the kinds two reports state differently.

Counts that grow while an event is reported (the dead, the injured, the
evacuated, the hectares burned, the buildings damaged) are never typed
facts: a report of 12 dead and one of 40 can be the same quake.

Examples
--------
>>> typed_facts("Iraq edge Iran 2-1 in the final", "Iraq beat Iran 2-1 on Friday in Basra.")
('score:1-2',)
>>> sorted(typed_facts("Central bank cuts rates", "It cut the deposit rate to 19.00% and the lending rate to 20%."))
['pct:19', 'pct:20']
>>> fact_conflicts(("score:1-2",), ("score:1-3",))
('score',)
>>> fact_conflicts(("score:1-2", "pct:19"), ("score:1-2",))
()
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from storyline.link.textkeys import normalise_digits

__all__ = [
    "LEAD_CHARS",
    "conflict_line",
    "conflict_shifts",
    "fact_note",
    "fact_conflicts",
    "fact_kinds",
    "penalise",
    "typed_facts",
]

LEAD_CHARS = 400
"""Facts are read from the headline and this many leading characters of the text."""

_NUM = r"\d+(?:[.,]\d+)?"

#: A percentage: the number before a percent sign or word, or after ``%``/``yüzde``.
_PCT_AFTER = re.compile(
    rf"({_NUM})\s?(?:%|٪|％|"
    r"percent\b|per cent\b|pct\b|процент|درصد|بالمئة|بالمائة|في المئة|في المائة|"
    r"pour cent|por ciento|per cento|prozent|procent)",
    re.IGNORECASE,
)
_PCT_BEFORE = re.compile(rf"(?:%|٪|\byüzde\s?|百分之)({_NUM})", re.IGNORECASE)

#: A match score: two small numbers joined by a dash or colon (``2-1``, ``2:1``,
#: ``2比1``, ``۲ بر ۱``), never part of a date, a time (``22:41``, ``10:05``) or a longer figure.
_SCORE = re.compile(r"(?<![\d.,:/\-–])(\d{1,2})\s?(?:[-:–]|比| بر )\s?(\d{1,2})(?![\d.,:/\-–]?\d)")


#: Basis points of a rate decision (``200 basis points``, ``200 б.п.``, ``200个基点``).
_BP = re.compile(
    rf"({_NUM})\s?(?:basis points?|bps?\b|b\.p\.|базисн\w* пункт|б\.\s?п\.|"
    r"نقطة أساس|نقاط أساس|واحد پایه|个基点|基点|puntos? básicos?|points? de base|"
    r"basispunkt|baz puan|punti base|punkt\w* bazow)",
    re.IGNORECASE,
)

#: Documents signed on a visit (``14 documents``, ``14 وثيقة``, ``14份合作文件``).
_SIGNED = re.compile(
    r"(?<![\d.,])(\d{1,3})\s?(?:份|项|个)?\s?(?:documents?|agreements?|accords?|"
    r"memorand\w*|документ\w*|соглашени\w*|وثيقة|وثائق|اتفاقية|اتفاقيات|مذكرة|مذكرات|"
    r"سند|توافقنامه|تفاهم‌?نامه|موافقت‌?نامه|belge|anlaşma|合作文件|文件|协议|"
    r"abkommen|vereinbarung|dokument\w*|acuerdos?|documentos?|accordi|documenti)",
    re.IGNORECASE,
)

#: A score in words (Arabic and Persian reports rarely write it in digits).
_WORD_SCORES = {
    "بهدف نظيف": "0-1", "بهدفين نظيفين": "0-2", "بثلاثية نظيفة": "0-3",
    "بهدفين مقابل هدف": "1-2", "بهدف لكل منهما": "1-1", "بهدفين لكل منهما": "2-2",
    "بثلاثة أهداف مقابل هدف": "1-3", "بثلاثة أهداف مقابل هدفين": "2-3",
    "التعادل السلبي": "0-0",
}  # fmt: skip
_FA_NUMBERS = {"صفر": 0, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6}
_FA_SCORE = re.compile(rf"(?<!\w)({'|'.join(_FA_NUMBERS)}) بر ({'|'.join(_FA_NUMBERS)})(?!\w)")


def _word_scores(text: str) -> set[str]:
    out = {f"score:{v}" for k, v in _WORD_SCORES.items() if k in text}
    for m in _FA_SCORE.finditer(text):
        lo, hi = sorted((_FA_NUMBERS[m.group(1)], _FA_NUMBERS[m.group(2)]))
        out.add(f"score:{lo}-{hi}")
    return out


def _value(raw: str) -> str:
    raw = raw.replace(",", ".")
    try:
        x = float(raw)
    except ValueError:
        return raw
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _scores(text: str) -> set[str]:
    out = set()
    for m in _SCORE.finditer(text):
        a, b = m.group(1), m.group(2)
        if len(b) == 2 and b.startswith("0"):  # 10:05 is a time
            continue
        x, y = int(a), int(b)
        if x > 15 or y > 15:
            continue
        lo, hi = sorted((x, y))
        out.add(f"score:{lo}-{hi}")
    return out


@lru_cache(maxsize=4096)
def typed_facts(title: str | None, text: str) -> tuple[str, ...]:
    """The typed facts (``kind:value``) of a headline and the lead of its text, sorted.

    Kinds: ``score`` (a match result, the two numbers in ascending order:
    ``2-1`` and ``1-2`` are one result; Arabic and Persian ones in words too),
    ``pct`` (a percentage, its value without trailing zeros: ``19.00%`` is
    ``pct:19``), ``bp`` (basis points of a rate decision), ``signed`` (the
    number of documents or agreements signed). Amounts of money are not typed facts: reports of one
    event state them differently (a plant of 2.1 or 2.3 billion euros,
    paintings worth 3 or 4 million: the sample corpus).

    Examples
    --------
    >>> typed_facts("西亚锦标赛决赛：伊拉克2比1逆转伊朗夺冠", "")
    ('score:1-2',)
    >>> typed_facts("ایران با پیروزی ۳ بر ۱ مقابل عراق قهرمان شد", "")
    ('score:1-3',)
    >>> typed_facts(None, "Published 20 ноября, 22:41. The 2026-10-14 talks; 10:05 GMT")
    ()
    >>> typed_facts(None, "Enflasyon yüzde 11,8'e geriledi; faiz %19 oldu")
    ('pct:11.8', 'pct:19')
    >>> typed_facts("فوز العراق على إيران بهدفين مقابل هدف", "با نتیجه دو بر یک")
    ('score:1-2',)
    >>> typed_facts("ЦБ снизил ставки на 200 б.п.", "签署14份合作文件; sign 14 documents")
    ('bp:200', 'signed:14')
    """
    lead = normalise_digits(f"{title or ''}\n{text[:LEAD_CHARS]}")
    out = _scores(lead) | _word_scores(lead)
    out |= {f"bp:{_value(m.group(1))}" for m in _BP.finditer(lead)}
    out |= {f"signed:{int(m.group(1))}" for m in _SIGNED.finditer(lead) if int(m.group(1)) >= 2}
    for pattern in (_PCT_AFTER, _PCT_BEFORE):
        for m in pattern.finditer(lead):
            out.add(f"pct:{_value(m.group(1))}")
    return tuple(sorted(out))


def fact_kinds(facts: tuple[str, ...] | list[str] | frozenset[str]) -> dict[str, frozenset[str]]:
    """Typed facts grouped by kind: ``{"pct": {"19", "20"}, ...}``.

    Examples
    --------
    >>> sorted(fact_kinds(["pct:19", "pct:20", "score:1-2"])["pct"])
    ['19', '20']
    """
    out: dict[str, set[str]] = {}
    for fact in facts:
        kind, _, value = fact.partition(":")
        out.setdefault(kind, set()).add(value)
    return {k: frozenset(v) for k, v in out.items()}


def fact_conflicts(
    a: tuple[str, ...] | list[str] | frozenset[str], b: tuple[str, ...] | list[str] | frozenset[str]
) -> tuple[str, ...]:
    """The kinds of fact two reports both state and (mostly) differently: another occurrence.

    A kind conflicts when both state it and fewer than half of the smaller
    side's values are shared (a rate report may repeat last month's
    inflation figure, the rest differ).

    Examples
    --------
    >>> fact_conflicts(["pct:19", "pct:20", "pct:12.6"], ["pct:21", "pct:22", "pct:12.6"])
    ('pct',)
    >>> fact_conflicts(["pct:19", "pct:20"], ["pct:19"])
    ()
    >>> fact_conflicts([], ["score:1-2"])
    ()
    """
    ka, kb = fact_kinds(a), fact_kinds(b)
    out = []
    for kind in sorted(ka.keys() & kb.keys()):
        x, y = ka[kind], kb[kind]
        if 2 * len(x & y) < min(len(x), len(y)):
            out.append(kind)
    return tuple(out)


def conflict_shifts(
    facts: Sequence[str], others: Sequence[Sequence[str]], weight: float
) -> np.ndarray:
    """Logit shift of each pair: ``-weight`` where ``facts`` and the other's conflict, else 0.

    Examples
    --------
    >>> conflict_shifts(("score:1-2",), [("score:1-3",), ("score:1-2",), ()], 5.0).tolist()
    [-5.0, 0.0, 0.0]
    """
    out = np.zeros(len(others))
    if not facts or weight <= 0:
        return out
    for i, other in enumerate(others):
        if other and fact_conflicts(tuple(facts), tuple(other)):
            out[i] = -weight
    return out


def penalise(probs: np.ndarray, shifts: np.ndarray) -> np.ndarray:
    """Probabilities moved by logit ``shifts`` (0 leaves a probability as it is).

    Examples
    --------
    >>> penalise(np.array([0.99, 0.99, 0.5]), np.array([-5.0, 0.0, 0.0])).round(3).tolist()
    [0.4, 0.99, 0.5]
    """
    probs = np.asarray(probs, dtype=np.float64)
    if not shifts.any():
        return probs
    p = np.clip(probs, 1e-9, 1 - 1e-9)
    moved = 1.0 / (1.0 + np.exp(-(np.log(p / (1 - p)) + shifts)))
    return np.where(shifts != 0, moved, probs)


_KIND_WORDS = {
    "score": "score",
    "pct": "percentages",
    "bp": "basis points",
    "signed": "count of documents signed",
}


def fact_note(facts: Sequence[str], others: Sequence[Sequence[str]]) -> str:
    """The typed facts of an article against a story's core members, in words ("" if none).

    Examples
    --------
    >>> fact_note(("score:1-2",), [("score:1-3",), ("score:1-2",), ()])
    'typed facts: other score than 1 of 3 core members (1-2 vs 1-3: another occurrence?); the same as 1'
    >>> fact_note(("pct:19", "pct:20"), [("pct:19", "pct:20")])
    'typed facts: the same percentages (19, 20) as 1 of 1 core member'
    >>> fact_note((), [("score:1-2",)])
    ''
    """
    if not facts:
        return ""
    mine = fact_kinds(tuple(facts))
    conflicts: list[tuple[str, frozenset[str]]] = []
    same = 0
    for other in others:
        if not other:
            continue
        kinds = fact_conflicts(tuple(facts), tuple(other))
        if kinds:
            conflicts.append((kinds[0], fact_kinds(tuple(other))[kinds[0]]))
        elif mine.keys() & fact_kinds(tuple(other)).keys():
            same += 1
    n = len(others)
    if conflicts:
        kind, theirs = conflicts[0]
        word = _KIND_WORDS.get(kind, kind)
        line = (
            f"typed facts: other {word} than {len(conflicts)} of {n} core member"
            f"{'s' if n != 1 else ''} ({', '.join(sorted(mine[kind]))} vs "
            f"{', '.join(sorted(theirs))}: another occurrence?)"
        )
        return f"{line}; the same as {same}" if same else line
    if same:
        kind = sorted(mine)[0]
        word = _KIND_WORDS.get(kind, kind)
        values = ", ".join(sorted(mine[kind]))
        return (
            f"typed facts: the same {word} ({values}) as {same} of {n} core member"
            f"{'s' if n != 1 else ''}"
        )
    return ""


def conflict_line(a: Sequence[str], b: Sequence[str], weight: float) -> str:
    """An evidence line for a pair whose typed facts conflict ("" when they do not).

    Examples
    --------
    >>> conflict_line(("score:1-2",), ("score:1-3",), 5.0)
    '-5.0 other score (1-2 vs 1-3): another occurrence?'
    >>> conflict_line(("score:1-2",), ("score:1-2",), 5.0)
    ''
    """
    kinds = fact_conflicts(tuple(a), tuple(b))
    if not kinds or weight <= 0:
        return ""
    kind = kinds[0]
    x, y = fact_kinds(tuple(a))[kind], fact_kinds(tuple(b))[kind]
    word = _KIND_WORDS.get(kind, kind)
    return (
        f"-{weight:.1f} other {word} ({', '.join(sorted(x))} vs {', '.join(sorted(y))}): "
        "another occurrence?"
    )
