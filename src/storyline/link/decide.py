"""The cheap same-event decision used while linking, one pair at a time.

Linking must keep up with ingest, so it cannot encode every sentence as the
full :class:`~storyline.link.scorer.PairScorer` does. :class:`LinkModel`
scores a pair from what is cached for every article: its document vector
(title + lead) and its *link keys* (numbers, name skeletons and countries of
the title and first :data:`KEY_CHARS` characters, from
:mod:`storyline.link.textkeys`, and cross-script entity keys from
:mod:`storyline.entities`), plus the publication gap. It is a logistic
regression on :data:`FEATURES`, trained on the SemEval-2022 pairs' same-event
labels (gold ``Overall <= 1.5`` same, ``>= 2.5`` different) by
:mod:`storyline.training.linker`; the weights ship in
``storyline/data/linker.json``.

Raw e5 cosines are compressed (unrelated news at 0.75-0.80), so the first
feature is the cosine *after centring* on the corpus mean: the store keeps a
running mean (:class:`RunningMean`), shrunk toward the training mean while
the store is small.

Examples
--------
>>> import numpy as np
>>> ka = link_keys("Iraq strikes IS in Syria", "Iraqi jets killed 400 fighters near Albu Kamal.", "en")
>>> kb = link_keys(None, "Iraqi aircraft killed 400 IS fighters in Syria.", "en")
>>> f = pair_link_features(np.eye(3)[0], np.eye(3)[0], ka, kb, "en", "en", None)
>>> dict(zip(FEATURES, f.round(2).tolist()))["num_cover"]
1.0
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from storyline.entities import extract_entities
from storyline.entities.names import name_key
from storyline.link.align_evidence import ALIGN_FEATURES
from storyline.link.eventkinds import area_keys
from storyline.link.facts import typed_facts
from storyline.link.models import Logistic
from storyline.link.previous_values import previous_values
from storyline.link.readable import UNREAD_SHARE, unread_share
from storyline.link.recalled_figures import drop_recalled, recalled_figures
from storyline.link.textkeys import country_keys, name_keys, number_keys
from storyline.text.dates.evidence import (
    own_and_recalled_years,
    stated_event_days,
    stated_event_weekdays,
)

__all__ = [
    "FEATURES",
    "KEY_CHARS",
    "LinkModel",
    "SameEventModel",
    "SIGNS",
    "RunningMean",
    "entity_link_keys",
    "fact_keys",
    "link_keys",
    "pair_link_features",
    "parse_keys",
]

logger = logging.getLogger(__name__)

KEY_CHARS = 2000
"""Link keys come from the title and this many leading characters of the text."""

FEATURES = (
    "cos_c",
    "cos_raw",
    "cos_c_cross",
    "num_cover",
    "num_disjoint",
    "name_shared",
    "country_cover",
    "person_shared",
    "person_disjoint",
    "place_shared",
    "place_disjoint",
    "org_shared",
    "year_shared",
    "year_conflict",
    "keys_known",
    "same_lang",
)
"""Pair features of :class:`LinkModel`, in order.

``cos_c`` / ``cos_raw``: centred and raw title+lead cosine; ``cos_c_cross``:
the centred cosine again on cross-language pairs (0 otherwise), so the
model can weigh it differently there. Shared evidence: numbers
(``num_cover`` = shared / smaller set, years left out), name skeletons,
countries, and the cross-script entity keys of people, places other than
countries and organisations (``*_shared`` = log1p of the shared count), and
years stated in both. Evidence of *another* event: ``num_disjoint`` (both
state numbers, none shared), ``person_disjoint`` (both name people, none
shared: "another prime minister"), ``place_disjoint``, and
``year_conflict`` (both state years, none shared; log1p of the smallest
gap between them)."""

SIGNS = {
    "num_disjoint": -1,
    "person_disjoint": -1,
    "place_disjoint": -1,
    "year_conflict": -1,
    "keys_known": 0,
    "same_lang": 0,
    "numbers_conflict": -1,
}
"""Sign each feature's weight must have (default +1: shared evidence can only
raise the probability; 0: free). Training drops a feature whose fitted weight
has the wrong sign (a collinear or spurious fit), so that every piece of
evidence moves the probability the way a reader expects, in the data the
model was trained on and beyond it. The alignment features of
:data:`~storyline.link.align_evidence.ALIGN_FEATURES` follow the same rule."""


def _opening_day(text: str, lang: str) -> str | None:
    """The day a text's opening states (an agency dateline, ``СУКАБУМИ, 5 октября.``), as
    ``--MM-DD``, else ``None``: the report's own day when it has no date.

    Examples
    --------
    >>> _opening_day("СУКАБУМИ (Индонезия), 5 октября. /Восток-Пресс/. Не менее 143", "ru")
    '--10-05'
    >>> _opening_day("Не менее 143 учеников отравились во вторник.", "ru") is None
    True
    >>> _opening_day("产油国周日举行会议，决定自7月1日起每日减产120万桶。", "zh") is None
    True
    """
    from storyline.text.dates import match_date
    from storyline.text.dates.evidence import effective_blanked

    opening = effective_blanked(text[: OPENING_CHARS + 40], lang)[:OPENING_CHARS]
    found = match_date(opening, lang, year=2000)  # "决定自7月1日起": the day a cut starts
    if found is None or found[0].precision not in ("day", "hour", "minute", "second"):
        return None
    return "--" + found[0].iso[5:10]


OPENING_CHARS = 60
"""How far into a text a date may start and still be its opening's (a dateline)."""


def link_keys(
    title: str | None,
    text: str,
    lang: str,
    *,
    scraped_at: str | None = None,
    published_day: str | None = None,
    published: str | None = None,
) -> str:
    """The link keys of an article as compact JSON (numbers, names, countries, entities, days).

    ``"e"`` holds the cross-script keys of the people, organisations and
    places other than countries found by
    :func:`storyline.entities.extract_entities` (a person is keyed by a
    consonant skeleton, so *Bashar al-Assad* and *بشار اسد* share a key):
    unlike the word skeletons under ``"p"`` they match across languages.
    ``"d"`` holds the days the headline and first paragraphs state
    (:func:`~storyline.text.dates.evidence.stated_event_days`): the time
    evidence of an article without a publication date; ``"y"`` the years the
    lead states (:func:`~storyline.text.dates.evidence.mentioned_years`:
    ``2,000 marchers`` is a count, not a year; ``since 2023`` starts a period, not the
    event's year; a year only a sentence recalling another occurrence names is not
    the report's: ``"ry"``, :func:`~storyline.text.dates.evidence.own_and_recalled_years`,
    ``its second return, after nine objects went back in 2024``) and ``"w"`` the weekdays its
    first paragraph gives as the event's day (0 = Monday); ``"k"`` and ``"r"``
    the kind of natural hazard the headline and first paragraph report and
    the countries they name (:func:`~storyline.link.eventkinds.area_keys`;
    read by the tracker's same-day area-event rule, not by the pair model);
    ``"s"`` (only with ``scraped_at``, the date on a scrape's first line)
    the day the page was scraped: it was published that day or before
    (:func:`~storyline.link.timing.text_days`), never a publication date;
    ``"rf"`` (only when there are any) the figures the lead states only in sentences that
    place an earlier event a week or more before its own (``two weeks after the blast that
    killed 14``: :func:`~storyline.link.recalled_figures.recalled_figures`), and the
    values it states as those before its change (``to 21,000 from 15,000``:
    :func:`~storyline.link.previous_values.previous_values`), left out of its typed facts;
    ``"f"`` (only when there are any) the typed facts of the headline and lead
    (:func:`~storyline.link.facts.typed_facts`: a match's score, the
    percentages stated): read by the tracker as evidence of another
    occurrence when a candidate's differ (:func:`fact_keys`), not by the pair model
    (``published``, or else ``published_day``, gives the report's own day to the facts:
    :mod:`storyline.link.recall`);
    ``"u"`` (only when it reaches :data:`~storyline.link.readable.UNREAD_SHARE`) the share of
    the headline and lead's letters the encoder's vocabulary lacks
    (:func:`~storyline.link.readable.unread_share`: Thaana, Tibetan): its vector is noise;
    ``"m"`` (only with ``published_day``, ``--MM-DD``: an undated page's
    date-only line without a year,
    :func:`~storyline.text.dates.evidence.yearless_publication_day`; else, for an
    undated article, its opening's agency dateline, ``БРАЗИЛИА, 15 мая.``) the day
    and month it came out, in a year it does not give.

    Examples
    --------
    >>> keys = json.loads(link_keys("Quake in Turkey", "A quake of 6.8 hit Elazig, Turkey.", "en"))
    >>> keys["n"], keys["c"]
    (['6.8'], ['tr'])
    """
    lead = f"{title or ''}\n{text[:KEY_CHARS]}"
    own_years, recalled_years = own_and_recalled_years(lead, lang)
    keys: dict[str, Any] = {
        "n": sorted(number_keys(lead)),
        "p": sorted(name_keys(lead, lang)),
        "c": sorted(country_keys(lead, lang)),
        "e": sorted(entity_link_keys(lead, lang)),
        "d": list(stated_event_days(title, text, lang)),  # when it happened, if it says
        "y": list(own_years),  # not "2,000 marchers", "since 2023", "its second, in 2024"
        "w": list(stated_event_weekdays(title, text, lang, own_only=True)),  # 0 = Monday
        **area_keys(title, text, lang),  # "k" hazard kinds, "r" countries (area events only)
    }
    if recalled_years:  # years only a sentence recalling another occurrence names
        keys["ry"] = list(recalled_years)
    unread = unread_share(lead)
    if unread >= UNREAD_SHARE:  # a script the encoder has no pieces for: its vector is noise
        keys["u"] = round(unread, 2)
    own_day = (published or "")[:10] or published_day or _opening_day(text, lang)
    recalled_figs = recalled_figures(title, text[:KEY_CHARS], own_day, lang)
    # "to 21,000 from 15,000", "breaking her record of 6.28": the previous occurrence's figure
    recalled_figs = tuple(sorted({*recalled_figs, *previous_values(title, text[:KEY_CHARS])}))
    if recalled_figs:  # "two weeks after the blast that killed 14": the earlier event's
        keys["rf"] = list(recalled_figs)
    facts = typed_facts(title, text, (published or "")[:10] or published_day)  # its own day
    facts = drop_recalled(facts, recalled_figs)
    if facts:
        keys["f"] = list(facts)  # scores, percentages: another value is another occurrence
    if scraped_at and scraped_at[:4].isdigit():
        keys["s"] = scraped_at[:10]  # published on or before it
    if published_day and published_day.startswith("--") and len(published_day) == 7:
        keys["m"] = published_day  # published that day of some year
    elif not published and (opening := _opening_day(text, lang)) is not None:
        keys["m"] = opening  # an agency dateline without a year: "БРАЗИЛИА, 15 мая."
    return json.dumps(keys, ensure_ascii=False, separators=(",", ":"))


def entity_link_keys(text: str, lang: str) -> set[str]:
    """Cross-script keys of the named entities of ``text``, countries left out.

    Countries are left to :func:`~storyline.link.textkeys.country_keys`
    (articles on one topic share them without reporting one event).

    Examples
    --------
    >>> sorted(entity_link_keys("Bashar al-Assad met officials in Damascus, Syria.", "en"))[0]
    'geonames:170654'
    >>> fa = entity_link_keys("محمدرضا کاظمی وزیر راه گفت", "fa")
    >>> en = entity_link_keys("Minister Mohammad-Reza Kazemi said", "en")
    >>> sorted(k for k in fa & en if k.startswith("person:"))
    ['person:mhmdrzkzm']
    """
    try:
        found = extract_entities(text, lang)
    except Exception:  # noqa: BLE001 - a key extractor must never stop linking
        logger.warning("entity keys failed (%s text), linking without them", lang, exc_info=True)
        return set()
    keys = {e.key for e in found if not e.key.startswith("country:")}
    keys.update(
        "person:" + name_key(e.text.translate(_ABJAD_Z))
        for e in found
        if e.type == "person" and _ABJAD_EMPHATIC.search(e.text)
    )
    return keys


_ABJAD_EMPHATIC = re.compile("[\u0630\u0636\u0638]")
_ABJAD_Z = str.maketrans({"\u0630": "\u0632", "\u0636": "\u0632", "\u0638": "\u0632"})
"""ذ ض ظ are *dh*/*d* in Arabic names (*Fayyadh*) but *z* in Persian, Urdu and
Ottoman ones (*Reza*, *Kazemi*, *Zarif*): a name written with them gets both keys."""


Keys = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


@lru_cache(maxsize=4096)
def parse_keys(keys: str | None) -> Keys:
    """Parse :func:`link_keys` JSON into (numbers, names, countries, entities) sets.

    Examples
    --------
    >>> parse_keys(None)
    (frozenset(), frozenset(), frozenset(), frozenset())
    """
    if not keys:
        return frozenset(), frozenset(), frozenset(), frozenset()
    data = json.loads(keys)
    return tuple(frozenset(data.get(k, ())) for k in "npce")  # type: ignore[return-value]


@lru_cache(maxsize=8192)
def fact_keys(keys: str | None) -> tuple[str, ...]:
    """The typed facts (``"f"``) of :func:`link_keys` JSON (none in keys made before them).

    Examples
    --------
    >>> fact_keys(link_keys("Iraq edge Iran 2-1 in the final", "", "en"))
    ('score:1-2', 'stage.match:final')
    >>> fact_keys('{"n": []}'), fact_keys(None)
    ((), ())
    """
    if not keys:
        return ()
    return tuple(json.loads(keys).get("f", ()))


def _cover(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _disjoint(a: frozenset[str], b: frozenset[str]) -> float:
    return float(bool(a) and bool(b) and not a & b)


def _centred_cos(
    u: np.ndarray, v: np.ndarray, mean: np.ndarray | None, mean_b: np.ndarray | None = None
) -> float:
    if mean is not None:
        u, v = u - mean, v - (mean if mean_b is None else mean_b)
    den = float(np.linalg.norm(u) * np.linalg.norm(v))
    return float(u @ v) / den if den > 0 else 0.0


def _is_year(n: str) -> bool:
    return len(n) == 4 and n.isdigit() and n[:2] in ("19", "20")


def _stated_years(keys: str | None, numbers: frozenset[str]) -> frozenset[str]:
    """Years of :func:`link_keys` ``"y"`` (``2,000 marchers`` is a count, not a year);
    keys computed before ``"y"`` was kept: four-digit numbers 1900-2099 of ``"n"``."""
    stated = json.loads(keys).get("y") if keys else None
    if isinstance(stated, list):
        return frozenset(str(y) for y in stated)
    return frozenset(x for x in numbers if _is_year(x))


@lru_cache(maxsize=8192)
def _evidence_sets(keys: str | None) -> tuple[frozenset[str], ...]:
    """(numbers without year-like ones, years, names, countries, entities, people, places).

    The numbers leave out every four-digit 1900-2099 number, as the
    title+lead weights were trained (a count written ``2,000`` included:
    counting it would move ``num_disjoint`` under those weights); the years
    are the ones the text states as years (``"y"``).

    Examples
    --------
    >>> marchers = link_keys(None, "In 2019, 2,000 marchers and 30 police.", "en")
    >>> [sorted(s) for s in _evidence_sets(marchers)[:2]]
    [['30'], ['2019']]
    >>> [sorted(s) for s in _evidence_sets('{"n":["2000","30"]}')[:2]]  # keys without "y"
    [['30'], ['2000']]
    """
    n, p, c, e = parse_keys(keys)
    years = _stated_years(keys, n)
    people = frozenset(x for x in e if x.startswith("person:"))
    places = frozenset(x for x in e if x.startswith("geonames:"))
    return n - frozenset(x for x in n if _is_year(x)), years, p, c, e, people, places


def _year_conflict(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b or a & b:
        return 0.0
    gap = min(abs(int(x) - int(y)) for x in a for y in b)
    return math.log1p(gap)


def pair_link_features(
    va: np.ndarray,
    vb: np.ndarray,
    keys_a: str | None,
    keys_b: str | None,
    lang_a: str,
    lang_b: str,
    mean: np.ndarray | None,
    mean_b: np.ndarray | None = None,
) -> np.ndarray:
    """The :data:`FEATURES` of one pair as a float vector (symmetric in a and b).

    ``mean`` centres ``va`` (and ``vb`` unless ``mean_b`` is given: each
    side may be centred on its own language's mean).

    Examples
    --------
    >>> v = np.array([1.0, 0.0])
    >>> f = pair_link_features(v, v, None, None, "en", "de", None)
    >>> f[:3].tolist(), float(f.sum())
    ([1.0, 1.0, 1.0], 3.0)
    >>> ka = link_keys(None, "In 2018 Prime Minister Haider al-Abadi said 400 died.", "en")
    >>> kb = link_keys(None, "In 2019 Prime Minister Adel Abdul Mahdi said 35 died.", "en")
    >>> f = dict(zip(FEATURES, pair_link_features(v, v, ka, kb, "en", "en", None)))
    >>> float(f["person_disjoint"]), float(f["num_disjoint"]), round(float(f["year_conflict"]), 3)
    (1.0, 1.0, 0.693)
    """
    na, ya, pa, ca, ea, ra, la = _evidence_sets(keys_a)
    nb, yb, pb, cb, eb, rb, lb = _evidence_sets(keys_b)
    oa, ob = ea - ra - la, eb - rb - lb
    known = float(bool(keys_a) and bool(keys_b))
    same = float(lang_a.split("-")[0] == lang_b.split("-")[0])
    cos_c = _centred_cos(va, vb, mean, mean_b)
    return np.array(
        [
            cos_c,
            float(va @ vb) / max(float(np.linalg.norm(va) * np.linalg.norm(vb)), 1e-12),
            cos_c * (1.0 - same),
            _cover(na, nb),
            _disjoint(na, nb),
            math.log1p(len(pa & pb)),
            _cover(ca, cb),
            math.log1p(len(ra & rb)),
            _disjoint(ra, rb),
            math.log1p(len(la & lb)),
            _disjoint(la, lb),
            math.log1p(len(oa & ob)),
            math.log1p(len(ya & yb)),
            _year_conflict(ya, yb),
            known,
            same,
        ],
        dtype=np.float64,
    )


LANG_PRIOR_WEIGHT = 20.0
"""A language's mean is shrunk toward the overall mean with this many pseudo-articles."""


@dataclass
class RunningMean:
    """Running mean document vectors, overall and per language, shrunk while counts are small.

    Overall: ``(total + prior_weight * prior) / (n + prior_weight)`` (no
    prior: shrinkage toward zero, i.e. raw cosines while the store is tiny).
    Per language: ``(total_l + LANG_PRIOR_WEIGHT * base) / (n_l + LANG_PRIOR_WEIGHT)``,
    where ``base`` is the language's shipped mean (``lang_priors``, measured
    on many articles of that language) when there is one, else the overall
    mean. Centring each article on its own language's mean removes the
    language-specific part of the vector, which lifts cross-lingual cosines
    of articles about the same event; the model was trained with means of
    hundreds of articles per language, so a store holding a handful of
    Chinese reports centres them on the Chinese prior, not on a mean that is
    still mostly the overall one.

    Examples
    --------
    >>> m = RunningMean(dim=2, prior_weight=1.0)
    >>> m.add(np.array([[1.0, 0.0], [1.0, 0.0]]), ["en", "en"]); m.value().tolist()
    [0.6666666666666666, 0.0]
    >>> bool(m.value("en")[0] > m.value()[0]), m.value("fa").tolist() == m.value().tolist()
    (True, True)
    >>> p = RunningMean(dim=2, lang_priors={"zh": np.array([0.0, 1.0])})
    >>> p.value("zh").tolist()  # no Chinese article yet: the Chinese prior
    [0.0, 1.0]
    >>> p.add(np.array([[1.0, 0.0]]), ["zh"]); p.value("zh").round(3).tolist()
    [0.048, 0.952]
    """

    dim: int
    prior: np.ndarray | None = None
    prior_weight: float = 100.0
    n: int = 0
    total: np.ndarray = field(default_factory=lambda: np.zeros(0))
    langs: dict[str, tuple[int, np.ndarray]] = field(default_factory=dict)
    lang_priors: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.total.size != self.dim:
            self.total = np.zeros(self.dim, dtype=np.float64)

    def add(self, vectors: np.ndarray, langs: list[str] | None = None) -> None:
        """Fold rows of ``vectors`` (of languages ``langs``, if given) into the means."""
        vectors = np.asarray(vectors, dtype=np.float64).reshape(-1, self.dim)
        self.total += vectors.sum(axis=0)
        self.n += len(vectors)
        for lang, vec in zip(langs or [], vectors, strict=False):
            n, tot = self.langs.get(lang, (0, np.zeros(self.dim)))
            self.langs[lang] = (n + 1, tot + vec)

    def value(self, lang: str | None = None) -> np.ndarray:
        """The current (shrunk) mean vector, overall or of ``lang``."""
        prior = self.prior if self.prior is not None else np.zeros(self.dim)
        overall = (self.total + self.prior_weight * prior) / (self.n + self.prior_weight)
        if lang is None:
            return overall
        base = self.lang_priors.get(lang)
        if base is None or base.shape != overall.shape:
            base = overall
        if lang not in self.langs:
            return base
        n, tot = self.langs[lang]
        return (tot + LANG_PRIOR_WEIGHT * base) / (n + LANG_PRIOR_WEIGHT)

    def of_members(self, langs: Sequence[str]) -> np.ndarray:
        """The centre of a story whose members are written in ``langs`` (one per member):
        the mean of their language means, so the centroid less it is the centroid of the
        centred members.

        Examples
        --------
        >>> m = RunningMean(dim=1, lang_priors={"en": np.ones(1), "fa": np.zeros(1)})
        >>> m.of_members(["en", "en", "fa"]).round(3).tolist()
        [0.667]
        """
        means = {lang: self.value(lang) for lang in set(langs)}
        return np.mean([means[lang] for lang in langs], axis=0)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready state (for the store's ``meta``).

        Examples
        --------
        >>> RunningMean(dim=1).to_dict()
        {'n': 0, 'total': [0.0], 'langs': {}}
        """

        def r(v: np.ndarray) -> list[float]:
            return [round(float(x), 6) for x in v]

        return {
            "n": self.n,
            "total": r(self.total),
            "langs": {k: [n, r(t)] for k, (n, t) in sorted(self.langs.items())},
        }

    def load(self, state: dict[str, Any] | None) -> None:
        """Restore :meth:`to_dict` state (ignored when the dimension differs)."""
        if state and len(state.get("total", [])) == self.dim:
            self.n = int(state["n"])
            self.total = np.asarray(state["total"], dtype=np.float64)
            self.langs = {
                k: (int(n), np.asarray(t, dtype=np.float64))
                for k, (n, t) in state.get("langs", {}).items()
            }


def _default_path() -> Path:
    return Path(str(resources.files("storyline") / "data" / "linker.json"))


_PHRASES = {
    "cos_c": "title+lead similarity {v:.2f}",
    "cos_raw": "raw title+lead cosine {v:.2f}",
    "cos_c_cross": "cross-language title+lead similarity {v:.2f}",
    "num_cover": "shared numbers ({v:.0%} of the smaller set)",
    "num_disjoint": "different numbers stated",
    "name_shared": "{n} shared names",
    "country_cover": "same countries ({v:.0%})",
    "person_shared": "{n} same people named",
    "person_disjoint": "different people named",
    "place_shared": "{n} same places named",
    "place_disjoint": "different places named",
    "org_shared": "{n} same organisations named",
    "year_shared": "the same years stated",
    "year_conflict": "different years stated",
}
_ALIGN_PHRASES = {
    "head_c": "headlines alike ({v:.2f})",
    "head_best": "a headline matches a sentence of the other ({v:.2f})",
    "sent_max": "best sentence match {v:.2f}",
    "sent_top3": "three best sentence matches {v:.2f}",
    "aligned": "{n} sentence pair(s) aligned one to one",
    "aligned_frac": "{v:.0%} of the sentences aligned",
    "numbers_agree": "{n} aligned pair(s) state the same numbers",
    "numbers_conflict": "{n} aligned pair(s) state other numbers",
    "similarity": "predicted similarity {v:.2f} (SemEval Overall {o:.1f})",
}
_ALIGN_RELATIVE = ("head_c", "head_best", "sent_max", "sent_top3", "similarity")
_RELATIVE = ("cos_c", "cos_raw", "cos_c_cross")
"""Features whose contribution is shown relative to the average training pair
(a cosine of 0 is no baseline); the others relative to no evidence (0)."""


class LinkModel:
    """The one calibrated same-event probability of a pair (alias :data:`SameEventModel`).

    A logistic regression over :data:`FEATURES`, its logit recalibrated
    (Platt: ``a * logit + b``, fitted on cross-validated predictions by
    :mod:`storyline.training.linker`), then a publication-time term: both
    dates known and at most ``free_days`` apart add ``close_bonus`` to the
    logit; further apart subtracts ``logit_per_log_day`` per unit of
    ``log1p(days)`` beyond ``free_days``; an unknown date (``None``) adds
    nothing, so it sits between "close" and "far" instead of counting as
    compatible.

    Parameters
    ----------
    params
        ``{"logistic": ..., "calibration": {"a", "b"}, "threshold": ...,
        "means": {model: [...]}, "time_prior": {...}}`` as written by
        :func:`storyline.training.linker.train_link_model`.

    Attributes
    ----------
    threshold
        The calibrated probability at or above which a pair counts as one
        event (the join threshold).
    encoder
        The encoder the weights were trained with.

    Examples
    --------
    >>> model = LinkModel.load()
    >>> x = np.zeros((1, len(FEATURES)))
    >>> x[0, :2] = 0.9, 0.95
    >>> far, unknown, near = model.probability(np.repeat(x, 3, axis=0), [400.0, None, 0.5])
    >>> bool(far < unknown < near)
    True
    """

    def __init__(self, params: dict[str, Any]) -> None:
        names = tuple(params.get("features", ()))
        if names != FEATURES:
            raise ValueError(
                f"link model weights are for features {list(names)[:3]}..., not this "
                "version's; retrain with `storyline train`"
            )
        self.params = params
        self.logistic = Logistic.from_dict(params["logistic"])
        self.means = {
            k: np.asarray(v, dtype=np.float64) for k, v in params.get("means", {}).items()
        }
        self.lang_means = {
            model: {lang: np.asarray(v, dtype=np.float64) for lang, v in by_lang.items()}
            for model, by_lang in params.get("lang_means", {}).items()
            if model != "source"
        }
        cal = params.get("calibration", {})
        self.cal_a = float(cal.get("a", 1.0))
        self.cal_b = float(cal.get("b", 0.0))
        self.threshold = float(params.get("threshold", 0.5))
        self.encoder = str(params.get("encoder", "e5-small"))
        prior = params.get("time_prior", {})
        # sentence-level weights (refine): with the similarity feature, and without it
        # (a pair whose sides carry no title+lead vector); files before the similarity
        # feature hold only the latter, under "aligned"
        self.aligned: tuple[Logistic, float, float] | None = None
        self.aligned_plain: tuple[Logistic, float, float] | None = None
        self.refine_threshold = self.threshold
        """Join threshold of refined (sentence-level) decisions: the best out-of-fold F0.5
        among thresholds at which they join no larger share of hard negatives than the
        title+lead stage at :attr:`threshold` (see :meth:`decision_threshold`)."""
        self._plain_threshold = self.threshold
        for key in ("aligned", "aligned_without_similarity"):
            block = params.get(key)
            if not block:
                continue
            names = tuple(block.get("features", ()))
            if names not in (FEATURES + ALIGN_FEATURES, FEATURES + ALIGN_FEATURES[:-1]):
                raise ValueError(
                    "link model alignment weights are for other features; retrain with "
                    "`storyline train`"
                )
            acal = block.get("calibration", {})
            weights = (
                Logistic.from_dict(block["logistic"]),
                float(acal.get("a", 1.0)),
                float(acal.get("b", 0.0)),
            )
            own = float(block.get("threshold", self.threshold))
            if names == FEATURES + ALIGN_FEATURES:
                self.aligned = weights
                self.refine_threshold = own
            else:
                self.aligned_plain = weights
                self._plain_threshold = own
        if self.aligned is None:
            self.refine_threshold = self._plain_threshold
        self.free_days = float(prior.get("free_days", 3.0))
        self.logit_per_log_day = float(prior.get("logit_per_log_day", 2.0))
        self.close_bonus = float(prior.get("close_bonus", 0.5))

    @classmethod
    def load(cls, path: str | Path | None = None) -> LinkModel:
        """Load weights from ``path`` or the ones shipped with the package."""
        with open(path or _default_path(), encoding="utf-8") as fh:
            return cls(json.load(fh))

    def running_mean(self, model: str, dim: int) -> RunningMean:
        """An empty :class:`RunningMean` for encoder ``model``, with its shipped priors.

        The overall prior is the training mean (:meth:`prior_mean`); the
        per-language priors are the shipped ``lang_means`` of that encoder
        (written by :mod:`storyline.training.lang_means`).

        Examples
        --------
        >>> m = LinkModel.load().running_mean("e5-small", 384)
        >>> {"en", "zh", "fa"} <= set(m.lang_priors), m.value("zh").shape
        (True, (384,))
        >>> LinkModel.load().running_mean("no-such-model", 3).lang_priors
        {}
        """
        priors = {
            lang: vec for lang, vec in self.lang_means.get(model, {}).items() if vec.size == dim
        }
        return RunningMean(dim, self.prior_mean(model, dim), lang_priors=priors)

    def prior_mean(self, model: str, dim: int) -> np.ndarray | None:
        """The training corpus mean vector for encoder ``model``, if shipped.

        Examples
        --------
        >>> LinkModel.load().prior_mean("no-such-model", 3) is None
        True
        """
        mean = self.means.get(model)
        return mean if mean is not None and mean.size == dim else None

    def time_logit(self, gap_days: float | None) -> float:
        """The publication-time term added to the calibrated logit.

        Examples
        --------
        >>> m = LinkModel.load()
        >>> m.time_logit(None), m.time_logit(1.0) > 0 > m.time_logit(365.0)
        (0.0, True)
        """
        if gap_days is None:
            return 0.0
        excess = math.log1p(max(gap_days, 0.0)) - math.log1p(self.free_days)
        return self.close_bonus if excess <= 0 else -self.logit_per_log_day * excess

    def calibrated_logit(self, x: np.ndarray) -> np.ndarray:
        """Calibrated logit per row of :data:`FEATURES`, before the time term."""
        x = np.asarray(x, dtype=np.float64).reshape(-1, len(FEATURES))
        raw = self.logistic._scale(x) @ self.logistic.coef_ + self.logistic.intercept_
        return self.cal_a * raw + self.cal_b

    def probability(
        self, x: np.ndarray, gaps_days: Sequence[float | None] | None = None
    ) -> np.ndarray:
        """Calibrated same-event probability per row of :data:`FEATURES`, given publication gaps.

        ``gaps_days`` holds one gap per row (``None``: a date is unknown);
        omitted, every date is unknown.
        """
        logit = self.calibrated_logit(x)
        gaps = [None] * len(logit) if gaps_days is None else list(gaps_days)
        logit = logit + np.array([self.time_logit(g) for g in gaps], dtype=np.float64)
        return 1.0 / (1.0 + np.exp(-np.clip(logit, -40, 40)))

    @property
    def can_refine(self) -> bool:
        """Whether weights for sentence-level evidence shipped (:meth:`refine` uses them).

        Examples
        --------
        >>> LinkModel.load().can_refine
        True
        """
        return self.aligned is not None or self.aligned_plain is not None

    def _weights_for(self, align_row: np.ndarray) -> tuple[Logistic, float, float, int] | None:
        """The sentence-level weights for one ``align`` row and how many of its columns they use."""
        n = len(ALIGN_FEATURES)
        has_similarity = len(align_row) >= n and not math.isnan(float(align_row[n - 1]))
        if self.aligned is not None and has_similarity:
            return (*self.aligned, n)
        if self.aligned_plain is not None:
            return (*self.aligned_plain, n - 1)
        return None

    def decision_threshold(self, align_row: np.ndarray | None = None) -> float:
        """The join threshold for a probability from :meth:`refine` of this ``align`` row.

        :attr:`refine_threshold` for a row with the ``similarity``; the
        threshold recorded with the weights without it otherwise; without
        a row (or sentence-level weights), :attr:`threshold`.

        Examples
        --------
        >>> m = LinkModel.load()
        >>> al = np.zeros(len(ALIGN_FEATURES)); al[-1] = 0.5
        >>> m.decision_threshold(al) == m.refine_threshold >= m.threshold == m.decision_threshold()
        True
        """
        if align_row is None:
            return self.threshold
        chosen = self._weights_for(np.asarray(align_row, dtype=np.float64).reshape(-1))
        if chosen is None:
            return self.threshold
        return self.refine_threshold if chosen[3] == len(ALIGN_FEATURES) else self._plain_threshold

    def refine(
        self,
        x: np.ndarray,
        align: np.ndarray,
        gaps_days: Sequence[float | None] | None = None,
    ) -> np.ndarray:
        """The calibrated same-event probability with sentence-level evidence added.

        ``x`` holds :data:`FEATURES` rows, ``align`` the matching
        :data:`~storyline.link.align_evidence.ALIGN_FEATURES` rows from
        :func:`~storyline.link.align_evidence.pair_alignment` (the last,
        ``similarity``, is the similarity scorer's predicted ``Overall``; a
        row where it is NaN, or rows without that column, get the weights
        trained without it); the publication time term is the one of
        :meth:`probability`. Compare the result with
        :meth:`decision_threshold` of the row (:attr:`refine_threshold` when
        the similarity is there): refined decisions join at a bar that
        lets no larger share of hard negatives in than :attr:`threshold`
        does for the title+lead stage. Without alignment weights this is
        :meth:`probability`.

        Examples
        --------
        >>> m = LinkModel.load()
        >>> x = np.zeros((2, len(FEATURES))); x[:, :2] = 0.35, 0.85
        >>> al = np.zeros((2, len(ALIGN_FEATURES)))
        >>> al[0, :4] = 0.8, 0.8, 0.8, 0.7; al[0, 4:6] = np.log1p(3), 0.5; al[:, -1] = 0.9, 0.2
        >>> matched, unmatched = m.refine(x, al)
        >>> bool(matched > m.probability(x[:1])[0] > unmatched)
        True
        >>> al[:, -1] = np.nan  # no similarity: the weights without it
        >>> bool(m.refine(x, al)[0] > m.refine(x, al)[1])
        True
        """
        x = np.asarray(x, dtype=np.float64).reshape(-1, len(FEATURES))
        align = np.asarray(align, dtype=np.float64).reshape(len(x), -1)
        out = self.probability(x, gaps_days)
        gaps = [None] * len(x) if gaps_days is None else list(gaps_days)
        for i in range(len(x)):
            chosen = self._weights_for(align[i])
            if chosen is None:
                continue
            logistic, a, b, n = chosen
            z = np.concatenate([x[i], align[i, :n]])[None, :]
            logit = a * float(logistic._scale(z)[0] @ logistic.coef_ + logistic.intercept_) + b
            logit += self.time_logit(gaps[i])
            out[i] = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, logit))))
        return out

    def explain_alignment(self, align_row: np.ndarray, top: int = 3) -> list[str]:
        """Evidence lines of the sentence-level features of one pair, strongest first.

        Examples
        --------
        >>> m = LinkModel.load()
        >>> al = np.zeros(len(ALIGN_FEATURES)); al[0] = 0.9; al[-1] = np.nan
        >>> "headlines" in m.explain_alignment(al)[0]
        True
        """
        row = np.asarray(align_row, dtype=np.float64).reshape(-1)
        chosen = self._weights_for(row)
        if chosen is None:
            return []
        logistic, a, _, n = chosen
        lines: list[tuple[float, str]] = []
        for k, name in enumerate(ALIGN_FEATURES[:n]):
            i = len(FEATURES) + k
            base = logistic.mean_[i] if name in _ALIGN_RELATIVE else 0.0
            c = float(a * logistic.coef_[i] * (row[k] - base) / logistic.scale_[i])
            if abs(c) < 0.15 or row[k] == 0:
                continue
            v = float(row[k])
            phrase = _ALIGN_PHRASES[name].format(v=v, n=round(math.expm1(v)), o=4.0 - 3.0 * v)
            lines.append((abs(c), f"{c:+.1f} {phrase}"))
        return [line for _, line in sorted(lines, reverse=True)[:top]]

    def explain(
        self,
        x_row: np.ndarray,
        gap_days: float | None = None,
        top: int = 4,
        *,
        refined: bool = False,
        align_row: np.ndarray | None = None,
    ) -> list[str]:
        """Short evidence lines for one pair, strongest first: ``"+1.3 title+lead similarity 0.71"``.

        Each line is a feature's contribution to the calibrated logit
        (relative to an average training pair) and what it means; the time
        term comes last when dates are known, or ``"date unknown"``. ``refined``:
        the contributions under the weights :meth:`refine` uses (for the
        pair's ``align_row``, when given: with or without the similarity).

        Examples
        --------
        >>> m = LinkModel.load()
        >>> x = np.zeros(len(FEATURES)); x[0] = 0.9
        >>> lines = m.explain(x, None)
        >>> "title+lead similarity 0.90" in lines[0], lines[-1]
        (True, 'date unknown')
        """
        x = np.asarray(x_row, dtype=np.float64).reshape(len(FEATURES))
        log, cal_a = self.logistic, self.cal_a
        if refined:
            probe = np.zeros(len(ALIGN_FEATURES)) if align_row is None else np.asarray(align_row)
            chosen = self._weights_for(probe)
            if chosen is not None:
                log, cal_a = chosen[0], chosen[1]  # the weights refine() used
        lines: list[tuple[float, str]] = []
        for i, name in enumerate(FEATURES):
            if name not in _PHRASES or x[i] == 0:
                continue
            base = log.mean_[i] if name in _RELATIVE else 0.0
            c = float(cal_a * log.coef_[i] * (x[i] - base) / log.scale_[i])
            if abs(c) < 0.15:
                continue
            shared = round(math.expm1(float(x[i])))
            lines.append((abs(c), f"{c:+.1f} {_PHRASES[name].format(v=float(x[i]), n=shared)}"))
        out = [line for _, line in sorted(lines, reverse=True)[:top]]
        if gap_days is None:
            out.append("date unknown")
        else:
            out.append(f"{self.time_logit(gap_days):+.1f} published {gap_days:.0f} days apart")
        return out


SameEventModel = LinkModel
"""The name the issue uses for :class:`LinkModel`: one calibrated same-event probability."""
