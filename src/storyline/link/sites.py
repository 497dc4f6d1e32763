"""The oil facility a headline names (``the Tuapse refinery``): another refinery is another attack.

Drones set one refinery on fire, then another a day later in the same region; an oil depot
burns a week after. The reports read alike (the same kind of attack, the same region, the same
officials) and many state no date. The facility's name tells them apart. :func:`site_facts`
reads it as ``site:<consonants>`` (:func:`site_key`), alike in every alphabet, so the Russian
``Туапсинский НПЗ``, the Persian ``پالایشگاه توآپسه`` and the English ``Tuapse refinery`` are
one facility (:func:`same_site`); in Chinese, as ``site.han:<the last two characters before
炼油厂>``, compared only with Chinese.

- ``Tuapse refinery``, ``Lukoil's Volgograd oil refinery``;
  ``Raffinerie Schwedt``, ``raffinerie de Donges``, ``raffineria di Sannazzaro``;
- ``Туапсинский НПЗ``, ``НПЗ в Туапсе``, ``Ільський НПЗ``, ``нефтебаза в Брянске``;
- ``مصفاة توابسي``, ``پالایشگاه توآپسه``, ``图阿普谢炼油厂``.

A country's name or adjective is no facility's (``Russian refinery``, ``پالایشگاه روسیه``,
``俄罗斯炼油厂``): the gazetteer tells them.

Examples
--------
>>> site_facts("Drone strike sets Russia's Tuapse refinery ablaze"), site_facts("Пожар на Туапсинском НПЗ")
(('site:tbs',), ('site:tbsnskm',))
>>> site_facts("Беспилотники атаковали Афипский НПЗ"), site_facts("Під ударом Ільський НПЗ на Кубані")
(('site:fbsk',), ('site:lsk',))
>>> site_facts("Drones hit a Russian refinery"), site_facts("俄罗斯炼油厂遭袭")
((), ())
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.entities._text import fold_name
from storyline.entities.names import _skeleton

__all__ = ["SITE", "same_site", "site_facts", "site_key"]

_CASED = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ\u0410-\u042f\u0401\u0404\u0406\u0407\u0490]"
_LOWER = r"[a-zà-öø-ÿłśżźćńąęóA-ZÀ-ÖØ-Þ\u0430-\u044f\u0451\u0454\u0456\u0457\u0491'’-]"
_NAME = rf"({_CASED}{_LOWER}{{2,}})"
_LATIN_WORD = r"(?:refinery|oil depot|fuel depot)"
_CYRILLIC_WORD = r"(?:НПЗ|нефтеперерабатывающ\w*\s+завод\w*|нафтопереробн\w*\s+завод\w*|нефтебаз\w*|нафтобаз\w*)"
_BEFORE = re.compile(rf"(?<![\w'’-]){_NAME}\s+(?:oil\s+)?(?:{_LATIN_WORD}|{_CYRILLIC_WORD})(?!\w)")
_AFTER = re.compile(
    rf"(?<!\w)(?:{_CYRILLIC_WORD}|[Rr]affinerie|raffineria|refinería|refinaria|rafinerii|rafineria)"
    rf"\s+(?:(?:de|di|du|von|в|у|под|w)\s+)?{_NAME}(?![\w'’-])(?!\s+(?:кра|обл|район|респ|регион|окру))"
)
"""The name after the facility's word (``НПЗ в Туапсе``, ``raffinerie de Donges``), not a
region's (``НПЗ в Краснодарском крае``); English's ``refinery in Texas`` names a state as often
as a town, so it is not read."""
_ARABIC = re.compile(
    r"(?<![\u0600-\u06ff])(مصفاة|مصفى|پالایشگاه)\s+(?:(?:نفت|النفط|نفط|في|فی|در)\s+)?([\u0600-\u06ff]{3,})"
)
_HAN = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:的)?(?:炼油厂|炼厂|油库)")
_CYRILLIC_NAME = re.compile(r"[\u0400-\u04ff]")
_ADJECTIVE = re.compile(r"(?:ий|ый|ой|ого|ому|ом|ым|ій|ім)$")


@lru_cache(maxsize=4096)
def _country(name: str) -> bool:
    """Whether ``name`` is a country or a region (its name or adjective), per the gazetteer."""
    from storyline.entities.gazetteer import load

    gazetteer = load()
    for form in {name, name.removeprefix("ال")}:
        found = gazetteer.lookup(fold_name(form))
        if found and found[0].split(":", 1)[0] in ("country", "region"):
            return True
    return False


def _han_country(run: str) -> bool:
    from storyline.entities.gazetteer import load

    han = load().han
    return any(han.get(run[i:], "").startswith(("country:", "region:")) for i in range(len(run) - 1))


def site_facts(title: str | None) -> tuple[str, ...]:
    """The oil facilities a headline names (``site.<script>:<name>``).

    Examples
    --------
    >>> site_facts("Drones hit the Ryazan refinery"), site_facts("НПЗ в Туапсе атакован")
    (('site:rzn',), ('site:tbs',))
    >>> site_facts("Drones hit refinery in Texas"), site_facts("Атакован НПЗ в Краснодарском крае")
    ((), ())
    >>> site_facts("حريق في مصفاة توابسي الروسية"), site_facts("حمله پهپادی به پالایشگاه توآپسه روسیه")
    (('site:tbs',), ('site:tbs',))
    >>> site_facts("俄罗斯图阿普谢炼油厂遭无人机袭击起火")
    ('site.han:普谢',)
    >>> site_facts(None)
    ()
    """
    if not title:
        return ()
    out = set()
    for rx in (_BEFORE, _AFTER):
        for m in rx.finditer(title):
            name = m.group(1)
            if rx is _BEFORE and name.endswith(("'s", "’s")):
                continue  # "Lukoil's refinery": an owner, no place
            if _country(name):
                continue
            if rx is _BEFORE and _CYRILLIC_NAME.match(name) and not _ADJECTIVE.search(name):
                continue  # "Атакован НПЗ": before the word, a Russian name is its adjective
            out.add(f"{SITE}:{site_key(name)}")
    for m in _ARABIC.finditer(title.replace("\u200c", " ")):
        name = m.group(2)
        if name.startswith("ال") or name.endswith("ية") or _country(name):
            continue  # "المصفاة الروسية", "مصفاة روسية": an adjective, no name
        out.add(f"{SITE}:{site_key(name)}")
    for m in _HAN.finditer(title):
        run = m.group(1)
        if not _han_country(run) and len(run) >= 2:
            out.add(f"{SITE}.han:{run[-2:]}")
    return tuple(sorted(k for k in out if not k.endswith(":")))


def site_key(name: str) -> str:
    """A facility's name as its consonants, alike in every alphabet: ``b`` for ``p``, ``f`` for
    ``v``, ``k`` for ``g`` and ``q`` (Arabic writes ``توابسي`` for Tuapse).

    Examples
    --------
    >>> site_key("Tuapse"), site_key("Туапсинский"), site_key("توابسي"), site_key("توآپسه")
    ('tbs', 'tbsnsk', 'tbs', 'tbs')
    """
    return _skeleton(name).translate(_FOLD)


def same_site(a: str, b: str) -> bool:
    """Whether two :func:`site_key` values are one facility's: the shorter begins the longer, or
    they begin alike for three letters (``Туапсинский`` and ``Tuapse``, ``Московский`` and
    ``Moscow``).

    Examples
    --------
    >>> same_site("tbs", "tbsnsk"), same_site("mskfsk", "mskw"), same_site("tbs", "fbsk")
    (True, True, False)
    """
    short = min(len(a), len(b))
    return a[: min(short, _SAME_PREFIX)] == b[: min(short, _SAME_PREFIX)]


SITE = "site"
"""Kind of an oil facility's name: compared across alphabets (:func:`same_site`)."""
_SAME_PREFIX = 3
_FOLD = str.maketrans({"p": "b", "v": "f", "g": "k", "q": "k"})
