"""The victims' funerals are a follow-up action; more warnings read (issue 14, session 38).

A mass burial of a tanker explosion's victims, six days on, had joined the
explosion's story (heldout36): its headline named no follow-up the tracker
read. A funeral or burial is now one (``act.followup:funeral``); "buried
under rubble" is not (a landslide's or a quake's victims). A district's
notice (Chinese ``警示``, Lao ``ແຈ້ງເຕືອນ``) is a warning: the step before.
"""

from __future__ import annotations

import pytest

from storyline.link.occurrence import occurrence_facts

FUNERAL = "act.followup:funeral"


@pytest.mark.parametrize(
    "title",
    [
        "Funeral held for 12 miners killed in blast",
        "В Ибадане похоронили семь неопознанных жертв взрыва бензовоза",
        "خاکسپاری دسته جمعی هفت قربانی انفجار تانکر در ایبادان",
        "تشييع جثامين ضحايا انفجار الصهريج في إبادان",
        "伊巴丹油罐车爆炸遇难者集体安葬",
        "Obsèques des victimes de l'explosion",
        "Kazada ölenler toprağa verildi",
    ],
)
def test_a_funeral_is_a_followup(title: str) -> None:
    assert FUNERAL in occurrence_facts(title, "")


@pytest.mark.parametrize(
    "title",
    [
        "Village buried under mud after landslide",
        "Двое погребены под завалами после землетрясения",
        "Cinco sepultados por un alud en los Pirineos",
        "Tanker explosion on Lagos-Ibadan expressway kills at least 12",
        "الشيعة في العراق يحيون ذكرى عاشوراء",
    ],
)
def test_buried_by_a_disaster_is_no_funeral(title: str) -> None:
    assert FUNERAL not in occurrence_facts(title, "")


@pytest.mark.parametrize(
    "title",
    [
        "老挝川圹省昆县发布警示：未清除未爆弹区域禁止烧荒",
        "ເມືອງຄູນ ແຈ້ງເຕືອນຊາວກະສິກອນ ຫ້າມຈູດໄຮ່ ໃນເຂດທີ່ຍັງບໍ່ທັນເກັບກູ້ລະເບີດ",
    ],
)
def test_a_notice_warning_of_danger_is_the_step_before(title: str) -> None:
    assert "act.followup:ahead" in occurrence_facts(title, "")
