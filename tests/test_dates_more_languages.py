"""Dates in Greek, Dutch, Vietnamese, Indonesian, Romanian and Czech, and scrapers' stamps in
more languages (issue 14, session 27).

A Greek page's own date line (``Τρίτη 20 Νοεμβρίου 2029, 19:40``) and a Dutch one
(``do 9 mrt 2028, 14:52``) went unread, so their reports were undated; a scraper's
first line in Greek, Vietnamese or Persian (``Ανακτήθηκε:``, ``Ngày truy cập:``,
``تاریخ بازدید:``, weeks after publication) was read as the publication date. Lines
written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.api import article_from
from storyline.text.dates import match_date
from storyline.text.dates.evidence import scrape_stamp


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("Τρίτη 20 Νοεμβρίου 2029, 19:40", "el", "2029-11-20T19:40"),
        ("τον Σεπτέμβριο του 2017, στις 3 Σεπτεμβρίου 2017", "el", "2017-09-03"),
        ("ΑΘΗΝΑ, 5 ΜΑΪΟΥ 2028", "el", "2028-05-05"),
        ("do 9 mrt 2028, 14:52 • Bijgewerkt 18:30", "nl", "2028-03-09T14:52"),
        ("op 17 oktober 2029", "nl", "2029-10-17"),
        ("Selasa, 12 Maret 2030 14:05", "id", "2030-03-12T14:05"),
        ("Sáng ngày 20 tháng 11 năm 2029", "vi", "2029-11-20"),
        ("Thứ Tư, 11/6/2031 - 23:45", "vi", "2031-06-11T23:45"),
        ("marți, 4 martie 2031", "ro", "2031-03-04"),
        ("14 října 2027", "cs", "2027-10-14"),
    ],
)
def test_dates_in_more_languages(text: str, lang: str, iso: str) -> None:
    found = match_date(text, lang)
    assert found is not None and found[0].iso.startswith(iso)


@pytest.mark.parametrize(
    "text",
    ["Elle a reçu 3 des enfants blessés", "Er waren 3 leden aanwezig", "Il y a 12 des 40 ministres"],
)
def test_short_words_of_other_languages_are_no_months(text: str) -> None:
    assert match_date(text, "fr") is None and match_date(text, "nl") is None


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("Ανακτήθηκε: 09/07/2027 12:31", "el", "2027-07-09"),
        ("Ngày truy cập: 15/09/2030 10:02", "vi", "2030-09-15"),
        ("تاریخ بازدید: ۱۴۱۰/۰۴/۱۸ - ۰۹:۱۵", "fa", "2031-07-09"),
        ("Geraadpleegd op 12 maart 2028", "nl", "2028-03-12"),
        ("Opgehaald: 12-03-2028 10:00", "nl", "2028-03-12"),
        ("Hämtad 2028-03-12", "sv", "2028-03-12"),
    ],
)
def test_scrapers_stamps_in_more_languages(line: str, lang: str, day: str) -> None:
    stamp = scrape_stamp(line, lang)
    assert stamp is not None and stamp.iso.startswith(day)


def test_a_greek_scrape_line_is_not_the_publication_date(tmp_path) -> None:
    path = tmp_path / "el.txt"
    path.write_text(
        "Ανακτήθηκε: 09/07/2027 12:31\n\n"
        "Διαρροή μαζούτ από δεξαμενόπλοιο στα Σουβάλα\n\n"
        "Κηλίδα δύο χιλιομέτρων εντοπίστηκε τη Δευτέρα το απόγευμα στα ανοιχτά της Αίγινας, "
        "όταν σπάστηκε ένας σωλήνας κατά τη μετάγγιση καυσίμων από το δεξαμενόπλοιο. Το "
        "Λιμενικό Σώμα έστειλε δύο σκάφη αντιρρύπανσης και η κηλίδα περιορίστηκε μέχρι το βράδυ.\n",
        encoding="utf-8",
    )
    article = article_from(path)
    assert article.lang == "el" and article.published is None


def test_a_dutch_date_line_under_the_headline_dates_the_report(tmp_path) -> None:
    path = tmp_path / "nl.txt"
    path.write_text(
        "Home › Regio › Staphorst\n\n"
        "Meisje uit Staphorst overleden aan gevolgen van mazelen\n\n"
        "Door Marieke Zwiers\n"
        "do 9 mrt 2028, 14:52 • Bijgewerkt 18:30\n\n"
        "Een vijfjarig meisje uit Staphorst is donderdagochtend vroeg in het ziekenhuis in Zwolle "
        "overleden aan de gevolgen van mazelen. Dat hebben de gemeente en de GGD bekendgemaakt. "
        "Het is de eerste mazelendode in Nederland in ruim tien jaar.\n",
        encoding="utf-8",
    )
    article = article_from(path)
    assert article.lang == "nl" and (article.published or "").startswith("2028-03-09")
