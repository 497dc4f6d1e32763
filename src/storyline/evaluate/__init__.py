"""Offline evaluation against labelled data (``storyline eval ...`` and ``make bench``).

- :mod:`.pairs` -- SemEval pairs: similarity and same-event figures (``storyline eval pairs``);
- :mod:`.stories` -- story clustering against gold stories (``storyline eval stories``);
- :mod:`.coverage` -- sentence alignment against aligned report versions;
- :mod:`.entities` -- entity extraction against labelled sentences.

Examples
--------
>>> from storyline.evaluate.stories import StoryEvalError
>>> issubclass(StoryEvalError, Exception)
True
"""
