"""Numbers in text, with ranges, multipliers and what they count.

Digits in any script, thousands separators by language, number words in
en/fa/ar/ru/fr/es/de/tr (1-20, tens, hundreds, thousand, million, billion),
ranges ("400 to 500", "400 الی 500", "от 400 до 500") and a unit lexicon
that maps the counted noun to an English key.

Examples
--------
>>> [(q.value, q.unit) for q in extract_quantities("withdrawal of 2,000 American troops", "en")]
[(2000.0, 'troops')]
>>> q = extract_quantities("تعداد عناصر داعش ۴۰۰ الی ۵۰۰ نفر است", "fa")[0]
>>> (q.value, q.low, q.high, q.unit)
(450.0, 400.0, 500.0, 'people')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.entities._text import fold_token, tokenize

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬", "01234567890123456789.,")
_DOT_THOUSANDS = {"de", "es", "tr", "it", "pt", "nl", "id", "da", "pl", "ru", "uk", "fr", "el"}


@dataclass(frozen=True)
class Quantity:
    """A number mentioned in text; ``low``/``high`` set for ranges (``value`` is the middle)."""

    value: float
    low: float | None
    high: float | None
    unit: str | None
    text: str
    start: int
    end: int


def _w(spec: str, value: float) -> dict[str, float]:
    return {fold_token(w): value for w in spec.split()}


_WORDS: dict[str, float] = {}
for _spec, _v in [
    ("one один одна одно одного un une uno una ein eine einen bir یک یه واحد واحدة", 1),
    ("two два две двух deux dos zwei iki دو اثنان اثنين اثنتين", 2),
    ("three три трех трёх trois tres drei üç سه ثلاثة ثلاث", 3),
    ("four четыре четырех quatre cuatro vier dört چهار أربعة أربع", 4),
    ("five пять пяти cinq cinco fünf beş پنج خمسة خمس", 5),
    ("six шесть шести seis sechs altı شش ستة ست", 6),
    ("seven семь семи sept siete sieben yedi هفت سبعة سبع", 7),
    ("eight восемь восьми huit ocho acht sekiz هشت ثمانية ثماني", 8),
    ("nine девять девяти neuf nueve neun dokuz نه تسعة تسع", 9),
    ("ten десять десяти dix diez zehn on ده عشرة عشر", 10),
    ("eleven одиннадцать onze once elf یازده", 11),
    ("twelve двенадцать douze doce zwölf دوازده", 12),
    ("fifteen пятнадцать quinze quince fünfzehn پانزده", 15),
    ("twenty двадцать vingt veinte zwanzig yirmi بیست عشرون عشرين", 20),
    ("thirty тридцать trente treinta dreißig otuz سی ثلاثون ثلاثين", 30),
    ("forty сорок quarante cuarenta vierzig kırk چهل أربعون أربعين", 40),
    ("fifty пятьдесят cinquante cincuenta fünfzig elli پنجاه خمسون خمسين", 50),
    ("sixty шестьдесят soixante sesenta sechzig altmış شصت", 60),
    ("seventy семьдесят setenta siebzig yetmiş هفتاد", 70),
    ("eighty восемьдесят ochenta achtzig seksen هشتاد", 80),
    ("ninety девяносто noventa neunzig doksan نود", 90),
    ("двести دویست", 200),
    ("триста سیصد", 300),
    ("пятьсот پانصد", 500),
]:
    _WORDS.update(_w(_spec, _v))
_HUNDRED = _w("hundred hundreds сто cent cents cien cientos ciento hundert yüz صد مئة مائة", 100)
_SCALES: dict[str, float] = {}
_SCALES.update(
    _w("thousand thousands тысяча тысячи тысяч тыс mille mil tausend bin هزار ألف آلاف", 1e3)
)
_SCALES.update(
    _w(
        "million millions mln m миллион миллиона миллионов млн millón millones "
        "millionen mio milyon میلیون مليون ملايين",
        1e6,
    )
)
_SCALES.update(
    _w(
        "billion billions bn миллиард миллиарда миллиардов млрд milliard milliards "
        "mil-millones milliarde milliarden mrd milyar میلیارد مليار",
        1e9,
    )
)
_SCALES.update({"ألفي": 2e3, "الفی": 2e3, "الفین": 2e3})  # Arabic dual "two thousand"
_SCALES = {fold_token(k): v for k, v in _SCALES.items()}
_CONNECT = {fold_token(w) for w in "and و и y und et".split()}
_STANDALONE = {fold_token(w) for w in "هزار ألف مليون میلیون".split()}

_UNITS: list[tuple[str, str]] = []
for _unit, _spec in [
    (
        "troops",
        "troop soldier servicem военнослужащ солдат военн бойцов армейск troupe soldat "
        "militaire tropa soldado militar soldat truppe asker نیرو سرباز نظامی جندي جنود عسكري",
    ),
    (
        "fighters",
        "fighter militant insurgent jihadist rebel terrorist gunm боевик террорист "
        "повстанц combattant djihadiste combatiente yihadista kämpfer militan terörist "
        "تروریست عنصر عناصر جنگجو شبه مسلح مقاتل ارهابي مسلحين",
    ),
    (
        "dead",
        "dead killed death fatalit погибш убит мертв morts tués muertos fallecid tote getötet "
        "ölü öldü کشته جان قتيل قتلى قتلوا مقتل",
    ),
    (
        "injured",
        "injur wounded hurt ранен пострада blessé herido verletzt yaralı زخمی مجروح جريح جرحى مصاب",
    ),
    ("casualties", "casualt потер victime víctima opfer kayıp تلفات ضحايا"),
    (
        "people",
        "people person civilian resident refugee migrant человек жител граждан беженц "
        "personne habitant civil persona personas menschen zivilist kişi insan "
        "نفر تن شخص اشخاص غیرنظامی پناهجو مواطن أشخاص مدني لاجئ",
    ),
    ("percent", "percent per-cent % процент pourcent por-ciento prozent درصد بالمئة المئة"),
    ("dollars", "dollar $ usd доллар dólar دلار دولار"),
    ("euros", "euro € евро یورو يورو"),
    ("km", "km kilometre kilometer километр کیلومتر كيلومتر كم"),
    ("tonnes", "tonne ton тонн tonelada تن طن"),
    ("years", "year лет год ans años jahre yıl سال عام سنوات"),
    ("days", "day дней дня jours días tage gün روز أيام يوما"),
    (
        "aircraft",
        "aircraft plane jet warplane drone самолет беспилотник avion avión flugzeug "
        "uçak جنگنده هواپیما پهپاد طائرة",
    ),
]:
    for _stem in _spec.split():
        _UNITS.append((fold_token(_stem.replace("-", " ").split()[0]), _unit))
_UNITS.sort(key=lambda p: -len(p[0]))

_NUM = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_RANGE = re.compile(
    r"^\s*(?:-|–|—|to|till|until|or|à|a|al|bis|ile|до|или|-|تا|الی|الى|إلى|او|أو|یا|و|and|et|y|und|и)\s*$",
    re.IGNORECASE,
)
_YEARISH = re.compile(r"^(1[89]|20)\d\d$")


def _parse_digits(s: str, lang: str) -> float | None:
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    parts = re.split(r"([.,  ])", s)
    nums, seps = parts[0::2], parts[1::2]
    if not seps:
        return float(nums[0])
    dec = None
    last_sep, last = seps[-1], nums[-1]
    thousands_dot = lang in _DOT_THOUSANDS
    if last_sep != " " and len(last) != 3:
        dec = last_sep
    elif last_sep == ("," if thousands_dot else ".") and len(seps) == 1 and len(last) == 3:
        dec = last_sep if lang not in {"fa", "ar"} else None
    if dec is not None:
        whole = "".join(nums[:-1])
        if any(len(n) != 3 for n in nums[1:-1]) or any(sp == dec for sp in seps[:-1]):
            return None
        return float(f"{whole}.{last}")
    if any(len(n) != 3 for n in nums[1:]):
        return None
    return float("".join(nums))


def _unit_of(folded: str) -> str | None:
    for stem, unit in _UNITS:
        if folded == stem or (len(stem) >= 3 and folded.startswith(stem)):
            return unit
    return None


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """Return the quantities in ``text`` in order.

    Parameters
    ----------
    text
        Any text; offsets refer to it.
    lang
        ISO 639-1 code; decides whether ``2.000`` is two thousand (de, es, tr,
        ru, fr...) or two.

    Examples
    --------
    >>> [(q.value, q.unit) for q in extract_quantities("две тысячи военнослужащих", "ru")]
    [(2000.0, 'troops')]
    >>> [(q.value, q.unit) for q in extract_quantities("2,5 Millionen Euro und 30 %", "de")]
    [(2500000.0, 'euros'), (30.0, 'percent')]
    """
    norm = text.translate(_DIGITS)
    toks = [t for t in tokenize(norm) if not t.text.isspace()]
    folded = [fold_token(t.text) for t in toks]
    found: list[tuple[float, int, int, bool]] = []  # value, first token, end token, has digits
    i = 0
    while i < len(toks):
        t, f = toks[i], folded[i]
        value: float | None = None
        j = i + 1
        digits = t.text[0].isdigit()
        if digits:
            m = _NUM.fullmatch(t.text)
            value = _parse_digits(m.group(), lang) if m else None
        elif (
            f in _WORDS
            or f in _HUNDRED
            or (f in _STANDALONE and lang in {"fa", "ar"})
            or (f in {"ألفي", "الفی", "الفین"})
        ):
            total, cur, j = 0.0, 0.0, i
            while j < len(toks):
                g = folded[j]
                if g in _WORDS:
                    cur += _WORDS[g]
                elif g in _HUNDRED:
                    cur = max(cur, 1) * 100
                elif g in _SCALES:
                    total += max(cur, 1) * _SCALES[g]
                    cur = 0
                elif (
                    g in _CONNECT
                    and j + 1 < len(toks)
                    and (folded[j + 1] in _WORDS or folded[j + 1] in _HUNDRED)
                ):
                    pass
                else:
                    break
                j += 1
            value = total + cur
            if value == 1 and j == i + 1:
                value = None  # a lone "one"/"un" is rarely a figure
        if value is None:
            i += 1
            continue
        while j < len(toks) and folded[j] in _SCALES and _SCALES[folded[j]] >= 1e3:
            value *= _SCALES[folded[j]]
            j += 1
        found.append((value, i, j, digits))
        i = j
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        value, i, j, digits = found[k]
        low = high = None
        if k + 1 < len(found):
            v2, i2, j2, _ = found[k + 1]
            gap = norm[toks[j - 1].end : toks[i2].start]
            if (
                _RANGE.match(gap)
                and v2 > value
                and gap.strip() not in {"و", "and", "et", "y", "und", "и"}
            ):
                low, high, j, k = value, v2, j2, k + 1
                value = (low + high) / 2
            elif (
                _RANGE.match(gap)
                and v2 > value
                and i > 0
                and folded[i - 1]
                in {fold_token(w) for w in "between entre zwischen между بين بین".split()}
            ):
                low, high, j, k = value, v2, j2, k + 1
                value = (low + high) / 2
        unit = None
        if j < len(toks) and toks[j].text == "%" or (i > 0 and toks[i - 1].text in {"%", "٪"}):
            unit = "percent"
        elif i > 0 and toks[i - 1].text in {"$", "€"}:
            unit = "dollars" if toks[i - 1].text == "$" else "euros"
        elif i > 0 and folded[i - 1] == "yuzde":
            unit = "percent"
        else:
            for n in range(j, min(j + 3, len(toks))):
                if not toks[n].text[0].isalpha() and toks[n].text not in {"%", "$", "€"}:
                    break
                unit = _unit_of(folded[n])
                if unit:
                    break
        s, e = toks[i].start, toks[j - 1].end
        if i > 0 and toks[i - 1].text in {"$", "€"}:
            s = toks[i - 1].start
        raw = toks[i].text
        if unit is None and digits and j == i + 1 and _YEARISH.match(raw):
            k += 1
            continue  # a year, not a figure
        out.append(Quantity(value, low, high, unit, text[s:e], s, e))
        k += 1
    return out
