"""Follow-up actions and later occurrences read in more of the words outlets use (issue 14).

A headline's follow-up action (an arrest, a charge, a fine, work resumed) or its
"again" (another occurrence of the same kind) is evidence that the report is
another news event than the incident it follows. Twin reports of one such
negative in two languages were read differently (the English "detain" found,
the Arabic present tense ``تعتقل`` not; a fine found in none), so the undated
twin joined the incident's story. These are the words added, each against a
headline of the event itself that must stay as it was.
"""

from __future__ import annotations

import pytest

from storyline.link.occurrence import _acts
from storyline.link.recall import later_occurrence

ARREST = "act.followup:arrest"
CHARGE = "act.followup:charge"
SANCTION = "act.followup:sanction"
RESTART = "act.followup:restart"


@pytest.mark.parametrize(
    ("title", "act"),
    [
        # the Arabic present tense, as agencies write headlines
        ("الشرطة المغربية تعتقل أربعة أشخاص بعد سرقة متحف في فاس", ARREST),
        ("السلطات يعتقلون سائق الحافلة", ARREST),
        # suspicion formally directed at someone: a prosecutor's step
        ("النيابة توجه شبهة الإهمال لمدير المنجم", CHARGE),
        # building work resumed after the closure
        ("雅加达地铁工地复工 此前发现未爆弹", RESTART),
        ("塌方路段恢复施工", RESTART),
        # a fine, in the languages the corpora and the shared articles use
        ("Regulator fined the ferry operator over the fire", SANCTION),
        ("Watchdog fines carrier €2m over derailment", SANCTION),
        ("Brussels slaps record penalty on chemical maker", SANCTION),
        ("Перевозчика оштрафовали на 3 млн рублей после аварии", SANCTION),
        ("تغريم شركة العبارات مليون دولار بعد الحريق", SANCTION),
        ("شرکت کشتیرانی ۲ میلیون دلار جریمه شد", SANCTION),
        ("化工厂因泄漏事故被罚500万元", SANCTION),
        ("Multan a la naviera con 300.000 euros", SANCTION),
    ],
)
def test_follow_up_action_is_read(title: str, act: str) -> None:
    assert act in _acts(title)


@pytest.mark.parametrize(
    "title",
    [
        "Ferry fire kills 12 off the Albanian coast",
        "Weather fine for the weekend as storm moves east",
        "Pandemia no puede usarse con fines políticos, afirma la presidenta",
        "Fine arts museum hit by thieves",
        "حريق في عبارة قبالة سواحل ألبانيا يقتل 12 شخصا",
        "印尼雅加达地铁工地发现二战炸弹 数千人疏散",
        # a law raising the maximum fine is no fine imposed
        "特朗普签署法律，将机器人电话的最高罚款提高到 10,000 美元",
        "البرلمان يناقش رفع الغرامة على المخالفين",
    ],
)
def test_the_event_itself_reads_no_fine_or_arrest(title: str) -> None:
    assert not (_acts(title) & {ARREST, CHARGE, SANCTION})


@pytest.mark.parametrize(
    ("title", "later"),
    [
        ("印度拉梅斯沃勒姆附近又有23头领航鲸搁浅", True),
        ("秘鲁乌卡亚利河再有船只倾覆 4人死亡", True),
        ("曼谷素坤逸路再现地陷 一辆出租车后轮陷入", True),
        ("曼谷拉玛四路发生地陷 三辆车坠入", False),
        ("印度泰米尔纳德邦百余头领航鲸搁浅", False),
    ],
)
def test_chinese_again_words(title: str, later: bool) -> None:
    assert later_occurrence(title) is later
