"""An undated report against a story of one dated report in another language (issue 14, session 37).

Two reports of one occurrence that no other report tells (a step before an
event, another occurrence of the same actors' kind), one dated and one not,
in two languages and scripts: the undated one has only the other to agree
with, and needs no more of that pair than two dated reports would. In one
language, or against a story of two reports or more, the date-unknown margin
stays; evidence against (a conflicting figure) still counts.
"""

from __future__ import annotations

import numpy as np

from storyline.encode import HashingEncoder
from storyline.link.decide import link_keys
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.tracker_evidence import lone_report_across
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState

DATED = ("fa", "فرود اضطراری هواپیمای آئروکاسپی در ارومچی", "هواپیما به سلامت در ارومچی فرود آمد.")
UNDATED_ZH = ("zh", "哈萨克斯坦里海航空一客机在乌鲁木齐紧急迫降", "飞机在乌鲁木齐安全降落。")
UNDATED_FA = ("fa", "فرود اضطراری یک هواپیمای قزاقستانی در ارومچی", "مسافران سالم هستند.")
SECOND = ("ru", "Самолёт AeroKaspi экстренно сел в Урумчи", "Пассажиры не пострадали.")
STORY = StoryState("s", 0, "2025-10-03", "2025-10-03", 1, None, None, None)


def _row(i: int, lang: str, title: str, text: str, published: str | None = None) -> LinkRow:
    return LinkRow(i, f"a{i}", lang, published, np.ones(8), link_keys(title, text, lang), None)


def _lone() -> list[LinkRow]:
    return [_row(0, *DATED, published="2025-10-03")]


def test_only_an_undated_report_against_one_dated_report_in_another_language() -> None:
    assert lone_report_across(_row(9, *UNDATED_ZH), _lone())
    assert not lone_report_across(_row(9, *UNDATED_FA), _lone())  # the same language
    assert not lone_report_across(_row(9, *UNDATED_ZH, published="2025-10-04"), _lone())
    two = [*_lone(), _row(1, *SECOND, published="2025-10-03")]
    assert not lone_report_across(_row(9, *UNDATED_ZH), two)  # the story has two reports
    undated_story = [_row(0, *DATED)]
    assert not lone_report_across(_row(9, *UNDATED_ZH), undated_story)


def test_the_date_unknown_margin_is_spared_against_a_lone_report_in_another_language() -> None:
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    across = t._first_stage(_row(9, *UNDATED_ZH), STORY, _lone())[0]
    same = t._first_stage(_row(9, *UNDATED_FA), STORY, _lone())[0]
    assert across.support_required == same.support_required - t.config.unknown_margin
    assert across.required == same.required - t.config.unknown_margin
    assert "one report is in another language" in across.time
    assert "one report is in another language" not in same.time
    off = Tracker(Store(":memory:"), HashingEncoder(dim=8), TrackerConfig(lone_report=0.0))
    assert off._first_stage(_row(9, *UNDATED_ZH), STORY, _lone())[0].required == same.required


def test_evidence_against_still_counts() -> None:
    """A report naming another weekday than the story's day (a Friday) keeps its margins."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    recalled = ("zh", "哈萨克斯坦里海航空一客机在乌鲁木齐紧急迫降", "星期二晚间，飞机在乌鲁木齐安全降落。")
    plain = t._first_stage(_row(9, *UNDATED_ZH), STORY, _lone())[0]
    other = t._first_stage(_row(9, *recalled), STORY, _lone())[0]
    assert other.required > plain.required


ARREST_ZH = ("zh", "乌鲁木齐机场两名男子因谎报炸弹被捕", "两人在乌鲁木齐被警方逮捕。")
ARREST_FA = ("fa", "دو مرد به اتهام تهدید بمب در فرودگاه ارومچی بازداشت شدند", "پلیس آنها را بازداشت کرد.")
ARREST_DATED = ("ru", "В Урумчи задержаны двое за ложное сообщение о бомбе", "Полиция задержала двоих.")


def test_a_followup_headline_against_a_lone_report_keeps_only_the_followup_margin() -> None:
    """Session 38: one headline names a follow-up action (an arrest) and the story's one
    report, dated, in another language, names none: the follow-up margin stays, the
    date-unknown margin goes (the words for a step are read in some languages, not all)."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    across = t._first_stage(_row(9, *ARREST_ZH), STORY, _lone())[0]
    same = t._first_stage(_row(9, *ARREST_FA), STORY, _lone())[0]
    plain = t._first_stage(_row(9, *UNDATED_ZH), STORY, _lone())[0]
    base = t.threshold
    assert abs(across.required - (base + t.config.year_margin)) < 1e-9
    assert across.required > plain.required  # the follow-up still argues against it
    assert same.required > across.required  # in one language both margins stay
    assert "time cannot tell; the story's one report is in another language" in across.time
    off = Tracker(Store(":memory:"), HashingEncoder(dim=8), TrackerConfig(lone_followup=0.0))
    assert off._first_stage(_row(9, *ARREST_ZH), STORY, _lone())[0].required > across.required


def test_a_followup_against_a_story_of_two_reports_keeps_both_margins() -> None:
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    two = [*_lone(), _row(1, *SECOND, published="2025-10-03")]
    ev = t._first_stage(_row(9, *ARREST_ZH), STORY, two)[0]
    assert abs(ev.required - (t.threshold + t.config.year_margin + t.config.unknown_margin)) < 1e-9
    # the two reports of the arrest itself, one dated, agree: no follow-up margin at all
    arrest = [_row(0, *ARREST_DATED, published="2025-10-03")]
    assert t._first_stage(_row(9, *ARREST_ZH), STORY, arrest)[0].required == t.threshold
