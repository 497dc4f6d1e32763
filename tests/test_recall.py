"""Another occurrence recalled by a span of time ("a week after the big fire, a new one"): issue 14.

A dated report of a new occurrence says how long ago the previous one was;
an undated report stating that earlier day for its own event is the other
occurrence (:mod:`storyline.link.recall`, a typed-fact conflict in
:mod:`storyline.link.facts`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storyline.link.decide import fact_keys, link_keys
from storyline.link.facts import fact_conflicts, fact_note, typed_facts
from storyline.link.recall import recall_conflict, recall_facts

sys.path.insert(0, str(Path(__file__).parent))
from tracker_checks import probabilities_with_and_without_facts  # noqa: E402


@pytest.mark.parametrize(
    ("title", "text", "recalled"),
    [
        (
            "New blaze in Riverton a week after the big fire",
            "RIVERTON, June 10, 2027 - A new fire.",
            "06-03",
        ),
        (
            "В Ривертоне вновь пожар",
            "10 июня 2027 - Через неделю после крупного пожара вспыхнул новый.",
            "06-03",
        ),
        ("里弗顿再次发生山火", "2027年6月10日 距上次大火一周后，当地再次发生山火。", "06-03"),
        (
            "حريق جديد في ريفرتون",
            "10 حزيران 2027 - اندلع حريق جديد بعد أسبوع من الحريق الكبير.",
            "06-03",
        ),
        (
            "آتش سوزی دوباره در ریورتون",
            "۲۰ خرداد ۱۴۰۶ - یک هفته پس از آتش سوزی بزرگ، آتش دوباره شعله ور شد.",
            "06-03",
        ),
        (
            "Nuevo incendio en Riverton",
            "10 de junio de 2027 - Una semana después del gran incendio, un nuevo foco.",
            "06-03",
        ),
        (
            "Riverton'da yeni yangın",
            "10 Haziran 2027 - Büyük yangından bir hafta sonra yeni bir yangın çıktı.",
            "06-03",
        ),
        ("Talks end", "June 10, 2027 - He ended a visit to Tokyo two weeks ago.", "05-27"),
    ],
)
def test_a_recalled_occurrence_in_several_languages(title: str, text: str, recalled: str) -> None:
    facts = recall_facts(title, text)
    assert f"recall:{recalled}" in facts and "day:06-10" in facts


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the same event's follow-up: a span, but nothing marks another occurrence
        (
            "A week after the quake",
            "June 10, 2027 - Rescuers are still searching a week after the quake.",
        ),
        ("Через неделю после землетрясения", "10 июня 2027 - Спасатели продолжают поиски."),
        # a span of a day or two is often the same event's
        ("Fire again", "June 10, 2027 - The fire flared again two days after it began."),
        # no day of its own: nothing to count back from
        ("New fire a week after the big one", "A new fire broke out a week after the big fire."),
    ],
)
def test_no_recall_without_a_marked_other_occurrence_or_a_day(title: str, text: str) -> None:
    assert not [f for f in recall_facts(title, text) if f.startswith("recall:")]


def test_the_recalled_day_conflicts_with_a_report_of_that_day_in_any_script() -> None:
    later = typed_facts(
        "В Ривертоне вновь пожар",
        "10 июня 2027 - Через неделю после крупного пожара вспыхнул новый.",
    )
    earlier_en = typed_facts(None, "RIVERTON, June 3 - A wildfire forced 3,000 residents out.")
    earlier_zh = typed_facts(
        "里弗顿山火", "当地时间3日，山火迫使3000名居民撤离。"
    )  # the day of the month only
    same_day = typed_facts(None, "RIVERTON, June 10 - Crews fought the new blaze overnight.")
    assert fact_conflicts(later, earlier_en) == fact_conflicts(earlier_zh, later) == ("recall",)
    assert fact_conflicts(later, same_day) == ()
    # two reports of the earlier day, or two undated reports: no conflict from days alone
    assert fact_conflicts(earlier_en, earlier_zh) == ()
    assert not recall_conflict(("day:06-03",), ("day:06-10",))
    assert "recalls 06-03" in fact_note(later, [earlier_en])


def test_the_tracker_lowers_the_pair_of_the_recalled_day() -> None:
    new = link_keys(
        "Riverton: a new fire a week after the big one",
        "June 10, 2027 - A new fire broke out again.",
        "en",
    )
    old = link_keys(
        "Wildfire in Riverton", "RIVERTON, June 3 - A wildfire forced 3,000 residents out.", "en"
    )
    now = link_keys("Riverton fire", "RIVERTON, June 10 - Crews fought the new blaze.", "en")
    assert "recall:06-03" in fact_keys(new)
    p_on, p_off = probabilities_with_and_without_facts((new, old, now))
    assert p_on[0] < p_off[0] - 0.3  # the day it recalls: another occurrence
    assert p_on[1] == pytest.approx(p_off[1])  # its own day: untouched


# Tuesday 21 March 2028: a carrier's second derailment, "six days after a similar accident".
SECOND = {
    "en": ("Second train of the same carrier derails", "March 21, 2028 - Two tank wagons left "
           "the rails on Tuesday, six days after a similar accident on the same company's train."),
    "ar": ("قطار ثان للشركة نفسها يخرج عن القضبان", "الثلاثاء 21 آذار/مارس 2028 - خرجت عربتان "
           "عن القضبان اليوم الثلاثاء بعد ستة أيام فقط من حادث مماثل لقطار تابع للشركة ذاتها."),
    "es": ("Descarrila un segundo tren de la misma empresa", "21 de marzo de 2028 - Dos vagones "
           "descarrilaron el martes, seis días después de un accidente similar."),
}


@pytest.mark.parametrize("lang", sorted(SECOND))
def test_a_report_naming_only_the_recalled_weekday_is_the_other_occurrence(lang: str) -> None:
    later = typed_facts(*SECOND[lang])
    assert "recall:03-15" in later and "rdow:2" in later and "dow:1" in later
    wednesday = typed_facts(None, "About 1,200 were evacuated after the train derailed at dawn on "
                            "Wednesday.")  # undated: its weekday is all it says of its day
    tuesday = typed_facts(None, "Two tank wagons derailed on Tuesday at the station.")
    assert wednesday == ("dow:2",) and tuesday == ("dow:1",)
    assert fact_conflicts(later, wednesday) == ("recall",)
    assert fact_conflicts(later, tuesday) == ()  # its own weekday: the same occurrence
    # a whole number of weeks back is the report's own weekday: no weekday evidence
    week = typed_facts("New fire", "RIVERTON, June 10, 2027 - A new fire, a week after the big one.")
    assert not [f for f in week if f.startswith(("rdow", "dow"))]



@pytest.mark.parametrize(
    "title",
    [
        "A new typhoon hits southern Japan two weeks after Peilou",
        "إعصار جديد يضرب جنوب اليابان بعد أسبوعين من بيلو",
        "埃特纳火山11天内再次喷发 卡塔尼亚机场暂停进港航班",
        "Новый тайфун обрушился на Кагосиму через две недели после «Пейлоу»",
        "Second Costeira ship in Santos accident in under three weeks",
        "Italian union's second strike in a month halts trains for 48 hours",
        "Вторая авария за неделю: в Польше снова сошёл с рельсов поезд",
        # a word that says so on its own (session 23)
        "乌克兰文尼察州又一医院起火 2人死亡",
        "آتش‌سوزی دوباره در بیمارستانی در استان وینیتسیا",
        "Another hospital fire kills two in Vinnytsia region",
        "В Бихаре обрушился ещё один строящийся мост",
        "بركان إتنا يثور مجدداً",
        "Erneut Brand in einer Klinik in Winnyzja",
        # "again" in Chinese, an actor named as an earlier occurrence's (session 24)
        "日本岐阜县国道再发山体滑坡 1人死亡",
        "انفجار في مصنع ثان للشركة نفسها شرقي إسبانيا يصيب 5 عمال",
        "قایق تندروی همان شرکت در رود اوکایالی واژگون شد",
        "В Бихаре обрушился строящийся мост той же компании",
        "同一公司旗下另一工厂发生爆炸",
        "Explosión en otra planta de la misma empresa en Castellón",
        "Blast at a second plant of the same company in eastern Spain",
        # a new incident (session 24)
        "پنج کشته در حادثه تازه مسمومیت با مشروبات تقلبی در بیهار هند",
        "New accident at the same crossing kills two",
        "Новый случай отравления суррогатом в Бихаре",
        "حادث جديد على الطريق نفسه يودي بحياة ثلاثة",
        "印度比哈尔邦新一起假酒中毒事件",
    ],
)
def test_a_headline_of_a_later_occurrence_is_a_follow_up(title: str) -> None:
    assert "act.followup:later" in typed_facts(title, "")


@pytest.mark.parametrize(
    "title",
    [
        "Typhoon Peilou slams into southern Japan, killing three",
        "A week after the quake, rescuers are still searching",  # the same event, later on
        "Second train derails in Poland",  # no span
        "New talks in two weeks, ministers say",  # a day to come
        "Train derails near Kutno, line to reopen in a week",
        "New law caps delivery app fees at 5%",  # "new" alone qualifies a thing
        "Fire in Ukrainian hospital intensive care ward kills 11 in Vinnytsia",
        "Two quakes strike Turkey on the same day",
        "Same-sex couples win right to adopt",
        "日本长野县国道发生山体滑坡 致2死2失联",
        "انفجار في مصنع كيميائي في إسبانيا يقتل عاملين",
        "New details emerge on the accident at Kutno",
        "حادثه مسمومیت با مشروبات تقلبی در بیهار ۱۹ کشته برجا گذاشت",
    ],
)
def test_a_headline_of_the_first_occurrence_is_none(title: str) -> None:
    assert "act.followup:later" not in typed_facts(title, "")
