"""A scraper's stamp under a label in any language, and a photo caption a page prints twice,
are never a report's title or its publication date (session 29).

Scrapes in Bulgarian and Urdu began with ``Изтеглено: 18.10.2027 г., 09:40`` and
``محفوظ کیا گیا: 12 دسمبر 2031، 10:22`` (labels no list here knows), which became the
title; a caption printed twice (``تصویر: ...``, ``Снимка: ...``) was taken for the page's
repeated headline. Texts written for these tests, in four scripts.
"""

from __future__ import annotations

import pytest

from storyline.api import article_from
from storyline.text.clean import clean_scraped_text
from storyline.text.dates.evidence import scrape_stamp

BODY = {
    "bg": "Археолози откриха съкровище от 14 сребърни съда в могила край Шипка, съобщи "
    "ръководителят на разкопките в четвъртък. Находките са от V век пр. Хр.",
    "ur": "لاہور میں اسموگ نے پیر کے روز تمام ریکارڈ توڑ دیے اور پنجاب حکومت نے صوبے کے "
    "اٹھارہ اضلاع میں ایمرجنسی نافذ کرنے کا اعلان کیا۔",
    "fi": "Estlink 2 -kaapeli katkesi keskiviikkona Suomenlahdella, kertoi Fingrid. "
    "Rajavartiolaitos pysäytti rahtilaivan, jonka ankkuri oli laskettuna.",
}


@pytest.mark.parametrize(
    ("lang", "stamp", "title"),
    [
        ("bg", "Изтеглено: 18.10.2027 г., 09:40", "Сребърно съкровище откриха край Шипка"),
        ("ur", "محفوظ کیا گیا: 12 دسمبر 2031، 10:22", "لاہور میں اسموگ کا نیا ریکارڈ"),
        ("fi", "Noutettu: 18.12.2031 klo 09.40", "Estlink 2 -kaapeli katkesi Suomenlahdella"),
    ],
)
def test_a_first_line_stamp_under_any_label_is_the_scrape_date(
    lang: str, stamp: str, title: str
) -> None:
    text = f"{stamp}\n\n{title}\n\n{BODY[lang]}\n"
    cleaned = clean_scraped_text(text, lang)
    assert cleaned.title == title
    assert cleaned.scraped_at is not None and cleaned.published is None
    assert stamp not in cleaned.body


def test_a_publication_label_on_the_first_line_is_no_scrape_stamp() -> None:
    assert scrape_stamp("Published: 2 March 2027", "en", any_label=True) is None
    assert scrape_stamp("Julkaistu: 2.3.2027 klo 10.15", "fi", any_label=True) is None
    # a sentence with a colon and a date is no label
    line = "The ministers met in Baku and agreed on the corridor: 2 March 2027"
    assert scrape_stamp(line, "en", any_label=True) is None


CRUMB = {"ur": "ہوم / پاکستان / لاہور", "bg": "Начало / Регион / Казанлък"}
MORE = {
    "ur": "محکمہ تحفظ ماحولیات کے ترجمان کے مطابق شہر کے کئی علاقوں میں حد نگاہ سو میٹر "
    "سے کم رہی اور پارکوں کو بھی بند کر دیا گیا ہے۔",
    "bg": "Съдовете са били заровени в яма до входа на гробницата, която е ограбена още в "
    "древността, каза ръководителят на експедицията.",
}


@pytest.mark.parametrize(
    ("lang", "caption", "title"),
    [
        ("ur", "تصویر: مال روڈ پر صبح کے وقت اسموگ میں لپٹی گاڑیاں۔ فوٹو: پنج دریا",
         "لاہور میں اسموگ کا نیا ریکارڈ، اسکول ایک ہفتے کے لیے بند"),
        ("bg", "Снимка: Златният венец минути след изваждането му. Снимка: „Розова долина днес“",
         "Златно съкровище откриха в тракийска могила край Шипка"),
    ],
)  # fmt: skip
def test_a_caption_printed_twice_is_not_the_repeated_headline(
    tmp_path, lang: str, caption: str, title: str
) -> None:
    more = MORE[lang]
    text = f"{CRUMB[lang]}\n\n{title}\n\n{BODY[lang]}\n\n{caption}\n\n{more}\n\n{caption}\n"
    path = tmp_path / f"{lang}-report.txt"
    path.write_text(text, encoding="utf-8")
    article = article_from(path)
    assert article.title == title
    assert caption not in article.text


def test_a_thai_page_header_is_furniture_not_body() -> None:
    """A Thai date line ends in ``น.`` (o'clock), not a sentence; ``โดย`` signs the report and
    a bar of share buttons names its platforms: none of them is the report's text."""
    text = (
        "ข่าวเมืองกรุง\n"
        "หน้าแรก > ข่าวกรุงเทพฯ > จราจร\n"
        "ถนนพระราม 4 ทรุดเป็นหลุมยักษ์ กลืนรถยนต์ 2 คัน\n"
        "เผยแพร่: 16 ก.ย. 2574 10:35 น. | ปรับปรุง: 16 ก.ย. 2574 17:20 น.\n"
        "โดย ทีมข่าวเมืองกรุง\n"
        "แชร์ Facebook | LINE | X | คัดลอกลิงก์\n\n"
        "เมื่อเวลาประมาณ 06.10 น. วันนี้ (16 ก.ย.) ได้รับแจ้งเหตุถนนทรุดตัวเป็นหลุมขนาดใหญ่บนถนนพระราม 4 "
        "ฝั่งขาเข้า บริเวณใกล้ศูนย์การประชุมแห่งชาติสิริกิติ์ เขตคลองเตย กรุงเทพฯ "
        "จึงประสานเจ้าหน้าที่มูลนิธิป่อเต็กตึ๊ง และสำนักป้องกันและบรรเทาสาธารณภัย กทม. รุดไปตรวจสอบ\n\n"
        "ที่เกิดเหตุพบพื้นถนนยุบตัวเป็นหลุมยาวราว 30 เมตร กว้างประมาณ 18 เมตร ลึกประมาณ 12 เมตร\n"
    )
    cleaned = clean_scraped_text(text, "th")
    assert cleaned.title == "ถนนพระราม 4 ทรุดเป็นหลุมยักษ์ กลืนรถยนต์ 2 คัน"
    assert cleaned.published is not None and cleaned.published.startswith("2031-09-16")
    assert cleaned.body.startswith("เมื่อเวลาประมาณ")
    assert cleaned.author == "ทีมข่าวเมืองกรุง"


@pytest.mark.parametrize(
    "line",
    ["แชร์ Facebook | LINE | X | คัดลอกลิงก์", "Jaa: Facebook | X | WhatsApp",
     "Сподели: Facebook | Viber | Email", "شیئر کریں: فیس بک | X | WhatsApp"],
)  # fmt: skip
def test_a_bar_of_share_buttons_in_any_language_is_noise(line: str) -> None:
    from storyline.text.clean.rules import is_noise

    assert is_noise(line)
    assert not is_noise("Meta's Facebook | earnings beat forecasts for a third quarter")


@pytest.mark.parametrize(
    ("lang", "line", "iso"),
    [
        ("hr", "Preuzeto: 14.10.2029. u 09:12", "2029-10-14"),
        ("sw", "Imehifadhiwa: 21/09/2027 saa 4:10 asubuhi", "2027-09-21"),
        ("bn", "সংগ্রহের তারিখ: ২৬/১১/২০২৭, ১০:১৫", "2027-11-26"),
        # session 30: a Tamil label ends in a vowel sign, a word for the morning before the time
        ("ta", "சேமித்த நாள்: 05/01/2028 காலை 11:20", "2028-01-05"),
        ("lt", "Išsaugota: 2028-11-14 15:02", "2028-11-14"),
    ],
)
def test_scrapers_stamps_in_croatian_swahili_and_bengali(lang: str, line: str, iso: str) -> None:
    value = scrape_stamp(line, lang, any_label=True)
    assert value is not None and value.iso.startswith(iso)


@pytest.mark.parametrize(
    "line",
    ["Kruzer Aurelia Serena na vezu u luci Gruž (Foto: Jadranski puls)",
     "Puto la hewa likipaa juu ya mbuga ya Serengeti alfajiri. (Picha ya maktaba)",
     "Arhivska fotografija: kruzer u dolasku u luku", "ছবি: চট্টগ্রাম বন্দরের বহির্নোঙরে একটি জাহাজ",
     # session 30: a credit under a one-word label in any language, a Lithuanian credit
     "மீனவர்கள் திமிங்கலங்களை மீண்டும் கடலுக்குள் தள்ளுகின்றனர். (படம்: கடலோசை)",
     "ესკალატორი მეტროსადგურ მარჯანიშვილზე (ფოტო: ქალაქის ამბები)",
     "Meteoritas, pramušęs garažo stogą. (Žinių srauto nuotr.)",
     # session 31: Mongolian and Kazakh labels (a Mongolian caption printed twice had been
     # taken for the headline)
     "Зураг: Говийн нутагт шороон шуурга (архив)", "Сурет: Мақтаарал ауданындағы егістік"],
)  # fmt: skip
def test_photo_captions_in_more_languages(line: str) -> None:
    from storyline.text.clean.rules import is_caption

    assert is_caption(line)
    assert not is_caption("The minister said the photo (taken in 2019) was not hers and left.")
    body = (  # a paragraph, not a caption, may end in a note in parentheses
        "Consumer prices rose 4.1% in May from a year earlier, the fastest pace since the "
        "spring of 2023, driven by food and energy, while core inflation eased slightly to "
        "3.2% as services prices cooled for a third month in a row (Source: Istat)"
    )
    assert not is_caption(body)


def test_a_title_is_never_a_caption_with_its_credit() -> None:
    """A Tamil report's photo caption, ``(படம்: கடலோசை)`` at its end, above the headline was
    taken for the title (session 30)."""
    title = "மணப்பாடு கடற்கரையில் 84 திமிங்கலங்கள் கரை ஒதுங்கின"
    text = (
        f"{title}\n\nமீனவர்கள் திமிங்கலங்களை கடலுக்குள் தள்ளுகின்றனர். (படம்: கடலோசை)\n\n"
        "தூத்துக்குடி மாவட்டம் மணப்பாடு கடற்கரையில் சனிக்கிழமை அதிகாலை 84 திமிங்கலங்கள் கரை "
        "ஒதுங்கின. மீனவர்கள் அவற்றை மீண்டும் கடலுக்குள் தள்ள முயன்றனர்.\n"
    )
    cleaned = clean_scraped_text(text, "ta")
    assert cleaned.title == title
    assert "படம்" not in cleaned.body and any("படம்" in c for c in cleaned.captions)


def test_croatian_and_bengali_page_labels_date_a_report() -> None:
    from storyline.text.dates import find_labelled_date

    line = "Objavljeno: 24. srpnja 2032. u 11:52 | Ažurirano: 24. srpnja 2032. u 17:30"
    assert find_labelled_date(line, "hr").iso.startswith("2032-07-24T11:52")
    line = "প্রকাশ: মঙ্গলবার, ১১ মার্চ ২০৩১ | আপডেট: ২১:৪০"
    assert find_labelled_date(line, "bn").iso.startswith("2031-03-11")


def test_an_undeclared_urdu_scrape_is_cleaned_in_urdu(tmp_path) -> None:
    """A plain-text file declares no language: cleanup reads the stamp's Urdu month only when
    it knows the text is Urdu (``pipeline._cleanup_lang``)."""
    title = "اسموگ: لاہور ڈویژن میں اسکول چار دن کے لیے بند"
    path = tmp_path / "report.txt"
    path.write_text(
        f"محفوظ کیا گیا: 12 دسمبر 2031، 10:22\n\n{title}\n\n{BODY['ur']}\n\n{MORE['ur']}\n",
        encoding="utf-8",
    )
    article = article_from(path)
    assert article.lang == "ur" and article.title == title
    assert "محفوظ" not in article.text


def test_a_day_month_year_with_spaces_after_the_dots_is_read() -> None:
    """Slovenian, Czech and Croatian pages write ``12. 3. 2032``; a Slovenian scraper's
    ``Shranjeno: 12. 3. 2032 10:15`` was taken for the headline (session 32)."""
    from storyline.text.dates import match_date

    assert match_date("v soboto, 15. 2. 2031 ob 18.47", "sl")[0].iso.startswith("2031-02-15")
    assert match_date("Publikováno 3. 11. 2029", "cs")[0].iso.startswith("2029-11-03")
    stamp = scrape_stamp("Shranjeno: 12. 3. 2032 10:15", "sl", any_label=True)
    assert stamp is not None and stamp.iso.startswith("2032-03-12T10:15")
    title = "Padec kabine na Kobli: dva mrtva"
    body = (
        "Na smučišču Kobla nad Bohinjem je v soboto dopoldne z vrvi padla kabina nihalke. "
        "Umrla sta dva človeka, reševalci so iz obstalih kabin spustili 64 ljudi."
    )
    cleaned = clean_scraped_text(f"Shranjeno: 12. 3. 2032 10:15\n\n{title}\n\n{body}\n", "sl")
    assert cleaned.title == title and cleaned.published is None
    assert cleaned.scraped_at is not None and cleaned.scraped_at.startswith("2032-03-12")


def test_a_caption_ending_in_its_photo_credit_is_no_headline(tmp_path) -> None:
    """A Macedonian stock caption, ``... Фото: архива / Вардарски весник``, printed twice,
    was taken for the page's repeated headline (session 32)."""
    title = "Пожар кај Демир Капија, автопатот затворен шест часа"
    caption = "Пожар над автопатот кај Демир Капија. Фото: архива / Вардарски весник"
    body = (
        "Автопатот А1 помеѓу Демир Капија и Удово беше затворен шест часа во средата "
        "попладне поради пожар на падините над клисурата."
    )
    more = "Сообраќајот беше пренасочен преку Валандово, а редиците на возила се протегаа."
    path = tmp_path / "mk-report.txt"
    path.write_text(f"{title}\n\n{caption}\n\n{body}\n\n{caption}\n\n{more}\n", encoding="utf-8")
    article = article_from(path)
    assert article.title == title
    assert caption not in article.text
