"""Terminal output of coverage: rich tables, with right-to-left text in visual order.

Terminals do not run the Unicode bidi algorithm: Persian or Arabic written
to them in logical order shows mirrored (the first word at the left). For a
terminal, RTL text is therefore wrapped to the column width first and each
line is then reordered to visual order with ``python-bidi``
(:func:`visual`); JSON output and pipes keep the logical order. If
``python-bidi`` is missing, text is left as it is.

Examples
--------
>>> visual("سلام دنیا")
'ایند مالس'
>>> visual("Hello")
'Hello'
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from storyline.terminal import safe

if TYPE_CHECKING:
    from storyline.api import Coverage

__all__ = ["has_rtl", "render_compare", "render_coverage", "visual"]

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds Hebrew, Arabic, Persian or other RTL letters.

    Examples
    --------
    >>> has_rtl("بشار اسد"), has_rtl("Assad")
    (True, False)
    """
    return bool(_RTL.search(text))


def visual(text: str, width: int | None = None) -> str:
    """Reorder ``text`` for display on a terminal (visual order), line by line.

    With ``width``, RTL text is wrapped to that many columns first, so that
    the first words land on the first line. Text without RTL letters is
    returned unchanged.

    Examples
    --------
    >>> visual("بشار اسد گفت 400 نفر")
    'رفن 400 تفگ دسا راشب'
    >>> visual("یک دو سه چهار", width=7).splitlines()
    ['ود کی', 'راهچ هس']
    """
    if not has_rtl(text):
        return text
    try:
        from bidi import get_display
    except ImportError:  # python-bidi not installed: leave logical order
        return text
    lines = textwrap.wrap(text, width) if width else text.splitlines() or [text]
    return "\n".join(get_display(line) for line in lines)


def _cell(text: str, reorder: bool, width: int) -> str:
    """Article text for a table cell: reordered when asked, markup and controls escaped."""
    return safe(visual(text, width) if reorder else text, multiline=True)


def render_coverage(
    cov: Coverage,
    console: Console,
    *,
    reorder: bool | None = None,
    width: int = 60,
    max_facts: int | None = None,
) -> None:
    """Print a story's coverage: facts, facts unique to a language, entities, conflicts.

    Parameters
    ----------
    cov
        The coverage to show.
    console
        Where to print.
    reorder
        Reorder RTL text to visual order; default: when ``console`` is a terminal.
    width
        Width of the fact column (RTL text is wrapped to it before reordering).
    max_facts
        Show at most this many facts (all by default).

    Examples
    --------
    >>> from storyline.coverage.facts import Coverage, Fact, FactSentence
    >>> cov = Coverage(facts=[Fact([FactSentence("a", "fa", "سلام دنیا", 0, "X")])])
    >>> import io
    >>> con = Console(width=100, record=True, file=io.StringIO())
    >>> render_coverage(cov, con, reorder=True)
    >>> "ایند مالس" in con.export_text()
    True
    """
    if reorder is None:
        reorder = console.is_terminal
    facts = Table(title="Facts", show_lines=False)
    facts.add_column("#", justify="right")
    facts.add_column("fact", max_width=width, overflow="fold")
    facts.add_column("languages")
    facts.add_column("outlets", max_width=30)
    facts.add_column("first seen")
    shown = cov.facts if max_facts is None else cov.facts[:max_facts]
    for n, f in enumerate(shown):
        flag = " *" if f.single_language and len(f.article_ids) > 1 else ""
        facts.add_row(
            str(n),
            _cell(f.text, reorder, width),
            safe(", ".join(f.languages)) + flag,
            _cell(", ".join(f.outlets), reorder, 30),
            (f.first_seen or "")[:16].replace("T", " "),
        )
    console.print(facts)
    if cov.unique_by_language:
        uniq = Table(title="Reported in one language only")
        uniq.add_column("lang")
        uniq.add_column("#", justify="right")
        uniq.add_column("fact", max_width=width + 10, overflow="fold")
        for lang, idx in cov.unique_by_language.items():
            for i in idx:
                uniq.add_row(safe(lang), str(i), _cell(cov.facts[i].text, reorder, width + 10))
        console.print(uniq)
    if cov.entities:
        ents = Table(title="Entities")
        ents.add_column("key")
        ents.add_column("type")
        ents.add_column("mentions", max_width=width + 10, overflow="fold")
        for e in cov.entities:
            mentions = "; ".join(
                f"{safe(lang)}: " + ", ".join(_cell(m, reorder, width) for m in forms)
                for lang, forms in e["mentions"].items()
            )
            label = f" ({e['label']})" if e.get("label") else ""
            ents.add_row(safe(e["key"] + label), safe(e["type"]), mentions)
        console.print(ents)
    if cov.conflicts:
        conf = Table(title="Conflicts")
        conf.add_column("fact", justify="right")
        conf.add_column("kind")
        conf.add_column("values", max_width=width + 20, overflow="fold")
        for c in cov.conflicts:
            values = "\n".join(
                safe(f"{v['value']} ({v['lang']}, {v.get('outlet') or v['article_id'][:8]}): ")
                + _cell(v["text"], reorder, width)
                for v in c.values
            )
            kind = safe(c.kind + (f" [{c.unit}]" if c.unit else ""))
            conf.add_row(str(c.fact_index), kind, values)
        console.print(conf)


def render_compare(
    result: dict[str, Any], console: Console, *, reorder: bool | None = None, width: int = 50
) -> None:
    """Print :func:`storyline.coverage.compare_coverage` output as tables.

    Examples
    --------
    >>> import io
    >>> con = Console(width=120, record=True, file=io.StringIO())
    >>> render_compare({"a": "x", "b": "y", "a_lang": "en", "b_lang": "fa",
    ...                 "shared": [{"a_text": "Rain.", "b_text": "باران", "score": 1.2}],
    ...                 "only_a": [], "only_b": [{"idx": 1, "text": "سد"}]}, con, reorder=True)
    >>> "Only in y" in con.export_text()
    True
    """
    if reorder is None:
        reorder = console.is_terminal
    shared = Table(title="Shared")
    shared.add_column(safe(result.get("a_lang") or "a"), max_width=width, overflow="fold")
    shared.add_column(safe(result.get("b_lang") or "b"), max_width=width, overflow="fold")
    shared.add_column("score", justify="right")
    for p in result["shared"]:
        shared.add_row(
            _cell(p["a_text"], reorder, width),
            _cell(p["b_text"], reorder, width),
            f"{p['score']:.3f}",
        )
    console.print(shared)
    for side, key in (("a", "only_a"), ("b", "only_b")):
        table = Table(title=f"Only in {safe(result[side])}")
        table.add_column("#", justify="right")
        table.add_column("sentence", max_width=2 * width, overflow="fold")
        for s in result[key]:
            table.add_row(str(s["idx"]), _cell(s["text"], reorder, 2 * width))
        console.print(table)
