"""A stop-word list the page's running text does not use is the wrong language's: not applied."""

from __future__ import annotations

from storyline.text.boilerplate import classify_lines
from storyline.text.clean import clean_scraped_text

# A Kazakh page (Cyrillic script, not Russian words), with a header, a caption and a body
# whose first paragraphs use no Russian stop words at all.
PAGE = [
    "Басты бет › Қоғам › Құрылыс",
    "Астанада Есіл өзені арқылы жаңа көпір ашылды",
    "Сейсенбі, 2046 жыл 12 маусым | 10:40",
    "Авторы: Айгүл Сәрсенова",
    "Архив фото: Есіл өзені жағалауы (Фото: Астана Үні)",
    "Астана – Астана Үні. Қаласында бүгін Есіл өзені арқылы өтетін жаңа жаяу жүргіншілер көпірі "
    "ашылды. Құрылыс екі жылға созылды, оған қырық миллион теңге жұмсалды. Көпір қаланың екі "
    "бөлігін жалғайды.",
    "Көпірдің ұзындығы үш жүз метр, ені алты метр. Қала әкімі салтанатты шараға қатысып, "
    "құрылысшыларға алғыс айтты.",
    "Тұрғындар да жаңа көпір арқылы сол жағалаудан оң жағалауға он минутта жетуге болатынын "
    "айтты, а балалар да қуанды.",
    "Тегтер: көпір, Астана",
]


def test_the_first_paragraphs_stay_under_another_languages_stop_words() -> None:
    """Read with Russian stop words (a guess of another language in the script), the body
    still starts at its first paragraph, not at the first line using a Russian word."""
    body = clean_scraped_text("\n\n".join(PAGE), "ru").body
    assert "Қаласында бүгін Есіл өзені" in body
    assert "Көпірдің ұзындығы үш жүз метр" in body


def test_running_text_in_the_lists_language_is_still_weighed() -> None:
    """Russian lines without Russian stop words are short; the list applies to a Russian page."""
    lines = [
        "Министр заявил, что переговоры возобновятся на следующей неделе в Осло.",
        "Он добавил, что стороны уже договорились о месте и о составе делегаций.",
        "Купить Продать Аренда Новостройки Вторичное жильё Ипотека Калькулятор Ещё",
    ]
    assert classify_lines(lines, "ru")[:2] == ["good", "good"]


# A Hindi page: its sentences end with a danda, its words carry vowel signs.
HINDI = [
    "होम / देश / राज्य",
    "पटना में गंगा पर बने पुल का एक हिस्सा गिरा, तीन मजदूर घायल",
    "संवाददाता, पटना",
    "पटना में गंगा नदी पर बन रहे नए पुल का एक हिस्सा मंगलवार सुबह गिर गया। हादसे में तीन मजदूर "
    "घायल हो गए, जिन्हें पास के अस्पताल में भर्ती कराया गया है।",
    "पुल निर्माण निगम ने काम रोककर तकनीकी टीम को जांच के लिए भेजा है।",
    "जिलाधिकारी ने मौके पर पहुंचकर राहत कार्य का जायजा लिया और कहा कि दोषियों पर कार्रवाई होगी।",
    "यह भी पढ़ें:",
    "- दिल्ली में मेट्रो का नया रूट शुरू",
    "- मुंबई में भारी बारिश से जनजीवन प्रभावित",
    "शेयर करें: WhatsApp | Facebook | X",
    "© पटना समाचार 2046. सर्वाधिकार सुरक्षित।",
]


def test_a_hindi_pages_body_is_whole_and_its_trailer_dropped() -> None:
    """Every body paragraph (the last one short, ending in a danda) stays; the related links,
    share row and copyright after it go."""
    body = clean_scraped_text("\n\n".join(HINDI), "hi").body
    for paragraph in HINDI[3:6]:
        assert paragraph in body
    assert "मेट्रो का नया रूट" not in body and "सर्वाधिकार" not in body
