"""Reading fixed after the forty-sixth held-out corpus (a national budget, a netball series).

- A supplementary or mid-year budget is a follow-up action (``act.followup:supplementary``):
  the ministry's supplementary budget six months on restates the annual budget's VAT rate and
  deficit, and had joined its story when it came first to a small one.
- The day a measure takes effect (``raising VAT from April 1``) is no publication estimate
  when the report names its event's weekday (``on Monday``): an undated report of the budget
  presented on Monday 4 February was dated 1 April, a Monday too, two months from its story.
- Maori dates as Maori papers print them: the months and weekdays of the Maori calendar
  (``Rāpare, 15 Whiringa-ā-nuku 2043``) besides CLDR's loanwords (``Oketopa``).
"""

from __future__ import annotations

import pytest

from storyline.link.occurrence import occurrence_facts
from storyline.text.dates import match_date
from storyline.text.dates.evidence import lead_date

SUPPLEMENTARY = "act.followup:supplementary"


@pytest.mark.parametrize(
    "title",
    [
        "Treasury tables P4.2bn supplementary budget as diamond sales slump",
        "Ботсвана представила дополнительный бюджет на 4,2 млрд пул",
        "بوتسوانا بودجه متمم ۴.۲ میلیارد پولایی ارائه کرد",
        "الحكومة تقدم موازنة تكميلية بقيمة 4.2 مليار",
        "博茨瓦纳提交42亿普拉补充预算",
        "Bundestag berät Nachtragshaushalt für 2047",
    ],
)
def test_a_supplementary_budget_is_a_followup(title: str) -> None:
    assert SUPPLEMENTARY in occurrence_facts(title, "")


@pytest.mark.parametrize(
    "title",
    [
        "Mmusi bets on VAT hike as diamond slump bites into Botswana's 2047/48 budget",
        "Ботсвана повышает НДС до 16% в бюджете на 98,6 млрд пул",
        "博茨瓦纳新财年预算986亿普拉 增值税率上调至16%",
        "Minister adds supplementary pension to the budget",  # no supplementary budget
    ],
)
def test_the_annual_budget_is_none(title: str) -> None:
    assert SUPPLEMENTARY not in occurrence_facts(title, "")


@pytest.mark.parametrize(
    ("lead", "lang"),
    [
        ("The minister on Monday raised VAT from 14% to 16% from April 1.", "en"),
        ("Министр в понедельник объявил, что с 1 апреля НДС вырастет до 16%.", "ru"),
        ("وزير المالية أعلن الاثنين رفع الضريبة اعتبارا من 1 أبريل.", "ar"),
        ("部长周一宣布，自4月1日起增值税率上调至16%。", "zh"),
        ("Le ministre a annoncé lundi une hausse de la TVA à partir du 1er avril.", "fr"),
    ],
)
def test_the_day_a_measure_takes_effect_is_no_publication_estimate(lead: str, lang: str) -> None:
    assert lead_date(None, lead, lang, scraped_at="2047-04-02T13:25:00+00:00") is None


def test_the_event_day_of_a_lead_is_still_an_estimate() -> None:
    lead = "The minister on Monday, 1 April, presented the budget in Gaborone."
    found = lead_date(None, lead, "en", scraped_at="2047-04-02T13:25:00+00:00")
    assert found is not None and found.iso[:10] == "2047-04-01"
    # no weekday of its own: the day a regime starts is the day it was declared
    lead = "Губернатор ввёл режим чрезвычайной ситуации из-за паводка с 3 мая 2031 года."
    found = lead_date(None, lead, "ru")
    assert found is not None and found.iso[:10] == "2031-05-03"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Rāpare, 15 Whiringa-ā-nuku 2043 | 9:48 i te pō", "2043-10-15"),
        ("Rātapu, 18 Oketopa 2043", "2043-10-18"),  # CLDR's loanword
        ("3 Hereturikōkā 2043", "2043-08-03"),
        ("Rāhina, 7 Poutū-te-rangi 2044", "2044-03-07"),
        ("12 Kohitatea 2045", "2045-01-12"),  # without macrons
    ],
)
def test_maori_dates(line: str, day: str) -> None:
    found = match_date(line, "mi")
    assert found is not None and found[0].iso[:10] == day
