"""The run a headline counts its news in: the third straight weekly price rise, the fifth
consecutive night of protests, a team's fourth win in a row.

A recurring decision (a fuel price set every week, a central bank's rate at every meeting),
a recurring protest or a team's season is reported in the same words each time, by the same
actors; what the headline counts tells one occurrence from the next. Reports of one occurrence
count it alike (``for a second straight week``, ``второй раз подряд``, ``للأسبوع الثاني على
التوالي``); the next week's reports say third (``三连涨``). :func:`streak_facts` reads that count
from a headline as ``ordinal.streak:<n>``, compared as every ordinal of occurrence is
(:func:`storyline.link.facts.fact_conflicts`: other counts, two occurrences). A rise that is
the first in a while (``first rise in a month``, ``впервые за месяц``, ``للمرة الأولى منذ``)
counts one.

Examples
--------
>>> streak_facts("Petrolimex raises pump prices for a third straight week")
('ordinal.streak:3',)
>>> streak_facts("فيتنام ترفع أسعار البنزين للأسبوع الثاني على التوالي")
('ordinal.streak:2',)
>>> streak_facts("越南油价三连涨"), streak_facts("Вьетнам впервые за месяц повысил цены на бензин")
(('ordinal.streak:3',), ('ordinal.streak:1',))
>>> streak_facts("Prices rise again")
()
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.link.occurrence import _han_number

__all__ = ["streak_facts"]

#: Ordinal words and their values, every language together (stems where words inflect).
_WORDS = {
    # English, Spanish, Portuguese, Italian, French, German, Turkish, Vietnamese
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
    "segunda": 2, "segundo": 2, "tercera": 3, "tercer": 3, "tercero": 3, "terceira": 3,
    "terceiro": 3, "cuarta": 4, "cuarto": 4, "quarta": 4, "quarto": 4, "quinta": 5, "quinto": 5,
    "seconda": 2, "terza": 3, "terzo": 3,
    "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
    "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4,
    "fünften": 5, "fünfte": 5,
    "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5,
    "hai": 2, "ba": 3, "tư": 4, "năm": 5,
    # Russian stems
    "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7,
    # Arabic (masculine and feminine), Persian (before the noun, or after it)
    "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4, "الرابعة": 4,
    "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6,
    "دومین": 2, "سومین": 3, "چهارمین": 4, "پنجمین": 5, "ششمین": 6,
    "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6,
}  # fmt: skip
_KO_JA = {"두": 2, "세": 3, "네": 4, "다섯": 5, "二": 2, "三": 3, "四": 4, "五": 5}

_EN_UNIT = r"(?:weeks?|months?|days?|nights?|times?|years?|sessions?|meetings?|quarters?|games?|matches?|wins?|victories|rises?|increases?|hikes?|cuts?|falls?|declines?|gains?|losses?|defeats?)"
_N_EN = r"(?P<n>\d{1,2})(?:st|nd|rd|th)"
_W = r"(?P<w>[^\W\d_]+)"
_SP = r"[\s\u200c]+"

_PATTERNS = [
    # English: "third straight week", "3rd consecutive hike", "fourth time in a row"
    rf"(?<!\w)(?:{_W}|{_N_EN})\s+(?:straight|consecutive|successive)\s+{_EN_UNIT}(?!\w)",
    rf"(?<!\w)(?:{_W}|{_N_EN})\s+{_EN_UNIT}\s+in\s+a\s+row(?!\w)",
    r"(?<!\w)(?P<one>first)\s+(?:\w+\s+){0,2}in\s+(?:a|\d+|two|three|four|five|six|several)\s+(?:weeks?|months?|years?)(?!\w)",
    # Spanish, Portuguese, Italian, French: "por tercera semana consecutiva", "pour la troisième fois consécutive"
    rf"(?<!\w){_W}\s+(?:semana|vez|mes|sesi[oó]n|jornada|settimana|volta|mese|semaine|fois|séance|journée|mois|jour)s?\s+(?:consecutiv[ao]s?|consécuti(?:ve|f)s?|seguid[ao]s?)(?!\w)",
    # German: "zum dritten Mal in Folge", "die dritte Woche in Folge"
    rf"(?<!\w){_W}\s+(?:Mal|Woche|Monat|Tag|Sitzung)\w*\s+in\s+Folge(?!\w)",
    # Turkish: "üst üste üçüncü kez"
    rf"(?<!\w)üst\s+üste\s+{_W}\s+(?:kez|kere|hafta|ay|gün|defa)(?!\w)",
    # Vietnamese: "tuần thứ ba liên tiếp", "lần thứ hai liên tiếp"
    rf"(?<!\w)(?:tuần|lần|tháng|phiên|kỳ)\s+(?:thứ\s+)?{_W}\s+liên\s+tiếp(?!\w)",
    # Russian: "второй раз подряд", "третью неделю подряд", "в третий раз подряд"; "впервые за месяц"
    rf"(?<!\w){_W}\s+(?:раз|недел\w*|месяц\w*|день|дня|год|заседани\w*)\s+подряд(?!\w)",
    r"(?<!\w)(?P<one>впервые)\s+за\s+(?:\S+\s+)?(?:недел\w*|месяц\w*|год\w*|лет)(?!\w)",
    # Arabic: "للأسبوع الثاني على التوالي", "للمرة الثالثة على التوالي"; "للمرة الأولى منذ"
    rf"(?<!\S)[لو]?(?:ل|ال)(?:مرة|أسبوع|اسبوع|شهر|يوم|عام|جلسة)\s+{_W}\s+على\s+التوالي",
    r"(?<!\S)[لو]?(?:ل|ال)مرة\s+(?P<one>الأولى)\s+منذ(?!\S)",
    # Persian: "برای سومین بار متوالی", "هفته سوم پیاپی"
    rf"(?<!\S){_W}{_SP}(?:بار|هفته|ماه|روز|سال|جلسه){_SP}(?:متوالی|پیاپی|پی{_SP}در{_SP}پی)",
    rf"(?<!\S)(?:بار|هفته|ماه|روز|سال|جلسه){_SP}{_W}{_SP}(?:متوالی|پیاپی)",
]
_STREAKS = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]
#: Chinese: ``三连涨`` (a third rise in a row), ``连续三周``; Korean ``3주 연속``, ``세 번 연속``;
#: Japanese ``3週連続``.
_HAN_STREAK = re.compile(
    r"([两二三四五六七八九十]|\d{1,2})连(?:涨|跌|降|升|胜|败|增|减|冠|加息|降息|调)|"
    r"连续([两二三四五六七八九十]|\d{1,2})(?:周|个月|天|日|次|年|个交易日|场|轮)"
)
_KO_JA_STREAK = re.compile(
    r"(\d{1,2}|두|세|네|다섯)\s?(?:주|개월|번|회|일)\s?연속|(\d{1,2}|二|三|四|五)(?:週|カ月|ヶ月|か月|回|日)連続"
)


def _value(word: str | None, number: str | None) -> int:
    if number:
        return int(number)
    if not word:
        return 0
    word = word.lower()
    if word in _WORDS:
        return _WORDS[word]
    return next((v for stem, v in _WORDS.items() if len(stem) <= 5 and word.startswith(stem)), 0)


@lru_cache(maxsize=4096)
def streak_facts(title: str | None) -> tuple[str, ...]:
    """``ordinal.streak:<n>`` for the count of a run a headline states (a second straight week).

    Examples
    --------
    >>> streak_facts("Central bank hikes for the fourth time in a row")
    ('ordinal.streak:4',)
    >>> streak_facts("Petrolimex повысила цены на бензин второй раз подряд")
    ('ordinal.streak:2',)
    >>> streak_facts("بانک مرکزی برای سومین بار متوالی نرخ بهره را افزایش داد")
    ('ordinal.streak:3',)
    >>> streak_facts("Ulsan win the cup for a second time"), streak_facts("连续3周上涨")
    ((), ('ordinal.streak:3',))
    """
    if not title:
        return ()
    out: set[int] = set()
    for rx in _STREAKS:
        for m in rx.finditer(title):
            groups = m.groupdict()
            n = 1 if groups.get("one") else _value(groups.get("w"), groups.get("n"))
            if 0 < n <= 30:
                out.add(n)
    for m in _HAN_STREAK.finditer(title):
        raw = m.group(1) or m.group(2)
        out.add(int(raw) if raw.isdigit() else _han_number(raw))
    for m in _KO_JA_STREAK.finditer(title):
        raw = m.group(1) or m.group(2)
        out.add(int(raw) if raw.isdigit() else _KO_JA[raw])
    return tuple(f"ordinal.streak:{n}" for n in sorted(out))
