"""Online story clustering: each article, in arrival order, joins a story or starts one.

For a new article, :class:`Tracker`:

1. searches the ANN index (:class:`~storyline.link.index.VectorIndex`) for
   the ``k`` nearest stored articles (any language: the vectors are
   multilingual), which gives the candidate stories;
2. scores the new article against up to ``members_per_story`` of each
   candidate story's nearest members, and against the story's centroid
   (with each of those members' keys, language and date; each side centred
   on its own language's running mean), with
   :class:`~storyline.link.decide.LinkModel` (centred document cosine,
   raw title/lead cosine, number/name/country overlap, language pair,
   publication gap); a story's probability is the best of these. The
   centroid of a multilingual story averages out the language-specific part
   of its members' vectors: on the sample corpus it lifts cross-lingual
   recall a lot without raising any unrelated pair;
3. joins the most probable story whose probability reaches ``threshold``
   (``quiet_threshold`` when the story has been quiet for more than
   ``quiet_days`` before this article's publication date), else starts a new
   story with id ``"s" + article_id`` (stable across runs: article ids
   are content hashes);
4. when the article reaches ``merge_threshold`` with several stories, merges
   the younger ones into the oldest (ids keep resolving).

Cost per article: one index search (``log n``), a few primary-key lookups
and at most ``k`` pair scores: flat as the store grows.

Examples
--------
>>> from storyline.article import Article
>>> from storyline.encode import HashingEncoder
>>> from storyline.store import Store
>>> store, enc = Store(":memory:"), HashingEncoder(dim=64)
>>> texts = ["Floods close schools in Porto Alegre", "Floods close all schools in Porto Alegre",
...          "Chess champion wins title in Madrid"]
>>> for i, t in enumerate(texts):
...     _ = store.add_article(Article(id=f"{i:016x}", text=t, text_original=t, lang="en",
...                                   lang_confidence=1.0))
>>> tracker = Tracker(store, enc)
>>> [d.action for d in tracker.link_pending()]
['new', 'join', 'new']
>>> len(store.list_stories())
2
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from storyline.encode import Encoder
from storyline.link.decide import LinkModel, RunningMean, pair_link_features
from storyline.link.index import VectorIndex
from storyline.link.ports import LinkStore
from storyline.link.vectors import LEAD_CHARS, encode_missing, vector_key
from storyline.store.story_records import LinkRow, StoryState

__all__ = [
    "LEAD_CHARS",
    "LinkDecision",
    "Tracker",
    "TrackerConfig",
    "encode_missing",
    "story_id_for",
    "vector_key",
]

REP_EXACT_MAX = 50
"""Up to this many members the representative article is recomputed exactly."""


@dataclass(frozen=True)
class TrackerConfig:
    """Linking parameters (see the module docstring).

    The thresholds are same-event probabilities of :class:`LinkModel`. On
    the SemEval pairs (cross-validated by article) 0.5 maximises same-event
    F1 (0.794; 0.767 at 0.6), but linked online over the ~1,750 shared
    articles 0.5 chains into stories of 50-100 loosely related articles;
    0.6 for joining and merging keeps the largest at ~30 and gave the best
    sample-corpus F1 among the settings tried (0.5/0.75, 0.5/0.5, 0.55/0.6,
    0.6/0.6, 0.6/0.7): pairwise 0.79 at precision 1.0.

    ``per_language``: centre each side of a pair on its own language's
    running mean (shrunk toward the overall mean while a language has few
    articles; a story centroid is centred on the overall mean). An overall
    mean skewed toward the languages that arrived first leaves the
    language-specific part in the others' vectors, which raises unrelated
    same-language cosines and lowers cross-lingual ones. On the shared
    corpus (with the entity-key features) it kept the two seed articles
    together in all three arrival orders and cut the largest story from
    ~26-32 to 10-13; the sample-corpus scores were unchanged.

    Examples
    --------
    >>> TrackerConfig().threshold
    0.6
    """

    k: int = 20
    members_per_story: int = 3
    threshold: float = 0.6
    quiet_days: float = 7.0
    quiet_threshold: float = 0.8
    merge_threshold: float = 0.6
    lead_chars: int = LEAD_CHARS
    per_language: bool = True


@dataclass(frozen=True)
class LinkDecision:
    """What linking did with one article.

    ``action`` is ``"new"``, ``"join"`` or ``"merge"`` (joined, and merged
    the stories in ``merged`` into ``story_id``).
    """

    article_id: str
    story_id: str
    action: str
    probability: float
    merged: tuple[str, ...] = field(default_factory=tuple)


def story_id_for(article_id: str) -> str:
    """The id of a story started by ``article_id`` (stable across runs).

    Examples
    --------
    >>> story_id_for("0123456789abcdef")
    's0123456789abcdef'
    """
    return "s" + article_id


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t.replace(tzinfo=None) if t.tzinfo is None else t.astimezone().replace(tzinfo=None)


def _gap_days(a: str | None, b: str | None) -> float | None:
    ta, tb = _time(a), _time(b)
    if ta is None or tb is None:
        return None
    return abs((ta - tb).total_seconds()) / 86400.0


def _min_date(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max_date(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


class Tracker:
    """Online story clustering over a store (see the module docstring).

    Parameters
    ----------
    store
        The open :class:`~storyline.store.Store`.
    encoder
        The encoder whose cached vectors are used (its ``name`` and ``dim``);
        it only encodes in :meth:`link_pending` for articles not yet encoded.
    config
        Thresholds and sizes.
    model
        The pair decision model; default the shipped one.
    fresh_index
        Start from an empty index instead of the store's (used by relink).
    """

    def __init__(
        self,
        store: LinkStore,
        encoder: Encoder,
        config: TrackerConfig | None = None,
        model: LinkModel | None = None,
        *,
        fresh_index: bool = False,
    ) -> None:
        self.store = store
        self.encoder = encoder
        self.config = config or TrackerConfig()
        self.model = model or LinkModel.load()
        self.model_name = vector_key(encoder, self.config.lead_chars)
        self.dim = encoder.dim
        if fresh_index:
            from storyline.link.index import index_path

            self.index = VectorIndex(self.dim, index_path(store.path, self.model_name))  # type: ignore[attr-defined]
        else:
            self.index = VectorIndex.for_store(store, self.model_name, self.dim)
        self.mean = RunningMean(self.dim, self.model.prior_mean(encoder.name, self.dim))
        if not fresh_index:
            self.mean.load(store.get_meta(f"mean:{self.model_name}"))  # type: ignore[attr-defined]
        self._stories: dict[str, StoryState] = {}

    # -- state -----------------------------------------------------------

    def _story(self, story_id: str) -> StoryState:
        story = self._stories.get(story_id)
        if story is None:
            story = self.store.load_story(story_id)  # type: ignore[attr-defined]
            if story is None:
                raise KeyError(story_id)
            if len(self._stories) > 10_000:
                self._stories.clear()
            self._stories[story_id] = story
        return story

    def flush(self) -> None:
        """Save the index file and the running mean (call at the end of a batch)."""
        self.store.set_meta(f"mean:{self.model_name}", self.mean.to_dict())  # type: ignore[attr-defined]
        self.index.persist(self.store, self.model_name)

    # -- deciding --------------------------------------------------------

    def _candidates(self, row: LinkRow) -> dict[str, list[LinkRow]]:
        hits = self.index.search(row.doc, self.config.k, exclude=row.seq)
        rows = self.store.link_rows(seqs=[s for s, _ in hits], model=self.model_name)  # type: ignore[attr-defined]
        by_story: dict[str, list[LinkRow]] = {}
        for cand in rows:  # nearest first
            if cand.story_id is None or cand.seq == row.seq:
                continue
            members = by_story.setdefault(cand.story_id, [])
            if len(members) < self.config.members_per_story:
                members.append(cand)
        return by_story

    def story_probabilities(self, row: LinkRow) -> dict[str, float]:
        """Same-event probability of ``row``'s article with each candidate story.

        Examples
        --------
        >>> from storyline.store import Store
        >>> from storyline.encode import HashingEncoder
        >>> t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
        >>> t.story_probabilities(LinkRow(1, "a", "en", None, np.ones(8) / 8**0.5, None, None))
        {}
        """
        by_story = self._candidates(row)
        if not by_story:
            return {}
        mean = self.mean.value()
        own = self.mean.value(row.lang) if self.config.per_language else mean
        sids: list[str] = []
        feats: list[np.ndarray] = []
        gaps: list[float | None] = []
        for sid, members in by_story.items():
            centroid = self._story(sid).centroid
            for m in members:
                gap = _gap_days(row.published, m.published)
                targets = [m.doc] if centroid is None else [m.doc, centroid]
                for vec in targets:
                    other = mean if vec is centroid else self.mean.value(m.lang)
                    feats.append(
                        pair_link_features(
                            row.doc,
                            vec,
                            row.keys,
                            m.keys,
                            row.lang,
                            m.lang,
                            own,
                            other if self.config.per_language else None,
                        )
                    )
                    sids.append(sid)
                    gaps.append(gap)
        probs = self.model.probability(np.array(feats), gaps)
        out: dict[str, float] = {}
        for sid, p in zip(sids, probs, strict=True):
            out[sid] = max(out.get(sid, 0.0), float(p))
        return out

    def _required(self, story: StoryState, published: str | None) -> float:
        gap = _gap_days(published, story.last_seen)
        later = (
            published is not None and story.last_seen is not None and published > story.last_seen
        )
        if gap is not None and later and gap > self.config.quiet_days:
            return self.config.quiet_threshold
        return self.config.threshold

    def link_row(self, row: LinkRow) -> LinkDecision:
        """Assign one article (given as a :class:`LinkRow`) to a story and index it."""
        probs = self.story_probabilities(row)
        eligible = {
            sid: p
            for sid, p in probs.items()
            if p >= self._required(self._story(sid), row.published)
        }
        with self.store.transaction():  # type: ignore[attr-defined]
            if not eligible:
                merged: tuple[str, ...] = ()
                story_id, prob, action = story_id_for(row.article_id), 1.0, "new"
                story = StoryState(story_id, row.seq, None, None, 0, None, None, None)
                self._stories[story_id] = story
            else:
                best = max(eligible, key=lambda s: (eligible[s], -self._story(s).created_seq))
                strong = [s for s, p in eligible.items() if p >= self.config.merge_threshold]
                if best not in strong:
                    strong.append(best)
                strong.sort(key=lambda s: self._story(s).created_seq)
                story_id, prob = strong[0], eligible[best]
                merged = tuple(strong[1:])
                action = "merge" if merged else "join"
                for young in merged:
                    self._merge(young, story_id)
            self._add_member(story_id, row, prob)
        self.mean.add(row.doc, [row.lang])
        self.index.add([row.seq], row.doc[None, :])
        return LinkDecision(row.article_id, story_id, action, round(prob, 4), merged)

    # -- updating stories --------------------------------------------------

    def _add_member(self, story_id: str, row: LinkRow, prob: float) -> None:
        story = self._story(story_id)
        n = story.n_articles
        vec = row.doc.astype(np.float64)
        story.centroid = (
            vec if story.centroid is None or n == 0 else (story.centroid * n + vec) / (n + 1)
        )
        story.n_articles = n + 1
        story.first_seen = _min_date(story.first_seen, row.published)
        story.last_seen = _max_date(story.last_seen, row.published)
        self.store.assign_article(row.article_id, story_id, prob, row.seq)  # type: ignore[attr-defined]
        self._update_representative(story, row)
        self.store.save_story(story)  # type: ignore[attr-defined]

    def _update_representative(self, story: StoryState, row: LinkRow) -> None:
        centroid = np.asarray(story.centroid, dtype=np.float64)
        if story.n_articles <= REP_EXACT_MAX:
            ids = self.store.story_member_ids(story.id)  # type: ignore[attr-defined]
            vecs = self.store.doc_vectors(ids, self.model_name)  # type: ignore[attr-defined]
            vecs[row.article_id] = row.doc
            order = {a: i for i, a in enumerate(ids)}
            best = max(vecs, key=lambda a: (float(vecs[a] @ centroid), -order.get(a, len(ids))))
        else:
            best = row.article_id
            if story.rep_article_id:
                old = self.store.doc_vectors([story.rep_article_id], self.model_name)  # type: ignore[attr-defined]
                rep = old.get(story.rep_article_id)
                if rep is not None and float(rep @ centroid) >= float(row.doc @ centroid):
                    best = story.rep_article_id
        if best != story.rep_article_id or story.title is None:
            story.rep_article_id = best
            story.title = self.store.article_titles([best]).get(best)  # type: ignore[attr-defined]

    def _merge(self, young_id: str, old_id: str) -> None:
        young, old = self._story(young_id), self._story(old_id)
        n = old.n_articles + young.n_articles
        if young.centroid is not None and old.centroid is not None and n:
            old.centroid = (old.centroid * old.n_articles + young.centroid * young.n_articles) / n
        old.n_articles = n
        old.first_seen = _min_date(old.first_seen, young.first_seen)
        old.last_seen = _max_date(old.last_seen, young.last_seen)
        self.store.move_story_members(young_id, old_id)  # type: ignore[attr-defined]
        young.merged_into, young.n_articles, young.centroid = old_id, 0, None
        for cached in self._stories.values():
            if cached.merged_into == young_id:
                cached.merged_into = old_id
        self.store.save_story(old)  # type: ignore[attr-defined]

    # -- driving -----------------------------------------------------------

    def link_pending(
        self,
        ids: Sequence[str] | None = None,
        progress: Callable[[LinkDecision], None] | None = None,
        batch: int = 256,
        flush: bool = True,
        keys: Mapping[str, str] | None = None,
    ) -> list[LinkDecision]:
        """Encode (if needed) and link every article not yet in a story, arrival order.

        ``ids`` limits it to those articles (given in arrival order; ones
        already in a story are skipped). ``flush=False`` leaves saving the
        index to a later :meth:`flush`. ``keys`` gives link keys already
        computed (by article id), so encoding need not compute them again.
        ``batch`` articles are encoded in one encoder call.
        """
        if ids is None:
            pending = self.store.articles_without_story()  # type: ignore[attr-defined]
        else:
            linked = {
                r.article_id
                for r in self.store.link_rows(ids=ids, model=self.model_name)  # type: ignore[attr-defined]
                if r.story_id is not None
            }
            pending = [i for i in ids if i not in linked]
        decisions: list[LinkDecision] = []
        for start in range(0, len(pending), batch):
            chunk = pending[start : start + batch]
            encode_missing(
                self.store, self.encoder, chunk, self.config.lead_chars, batch, keys=keys
            )
            rows = self.store.link_rows(ids=chunk, model=self.model_name)  # type: ignore[attr-defined]
            with self.store.transaction():  # type: ignore[attr-defined]
                for row in rows:
                    decision = self.link_row(row)
                    decisions.append(decision)
                    if progress is not None:
                        progress(decision)
                self.store.set_meta(f"mean:{self.model_name}", self.mean.to_dict())  # type: ignore[attr-defined]
        if flush:
            self.flush()
        return decisions
