"""Reading fixed after the forty-seventh and forty-eighth held-out corpora.

- Breton dates put ``a viz`` ("of the month") between the day and the month
  (``Yaou 27 a viz Ebrel 2045``).
- Sotho as Lesotho prints it: ``Loetse`` (September), ``Labobeli`` (Tuesday), ``Tšitoe``
  (December), besides CLDR's South African spelling (``Lwetse``, ``Labobedi``).
- Esperanto days carry the ordinal ending ``-a`` (``-an`` in the accusative):
  ``ĵaŭdo, la 14-a de septembro 2045``.
- A breadcrumb is never hard-wrapped into the line under it: a date line in lower case
  (``štwórtk, 14. měrca 2047``, Upper Sorbian) under a site's path had been joined to it and
  read as the headline, and the page had no publication date.

Dates and pages written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.text.clean import clean_scraped_text
from storyline.text.dates import is_date_line, match_date


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("Yaou 27 a viz Ebrel 2045 | 18:42", "br", "2045-04-27"),
        ("d'ar Sadorn 3 a viz Here 2044", "br", "2044-10-03"),
        ("12 Gwengolo 2046", "br", "2046-09-12"),  # without "a viz"
        ("Labobeli, 18 Loetse 2046 | 16:05", "st", "2046-09-18"),
        ("Mokibelo, 5 Tšitoe 2045", "st", "2045-12-05"),
        ("2 Pherekhong 2047", "st", "2047-01-02"),
        ("18 Lwetse 2046", "st", "2046-09-18"),  # CLDR's spelling still read
        ("štwórtk, 14. měrca 2047 | 11:20", "hsb", "2047-03-14"),
        ("ĵaŭdo, la 14-a de septembro 2045 | 17:05", "eo", "2045-09-14"),
        ("lundon, la 3-an de junio 2047", "eo", "2047-06-03"),
        ("7 oktobro 2046", "eo", "2046-10-07"),
    ],
)
def test_breton_sotho_sorbian_and_esperanto_dates(line: str, lang: str, day: str) -> None:
    found = match_date(line, lang)
    assert found is not None and found[0].iso[:10] == day


def test_an_esperanto_date_line_is_a_date_line() -> None:
    found = is_date_line("ĵaŭdo, la 14-a de septembro 2045 | 17:05", "eo")
    assert found is not None and found.iso.startswith("2045-09-14T17:05")


BODY_HSB = (
    "Budyšin – Łužiski Hłós\n\n"
    "Zawod za elektriske wozydła w Budyšinje je w lěće 2046 wjace přewozował a mjenje "
    "zasłužił, dokelž su nowe tramwaje za Drježdźany so zapozdźili.\n\n"
    "Předsyda předewzaća je na zhromadźiznje w Budyšinje wo nowych dźěłowych městnach "
    "rěčał a přilubił, zo wostanje zawod w Łužicy."
)


def test_a_date_line_under_a_breadcrumb_is_not_wrapped_into_it() -> None:
    text = (
        "Start › Hospodarstwo › Łužica\n"
        "štwórtk, 14. měrca 2047 | 11:20\n\n"
        "Zawod w Budyšinje ma mjenje dobytka\n\n" + BODY_HSB
    )
    c = clean_scraped_text(text, "hsb")
    assert c.title == "Zawod w Budyšinje ma mjenje dobytka"
    assert c.published is not None and c.published.startswith("2047-03-14")


def test_a_wrapped_line_is_still_joined() -> None:
    text = (
        "Zawod w Budyšinje ma mjenje dobytka\n\n"
        "Zawod za elektriske wozydła w Budyšinje je w lěće 2046 wjace přewozował\n"
        "a mjenje zasłužił, dokelž su nowe tramwaje so zapozdźili.\n\n" + BODY_HSB
    )
    c = clean_scraped_text(text, "hsb")
    assert "přewozował a mjenje zasłužił" in c.body
