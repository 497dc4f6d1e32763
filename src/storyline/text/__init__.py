"""Pure functions on text: extraction, cleanup, language, normalisation, dates, sentences.

In the order ``storyline ingest`` applies them:

- :func:`extract_html` -- main text and metadata of a web page (:mod:`.html`);
- :func:`clean_scraped_text` -- scrape cleanup: title, captions, scrape date,
  dateline, outlet, trailers (:mod:`.clean`, rules in :mod:`.clean.rules`,
  :mod:`.clean.dateline`);
- :func:`detect_language` -- language, confidence, mixed flag (:mod:`.language`);
- :func:`normalise_text` -- NFC, controls, Persian letters and ZWNJ repair
  (:mod:`.normalise`, :func:`repair_zwnj` in :mod:`.persian`);
- :func:`parse_date`, :func:`find_publication_date` -- dates in many
  languages and calendars (:mod:`.dates`, :mod:`.dates.relative`);
- :func:`split_sentences` -- sentences (:mod:`.sentences`);
- :func:`fold_for_matching`, :func:`search_tokens` -- matching folds (:mod:`.fold`).

Nothing here touches the store or the network. Names load on first use.

Examples
--------
>>> from storyline import text
>>> text.split_sentences("One. Two?", "en")
['One.', 'Two?']
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "extract_html": "storyline.text.html",
    "NoArticleError": "storyline.text.html",
    "clean_scraped_text": "storyline.text.clean",
    "detect_language": "storyline.text.language",
    "LanguageGuess": "storyline.text.language",
    "normalise_text": "storyline.text.normalise",
    "repair_zwnj": "storyline.text.persian",
    "parse_date": "storyline.text.dates",
    "find_publication_date": "storyline.text.dates",
    "split_sentences": "storyline.text.sentences",
    "fold_for_matching": "storyline.text.fold",
    "search_tokens": "storyline.text.fold",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline.text' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
