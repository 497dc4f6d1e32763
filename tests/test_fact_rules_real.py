"""Typed-fact rules fixed from real data (session 14 audit): false conflicts of same-event pairs.

Found with ``bench/fact_conflicts.py`` (SemEval dev pairs) and ``bench/fact_splits.py``
(shared-corpus reports a conflict kept out of a story): approximate figures, the rest of
a number after a scale word, months and growing counts in more languages, and one count under two nouns.
Each rule is checked both ways: the false conflict is gone, a real difference still conflicts.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("She suffered burns to 80% 以上 of her body.", ()),  # zh: more than 80%
        ("遭受了 80% 以上的烧伤", ()),
        ("More than 80% of the votes were counted", ()),
        ("Явка составила около 40%", ()),
        ("yüzde 80'den fazla yanık", ()),
        ("بیش از ۳۰ فیلم سینمایی پخش می‌شود", ()),
        ("Sondaż: ponad 40 proc. i 35 procent", ("pct:35",)),
        ("Das Kabinett hat rund 30 Prozent gekürzt, die Rate liegt bei 19 Prozent", ("pct:19",)),
        # an exact figure stays a fact; "up to" words are the decision itself
        ("Центробанк снизил ставку до 16%", ("pct:16",)),
        ("遭受了 78% 的烧伤", ("pct:78",)),
        # percent words of more languages: Frisian, Afrikaans, Norwegian, Estonian, Indonesian,
        # Hungarian, Vietnamese, Greek, Swahili
        ("FNV en Arriva slute akkoart, 9 persint mear lean", ("pct:9",)),
        ("Die rentekoers styg met 7,5 persent", ("pct:7.5",)),
        ("Lønningene øker med 4 prosent", ("pct:4",)),
        ("Palgad tõusevad 6 protsenti", ("pct:6",)),
        ("Inflasi naik menjadi 3,5 persen", ("pct:3.5",)),
        ("A bérek 9 százalékkal nőnek", ("pct:9",)),
        ("Lạm phát tăng 4,2 phần trăm", ("pct:4.2",)),
        ("Ο πληθωρισμός στο 2,9 τοις εκατό", ("pct:2.9",)),
        ("Mfumuko wa bei umefikia asilimia 12", ("pct:12",)),
    ],
)
def test_approximate_figures_are_no_facts(text: str, want: tuple[str, ...]) -> None:
    assert typed_facts(None, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Czy po 18 maja będzie można zorganizować wesele?",  # pl: a month
        "Le nuove regole dal 25 maggio",  # it: a month
        "1,834 fallecidos en las últimas 24 horas",  # es: the dead grow
        "Mamy 228 casos confirmados",  # es: cases grow
        "Wzrosła liczba zgonów: 15 zmarłych, 26 zakażeń",  # pl: deaths and infections grow
    ],
)
def test_months_and_growing_counts_are_no_facts(text: str) -> None:
    # a day it states is only the report's day (link/recall.py), never a count
    assert [f for f in typed_facts(None, text) if not f.startswith("day:")] == []


def test_the_rest_of_a_number_after_a_scale_word_is_no_count() -> None:
    # tr 32 bin 692 (32,692): 692 is not a count of "oldu" (was)
    assert not any(f.startswith("n.oldu") for f in typed_facts(None, "Ölenler 32 bin 692 oldu"))
    assert not any(":309" in f for f in typed_facts(None, "۴۱ هزار و ۳۰۹ تومان"))


def test_one_count_under_two_nouns_is_no_conflict_but_another_count_is() -> None:
    # es, a same-event pair of the SemEval dev set: one says 167 respaldos (and wins by 2 votes),
    # the other 167 votos
    a = typed_facts(None, "Sánchez logró la investidura por solo 2 votos. Obtuvo 167 respaldos.")
    b = typed_facts(None, "Sánchez logró una mayoría de 167 votos a favor.")
    assert "n.votos:2" in a and "n.votos:167" in b
    assert fact_conflicts(a, b) == ()
    # another investiture: another count under any noun
    c = typed_facts(None, "Rajoy logró la investidura con 170 votos a favor.")
    assert fact_conflicts(a, c) == ("n.votos",)
    assert fact_conflicts(b, c) == ("n.votos",)


def test_a_score_after_a_word_like_ueber_is_still_a_score() -> None:
    assert typed_facts("Jubel über 2:1-Sieg", "Bayern gewann über 2:1") == ("score:1-2",)
