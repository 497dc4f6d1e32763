"""A scraper's stamp under the headline, and a masthead the dateline cites (session 56).

Scrapers write their stamp on a page's first line, or under the breadcrumb,
headline and source line they copied (``抓取时间：2042-11-20 14:05`` as the fourth
line): it is when the page was kept, never when it came out, and an upper bound
of its publication the linker reads (a report kept in 2042 cannot tell a 2046
verdict). A first line naming the outlet its dateline cites (``L'Écho de Brienne –
Défense & Industrie`` above ``PARIS, 19 octobre (L'Écho de Brienne) –``) is the
site's masthead, not the headline. Lines written for these tests, in four scripts.
"""

from __future__ import annotations

import pytest

from storyline.api import article_from
from storyline.text.clean import clean_scraped_text

PAGES = {
    "zh": (
        "葡语世界网 > 葡萄牙 > 社会\n\n里斯本法院宣判黄金签证造假案 七人获刑\n\n来源：葡语世界网\n\n"
        "抓取时间：2042-11-20 14:05\n\n葡语世界网讯　里斯本中央刑事法院周四对黄金签证造假案作出判决，"
        "9名被告中7人被判有罪。该案主犯被判处7年有期徒刑。\n\n法院认定，该团伙为约300名外国投资者"
        "伪造房产评估报告。",
        "抓取时间",
    ),
    "en": (
        "Ravi Chronicle | National\n\nPakistan frees 184 Indian fishermen\n\nBy Staff Reporter\n"
        "Retrieved 2043-11-19 08:40 UTC\n\nLAHORE - Pakistan on Thursday freed 184 Indian "
        "fishermen held in Karachi's Malir jail and handed them over at the Wagah border.\n\n"
        "The fishermen had completed their sentences, officials said.",
        "Retrieved",
    ),
    "it": (
        "Home › Politica › Esteri\n\nAlla Farnesina i ministri preparano il vertice\n\n"
        "di Redazione Esteri\n\nRecuperato il: 2045-12-19 10:12 UTC\n\nROMA – Tutto pronto per il "
        "vertice intergovernativo di domani, ha detto il ministro degli Esteri ai giornalisti.\n\n"
        "Sono pronti undici accordi, ha aggiunto il ministro.",
        "Recuperato",
    ),
    "ru": (
        "Главная / Общество\n\nСуд в Лиссабоне вынес приговор по делу о визах\n\n"
        "Дата обращения: 12.06.2046\n\nЛИССАБОН, 23 мая — Суд приговорил бывшего замглаву "
        "миграционной службы к девяти годам и шести месяцам заключения.\n\nЗащита обжалует приговор.",
        "Дата обращения",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_stamp_under_the_headline_is_the_scrape_date_not_text(lang: str, tmp_path) -> None:
    text, label = PAGES[lang]
    cleaned = clean_scraped_text(text, lang)
    assert cleaned.scraped_at is not None
    assert label not in cleaned.body
    path = tmp_path / f"{lang}-page.txt"
    path.write_text(text, encoding="utf-8")
    article = article_from(path)
    assert article.published is None  # a scrape, never the publication
    assert article.scraped_at is not None and article.scraped_at[:4] in text
    assert label not in (article.title or "")


def test_a_labelled_publication_line_under_the_headline_is_no_scrape() -> None:
    text = (
        "World\n\nCourt convicts eleven in visa case\n\nPublished: 2046-05-23 16:40\n\n"
        "LISBON - A Lisbon court on Wednesday convicted eleven people in a visa bribery case."
    )
    assert clean_scraped_text(text, "en").scraped_at is None


def test_a_masthead_the_dateline_cites_is_no_headline() -> None:
    text = (
        "L'Écho de Brienne – Défense & Industrie\n\n"
        "Paris et Berlin signent l'accord sur le char du futur\n\n"
        "Par Maxime Keller\n\nPARIS, 19 octobre (L'Écho de Brienne) – Les ministres de la "
        "Défense français et allemand ont signé vendredi l'accord sur le char du futur.\n\n"
        "La cérémonie s'est tenue à l'hôtel de Brienne."
    )
    cleaned = clean_scraped_text(text, "fr")
    assert cleaned.title == "Paris et Berlin signent l'accord sur le char du futur"
    assert cleaned.outlet == "L'Écho de Brienne"


def test_a_headline_with_a_dash_is_still_the_headline() -> None:
    text = (
        "Brienne - les ministres signent l'accord\n\nPARIS, 19 octobre (AFP) – Les ministres "
        "ont signé vendredi l'accord sur le char du futur à l'hôtel de Brienne."
    )
    assert clean_scraped_text(text, "fr").title == "Brienne - les ministres signent l'accord"
