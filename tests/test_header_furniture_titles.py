"""A scrape's header furniture never becomes its title or its publication date (issue 14).

Three kinds of header line that real scrapes carry, in several languages and
scripts: a tool's stamp (a label of any language, then a machine date-time),
a site path or section list (``»``, ``·``, ``—``), and a site name printed
above the headline that the page then repeats.
"""

from __future__ import annotations

import pytest

from storyline.text.clean import clean_scraped_text
from storyline.text.dates import find_labelled_date, labelled_machine_stamp
from storyline.text.dates.evidence import scrape_stamp

BODY = {
    "it": "Il museo ha restituito nove reperti all'Italia giovedì, tra cui un elmo etrusco "
    "che secondo gli investigatori proveniva da una tomba vicino a Vulci.",
    "fa": "شرکت هواپیمایی و سندیکای کارکنان روز شنبه قرارداد جمعی تازه‌ای امضا کردند و "
    "اعتصاب مهمانداران که از سه‌شنبه آغاز شده بود پایان یافت.",
    "ko": "식품의약품안전처는 14일 국내 기업이 개발한 호흡기세포융합바이러스 백신의 품목허가를 "
    "승인했다고 밝혔다. 60세 이상 성인이 접종 대상이다.",
    "ja": "【大樹】宇宙ベンチャーの航空宇宙会社は19日午前、小型ロケットを打ち上げたが、"
    "上昇中の約71秒後に機体が爆発し、打ち上げは失敗した。けが人はいないという。",
    "ru": "Клуб «Аль-Нахиль» объявил о переходе нападающего за 68 миллионов евро, "
    "контракт рассчитан на пять лет, сообщила пресс-служба клуба.",
    "ar": "دافع محافظ البنك المركزي اليوم الجمعة عن قرار خفض سعر الفائدة الذي اتخذه البنك أمس، "
    "وذلك خلال جلسة التدقيق البرلمانية السنوية في مقر البنك.",
    "fr": "Après sept heures de discussions au siège de l'organisation, les pays de l'alliance "
    "ont décidé de réduire leur production à partir de juillet, a annoncé le ministre.",
    "en": "The German cartel office cleared the takeover on Tuesday on condition that the "
    "buyer sells two plants in the east of the country within six months.",
}


@pytest.mark.parametrize(
    ("stamp", "lang", "title"),
    [
        ("Pagina salvata il 2025-01-14 09:51", "it", "Il museo di Denver restituisce nove reperti"),
        ("تاریخ دریافت: 2027-03-29 09:12", "fa", "اعتصاب چهار روزه کارکنان با توافق پایان یافت"),
        ("수집일시: 2027-11-09 10:02", "ko", "식약처, 국산 RSV 백신 첫 허가"),
        ("Archivkopie vom 2027-02-01 10:00", "ru", "«Аль-Нахиль» купил нападающего за 68 миллионов"),
    ],
)
def test_a_labelled_machine_stamp_is_a_scrape_date_never_the_title(
    stamp: str, lang: str, title: str
) -> None:
    cleaned = clean_scraped_text(f"{stamp}\n\n{title}\n\n{BODY[lang]}", lang)
    assert cleaned.title == title
    assert cleaned.published is None
    assert cleaned.scraped_at is not None and cleaned.scraped_at[:4] in ("2025", "2027")


@pytest.mark.parametrize(
    "line",
    ["Published: 2027-03-29 09:12", "تاریخ انتشار: 2027-03-29 09:12", "发布时间：2027-03-29 09:12",
     "Date: 2027-03-29 09:12", "Опубликовано 2027-03-29 09:12", "Updated 2027-03-29 09:12"],
)
def test_a_publication_label_before_a_machine_date_stays_the_publication_date(line: str) -> None:
    assert labelled_machine_stamp(line) is None
    assert scrape_stamp(line) is None
    assert find_labelled_date(line) is not None


def test_a_generic_date_label_qualified_by_another_word_is_no_publication_date() -> None:
    assert find_labelled_date("تاریخ دریافت: 2027-03-29 09:12\n\nخبر") is None
    assert find_labelled_date("Date retrieved 2027-03-29 09:12") is None


@pytest.mark.parametrize(
    ("crumb", "lang", "title"),
    [
        ("سفرنامه اقتصادی » حمل و نقل هوایی", "fa", "پایان اعتصاب سه روزه کارکنان هواپیمایی"),
        ("Eurobiz Daily · Industrials · Deals", "en", "German cartel office clears takeover with plant sales"),
        ("Футбольный курьер — Трансферы — Саудовская Аравия", "ru",
         "«Аль-Нахиль» купил нападающего за 68 миллионов евро"),
    ],
)
def test_a_site_path_or_section_list_is_not_the_title(crumb: str, lang: str, title: str) -> None:
    cleaned = clean_scraped_text(f"{crumb}\n\n{title}\n\n{BODY[lang]}", lang)
    assert cleaned.title == title
    assert crumb not in cleaned.body


def test_a_headline_with_dashes_is_still_a_headline() -> None:
    title = "Strike ends — flights resume — unions claim victory"
    cleaned = clean_scraped_text(f"{title}\n\n{BODY['en']}", "en")
    assert cleaned.title == title


def test_the_headline_a_page_repeats_wins_over_the_site_name_above_it() -> None:
    headline = "カゲロウ2号機、打ち上げ直後に爆発　そらみ3号失う　大樹町"
    raw = f"ホーム > 経済 > 宇宙ビジネス\n北海道日報デジタル\n\n{headline}\n\n{headline}\n\n{BODY['ja']}"
    cleaned = clean_scraped_text(raw, "ja")
    assert cleaned.title is not None and cleaned.title.split() == headline.split()
    assert not cleaned.body.startswith("カゲロウ")
    assert cleaned.body.startswith("【大樹】")


@pytest.mark.parametrize(
    ("banner", "crumb", "title", "lang"),
    [
        ("みなみ九州ニュース", "トップ ＞ 鹿児島 ＞ 災害・気象", "小型ロケット打ち上げ失敗 71秒後に爆発", "ja"),
        ("Eurobiz Daily", "Home > Industrials > Deals", "Cartel office clears cement takeover", "en"),
        ("Вести Центр", "Главная → Спорт → Футбол", "«Аль-Нахиль» купил нападающего", "ru"),
    ],
)
def test_the_site_name_above_a_breadcrumb_is_not_the_title(
    banner: str, crumb: str, title: str, lang: str
) -> None:
    cleaned = clean_scraped_text(f"{banner}\n{crumb}\n\n{title}\n\n{BODY[lang]}", lang)
    assert cleaned.title == title
    assert banner not in cleaned.body and crumb not in cleaned.body


@pytest.mark.parametrize(
    "stamp",
    [
        "Ngày lưu: 11/02/2025 17:48",  # Vietnamese: no label list knows it
        "Tarikh simpanan: 11/02/2025 17:48",
        "Sicherungszeitpunkt: 11.02.2025 17:48",
        "Αρχειοθέτηση: 2025-02-11T17:48 UTC",
        "Lưu trang 11/02/2025 17:48",  # no colon: a numeric date and a time end the line
        "Sayfa kopyası 11.02.2025 17:48",
    ],
)
def test_an_unknown_label_before_a_numeric_date_is_never_the_title(stamp: str) -> None:
    text = (
        f"{stamp}\n\nCorriere Tirreno\n\n"
        "Enac mette Aerovela in licenza provvisoria: tagliato un terzo dei voli\n\n"
        "L'Ente nazionale per l'aviazione civile ha posto la licenza di Aerovela su base "
        "provvisoria dopo mesi di ritardi nei pagamenti a fornitori e aeroporti, riducendo di "
        "un terzo il programma dei voli invernali della compagnia genovese."
    )
    cleaned = clean_scraped_text(text, "it")
    assert cleaned.title is not None and cleaned.title.startswith("Enac mette Aerovela")
    assert cleaned.published is None or cleaned.published.iso[:10] != "2025-02-11"


@pytest.mark.parametrize(
    ("stamp", "crumbs", "lang", "title", "body"),
    [
        (
            "Ngày truy cập: 15/09/2030 10:02",
            "Trang chủ > Pháp luật > An ninh trật tự",
            "vi",
            "Đà Nẵng: Nam thanh niên cầm dao cướp ngân hàng giữa ban ngày",
            "Khoảng 15h30 chiều thứ Năm, một nam thanh niên đi xe máy dừng trước phòng giao "
            "dịch ngân hàng trên đường Hùng Vương, tay cầm dao và xông thẳng vào quầy.",
        ),
        (
            "Ανακτήθηκε: 09/07/2027 12:31",
            "Αρχική > Αίγινα > Περιβάλλον και Πολιτισμός",
            "el",
            "Διαρροή μαζούτ από δεξαμενόπλοιο στα Σουβάλα",
            "Κηλίδα δύο χιλιομέτρων εντοπίστηκε τη Δευτέρα το απόγευμα στα ανοιχτά της Αίγινας, "
            "όταν έσπασε ένας σωλήνας κατά τη μετάγγιση καυσίμων.",
        ),
    ],
)
def test_a_path_from_a_link_home_under_a_scrape_stamp_is_no_title(
    stamp: str, crumbs: str, lang: str, title: str, body: str
) -> None:
    """Any breadcrumb mark after a link home (``Trang chủ``, ``Αρχική``) marks a site's path,
    even with crumbs of four words; the stamp above it is the scrape date."""
    cleaned = clean_scraped_text(f"{stamp}\n\n{crumbs}\n\n{title}\n\n{body}", lang)
    assert cleaned.title == title
    assert cleaned.published is None and cleaned.scraped_at is not None


@pytest.mark.parametrize(
    ("masthead", "crumb", "headline", "date_line", "lang"),
    [
        (
            "Budějovické listy",
            "Zprávy › Jižní Čechy › Temelín",
            "Temelín: první blok se po úniku páry automaticky odstavil",
            "čtvrtek 16. ledna 2031, 07:55 – aktualizováno 16:40",
            "cs",
        ),
        (
            "दैनिक हिमगिरि",
            "दैनिक हिमगिरि > उत्तराखंड > रुद्रप्रयाग",
            "रुद्रप्रयाग में तीर्थयात्रियों की बस खाई में गिरी, 21 की मौत",
            "26 मई 2030, 16:18",
            "hi",
        ),
    ],
)
def test_a_masthead_over_a_whole_page_header_is_not_the_title(
    masthead: str, crumb: str, headline: str, date_line: str, lang: str
) -> None:
    """A page's header of many lines (masthead, path, headline, date, byline, share bar,
    caption) is read as a whole page's, whose first line is usually its ``<title>``; a short
    first line with no separators is the site's masthead, and the headline is the first
    headline-like line under it (session 28: the masthead had become the title)."""
    body = " ".join(["Reaktor je v bezpečném stavu a radiační situace v okolí je normální."] * 4)
    text = "\n".join(
        [masthead, crumb, headline, date_line, "Autor: Lenka Hrubá", "Sdílet Facebook X E-mail",
         "Ilustrační foto", body, body]
    )
    assert clean_scraped_text(text, lang).title == headline


@pytest.mark.parametrize(
    ("masthead", "crumb", "headline", "date_line", "lang"),
    [
        (
            "Мировое обозрение — новости, аналитика, мнения",
            "Главная / В мире / Ближний Восток",
            "Взрыв метана на угольной шахте: погибли не менее 15 горняков",
            "4 октября 2050, 21:10",
            "ru",
        ),
        (
            "豊後新報 DIGITAL ｜ 大分の今を伝える",
            "ホーム ＞ ニュース ＞ 社会 ＞ 災害・防災",
            "大分で震度6強 7人死亡、3人不明 家屋倒壊相次ぐ",
            "2049年10月11日（月）19:52 更新",
            "ja",
        ),
        (
            "وكالة الشرق للأنباء الاقتصادية",
            "الرئيسية | اقتصاد عالمي | آسيا",
            "محافظ البنك المركزي يدافع أمام البرلمان عن خفض الفائدة",
            "الجمعة ١٥ أكتوبر ٢٠٤٩ | ١٣:٢٥",
            "ar",
        ),
    ],
)
def test_a_masthead_with_its_tagline_above_a_site_path_is_not_the_title(
    masthead: str, crumb: str, headline: str, date_line: str, lang: str
) -> None:
    """A whole page's first line may be the site's name and tagline (``Name — news,
    analysis``), not its ``<title>``; when a site's path follows it (a link home, then
    sections joined by ``/``, ``|`` or ``＞``), the headline is the first headline-like line
    after the path (session 58: four such mastheads had become titles)."""
    body = " ".join([BODY[lang]] * 3)
    text = "\n".join(
        [masthead, crumb, headline, date_line, "Автор: Андрей Соколов", "Поделиться", body, body]
    )
    assert clean_scraped_text(text, lang).title == headline


@pytest.mark.parametrize(
    ("lines", "title", "lang"),
    [
        (
            ["LE COURRIER DES MARCHÉS", "Bourse · Matières premières · Entreprises · Patrimoine",
             "Accueil > Matières premières > Pétrole", "Lecture : 5 min"],
            "L'Opep+ s'entend à Vienne sur une baisse de la production",
            "fr",
        ),
        (
            ["خبر اقتصاد آنلاین", "صفحه اصلی / بین‌الملل / اروپا",
             "کد خبر: ۲۸۴۱۷۷ | زمان مطالعه: ۳ دقیقه"],
            "پایان اعتصاب چهار روزه کارکنان با توافق تازه",
            "fa",
        ),
        (
            ["ARCHIPELAGO WIRE", "Home > Asia-Pacific > Indonesia", "Reading time: 3 min"],
            "Cartel office clears cement takeover with conditions",
            "en",
        ),
    ],
)
def test_a_site_name_sections_and_reading_time_around_a_path_are_not_the_title(
    lines: list[str], title: str, lang: str
) -> None:
    """A site's name, a list of its sections, its path (a link home first) and a reading
    time above the headline: none is the title, and the reading time is no line of the body
    (session 58: the site's name or the reading time had become the title)."""
    text = "\n".join(lines) + f"\n\n{title}\n\n{BODY[lang]}\n\n{BODY[lang]}"
    cleaned = clean_scraped_text(text, lang)
    assert cleaned.title == title
    assert all(line not in cleaned.body for line in lines)
