"""Page menus are never the title; a product's model and an oil facility tell occurrences apart
(issue 14, session 60).

Held out: a site's name in capitals that its dateline cites, a tagline above a menu and a path,
and a menu of capitalised words apart by spaces alone had each been read as the headline. A
phone maker's new model and its older one (``Vega 9``, ``Vega 8``) and two refineries of one
region (``Tuapse``, ``Afipsky``) had each been one story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.headline import named_models
from storyline.link.sites import site_facts
from storyline.text.clean.rules import is_masthead, is_menu_line

LEAD_EN = (
    "Sweden will allow hunters to kill up to 54 wolves this winter, its environmental "
    "protection agency said on Wednesday, setting the largest hunt in a decade."
)

PAGES = {
    "en-masthead.txt": (
        "NORTHERN WIRE DESK\nPolitics | Energy | Environment | Business\n\nEnvironment\n\n"
        "Sweden sets wolf cull quota at 54 despite EU concerns\n\nBy Emma Carlsen\n\n"
        f"STOCKHOLM (Northern Wire Desk) — {LEAD_EN}\n\n"
        "The hunt will take place from Jan. 2 in five counties in central Sweden, the agency said.\n",
        "Sweden sets wolf cull quota at 54 despite EU concerns",
    ),
    "fr-tagline.txt": (
        "CHAMPS & SILLONS\nLe magazine des agriculteurs du Centre\n"
        "Actualités | Cultures | Élevage | Marchés | Syndicalisme\nSyndicalisme > Mobilisation\n\n"
        "Les tracteurs bloquent le marché de Rungis au lendemain du périphérique\n\n"
        "Par Bertrand Lefeuvre\n\n"
        "Au lendemain de l'opération sur le périphérique parisien, environ 250 tracteurs ont "
        "bloqué les principaux accès du marché de Rungis, dans le Val-de-Marne, ce mardi matin.\n\n"
        "Les camions de livraison se sont retrouvés immobilisés devant les barrières du marché.\n",
        "Les tracteurs bloquent le marché de Rungis au lendemain du périphérique",
    ),
    "ru-menu.txt": (
        "ТехноВестник\nНовости Гаджеты Мобильные Наука Игры\nНовости / Мобильные\n\n"
        "Смартфон Vega 9 поступил в продажу: у магазина в Стокгольме очередь\n\n"
        "Автор: Артём Ковалев\n\n"
        "Флагманский смартфон Vega 9 в пятницу поступил в продажу в Швеции и Норвегии. У "
        "фирменного магазина к открытию собралась очередь примерно из 250 человек.\n\n"
        "Цена Vega 9 в Швеции — 12 990 крон, сообщила компания.\n",
        "Смартфон Vega 9 поступил в продажу: у магазина в Стокгольме очередь",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_furniture_above_the_headline_is_never_the_title(tmp_path: Path, name: str) -> None:
    text, headline = PAGES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert article_from(path).title == headline


def test_a_masthead_in_capitals_is_the_outlet_its_dateline_cites(tmp_path: Path) -> None:
    path = tmp_path / "en-masthead.txt"
    path.write_text(PAGES["en-masthead.txt"][0], encoding="utf-8")
    assert article_from(path).outlet == "Northern Wire Desk"


def test_menus_and_mastheads_are_told_from_headlines() -> None:
    assert is_menu_line("Новости Гаджеты Мобильные Наука Игры")
    assert is_menu_line("News World Business Sport Culture")
    assert not is_menu_line("Business Leaders Slam Tax Plan")  # an English headline in title case
    assert not is_menu_line("Фермеры перекрыли кольцевую дорогу Лиона")
    assert is_masthead("NORTHERN WIRE DESK")
    assert not is_masthead("FLOODS KILL 12 IN SPAIN")


VEGA_9 = "The Vega 9 costs 12,990 kronor. Skarp says the Vega 9 lasts two days on a charge."
VEGA_8 = "The Vega 8 now costs 10,490 kronor. The Vega 8 launched a year ago in Stockholm."


@pytest.mark.parametrize(
    "title",
    [
        "Skarp unveils Vega 9 flagship at Stockholm event",
        "Skarp представила флагман Vega 9 на презентации в Стокгольме",
        "瑞典手机厂商Skarp在斯德哥尔摩发布旗舰机Vega 9",
        "Skarp Vega 9 ufficiale: presentato a Stoccolma il nuovo top di gamma",
    ],
)
def test_a_model_named_again_in_the_text_is_read_in_every_language(title: str) -> None:
    assert named_models(title, VEGA_9) == ("model.vega:9",)


def test_an_older_model_is_another_occurrence() -> None:
    launch = typed_facts("Skarp unveils Vega 9 flagship at Stockholm event", VEGA_9)
    price_cut = typed_facts("Skarp宣布Vega 8降价2500瑞典克朗", VEGA_8)
    assert "model.vega" in fact_conflicts(launch, price_cut)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Tornano in Italia 27 reperti trafugati", "Tornano in Italia 27 reperti: un cratere."),
        ("Алжир и Италия подписали в Риме 11 документов", "В Риме 11 документов подписали."),
        ("Over 100 dead as storm hits on June 15", "Over 100 dead. June 15 was a Monday."),
        ("Storm Kills 12 People in Spain", "The storm kills 12 people. Kills 12 again."),
        ("Hurricane grows to Category 4", "Category 4 winds; Category 4 again."),
    ],
)
def test_counts_dates_and_scale_steps_are_no_model(title: str, text: str) -> None:
    assert named_models(title, text) == ()


TUAPSE = [  # one refinery, as reports in four scripts name it (headline, lead)
    ("Drone strike sets Russia's Tuapse refinery ablaze", "Drones hit the refinery overnight."),
    ("Дрони атакували Туапсинський НПЗ", "Уночі дрони атакували завод."),
    ("Пожар на НПЗ в Туапсе потушен", "Пожар на заводе потушен к утру."),
    ("حريق في مصفاة توابسي الروسية", "اندلع حريق في المصفاة بعد هجوم."),
    ("حمله پهپادی به پالایشگاه توآپسه روسیه", "پهپادها به پالایشگاه حمله کردند."),
    ("俄罗斯图阿普谢炼油厂遭无人机袭击起火", "无人机袭击炼油厂。"),
]


@pytest.mark.parametrize(("title", "lead"), TUAPSE)
def test_one_refinery_is_read_in_every_script(title: str, lead: str) -> None:
    assert any(f.startswith("site") for f in typed_facts(title, lead))


@pytest.mark.parametrize(("one", "other"), [(0, 1), (1, 2), (0, 3), (2, 4), (3, 4)])
def test_reports_of_one_refinery_agree_across_languages_and_alphabets(one: int, other: int) -> None:
    facts = typed_facts(*TUAPSE[one]), typed_facts(*TUAPSE[other])
    assert not any(k.startswith("site") for k in fact_conflicts(*facts))


def test_another_refinery_of_the_region_is_another_attack() -> None:
    afipsky = typed_facts(
        "Беспилотники атаковали Афипский НПЗ, на насосной станции возник пожар",
        "В ночь на понедельник беспилотники атаковали Афипский нефтеперерабатывающий завод.",
    )
    assert "site" in fact_conflicts(typed_facts(*TUAPSE[2]), afipsky)
    assert "site" in fact_conflicts(typed_facts(*TUAPSE[0]), afipsky)  # across alphabets
    krasnodar = typed_facts("هجوم بمسيرات على مصفاة كراسنودار", "هاجمت مسيرات المصفاة.")
    assert "site" in fact_conflicts(typed_facts(*TUAPSE[3]), krasnodar)


def test_an_owner_named_in_the_headline_meets_the_place_in_the_lead() -> None:
    by_owner = typed_facts(
        "Drones hit Lukoil refinery overnight",
        "Drones hit Lukoil's Volgograd refinery overnight, the governor said. More later.",
    )
    by_place = typed_facts("Fire at Volgograd refinery after drone attack", "A fire broke out.")
    assert not any(k.startswith("site") for k in fact_conflicts(by_owner, by_place))


@pytest.mark.parametrize(
    "title",
    [
        "Drones hit a Russian refinery",
        "Российский НПЗ остановлен",
        "Атакован НПЗ в Краснодарском крае",
        "俄罗斯炼油厂遭袭",
        "Drones hit refinery in Texas",
    ],
)
def test_a_country_or_a_region_is_no_refinery_name(title: str) -> None:
    assert site_facts(title) == ()
