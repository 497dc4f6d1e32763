"""Which round of a knockout competition a report tells (``stage.match``), and the evidence of a
step after an event that session 44 added: a court's hearing or ruling of a case as a follow-up
action, and percentages rounded one digit shorter read as the same figure.

A player's semi-final two days before the final shares his name, the tournament, the city and
set scores with the final's reports; an election's loser challenging the result in court two
days after it was declared restates every count of the result; a report rounding inflation of
5.9% to "near 6%" is not another rate decision's.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import conflict_line, fact_conflicts, followup_conflict, typed_facts
from storyline.link.rounds import match_rounds

SEMI_FINAL = {
    "en": ("Otieno beats Sato to reach the Nairobi final",
           "Otieno beat Japan's Sato 7-5, 6-3 in the semi-finals on Friday."),
    "ru": ("Отиено вышел в финал турнира в Найроби, обыграв Сато",
           "Отиено обыграл японца Сато в полуфинале со счетом 7:5, 6:3."),
    "ar": ("أوتيينو يتأهل إلى النهائي بفوزه على ساتو",
           "تغلب أوتيينو على الياباني ساتو 7-5 و6-3 في الدور نصف النهائي."),
    "fa": ("اوتینو با برتری بر ساتو به فینال رسید",
           "اوتینو در نیمه‌نهایی ساتو را ۷-۵ و ۶-۳ شکست داد."),
    "zh": ("奥蒂埃诺击败佐藤晋级决赛", "奥蒂埃诺在半决赛中以7比5、6比3击败日本选手佐藤。"),
}  # fmt: skip
FINAL = {
    "en": ("Otieno ends Weber's reign in three-set Nairobi Open final",
           "Otieno beat the defending champion Weber 6-4, 3-6, 7-6 in the final on Sunday."),
    "ru": ("Отиено обыграл Вебера в финале в Найроби",
           "Отиено победил Вебера со счетом 6:4, 3:6, 7:6 и выиграл первый титул."),
    "ar": ("أوتيينو يتوج بلقب نيروبي على حساب فيبر",
           "فاز أوتيينو على فيبر 6-4 و3-6 و7-6 في المباراة النهائية يوم الأحد."),
    "fa": ("اوتینو در فینال نایروبی وبر را شکست داد", "اوتینو با نتیجه ۶-۴، ۳-۶ و ۷-۶ قهرمان شد."),
    "zh": ("内罗毕公开赛决赛：奥蒂埃诺三盘击败韦伯夺冠", "奥蒂埃诺以6比4、3比6、7比6战胜卫冕冠军韦伯。"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SEMI_FINAL))
def test_a_semi_final_won_is_read_as_the_semi_final(lang: str) -> None:
    assert "stage.match:semi" in typed_facts(*SEMI_FINAL[lang])
    assert "stage.match:final" not in typed_facts(*SEMI_FINAL[lang])


@pytest.mark.parametrize("lang", sorted(FINAL))
def test_the_final_is_read_as_the_final(lang: str) -> None:
    assert "stage.match:final" in typed_facts(*FINAL[lang])


@pytest.mark.parametrize("a", sorted(SEMI_FINAL))
@pytest.mark.parametrize("b", sorted(FINAL))
def test_the_semi_final_and_the_final_are_two_matches(a: str, b: str) -> None:
    semi, final = typed_facts(*SEMI_FINAL[a]), typed_facts(*FINAL[b])
    assert "stage.match" in fact_conflicts(semi, final)
    line = conflict_line(semi, final, 1.0)
    assert line and "round of the competition" in line


@pytest.mark.parametrize(("a", "b"), [("en", "zh"), ("zh", "ru"), ("ru", "ar"), ("ar", "fa")])
def test_two_reports_of_the_final_agree_on_its_round(a: str, b: str) -> None:
    assert "stage.match" not in fact_conflicts(typed_facts(*FINAL[a]), typed_facts(*FINAL[b]))


def test_a_report_naming_both_rounds_conflicts_with_neither() -> None:
    both = typed_facts("After the semi-final win, Otieno meets Weber in Sunday's final", "")
    for lang in ("en", "ru"):
        assert "stage.match" not in fact_conflicts(both, typed_facts(*SEMI_FINAL[lang]))
        assert "stage.match" not in fact_conflicts(both, typed_facts(*FINAL[lang]))


@pytest.mark.parametrize(
    "headline",
    [
        "Duma passes the permafrost law in its final reading",
        "Mexico slaps final anti-dumping duties on Chinese steel",
        "Parliament approves the budget in a final vote",
        "المحكمة تصدر قرارا نهائيا بشأن الرسوم",
        "Минфин представил финальную версию бюджета",
    ],
)
def test_a_final_that_is_no_match_is_no_round(headline: str) -> None:
    assert match_rounds(headline) == ()


def test_reaching_the_semi_finals_is_the_quarter_final() -> None:
    assert match_rounds("Dinamo hold Rubin 1-1 in Kazan to reach the semi-finals") == (
        "stage.match:quarter",
    )
    assert match_rounds("«Динамо» победило в первом матче четвертьфинала Кубка") == (
        "stage.match:quarter",
    )


RESULT = ("Chikore declared winner of Malawi's presidential run-off with 54.2%",
          "The electoral commission declared Chikore the winner of the second round on Tuesday.")
PETITION = ("Banda challenges run-off result in Constitutional Court",
            "Opposition leader Banda on Thursday asked the Constitutional Court to annul the "
            "second round, which Chikore won with 54.2%.")  # fmt: skip


def test_a_courts_case_against_a_result_is_a_step_after_it() -> None:
    petition, result = typed_facts(*PETITION), typed_facts(*RESULT)
    assert any(f.startswith("stage.case:") for f in petition)
    assert followup_conflict(petition, result)
    assert not followup_conflict(petition, typed_facts(*PETITION))


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (["pct:3", "pct:6", "pct:8.25"], ["pct:4.8", "pct:5.9", "pct:8.25"], False),  # near 6%
        (["pct:54", "pct:62"], ["pct:54.2", "pct:61.7"], False),  # 54 percent, about 62%
        (["pct:8", "pct:7.5"], ["pct:8.25", "pct:7.75"], True),  # a quarter point is another rate
        (["pct:7.5", "pct:7.25"], ["pct:8.25", "pct:7.75"], True),
    ],
)
def test_a_percentage_rounded_one_digit_shorter_is_the_same_figure(
    a: list[str], b: list[str], conflict: bool
) -> None:
    assert ("pct" in fact_conflicts(a, b)) is conflict
    assert ("pct" in fact_conflicts(b, a)) is conflict


@pytest.mark.parametrize(
    "headline",
    [
        "¡Uruguay a la final! La Celeste le ganó 2-1 a Colombia",
        "Uruguay avanza a la final de la Copa América",
        "Portugal chega à final depois de vencer a Espanha",
        "L'Italia vola in finale dopo il 2-1 alla Francia",
        "Le Maroc se hisse en finale",
        "اروگوئه با برتری ۲ بر ۱ مقابل کلمبیا فینالیست کوپا آمریکا شد",
        "Türkiye finalde: Hırvatistan'ı 2-1 yendi",
    ],
)
def test_reaching_the_final_is_the_semi_final_in_more_languages(headline: str) -> None:
    """Session 56: a Spanish "a la final!" above a semi-final won was read as the final."""
    assert match_rounds(headline) == ("stage.match:semi",)


@pytest.mark.parametrize(
    "headline",
    [
        "Brasil vence a Uruguay en la final por penales",
        "La final de la Copa América se jugará en Santiago",
        "Brasil campeón: venció en la final a Uruguay",
    ],
)
def test_the_final_itself_stays_the_final(headline: str) -> None:
    assert match_rounds(headline) == ("stage.match:final",)


def test_reaching_the_semi_finals_in_spanish_is_the_quarter_final() -> None:
    assert match_rounds("Uruguay y Colombia, a la semifinal") == ("stage.match:quarter",)
    assert match_rounds("España, a semifinales tras golear a Japón") == ("stage.match:quarter",)
