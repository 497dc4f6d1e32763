"""Coverage: what each language's reporting of a story shares and adds.

- :func:`align_sentences`: cross-lingual sentence alignment of two articles
  (centred vectors, ratio margin, mutual best, one-to-many);
- :func:`story_coverage`: the facts of a story, their languages, outlets and
  first report, facts unique to one language, entities and conflicts;
- :func:`compare_coverage`: shared and unique sentences of two articles;
- :func:`find_conflicts`: numbers and dates that differ between reports.

Examples
--------
>>> import numpy as np
>>> al = align_sentences(["a", "b"], np.eye(2, 4), ["x", "y"], np.eye(2, 4)[[1, 0]])
>>> [(g.a_idx, g.b_idx) for g in al.groups]
[((0,), (1,)), ((1,), (0,))]
"""

from storyline.coverage.align import (
    CORPUS_MARGIN,
    DEFAULT_MARGIN,
    AlignedGroup,
    Alignment,
    align_sentences,
)
from storyline.coverage.compare import compare_coverage
from storyline.coverage.conflicts import Conflict, find_conflicts
from storyline.coverage.facts import Coverage, Fact, FactSentence, story_coverage
from storyline.coverage.means import corpus_mean

__all__ = [
    "CORPUS_MARGIN",
    "DEFAULT_MARGIN",
    "AlignedGroup",
    "Alignment",
    "Conflict",
    "Coverage",
    "Fact",
    "FactSentence",
    "align_sentences",
    "compare_coverage",
    "corpus_mean",
    "find_conflicts",
    "story_coverage",
]
