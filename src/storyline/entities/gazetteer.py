"""The gazetteer: folded surface forms -> canonical keys, loaded once, lazily.

Places come from ``data/gazetteer/places.tsv`` (built by
:mod:`storyline.entities.build`); organisations, well-known people, regions,
abbreviations and adjectives come from :mod:`storyline.entities.lexicon`.

Examples
--------
>>> g = load()
>>> g.lookup("syria")[0], g.lookup("سوریه")[0], g.han["叙利亚"]
('country:SY', 'country:SY', 'country:SY')
>>> g.label("country:SY")
'Syria'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from storyline.entities._text import fold_name, script_of
from storyline.entities.lexicon import ABBREVIATIONS, EXTRA_PLACES, ORGS, PERSONS, REGIONS
from storyline.entities.names import name_key

# cased: 0 = any case, 1 = first letter must be a capital, 2 = all capitals.
Entry = tuple[str, int]


@dataclass
class Gazetteer:
    """Folded n-gram forms -> (key, cased), plus Han forms for substring scans."""

    forms: dict[str, Entry] = field(default_factory=dict)
    han: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    max_words: int = 1
    max_han: int = 1
    firsts: set[str] = field(default_factory=set)
    aliases: dict[str, int] = field(default_factory=dict)
    """How many spellings each key has: well-known places have many."""

    def add(self, surface: str, key: str, cased: int | None = None, override: bool = True) -> None:
        """Add one surface form."""
        folded = fold_name(surface)
        if not folded:
            return
        if script_of(surface) == "han":
            self.han[surface] = key
            self.max_han = max(self.max_han, len(surface))
            return
        if cased is None:
            cased = int(script_of(surface) in {"latin", "cyrillic"} and surface[:1].isupper())
        if override or folded not in self.forms:
            self.forms[folded] = (key, cased)
            if " " in folded:
                self.firsts.add(folded.split(" ", 1)[0])
            self.max_words = min(max(self.max_words, folded.count(" ") + 1), 6)

    def lookup(self, folded: str) -> Entry | None:
        """Return ``(key, cased)`` for a folded form, or None."""
        return self.forms.get(folded)

    def label(self, key: str) -> str:
        """A readable English name for a key (the key itself when unknown)."""
        return self.labels.get(key, key)


def _read(name: str) -> list[list[str]]:
    text = resources.files("storyline").joinpath("data", "gazetteer", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line]


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Load the gazetteer once (about 0.2 s) and return it."""
    g = Gazetteer()
    for folded, key, cased in _read("places.tsv"):
        if script_of(folded[:1]) == "han":
            g.han[folded.replace(" ", "")] = key
            g.max_han = max(g.max_han, len(folded))
            continue
        g.forms[folded] = (key, int(cased))
        g.aliases[key] = g.aliases.get(key, 0) + 1
        if " " in folded:
            g.firsts.add(folded.split(" ", 1)[0])
        g.max_words = min(max(g.max_words, folded.count(" ") + 1), 6)
    for key, label in _read("names.tsv"):
        g.labels[key] = label
    for key, forms in EXTRA_PLACES.items():
        for f in forms:
            g.add(f, key, cased=0 if f[:1].islower() else None)
    for key, forms in REGIONS.items():
        g.labels.setdefault(key, forms[0])
        for f in forms:
            g.add(f, key, override=False)
    for key, forms in ORGS.items():
        g.labels[key] = forms[0]
        for f in forms:
            g.add(f, key, cased=2 if f.replace(".", "").isupper() and len(f) <= 6 else None)
    for key, forms in ABBREVIATIONS.items():
        for f in forms:
            g.add(f, key, cased=2)
    for canonical, forms in PERSONS.items():
        key = "person:" + name_key(canonical)
        g.labels[key] = canonical
        for f in (canonical, *forms):
            g.add(f, key)
    return g
