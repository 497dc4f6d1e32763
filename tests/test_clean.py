"""Tests for scrape cleanup (storyline.text.clean and helpers)."""

from __future__ import annotations

from pathlib import Path

from storyline.text.clean import clean_scraped_text
from storyline.text.clean.dateline import (
    find_attribution,
    find_dateline,
    find_header_outlet,
    find_source_line,
    normalise_outlet,
)
from storyline.text.clean.rules import is_caption, is_section_label, is_trailer

FIXTURES = Path(__file__).parent / "fixtures" / "clean"

ARABIC = """الأحد 30 ديسمبر 2018

عربي ودولي

الأسد يسمح للعراق بضرب مواقع داعش داخل سوريا

القاهرة (رويترز) - قال مصدر حكومي عراقي يوم الأحد إن الرئيس السوري بشار الأسد سمح للطائرات العراقية بضرب مواقع تنظيم الدولة الإسلامية داخل الأراضي السورية.

وأضاف المصدر أن الحكومة العراقية يجب أن تبلغ الجانب السوري قبل أي هجوم.

صورة: الرئيس السوري بشار الأسد في دمشق

اترك تعليقاً

لن يتم نشر عنوان بريدك الإلكتروني.
"""

RUSSIAN = """Понедельник, 31 декабря 2018

Асад разрешил Ираку наносить удары по ИГ в Сирии

Москва, 30 декабря - РИА Новости. Президент Сирии Башар Асад разрешил иракским ВВС наносить удары по позициям боевиков на территории Сирии, сообщил в воскресенье источник.

Фото: РИА Новости

Ранее в пятницу иракские военные заявили о готовности к операции.

Оставить комментарий
"""

FRENCH = """31/12/2018

International

Assad autorise l'Irak à frapper l'EI en Syrie sans autorisation préalable

Publié le 30 décembre 2018 à 14h05

Paris, 30 décembre 2018 (AFP) - Le président syrien Bachar al-Assad a autorisé l'Irak à frapper les positions du groupe Etat islamique en Syrie, a indiqué dimanche une source gouvernementale.

Les frappes aériennes irakiennes pourront viser les jihadistes sans attendre l'accord de Damas.

Laisser un commentaire
"""


def test_english_noisy_scrape() -> None:
    c = clean_scraped_text((FIXTURES / "en_noisy.txt").read_text(encoding="utf-8"))
    assert c.title == "Flooding forces thousands from homes in southern Iraq"
    assert c.scraped_at == "2024-03-05T00:00:00+00:00"
    assert c.published is None and c.published_precision == "unknown"
    assert c.dateline_place == "Basra"
    assert c.outlet == "AP"
    assert len(c.captions) == 1 and c.captions[0].startswith("FILE PHOTO:")
    assert c.body.startswith("BASRA, Iraq (AP) — Heavy rain")
    assert c.body.endswith("civil defence directorate.")
    assert "Leave a Reply" not in c.body and "Middle East" not in c.body
    assert c.body.count("\n\n") == 2


def test_persian_attribution_and_blank_lines() -> None:
    c = clean_scraped_text((FIXTURES / "fa_attribution.txt").read_text(encoding="utf-8"))
    assert c.title == "سیل در جنوب ایران هزاران نفر را آواره کرد"
    assert c.outlet == "ISNA"
    assert c.scraped_at is None
    assert c.captions == ("عکس: ایسنا",)
    assert c.body.startswith("به گزارش ایسنا:")
    assert "ارسال نظر" not in c.body and "اجتماعی" not in c.body
    assert c.body.endswith("خبر داده بود.")


def test_arabic_dateline_and_trailer() -> None:
    c = clean_scraped_text(ARABIC)
    assert c.scraped_at == "2018-12-30T00:00:00+00:00"
    assert c.title == "الأسد يسمح للعراق بضرب مواقع داعش داخل سوريا"
    assert c.outlet == "Reuters"
    assert c.dateline_place == "القاهرة"
    assert c.captions == ("صورة: الرئيس السوري بشار الأسد في دمشق",)
    assert "اترك" not in c.body and "بريدك" not in c.body
    assert c.published is None


def test_russian_agency_dateline() -> None:
    c = clean_scraped_text(RUSSIAN)
    assert c.title == "Асад разрешил Ираку наносить удары по ИГ в Сирии"
    assert c.outlet == "RIA Novosti"
    assert c.dateline_place == "Москва"
    assert c.scraped_at == "2018-12-31T00:00:00+00:00"
    assert c.captions == ("Фото: РИА Новости",)
    assert c.body.endswith("готовности к операции.")


def test_french_published_line_and_dateline() -> None:
    c = clean_scraped_text(FRENCH, lang="fr")
    assert c.scraped_at == "2018-12-31T00:00:00+00:00"
    assert c.title.startswith("Assad autorise")
    assert c.published == "2018-12-30T14:05:00+00:00"
    assert c.published_precision == "minute"
    assert c.outlet == "AFP" and c.dateline_place == "Paris"
    assert "Publié" not in c.body and "Laisser" not in c.body


def test_dateline_date_gives_published_when_year_stated() -> None:
    text = "Headline about the strikes in Syria\n\nPARIS, 3 janvier 2019 (AFP) - Le texte commence ici."
    c = clean_scraped_text(text)
    assert c.published == "2019-01-03T00:00:00+00:00"
    assert c.dateline_place == "Paris"


def test_no_title_when_text_starts_with_paragraph() -> None:
    c = clean_scraped_text("The council met on Monday and agreed on a new budget for the city.")
    assert c.title is None
    assert c.body == "The council met on Monday and agreed on a new budget for the city."


def test_share_in_a_sentence_does_not_cut_article() -> None:
    paragraphs = [
        "Shares fell on Monday after the bank raised interest rates, traders said in London.",
        "Share this view? Many analysts do not, and they expect a rebound before the summer.",
        "The index closed lower for the third day running, its longest losing streak this year.",
    ]
    c = clean_scraped_text("Markets slide as rates rise again\n\n" + "\n\n".join(paragraphs))
    assert c.body == "\n\n".join(paragraphs)


def test_hard_wrapped_lines_are_joined() -> None:
    text = "Storm hits the northern coast overnight\n\nThe storm reached the coast\nlate on Sunday, officials said.\n"
    c = clean_scraped_text(text)
    assert c.body == "The storm reached the coast late on Sunday, officials said."


def test_byline_gives_author_and_date() -> None:
    text = "A headline with enough words\n\nBy Jane Doe | December 30, 2018\n\nThe body of the story starts here and continues."
    c = clean_scraped_text(text)
    assert c.author == "Jane Doe"
    assert c.published == "2018-12-30T00:00:00+00:00"
    assert c.body.startswith("The body")


def test_caption_and_trailer_rules_multilingual() -> None:
    for caption in [
        "Police at the scene. (AP Photo/Hassan Ammar)",
        "A soldier stands guard. AFP via Getty Images",
        "Photo: Ministry of Defence",
        "Фото: ТАСС",
        "图片来源：新华社",
        "صورة: أرشيفية",
    ]:
        assert is_caption(caption), caption
    assert not is_caption("The minister told AFP the talks had failed.")
    for trailer in [
        "发表评论",
        "Kommentar hinterlassen",
        "Deja una respuesta",
        "Yorum yap",
        "Share this:",
    ]:
        assert is_trailer(trailer), trailer
    assert not is_trailer(
        "Share prices rose by 3% on Monday, the biggest daily gain since March of last year."
    )
    assert is_section_label("سیاسی") and not is_section_label(
        "Assad greenlights Iraq strikes in Syria"
    )


def test_dateline_variants() -> None:
    d = find_dateline("DAMASCUS, Syria (AP) — Syrian troops advanced.")
    assert (d.place, d.outlet) == ("Damascus", "AP")
    d = find_dateline("MOSCOW, Dec 30 (Reuters) - Russia said.")
    assert (d.place, d.outlet, d.date_text) == ("Moscow", "Reuters", "Dec 30")
    d = find_dateline("WASHINGTON — The president said.")
    assert (d.place, d.outlet) == ("Washington", None)
    assert find_dateline("He said (quietly) - nothing at all.") is None
    assert find_attribution("به گزارش خبرگزاری فارس، نیروهای عراقی وارد شدند.")[0] == "Fars News"
    assert find_attribution("according to local residents, nothing happened") is None
    assert normalise_outlet("«رويترز»") == "Reuters"


def test_date_line_under_title_is_published_and_leaves_the_body() -> None:
    text = (
        "Ministers sign a freight deal in the capital\n\n"
        "22 April 2025, 17:20 Baku time\n\n"
        "BAKU (Caspian Daily) - Three ministers signed a freight protocol on Tuesday, officials said."
    )
    c = clean_scraped_text(text)
    assert c.published == "2025-04-22T17:20:00+00:00" and c.scraped_at is None
    assert (c.dateline_place, c.outlet) == ("Baku", "Caspian Daily")
    assert c.body.startswith("BAKU (Caspian Daily)")


def test_labelled_arabic_date_lines_before_the_dateline() -> None:
    for label, expected in [
        ("نُشر في: الأحد 9 آذار/مارس 2025 - 13:05", "2025-03-09T13:05:00+00:00"),
        ("نُشر بتاريخ: 14/04/2025 - 19:45", "2025-04-14T19:45:00+00:00"),
        ("تاريخ النشر: 16 مارس 2025 - 10:15 بتوقيت غرينتش", "2025-03-16T10:15:00+00:00"),
    ]:
        text = (
            "عنوان الخبر عن اتفاق جديد في المدينة\n\n"
            f"{label}\n\n"
            "البصرة (الصحيفة المحلية) - وقع الجانبان اتفاقاً جديداً يوم السبت في المدينة بحضور المحافظ."
        )
        c = clean_scraped_text(text, lang="ar")
        assert c.published == expected, label
        assert (c.dateline_place, c.outlet) == ("البصرة", "الصحيفة المحلية"), label
        assert label not in c.body


def test_leading_date_line_stays_the_scrape_date() -> None:
    text = "22 April 2025, 17:20 Baku time\n\nA headline about a freight deal\n\nBody text of the article goes here, officials said on Tuesday."
    c = clean_scraped_text(text)
    assert c.scraped_at == "2025-04-22T17:20:00+00:00" and c.published is None
    text = "Published: 22 April 2025\n\nA headline about a freight deal\n\nBody text of the article goes here."
    c = clean_scraped_text(text)
    assert c.scraped_at is None and c.published == "2025-04-22T00:00:00+00:00"


def test_byline_with_clock_words_keeps_the_author() -> None:
    text = "A headline about the quake in the east\n\nBy Meridian | 16 March 2025, 13:40 Baku time\n\nThe body of the story starts here and continues."
    c = clean_scraped_text(text)
    assert c.author == "Meridian" and c.published == "2025-03-16T13:40:00+00:00"


def test_chrome_line_with_a_date_is_not_the_title() -> None:
    text = "World | Tuesday 14 May 2024 | Share on Facebook\n\nCyclone forces evacuation along the coast\n\nDHAKA, May 14 (Wire) - Authorities evacuated people from coastal districts on Tuesday."
    c = clean_scraped_text(text)
    assert c.title == "Cyclone forces evacuation along the coast"
    assert c.published == "2024-05-14T00:00:00+00:00" and c.outlet == "Wire"


def test_site_header_gives_the_outlet_and_the_agency_is_a_source() -> None:
    body = "Nach dem schweren Erdbeben im Osten der Türkei ist die Zahl der Todesopfer gestiegen."
    c = clean_scraped_text(
        f"Der Morgenbote | Panorama\n\nErdbeben in der Osttürkei fordert Tote\n\n{body}"
    )
    assert c.outlet == "Der Morgenbote" and c.title == "Erdbeben in der Osttürkei fordert Tote"
    assert "Morgenbote" not in c.body
    c = clean_scraped_text(
        f"Der Morgenbote | Panorama\n\nErdbeben in der Osttürkei\n\nISTANBUL (dpa) - {body}"
    )
    assert c.outlet == "Der Morgenbote"  # the masthead publishes; the agency is cited
    assert c.sources == ("dpa",)
    c = clean_scraped_text(
        f"Erdbeben in der Osttürkei fordert Tote\n\nDer Morgenbote | Panorama\n\n{body}"
    )
    assert c.outlet is None  # not the first line


def test_source_lines_give_the_outlet() -> None:
    body = (
        "Площадь природных пожаров в крае за двое суток выросла, сообщили в четверг в управлении."
    )
    c = clean_scraped_text(
        f"Площадь пожаров выросла до 18 тысяч гектаров\n\n{body}\n\nИсточник: Северный вестник"
    )
    assert c.outlet == "Северный вестник"
    c = clean_scraped_text(
        "森林火灾持续蔓延 边境加强防火\n\n发布时间：2025-04-09 16:30 来源：北疆日报\n\n"
        "据通报，森林火灾过火面积已达约1.5万公顷，当地已于8日宣布进入区域紧急状态。"
    )
    assert c.outlet == "北疆日报" and c.published == "2025-04-09T16:30:00+00:00"
    c = clean_scraped_text(f"Batteriefabrik in Spanien geplant\n\n{body}\n\n© Rheinische Post")
    assert c.outlet == "Rheinische Post"


def test_unknown_agency_keeps_its_agency_word() -> None:
    found = find_attribution("به گزارش خبرگزاری پارس‌نگار، زمین‌لرزه‌ای رخ داد.")
    assert found is not None and found[0] == "خبرگزاری پارس‌نگار"
    assert find_attribution("به گزارش خبرنگار ایسنا، باران بارید.")[0] == "ISNA"
    assert find_header_outlet("Der Morgenbote | Panorama") == "Der Morgenbote"
    assert find_header_outlet("Wer zahlt - Politik und Geld im Streit um den Haushalt") is None
    assert find_source_line("Source: he told us nothing, he said.") is None


def test_arabic_and_persian_datelines_are_never_titles() -> None:
    body = "قال مسؤول في وزارة الخارجية يوم الأحد إن المحادثات ستستأنف الأسبوع المقبل في القاهرة."
    c = clean_scraped_text(f"واشنطن - فلسطين اليوم\n\n{body}")
    assert c.title is None and c.body == body
    assert (c.dateline_place, c.outlet) == ("واشنطن", "Palestine Today")
    fa = "وزیر امور خارجه روز یکشنبه گفت که گفت‌وگوها هفته آینده در بغداد ادامه می‌یابد."
    c = clean_scraped_text(f"توافق تازه برای گفت‌وگو در بغداد\n\nالعالم - سوریه\n\n{fa}")
    assert c.title == "توافق تازه برای گفت‌وگو در بغداد"
    assert (c.dateline_place, c.outlet) == ("سوریه", "Al-Alam")


def test_cited_agencies_are_sources_not_the_outlet() -> None:
    body = (
        "قال مسؤول عراقي لوكالة أسوشيتد برس إن الطائرات ستضرب مواقع التنظيم داخل سوريا، "
        "وفقا لوكالة رويترز التي نقلت الخبر أيضا عن مصدر حكومي."
    )
    c = clean_scraped_text(f"العراق يضرب مواقع داعش في سوريا\n\n{body}")
    assert c.outlet is None
    assert c.sources == ("AP", "Reuters")
    page = (FIXTURES / "page_en.txt").read_text(encoding="utf-8")
    c = clean_scraped_text(page)
    assert c.outlet == "Harbour Daily" and c.sources == ("Reuters",)
