"""Years and days a report names in the future are not when its event was (issue 14, session 26).

"The maker plans to supply it from the 2028 season": an undated report of a 2027
approval names 2028 only as a plan. A year after the story's is evidence that a
report was written later, but not a year that something is still to happen in;
nor is a hearing "to be held on 12 December" the day the report's event happened.
Sentences written for these tests, in eleven languages and six scripts.
"""

from __future__ import annotations

import pytest

from storyline.text.dates.evidence import (
    future_blanked,
    own_and_recalled_years,
    stated_event_days,
)

PLANS = [
    ("en", "The regulator approved the vaccine in 2027. The maker plans to supply it from 2028."),
    ("en", "The regulator approved the vaccine in 2027; supplies will start in 2028."),
    ("ko", "식약처는 2027년 백신을 허가했다. 회사는 2028년 접종 시즌부터 공급할 계획이다."),
    ("zh", "该疫苗于2027年获批。公司计划于2028年起供应。"),
    ("ja", "2027年に承認された。2028年から供給する予定だ。"),
    ("ru", "Вакцину одобрили в 2027 году. Поставки ожидаются в 2028 году."),
    ("ru", "Вакцину одобрили в 2027 году. Компания планирует поставки в 2028 году."),
    ("ar", "وافقت الهيئة على اللقاح في 2027. ومن المقرر أن تبدأ الإمدادات في 2028."),
    ("fa", "این واکسن در سال ۲۰۲۷ تأیید شد. عرضه آن از سال ۲۰۲۸ آغاز خواهد شد."),
    ("it", "Il vaccino è stato approvato nel 2027. Le forniture sono previste nel 2028."),
    ("fr", "Le vaccin a été approuvé en 2027. Les livraisons sont prévues en 2028."),
    ("de", "Der Impfstoff wurde 2027 zugelassen. Die Lieferungen sollen 2028 beginnen."),
    ("pt", "A vacina foi aprovada em 2027. O fornecimento deverá começar em 2028."),
    ("pl", "Szczepionkę zatwierdzono w 2027 roku. Dostawy będą w 2028 roku."),
    ("tr", "Aşı 2027'de onaylandı. Teslimatlar 2028'de başlayacak."),
]


@pytest.mark.parametrize(("lang", "text"), PLANS, ids=[f"{p[0]}{i}" for i, p in enumerate(PLANS)])
def test_a_year_named_only_as_a_plan_is_not_the_report_s(lang: str, text: str) -> None:
    assert own_and_recalled_years(text, lang) == ((2027,), ())


@pytest.mark.parametrize(
    ("lang", "text", "years"),
    [
        # past clauses stay, even beside a future one in the same sentence
        ("en", "In 2024, the plant cut 420 jobs, and it will close in 2029.", (2024,)),
        ("en", "The quake struck in 2029, the strongest since records began in 1978.", (1978, 2029)),
        ("ru", "В 2027 году завод сократил 420 рабочих мест.", (2027,)),
        # "will" as a noun or "plan" as a thing done are rare; a past plan is still the past
        # (a budget's year is the budget's, not the report's: tests/test_grades_records_budgets.py)
        ("en", "The board approved the 2027 plan on Friday.", (2027,)),
    ],
)
def test_past_clauses_keep_their_years(lang: str, text: str, years: tuple[int, ...]) -> None:
    assert own_and_recalled_years(text, lang)[0] == years


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("fr", "Deux personnes ont été mises en examen le 10 novembre. L'audience est prévue le "
         "12 décembre.", ("--11-10",)),
        ("en", "Five were detained on 7 November. They will be questioned on 3 December.",
         ("--11-07",)),
        ("ru", "Пятерых задержали 7 ноября. Заседание суда будет 12 декабря.", ("--11-07",)),
        ("ar", "اعتقلت الشرطة خمسة أشخاص في 7 نوفمبر، ومن المقرر أن يمثلوا أمام القضاء في 12 "
         "ديسمبر.", ("--11-07",)),
    ],
)
def test_a_day_to_come_is_not_a_stated_day(lang: str, text: str, days: tuple[str, ...]) -> None:
    assert stated_event_days(None, text, lang) == days


def test_future_blanked_keeps_the_length_and_the_other_clauses() -> None:
    text = "It fell on 9 February, and the lift will reopen on 1 March."
    out = future_blanked(text)
    assert len(out) == len(text)
    assert out.startswith("It fell on 9 February,") and "March" not in out
