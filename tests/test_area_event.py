"""The same-day area-event rule: one hazard, one region, one or two days -> one story.

Reports of a dust storm written in Kuwait, Baghdad and Ahvaz describe
different facets with few shared facts; what they share is the kind of
event, the day and a country. These tests use the project's own short
reports in several languages and scripts (no ../shared).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from storyline.link.decide import link_keys
from storyline.link.eventkinds import area_keys, event_kinds
from storyline.link.support import area_event, area_support
from storyline.link.tracker import Tracker, TrackerConfig, story_id_for
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from table_linking import CosineModel, TableEncoder, add_report  # noqa: E402

KINDS = [
    ("Sandstorm grounds flights in Iraq", "en", ["dust"]),
    ("تعطيل الدراسة غداً في الكويت بسبب موجة الغبار", "ar", ["dust"]),
    ("عاصفة ترابية تشل حركة الطيران في العراق", "ar", ["dust"]),
    ("گردوخاک عراقی خوزستان را تعطیل کرد", "fa", ["dust"]),
    ("گرد و خاک عراقی خوزستان را تعطیل کرد", "fa", ["dust"]),
    ("Irak'tan gelen toz fırtınası Güneydoğu'yu etkisi altına aldı", "tr", ["dust"]),
    ("Пыльная буря накрыла Багдад", "ru", ["dust"]),
    ("伊拉克遭遇强沙尘暴 多个机场关闭", "zh", ["dust"]),
    ("زلزال بقوة 5.9 درجة يضرب شرق تركيا", "ar", ["quake"]),
    ("زمین‌لرزه ۵.۹ ریشتری شرق ترکیه در ارومیه هم احساس شد", "fa", ["quake"]),
    ("Elazığ'da 5,9 büyüklüğünde deprem", "tr", ["quake"]),
    ("Erdbeben in der Osttürkei: Zahl der Toten steigt", "de", ["quake"]),
    ("Землетрясение магнитудой 5,9 произошло на востоке Турции", "ru", ["quake"]),
    ("Лесные пожары в Забайкалье: введён режим ЧС", "ru", ["wildfire"]),
    ("外贝加尔边疆区森林火灾持续蔓延", "zh", ["wildfire"]),
    ("امدادرسانی در ۴ استان متأثر از سیل و آبگرفتگی", "fa", ["flood"]),
    ("تصاویر حضور رهبر انقلاب میان سیل‌زدگان", "fa", ["flood"]),
    ("چرا گندم‌کار آخرین دانه گندم را به سیلوی دولتی تحویل داد", "fa", []),  # a silo
    ("Inondations meurtrières dans le sud de la France", "fr", ["flood"]),
    ("El volcán Cotopaxi lanza ceniza sobre Quito", "es", ["volcano"]),
    ("厄瓜多尔科多帕希火山喷发 基多机场一度关闭", "zh", ["volcano"]),
    ("Typhoon makes landfall in the Philippines", "en", ["cyclone"]),
    ("台風11号 鹿児島・枕崎市付近に上陸", "ja", ["cyclone"]),
    ("태풍 11호가 가고시마에 상륙했다", "ko", ["cyclone"]),
    ("能登半島で震度6強の地震", "ja", ["quake"]),
    ("강원도 산불 확산", "ko", ["wildfire"]),
    ("Gempa bumi guncang Cianjur", "id", ["quake"]),
    ("असम में बाढ़ से 12 की मौत", "hi", ["flood"]),
    ("東京で大規模な停電", "ja", []),  # a blackout is no hazard
    # not a hazard: strikes, fires, attacks, elections and meetings are left out
    ("Port de Marseille : les dockers en grève", "fr", []),
    ("Fire destroys a warehouse in Basra", "en", []),
    ("Iraq and Iran agree to dredge the Shatt al-Arab", "en", []),
    ("Deprem bölgesinde", "xx", []),  # a language without a word list
]


@pytest.mark.parametrize(("text", "lang", "kinds"), KINDS)
def test_event_kinds_across_scripts(text: str, lang: str, kinds: list[str]) -> None:
    assert event_kinds(text, lang) == kinds


def test_kind_is_read_from_the_headline_and_first_paragraph_only() -> None:
    text = "The minister opened the new bridge. " * 12 + "It survived the 2023 earthquake."
    assert area_keys("Bridge opens in Antakya", text, "en") == {}
    keys = area_keys("زلزال يضرب شرق تركيا", "شعر به سكان شمال العراق وسوريا", "ar")
    assert keys["k"] == ["quake"] and {"tr", "iq", "sy"} <= set(keys["r"])


def test_a_city_gives_its_country() -> None:
    # a Turkish report from Elazığ names no country; Persian and Arabic ones name Turkey
    tr = area_keys("Elazığ'da 5,9 büyüklüğünde deprem", "2 kişi hayatını kaybetti", "tr")
    fa = area_keys("زمین‌لرزه ۵.۹ ریشتری شرق ترکیه", "در ارومیه هم احساس شد", "fa")
    assert "tr" in tr["r"] and "tr" in fa["r"]
    assert area_event(json.dumps(tr), "2025-03-16", json.dumps(fa), "2025-03-16") is not None


def test_a_domestic_report_names_its_city_not_its_country() -> None:
    # a Japanese report of a typhoon names Kagoshima, never Japan
    ja = area_keys("台風11号 鹿児島・枕崎市付近に上陸", "台風は5日午前、鹿児島県に上陸した。", "ja")
    en = area_keys("Typhoon Peilou slams into southern Japan", "It hit Kagoshima.", "en")
    assert ja["k"] == en["k"] == ["cyclone"] and "jp" in ja["r"] and "jp" in en["r"]
    assert area_event(json.dumps(ja), "2028-09-05", json.dumps(en), "2028-09-05") is not None


def test_a_domestic_report_naming_no_place_it_knows_is_in_its_language_s_country() -> None:
    # a Korean paper's wildfire in Uiseong county: no country, a county the gazetteer lacks
    ko = area_keys("의성 산불 이틀째 확산…주민 3천180명 대피", "산림 4천260㏊ 피해", "ko")
    en = area_keys("Wildfire in South Korea's Uiseong forces 3,180 from homes", "", "en")
    assert ko["r"] == ["kr"] and "kr" in en["r"]
    assert area_event(json.dumps(ko), "2027-03-20", json.dumps(en), "2027-03-20") is not None
    # a language read in many countries gives none; a named country is kept as it is
    assert area_keys("Incendio forestal obliga a evacuar a 3.000", "", "es")["r"] == []
    assert area_keys("Incendio boschivo in Grecia, evacuati 3.000", "", "it")["r"] == ["gr"]


def test_link_keys_carry_the_area_keys() -> None:
    keys = json.loads(link_keys("گردوخاک عراقی خوزستان را تعطیل کرد", "هوای اهواز", "fa"))
    assert keys["k"] == ["dust"] and "iq" in keys["r"]


DUST = '{"k":["dust"],"r":["iq","kw"]}'


@pytest.mark.parametrize(
    ("other", "published", "joined"),
    [
        ('{"k":["dust"],"r":["iq"]}', "2025-04-15T10:20", True),  # next morning, Iraq named
        ('{"k":["dust"],"r":[],"e":["geonames:98182"]}', "2025-04-14", False),  # no common place
        ('{"k":["dust"],"r":["iq"]}', "2025-04-16T08:00", False),  # two days later
        ('{"k":["dust"],"r":["iq"]}', "2022-05-16", False),  # another year's storm
        ('{"k":["dust"],"r":["iq"]}', None, False),  # undated: could be any year's
        ('{"k":["flood"],"r":["iq"]}', "2025-04-14", False),  # another kind, same day and country
        ('{"n":["2025"]}', "2025-04-14", False),  # keys of an older store: no kind
    ],
)
def test_area_event_needs_kind_day_and_region(
    other: str, published: str | None, joined: bool
) -> None:
    assert (area_event(DUST, "2025-04-14T16:30", other, published) is not None) is joined


def test_area_event_shares_places_below_the_country() -> None:
    a = '{"k":["quake"],"r":[],"e":["geonames:315808","person:x"]}'
    b = '{"k":["quake"],"r":["tr"],"e":["geonames:315808"]}'
    assert area_event(a, "2025-03-16", b, "2025-03-17") == "quake, geonames:315808, within 1 day"
    c = '{"k":["quake"],"r":[],"e":["person:x"]}'  # a person is not a place
    assert area_event(a, "2025-03-16", c, "2025-03-16") is None


def test_headlines_naming_different_places_are_two_events() -> None:
    # floods in two cities of one country on one day: two events
    henan = area_keys("Floods in Zhengzhou kill 12", "Heavy rain hit central China.", "en")
    other = area_keys("Floods hit Guangzhou", "Rivers burst their banks in southern China.", "en")
    assert henan["h"] and other["h"] and not set(henan["h"]) & set(other["h"])
    a, b = json.dumps(henan), json.dumps(other)
    assert area_event(a, "2025-07-01", b, "2025-07-01") is None
    # quakes in Malatya and in Van, both "in eastern Türkiye": two events
    east = "Türkiye'nin doğusunda 5 büyüklüğünde deprem"
    malatya, van = (
        json.dumps(area_keys(t, east, "tr")) for t in ("Malatya'da deprem", "Van'da deprem")
    )
    assert '"tr"' in malatya and area_event(malatya, "2025-03-16", van, "2025-03-16") is None
    # one headline names a city, the other only the country: no disagreement
    china = json.dumps(area_keys("Floods kill dozens in China", "Zhengzhou was worst hit.", "en"))
    assert area_event(a, "2025-07-01", china, "2025-07-01") is not None


def test_area_support_needs_most_of_the_core() -> None:
    same = [(f"m{i}", DUST, "2025-04-14") for i in range(3)]
    other = [(f"o{i}", '{"k":[]}', "2025-04-14") for i in range(3)]
    assert area_support(DUST, "2025-04-14", same + other[:2]).members == ("m0", "m1", "m2")
    assert not area_support(DUST, "2025-04-14", same[:2] + other[:2])  # half is not most
    assert not area_support(DUST, "2025-04-14", same[:1] + other[:1])  # one of two
    assert area_support(DUST, "2025-04-14", same[:1]).members == ("m0",)
    assert not area_support(DUST, None, same)


# Three facets of one dust storm that the vectors barely relate (cosine 0.2), an
# Iraqi flood the same day, and the storm of another year: hand-made vectors, real keys.
VECTORS = {
    "D1": [1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    "D2": [0.2, 0.98, 0.0, 0.0, 0.0, 0.0],
    "D3": [0.2, 0.0, 0.98, 0.0, 0.0, 0.0],
    "F1": [0.2, 0.0, 0.0, 0.98, 0.0, 0.0],
    "H1": [0.2, 0.0, 0.0, 0.0, 0.98, 0.0],
    "U1": [0.2, 0.0, 0.0, 0.0, 0.0, 0.98],
}
REPORTS = [
    (
        "D1",
        "ar",
        "2025-04-14T16:30",
        "عاصفة ترابية تشل حركة الطيران في العراق",
        "بغداد - ضربت عاصفة ترابية شديدة العراق اليوم وأغلقت مطارات بغداد والنجف.",
    ),
    (
        "D2",
        "en",
        "2025-04-14T19:45",
        "Kuwait closes schools as dust storm sweeps in from Iraq",
        "KUWAIT - Schools will stay shut on Tuesday, the ministry said.",
    ),
    (
        "D3",
        "fa",
        "2025-04-15T09:15",
        "گردوخاک عراقی خوزستان را تعطیل کرد",
        "به گزارش آفتاب جنوب، توده گردوخاکی که از بیابان‌های عراق وارد کشور شده، اهواز را فرا گرفت.",
    ),
    (
        "F1",
        "en",
        "2025-04-14T18:00",
        "Floods hit southern Iraq after heavy rain",
        "BASRA - Flash floods swept through Basra province in Iraq on Monday.",
    ),
    (
        "H1",
        "en",
        "2022-05-16T10:00",
        "Iraq's eighth sandstorm in two months shuts airports",
        "BAGHDAD - A sandstorm shut Iraqi airports on Monday, the eighth since April.",
    ),
    (
        "U1",
        "en",
        None,
        "Sandstorm shuts airports in Iraq",
        "BAGHDAD - A sandstorm shut the airports of Baghdad and Najaf in Iraq.",
    ),
]
CONFIG = TrackerConfig(threshold=0.5, support=0.45, merge_threshold=0.45, batch_order="arrival")


def _store() -> tuple[Store, dict[str, str]]:
    store = Store(":memory:")
    ids = {
        key: add_report(store, key, published, text=text, title=title, lang=lang)
        for key, lang, published, title, text in REPORTS
    }
    return store, ids


def _stories(store: Store, tracker: Tracker, ids: dict[str, str]) -> dict[str, str | None]:
    rows = {
        r.article_id: r for r in store.link_rows(ids=list(ids.values()), model=tracker.model_name)
    }
    return {k: store.resolve_story(rows[a].story_id or "") for k, a in ids.items()}


def test_facets_of_one_dust_storm_join_one_story_and_nothing_else_does() -> None:
    store, ids = _store()
    tracker = Tracker(store, TableEncoder(VECTORS), CONFIG, CosineModel())
    tracker.link_pending()
    story = _stories(store, tracker, ids)
    assert story["D1"] == story["D2"] == story["D3"] == story_id_for(ids["D1"])
    # the same day's flood, another year's storm and an undated storm stay out
    assert len({story[k] for k in ("D1", "F1", "H1", "U1")}) == 4
    detail = store.get_story(story_id_for(ids["D1"]))
    assert detail is not None
    reasons = [a.reason for a in detail.articles if a.reason and a.reason["action"] == "join"]
    assert len(reasons) == 2 and all("the same area event" in r["time"] for r in reasons)


def test_without_the_hazard_words_the_same_facets_stay_apart() -> None:
    store = Store(":memory:")
    text = "Officials met in Baghdad, Iraq, on Monday to discuss the budget."
    ids = {  # the same vectors and dates, no hazard named
        key: add_report(store, key, published, text=text, title="Budget talks in Iraq")
        for key, _, published, _, _ in REPORTS[:3]
    }
    tracker = Tracker(store, TableEncoder(VECTORS), CONFIG, CosineModel())
    tracker.link_pending()
    assert len(set(_stories(store, tracker, ids).values())) == 3
