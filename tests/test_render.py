"""Terminal rendering: RTL text in visual order, only for terminals."""

from __future__ import annotations

import io

from rich.console import Console

from storyline.cli.render import has_rtl, render_coverage, visual
from storyline.coverage.facts import Coverage, Fact, FactSentence

SENTENCE = "بشار اسد به عراق اجازه داد"


def test_persian_sentence_is_reordered_for_the_terminal() -> None:
    shown = visual(SENTENCE)
    assert shown == "داد هزاجا قارع هب دسا راشب"
    # read right to left, the screen string gives back the sentence
    assert shown[::-1] == SENTENCE


def test_mixed_digits_and_latin_keep_their_direction() -> None:
    shown = visual("تعداد 400 نفر از ISIS")
    assert "400" in shown and "ISIS" in shown
    assert shown.startswith("ISIS")


def test_wrapping_happens_before_reordering() -> None:
    lines = visual(SENTENCE, width=12).splitlines()
    assert len(lines) > 1
    assert lines[0][::-1] == "بشار اسد به"  # the first words on the first line


def test_latin_text_is_untouched() -> None:
    assert visual("Assad let Iraq strike.") == "Assad let Iraq strike."
    assert not has_rtl("Assad") and has_rtl("اسد")


def _cov() -> Coverage:
    return Coverage(facts=[Fact([FactSentence("a", "fa", SENTENCE, 0, "Aran")])])


def test_render_reorders_only_for_terminals() -> None:
    out = io.StringIO()
    con = Console(file=out, width=120, force_terminal=True, color_system=None)
    render_coverage(_cov(), con)
    assert "داد هزاجا قارع هب دسا راشب" in out.getvalue()
    plain = io.StringIO()
    render_coverage(_cov(), Console(file=plain, width=120))
    assert SENTENCE in plain.getvalue()
