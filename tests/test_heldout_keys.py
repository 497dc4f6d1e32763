"""General fixes found with the held-out corpus (issue 14): numbers in CJK text, weekdays
with a part of the day, a dateline on its own first line."""

from __future__ import annotations

from storyline.link.textkeys import number_keys
from storyline.text.clean import clean_scraped_text
from storyline.text.dates.relative import stated_weekdays


def test_numbers_written_against_ideographs_are_numbers() -> None:
    zh = "埃及央行11月19日宣布，将隔夜存款利率下调200个基点至19%，主要操作利率下调至19.5%。"
    assert {"200", "19", "19.5"} <= number_keys(zh)
    assert number_keys("伊拉克队以2比1逆转") == {"2"}  # 1 is below min_value
    # a letter before a digit still makes a code, not a count
    assert number_keys("Airbus A320 and F16 jets, 2,000 troops") == {"2000"}


def test_chinese_large_units_read_as_the_other_languages_write_them() -> None:
    assert {"500"} <= number_keys("设立5亿美元联合投资公司") & number_keys("$500 million fund")
    assert {"61000"} <= number_keys("约有6.1万名观众") & number_keys("a crowd of 61,000")
    assert "5" not in number_keys("设立5亿美元联合投资公司")


def test_weekday_with_a_part_of_the_day() -> None:
    assert stated_weekdays("Maç cuma akşamı Basra'da oynandı.", "tr") == (4,)
    assert stated_weekdays("Anlaşma salı sabahı imzalandı.", "tr") == (1,)
    assert stated_weekdays("Das Finale am Freitagabend endete 2:1.", "de") == (4,)
    assert stated_weekdays("Donnerstagmorgen senkte die Notenbank den Leitzins.", "de") == (3,)
    assert stated_weekdays("Die Bank kommt am nächsten Freitag zusammen.", "de") == ()


def test_a_dateline_on_its_own_first_line_is_a_date_not_the_headline() -> None:
    raw = (
        "Le Caire, 19 novembre 2026\n\n"
        "La Banque centrale d'Égypte abaisse ses taux de 200 points de base\n\n"
        "Le comité de politique monétaire de la Banque centrale a décidé jeudi de réduire "
        "ses taux directeurs de 200 points de base, à 19 % pour les dépôts au jour le jour."
    )
    cleaned = clean_scraped_text(raw, "fr")
    assert cleaned.title == "La Banque centrale d'Égypte abaisse ses taux de 200 points de base"
    assert cleaned.published is not None and cleaned.published.startswith("2026-11-19")
    arabic = clean_scraped_text(
        "القاهرة، 19 نوفمبر 2026\n\nالبنك المركزي يخفض الفائدة\n\n"
        "قررت لجنة السياسة النقدية للبنك المركزي المصري خفض أسعار الفائدة 200 نقطة أساس اليوم.",
        "ar",
    )
    assert arabic.title == "البنك المركزي يخفض الفائدة"
    assert arabic.published is not None and arabic.published.startswith("2026-11-19")


def test_a_headline_may_end_in_a_dotted_abbreviation() -> None:
    raw = (
        "ЦБ Египта снизил ключевые ставки на 200 б.п.\n\n"
        "Центральный банк Египта в четверг, 19 ноября, снизил ставку по депозитам овернайт "
        "на 200 базисных пунктов – до 19%, ставку по кредитам овернайт – до 20%."
    )
    assert clean_scraped_text(raw, "ru").title == "ЦБ Египта снизил ключевые ставки на 200 б.п."
    # a line that ends a sentence is still no headline
    assert (
        clean_scraped_text("He said it was over.\n\n" + raw, "ru").title != "He said it was over."
    )


def test_a_report_scraped_weeks_before_a_story_began_cannot_join_it() -> None:
    import json

    from storyline.link.decide import link_keys
    from storyline.link.timing import text_days, time_evidence

    kw = dict(quiet_days=7.0, quiet_margin=0.2, unknown_margin=0.1, year_margin=0.25)
    keys = link_keys("Bank holds rates", "The bank held rates on Thursday.", "en",
                     scraped_at="2026-10-04T00:00:00+00:00")  # fmt: skip
    assert json.loads(keys)["s"] == "2026-10-04"
    stated = text_days(keys)
    assert "../2026-10-04" in stated
    ev = time_evidence(None, [], "2026-11-19", "2026-11-20", stated=stated, **kw)
    assert ev.gap == 45.0 and ev.margin == 0.35 and "scraped 2026-10-04" in ev.note
    # scraped days after the story began (the seeds' 2024 scrape of a 2018 report): no bound
    late = time_evidence(None, [], "2018-12-30", "2018-12-31", stated=["../2024-11-07"], **kw)
    assert late.gap is None and "scraped" not in late.note
    # without a scrape date, as before
    assert "scraped" not in json.loads(link_keys(None, "x", "en")).get("s", "")
