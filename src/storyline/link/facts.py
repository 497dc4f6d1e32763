"""Typed facts of a headline and lead: the figures that fix one occurrence of an event.

Two reports of the same actors can be about two occurrences (last year's
final, the previous rate decision, the previous visit) and still read alike
to the title+lead vector. What tells them apart is a fact of a kind that
does not change while an event is reported: a match's score, the rates and
percentages a decision or release states, the amount of money a deal is
worth. :func:`typed_facts` reads them (kind, value) from a headline and its
lead, in the languages of the sample and the shared data;
:func:`fact_conflicts` names the kinds two reports state differently.

Counts that grow while an event is reported (the dead, the injured, the
evacuated, the hectares burned, the buildings damaged) are never typed
facts: a report of 12 dead and one of 40 can be the same quake.

Examples
--------
>>> typed_facts("Iraq edge Iran 2-1 in the final", "Iraq beat Iran 2-1 on Friday in Basra.")
('dow:4', 'score:1-2', 'stage.match:final')
>>> sorted(typed_facts("Central bank cuts rates", "It cut the deposit rate to 19.00% and the lending rate to 20%."))
['pct:19', 'pct:20', 'stage.decision:cut']
>>> fact_conflicts(("score:1-2",), ("score:1-3",))
('score',)
>>> fact_conflicts(("score:1-2", "pct:19"), ("score:1-2",))
()
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from storyline.link.appointments import appointee_facts
from storyline.link.headline import (
    amount_conflict,
    code_facts,
    disease_facts,
    headline_facts,
    named_models,
)
from storyline.link.occurrence import first_sentence, occurrence_facts, occurrence_word
from storyline.link.recall import (
    later_occurrence,
    recall_conflict,
    recall_facts,
    same_day_occurrence,
)
from storyline.link.recalled_figures import without_recalled_match
from storyline.link.roles import role_conflict, role_facts, role_mentions, role_word
from storyline.link.sites import SITE, same_site, site_facts
from storyline.link.streaks import streak_facts
from storyline.link.textkeys import _number_value, normalise_digits
from storyline.link.venues import venue_facts

__all__ = [
    "LEAD_CHARS",
    "conflict_line",
    "conflict_shifts",
    "identity_conflict",
    "fact_note",
    "fact_conflicts",
    "fact_kinds",
    "penalise",
    "typed_facts",
]

LEAD_CHARS = 400
"""Facts are read from the headline and this many leading characters of the text."""

_NUM = r"\d+(?:[.,]\d+)?"

#: A percentage: the number before a percent sign or word, or after ``%``/``yüzde``. Low
#: German ``Perzent``, Haitian ``pousan``, Philippine ``porsiyento`` since session 47,
#: Piedmontese ``për sent`` since session 48.
_PCT_AFTER = re.compile(
    rf"({_NUM})\s?(?:%|٪|％|"
    r"percent\b|per cent\b|pct\b|процент|درصد|بالمئة|بالمائة|في المئة|في المائة|"
    r"pour cent|por ciento|per cento|por cento|prozent|procent|prosent|protsent|persint|persent|"
    r"persen\b|százalék|phần trăm|τοις εκατό|perzent|pousan|po?rsiyento|porsyento|pursi?yento|"
    r"per centum|për sent)",
    re.IGNORECASE,
)
_PCT_BEFORE = re.compile(rf"(?:%|٪|\byüzde\s?|\basilimia\s?|百分之)({_NUM})", re.IGNORECASE)

#: A match score: two small numbers joined by a dash or colon (``2-1``, ``2:1``,
#: ``2比1``, ``۲ بر ۱``), never part of a date, a time (``22:41``, ``10:05``) or a longer figure.
_SCORE = re.compile(r"(?<![\d.,:/\-–])(\d{1,2})\s?(?:[-:–]|比| بر )\s?(\d{1,2})(?![\d.,:/\-–]?\d)")


#: Units and nouns of counts that grow while an event is reported (the dead, the injured,
#: people affected, hectares, buildings), of amounts and distances that reports of one event
#: state differently (2.1 or 2.3 billion euros, visibility of 300 or 500 metres: the sample;
#: currencies and scale words in every language read: 8 vs 6.06 milionów, 美元 amounts, and the
#: hour of the day, 6点 vs 7点, were the false conflicts of same-event SemEval dev pairs),
#: months (a date is time evidence, :mod:`storyline.link.support`), durations and other
#: generic words: never typed facts. Months, deaths and cases in pl/it/es/pt/de/tr too
#: (``18 maja`` vs ``25 maja`` split a shared-corpus story; ``1,834 fallecidos``); Georgian
#: years, months, hours, people, the injured, the dead, passengers (``13 აგვისტო``, ``67 წლის``).
_GROWING = frozenset(
    """
    dead death deaths die died kill killed people person persons victim victims injur wound
    hurt missing evacu displac arrest detain case cases home homes house houses build hecta
    acre famil child resid passe touri soldi fight civil troop point
    year years month months week weeks day days hour hours minut time times percent
    and the of to in on at for from with by or than more over about some
    погиб погибш смерт челов пострад ранен гекта домов зданий семей жител эваку задер
    лет года год месяц недел дней день часов час раз проце тысяч и в на с по из до от за
    قتيل قتلى جريح جرحى مصاب شخص حالة حالات منزل مبنى هكتار عائلة أسرة مواطن عام أعوام سنة
    سنوات شهر أيام يوم ساعة ساعات مرة في من على إلى عن و
    کشته زخمی مصدوم نفر مجروح خانه ساختمان هکتار خانوار سال ماه روز ساعت بار در از به با و
    ölü yaralı kişi bina hekta yıl ay gün saat kez ve ile
    morts mort bless perso maiso hecta habit famil ans mois jours heure fois et de des du en
    toten tote verle mensc häuse hekta jahre monat tage stund mal und der die das von
    muert herid perso casas hectá años meses días horas veces y de del en
    人 名 死 伤 户 栋 公 年 月 日 天 小 次 多 余 万 亿 个 米 千
    million millions billion bn mln milliard milliarden millones miliardi млн млрд миллион
    milion milionów miliona miliard miliardów milioni milhões trillion тыс
    dollar dollars usd dólares euro euros eur yuan pound sterling lira liras dinar riyal manat
    tenge dolar avro złoty złotych доллар евро рубл юан тенге манат دولار يورو ريال دينار درهم
    جنيه دلار یورو تومان ریال 元 美 円 点 时 uhr
    миллиард milyon milyar میلیون میلیارد مليون مليار ملیون
    meter metre kilom km mile feet foot метр килом متر كيلومتر کیلومتر kilometre
    january february march april may june july august september october november december
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    januar februar märz juni juli oktober dezember enero febrero marzo abril mayo junio
    julio agosto septiembre octubre noviembre diciembre ocak şubat mart nisan mayıs haziran
    temmuz ağustos eylül ekim kasım aralık январ феврал март апрел мая май июн июл август
    сентябр октябр ноябр декабр يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر
    أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين فروردین
    اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند ژانویه فوریه مارس آوریل مه
    ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
    stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada
    grudnia gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro
    fevereiro março maio junho julho setembro outubro dezembro
    fallecidos fallecimientos contagios contagiados infectados casos morti vittime feriti
    contagiati casi decessi zakażeń zakażonych przypadków zgonów ofiar osób osoby zmarłych
    infizierte fälle vaka ölüm случа заражен умер
    წლი წელ თვე დღე საათ ადამიან დაშავებ დაიღუპ დაღუპ მგზავრ იანვ თებერ მარტ აპრილ მაის
    ივნის ივლის აგვისტ სექტემბ ოქტომბ ნოემბ დეკემბ
    """.split()
)
_UNIT_NUMBER = re.compile(
    r"(?:(?P<prev>[^\W\d_]+)\s)?"
    r"(?<![\d.,:/\-–])(?<![^\W\u2e80-\u9fff])(?P<num>\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)"
    r"(?![\d]|[:/\-–]\d)(?P<ord>-?(?:й|я|е|го|th|st|nd|rd|ème)\b)?\s?"
    r"(?P<unit>[^\W\d_]+)?"
)
#: A figure stated as approximate (``more than 80%``, ``80% 以上``, ``بیش از ۳۰ فیلم``,
#: ``около 40``, ``yüzde 80'den fazla``) is no typed fact: a same-event SemEval pair stated
#: ``78%`` and ``80% 以上`` burns. Up-to words (``до``, ``hasta``, ``bis zu``) are left out:
#: ``снизил ставку до 16%`` is the decision itself.
_APPROX = re.compile(
    r"(?:(?<!\w)(?:more than|over|about|around|nearly|almost|roughly|approximately|some|"
    r"at least|más de|cerca de|casi|alrededor de|al menos|unos|unas|plus de|près de|environ|"
    r"presque|au moins|mehr als|über|rund|etwa|fast|knapp|mindestens|ca\.|oltre|più di|circa|"
    r"quasi|almeno|ponad|około|prawie|blisko|niemal|co najmniej|более|свыше|около|почти|"
    r"порядка|примерно|не менее|yaklaşık|neredeyse|en az|أكثر من|نحو|حوالي|حوالى|قرابة|زهاء|"
    r"ما يقرب من|بیش از|حدود|نزدیک به|تقریبا|تقریباً)\s?|近|约|大约|超过|逾)"
    r"(?:%|٪|yüzde\s?)?\d+(?:[.,]\d+)*"
    r"|\d+(?:[.,]\d+)*\s?(?:%|٪|％)?\s?(?:以上|左右|多|余|['’]?d[ae]n fazla)",
    re.IGNORECASE,
)
_CJK_CHAR = re.compile(r"[\u2e80-\u9fff]")
_DURATION = ("minut", "минут", "دقيقة", "دقیقه", "dakik", "分")


def _unit_of(word: str) -> str:
    """A unit or noun as a key: CJK, its measure character (after 个, the next one);
    Latin and Cyrillic, its first five letters (``documents`` = ``document``)."""
    word = word.lower()
    if _CJK_CHAR.match(word):
        return word[:2] if word[0] == "个" else word[0]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word[:5] if word.isascii() or "\u0400" <= word[0] <= "\u04ff" else word


_GROWING_KEYS = frozenset(_unit_of(w) for w in _GROWING)


def _growing(unit: str) -> bool:
    if unit in _GROWING_KEYS:
        return True
    if len(unit) < 3:
        return not _CJK_CHAR.match(unit)
    return any(len(g) >= 3 and (unit.startswith(g) or g.startswith(unit)) for g in _GROWING_KEYS)


#: Scale words: a number right after one is the rest of a larger one (``32 bin 692``).
_SCALE = frozenset(
    "thousand thousands million millions mil mille mila tausend tys тыс тысяч миллион млн bin "
    "milyon milyar هزار ألف آلاف الف میلیون مليون".split()
)


#: Thousands written as a word after the number (``137 ألف برميل``, ``274 тыс. баррелей``,
#: ``۲۷۴ هزار بشکه``, ``13.7万桶``, ``274 bin varil``): the number times the scale, keyed by
#: the noun after the scale word. Millions stay out (amounts: reports of one event round
#: them differently).
_THOUSANDS = {
    **dict.fromkeys("thousand tausend mille mil bin тыс тысяч тысячи ألف آلاف الف هزار".split(), 1000),
    "千": 1000, "万": 10_000, "萬": 10_000, "천": 1000, "만": 10_000,
}  # fmt: skip
_NEXT_WORD = re.compile(r"\.?\s?([^\W\d_]+)")

#: ``38 of 90 seats``, ``38 из 90 мест``, ``۳۸ از ۹۰ کرسی``, ``38 de 90 escaños``: the first
#: count is of the noun after the second (the share, not the total, is the news).
_OF_TOTAL = frozenset("of out из از من de sur von su z".split())
_TOTAL_NOUN = re.compile(r"\s?(?:of\s)?\d[\d.,]*\s?([^\W\d_]+)")

#: The same noun in other languages and scripts, one key (the English key): a number keyed
#: by its noun is compared across languages (137,000 barrels vs 274.000 barriles: another
#: month's output decision). Keys as :func:`_unit_of` makes them (Latin and Cyrillic: first
#: five letters; Arabic without ``ال``; CJK: the measure character).
_SAME_UNIT = {
    **dict.fromkeys(
        "bpd barri baril барре برميل براميل برميلا بشکه بشكه 桶 varil".split(), "barre"
    ),
    **dict.fromkeys("docum dokum докум وثيقة وثائق سند اسناد سندا 份".split(), "docum"),
    **dict.fromkeys(
        "agree acuer accor abkom согла اتفاقية اتفاقيات توافقنامه anlaşma anlaşması".split(),
        "agree",
    ),
    **dict.fromkeys("escaños sièges sitze мест места مقعدا مقاعد کرسی 席".split(), "seats"),
    **dict.fromkeys("megaw мегав ميغاواط مگاوات 兆".split(), "megaw"),
    **dict.fromkeys("базис 个基 基".split(), "basis"),
    **dict.fromkeys(
        "vehic cars car autos auto voitu véhicules coche coches vehículos veico fahrz pkw "
        "автом машин кросс внедо suv suvs truck trucks camio camiones سيارة سيارات مركبة "
        "مركبات شاحنة شاحنات خودرو خودروی خودروهای ماشین 辆 台 대 araç aracı otomo "
        "samochodów pojazdów kenda mobil".split(),
        "vehic",
    ),
}  # fmt: skip

#: Keys that hold across languages only for large counts: thousands of vehicles are a
#: recall's, a plant's or a market's figure, fixed once announced (412,300 cars recalled
#: against another recall's 33,600); a handful are an accident's, and grow as reports come
#: in (four vehicles buried, then six): those keep their own language's noun.
_LARGE_ONLY = {"vehic": 1000.0}

#: Unit-keyed counts this close (relative) are one figure rounded (412,000 and 412,300),
#: when both are at least :data:`_ROUNDED_FROM`; smaller counts must be equal.
_ROUNDING = 0.01
_ROUNDED_FROM = 1000.0


#: ``۲۴ هزار و ۶۰۰``, ``24 ألفا و600``, ``24 тысячи и 600``: thousands, "and", the rest.
_THOUSANDS_AND = re.compile(
    r"(?<![\d.,])(\d{1,3})\s+(?:هزار|ألف|ألفا|آلاف|الف|тысяч[аи]?|thousand)\s+(?:و|и|and)\s*(\d{1,3})(?![\d.,])"
)


def _joined_thousands(m: re.Match[str]) -> str:
    return str(int(m.group(1)) * 1000 + int(m.group(2)))


def _unit_facts(lead: str) -> set[str]:
    """Numbers keyed by the noun or unit after them (one key across languages: _SAME_UNIT).

    Examples
    --------
    >>> sorted(_unit_facts("raise output by 137,000 barrels per day"))
    ['n.barre:137000']
    >>> sorted(_unit_facts("زيادة 137 ألف برميل يومياً")), sorted(_unit_facts("на 274 тыс. баррелей"))
    (['n.barre:137000'], ['n.barre:274000'])
    >>> sorted(_unit_facts("۲۷۴ هزار بشکه")), sorted(_unit_facts("日均增产13.7万桶"))
    (['n.barre:274000'], ['n.barre:137000'])
    >>> sorted(_unit_facts("حدود ۲۴ هزار و ۶۰۰ داوطلب")), sorted(_unit_facts("24 ألفا و600 متطوع"))
    (['n.داوطلب:24600'], ['n.متطوع:24600'])
    """
    out = set()
    lead = _THOUSANDS_AND.sub(_joined_thousands, normalise_digits(lead))
    for m in _UNIT_NUMBER.finditer(lead):
        raw = m.group("num")
        before = lead[max(0, m.start("num") - 16) : m.start("num")].split()
        if before and before[-1].lower() in _SCALE:
            continue  # 32 bin 692: the rest of 32,692
        if len(raw) == 4 and raw[:2] in ("19", "20") and raw.isdigit():
            continue  # a year
        value = _number_value(re.sub(r"[\u00a0 ]", ",", raw)) or _value(raw)
        if not value or float(value) < 2:
            continue  # 0 and 1 say nothing (one of, report 1), as number_keys' min_value
        word = m.group("unit")  # the noun after it (the word before: "report 2" vs "report 3"
        if not word:  # in one story's paragraphs numbers them, it was tried and left out)
            continue
        if word.lower() in _OF_TOTAL and not m.group("ord"):
            total = _TOTAL_NOUN.match(lead, m.end("unit"))
            if total is None:
                continue
            word = total.group(1)
        scale = _THOUSANDS.get(word.lower()) or _THOUSANDS.get(word[0])
        if scale and not m.group("ord"):
            rest = word[1:] if word[0] in "千万萬천만" else ""  # 13.7万桶: the noun follows
            if not rest:
                after = _NEXT_WORD.match(lead, m.end("unit"))
                rest = after.group(1) if after else ""
            if not rest:
                continue
            value, word = _value(str(float(value) * scale)), rest
        unit = _unit_of(word)
        same = _SAME_UNIT.get(unit, unit)
        if float(value) >= _LARGE_ONLY.get(same, 0.0):
            unit = same
        if unit.startswith(_DURATION) and not m.group("ord"):
            continue  # a duration, not a moment of the match
        if not _growing(unit):
            out.add(f"n.{unit}:{value}")
    return out


#: A score in words (Arabic and Persian reports rarely write it in digits).
_WORD_SCORES = {
    "بهدف نظيف": "0-1", "بهدفين نظيفين": "0-2", "بثلاثية نظيفة": "0-3",
    "بهدفين مقابل هدف": "1-2", "بهدف لكل منهما": "1-1", "بهدفين لكل منهما": "2-2",
    "بثلاثة أهداف مقابل هدف": "1-3", "بثلاثة أهداف مقابل هدفين": "2-3",
    "التعادل السلبي": "0-0",
    # "without reply": a clean sheet told another way
    "بهدف دون رد": "0-1", "بهدفين دون رد": "0-2", "بثلاثة أهداف دون رد": "0-3", "بثلاثية دون رد": "0-3",
    "بأربعة أهداف دون رد": "0-4", "برباعية نظيفة": "0-4", "برباعية دون رد": "0-4",
    "بأربعة أهداف مقابل هدف": "1-4", "بثلاثية مقابل هدف": "1-3",
}  # fmt: skip
_FA_NUMBERS = {"صفر": 0, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6}
_FA_SCORE = re.compile(rf"(?<!\w)({'|'.join(_FA_NUMBERS)}) بر ({'|'.join(_FA_NUMBERS)})(?!\w)")


def _word_scores(text: str) -> set[str]:
    out = {f"score:{v}" for k, v in _WORD_SCORES.items() if k in text}
    for m in _FA_SCORE.finditer(text):
        lo, hi = sorted((_FA_NUMBERS[m.group(1)], _FA_NUMBERS[m.group(2)]))
        out.add(f"score:{lo}-{hi}")
    return out


def _value(raw: str) -> str:
    raw = raw.replace(",", ".")
    try:
        x = float(raw)
    except ValueError:
        return raw
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _scores(text: str) -> set[str]:
    """Match results written with digits; clock times are not (``10:05``, ``03:12``, ``3:12``).

    Examples
    --------
    >>> sorted(_scores("Iraq beat Iran 2:1; the final ended 1-1"))
    ['score:1-1', 'score:1-2']
    >>> _scores("в 03:12 по местному времени (05:12 мск), ve 3:12, at 10:05")
    set()
    """
    out = set()
    for m in _SCORE.finditer(text):
        a, b = m.group(1), m.group(2)
        if len(b) == 2 and b.startswith("0"):  # 10:05 is a time
            continue
        if len(a) == 2 and a.startswith("0"):  # 03:12, 05-12: a time or a day, no result
            continue
        if ":" in m.group(0) and len(b) == 2:  # 3:12, 11:40: minutes are written with two digits
            continue
        x, y = int(a), int(b)
        if x > 15 or y > 15:
            continue
        lo, hi = sorted((x, y))
        out.add(f"score:{lo}-{hi}")
    return out


@lru_cache(maxsize=4096)
def typed_facts(title: str | None, text: str, day: str | None = None) -> tuple[str, ...]:
    """The typed facts (``kind:value``) of a headline and the lead of its text, sorted.

    Kinds: ``score`` (a match result, the two numbers in ascending order:
    ``2-1`` and ``1-2`` are one result; Arabic and Persian ones in words too),
    ``pct`` (a percentage, its value without trailing zeros: ``19.00%`` is
    ``pct:19``), and any other number of 2 or more keyed by the noun or unit
    after it (not the word before it): ``n.<unit>:<value>``, the unit a CJK measure
    character or a Latin/Cyrillic word's first five letters (``14
    documents`` = ``n.docum:14``, ``200 basis points`` = ``n.basis:200``,
    ``14份`` = ``n.docum:14``: one key for a noun in every language, ``_SAME_UNIT``;
    thousands in words multiplied, ``137 ألف برميل`` = ``n.barre:137000``), except counts that grow while an event is
    reported, amounts, distances, months and durations (``_GROWING``). Amounts of money are not typed facts: reports of one
    event state them differently (a plant of 2.1 or 2.3 billion euros,
    paintings worth 3 or 4 million: the sample corpus). Office holders
    (``role.<role>``, :mod:`storyline.link.roles`) and the occurrence a report
    states in words (``ordinal.<kind>``, ``stage.<proceeding>``:
    :mod:`storyline.link.occurrence`) are typed facts too, and so are the report's
    own day and the days it recalls as another occurrence (``day:``, ``recall:``,
    the weekdays ``dow:`` and ``rdow:``, :mod:`storyline.link.recall`; ``day``: its
    publication day when known).

    Examples
    --------
    >>> typed_facts("西亚锦标赛决赛：伊拉克2比1逆转伊朗夺冠", "")
    ('score:1-2', 'stage.match:final')
    >>> typed_facts("ایران با پیروزی ۳ بر ۱ مقابل عراق قهرمان شد", "")
    ('score:1-3',)
    >>> typed_facts(None, "Published 20 ноября, 22:41. The 2026-10-14 talks; 10:05 GMT")  # no score
    ('day:10-14',)
    >>> typed_facts(None, "Enflasyon yüzde 11,8'e geriledi; faiz %19 oldu")
    ('pct:11.8', 'pct:19')
    >>> typed_facts("فوز العراق على إيران بهدفين مقابل هدف", "با نتیجه دو بر یک")
    ('score:1-2',)
    >>> typed_facts("Central bank cuts rates by 200 basis points", "签署14份合作文件")
    ('n.basis:200', 'n.docum:14', 'stage.decision:cut')
    >>> typed_facts("Quake kills 12 people, 40 injured", "the strike lasted 48 hours")
    ()
    >>> typed_facts("Poll", "more than 80% back it; 78% 以上; 41% oppose")
    ('pct:41',)
    """
    lead = _THOUSANDS_AND.sub(_joined_thousands, normalise_digits(f"{title or ''}\n{text[:LEAD_CHARS]}"))
    # a score after a span back ("who three days ago won 3-1") is an earlier match's
    scored = normalise_digits(without_recalled_match(title, text[:LEAD_CHARS]))
    out = _scores(scored) | _word_scores(scored)
    out |= _headline_scores(normalise_digits(title or ""), out)  # the headline's own result
    plain = _APPROX.sub(" ", lead)  # approximate figures are no facts (a score is never one)
    out |= _unit_facts(_without_scores(plain))
    head = _without_scores(_APPROX.sub(" ", normalise_digits(title or "")))
    out |= _headline_counts(_unit_facts(head) - _sizes_of_change(head, plain), out)  # HEADLINE_COUNT
    for pattern in (_PCT_AFTER, _PCT_BEFORE):
        for m in pattern.finditer(plain):
            out.add(f"pct:{_value(m.group(1))}")
    out.update(role_facts(f"{title or ''}\n{_whole_words(text)}"))  # office holders, link/roles.py
    if appointed := appointee_facts(title):  # the person a headline appoints: link/appointments.py
        out.update(appointed)  # with the names its headline mentions (a lead recalls others)
        out.update(f"{HEADLINE_WHO}:{k}" for k in role_mentions(title or ""))
    out.update(occurrence_facts(title, text[:LEAD_CHARS], day))  # ordinals, stages: link/occurrence.py
    out.update(recall_facts(title, text, day))  # its day, the days it recalls: link/recall.py
    if later_occurrence(title):  # "a new typhoon two weeks after Peilou": a later occurrence
        out.add(f"{FOLLOWUP}:later")
    if same_day_occurrence(title):  # "second blaze in a day": another occurrence that day
        out.add(SAME_DAY)
    out.update(headline_facts(title))  # the headline's amounts, serial numbers, plant units: link/headline.py
    first = first_sentence(text[:LEAD_CHARS])
    out.update(code_facts(first))  # "PSLV-C112 lifted off...": the lead's designators
    out.update(named_models(title, text))  # "Skarp unveils Vega 9": a model the text names again
    out.update(streak_facts(title))  # "for a third straight week": link/streaks.py
    out.update(disease_facts(title))  # the diseases it names: a vaccine, an outbreak
    # the place a race is named for, from the headline or the lead's first sentence: link/venues.py
    out.update(venue_facts(title) or venue_facts(first))
    # the oil facilities the headline and the lead's first sentence name: link/sites.py
    out.update(site_facts(title) + site_facts(first))
    return tuple(sorted(out))


def _whole_words(text: str) -> str:
    """The lead's window, without the word it cuts (``президент Доминиканской Рес``: a name).

    Examples
    --------
    >>> _whole_words("x" * 395 + " Республики")[-6:]
    'xxxxxx'
    >>> _whole_words("Dışişleri Bakanı Hakan Fidan")
    'Dışişleri Bakanı Hakan Fidan'
    >>> len(_whole_words("总统" * 300))
    400
    """
    window = text[:LEAD_CHARS]
    if len(text) <= LEAD_CHARS or not (text[LEAD_CHARS].isalnum() and window[-1:].isalnum()):
        return window
    cut = max(window.rfind(" "), window.rfind("\n"))
    return window[:cut] if cut >= LEAD_CHARS - 30 else window  # no spaces (Chinese): as it is


HEADLINE_SCORE = "hscore"
"""Kind of a result stated in the headline of a report whose lead states other results too
(``hscore:1-1``: the return leg drawn 1-1, the lead recalling the first leg's 2-1 and the
aggregate 3-2): the report's own match. Its lead's results then match the first leg's reports;
a headline result the other report never states is another match
(:func:`_headline_against_scores`)."""


def _headline_scores(head: str, facts: set[str]) -> set[str]:
    """``hscore`` facts: the results ``head`` states when the lead states others as well.

    Examples
    --------
    >>> sorted(_headline_scores("Alania draw 1-1, go through 3-2 on aggregate",
    ...                         {"score:1-1", "score:2-3", "score:1-2"}))
    ['hscore:1-1', 'hscore:2-3']
    >>> _headline_scores("Alania beat Akhmat 2-1", {"score:1-2"})
    set()
    """
    own = _scores(head) | _word_scores(head)
    stated = {f for f in facts if f.startswith("score:")}
    if not own or not stated - own:
        return set()
    return {f"h{f}" for f in own}


def _headline_against_scores(ka: dict[str, frozenset[str]], kb: dict[str, frozenset[str]]) -> bool:
    """Whether one side's headline result (``hscore``) is one the other side never states,
    while the other's headline states a result too (its ``score``, when headline and lead
    agree, or its ``hscore``): reports of two matches of the same teams.

    Examples
    --------
    >>> second = fact_kinds(["hscore:1-1", "hscore:2-3", "score:1-1", "score:1-2", "score:2-3"])
    >>> _headline_against_scores(second, fact_kinds(["score:1-2"]))
    True
    >>> _headline_against_scores(second, fact_kinds(["score:1-1", "score:2-3"]))  # the same match
    False
    >>> _headline_against_scores(fact_kinds(["score:1-2"]), fact_kinds(["score:1-2"]))
    False
    """
    for mine, theirs in ((ka, kb), (kb, ka)):
        own = mine.get(HEADLINE_SCORE)
        other_head = theirs.get(HEADLINE_SCORE) or theirs.get("score")
        if own and other_head and not own & theirs.get("score", frozenset()):
            return True
    return False


def _without_scores(text: str) -> str:
    """``text`` less its scores and percentages (read apart): the counts of nouns remain."""
    for pattern in (_SCORE, _FA_SCORE, _PCT_AFTER, _PCT_BEFORE):
        text = pattern.sub(" ", text)
    return text


def fact_kinds(facts: tuple[str, ...] | list[str] | frozenset[str]) -> dict[str, frozenset[str]]:
    """Typed facts grouped by kind: ``{"pct": {"19", "20"}, ...}``.

    Examples
    --------
    >>> sorted(fact_kinds(["pct:19", "pct:20", "score:1-2"])["pct"])
    ['19', '20']
    """
    out: dict[str, set[str]] = {}
    for fact in facts:
        kind, _, value = fact.partition(":")
        out.setdefault(kind, set()).add(value)
    return {k: frozenset(v) for k, v in out.items()}


HEADLINE_WHO = "hwho"
"""Kind of the names a headline mentions, beside the person it appoints (``role.appointee``):
a report of a deputy's appointment recalls in its lead the governor who proposed her, but its
headline names her alone."""
APPOINTEE = "role.appointee"
_NOT_COMPARED = frozenset({"who", HEADLINE_WHO, "day", "dow", "rdow", "recall", "act.followup", "hscore"})
"""Kinds never compared value by value: the names of office holders (read with their role),
the day a report states and the days it recalls (:func:`storyline.link.recall.recall_conflict`:
reports of one event may state other days), a headline's own result (read against everything
the other report states: :func:`_headline_against_scores`)."""


def _kind_values(kinds: dict[str, frozenset[str]], kind: str) -> frozenset[str]:
    """The values of ``kind`` as shown in a note (a recall conflict: the days on both sides;
    a headline's count, ``hn.``, against the lead's counts of a report that states it there
    alone).

    Examples
    --------
    >>> sorted(_kind_values({"n.seats": frozenset({"129", "236"})}, "hn.seats"))
    ['129', '236']
    """
    if kind == "recall":
        return frozenset(
            [f"day {d}" for d in kinds.get("day", ())]
            + [f"recalls {r}" for r in kinds.get("recall", ())]
        )
    if kind == RELEASE:  # a decision's direction, or the period the released figure is for
        if "stage.decision" in kinds:
            return frozenset(f"decision {v}" for v in kinds["stage.decision"])
        return frozenset(
            f"{k.partition('.')[2]} {v}" for k in kinds if k.startswith("period.") for v in kinds[k]
        )
    if kind.startswith(HEADLINE_COUNT) and kind not in kinds:
        return kinds.get(kind[1:], frozenset())  # a headline's count against the lead's counts
    return kinds.get(kind, frozenset())


RELEASE = "release"
"""Kind of the conflict between a decision (a rate decision, an output decision) and the
release of a figure for a period (March's inflation): a central bank's decision cites the
latest inflation figure, the statistics office released it days before
(:func:`_decision_against_release`)."""


def _decision_against_release(ka: dict[str, frozenset[str]], kb: dict[str, frozenset[str]]) -> bool:
    """Whether ``ka`` reports a decision and no figure's period, ``kb`` a period and no decision.

    A decision report reads no period from its lead (:mod:`storyline.link.occurrence`): the
    figure it cites is the release's, not its own news.

    Examples
    --------
    >>> ecb = fact_kinds(["stage.decision:raise", "pct:3.1"])
    >>> cpi = fact_kinds(["period.month:4", "pct:3.1"])
    >>> _decision_against_release(ecb, cpi), _decision_against_release(cpi, ecb)
    (True, False)
    >>> output = fact_kinds(["stage.decision:raise", "period.month:4"])  # "output rose in April"
    >>> _decision_against_release(ecb, output)
    False
    """
    return (
        "stage.decision" in ka
        and not any(k.startswith("period.") for k in ka)
        and "stage.decision" not in kb
        and any(k.startswith("period.") for k in kb)
    )


def fact_conflicts(
    a: tuple[str, ...] | list[str] | frozenset[str], b: tuple[str, ...] | list[str] | frozenset[str]
) -> tuple[str, ...]:
    """The kinds of fact two reports both state and (mostly) differently: another occurrence.

    A kind conflicts when both state it and fewer than half of the smaller
    side's values are shared (a rate report may repeat last month's
    inflation figure, the rest differ). A unit-keyed number (``n.<unit>``)
    is shared when the other report states the same number under any unit.

    Examples
    --------
    >>> fact_conflicts(["pct:19", "pct:20", "pct:12.6"], ["pct:21", "pct:22", "pct:12.6"])
    ('pct',)
    >>> fact_conflicts(["pct:19", "pct:20"], ["pct:19"])
    ()
    >>> fact_conflicts([], ["score:1-2"])
    ()
    >>> fact_conflicts(["n.votos:2", "n.respa:167"], ["n.votos:167"])
    ()
    """
    ka, kb = fact_kinds(a), fact_kinds(b)
    recalled = ("recall",) if recall_conflict(a, b) else ()  # link/recall.py
    # the noun after a number is a loose key: 167 votos and 167 respaldos are one count
    # (a same-event SemEval pair: 'por solo 2 votos ... 167 respaldos' vs '167 votos')
    na = frozenset().union(*(v for k, v in ka.items() if k.startswith("n.")))
    nb = frozenset().union(*(v for k, v in kb.items() if k.startswith("n.")))
    ha = frozenset().union(*(v for k, v in ka.items() if k.startswith(HEADLINE_COUNT)))
    hb = frozenset().union(*(v for k, v in kb.items() if k.startswith(HEADLINE_COUNT)))
    out = []
    for kind in sorted(
        ka.keys() & kb.keys() - _NOT_COMPARED,
        key=lambda k: (k.startswith(("n.", HEADLINE_COUNT)), k),
    ):
        x, y = ka[kind], kb[kind]
        if kind == "amt":  # headline amounts: too far apart to be one (link/headline.py)
            if amount_conflict(a, b):
                out.append(kind)
            continue
        if kind == APPOINTEE:  # other people appointed, neither headline naming the other's
            if role_conflict(x, y, ka.get(HEADLINE_WHO, ()), kb.get(HEADLINE_WHO, ())):
                out.append(kind)
            continue
        if kind.startswith("role."):  # office holders: other people (link/roles.py)
            if role_conflict(x, y, ka.get("who", ()), kb.get("who", ())):
                out.append(kind)
            continue
        shared = len(x & y)
        if kind == SITE:  # one facility's name in two alphabets: link/sites.py
            shared = max(_same_sites(x, y), _same_sites(y, x))
        elif kind == "pct":
            shared = max(_rounded_pct_count(x, y), _rounded_pct_count(y, x))
        elif kind.startswith("n."):
            shared = max(_near_count(x, y), _near_count(x, nb), _near_count(y, na))
        elif kind.startswith(HEADLINE_COUNT):
            shared = max(_near_count(x, y), _near_count(x, hb), _near_count(y, ha))
        if 2 * shared < min(len(x), len(y)):
            out.append(kind)
    out.extend(_headline_against_counts(ka, kb, out))
    if _decision_against_release(ka, kb) or _decision_against_release(kb, ka):
        out.append(RELEASE)
    if "score" not in out and _headline_against_scores(ka, kb):  # hscore: never compared above
        out.append(HEADLINE_SCORE)
    return tuple(out) + recalled


HEADLINE_COUNT = "hn."
"""Kind prefix of a count of a noun stated in the headline itself (``hn.vehic:33600``): the
report's own figure. Its lead may restate an earlier occurrence's ("earlier this month it
recalled 412,300 cars"), which then matches that occurrence's reports; two headlines that
state counts of one noun, all other, are two occurrences."""


#: A change's size (``lift output by 12,000 bpd``, ``увеличит на 12 тысяч``) and a level it
#: changes to (``to 38,000 barrels``, ``до 38 тысяч``, ``إلى 38 ألف``, ``به ۳۸ هزار``).
_BY_SIZE = re.compile(r"(?:\bby|(?<!\w)на|بمقدار|به میزان)\s+(?=\d)", re.IGNORECASE)
_TO_LEVEL = re.compile(r"(?:\bto|(?<!\w)до|(?<!\w)إلى|(?<![^\s])به|至|到)\s*(?=\d)", re.IGNORECASE)


def _sizes_of_change(head: str, lead: str) -> set[str]:
    """The headline's counts stated as a change's size (``by 12,000 bpd``) where the lead
    states the level the change is to (``to 38,000 barrels per day``) in the same unit: the
    report's own figure is then the level too, which other reports may state alone (a
    headline's ``by`` against another's ``to`` is no other occurrence).

    Examples
    --------
    >>> _sizes_of_change("Mongolia to lift crude output by 12,000 bpd",
    ...                  "It will raise output to 38,000 barrels per day, up from 26,000.")
    {'n.barre:12000'}
    >>> _sizes_of_change("Reserve Bank hikes by 50 basis points", "The repo rate rose to 8.25%.")
    set()
    """
    sizes = {f for m in _BY_SIZE.finditer(head) for f in _unit_facts(head[m.end() : m.end() + 40])}
    if not sizes:
        return set()
    levels = {f for m in _TO_LEVEL.finditer(lead) for f in _unit_facts(lead[m.end() : m.end() + 40])}
    units = {f.rpartition(":")[0] for f in levels}
    return {f for f in sizes if f.rpartition(":")[0] in units and f not in levels}


def _headline_counts(head: set[str], facts: set[str]) -> set[str]:
    """``hn.<unit>`` facts: the headline's counts of a noun whose lead states other counts
    of it too (elsewhere the ``n.<unit>`` facts are the headline's already).

    Examples
    --------
    >>> sorted(_headline_counts({"n.vehic:33600"}, {"n.vehic:33600", "n.vehic:412300"}))
    ['hn.vehic:33600']
    >>> _headline_counts({"n.vehic:412300"}, {"n.vehic:412300"})
    set()
    """
    stated = fact_kinds(frozenset(facts))
    out = set()
    for unit, values in fact_kinds(frozenset(head)).items():
        if stated.get(unit, frozenset()) - values:
            out |= {f"h{unit}:{v}" for v in values}
    return out


def _headline_against_counts(
    ka: dict[str, frozenset[str]], kb: dict[str, frozenset[str]], found: list[str]
) -> list[str]:
    """``hn.<unit>`` kinds one side states and the other states only as ``n.<unit>`` (its
    headline and lead agree), with mostly other values: two occurrences."""
    out: list[str] = []
    for mine, theirs in ((ka, kb), (kb, ka)):
        every = frozenset().union(*(v for k, v in theirs.items() if k.startswith("n.")))
        for kind, x in mine.items():
            if not kind.startswith(HEADLINE_COUNT) or kind in theirs or kind in found + out:
                continue
            y = theirs.get(kind[1:])
            if y and 2 * max(_near_count(x, y), _near_count(x, every)) < min(len(x), len(y)):
                out.append(kind)
    return out


def _same_sites(values: frozenset[str], others: frozenset[str]) -> int:
    """How many of ``values`` name a facility among ``others`` (:func:`same_site`)."""
    return sum(any(same_site(v, o) for o in others) for v in values)


def _near_count(values: frozenset[str], others: frozenset[str]) -> int:
    """How many of ``values`` equal one of ``others``, or round to it (:data:`_ROUNDING`).

    Examples
    --------
    >>> _near_count(frozenset({"412300"}), frozenset({"412000"}))
    1
    >>> _near_count(frozenset({"33600", "12"}), frozenset({"412300", "13"}))
    0
    """
    nums = [_as_float(o) for o in others]
    count = 0
    for v in values:
        if v in others:
            count += 1
            continue
        x = _as_float(v)
        if x is None or x < _ROUNDED_FROM:
            continue
        if any(o is not None and o >= _ROUNDED_FROM and abs(x - o) <= _ROUNDING * max(x, o)
               for o in nums):
            count += 1
    return count


def _rounded_pct_count(values: frozenset[str], others: frozenset[str]) -> int:
    """How many of ``values`` equal one of ``others``, or state it one digit shorter.

    Outlets round a percentage their own way: inflation of 5.9% is "near 6%" in
    one report, a vote of 54.2% is "54 percent" in another, a turnout of 61.7%
    "about 62%". A value is the other rounded when it has one decimal fewer and
    the other, rounded to its decimals, gives it; a rate of 8% is not 8.25%
    (two digits apart: a quarter point is another decision's).

    Examples
    --------
    >>> _rounded_pct_count(frozenset({"6", "3", "8.25"}), frozenset({"5.9", "4.8", "8.25"}))
    2
    >>> _rounded_pct_count(frozenset({"8", "7.5"}), frozenset({"8.25", "7.75"}))
    0
    >>> _rounded_pct_count(frozenset({"54"}), frozenset({"54.2"})), _rounded_pct_count(frozenset({"54.2"}), frozenset({"54"}))
    (1, 0)
    """
    count = 0
    for v in values:
        if v in others:
            count += 1
            continue
        x, places = _as_float(v), _decimals(v)
        if x is None:
            continue
        for o in others:
            y = _as_float(o)
            if y is not None and _decimals(o) == places + 1 and round(y, places) == x:
                count += 1
                break
    return count


def _decimals(value: str) -> int:
    """Digits after the decimal point of a stated number (``"8.25"``: 2)."""
    return len(value.partition(".")[2])


def _as_float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


FOLLOWUP = "act.followup"
"""The kind of a follow-up action a headline reports (:data:`storyline.link.occurrence.ACTS`)."""


ANSWER = f"{FOLLOWUP}:retaliation"
"""The follow-up that is always another side's act: a counter-measure in kind (Baku expelling
France's ambassador three days after Paris expelled Azerbaijan's)."""


ARREST = f"{FOLLOWUP}:arrest"
"""The follow-up of suspects caught: the one a dated report days on may still share its crime's
story with (the sample's Lyon theft; :data:`storyline.link.tracker_evidence.FOLLOWUP_DAYS`)."""


AFTER = f"{FOLLOWUP}:after"
"""A lead that dates its news days after another event (:func:`storyline.link.aftermath.days_after`):
a step after some event, whichever, so no other follow-up action is against it."""


AHEAD = f"{FOLLOWUP}:ahead"
"""A headline or lead that puts its news on a day to come (:func:`storyline.link.aftermath.coming_weekday`):
a step before an event (a forecast, an announcement, a rehearsal), not its report."""


IMPASSE = f"{FOLLOWUP}:impasse"
"""A headline reporting talks or a committee ending without agreement
(:data:`~storyline.link.occurrence.ACTS`): the step before a decision, by its own words."""


PROTEST = f"{FOLLOWUP}:protest"
"""A headline reporting a protest or blockade (:data:`~storyline.link.occurrence.ACTS`): a
reaction to an event (a price rise, a ruling), by its own words after it."""


SAME_DAY = f"{FOLLOWUP}:sameday"
"""A headline reporting another occurrence of its kind the same day (:func:`storyline.link.recall.same_day_occurrence`):
another incident than the day's first, whatever its date says."""


def answer_conflict(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether exactly one of two reports' headlines states an answer in kind (:data:`ANSWER`).

    An arrest two days after a theft may still be the theft's story; a retaliation is
    the other side's own event, whatever it restates of the one it answers.

    Examples
    --------
    >>> answer_conflict(["act.followup:retaliation"], ["n.diplomats:3"])
    True
    >>> answer_conflict(["act.followup:arrest"], []), answer_conflict([ANSWER], [ANSWER])
    (False, False)
    """
    return (ANSWER in a) != (ANSWER in b)


TRIAL = "stage.trial:"
"""The prefix of a trial's stage facts (:data:`storyline.link.occurrence.STAGES`)."""


CASE = "stage.case:"
"""The prefix of a court case's stage facts (a hearing, a ruling: :data:`storyline.link.occurrence.STAGES`)."""


CASE_STEP = f"{FOLLOWUP}:case"
"""A court's hearing or ruling of a case read as a follow-up action (:func:`_followups`). Not a
named step against a lead's "days after" (:data:`AFTER`): the ruling may be the event itself
(a law struck down), and the report of the law's passage "two weeks after" it another's."""


def _followups(facts: Sequence[str]) -> set[str]:
    """A report's follow-up actions, a trial's stage read as one (``act.followup:trial``), and
    a court's hearing or ruling of a case as another (``act.followup:case``): the loser's
    challenge of an election's result in the Constitutional Court two days after it was
    declared is a step after the result, as a trial is after its crime (session 44).

    Examples
    --------
    >>> sorted(_followups(["stage.case:ruling", "pct:54.2"]))
    ['act.followup:case']
    """
    out = {f for f in facts if f.startswith(FOLLOWUP)}
    if any(f.startswith(TRIAL) for f in facts):
        out.add(f"{FOLLOWUP}:trial")
    if any(f.startswith(CASE) for f in facts):
        out.add(CASE_STEP)
    return out


def followup_conflict(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether one report's headline states a follow-up action (an arrest, charges, a removal
    from office) and the other's states none, or another one.

    Not a pair penalty: a report of suspects arrested two days after a theft, dated, is the
    theft's story. The tracker counts it as evidence against where time cannot tell
    (:meth:`~storyline.link.tracker_evidence.EvidenceTracker._conflict_margin`): an undated
    report of a kitchen head arrested weeks after a school-meal poisoning.

    Examples
    --------
    >>> followup_conflict(["act.followup:arrest", "n.pupils:512"], ["n.pupils:512"])
    True
    >>> followup_conflict(["act.followup:arrest"], ["act.followup:arrest", "act.followup:charge"])
    False
    >>> followup_conflict([], ["pct:12"]), followup_conflict(["act.followup:arrest"], ["act.followup:dismissal"])
    (False, True)
    >>> followup_conflict([AFTER], ["act.followup:later"]), followup_conflict([AFTER], ["n.dead:4"])
    (False, True)

    A step put on a day to come (:data:`AHEAD`) is not the step done, whatever else both
    name (session 40): elders agreeing to reopen a crossing on Thursday, against the
    crossing reopened.

    >>> followup_conflict([AHEAD, "act.followup:restart"], ["act.followup:restart"])
    True
    >>> followup_conflict([AHEAD, "act.followup:restart"], [AHEAD])
    False
    >>> followup_conflict([AHEAD], [AFTER])  # "days after" against a step to come: both apart
    False

    A trial, its verdict or its appeal is a step after the crime or the accident it is about
    (two men sentenced for a painting theft seven months on), as a charge is:

    >>> followup_conflict(["stage.trial:verdict"], ["n.paint:4"])
    True
    >>> followup_conflict(["stage.trial:verdict"], ["stage.trial:opening"])
    False

    A court's hearing or ruling of a case, too: a challenge of an election's result
    before the Constitutional Court against the result declared.

    >>> followup_conflict(["stage.case:ruling", "pct:54.2"], ["pct:54.2", "ordinal.round:2"])
    True
    >>> followup_conflict(["stage.case:ruling"], [AFTER, "act.followup:legislation"])
    True
    """
    x = _followups(a)
    y = _followups(b)
    if not x and not y:
        return False
    named_x, named_y = x - {CASE_STEP}, y - {CASE_STEP}  # a court's case may be the event itself
    if (AFTER in x and named_y) or (AFTER in y and named_x):  # "days after" and a named step:
        return False  # both later
    if (AHEAD in x) != (AHEAD in y):  # the step to come and the step done: two events
        return True
    return not (x & y)


def _identity_kind(kind: str) -> bool:
    """A kind that names what the report is about: a model's or a series' number, an oil
    facility, the place a race is named for, the person appointed."""
    return kind.startswith(("model.", "venue.", f"{SITE}.")) or kind in (SITE, APPOINTEE)


def identity_conflict(facts: Sequence[str], others: Sequence[Sequence[str]]) -> bool:
    """Whether ``facts`` name another thing than every one of ``others`` that names one, two or
    more of them: another model, facility, race or appointee (:func:`_identity_kind`).

    A count differs between reports of one event (an early toll, a rounded figure), so a
    dated report inside a story's dates is not held apart by one; the thing a report is about
    does not: a price cut of the Vega 8 the day after the Vega 9's launch is no report of it.

    Examples
    --------
    >>> launch = [("model.vega:9",), ("model.vega:9", "pct:4"), ("pct:3",)]
    >>> identity_conflict(("model.vega:8",), launch), identity_conflict(("model.vega:9",), launch)
    (True, False)
    >>> identity_conflict(("model.vega:8",), [("model.vega:9",), ()])  # one member only
    False
    >>> identity_conflict(("pct:5",), [("pct:4",), ("pct:4",)])  # a figure, not an identity
    False
    """
    mine = fact_kinds(tuple(facts))
    for kind in filter(_identity_kind, mine):
        stating = [o for o in others if kind in fact_kinds(tuple(o))]
        if len(stating) >= 2 and all(kind in fact_conflicts(tuple(facts), tuple(o)) for o in stating):
            return True
    return False


def conflict_shifts(
    facts: Sequence[str], others: Sequence[Sequence[str]], weight: float
) -> np.ndarray:
    """Logit shift of each pair: ``-weight`` where ``facts`` and the other's conflict, else 0.

    Examples
    --------
    >>> conflict_shifts(("score:1-2",), [("score:1-3",), ("score:1-2",), ()], 5.0).tolist()
    [-5.0, 0.0, 0.0]
    """
    out = np.zeros(len(others))
    if not facts or weight <= 0:
        return out
    for i, other in enumerate(others):
        if other and fact_conflicts(tuple(facts), tuple(other)):
            out[i] = -weight
    return out


def penalise(probs: np.ndarray, shifts: np.ndarray) -> np.ndarray:
    """Probabilities moved by logit ``shifts`` (0 leaves a probability as it is).

    Examples
    --------
    >>> penalise(np.array([0.99, 0.99, 0.5]), np.array([-5.0, 0.0, 0.0])).round(3).tolist()
    [0.4, 0.99, 0.5]
    """
    probs = np.asarray(probs, dtype=np.float64)
    if not shifts.any():
        return probs
    p = np.clip(probs, 1e-9, 1 - 1e-9)
    moved = 1.0 / (1.0 + np.exp(-(np.log(p / (1 - p)) + shifts)))
    return np.where(shifts != 0, moved, probs)


_KIND_WORDS = {
    "score": "score",
    HEADLINE_SCORE: "score in the headline",
    "pct": "percentages",
    "recall": "day (one recalls the other's day as another occurrence)",
    "amt": "amount in the headline",
    "disease": "disease in the headline",
    "grade.rating": "rating grade",
    "division.sex": "men's or women's event",
    RELEASE: "kind of report (a decision, or the release of a figure it cites)",
}


def _kind_word(kind: str) -> str:
    """A kind in words: ``score``, ``percentages``, ``number of "docum"``, ``prime minister``."""
    if kind.startswith("role."):
        return role_word(kind[5:])
    if kind.startswith(("ordinal.", "stage.", "period.")):
        return occurrence_word(kind)
    if kind.startswith("venue."):
        return "place the race is named for"
    if kind == SITE or kind.startswith(f"{SITE}."):
        return "oil facility"
    if kind.startswith("model."):
        return f'serial number of "{kind[6:]}"'
    if kind.startswith(HEADLINE_COUNT):
        return f'number of "{kind[3:]}" in the headline'
    return f'number of "{kind[2:]}"' if kind.startswith("n.") else _KIND_WORDS.get(kind, kind)


def fact_note(facts: Sequence[str], others: Sequence[Sequence[str]]) -> str:
    """The typed facts of an article against a story's core members, in words ("" if none).

    Examples
    --------
    >>> fact_note(("score:1-2",), [("score:1-3",), ("score:1-2",), ()])
    'typed facts: other score than 1 of 3 core members (1-2 vs 1-3: another occurrence?); the same as 1'
    >>> fact_note(("pct:19", "pct:20"), [("pct:19", "pct:20")])
    'typed facts: the same percentages (19, 20) as 1 of 1 core member'
    >>> fact_note((), [("score:1-2",)])
    ''
    >>> fact_note(("n.plant:11", "stage.deal:clearance"), [("stage.deal:clearance",)])
    'typed facts: the same ruling on the deal (clearance) as 1 of 1 core member'
    >>> note = fact_note(("stage.decision:raise",), [("period.month:4",)])
    >>> note.startswith("typed facts: other kind of report (a decision, or the release of a figure")
    True
    >>> note.endswith("(decision raise vs month 4: another occurrence?)")
    True
    """
    if not facts:
        return ""
    mine = fact_kinds(tuple(facts))
    conflicts: list[tuple[str, frozenset[str]]] = []
    same = 0
    shared: set[str] = set()  # the kinds the agreeing members state too
    for other in others:
        if not other:
            continue
        kinds = fact_conflicts(tuple(facts), tuple(other))
        if kinds:
            conflicts.append((kinds[0], _kind_values(fact_kinds(tuple(other)), kinds[0])))
        elif common := mine.keys() & fact_kinds(tuple(other)).keys() - _NOT_COMPARED:
            same += 1
            shared |= common
    n = len(others)
    if conflicts:
        kind, theirs = conflicts[0]
        word = _kind_word(kind)
        line = (
            f"typed facts: other {word} than {len(conflicts)} of {n} core member"
            f"{'s' if n != 1 else ''} ({', '.join(sorted(_kind_values(mine, kind)))} vs "
            f"{', '.join(sorted(theirs))}: another occurrence?)"
        )
        return f"{line}; the same as {same}" if same else line
    if same:
        kind = sorted(shared)[0]  # a kind they share, not merely one of the article's
        word = _kind_word(kind)
        values = ", ".join(sorted(mine[kind]))
        return (
            f"typed facts: the same {word} ({values}) as {same} of {n} core member"
            f"{'s' if n != 1 else ''}"
        )
    return ""


def conflict_line(a: Sequence[str], b: Sequence[str], weight: float) -> str:
    """An evidence line for a pair whose typed facts conflict ("" when they do not).

    Examples
    --------
    >>> conflict_line(("score:1-2",), ("score:1-3",), 5.0)
    '-5.0 other score (1-2 vs 1-3): another occurrence?'
    >>> conflict_line(("score:1-2",), ("score:1-2",), 5.0)
    ''
    """
    kinds = fact_conflicts(tuple(a), tuple(b))
    if not kinds or weight <= 0:
        return ""
    kind = kinds[0]
    x, y = _kind_values(fact_kinds(tuple(a)), kind), _kind_values(fact_kinds(tuple(b)), kind)
    word = _kind_word(kind)
    return (
        f"-{weight:.1f} other {word} ({', '.join(sorted(x))} vs {', '.join(sorted(y))}): "
        "another occurrence?"
    )
