"""Rebuild the Persian ZWNJ lexicon from the shekar and hazm word lists (MIT).

Run by hand, never at run time::

    pip download --no-deps shekar==1.7.0 -d /tmp/shekar
    unzip /tmp/shekar/shekar-1.7.0-py3-none-any.whl -d /tmp/shekar/x
    pip download --no-deps hazm==0.10.0 -d /tmp/hazm
    unzip /tmp/hazm/hazm-0.10.0-py3-none-any.whl -d /tmp/hazm/x
    python src/storyline/data/persian/build_lexicon.py /tmp/shekar/x/shekar/data/files \
        /tmp/hazm/x/hazm/data/words.dat

Writes, next to this file:

- ``words.tsv``: ``word<TAB>count`` for every vocab entry (with or without
  ZWNJ) with a web count of at least ``MIN_COUNT``;
- ``compounds.txt``: written forms carrying a ZWNJ from ``compound_words.csv``;
- ``verbs.tsv``: ``present-stem<TAB>past-stem`` from ``verbs.csv``;
- ``hazm.tsv`` (from hazm's ``words.dat``, see ``LICENSE-hazm.txt``):
  ``word<TAB>count<TAB>A-if-adjective`` for every entry written with a ZWNJ,
  with a count above 0, tagged adjective (``AJ``) or ending in ``تر``/``تری``/
  ``ترین`` (hazm lists lemmas, so these are words such as ``دفتر`` and
  ``بستر``, not comparatives). Its counts come from another corpus (about
  0.15 times the shekar scale) and are only compared with each other.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

MIN_COUNT = 2000
ZWNJ = "\u200c"


def hazm_words(words_dat: Path, out: Path) -> int:
    """Write ``hazm.tsv`` from hazm's ``words.dat``; returns the number of entries."""
    rows = []
    with open(words_dat, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or not parts[1].isdigit() or " " in parts[0]:
                continue
            word, count, tags = parts[0], int(parts[1]), parts[2].split(",")
            adjective = "AJ" in tags
            if ZWNJ in word or count > 0 or adjective or re.search("تر(ین|ی)?$", word):
                rows.append(f"{word}\t{count}\t{'A' if adjective else ''}\n")
    with open(out / "hazm.tsv", "w", encoding="utf-8") as fh:
        fh.writelines(sorted(rows))
    return len(rows)


def main(src: Path, words_dat: Path | None = None) -> None:
    """Write the lexicon files from the shekar data folder ``src`` (and hazm's words.dat)."""
    out = Path(__file__).parent
    rows: list[tuple[str, int]] = []
    with open(src / "vocab.csv", encoding="utf-8") as fh:
        for rec in csv.reader(fh):
            if len(rec) < 2 or not rec[1].isdigit():
                continue
            word, count = rec[0].strip(), int(rec[1])
            if count >= MIN_COUNT and word and " " not in word:
                rows.append((word, count))
    rows.sort()
    with open(out / "words.tsv", "w", encoding="utf-8") as fh:
        fh.writelines(f"{w}\t{c}\n" for w, c in rows)
    comps = set()
    with open(src / "compound_words.csv", encoding="utf-8") as fh:
        for line in fh:
            word = line.strip()
            if ZWNJ in word and " " not in word and "#" not in word:
                comps.add(word)
    with open(out / "compounds.txt", "w", encoding="utf-8") as fh:
        fh.writelines(f"{w}\n" for w in sorted(comps))
    verbs = []
    with open(src / "verbs.csv", encoding="utf-8") as fh:
        for rec in csv.reader(fh):
            if len(rec) >= 2 and rec[0] and rec[1] and ZWNJ not in rec[0] + rec[1]:
                verbs.append((rec[0].strip(), rec[1].strip()))
    with open(out / "verbs.tsv", "w", encoding="utf-8") as fh:
        fh.writelines(f"{p}\t{s}\n" for p, s in sorted(set(verbs)))
    print(f"{len(rows)} words, {len(comps)} compounds, {len(verbs)} verb stems")
    if words_dat is not None:
        print(f"{hazm_words(words_dat, out)} hazm entries")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
