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

from functools import lru_cache

from storyline.link.rounds import word_pattern

__all__ = ["medal_facts"]

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
