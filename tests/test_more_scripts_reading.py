"""Reading in more languages (issue 14, session 40): a Uyghur date line, warnings in Uyghur,
Tatar and Malagasy, and sentences that open as background ("let us recall") in Russian,
Ukrainian, Tatar and Uyghur, whose years are another occurrence's. Texts written for these
tests, in Arabic (Uyghur), Cyrillic and Latin script."""

from __future__ import annotations

import pytest

from storyline.api import article_from
from storyline.link.aftermath import warning
from storyline.link.decide import fact_keys, link_keys
from storyline.text.dates import match_date
from storyline.text.dates.evidence import own_and_recalled_years


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2038-يىلى 12-ئاينىڭ 8-كۈنى، چارشەنبە | 13:25", "2038-12-08T13:25:00+00:00"),
        ("2037-يىلى 2-ئاينىڭ 17-كۈنى", "2037-02-17T00:00:00+00:00"),
        ("2037 - يىلى 2 - ئاي 17 - كۈنى", "2037-02-17T00:00:00+00:00"),
    ],
)
def test_a_uyghur_date_line_is_read(line: str, iso: str) -> None:
    found = match_date(line, "ug")
    assert found is not None and found[0].iso == iso


def test_a_uyghur_page_gets_its_publication_date(tmp_path) -> None:
    """An Uyghur page's date line under its headline is its publication date, not left
    undated (it had been: the report stood alone as an undated one)."""
    page = tmp_path / "ug-page.txt"
    page.write_text(
        "قۇمۇلدا قويۇق تۇماندا 36 ماشىنا سوقۇلۇشتى\n"
        "2038-يىلى 12-ئاينىڭ 8-كۈنى، چارشەنبە | 13:25\n\n"
        "بۈگۈن ئەتىگەن G30 تېز سۈرئەتلىك يولىدا قويۇق تۇمان سەۋەبىدىن 36 ماشىنا سوقۇلۇشۇپ كەتتى، "
        "يەتتە كىشى ھاياتىدىن ئايرىلدى، 22 كىشى يارىلاندى.\n",
        encoding="utf-8",
    )
    assert (article_from(page).published or "").startswith("2038-12-08")


@pytest.mark.parametrize(
    ("title", "is_warning"),
    [
        ("قۇمۇلدا قويۇق تۇمان ئاگاھلاندۇرۇشى: G30 يولىدا سۈرئەت چەكلەندى", True),
        ("Синоптиклар көчле җил турында кисәтү ясады", True),
        ("Nampitandrina ny mponina ny Jirama noho ny tariby mihantona", True),
        ("G30 يولىدا قويۇق تۇماندا 36 ماشىنا سوقۇلۇشتى", False),
        ("Яшел Үзән районына көчле өермә килде: җиде кеше һәлак булды", False),
    ],
)
def test_warnings_in_uyghur_tatar_and_malagasy_are_a_step_before(title: str, is_warning: bool) -> None:
    assert warning(title, "") is is_warning
    keys = link_keys(title, "", "en")
    assert ("act.followup:ahead" in fact_keys(keys)) is is_warning


@pytest.mark.parametrize(
    ("text", "lang", "own", "recalled"),
    [
        ("Пожар произошел в 2027 году. Напомним, в 2025 году там горела больница.", "ru",
         (2027,), (2025,)),
        ("Пожежа сталася у 2027 році. Нагадаємо, у 2025 році там горіла лікарня.", "uk",
         (2027,), (2025,)),
        ("Өермә узды. Искә төшерәбез, 2036 елның июнендә дә Васильевога өермә килгән иде.", "tt",
         (), (2036,)),
        ("36 ماشىنا سوقۇلۇشتى. 2035-يىلى 1-ئايدىمۇ مۇشۇ ئەتراپتا ئون نەچچە ماشىنا سوقۇلۇشقان.", "ug",
         (), (2035,)),
        ("36 ماشىنا سوقۇلۇشتى. ئەسلىتىپ ئۆتۈش كېرەككى، 2035-يىلىمۇ بۇ بۆلەكتە ۋەقە يۈز بەرگەن.", "ug",
         (), (2035,)),
    ],
)  # fmt: skip
def test_a_sentence_opening_as_background_recalls_its_years(
    text: str, lang: str, own: tuple[int, ...], recalled: tuple[int, ...]
) -> None:
    assert own_and_recalled_years(text, lang) == (own, recalled)


@pytest.mark.parametrize(
    ("line", "lang", "iso"),
    [
        ("آچر 18 جولاءِ 2038 | رات 9:40", "sd", "2038-07-18"),  # Sindhi, CLDR's month names
        ("Sişenbe, 14-nji maý 2041 | 23:10", "tk", "2041-05-14"),  # Turkmen, an ordinal day
        ("3-nji iýun 2039", "tk", "2039-06-03"),
        ("14 гыйнвар 2040", "tt", "2040-01-14"),
    ],
)
def test_dates_in_languages_dateparser_does_not_know(line: str, lang: str, iso: str) -> None:
    found = match_date(line, lang)
    assert found is not None and found[0].iso.startswith(iso)


def test_a_luxembourgish_scrape_line_is_not_the_publication_date(tmp_path) -> None:
    page = tmp_path / "lb-page.txt"
    page.write_text(
        "Ofgeruff den 02.05.2040 um 11:20 UTC\n"
        "Grousse Brand am P+R Luxexpo um Kierchbierg\n\n"
        "An engem vun de gréisste Parkhaiser vum Land ass en Dënschdeg de Moien e Feier "
        "ausgebrach, dat sech iwwer dräi Etagen ausgebreet huet.\n",
        encoding="utf-8",
    )
    assert article_from(page).published is None


@pytest.mark.parametrize(
    ("title", "is_warning"),
    [
        ("Lebapda doly we güýçli ýel boljakdygy barada duýduryş berildi", True),
        ("В Лебапском и Марыйском велаятах ожидаются град и сильный ветер", True),
        ("Hail expected in Lebap on Tuesday", True),
        ("Число погибших, как ожидается, вырастет", False),
        ("Lebapda ýumurtga ýaly doly ýagdy: iki adam öldi", False),
    ],
)
def test_forecasts_and_turkmen_warnings_are_a_step_before(title: str, is_warning: bool) -> None:
    assert warning(title, "") is is_warning
