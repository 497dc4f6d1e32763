"""An undated report scraped a year or more after a story's reports were scraped.

A store whose pages of a 2034 diving accident were scraped in 2034 followed that news; an
undated report of a 2037 accident at the same reef, scraped in December 2037, was kept in
another round of scraping years later and tells, most likely, of a later occurrence: it needs
``unknown_margin + year_margin`` against the 2034 story, and no more than an undated report's
usual margin against the story of its own weeks. Pages scraped at once from an archive (the
seeds: scraped in 2024, of a 2018 event) and stories whose reports carry no scrape date say
nothing of the years: no margin then.
"""

from __future__ import annotations

import pytest

from storyline.article import RawDocument
from storyline.link.timing import SCRAPED_LATE_DAYS, text_days, time_evidence
from storyline.link.tracker import TrackerConfig
from storyline.pipeline import prepare

CONFIG = TrackerConfig()
FULL = CONFIG.unknown_margin + CONFIG.year_margin

# Undated reports of divers swept away off an atoll on Saturday 14 November 2037, each with a
# scraper's first line weeks later, in three scripts.
EN = (
    "Retrieved 2037-12-09 10:14 UTC\n\n"
    "Home / News / Maldives\n\n"
    "Five divers swept away by strong current off Dhigurah\n\n"
    "Five foreign divers were swept away by a strong current off Dhigurah island in South Ari "
    "atoll on Saturday afternoon, the coastguard said. Three were found alive after six hours."
)
RU = (
    "Сохранено: 02.12.2037 11:20\n\n"
    "Главная / Происшествия / Мальдивы\n\n"
    "У Мальдив течением унесло пятерых дайверов\n\n"
    "Пятерых иностранных дайверов в субботу унесло сильным течением у острова Дигура в "
    "атолле Южный Ари, сообщила береговая охрана. Троих нашли живыми через шесть часов."
)
AR = (
    "تاريخ الاطلاع: 2037-12-05 08:10\n\n"
    "الرئيسية | آسيا | المالديف\n\n"
    "تيار قوي يجرف خمسة غواصين قبالة جزيرة ديغورا في المالديف\n\n"
    "جرف تيار قوي خمسة غواصين أجانب قبالة جزيرة ديغورا في أتول آري الجنوبي بعد ظهر السبت، "
    "وفق خفر السواحل. وعثر على ثلاثة منهم أحياء بعد ست ساعات."
)
REPORTS = [(EN, "en"), (RU, "ru"), (AR, "ar")]

STORY_2034 = ("2034-03-02T09:00:00+00:00", "2034-03-03T18:00:00+00:00")
"""Two Italian divers swept away at the same reef, reported over two days in 2034."""
STORY_2034_SCRAPED = ["../2034-04-11"]
"""One of its reports, undated, was scraped in April 2034."""
STORY_2037 = ("2037-11-14T16:00:00+00:00", "2037-11-15T10:00:00+00:00")
"""The accident the undated reports tell of."""


def _stated(text: str) -> tuple[list[str], str | None]:
    prepared = prepare(RawDocument(origin="report.txt", content=text), with_link_keys=True)
    assert prepared.article.published is None  # a scrape line is no publication date
    return text_days(prepared.link_keys), prepared.article.scraped_at


def _evidence(stated: list[str], span: tuple[str, str], story_stated: list[str]):  # noqa: ANN202
    return CONFIG.time_evidence(None, [], *span, stated=stated, story_stated=story_stated)


@pytest.mark.parametrize(("text", "lang"), REPORTS, ids=[lang for _, lang in REPORTS])
def test_a_report_scraped_years_after_a_story_needs_the_margin_of_another_occurrence(
    text: str, lang: str
) -> None:
    stated, scraped_at = _stated(text)
    assert scraped_at is not None and scraped_at.startswith("2037-12")
    against_2034 = _evidence(stated, STORY_2034, STORY_2034_SCRAPED)
    assert against_2034.margin == pytest.approx(FULL)
    assert "years after the story's reports were" in against_2034.note
    assert against_2034.note.startswith(f"date unknown; scraped {scraped_at[:10]}")


@pytest.mark.parametrize(("text", "lang"), REPORTS, ids=[lang for _, lang in REPORTS])
def test_no_margin_when_the_story_s_reports_carry_no_scrape_date(text: str, lang: str) -> None:
    stated, _ = _stated(text)
    assert _evidence(stated, STORY_2034, []).margin == pytest.approx(CONFIG.unknown_margin)


@pytest.mark.parametrize(("text", "lang"), REPORTS, ids=[lang for _, lang in REPORTS])
def test_the_same_report_needs_no_more_than_before_against_its_own_weeks(
    text: str, lang: str
) -> None:
    stated, _ = _stated(text)
    own = _evidence(stated, STORY_2037, ["../2037-11-20"])
    assert own.margin <= CONFIG.unknown_margin
    assert "after the story's last date" not in own.note


def test_the_rule_starts_a_year_after_the_story_s_reports_were_scraped() -> None:
    kw = dict(quiet_days=7.0, quiet_margin=0.2, unknown_margin=0.1, year_margin=0.25)
    span = ("2030-01-10T00:00:00+00:00", "2030-01-12T00:00:00+00:00")
    kept = ["../2030-01-20"]
    eleven_months = time_evidence(
        None, [], *span, stated=["../2030-12-10"], story_stated=kept, **kw
    )
    thirteen_months = time_evidence(
        None, [], *span, stated=["../2031-02-20"], story_stated=kept, **kw
    )
    assert SCRAPED_LATE_DAYS >= 365
    assert eleven_months.margin == pytest.approx(0.1)  # date unknown, nothing more
    assert thirteen_months.margin == pytest.approx(0.35)
    assert thirteen_months.note == (
        "date unknown; scraped 2031-02-20, 396 days after the story's reports were"
    )


def test_an_archive_scraped_at_once_gets_no_margin() -> None:
    """Every page of a 2018 story scraped in 2024, as the seeds were: nothing about years."""
    kw = dict(quiet_days=7.0, quiet_margin=0.2, unknown_margin=0.1, year_margin=0.25)
    span = ("2018-12-30T00:00:00+00:00", "2018-12-31T00:00:00+00:00")
    ev = time_evidence(
        None, [], *span, stated=["../2024-11-07"], story_stated=["../2024-11-02"], **kw
    )
    assert ev.margin == pytest.approx(0.1)


def test_a_full_day_of_the_story_stated_in_the_text_still_places_it() -> None:
    """An archive page scraped years later that states the story's own day is of that day."""
    kw = dict(quiet_days=7.0, quiet_margin=0.2, unknown_margin=0.1, year_margin=0.25)
    ev = time_evidence(
        None,
        [],
        *STORY_2034,
        stated=["2034-03-02", "../2037-12-02"],
        story_stated=STORY_2034_SCRAPED,
        **kw,
    )
    assert ev.margin == pytest.approx(0.0)
