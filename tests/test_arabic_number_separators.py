"""Numbers written with the Arabic decimal and thousands separators are read whole (issue 14).

``۸۲٫۴ درصد`` is 82.4 percent, not 4; ``۲۴٬۶۰۰`` and ``۲۴ هزار و ۶۰۰`` are 24,600.
Read as 4 and 600, a Persian report of a vaccine's 82.4% efficacy conflicted
with every other language's report of it (a same-event pair lost its join).
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.textkeys import normalise_digits, number_keys

EN = ("South Korea approves RSV vaccine", "The vaccine showed 82.4% efficacy in a trial of 24,600 adults.")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("مجوز واکسن RSV در کره", "اثربخشی واکسن ۸۲٫۴ درصد بوده است."),
        ("مجوز واکسن RSV در کره", "اثربخشی واکسن ۸۲/۴ درصد بوده است."),
        ("كوريا تجيز لقاحا", "بلغت فعالية اللقاح ٨٢٫٤٪ في التجربة."),
    ],
)
def test_a_percentage_with_an_arabic_decimal_separator_is_read_whole(title: str, text: str) -> None:
    facts = typed_facts(title, text)
    assert "pct:82.4" in facts and "pct:4" not in facts
    assert not fact_conflicts(facts, typed_facts(*EN))


def test_another_percentage_still_conflicts() -> None:
    other = typed_facts("مجوز واکسن زونا در کره", "اثربخشی واکسن ۹۱٫۳ درصد بوده است.")
    # another vaccine: shingles (زونا) against RSV, and another efficacy
    assert fact_conflicts(other, typed_facts(*EN)) == ("disease", "pct")


def test_thousands_with_separator_or_and_are_one_number() -> None:
    assert normalise_digits("۲۴٬۶۰۰") == "24,600"
    assert "24600" in number_keys("در آزمایشی با ۲۴٬۶۰۰ داوطلب")
    facts = typed_facts(None, "در فاز سه با ۲۴ هزار و ۶۰۰ داوطلب")
    assert "n.داوطلب:24600" in facts and "n.داوطلب:600" not in facts
    about = typed_facts(None, "در فاز سه با حدود ۲۴ هزار و ۶۰۰ داوطلب")  # approximate: no fact
    assert not [f for f in about if f.startswith("n.")]
