"""A year a report names only beside "the same company" is an earlier occurrence's, and a story
whose reports recall a year keeps out reports of that year (issue 14, session 30).

An undated report of an escalator accident in 2032 said "the same company was fined in 2029
after an escalator it serviced stopped abruptly": 2029 was read as its own year, it joined the
2029 accident's reports (dated, and undated ones scraped in 2029) and was chosen over its own
event's story because it agreed best with a report in another language. Texts written for
these tests, in five languages and four scripts.
"""

from __future__ import annotations

import numpy as np
import pytest

from storyline.encode import HashingEncoder
from storyline.link.decide import link_keys
from storyline.link.timing import recalled_years, text_years
from storyline.link.tracker import Tracker
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState
from storyline.text.dates.evidence import own_and_recalled_years


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An escalator sped up on Thursday. The same company was fined in 2029 after "
               "another escalator stopped."),
        ("ar", "تسارع سلم كهربائي يوم الخميس. وكانت الشركة نفسها قد غرمت في 2029 بعد توقف سلم آخر."),
        ("fa", "پله برقی روز پنجشنبه ناگهان شتاب گرفت. همان شرکت در سال 2029 جریمه شده بود."),
        ("ru", "Эскалатор резко ускорился в четверг. Той же компании в 2029 году выписали штраф."),
        ("zh", "自动扶梯周四突然加速。同一家公司曾于2029年因另一部扶梯骤停被罚款。"),
    ],
)  # fmt: skip
def test_a_year_beside_the_same_actor_is_recalled(lang: str, text: str) -> None:
    assert own_and_recalled_years(text, lang) == ((), (2029,))


def test_the_report_s_own_year_stays_its_own() -> None:
    text = "The same company reported a loss in 2029. An escalator sped up in December 2032."
    assert own_and_recalled_years(text) == ((2032,), (2029,))


def _row(i: int, text: str, published: str | None = None, scraped: str | None = None) -> LinkRow:
    keys = link_keys("Tbilisi metro escalator accident", text, "en", scraped_at=scraped)
    return LinkRow(i, f"a{i}", "en", published, np.ones(8), keys, None)


ACCIDENT = (
    "Dozens were hurt on Thursday evening when an escalator at Marjanishvili station sped up. "
    "The same company was fined 30,000 lari in 2029 after an escalator it serviced stopped."
)


def test_an_undated_report_recalling_2029_is_no_2029_report() -> None:
    row = _row(1, ACCIDENT)
    assert text_years(row.keys, "en") == [] and recalled_years(row.keys) == [2029]


def test_a_story_recalling_a_year_against_a_report_of_that_year() -> None:
    """The story is the undated 2032 report (it recalls 2029); a dated 2029 report, and an
    undated one scraped in 2029, need the margin a year against asks."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, None, None, 1, None, None, None)
    core = [_row(1, ACCIDENT)]
    plain = "An escalator at Rustaveli station stopped abruptly in the morning, hurting nine."

    def required(row: LinkRow) -> float:
        return t._first_stage(row, story, core)[0].support_required

    margin = t.config.unknown_margin + t.config.year_margin
    assert required(_row(2, plain, "2029-03-14")) == pytest.approx(t.support + margin)
    unknown = t.support + t.config.unknown_margin  # a dated report against an undated story
    assert required(_row(2, plain, "2032-12-10")) == pytest.approx(unknown)
    scraped_2029 = required(_row(2, plain, scraped="2029-04-05"))
    scraped_2033 = required(_row(2, plain, scraped="2033-01-06"))
    assert scraped_2029 == pytest.approx(scraped_2033 + margin)
