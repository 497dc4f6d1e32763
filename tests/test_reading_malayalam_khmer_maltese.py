"""Reading Malayalam, Khmer and Maltese scrapes (issue 14, session 36).

A Khmer scraper's first line writes its own colon and digits (``ទាញយកនៅ៖
២០៣២-០៣-២៦ ១០:៤០``), so the retrieval day five weeks on was read as the
publication date; Malayalam month names with vowel signs (``മേയ്``, ``ജൂൺ``)
were too short by letters to be taken from dateparser's data; Maltese puts
``ta'`` between a day and its month (``27 ta' Novembru 2033``); file-photo
labels (``ഫയൽ ചിത്രം:``, ``រូបឯកសារ៖``, ``Ritratt tal-arkivju:``) opened the
lead; and a Khmer headline, written without spaces between words, counted as
two words and lost to the photo caption. Lines written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.api import article_from
from storyline.text.clean.rules import is_caption, word_count
from storyline.text.dates import find_publication_date, labelled_machine_stamp, match_date


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("ទាញយកនៅ៖ ២០៣២-០៣-២៦ ១០:៤០", True),  # Khmer: its colon and digits
        ("ശേഖരിച്ചത്: 2030-06-25 11:30", True),
        ("Miġbur: 2034-01-20 09:45", True),
        ("تاریخ دریافت: ۲۰۳۲-۰۳-۲۶ ۱۰:۴۰", True),  # Persian digits
        ("Published: 2032-03-26 10:40", False),  # a page's own time
    ],
)
def test_a_scraper_stamp_in_any_digits_is_no_publication_date(line: str, found: bool) -> None:
    assert (labelled_machine_stamp(line) is not None) is found


def test_khmer_retrieval_line_is_not_the_publication_date() -> None:
    text = (
        "ទាញយកនៅ៖ ២០៣២-០៣-២៦ ១០:៤០\n"
        "ទំព័រដើម › ព័ត៌មានជាតិ › សៀមរាប\n"
        "ភ្លើងឆេះផ្ទះល្វែងបីខ្នងនៅក្រុងបាត់ដំបង\n"
        "សៀមរាប៖ អគ្គិភ័យបានឆាបឆេះផ្ទះល្វែងបីខ្នង កាលពីយប់ថ្ងៃអង្គារ។\n"
    )
    assert find_publication_date(text, "km") is None


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("2031 മേയ് 11, ഞായർ | രാത്രി 9:40 IST", "ml", "2031-05-11"),
        ("2030 ജൂൺ 25", "ml", "2030-06-25"),
        ("Il-Ħadd, 27 ta' Novembru 2033 | 11:05", "mt", "2033-11-27"),
        ("It-Tlieta, 3 ta’ Mejju 2033", "mt", "2033-05-03"),
    ],
)
def test_malayalam_and_maltese_dates(text: str, lang: str, iso: str) -> None:
    found = match_date(text, lang)
    assert found is not None and found[0].iso.startswith(iso)


@pytest.mark.parametrize(
    "line",
    [
        "ഫയൽ ചിത്രം: പെരിന്തൽമണ്ണ ജില്ലാ ആശുപത്രി. ഫോട്ടോ: സ്വന്തം ലേഖകൻ",
        "រូបឯកសារ៖ ផ្សារចាស់ក្រុងបាត់ដំបង។ រូបថត៖ អ្នកយកព័ត៌មាន",
        "រូបថត៖ អ្នកយកព័ត៌មាន",
        "Ritratt tal-arkivju: Il-Port il-Kbir. Ritratt: Il-Gazzetta",
    ],
)
def test_file_photo_labels_are_captions(line: str) -> None:
    assert is_caption(line)


def test_a_khmer_headline_counts_its_words() -> None:
    assert word_count("ភ្លើងឆេះផ្ទះល្វែងបីខ្នងនៅក្រុងបាត់ដំបង") >= 3
    assert word_count("ภาษาไทย") == 1  # a short run is one word
    assert word_count("Fire guts market") == 3


def test_khmer_headline_under_a_byline_and_caption(tmp_path: Path) -> None:
    page = tmp_path / "km-report.txt"
    page.write_text(
        "ទាញយកនៅ៖ ២០៣២-០៤-០៣ ០៨:១៥\n"
        "ទំព័រដើម › ព័ត៌មានជាតិ › បាត់ដំបង\n"
        "មន្ត្រីពន្លត់អគ្គិភ័យចុះត្រួតពិនិត្យផ្សារណាត់ រកឃើញខ្សែភ្លើងគ្រោះថ្នាក់\n"
        "ដោយ៖ សុខ ចាន់\n\n"
        "រូបឯកសារ៖ ផ្សារណាត់ក្រុងបាត់ដំបង។ រូបថត៖ អ្នកយកព័ត៌មាន\n\n"
        "បាត់ដំបង៖ កាលពីព្រឹកថ្ងៃច័ន្ទ ក្រុមមន្ត្រីការិយាល័យបង្ការ និងពន្លត់អគ្គិភ័យ "
        "បានចុះត្រួតពិនិត្យសុវត្ថិភាពអគ្គិភ័យនៅផ្សារណាត់ ដែលមានស្តង់ប្រមាណ ៩០០។\n\n"
        "ក្រុមការងារបានរកឃើញខ្សែភ្លើងរញ៉េរញ៉ៃ និងធុងហ្គាសនៅក្នុងផ្នែកលក់ម្ហូបអាហារ "
        "ហើយបានណែនាំឱ្យអាជីវករជួសជុលក្នុងរយៈពេលមួយសប្តាហ៍។\n",
        encoding="utf-8",
    )
    article = article_from(page)
    assert article.title == "មន្ត្រីពន្លត់អគ្គិភ័យចុះត្រួតពិនិត្យផ្សារណាត់ រកឃើញខ្សែភ្លើងគ្រោះថ្នាក់"
    assert "រូបឯកសារ" not in article.text
    assert article.published is None


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("15 юни 2031 г.", "bg", "2031-06-15"),
        ("3. јул 2030.", "sr", "2030-07-03"),
        ("12. maí 2032", "is", "2032-05-12"),
        ("১১ মে ২০৩১", "bn", "2031-05-11"),
        ("11 మే 2031", "te", "2031-05-11"),
        ("11 ಮೇ 2031", "kn", "2031-05-11"),
    ],
)
def test_short_whole_month_names(text: str, lang: str, iso: str) -> None:
    # a whole name a letter shorter than before; not an abbreviation ("юн" of "юни")
    found = match_date(text, lang)
    assert found is not None and found[0].iso.startswith(iso)


def test_a_month_abbreviation_stays_out() -> None:
    from storyline.text.dates.tables import language_months

    assert "юн" not in language_months("bg") and "மார்" not in language_months("ta")
