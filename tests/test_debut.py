"""A player's first match for a new club (or a coach's first in charge): a step after the signing.

Weeks after a record transfer the player scores on his debut; the reports name the club,
the player and the fee again. The debut (``act.followup:debut``) is a follow-up action of
its own, as an arrest is after a theft; a company's shares' first day of trading, its
"market debut", is the listing itself, not a step after it.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import followup_conflict, typed_facts

DEBUT = [
    ("en", "Lacasa scores on his debut as Zaragoza beat Betis 2-1"),
    ("en", "Lenart wins his first match in charge of Poland"),
    ("ru", "Лакаса забил в дебютном матче за «Сарагосу»"),
    ("ar", "لاكاسا يسجل في ظهوره الأول وسرقسطة يفوز على بيتيس"),
    ("fa", "لاکاسا در اولین بازی‌اش برای سرقسطه گل زد"),
    ("fa", "پیروزی لهستان در اولین بازی لنارت"),
    ("zh", "拉卡萨首秀破门 萨拉戈萨2比1胜贝蒂斯"),
    ("es", "Gol de Lacasa en su debut con el Zaragoza"),
]
SIGNING = [
    "Zaragoza sign Lacasa for a club-record €30m",
    "«Сарагоса» купила Лакасу за рекордные 30 млн евро",
    "سرقسطة يضم لاكاسا مقابل 30 مليون يورو",
]


@pytest.mark.parametrize(("lang", "headline"), DEBUT)
def test_a_debut_is_read_in_every_language(lang: str, headline: str) -> None:
    assert "act.followup:debut" in typed_facts(headline, "")


@pytest.mark.parametrize("signing", SIGNING)
def test_a_debut_is_another_step_than_the_signing(signing: str) -> None:
    assert followup_conflict(typed_facts(DEBUT[2][1], ""), typed_facts(signing, ""))


@pytest.mark.parametrize(
    "headline",
    [
        "Chamundi shares jump 27% on market debut",
        "Акции «Чамунди» выросли на 27% в первый день торгов после дебюта на бирже",
        "Aurland wins the Brage Prize for her debut novel",
        "Дебютный роман Аурланд получил премию",
        "پرسپولیس در اولین بازی فصل پیروز شد",  # the season's first match
    ],
)
def test_a_listing_or_a_first_novel_is_no_debut(headline: str) -> None:
    assert "act.followup:debut" not in typed_facts(headline, "")
