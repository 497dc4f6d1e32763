"""Offline training: the pair scorer, the same-event model, their folds and SemEval metrics.

Nothing here runs during ``storyline ingest``: the runtime in :mod:`storyline.link`
only loads what these modules wrote (``storyline/data/scorer.json`` and the
same-event model's JSON).

- :mod:`.scorer` -- train the SemEval-scale pair scorer (``storyline train``);
- :mod:`.linker` -- train and cross-validate the one same-event model
  (``python -m storyline.training.linker``);
- :mod:`.lang_means` -- the per-language centring priors shipped in ``linker.json``;
- :mod:`.folds` -- cross-validation splits that never share an article;
- :mod:`.metrics` -- SemEval pair files and their figures.

Examples
--------
>>> from storyline.training.folds import fold_of_pairs
>>> fold_of_pairs([("a", "b"), ("c", "d")], folds=2, seed=0)
[0, 1]
"""
