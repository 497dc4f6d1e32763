"""The kind of natural hazard a report is about: an *area event* key.

A dust storm, an earthquake, a flood or a wildfire strikes a region over a
day or two, and reports written in different countries describe different
facets of it (school closures in Kuwait, dust in Khuzestan, flights grounded
in Baghdad) with few specific facts in common. What they share is the kind
of event, the day and the region. :func:`event_kinds` reads the kind from a
headline and lead, in the languages of the sample and the shared data (ar,
de, en, es, fa, fr, hi, id, it, ja, ko, pl, ru, tr, zh); :mod:`storyline.link.support`
combines it with the day and the places (:func:`area_event_match`).

Only hazards whose occurrence is fixed by its kind, region and day are
listed: no generic "storm", "fire", "attack", "strike" or "election" (two
strikes, fires or attacks in one country on one day are common).

Examples
--------
>>> event_kinds("Sandstorm grounds flights in Iraq", "en")
['dust']
>>> event_kinds("زلزال بقوة 5.9 درجة يضرب شرق تركيا", "ar")
['quake']
>>> event_kinds("گردوخاک عراقی خوزستان را تعطیل کرد", "fa")
['dust']
>>> event_kinds("Thieves steal two paintings from a Lyon museum", "en")
[]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "HEAD_CHARS",
    "HOME_COUNTRIES",
    "KINDS",
    "PLACE_KEYS",
    "area_keys",
    "event_kinds",
    "place_countries",
]

#: Entity key prefixes of places below a country (cities, provinces, regions).
PLACE_KEYS = ("geonames:", "region:")

#: The kind is read from the headline and this many characters of the text (its first
#: paragraph): a hazard named further down is context (last year's quake), not the event.
HEAD_CHARS = 300

#: The one country a language is the national language of (ISO codes, lower case): a
#: domestic report of a hazard names its town or county, not its own country (``의성 산불``,
#: a wildfire in Uiseong, in a Korean paper). Only where the language's readers are mostly in
#: that one country; Arabic, Chinese, English, French, Persian, Russian, Spanish, German,
#: Portuguese and Dutch are read in several.
HOME_COUNTRIES: dict[str, str] = {
    "ko": "kr", "ja": "jp", "it": "it", "pl": "pl", "tr": "tr", "el": "gr", "vi": "vn",
    "id": "id", "uk": "ua", "he": "il", "cs": "cz", "hu": "hu", "th": "th", "ro": "ro",
    "fi": "fi", "da": "dk", "bg": "bg", "hr": "hr", "sk": "sk", "sl": "si", "lt": "lt",
    "lv": "lv", "et": "ee", "ka": "ge", "hy": "am", "km": "kh", "my": "mm", "ne": "np",
    "si": "lk", "lo": "la", "mn": "mn", "is": "is", "nb": "no", "no": "no", "sv": "se",
}  # fmt: skip

#: Word stems per kind and language. A Latin/Cyrillic stem must start a word;
#: Arabic and Persian stems may follow the clitics و ف ب ل ك and the article ال;
#: Persian text is matched with its zero-width non-joiners removed (``زمین‌لرزه`` =
#: ``زمینلرزه``; spaced spellings are listed); Chinese stems match anywhere.
KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "quake": {
        "en": ("earthquake", "quake", "tremor", "aftershock"),
        "ar": ("زلزال", "زلازل", "هزة أرضية", "هزة ارضية", "الهزة الأرضية"),
        "fa": ("زلزله", "زمینلرزه", "زمین لرزه", "پسلرزه"),
        "ru": ("землетрясени", "подземн толчк", "подземные толчки", "афтершок"),
        "zh": ("地震", "余震"),
        "tr": ("deprem", "artçı sarsıntı", "zelzele"),
        "de": ("erdbeben", "nachbeben"),
        "fr": ("séisme", "seisme", "tremblement de terre", "tremblements de terre"),
        "es": ("terremoto", "sismo", "seísmo"),
        "it": ("terremoto", "sisma", "scossa di terremoto", "scosse di terremoto"),
        "pl": ("trzęsienie ziemi", "trzęsienia ziemi", "trzęsieniu ziemi"),
        "ja": ("地震", "余震"),
        "ko": ("지진", "여진"),
        "id": ("gempa", "lindu"),
        "hi": ("भूकंप",),
    },
    "dust": {
        "en": ("sandstorm", "sand storm", "dust storm", "duststorm"),
        "ar": ("عاصفة ترابية", "عواصف ترابية", "العاصفة الترابية", "عاصفة رملية", "غبار", "الغبار"),
        "fa": ("گردوخاک", "گرد و خاک", "ریزگرد", "طوفان شن", "توفان شن"),
        "ru": ("пыльн бур", "пыльная буря", "пыльной бури", "песчаная буря", "песчаной бури"),
        "zh": ("沙尘暴", "沙尘", "扬沙", "浮尘"),
        "tr": ("toz fırtına", "kum fırtına", "toz bulutu", "toz taşınım"),
        "de": ("sandsturm", "staubsturm", "sandstürm", "staubstürm"),
        "fr": ("tempête de sable", "tempêtes de sable", "tempête de poussière"),
        "es": ("tormenta de arena", "tormentas de arena", "tormenta de polvo"),
        "it": ("tempesta di sabbia", "tempeste di sabbia", "tempesta di polvere"),
        "pl": ("burza piaskowa", "burza pyłowa", "burzy piaskowej", "burzy pyłowej"),
        "ja": ("黄砂", "砂嵐"),
        "ko": ("황사", "모래폭풍"),
        "id": ("badai pasir", "badai debu"),
        "hi": ("धूल भरी आंधी", "रेतीला तूफान"),
    },
    "flood": {
        "en": ("flood", "flash flood", "inundat"),
        "ar": ("فيضان", "فيضانات", "سيول", "السيول"),
        "fa": ("سیل", "سیلاب", "سیلزده", "سیلزدگان", "آبگرفتگی"),
        "ru": ("наводнени", "паводк", "паводок", "подтоплени"),
        "zh": ("洪水", "洪灾", "水灾", "洪涝", "内涝"),
        "tr": ("sel ", "selde", "sel felaketi", "taşkın", "su baskın"),
        "de": ("hochwasser", "überschwemmung", "sturzflut"),
        "fr": ("inondation", "crue"),
        "es": ("inundaci", "riada", "crecida"),
        "it": ("alluvion", "inondazion", "esondazion"),
        "pl": ("powódź", "powodzi", "powodzie", "podtopien"),
        "ja": ("洪水", "浸水", "氾濫"),
        "ko": ("홍수", "침수", "범람"),
        "id": ("banjir",),
        "hi": ("बाढ़",),
    },
    "wildfire": {
        "en": ("wildfire", "forest fire", "bushfire", "brush fire"),
        "ar": ("حرائق الغابات", "حريق غابات", "حرائق غابات", "حريق الغابات"),
        "fa": ("آتشسوزی جنگل", "آتش سوزی جنگل", "آتشسوزی در جنگل", "حریق جنگل"),
        "ru": ("лесн пожар", "лесной пожар", "лесные пожары", "лесных пожар", "природн пожар"),
        "zh": ("山火", "森林火灾", "林火", "森林大火", "草原火灾"),
        "tr": ("orman yangın",),
        "de": ("waldbrand", "waldbränd", "buschfeuer", "flächenbrand"),
        "fr": ("feu de forêt", "feux de forêt", "incendie de forêt", "incendies de forêt"),
        "es": ("incendio forestal", "incendios forestales"),
        "it": ("incendio boschiv", "incendi boschiv"),
        "pl": ("pożar lasu", "pożary lasów", "pożar lasów", "pożarów lasów"),
        "ja": ("山火事", "森林火災", "林野火災"),
        "ko": ("산불",),
        "id": ("kebakaran hutan", "karhutla"),
        "hi": ("जंगल की आग", "जंगलों में आग"),
    },
    "volcano": {
        "en": ("volcan",),
        "ar": ("بركان", "البركان", "ثوران"),
        "fa": ("آتشفشان", "آتش فشان"),
        "ru": ("вулкан", "извержени"),
        "zh": ("火山",),
        "tr": ("yanardağ", "volkan"),
        "de": ("vulkan",),
        "fr": ("volcan", "éruption"),
        "es": ("volcán", "volcan", "erupción"),
        "it": ("vulcan", "eruzion"),
        "pl": ("wulkan", "erupcj"),
        "ja": ("噴火", "火山"),
        "ko": ("화산", "분화"),
        "id": ("gunung api", "erupsi", "gunungapi"),
        "hi": ("ज्वालामुखी",),
    },
    "cyclone": {
        "en": ("hurricane", "typhoon", "cyclone", "tropical storm"),
        "ar": ("إعصار", "اعصار", "الإعصار"),
        "fa": ("گردباد", "تندباد استوایی", "هاریکن"),
        "ru": ("ураган", "тайфун", "циклон", "тропическ шторм"),
        "zh": ("台风", "飓风", "气旋", "热带风暴"),
        "tr": ("kasırga", "tayfun"),
        "de": ("hurrikan", "taifun", "zyklon", "wirbelsturm", "tropensturm"),
        "fr": ("ouragan", "typhon", "cyclone", "tempête tropicale"),
        "es": ("huracán", "tifón", "ciclón", "tormenta tropical"),
        "it": ("uragano", "tifone", "ciclone", "tempesta tropicale"),
        "pl": ("huragan", "tajfun", "cyklon", "burza tropikalna"),
        "ja": ("台風", "ハリケーン", "サイクロン"),
        "ko": ("태풍", "허리케인", "사이클론"),
        "id": ("topan", "siklon", "badai tropis"),
        "hi": ("चक्रवात",),
    },
}

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Languages whose stems match anywhere: no spaces between words (Chinese, Japanese), or
#: particles joined to the noun (Korean ``태풍이``).
_ANYWHERE = frozenset({"zh", "ja", "ko"})


def _fold(text: str, lang: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    if lang == "fa":  # ZWNJ and the spaces scrapers put in its place
        text = text.replace("\u200c", "").replace("ي", "ی").replace("ك", "ک")
    return re.sub(r"\s+", " ", text)


@lru_cache(maxsize=64)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for kind, table in KINDS.items():
        stems = table.get(lang, ())
        if not stems:
            continue
        # a stem of three letters or fewer is a whole word (سیل, not سیلو "silo"); not in Chinese
        alts = "|".join(
            re.escape(_fold(s, lang)) + ("(?!\\w)" if len(s) <= 3 and lang not in _ANYWHERE else "")
            for s in sorted(stems, key=len, reverse=True)
        )
        if lang in _ANYWHERE:
            pattern = f"(?:{alts})"
        elif lang in ("ar", "fa"):
            pattern = f"(?:^|(?<=[^\\w])|(?<=[\\s\\W][وفبلك])|(?<=[\\s\\W]ال)|(?<=[\\s\\W][وفبلك]ال))(?:{alts})"
        else:
            pattern = f"(?<!\\w)(?:{alts})"
        out.append((kind, re.compile(pattern)))
    return tuple(out)


def event_kinds(text: str, lang: str) -> list[str]:
    """The kinds of natural hazard ``text`` (a headline and lead) reports, sorted.

    ``lang`` picks the word list (its first two letters); a language
    without one gives ``[]``.

    Examples
    --------
    >>> event_kinds("Erdbeben in der Osttürkei", "de"), event_kinds("土耳其东部发生5.9级地震", "zh")
    (['quake'], ['quake'])
    >>> event_kinds("Лесные пожары в Забайкалье", "ru"), event_kinds("Irak'tan gelen toz fırtınası", "tr")
    (['wildfire'], ['dust'])
    >>> event_kinds("Le musée Delorme de Lyon cambriolé", "fr")
    []
    """
    base = (lang or "").split("-")[0].split("_")[0].lower()
    folded = _fold(text, base)
    return sorted({kind for kind, pattern in _patterns(base) if pattern.search(folded)})


@lru_cache(maxsize=1)
def place_countries() -> dict[str, str]:
    """The country (ISO code, lower case) of each gazetteer city: ``geonames:315808`` -> ``tr``.

    From ``data/gazetteer/place_countries.tsv`` (GeoNames' country codes,
    written by :mod:`storyline.entities.build` with the gazetteer).

    Examples
    --------
    >>> place_countries()["geonames:315808"]  # Elazığ
    'tr'
    """
    from importlib import resources

    path = resources.files("storyline") / "data" / "gazetteer" / "place_countries.tsv"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, code = line.partition("\t")
        if code:
            out[key] = code.strip().lower()
    return out


def area_keys(title: str | None, text: str, lang: str) -> dict[str, list[str]]:
    """Link keys of an area event: ``"k"`` kinds, ``"r"`` countries, ``"h"`` headline places.

    The kinds come from the headline and first :data:`HEAD_CHARS`
    characters; the countries (ISO codes, lower case) from the same text by
    the gazetteer (:func:`storyline.entities.extract_entities`, which knows
    ``تركيا`` and ``土耳其``, and the country of each city it names:
    :func:`place_countries`) and :func:`~storyline.link.textkeys.country_keys`,
    else the language's home country;
    ``"h"``: the places below a country that the headline names (floods in
    Henan and floods in Guangdong are two events). Nothing for a report of
    no hazard (its link keys stay as they were; the entity pass is skipped).

    Examples
    --------
    >>> area_keys("Sandstorm grounds flights in Iraq", "Dust also reached Kuwait.", "en")
    {'k': ['dust'], 'r': ['iq', 'kw'], 'h': []}
    >>> area_keys("Floods in Henan kill 12", "Rain fell for days in China.", "en")["h"]
    ['geonames:1808370']
    >>> area_keys("Lyon museum robbed", "Two paintings were stolen.", "en")
    {}

    A report in a language of one country that names no country is taken for a
    domestic one (:data:`HOME_COUNTRIES`); one in English is not:

    >>> area_keys("의성 산불 이틀째 확산", "주민 3천180명 대피", "ko")["r"]
    ['kr']
    >>> area_keys("Wildfire spreads for a second day", "3,180 evacuated.", "en")["r"]
    []
    """
    from storyline.entities import extract_entities
    from storyline.link.features import lang_key
    from storyline.link.textkeys import country_keys

    head = f"{title or ''}\n{text[:HEAD_CHARS]}"
    kinds = event_kinds(head, lang)
    if not kinds:
        return {}
    try:
        found = extract_entities(head, lang)
    except Exception:  # noqa: BLE001 - a key extractor must never stop linking
        found = []
    countries = {e.key.split(":", 1)[1].lower() for e in found if e.key.startswith("country:")}
    cities = place_countries()  # a report from Elazığ need not name Turkey
    countries |= {cities[e.key] for e in found if e.key in cities}
    in_title = {e.key for e in found if e.key.startswith(PLACE_KEYS) and e.end <= len(title or "")}
    countries |= country_keys(head, lang)
    home = HOME_COUNTRIES.get(lang_key(lang or ""))
    if not countries and home:  # a domestic report names no country: its language's
        countries.add(home)
    return {"k": kinds, "r": sorted(countries), "h": sorted(in_title)}
