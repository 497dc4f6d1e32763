"""The place a race is named for, in a headline (or, where it names none, the lead's first
sentence): the Cebu Marathon is not the Tacloban Marathon.

A runner wins one city's marathon, then another's months later; a driver wins one Grand Prix,
then the next two weeks on. The reports of both read alike (the same winner, the same kind
of race, the same rivals) and many state no date. The race's place in the headline tells them
apart. :func:`venue_facts` reads it as ``venue.<script>:<name>``: the name as written, compared
only with a headline of the same script (the names of one place differ across scripts, and
the gazetteer does not know every town a race is run in).

- ``Cebu Marathon``, ``Tacloban City Marathon``, ``London Half Marathon``,
  ``Monaco Grand Prix``, ``the Grand Prix of Germany``;
- ``марафон в Таклобане``, ``Гран-при Монако`` (the first five letters: Russian declines
  the name);
- ``ماراثون تاكلوبان``, ``ماراتن تاکلوبان``, ``جائزة موناكو الكبرى`` (not any prize:
  ``جائزة نوبل``);
- ``宿务马拉松``, ``摩纳哥大奖赛`` (the last two characters before the race's word, after
  ``市``, ``国际``, ``半程``).

Examples
--------
>>> venue_facts("Rotich adds Cebu Marathon title to Tacloban course record")
('venue.latin:cebu',)
>>> venue_facts("罗蒂奇夺得宿务马拉松冠军")
('venue.han:宿务',)
>>> venue_facts("Кениец Ротич установил рекорд трассы марафона в Таклобане")
('venue.cyrillic:такло',)
>>> venue_facts("Rotich smashes course record as Dacutanan settles for second")
()
"""

from __future__ import annotations

import re

__all__ = ["venue_facts"]

_LATIN = re.compile(
    r"(?<![\w-])([A-Z][\w'-]+)(?: City)?(?: International)?\s+(?:Half[\s-])?"
    r"(?:Marathon|Grand Prix)(?!\w)"
)
_CYRILLIC = (
    re.compile(r"(?<!\w)(?:полу)?марафон\w*\s+в\s+([А-ЯЁ][а-яё-]+)"),
    re.compile(r"(?<!\w)Гран-?при\s+([А-ЯЁ][а-яё-]+)"),
)
#: Arabic and Persian name a place differently (``لاتفيا``, ``لتونی``: Latvia), so each is
#: compared with its own: the race's word tells the language.
_ARABIC = (
    (re.compile(r"ماراثون\s+(?:مدينة\s+)?([\u0600-\u06ff]{3,})"), "arabic"),
    (re.compile(r"ماراتن\s+(?:شهر\s+)?([\u0600-\u06ff]{3,})"), "persian"),
    (re.compile(r"(?:گرندپری|گرند[\s\u200c]پری)\s+([\u0600-\u06ff]{3,})"), "persian"),
    (re.compile(r"جائزة\s+([\u0600-\u06ff]{3,})\s+(?:ال)?كبرى"), "arabic"),  # a Grand Prix, not any prize
)
_ARABIC_NOT_NAME = frozenset({"الدولي", "الدولية", "بين", "المللی", "الكبرى", "نیمه", "سال"})
_HAN = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:市|城市|国际|半程|全程)*(?:马拉松|大奖赛)")


#: Title-case headlines capitalise every word: these are no race's place.
_LATIN_NOT_NAME = frozenset(
    "wins win won takes claims clinches at in the of for to and annual women's men's elite "
    "record first new".split()
)


#: ``the Grand Prix of Germany``, ``Grand Prix of the Netherlands``: the place after the race.
_LATIN_OF = re.compile(r"(?<!\w)Grand Prix of (?:the )?([A-Z][\w'-]+)")


def _latin(title: str) -> set[str]:
    names = {m.group(1).lower() for rx in (_LATIN, _LATIN_OF) for m in rx.finditer(title)}
    return {f"venue.latin:{name}" for name in names - _LATIN_NOT_NAME}


def _cyrillic(title: str) -> set[str]:
    found = {m.group(1).lower()[:5] for rx in _CYRILLIC for m in rx.finditer(title)}
    return {f"venue.cyrillic:{name}" for name in found}


_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه"})


def _arabic(title: str) -> set[str]:
    out = set()
    for rx, language in _ARABIC:
        for m in rx.finditer(title.replace("\u200c", " ")):
            name = m.group(1)
            if name not in _ARABIC_NOT_NAME:
                out.add(f"venue.{language}:{name.translate(_FOLD)}")
    return out


def _han(title: str) -> set[str]:
    out = set()
    for m in _HAN.finditer(title):
        run = re.sub(r"(?:市|城市|国际|半程|全程)+$", "", m.group(1))
        if len(run) >= 2 and not run.endswith("届"):  # 首届马拉松: the first edition, no place
            out.add(f"venue.han:{run[-2:]}")
    return out


def venue_facts(title: str | None) -> tuple[str, ...]:
    """The places the races a headline names are named for (``venue.<script>:<name>``).

    Examples
    --------
    >>> venue_facts("Verstappen wins the Monaco Grand Prix from pole")
    ('venue.latin:monaco',)
    >>> venue_facts("Vitols won the Grand Prix of Germany on Sunday")
    ('venue.latin:germany',)
    >>> venue_facts("الكيني روتيتش يحطم الرقم القياسي لماراثون تاكلوبان في الفلبين")
    ('venue.arabic:تاکلوبان',)
    >>> venue_facts("塔克洛班国际马拉松：罗蒂奇打破赛会纪录")
    ('venue.han:洛班',)
    >>> venue_facts(None)
    ()
    """
    if not title:
        return ()
    return tuple(sorted(_latin(title) | _cyrillic(title) | _arabic(title) | _han(title)))
