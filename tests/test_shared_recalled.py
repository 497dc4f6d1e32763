"""A day two reports both state far from their dates is recalled, not a distance (issue 14, session 39).

Two reports of the arrests ten days after a riverboat capsized both recall
the capsizing's day ("on March 7"); one is dated (the 17th), the other is
not. The undated one's stated day lay ten days from its twin's date and was
read as its own day: another occurrence, a margin that kept the twins apart.
A day the story's reports state too is one they recall together; a day only
the undated report states may still be its own.
"""

from __future__ import annotations

import dataclasses

from storyline.link.decide import link_keys
from storyline.link.timing import text_days
from storyline.link.tracker import TrackerConfig

DATED = ("2027-03-17T10:00:00+00:00", "2027-03-17T10:00:00+00:00")
EN_TITLE = "Peru cancels riverboat operator's permit, captain jailed"
EN_LEAD = (
    "Peru's transport ministry cancelled the operator's permit and a judge ordered the captain "
    "held for nine months over the capsizing on March 7 that killed 14 people on the Ucayali."
)
AR_TITLE = "بيرو تلغي ترخيص شركة العبارة وتحبس قبطانها"
AR_LEAD = (
    "ألغت وزارة النقل في بيرو ترخيص الشركة المشغلة للعبارة التي انقلبت في نهر أوكايالي "
    "في 7 مارس الماضي، ما أسفر عن مقتل 14 شخصا."
)


def _days(title: str, lead: str, lang: str) -> list[str]:
    return text_days(link_keys(title, lead, lang))


def test_the_recalled_day_both_state_is_no_distance() -> None:
    ev = TrackerConfig().time_evidence(
        None, [], *DATED, stated=_days(EN_TITLE, EN_LEAD, "en"),
        story_stated=_days(AR_TITLE, AR_LEAD, "ar"),
    )  # fmt: skip
    assert ev.margin == TrackerConfig().unknown_margin
    assert "needs stronger content" in ev.note


def test_off_the_shared_day_counts_as_another_day() -> None:
    cfg = dataclasses.replace(TrackerConfig(), shared_recalled=False)
    ev = cfg.time_evidence(
        None, [], *DATED, stated=_days(EN_TITLE, EN_LEAD, "en"),
        story_stated=_days(AR_TITLE, AR_LEAD, "ar"),
    )  # fmt: skip
    assert ev.margin > cfg.unknown_margin + cfg.year_margin - 1e-9
    assert "03-07" in ev.note


def test_a_day_only_the_undated_report_states_keeps_its_margin() -> None:
    cfg = TrackerConfig()
    lead = EN_LEAD.replace("March 7", "March 1")  # not the day the story's report recalls
    ev = cfg.time_evidence(
        None, [], *DATED, stated=_days(EN_TITLE, lead, "en"),
        story_stated=_days(AR_TITLE, AR_LEAD, "ar"),
    )  # fmt: skip
    assert ev.margin >= cfg.unknown_margin + cfg.year_margin
    assert "03-01" in ev.note


def test_the_same_both_ways_a_dated_report_against_an_undated_story() -> None:
    cfg = TrackerConfig()
    ar_days = [d[5:] and "2027-03-07" for d in _days(AR_TITLE, AR_LEAD, "ar")]  # a year stated
    on = cfg.time_evidence(
        DATED[0], [], None, None, stated=ar_days, story_stated=_days(EN_TITLE, EN_LEAD, "en")
    )
    off = dataclasses.replace(cfg, shared_recalled=False).time_evidence(
        DATED[0], [], None, None, stated=ar_days, story_stated=_days(EN_TITLE, EN_LEAD, "en")
    )
    assert on.margin == cfg.unknown_margin
    assert off.margin >= cfg.unknown_margin + cfg.year_margin


def test_the_same_month_and_day_of_another_year_is_not_shared() -> None:
    cfg = TrackerConfig()
    ev = cfg.time_evidence(
        None, [], *DATED, stated=["2026-03-07"], story_stated=["2027-03-07"]
    )  # the capsizing a year before, not the one the story's report recalls
    assert ev.margin >= cfg.unknown_margin + cfg.year_margin
