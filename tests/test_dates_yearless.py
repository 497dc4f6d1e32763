"""A date-only line without a year at the top of a page: a year-less publication day.

``20 ноября, 22:41`` under a headline, ``27 апреля`` as the first line: the
page came out that day of some year. It is never a publication date, but a
time key: more than ``quiet_days`` from a story's dates in every year, it is
evidence of another occurrence (and a lower bound of the gap). Fixtures in
Cyrillic, Arabic, Han, Latin scripts.
"""

from __future__ import annotations

import json

import pytest

from storyline.article import RawDocument
from storyline.link.timing import text_days, time_evidence
from storyline.pipeline import prepare
from storyline.text.clean import clean_scraped_text
from storyline.text.dates.evidence import yearless_publication_day

KW = dict(quiet_days=7.0, quiet_margin=0.35, unknown_margin=0.1, year_margin=0.25)

RU_FINAL = (
    "Ирак вырвал победу у Ирана в финале\n\n20 ноября, 22:41\n\n"
    "Сборная Ирака обыграла команду Ирана со счетом 2:1 в финале чемпионата Западной Азии в Басре. "
    "Победный мяч на 88-й минуте забил полузащитник хозяев."
)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (RU_FINAL, "ru", "--11-20"),
        ("埃及央行降息200个基点\n\n11月19日 14:05\n\n埃及中央银行货币政策委员会宣布，将隔夜存款利率下调200个基点。这是今年第五次降息。", "zh", "--11-19"),
        ("Central bank cuts rates by 200 points\n\nThursday, November 19 | 18:05\n\nCAIRO - The Central Bank of Egypt cut its key rates by 200 basis points on Thursday, more than expected.", "en", "--11-19"),
    ],
)  # fmt: skip
def test_a_yearless_date_line_under_the_headline_gives_the_day(
    text: str, lang: str, day: str
) -> None:
    cleaned = clean_scraped_text(text, lang=lang)
    assert yearless_publication_day(cleaned.date_lines, lang) == day


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (["20 ноября 2026, 22:41"], "ru"),  # a full date: the publication date is read from it
        (["Talks on 19 November ended"], "en"),  # not a date-only line
        (["۲۹ آبان"], "fa"),  # a solar-hijri day: not read without its year
        ([], "en"),
    ],
)
def test_no_yearless_day(lines: list[str], lang: str) -> None:
    assert yearless_publication_day(lines, lang) is None


def test_the_key_is_kept_for_an_undated_page_only() -> None:
    undated = prepare(RawDocument("ru.txt", RU_FINAL), with_link_keys=True)
    assert undated.article.published is None
    assert json.loads(undated.link_keys)["m"] == "--11-20"
    assert "@--11-20" in text_days(undated.link_keys)
    dated = prepare(
        RawDocument("ru2.txt", RU_FINAL.replace("20 ноября, 22:41", "20 ноября 2026, 22:41")),
        with_link_keys=True,
    )
    assert dated.article.published is not None and "m" not in json.loads(dated.link_keys)


def test_a_yearless_day_far_from_the_story_in_every_year_is_evidence_of_another_occurrence() -> (
    None
):
    story = ("2023-12-17T00:00:00+00:00", "2023-12-17T00:00:00+00:00")  # last cycle's final
    far = time_evidence(None, [], *story, stated=["--11-20", "@--11-20"], **KW)
    assert far.gap == pytest.approx(26.0)  # at least that far in any year: the model sees it
    assert far.margin == pytest.approx(KW["unknown_margin"] + KW["year_margin"])
    near = time_evidence(None, [], "2026-11-20", "2026-11-21", stated=["--11-20", "@--11-20"], **KW)
    assert near.gap is None and near.margin == pytest.approx(KW["unknown_margin"])  # year unknown
    # the other way round: a dated report against an undated story whose report came out on 20 Nov
    dated = time_evidence("2023-12-17", [], None, None, story_stated=["@--11-20"], **KW)
    assert dated.gap == pytest.approx(26.0) and dated.margin > KW["unknown_margin"]
