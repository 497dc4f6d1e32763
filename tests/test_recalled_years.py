"""Years a report names only as another occurrence's are not its own (issue 14, session 18).

"It is the museum's second return to Italy, after nine objects went back in
2024": an undated report of a 2027 event names 2024 only in a sentence that
recalls another occurrence. That year is not evidence against the 2027 story,
and it is evidence against a story dated 2024 (the other occurrence itself).
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from storyline.encode import HashingEncoder
from storyline.link.decide import link_keys
from storyline.link.timing import recalled_years, text_years, time_evidence
from storyline.link.tracker import Tracker
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState
from storyline.text.dates.evidence import own_and_recalled_years, recall_sentences

RECALLS = [
    ("en", "The museum returned 27 antiquities on Wednesday. It is its second return to Italy, "
     "after nine objects went back in 2024.", (), (2024,)),
    ("ru", "Музей вернул Италии 27 предметов. Это второй возврат: девять предметов музей "
     "передал в 2024 году.", (), (2024,)),
    ("ar", "أعاد المتحف 27 قطعة إلى إيطاليا. وهي المرة الثانية بعد إعادة تسع قطع في عام 2024.",
     (), (2024,)),
    ("fa", "موزه ۲۷ اثر را به ایتالیا بازگرداند. این دومین بازگرداندن پس از نه اثر در سال ۲۰۲۴ است.",
     (), (2024,)),
    ("zh", "博物馆向意大利归还27件文物。此前该馆曾于2024年归还9件文物。", (), (2024,)),
    ("tr", "Sendika grevi bitirdi. Önceki grev 2024 yılında üç gün sürmüştü.", (), (2024,)),
    ("en", "The strike ended in March 2027. The previous strike, in 2024, lasted three days.",
     (2027,), (2024,)),
]


@pytest.mark.parametrize(("lang", "text", "own", "recalled"), RECALLS,
                         ids=[f"{r[0]}{i}" for i, r in enumerate(RECALLS)])
def test_a_year_only_a_recalling_sentence_names_is_recalled(
    lang: str, text: str, own: tuple, recalled: tuple
) -> None:
    assert own_and_recalled_years(text, lang) == (own, recalled)


def test_a_year_the_report_also_names_as_its_own_stays_its_own() -> None:
    text = "Это вторая забастовка в 2027 году. Она началась в марте 2027 года."
    assert own_and_recalled_years(text, "ru") == ((2027,), ())
    assert own_and_recalled_years("The union struck in 2027 over pay.", "en") == ((2027,), ())


def test_recall_sentences_keeps_the_other_sentences_whole() -> None:
    rest, recalled = recall_sentences("A new fire broke out. It is the second this year.")
    assert rest.strip() == "A new fire broke out" and "second" in recalled


def test_link_keys_keep_recalled_years_apart() -> None:
    keys = link_keys("Museum returns 27 antiquities to Italy", RECALLS[0][1], "en")
    assert json.loads(keys)["y"] == [] and recalled_years(keys) == [2024]
    assert text_years(keys, "en") == []
    plain = link_keys("Museum returns nine objects to Italy", "It gave them back in 2024.", "en")
    assert "ry" not in json.loads(plain) and text_years(plain, "en") == [2024]


MARGINS = dict(quiet_days=7, quiet_margin=0.2, unknown_margin=0.1, year_margin=0.15)


def test_an_undated_report_recalling_the_story_s_year_tells_another_occurrence() -> None:
    against = time_evidence(None, [], "2024-10-03", "2024-10-03", recalled=[2024], **MARGINS)
    assert against.margin == pytest.approx(0.25) and "recalls 2024" in against.note
    other_year = time_evidence(None, [], "2027-06-16", "2027-06-16", recalled=[2024], **MARGINS)
    assert other_year.margin == pytest.approx(0.1)  # unknown date only: no year against it
    own_too = time_evidence(None, [2024], "2024-10-03", "2024-10-03", recalled=[2024], **MARGINS)
    assert own_too.margin == pytest.approx(0.1)
    stated = time_evidence(None, [], "2024-10-03", "2024-10-03", recalled=[2024],
                           stated=["2024-10-03"], **MARGINS)
    assert stated.margin == 0.0  # a day it states inside the story's dates is surer


def test_the_tracker_asks_more_of_a_report_recalling_the_story_s_year() -> None:
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    title, text = "Museum returns 27 antiquities to Italy", RECALLS[0][1]
    row = LinkRow(9, "a9", "en", None, np.ones(8), link_keys(title, text, "en"), None)
    keys = link_keys("Museum returns nine objects to Italy", "Nine objects went back.", "en")

    def member(day: str) -> LinkRow:
        return LinkRow(0, "a0", "en", day, np.ones(8), keys, None)

    old = StoryState("s24", 0, "2024-10-03", "2024-10-03", 1, None, None, None)
    new = StoryState("s27", 0, "2027-06-16", "2027-06-16", 1, None, None, None)
    ev_old = t._first_stage(row, old, [member("2024-10-03")])[0]
    ev_new = t._first_stage(row, new, [member("2027-06-16")])[0]
    assert ev_old.support_required > ev_new.support_required
    assert "recalls 2024" in ev_old.time
