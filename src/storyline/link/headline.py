"""Typed facts of a headline alone: the amount of money it states and the serial numbers it names.

Reports of one deal, fine, budget or transfer state its amount in the
headline, rounded or with add-ons (2.1 or 2.3 billion, 68 or 75 million), but
never a figure half or twice as large; a report of another deal by the same
actors (the club's next signing, the group's next takeover) states its own
amount in its headline and often restates the first one in its lead ("a week
after paying €68m"). So amounts are compared headline to headline only, and
two headlines conflict when every amount one states is more than
:data:`AMOUNT_RATIO` times larger or smaller than every amount the other states
(in the same currency, or where one names none).

Serial numbers of a named thing (``Sorami-4`` / ``Sorami-5``, ``Soyuz MS-25``,
``Su-35``) fix one occurrence the same way: the next satellite, mission or
model of a series has the next number. The name is keyed by its consonant
skeleton (:func:`storyline.entities.names.name_tokens`), so ``Sorami-4`` and
``سورامي-4`` are one key; only a name both headlines give is compared.

Examples
--------
>>> headline_facts("Al-Nakheel complete €68m signing of winger")
('amt:eur:68000000',)
>>> amount_conflict(headline_facts("Club pays €35m for striker"), headline_facts("€68m signing"))
True
>>> amount_conflict(headline_facts("Plant worth €2.1bn"), headline_facts("€2.3bn plant"))
False
>>> headline_facts("Kagerou-2 puts Sorami-4 satellite in orbit")
('model.kgr:2', 'model.srm:4')
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.entities.names import _skeleton, name_tokens_cached
from storyline.link.appointments import _title_case
from storyline.link.occurrence import _han_number, _ordinal_value
from storyline.link.textkeys import normalise_digits
from storyline.text.dates.tables import MONTHS, WEEKDAYS, fold_key

__all__ = [
    "AMOUNT_RATIO",
    "amount_conflict",
    "code_facts",
    "disease_facts",
    "headline_facts",
    "named_models",
]

AMOUNT_RATIO = 1.5
"""Two amounts further apart than this factor are not one amount reported twice."""

_NUM = r"\d+(?:[.,]\d+)?"

#: Scale words and their factor (millions and billions in the languages read; CJK counts
#: in ten-thousands and hundred-millions; 兆 is left out: 兆瓦 is a megawatt; Georgian and
#: Mingrelian ``მილიონი``, ``დოლარი`` since session 47).
_SCALES = {
    **dict.fromkeys(
        "m mn mln mio million millions millón millones millionen milioni milione milhões "
        "milhão milion miliona milionów млн миллион миллиона миллионов مليون ملايين میلیون "
        "milyon მილიონი მილიონ მლნ".split(),
        1e6,
    ),
    **dict.fromkeys(
        "bn b billion billions milliard milliards mrd milliarde milliarden miliardi miliardo "
        "bilhões bilhão miliard miliardów млрд миллиард миллиарда миллиардов مليار مليارات "
        "میلیارد milyar მილიარდი მილიარდ მლრდ".split(),
        1e9,
    ),
    "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8,
}  # fmt: skip

#: Currency signs and words, one code each.
_CURRENCIES = {
    **dict.fromkeys("€ eur euro euros евро يورو یورو 欧元 ユーロ avro ევრო".split(), "eur"),
    **dict.fromkeys(
        "$ usd dollar dollars dólares dolar доллар долларов доллара دولار دلار 美元 ドル "
        "დოლარი დოლარის დოლარიშ".split(),
        "usd",
    ),
    **dict.fromkeys("£ gbp pound pounds sterling фунтов جنيه پوند 英镑 ポンド".split(), "gbp"),
    **dict.fromkeys("¥ 円 日元".split(), "jpy"),
    **dict.fromkeys("₽ рубль рублей рубля руб".split(), "rub"),
    **dict.fromkeys("元 人民币 yuan".split(), "cny"),
    **dict.fromkeys("riyal riyals ريال ریال".split(), "sar"),
}  # fmt: skip

_SCALE_RE = "|".join(sorted((re.escape(s) for s in _SCALES), key=len, reverse=True))
_CUR_RE = "|".join(sorted((re.escape(c) for c in _CURRENCIES), key=len, reverse=True))

#: ``€68m``, ``$ 2.35 billion``, ``68 millones de euros``, ``2,35 Mrd. Euro``,
#: ``68 مليون يورو``, ``35 млн евро``, ``6800万欧元``.
_AMOUNT = re.compile(
    r"(?<![\d.,])(?<![^\W\d_\u0600-\u06ff\u2e80-\u9fff\u3040-\u30ff])"
    rf"(?P<pre>{_CUR_RE})?\s?(?P<num>{_NUM})\s?(?P<scale>{_SCALE_RE})"
    r"(?:(?<=[万萬亿億])|(?![^\W\d_]))\.?"
    rf"(?:\s?(?:de|of|in)?\s?(?P<post>{_CUR_RE})(?:(?<=[\u2e80-\u9fff\u3040-\u30ff])|(?![^\W\d_])))?",
    re.IGNORECASE,
)
#: A bare amount after a currency sign, no scale word (``€900,000``, ``$35``).
_SIGNED = re.compile(r"(?P<pre>[€$£¥₽])\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d.,]?\d)")
#: After an amount with no currency, a word means a count (``68 millones de personas``).
_COUNT_AFTER = re.compile(r"\s?(?:de\s|of\s)?[^\W\d_]")

#: A name with a serial number: ``Sorami-4``, ``سورامي-4``, ``«Сорами-4»`` (letters of
#: alphabetic scripts, three or more; never part of a longer figure such as a score).
_SERIAL = re.compile(
    r"(?<![^\W\d_\u2e80-\u9fff\u3040-\u30ff])([^\W\d_\u2e80-\u9fff\u3040-\u30ff]{3,})\s?[-‑–]\s?(\d{1,3})(?![\d.,:/\-–]?\d)"
)


def _number(raw: str) -> float | None:
    raw = raw.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", raw) else raw.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return None


#: Losses and damage: estimates that grow while an event is reported (``$2 million damage``,
#: later ``$9 million``), as the dead and injured do: a headline naming them states no amount.
_LOSSES = re.compile(
    r"(?<![^\W\d_])(?:damage[sd]?|loss(?:es)?|costs? of|ущерб\w*|убыт\w*|потер\w*|"
    r"خسائر|خسارة|أضرار|اضرار|خسارت|زیان|daños|pérdidas|dégâts|pertes|schäden|schaden\w*|"
    r"verlust\w*|hasar\w*|zarar\w*)(?![^\W\d_])|损失|損失|損害|损毁",
    re.IGNORECASE,
)


def _amounts(title: str) -> set[str]:
    out: set[str] = set()
    if _LOSSES.search(title):
        return out
    taken: list[tuple[int, int]] = []
    for m in _AMOUNT.finditer(title):
        scale_word = m.group("scale")
        scale = _SCALES.get(scale_word.lower()) or _SCALES.get(scale_word)
        value = _number(m.group("num"))
        if not scale or value is None:
            continue
        currency_word = m.group("pre") or m.group("post")
        if scale_word.lower() in ("m", "b", "bn", "mn") and not currency_word:
            continue  # 5m, 3b: metres, a grade; only an amount with its currency
        if not currency_word and _COUNT_AFTER.match(title, m.end()):
            continue  # 68 millones de personas, 27.4万桶: a count, not money
        currency = _CURRENCIES.get((currency_word or "").lower(), "")
        out.add(f"amt:{currency}:{value * scale:.0f}")
        taken.append(m.span())
    for m in _SIGNED.finditer(title):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = _number(m.group("num"))
        if value is not None and value >= 1000:
            out.add(f"amt:{_CURRENCIES[m.group('pre')]}:{value:.0f}")
    return out


_CODE = re.compile(
    r"(?<![^\W_\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af]|[\-‑–])([A-Z]{2,5})[-‑–]([A-Z]{0,2})(\d{1,4})"
    r"(?![^\W_\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af]|[\-‑–]|[.,]\d)"
)
"""A designator in capitals (``PSLV-C112``, ``EOS-21``, ``NVS-07``, ``MS-25``, ``AI-171``): written
alike in every script's reports, keyed by its own letters; Chinese, Japanese or Korean text may touch
it (``PSLV-C112火箭``, ``将EOS-21送入轨道``)."""


_ZONES = frozenset("GMT UTC EST EDT CST CDT MST MDT PST PDT CET CEST EET EEST WET MSK IST JST KST".split())


def code_facts(text: str | None) -> tuple[str, ...]:
    """``model.<letters>:<number>`` for each designator in capitals that ``text`` names.

    A launch vehicle's flight, a satellite, a crewed mission or a flight number: the next one
    of the series has the next number, so two reports naming other numbers of one series tell
    of two occurrences. They are read from a headline and its lead's first sentence.

    Examples
    --------
    >>> code_facts("PSLV-C112 lifted off at 09:17 carrying EOS-21 and NVS-07")
    ('model.eos:21', 'model.nvs:7', 'model.pslv:c112')
    >>> code_facts("Индийская ракета PSLV-C113 вывела на орбиту спутник"), code_facts("将EOS-21送入轨道")
    (('model.pslv:c113',), ('model.eos:21',))
    >>> code_facts("COVID-19 cases; PM2.5 at 4.5; Su-35 jets; RON95-III up; U-21 match; 10:00 GMT-4")
    ('model.covid:19',)
    """
    if not text:
        return ()
    out = set()
    for m in _CODE.finditer(normalise_digits(text)):
        letters, prefix, number = m.groups()
        if letters in _ZONES:
            continue  # GMT-4, UTC-3: a time zone, no designator
        out.add(f"model.{letters.lower()}:{prefix.lower()}{int(number)}")
    return tuple(sorted(out))


_NAMED_NUMBER = re.compile(
    r"(?<![A-Za-zÀ-ÖØ-öø-ÿ\u0370-\u03ff\u0400-\u04ff0-9'’\-])"
    r"([A-ZÀ-ÖØ-Þ\u0391-\u03a9\u0410-\u042f\u0401][A-Za-zÀ-ÖØ-öø-ÿ\u0370-\u03ff\u0400-\u04ff]{2,})"
    r" (\d{1,3})(?![\d%A-Za-zÀ-ÖØ-öø-ÿ\u0370-\u03ff\u0400-\u04ff]|[.,:/\-–]\d|\s?(?:%|per\s?cent|pct))"
)
"""A name and a number apart by a space (``Vega 9``, ``Windows 11``, ``Flight 302``): a product's
model, a mission's or a flight's number. Chinese or Japanese text may touch it (``发布Vega 9``)."""

_NOT_MODEL_NAME = frozenset(
    "category level magnitude grade force class type unit block reactor top under over about "
    "around nearly almost some only just more less than and the stufe kategorie niveau livello "
    "categoria categoría nivel grad grado uber über rund fast knapp mindestens environ plus près "
    "oltre circa quase cerca casi unos unas ruim bijna nästan cirka около более почти свыше "
    "минимум максимум до от уровень категория".split()
)
"""Words before a number that are no name: a scale's step (``Category 4``: one storm's grows)
or a count's hedge at a clause's start (``Over 100``, ``Около 50``)."""


def named_models(title: str | None, text: str) -> tuple[str, ...]:
    """``model.<name>:<number>`` for each name and number apart by a space that a headline names
    and its text names again twice (``Vega 9``, ``Estlink 2``): the thing the report is about.

    A count after a name (``Özbekistan 300 milyon``, ``в Риме 11 документов``) reads alike, but
    the text does not repeat it. Not read either: the headline's first word or a clause's
    (``Over 100 dead``, ``Apollo 11 crew``), months and weekdays (``June 15``), scale steps
    (``Category 4``), headlines in title case (``Storm Kills 12``: capitals tell no names),
    names in Arabic script (no capitals).

    Examples
    --------
    >>> body = "The Vega 9 costs more. Skarp says the Vega 9 has a bigger battery than the Vega 8."
    >>> named_models("Skarp unveils Vega 9 flagship", body), named_models("Skarp宣布Vega 9降价", body)
    (('model.vega:9',), ('model.vega:9',))
    >>> named_models("Tornano in Italia 27 reperti trafugati", "In Italia 27 reperti: un cratere.")
    ()
    >>> named_models("Over 100 dead as storm hits on June 15; Category 4 winds; Apple up 3%", body)
    ()
    >>> named_models("Storm Kills 12 People in Spain", body), named_models("Apollo 11 crew", body)
    ((), ())
    """
    if not title or _title_case(title):
        return ()
    title, folded = normalise_digits(title), normalise_digits(text).casefold()
    out = set()
    for m in _NAMED_NUMBER.finditer(title):
        name = m.group(1)
        before = title[: m.start()].rstrip()
        if not before or before[-1] in ":;|–—-.!?\"'«“„(":
            continue  # a clause's first word: "Over 100 dead", "Lampedusa: Nearly 50 missing"
        key = fold_key(name)
        if name.casefold() in _NOT_MODEL_NAME or key in MONTHS or key in WEEKDAYS:
            continue
        again = re.findall(rf"(?<!\w){re.escape(name.casefold())}\s{m.group(2)}(?!\d)", folded)
        if len(again) >= _MODEL_AGAIN:
            out.add(f"model.{name.casefold()}:{int(m.group(2))}")
    return tuple(sorted(out))


_MODEL_AGAIN = 2  # a model's name and number in the text this many times: what it is about


def _serials(title: str) -> set[str]:
    out = set(code_facts(title))
    for m in _SERIAL.finditer(title):
        name = m.group(1)
        if _CODE.fullmatch(m.group(0)):
            continue  # a designator in capitals: keyed by its own letters above
        if "\u0400" <= name[0] <= "\u04ff":  # Сорами-4: a designation is not declined, no stem
            skeleton: tuple[str, ...] = (_skeleton(name),)
        else:
            skeleton = name_tokens_cached(name)
        if len(skeleton) == 1 and len(skeleton[0]) >= 2:
            out.add(f"model.{skeleton[0]}:{int(m.group(2))}")
    return out


#: Ordinal words :mod:`storyline.link.occurrence` does not read (Czech, Ukrainian).
_UNIT_ORDINALS = {
    "první": 1, "druhý": 2, "třetí": 3, "čtvrtý": 4, "pátý": 5, "šestý": 6, "перш": 1, "друг": 2,
}  # fmt: skip
_AFTER_ORDINAL = "الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة"
#: The numbered unit of a plant: a reactor, a power unit, a block (``unit 2``, ``Энергоблок
#: № 1``, ``первый энергоблок``, ``druhý blok``, ``一号机组``, ``الوحدة الثانية``, ``واحد دوم``,
#: ``3호기``). Two reports of one plant naming other units tell of two occurrences (a unit
#: that trips is not its twin that tripped two years before).
_UNIT = re.compile(
    rf"(?<![^\W\d_])(?:(?:unit|reactor|block|reaktorblock|tranche|unidad|réacteur|reattore)s?\s?"
    rf"(?:no\.?\s?|n°\s?|#|-)?(?P<n1>\d{{1,2}})(?!\d)|"
    rf"(?P<w1>first|second|third|fourth|fifth|sixth) (?:unit|reactor|block)|"
    rf"(?:энерго|енерго)?блок\w*\s?№\s?(?P<n2>\d{{1,2}})|реактор\w*\s?№\s?(?P<n3>\d{{1,2}})|"
    rf"(?P<w2>(?:перв|втор|трет|четв|пят|шест)\w*|перш\w*|друг(?:ий|ого|ому|им)\b) (?:энерго|енерго)?блок\w*|"
    rf"(?P<w3>první|druhý|třetí|čtvrtý|pátý|šestý) (?:reaktorový )?blok\w*|blok\w* (?:č\.\s?)?(?P<n4>\d)(?!\d)|"
    rf"(?:الوحدة|المفاعل) (?:رقم )?(?:(?P<n5>\d{{1,2}})(?!\d)|(?P<a1>{_AFTER_ORDINAL}))|"
    rf"(?:واحد|رآکتور|راکتور) (?:شماره )?(?:(?P<n6>\d{{1,2}})(?!\d)|(?P<a2>اول|دوم|سوم|چهارم|پنجم|ششم)(?!\w)))|"
    rf"(?P<n7>\d{{1,2}}|[一二三四五六])号(?:机组|反应堆|機)|(?P<n8>\d{{1,2}})호기",
    re.IGNORECASE,
)


def _plant_units(title: str) -> set[str]:
    """``unit:<n>`` for each numbered plant unit a headline names (:data:`_UNIT`)."""
    out = set()
    for m in _UNIT.finditer(title):
        name, raw = next((k, v) for k, v in m.groupdict().items() if v)
        if raw.isdigit():
            value = int(raw)
        elif name == "n7":  # 一号机组
            value = _han_number(raw)
        else:  # an ordinal word, before the noun or (Arabic, Persian) after it
            word = raw.lower()
            stem = next((s for s in _UNIT_ORDINALS if word.startswith(s)), None)
            value = _UNIT_ORDINALS[stem] if stem else _ordinal_value(word, after=name[0] == "a")
        if value:
            out.add(f"unit:{value}")
    return out


def headline_facts(title: str | None) -> tuple[str, ...]:
    """The amounts (``amt:<currency>:<value>``), serial numbers (``model.<name>:<n>``) and plant
    units (``unit:<n>``) of a headline.

    Examples
    --------
    >>> headline_facts("OFICIAL: Benhamou se marcha al Al-Nakheel por 68 millones")
    ('amt::68000000',)
    >>> headline_facts("النخيل يتعاقد مع اللاعب مقابل 41 مليون يورو")
    ('amt:eur:41000000',)
    >>> headline_facts("رسمياً.. بن حمو لاعباً في النخيل ب68 مليون يورو")
    ('amt:eur:68000000',)
    >>> headline_facts("«Аль-Нахиль» заплатил 35 млн евро за бразильца")
    ('amt:eur:35000000',)
    >>> headline_facts("金龙新能源拟投资约165亿元在西班牙建设电池工厂"), headline_facts("日均增产27.4万桶")
    (('amt:cny:16500000000',), ())
    >>> headline_facts("6800万欧元！沙特俱乐部官宣签下边锋"), headline_facts("Kartellamt: 2,35 Mrd. Euro")
    (('amt:eur:68000000',), ('amt:eur:2350000000',))
    >>> headline_facts("ماهواره «سورامی-۴» به مدار رسید"), headline_facts("Evacuated 2 million people")
    (('model.srm:4',), ())
    >>> headline_facts("Японская ракета вывела на орбиту спутник «Сорами-4»")
    ('model.srm:4',)
    >>> headline_facts("时隔三周 日本火箭将SORAMI-5卫星送入轨道")
    ('model.srm:5',)
    >>> headline_facts("Quake kills 12, $2 million damage"), headline_facts("洪水造成3亿元损失")
    ((), ())
    >>> headline_facts("Iraq beat Iran 2-1 in the final; 5m wall")
    ()
    >>> [headline_facts(t) for t in ("Temelin's unit 2 trips offline", "Первый энергоблок АЭС остановлен",
    ...  "Temelín odstavil druhý blok", "泰梅林核电站一号机组自动停堆", "توقف الوحدة الثانية في المحطة")]
    [('unit:2',), ('unit:1',), ('unit:2',), ('unit:1',), ('unit:2',)]
    >>> headline_facts("Другий енергоблок ЗАЕС відключено"), headline_facts("Другой энергоблок АЭС остановлен")
    (('unit:2',), ())
    """
    if not title:
        return ()
    title = normalise_digits(title)
    return tuple(sorted(_amounts(title) | _serials(title) | _plant_units(title)))


def _amount(value: str) -> tuple[str, float]:
    currency, _, number = value.rpartition(":")
    return currency, float(number)


def amount_conflict(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two reports' headline amounts are too far apart to be one amount.

    ``a`` and ``b`` are typed facts; only ``amt:`` ones count. A conflict needs a
    comparable pair (the same currency, or one side naming none) and every
    comparable pair more than :data:`AMOUNT_RATIO` apart.

    Examples
    --------
    >>> amount_conflict(["amt:eur:35000000"], ["amt:eur:68000000", "amt:eur:7000000"])
    True
    >>> amount_conflict(["amt:eur:75000000"], ["amt:eur:68000000", "amt:eur:7000000"])
    False
    >>> amount_conflict(["amt:jpy:1000000000000"], ["amt:usd:7000000000"])
    False
    >>> amount_conflict(["amt::68000000"], ["amt:eur:22000000"]), amount_conflict([], ["amt::1"])
    (True, False)
    """
    xs = [_amount(f[4:]) for f in a if f.startswith("amt:")]
    ys = [_amount(f[4:]) for f in b if f.startswith("amt:")]
    compared = False
    for cx, x in xs:
        for cy, y in ys:
            if cx and cy and cx != cy:
                continue
            compared = True
            if max(x, y) <= AMOUNT_RATIO * min(x, y):
                return False
    return compared


#: Diseases a headline names (a vaccine approved, an outbreak declared), one key in every
#: language read: the same company's or ministry's next approval, or another outbreak in the
#: same province, names another disease. Avian influenza is its own key (``bird flu`` is not
#: the seasonal ``flu``), and so is the respiratory syncytial virus (``RSV``).
_DISEASES: dict[str, tuple[str, ...]] = {
    "avian-flu": (
        r"bird flu", r"avian (?:flu|influenza)", r"h5n1", r"禽流感", r"آنفلوانزای (?:مرغی|پرندگان)",
        r"إنفلونزا الطيور", r"птичь\w+ грипп\w*", r"гриппа птиц", r"gripe aviar", r"grippe aviaire",
        r"vogelgrippe", r"kuş gribi", r"조류 ?인플루엔자", r"鳥インフル\w*", r"influenza aviaria",
        r"flu burung",
    ),
    "influenza": (
        r"(?<!bird )(?<!avian )\bflu\b", r"(?<!avian )influenza(?! aviaria)", r"(?<!禽)流感",
        r"آنفلوانزا(?!ی (?:مرغی|پرندگان))\S*", r"(?:ال)?إنفلونزا(?! الطيور)", r"грипп\w*(?! птиц)",
        r"gripe(?! aviar)", r"grippe(?! aviaire)", r"(?<!vogel)grippe", r"grip (?:aşı|salgın|vaka)\w*", r"독감",
        r"インフルエンザ",
    ),
    "rsv": (
        r"\brsv\b", r"respiratory syncytial", r"呼吸道合胞", r"المخلوي التنفسي", r"سین[\s\u200c]?سیشیال",
        r"\bрсв\b", r"респираторно-синцитиальн\w*", r"sincitial respiratorio", r"syncytial",
        r"synzytial", r"호흡기세포융합", r"RSウイルス",
    ),
    "covid": (
        r"covid", r"coronavirus", r"sars-cov-2", r"新冠", r"كورونا", r"کرونا", r"коронавирус\w*",
        r"ковид\w*", r"코로나", r"コロナ",
    ),
    "measles": (
        r"measles", r"麻疹", r"الحصبة", r"سرخک", r"кор[ьи]\b", r"sarampi[oó]n", r"rougeole",
        r"masern", r"kızamık", r"홍역", r"はしか", r"morbillo", r"campak",
    ),
    "cholera": (
        r"cholera", r"霍乱", r"الكوليرا", r"وبا\b", r"холер\w*", r"c[oó]lera", r"choléra",
        r"kolera", r"콜레라", r"コレラ",
    ),
    "shingles": (
        r"shingles", r"herpes zoster", r"\bzoster", r"带状疱疹", r"帯状疱疹", r"الحزام الناري",
        r"زونا", r"опоясывающ\w+ лишай\w*", r"herpes z[oó]ster", r"gürtelrose",
        r"zona hastalığı", r"대상포진", r"fuoco di sant'antonio",
    ),
    "dengue": (r"dengue", r"登革热", r"حمى الضنك", r"تب دانگ", r"денге", r"뎅기", r"デング", r"demam berdarah"),
    "malaria": (r"malaria", r"疟疾", r"الملاريا", r"مالاریا", r"маляри\w*", r"paludisme", r"sıtma", r"말라리아", r"マラリア"),
    "ebola": (r"ebola", r"埃博拉", r"إيبولا", r"ابولا", r"эбол\w*", r"에볼라", r"エボラ"),
    "mpox": (r"mpox", r"monkeypox", r"猴痘", r"جدري القردة", r"آبله میمونی", r"оспа обезьян", r"оспы обезьян", r"엠폭스", r"サル痘"),
    "polio": (r"polio\w*", r"脊髓灰质炎", r"小儿麻痹", r"شلل الأطفال", r"فلج اطفال", r"полиомиелит\w*", r"소아마비", r"ポリオ"),
    "hpv": (r"\bhpv\b", r"papilloma\w*", r"人乳头瘤病毒", r"الورم الحليمي", r"پاپیلوم", r"папиллом\w*", r"자궁경부암 백신", r"子宮頸がん"),
    "tuberculosis": (r"tuberculosis", r"结核", r"السل\b", r"سل\b", r"туберкул[её]з\w*", r"tuberculose", r"tuberkuloz", r"결핵", r"結核"),
    "mers": (r"\bmers\b", r"中东呼吸综合征", r"ميرس", r"메르스"),
    "zika": (r"zika", r"寨卡", r"زيكا", r"زیکا", r"зика", r"지카", r"ジカ"),
    "yellow-fever": (r"yellow fever", r"黄热病", r"الحمى الصفراء", r"تب زرد", r"желт\w+ лихорадк\w*", r"fiebre amarilla", r"fièvre jaune", r"gelbfieber", r"황열"),
    "meningitis": (r"meningit\w*", r"脑膜炎", r"التهاب السحايا", r"مننژیت", r"менингит\w*", r"méningite", r"수막염", r"髄膜炎"),
}  # fmt: skip
_CJK_START = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _bounded(pattern: str) -> str:
    """A name starts a word (``سل`` is not the end of ``نسل``); Chinese and Japanese ones
    sit inside a run of characters, and a Latin one may follow them (``生物RSV疫苗``)."""
    if _CJK_START.match(pattern):
        return pattern
    if pattern[:1].isascii():  # \b would not part RSV from 疫苗 (both word characters)
        pattern = pattern.removeprefix(r"\b")
        if pattern.endswith(r"\b"):
            pattern = pattern[:-2] + "(?![A-Za-z])"
        return rf"(?<![A-Za-z]){pattern}"
    return rf"(?<![^\W\d_]){pattern}"


_DISEASE_RES = {
    key: re.compile("|".join(f"(?:{_bounded(p)})" for p in pats), re.IGNORECASE)
    for key, pats in _DISEASES.items()
}


def disease_facts(title: str | None) -> tuple[str, ...]:
    """The diseases a headline names, as ``disease:<key>`` facts (one key across languages).

    Examples
    --------
    >>> disease_facts("South Korea approves Hanbit's RSV vaccine")
    ('disease:rsv',)
    >>> disease_facts("مجوز واکسن آنفلوانزای هانبیت"), disease_facts("韩国批准首款国产呼吸道合胞病毒疫苗")
    (('disease:influenza',), ('disease:rsv',))
    >>> disease_facts("Bird flu outbreak at a poultry farm"), disease_facts("Flu season peaks early")
    (('disease:avian-flu',), ('disease:influenza',))
    >>> disease_facts("Cabinet approves the budget")
    ()
    """
    if not title:
        return ()
    found = {key for key, rx in _DISEASE_RES.items() if rx.search(title)}
    if "avian-flu" in found:  # птичий грипп, flu burung: the flu word is the bird flu's
        found.discard("influenza")
    return tuple(sorted(f"disease:{key}" for key in found))
