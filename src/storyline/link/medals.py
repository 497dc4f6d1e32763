"""Which medal a report tells an athlete won: gold, silver or bronze.

At a championship an athlete competes in several events days apart: her
individual final and, three days later, a pairs or team event. Reports of the
two share her name, the championship, the city and her country's medal count;
the medal is what tells them apart, and outlets state it in the headline:
``takes silver``, ``серебро``, ``فضية``, ``مدال نقره``, ``银牌``. A title won
or kept (``retains world title``, ``защитила титул чемпионки мира``,
``تحتفظ بلقبها العالمي``, ``قهرمانی جهان را حفظ کرد``, ``卫冕...冠军``) is the
gold. :func:`medal_facts` reads them as ``stage.medal:<gold|silver|bronze>``,
compared by the stage conflict (:func:`storyline.link.facts.fact_conflicts`):
two reports stating medals, none the same, are two events. A headline naming
two medals (``gold for Rahayu, silver for her team-mate``) shares one with
either and conflicts with neither.

Examples
--------
>>> medal_facts("Rahayu and Putri take pairs silver at silat worlds")
('stage.medal:silver',)
>>> medal_facts("Indonesia's Rahayu retains world pencak silat title in Bandung")
('stage.medal:gold',)
>>> medal_facts("Gold hits a record as the dollar slips")  # a metal's price
()
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.link.rounds import word_pattern

__all__ = ["division_facts", "medal_facts"]

_WIN = (
    r"(?:wins?|won|winning|takes?|took|taking|claims?|claimed|grabs?|grabbed|snatch\w*|"
    r"clinch\w*|bags?|bagged|earns?|earned|collects?|collected|adds?|added|settles? for|"
    r"settled for|picks? up|picked up|strikes?|struck|goes for|to)"
)
_OWNER = r"(?:the |a |her |his |their |its |\w+'s )?(?:\w+ ){0,2}"
_RU_WIN = r"(?:взял\w*|берут|бер[её]т|завоевал\w*|завоюет|выиграл\w*|принес\w*|добыл\w*|стал\w*)"

#: Words of each medal, every language together (case-insensitive). A metal alone is a
#: price's or a commodity's: English needs a winning verb or ``medal``; Persian ``مدال``.
_MEDALS: dict[str, tuple[str, ...]] = {
    "gold": (
        rf"{_WIN} {_OWNER}gold\b",
        r"gold medal\w*",
        r"(?:wins?|won|retains?|retained|defends?|defended|keeps?|kept|claims?|claimed|clinch\w*)"
        r" (?:the |her |his |their |its )?(?:\w+ ){0,3}(?:world|european|asian|african|olympic|"
        r"continental|commonwealth|pan american) (?:\w+ ){0,3}(?:titles?|crowns?)\b",
        rf"{_RU_WIN} (?:\w+ )?золот\w*|золот(?:ую|ая|ой|ые) медал\w*|золото\b",
        r"(?:защитил\w*|завоевал\w*|выиграл\w*|сохранил\w*) (?:\w+ )?титул\w*",
        r"стал\w* (?:\w+ )?чемпион\w* (?:мира|европы|азии|олимпийских игр)",
        r"(?:ال)?ذهبية(?!\w)",
        r"ميدالية ذهبية",
        r"(?:تحتفظ|يحتفظ|احتفظت|احتفظ|تحرز|يحرز|أحرزت|أحرز|تنتزع|ينتزع|انتزعت|انتزع|تتوج|يتوج|"
        r"توجت|توج)\S* (?:ب)?(?:ال)?لقب\S*",
        r"مدال[\s\u200c]+(?:ی[\s\u200c]+)?طلا",
        r"طلای[\s\u200c]+(?:جهان|آسیا|المپیک|اروپا)",
        r"قهرمانی[\s\u200c]+(?:جهان|آسیا|المپیک|اروپا)(?:[\s\u200c]+\S+){0,3}[\s\u200c]+را[\s\u200c]+"
        r"(?:حفظ|به[\s\u200c]+دست|کسب)",
        r"金牌",
        r"夺金",
        r"摘金",
        r"卫冕(?!冠军)",
        r"goldmedaille\w*|(?:holt|gewinnt|gewann) gold\b",
        r"médaille d'or",
        r"medalla de oro",
        r"medaglia d'oro",
        r"medalha de ouro",
        r"altın madalya\w*",
        r"medali emas",
    ),
    "silver": (
        rf"{_WIN} {_OWNER}silver\b",
        r"silver medal\w*",
        rf"{_RU_WIN} (?:\w+ )?серебр\w*|серебрян\w+ медал\w*|серебро\b",
        r"(?:ال)?فضية(?!\w)",
        r"ميدالية فضية",
        r"مدال[\s\u200c]+(?:ی[\s\u200c]+)?نقره",
        r"银牌",
        r"摘银",
        r"silbermedaille\w*|(?:holt|gewinnt|gewann) silber\b",
        r"médaille d'argent",
        r"medalla de plata",
        r"medaglia d'argento",
        r"medalha de prata",
        r"gümüş madalya\w*",
        r"medali perak",
    ),
    "bronze": (
        rf"{_WIN} {_OWNER}bronze\b",
        r"bronze medal\w*",
        rf"{_RU_WIN} (?:\w+ )?бронз\w*|бронзов\w+ медал\w*|бронза\b|бронзу\b",
        r"(?:ال)?برونزية(?!\w)",
        r"ميدالية برونزية",
        r"مدال[\s\u200c]+(?:ی[\s\u200c]+)?برنز",
        r"铜牌",
        r"摘铜",
        r"bronzemedaille\w*|(?:holt|gewinnt|gewann) bronze\b",
        r"médaille de bronze",
        r"medalla de bronce",
        r"medaglia di bronzo",
        r"medalha de bronze",
        r"bronz madalya\w*",
        r"medali perunggu",
    ),
}
_MEDAL_RES = {medal: word_pattern(words) for medal, words in _MEDALS.items()}


@lru_cache(maxsize=4096)
def medal_facts(text: str) -> tuple[str, ...]:
    """The medals ``text`` (a headline, or a lead's first sentence) tells were won, sorted.

    Examples
    --------
    >>> medal_facts("Рахаю и Путри взяли серебро в парном разряде")
    ('stage.medal:silver',)
    >>> medal_facts("Ненгсих Рахаю защитила титул чемпионки мира по пенчак-силату")
    ('stage.medal:gold',)
    >>> medal_facts("راهايو وزميلتها تحرزان فضية الثنائي في ختام بطولة العالم")
    ('stage.medal:silver',)
    >>> medal_facts("نینگسیه راهایو قهرمانی جهان پنچاک سیلات را حفظ کرد")
    ('stage.medal:gold',)
    >>> medal_facts("拉哈尤搭档获班卡西拉世锦赛女子双人项目银牌"), medal_facts("拉哈尤卫冕世锦赛冠军")
    (('stage.medal:silver',), ('stage.medal:gold',))
    >>> medal_facts("Rahayu wins gold as team-mate Putri takes bronze")
    ('stage.medal:bronze', 'stage.medal:gold')
    >>> medal_facts("Central bank buys 20 tonnes of gold"), medal_facts("قیمت طلا رکورد زد")
    ((), ())
    >>> medal_facts("На золотом руднике погибли девять горняков"), medal_facts("اكتشاف كنز ذهبي")
    ((), ())
    >>> medal_facts("استقالة الوزير على خلفية فضيحة"), medal_facts("卫冕冠军伊朗战平伊拉克")
    ((), ())
    """
    return tuple(sorted(f"stage.medal:{medal}" for medal, rx in _MEDAL_RES.items() if rx.search(text)))


#: A sport's men's or women's event, written beside a distance or an event word: ``women's
#: 1000m``, ``男子5000米``, ``среди женщин``, ``1000 متر للسيدات``, ``۱۰۰۰ متر زنان``.
#: Chinese ``男子`` alone is "a man" (``一男子被捕``): only before a digit or an event word.
_DIVISION: dict[str, re.Pattern[str]] = {
    "men": re.compile(
        r"\bmen['’]s\b|男子(?=\d|[单双团个接全短长速马决组项比冠世])|среди мужчин|у мужчин|"
        r"мужск\w+ (?:дистанци|забег|турнир|финал|эстафет|гонк|\d)|"
        r"(?:\d\s*(?:متر|م|كلم|كم)|فئة|منافسات|سباق|نهائي|فردي|زوجي)\s+(?:لل|ل)?(?:ال)?رجال|"
        r"(?:\d\s*(?:متر|کیلومتر)|رده|بخش|مسابقه|فینال|انفرادی)[\s\u200c]+مردان|"
        r"\b(?:herren|männer)\b|\bmessieurs\b|\bmasculin[oa]?s?\b",
        re.IGNORECASE,
    ),
    "women": re.compile(
        r"\bwomen['’]s\b|女子(?=\d|[单双团个接全短长速马决组项比冠世])|среди женщин|у женщин|"
        r"женск\w+ (?:дистанци|забег|турнир|финал|эстафет|гонк|\d)|"
        r"(?:\d\s*(?:متر|م|كلم|كم)|فئة|منافسات|سباق|نهائي|فردي|زوجي)\s+(?:لل|ل)?(?:ال)?(?:سيدات|نساء)|"
        r"(?:\d\s*(?:متر|کیلومتر)|رده|بخش|مسابقه|فینال|انفرادی)[\s\u200c]+زنان|"
        r"\b(?:damen|frauen)\b|\bdames\b|\bféminin[e]?s?\b|\bfemenin[oa]s?\b",
        re.IGNORECASE,
    ),
}
#: What makes a headline a sport's: a distance, a record, a medal, a title, a race, a final.
_SPORT = re.compile(
    r"\d\s*(?:m|km|metres?|meters?|米|公里|метр\w*|км|متر|م|كلم|کیلومتر)(?![^\W\d_])|"
    r"(?<![^\W\d_])(?:records?|medal\w*|titles?|races?|finals?|singles|doubles|relay|"
    r"championships?|world cup|рекорд\w*|медал\w*|титул\w*|забег\w*|финал\w*|турнир\w*|"
    r"(?:ال)?رقم|ميدالي\S*|لقب|سباق|نهائي|بطولة|رکورد\S*|مدال|قهرمانی|فینال|مسابقه)|"
    r"纪录|金牌|冠军|决赛|比赛|世锦赛|世界杯",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def division_facts(text: str) -> tuple[str, ...]:
    """Whether ``text`` (a headline, or a lead's first sentence) reports a men's or a women's
    event, as ``division.sex:<men|women>``, sorted; read only in a sport's headline.

    A men's and a women's record (or final) at one meeting, a day apart, share the meeting,
    the city and the records' words: the division tells them apart.

    Examples
    --------
    >>> division_facts("希姆斯特拉打破男子5000米世界纪录"), division_facts("仓本葵打破女子1000米世界纪录")
    (('division.sex:men',), ('division.sex:women',))
    >>> division_facts("کوراموتو رکورد جهانی ۱۰۰۰ متر زنان را در هیرنفین شکست")
    ('division.sex:women',)
    >>> division_facts("Kuramoto breaks women's 1000m world record")
    ('division.sex:women',)
    >>> division_facts("一男子在地铁站被捕"), division_facts("Women march for equal pay")
    ((), ())
    """
    if not _SPORT.search(text):
        return ()
    return tuple(sorted(f"division.sex:{d}" for d, rx in _DIVISION.items() if rx.search(text)))
