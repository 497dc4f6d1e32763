"""A first line holding only a date: the scrape date, unless the report's stated weekday corroborates it."""

from __future__ import annotations

from storyline.article import RawDocument
from storyline.pipeline import prepare
from storyline.text.dates.evidence import scrape_date_is_publication

FA = (
    "۲۲ مهر ۱۴۰۵\n\n"
    "امضای ۱۴ سند همکاری میان ازبکستان و جمهوری آذربایجان در باکو\n\n"
    "به گزارش خزر نیوز، نخست‌وزیر ازبکستان که به باکو سفر کرده است، روز چهارشنبه با "
    "همتای آذربایجانی خود دیدار کرد و دو طرف ۱۴ سند همکاری امضا کردند.\n\n"
    "مهم‌ترین سند، توافق‌نامه تأسیس یک شرکت سرمایه‌گذاری مشترک با سرمایه ۵۰۰ میلیون دلار است."
)
AR = (
    "الثلاثاء 10 نوفمبر 2026\n\n"
    "تباطؤ التضخم السنوي في مدن مصر إلى 11.8% في أكتوبر\n\n"
    "القاهرة – أعلن الجهاز المركزي للتعبئة العامة والإحصاء، اليوم الثلاثاء، تراجع المعدل "
    "السنوي للتضخم العام في مدن مصر إلى 11.8% في أكتوبر الماضي، مقابل 12.6% في سبتمبر.\n\n"
    "وسجل التضخم الشهري 0.9%، مدفوعاً بارتفاع أسعار الخضروات واللحوم."
)
EN_SCRAPED = (
    "Tuesday, December 1, 2026\n\n"
    "Iraq edge Iran 2-1 in dramatic West Asian Championship final in Basra\n\n"
    "Basra (Gulf Sports Wire) - Ahmed Sabah scored deep into stoppage time on Friday as Iraq "
    "came from behind to beat Iran 2-1 in the final, sending a crowd of 61,000 into celebration.\n\n"
    "Iran took the lead after 31 minutes when Saeed Ezzati turned in a low cross from the left."
)
TR_NO_WEEKDAY = (
    "14.10.2026\n\n"
    "Özbekistan ile Azerbaycan arasında 14 anlaşma imzalandı\n\n"
    "Özbekistan Başbakanı Rustam Nazarov, Bakü'de Azerbaycan Başbakanı Elçin Memmedli ile "
    "görüştü. Görüşmenin ardından iki ülke arasında 14 belge imzalandı.\n\n"
    "İmzalanan belgeler arasında ortak yatırım şirketinin kurulmasına ilişkin anlaşma öne çıktı."
)


def _article(content: str):  # type: ignore[no-untyped-def]
    return prepare(RawDocument(origin="x.txt", content=content)).article


def test_a_first_line_date_the_stated_weekday_corroborates_is_the_publication_date() -> None:
    for content, day in ((FA, "2026-10-14"), (AR, "2026-11-10")):
        art = _article(content)
        assert (art.published or "")[:10] == day, art.lang
        assert art.published_precision == "day" and art.published_source == "text"


def test_a_first_line_date_stays_the_scrape_date_without_a_matching_weekday() -> None:
    # a Friday final scraped on a Tuesday (a scraper's English form: a weekday must corroborate)
    art = _article(EN_SCRAPED)
    assert art.published is None and (art.scraped_at or "")[:10] == "2026-12-01"


def test_the_weekday_must_be_the_lines_own_and_no_stated_day_after_it() -> None:
    lead = "The committee met on Wednesday and cut rates by 200 basis points."
    assert scrape_date_is_publication("2026-10-14", "Rates cut", lead, "en")  # Wednesday
    assert not scrape_date_is_publication("2026-10-15", "Rates cut", lead, "en")  # Thursday
    later = "The committee met on Wednesday, 21 October 2026, and cut rates."
    assert not scrape_date_is_publication("2026-10-14", "Rates cut", later, "en")
    assert not scrape_date_is_publication("not a date", "Rates cut", lead, "en")


def test_a_first_line_in_the_pages_own_form_is_the_publication_date_unless_contradicted() -> None:
    # no weekday in the report: the page's own form (numeric day first, Jalali) is enough
    art = _article(TR_NO_WEEKDAY)
    assert (art.published or "")[:10] == "2026-10-14" and art.published_source == "text"
    fa = "۱۵ دی‌ماه ۹۹\n\nدیدار وزیران ایران و عراق در تهران\n\n" + (
        "وزیران خارجه ایران و عراق در تهران دیدار و درباره همکاری‌های دوجانبه گفت‌وگو کردند."
    )
    assert (_article(fa).published or "")[:10] == "2021-01-04"
    # a page-form line over a report of other years, or of another weekday: a scrape date
    ru = "Среда, 12 ноября 2025\n\nЛесные пожары в Забайкалье\n\n" + (
        "ЧИТА – Площадь лесных пожаров в Забайкалье в апреле 2023 года превысила 20 тысяч гектаров."
    )
    art = _article(ru)
    assert art.published is None and (art.scraped_at or "")[:10] == "2025-11-12"
    ar = "الأحد، 9 تشرين الثاني 2025\n\nالعراق وإيران يوقعان مذكرة تفاهم\n\n" + (
        "بغداد - وقّع العراق وإيران، اليوم الثلاثاء، مذكرة تفاهم لكري شط العرب."
    )
    assert _article(ar).published is None
