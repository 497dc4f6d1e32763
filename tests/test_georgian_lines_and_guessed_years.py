"""Georgian lines are no wrapped lines, a year guessed long before a page's scrape is no
publication year, and a national occasion's anniversary is no look back on an event.

Georgian's letters are lower-case letters to Unicode, though the script has no capitals in
use: a page's headline, date line and byline, each on a line of its own, had been joined into
one paragraph under a breadcrumb taken for the headline. A year-less lead day (``on September
2``) with a weekday (``on Wednesday``) had been put in the year after the latest year the text
recalls even when the page was scraped years later. An amnesty "to mark the anniversary of
National Day" had been read as a report looking back on an event. A Mingrelian page's date
line, in Georgian months, had not been read: Mingrelian has no calendar data of its own.
"""

from __future__ import annotations

from pathlib import Path

from storyline.api import article_from
from storyline.link.aftermath import anniversary
from storyline.text.dates import parse_date
from storyline.text.dates.evidence import lead_date
from storyline.text.dates.tables import language_months

GEORGIAN = """მთავარი › საზოგადოება › შემთხვევა
ბათუმთან სასეირნო კატარღა „კოლხეთი“ გადატრიალდა: შვიდი ადამიანი დაიღუპა
კვირა, 13 აგვისტო 2045, 22:47
ავტორი: ნინო ხალვაში
დღეს საღამოს, დაახლოებით 18:40 საათზე, ბათუმის ბულვარიდან ორიოდე კილომეტრში სასეირნო კატარღა „კოლხეთი“ გადატრიალდა. ბორტზე 41 ადამიანი იმყოფებოდა.
სასაზღვრო პოლიციის ცნობით, წყლიდან 31 ადამიანი ამოიყვანეს, შვიდი დაიღუპა, სამის ძებნა კი ჯერ კიდევ გრძელდება.
"""


def test_a_georgian_page_keeps_its_headline_and_date_line_apart(tmp_path: Path) -> None:
    path = tmp_path / "ka.txt"
    path.write_text(GEORGIAN, encoding="utf-8")
    article = article_from(path)
    assert article.title == "ბათუმთან სასეირნო კატარღა „კოლხეთი“ გადატრიალდა: შვიდი ადამიანი დაიღუპა"
    assert article.published is not None and article.published.startswith("2045-08-13")
    assert "ავტორი" not in article.text.split("\n")[0]


def test_hard_wrapped_latin_lines_are_still_joined(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(
        "Ferry capsizes off Batumi\n\nA tour boat carrying 41 people capsized off\n"
        "the resort of Batumi on Sunday evening, the coast guard said.\n",
        encoding="utf-8",
    )
    assert "capsized off the resort of Batumi" in article_from(path).text


LEAD = (
    "HANOI - Vietnam's president has granted amnesty to 3,512 prisoners to mark National Day on "
    "September 2, the presidential office said on Wednesday. The last one, in 2042, freed 2,930 people."
)


def test_a_guessed_year_long_before_the_scrape_is_not_the_publication_year() -> None:
    assert lead_date(None, LEAD, "en").iso[:10] == "2043-09-02"  # the year after 2042: a Wednesday
    assert lead_date(None, LEAD, "en", scraped_at="2043-09-20T10:00:00+00:00").iso[:10] == "2043-09-02"
    assert lead_date(None, LEAD, "en", scraped_at="2047-10-14T06:30:00+00:00") is None


def test_a_national_occasion_s_anniversary_is_no_look_back() -> None:
    assert not anniversary(None, "The president pardoned 3,512 prisoners to mark the 102nd anniversary of National Day.")
    assert not anniversary(None, "أصدر الرئيس عفوا بمناسبة الذكرى الثانية بعد المئة لإعلان الاستقلال.")
    assert not anniversary(None, "Президент подписал указ в связи со 102-й годовщиной провозглашения независимости.")
    assert anniversary("One year on, Batumi boat victims remembered", "")
    assert anniversary(None, "В годовщину крушения катера жители возложили цветы.")


def test_mingrelian_dates_are_read_with_georgian_months() -> None:
    # Mingrelian has no calendar data of its own; its papers write Georgian month names
    assert parse_date("ობიშხა, 12 მარტი 2046 | 10:15", "xmf").iso == "2046-03-12T10:15:00+00:00"
    assert parse_date("12 მარტი 2046", "sva").iso[:10] == "2046-03-12"
    assert parse_date("12 მარტი 2046", "xx") is None  # no language's months: no date
    assert language_months("xmf") == language_months("ka")


MINGRELIAN = """ზუგდიდიშ ამბეფი › საზოგადოება

ზუგდიდს ახალ ხიდი გეხსნუ

ობიშხა, 12 მარტი 2046 | 10:15

ზუგდიდი – ზუგდიდიშ ამბეფი. ამდღა ზუგდიდს ენგურიშ ახალ ხიდი გეხსნუ. ხიდიშ სიგძე 240 მეტრი რე.
ქალაქიშ მერიქ თქუ, ნამდა ხიდიშ მშენებლობაქ 18 თუთა გეგნოჸუ.
"""


def test_a_mingrelian_page_takes_its_date_line(tmp_path: Path) -> None:
    path = tmp_path / "xmf.txt"
    path.write_text(MINGRELIAN, encoding="utf-8")
    article = article_from(path)
    assert article.published is not None and article.published.startswith("2046-03-12")
