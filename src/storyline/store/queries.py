"""Full-text query building and result snippets (pure functions, no SQL execution).

User input never reaches FTS5 syntax: the query is folded and tokenised
exactly like the indexed text (:func:`~storyline.text.fold.search_tokens`),
and every term is emitted as a double-quoted string, so operators, column
filters and stray quotes in the input are plain words or nothing.

Examples
--------
>>> fts_query('Iraq AND "Syria" -strike')
'"iraq" "and" "syria" "strike"'
>>> fts_query("北京市场")
'"北京 京市 市场"'
"""

from __future__ import annotations

import re

from storyline.text.fold import fold_for_matching, is_cjk, search_tokens, strip_arabic_article

__all__ = ["fts_query", "make_snippet", "query_terms"]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _pieces(word: str) -> list[tuple[bool, str]]:
    """Split a folded word into (is_cjk_run, text) pieces."""
    pieces: list[tuple[bool, str]] = []
    for ch in word:
        cjk = is_cjk(ch)
        if pieces and pieces[-1][0] == cjk:
            pieces[-1] = (cjk, pieces[-1][1] + ch)
        else:
            pieces.append((cjk, ch))
    return pieces


def fts_query(query: str) -> str:
    """Return a safe FTS5 MATCH expression for ``query`` ("" when it has no terms).

    Every word must occur (implicit AND). A run of CJK characters becomes the
    phrase of its bigrams, so the characters must appear together; a single
    CJK character becomes a prefix query, matching the bigrams that start
    with it.

    Examples
    --------
    >>> fts_query("می‌کنند")
    '"میکنند"'
    >>> fts_query("猫 NOT near(")
    '"猫"* "not" "near"'
    >>> fts_query("الدانوب")
    '"دانوب"'
    >>> fts_query(" ?! ")
    ''
    """
    parts: list[str] = []
    for word in fold_for_matching(query).split():
        for cjk, piece in _pieces(word):
            if not cjk:
                parts.append(_quote(strip_arabic_article(piece) or piece))
            elif len(piece) == 1:
                parts.append(_quote(piece) + "*")
            else:
                parts.append(_quote(" ".join(search_tokens(piece))))
    return " ".join(parts)


def query_terms(query: str) -> set[str]:
    """Return the index terms of ``query`` (used to find the snippet position).

    Examples
    --------
    >>> sorted(query_terms("Bashar al-Assad"))
    ['al', 'assad', 'bashar']
    """
    return set(search_tokens(query))


def _first_match(text: str, terms: set[str]) -> int | None:
    if not terms:
        return None
    single_cjk = {t for t in terms if len(t) == 1 and is_cjk(t)}
    for match in re.finditer(r"\S+", text):
        chunk = match.group()
        tokens = search_tokens(chunk)
        hit = next((t for t in tokens if t in terms or t[:1] in single_cjk), None)
        if hit is None:
            continue
        offset = match.start()
        if len(chunk) > 40:  # a long unspaced run (Chinese, Japanese): find the term itself
            inner = chunk.casefold().find(hit if hit in terms else hit[:1])
            if inner >= 0:
                offset += inner
        return offset
    return None


def make_snippet(text: str, terms: set[str], width: int = 160) -> str:
    """Return about ``width`` characters of ``text`` around the first matching term.

    The window starts a little before the match, is cut at spaces where
    possible, and ``...`` marks text left out at either end. With no match
    (the title matched, say) it is the start of the text.

    Examples
    --------
    >>> text = " ".join(["filler"] * 40) + " the Euphrates rose overnight " + " ".join(["more"] * 40)
    >>> s = make_snippet(text, {"euphrates"}, width=60)
    >>> s.startswith("...") and s.endswith("...") and "Euphrates" in s
    True
    >>> make_snippet("Short text.", {"nothing"})
    'Short text.'
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    position = _first_match(text, terms)
    start = 0 if position is None else max(0, position - width // 4)
    end = min(len(text), start + width)
    if end == len(text):
        start = max(0, end - width)
    if start > 0:
        space = text.find(" ", start, start + 20)
        if space != -1 and (position is None or space < position):
            start = space + 1
    if end < len(text):
        space = text.rfind(" ", end - 20, end)
        if space > start and (position is None or space > position):
            end = space
    return (
        ("..." if start > 0 else "") + text[start:end].strip() + ("..." if end < len(text) else "")
    )
