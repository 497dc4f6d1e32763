"""An undated report stating the core's figures needs no more than a dated one (issue 14, session 18).

Reports of one event in several languages and scripts state the same
figures (a serial number, a percentage, an amount): where time is silent,
that is specific evidence of the same occurrence. A stage or an office
(every clearance is a clearance) is not a figure; a conflicting figure
still counts against.
"""

from __future__ import annotations

import numpy as np

from storyline.encode import HashingEncoder
from storyline.link.decide import link_keys
from storyline.link.tracker import Tracker, TrackerConfig
from storyline.link.tracker_evidence import shared_figures
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState

LAUNCH = [
    ("ja", "カゲロウ2号機が打ち上げ成功　衛星「そらみ4号」軌道へ", "衛星「そらみ4号」は軌道に投入された。"),
    ("fa", "ماهواره «سورامی-۴» به مدار رسید", "ماهواره سورامی-۴ در مدار قرار گرفت."),
    ("ar", "الصاروخ يضع القمر «سورامي-4» في المدار", "وصل القمر الصناعي سورامي-4 إلى مداره."),
]
SAME = ("ru", "Японская ракета вывела на орбиту спутник «Сорами-4»", "Спутник вышел на орбиту.")
OTHER = ("zh", "日本火箭将SORAMI-5卫星送入轨道", "SORAMI-5卫星进入轨道。")


def _row(i: int, lang: str, title: str, text: str, published: str | None = None) -> LinkRow:
    return LinkRow(i, f"a{i}", lang, published, np.ones(8), link_keys(title, text, lang), None)


def _core() -> list[LinkRow]:
    return [_row(i, *r, published="2027-09-14") for i, r in enumerate(LAUNCH)]


def test_the_same_serial_number_across_scripts_is_a_shared_figure() -> None:
    assert shared_figures(_row(9, *SAME), _core())
    assert not shared_figures(_row(9, *OTHER), _core())  # another serial number
    assert not shared_figures(_row(9, *SAME), _core()[:1])  # one member is not the core


def test_an_undated_report_with_the_core_s_figures_is_spared_the_unknown_margin() -> None:
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, "2027-09-14", "2027-09-14", 3, None, None, None)
    same = t._first_stage(_row(9, *SAME), story, _core())[0]
    plain = t._first_stage(_row(9, "ru", "Японская ракета стартовала", "Пуск прошёл."), story, _core())[0]
    other = t._first_stage(_row(9, *OTHER), story, _core())[0]
    assert same.support_required < plain.support_required < other.support_required
    assert "figures most of the core states" in same.time
    off = Tracker(Store(":memory:"), HashingEncoder(dim=8), TrackerConfig(shared_facts=0.0))
    assert off._first_stage(_row(9, *SAME), story, _core())[0].support_required == (
        plain.support_required
    )


DUTIES = [
    ("es", "México impone cuotas antidumping definitivas de 21.6% y 64.3% al acero chino",
     "La Secretaría de Economía fijó cuotas de 21.6% y 64.3% al acero laminado en frío."),
    ("ru", "Мексика ввела окончательные пошлины 21,6% и 64,3% на китайскую сталь",
     "Пошлины составят от 21,6% до 64,3%."),
    ("ar", "المكسيك تفرض رسوما نهائية بين 21.6% و64.3% على الصلب الصيني",
     "تتراوح الرسوم بين 21.6% و64.3%."),
]
DUTIES_ZH = ("zh", "墨西哥对中国冷轧钢征收21.6%至64.3%的最终反倾销税", "税率为21.6%至64.3%。")
DUTIES_ONE = ("zh", "墨西哥对中国冷轧钢征收64.3%的反倾销税", "税率最高为64.3%。")


def test_two_figures_most_of_the_core_states_lower_the_support_an_article_needs() -> None:
    """A Chinese report of Mexico's final duties, stating the same two rates as every report
    of the core, needs ``two_figures`` less core support and less against the centroid; one shared
    rate does not."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, "2027-08-20", "2027-08-20", 3, None, None, None)
    core = [_row(i, *r, published="2027-08-20") for i, r in enumerate(DUTIES)]
    both = t._first_stage(_row(9, *DUTIES_ZH), story, core)[0]
    one = t._first_stage(_row(9, *DUTIES_ONE), story, core)[0]
    assert both.support_required == one.support_required - t.config.two_figures
    assert both.required == one.required - t.config.two_figures  # against the centroid too
    assert "two figures or more" in both.time and "two figures" not in one.time
    off = Tracker(Store(":memory:"), HashingEncoder(dim=8), TrackerConfig(two_figures=0.0))
    unrelieved = off._first_stage(_row(9, *DUTIES_ZH), story, core)[0]
    assert (unrelieved.support_required, unrelieved.required) == (one.support_required, one.required)


# A train of 26 tank wagons derails: each language keys the count by its own noun.
DERAILMENT = [
    ("en", "Acid train derails in Poland", "Eight of the train's 26 tank wagons left the rails."),
    ("fa", "خروج قطار اسید از ریل در لهستان", "هشت واگن از ۲۶ واگن مخزن‌دار قطار از ریل خارج شد."),
    ("zh", "波兰运酸列车脱轨", "这列由26节罐车组成的列车有8节脱轨。"),
]


def test_a_count_is_one_figure_whatever_noun_each_language_keys_it_by() -> None:
    core = [_row(i, *r, published="2028-03-15") for i, r in enumerate(DERAILMENT)]
    ar = _row(9, "ar", "خروج قطار عن القضبان في بولندا", "ثماني عربات من أصل 26 خرجت عن السكة.")
    assert shared_figures(ar, core)
    other = _row(9, "ar", "خروج قطار عن القضبان في بولندا", "عربتان من أصل 18 خرجتا عن السكة.")
    assert not shared_figures(other, core)  # another train's count
    few = _row(9, "ar", "خروج قطار عن القضبان", "خرجت 8 عربات عن السكة.")
    assert not shared_figures(few, core)  # a small count is no specific figure across nouns
