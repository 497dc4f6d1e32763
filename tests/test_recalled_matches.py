"""A score told after a span back ("who three days ago won 3-1") is an earlier match's."""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts

# The league title, clinched 3-1 away; reported in four scripts.
TITLE = [
    ("Dinamo clinch the league title with 3-1 win at Sheriff", "Dinamo won 3-1 in Tiraspol on Sunday."),
    ("«Динамо» досрочно стало чемпионом", "«Динамо» обыграло «Шериф» со счётом 3:1 в воскресенье."),
    ("دينامو يحسم لقب الدوري", "فاز دينامو على شريف 3-1 يوم الأحد."),
    ("迪纳摩提前夺得联赛冠军", "迪纳摩周日客场3比1击败谢里夫。"),
]
# The cup final three days later, lost 1-2; each lead recalls the title's 3-1.
CUP_FINAL = [
    ("Zimbru beat Dinamo in the cup final",
     "Zimbru won the cup 2-1 on Wednesday. Dinamo, who three days ago clinched the title with a "
     "3-1 win at Sheriff, looked tired."),
    ("«Зимбру» обыграл «Динамо» в финале Кубка",
     "«Зимбру» выиграл Кубок, победив 2:1. «Динамо», которое три дня назад оформило "
     "чемпионство (3:1 с «Шерифом»), выглядело уставшим."),
    ("زيمبرو يتوج بالكأس على حساب دينامو",
     "فاز زيمبرو 2-1 في النهائي. دينامو الذي قبل ثلاثة أيام حسم اللقب بالفوز 3-1 بدا متعبا."),
    ("زیمبرو در فینال جام دینامو را برد",
     "زیمبرو با نتیجه ۲ بر ۱ قهرمان جام شد. دینامو که سه روز پیش با برد ۳ بر ۱ قهرمان لیگ شده بود، خسته بود."),
]


@pytest.mark.parametrize(("title", "lead"), CUP_FINAL)
def test_the_recalled_score_is_not_the_reports_own(title: str, lead: str) -> None:
    facts = typed_facts(title, lead)
    assert "score:1-2" in facts
    assert "score:1-3" not in facts


@pytest.mark.parametrize("final", CUP_FINAL)
def test_the_cup_final_conflicts_with_the_title_it_recalls(final: tuple[str, str]) -> None:
    for title in TITLE:
        assert "score" in fact_conflicts(typed_facts(*final), typed_facts(*title))


def test_a_score_before_the_span_is_kept() -> None:
    """A report's own result before the span stays; a later day ("three days later") is no recall."""
    facts = typed_facts("Dinamo win", "Dinamo won 3-1, three days after the 1-1 draw with Zimbru.")
    assert "score:1-3" in facts and "score:1-1" not in facts
    later = typed_facts("Dinamo win", "Dinamo won 3-1 and three days later lost 1-2 in the cup.")
    assert "score:1-3" in later


def test_a_headline_score_is_always_the_reports_own() -> None:
    facts = typed_facts("Dinamo beat Sheriff 3-1 three days after cup exit", "")
    assert "score:1-3" in facts
