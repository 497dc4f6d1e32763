"""Month names CLDR writes with a preposition (Occitan ``d’octòbre``, Corsican ``di marzu``).

A date line reads ``Dimars 15 d'octòbre de 2047 | 18:45``: the preposition belongs to the
date, not to the month's name, and a page whose date line went unread took it as its
headline.
"""

from __future__ import annotations

import pytest

from storyline.api import article_from
from storyline.text.dates import is_date_line
from storyline.text.dates.tables import language_months


@pytest.mark.parametrize(
    ("lang", "name", "month"),
    [("oc", "octòbre", 10), ("oc", "genièr", 1), ("an", "chinero", 1), ("co", "marzu", 3)],
)
def test_a_months_bare_name_is_known(lang: str, name: str, month: int) -> None:
    assert language_months(lang).get(name) == month


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Dimars 15 d'octòbre de 2047 | 18:45", "2047-10-15T18:45"),
        ("Dimars 15 d’octòbre de 2047", "2047-10-15"),
        ("31 de genièr de 2046", "2046-01-31"),
    ],
)
def test_an_occitan_date_line_is_read(line: str, iso: str) -> None:
    value = is_date_line(line, "oc")
    assert value is not None and value.iso.startswith(iso)


def test_the_date_line_is_no_headline(tmp_path) -> None:
    page = tmp_path / "oc-page.txt"
    page.write_text(
        "Acuèlh > Economia > Industria\n"
        "Dimars 15 d'octòbre de 2047 | 18:45\n\n"
        "Aerolanda suprimís 2 400 emplecs a Tolosa, Blanhac e Colomièrs\n\n"
        "L'entrepresa aeronautica Aerolanda a anonciat uèi la supression de 2 400 emplecs en "
        "França, la màger part dins sas usinas de Tolosa, de Blanhac e de Colomièrs. Es lo plan "
        "pus important dins l'aeronautica tolosana dempuèi dètz ans, çò dison los sindicats.\n\n"
        "Los sindicats an convocat una vaga per dijòus e demandan que l'Estat intervenga, "
        "perque las usinas de la region dependon totas de las comandas de l'entrepresa.\n",
        encoding="utf-8",
    )
    article = article_from(page)
    assert article.title is not None and article.title.startswith("Aerolanda suprimís")
    assert article.lang == "oc"
    assert article.published is not None and article.published.startswith("2047-10-15")
