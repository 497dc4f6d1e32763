"""The Persian word lists behind ZWNJ repair, loaded once on first use.

The data files under ``storyline/data/persian/`` are derived from the MIT
word lists of the ``shekar`` package (see ``LICENSE-shekar.txt`` there):
web word counts, compounds written with a zero-width non-joiner (ZWNJ,
U+200C) and verb stems; and of the ``hazm`` package (``LICENSE-hazm.txt``):
a second lemma list with counts from another corpus, adjective tags and
more compounds. Verb forms that need a ZWNJ (``می‌کنند``, ``نمی‌توان``,
``کرده‌اند``) are generated here from the stems.

Examples
--------
>>> lex = load_lexicon()
>>> lex.joined["میکنند"]
'می\u200cکنند'
>>> lex.count("ایران") > 0
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

ZWNJ = "\u200c"
#: Letters that never join to the following letter: a ZWNJ after them changes nothing.
NON_JOINING = frozenset("اآأإٱدذرزژوؤءۀةە")
#: Arabic code points that Persian writes differently.
_LETTER_MAP = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})

_PERSON_PRESENT = ("م", "ی", "د", "یم", "ید", "ند")
_PERSON_PAST = ("م", "ی", "", "یم", "ید", "ند")
_PERSON_SPOKEN = ("ه", "ین", "ن")  # colloquial present: میگه، میکنین، میکنن
_BARE_PRESENT = frozenset({"توان"})  # impersonal می‌توان / نمی‌توان
_AUXILIARY = ("ام", "ای", "است", "ایم", "اید", "اند")
_PREVERBS = ("", "بر", "در", "باز", "فرا", "فرو", "وا")
#: hazm counts are about this fraction of shekar counts (median over shared words).
HAZM_SCALE = 0.15
HAZM_MARGIN = 10
# A compound part is productive when it appears in this many listed compounds,
# and the ZWNJ spelling wins (by count) for at least this share of them.
PRODUCTIVE_MIN = 15
PRODUCTIVE_SHARE = 0.85


def canonical_zwnj(word: str) -> str:
    """Unify Arabic letter variants and drop ZWNJs that change no rendering.

    A ZWNJ only matters between a joining letter and the next letter; after
    ``ا د ذ ر ز ژ و`` (which never join forward) it is invisible.

    Examples
    --------
    >>> canonical_zwnj("كشور\u200cها") == "کشورها"
    True
    >>> canonical_zwnj("كتاب\u200cها") == "کتاب\u200cها"
    True
    """
    word = word.translate(_LETTER_MAP)
    if ZWNJ not in word:
        return word
    out = []
    for i, ch in enumerate(word):
        if ch == ZWNJ and (i == 0 or word[i - 1] in NON_JOINING or word[i - 1] == ZWNJ):
            continue
        out.append(ch)
    return "".join(out).strip(ZWNJ)


def join_parts(left: str, right: str) -> str:
    """Join two written parts, with a ZWNJ only where it changes rendering.

    Examples
    --------
    >>> join_parts("کتاب", "ها") == "کتاب\u200cها"
    True
    >>> join_parts("کشور", "ها")
    'کشورها'
    """
    if not left or not right or left[-1] in NON_JOINING:
        return left + right
    return left + ZWNJ + right


@dataclass(frozen=True)
class Lexicon:
    """Look-up tables for ZWNJ repair.

    Attributes
    ----------
    counts
        Web count of each written form without a ZWNJ.
    zwnj_counts
        Web count of each written form with a ZWNJ (0 when only listed).
    joined
        Written form with its ZWNJs stripped -> the form with them.
    verb_forms
        The stripped forms in ``joined`` that came from verb generation.
    hazm
        hazm lemma list: written form (with its ZWNJs) -> count in hazm's
        corpus (0 when listed without a count). Counts are on another scale
        than ``counts`` (about 0.15 times); compare them with each other.
    adjectives
        Forms hazm tags as adjectives (``AJ``).
    heads
        Productive second parts of compounds (``گذاری``، ``کننده``), learned
        from the listed compounds: see :func:`productive_parts`.
    modifiers
        Productive first parts (``بی``، ``قابل``), learned the same way.
    second_parts
        Every frequent second part (``heads`` without the ZWNJ-share test).
    """

    counts: dict[str, int]
    zwnj_counts: dict[str, int]
    joined: dict[str, str]
    verb_forms: frozenset[str]
    hazm: dict[str, int] = field(default_factory=dict)
    adjectives: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    second_parts: frozenset[str] = frozenset()

    def prefers_zwnj(self, word: str, target: str) -> bool | None:
        """Whether the word lists favour ``target`` (with ZWNJ) over ``word`` (without).

        shekar's web counts decide when they count the ZWNJ spelling. Otherwise
        hazm decides, but only by a wide margin: its list comes from normalised
        text, where the ZWNJ spelling also counts words written attached, so it
        must beat the attached counts ``HAZM_MARGIN`` times. None when no
        source counts the ZWNJ spelling.

        Examples
        --------
        >>> load_lexicon().prefers_zwnj("ثبتنام", "ثبت\u200cنام")
        True
        >>> load_lexicon().prefers_zwnj("بزرگراه", "بزرگ\u200cراه")
        False
        """
        attached = self.counts.get(word, 0)
        shekar = self.zwnj_counts.get(target, 0)
        if shekar:
            return shekar >= attached
        hazm = self.hazm.get(target, 0) / HAZM_SCALE
        if hazm:
            return hazm >= HAZM_MARGIN * (attached + self.hazm.get(word, 0) / HAZM_SCALE)
        return None

    def count(self, word: str) -> int:
        """Web count of ``word`` as written (0 when unknown).

        Examples
        --------
        >>> load_lexicon().count("qqq")
        0
        """
        if ZWNJ in word:
            return self.zwnj_counts.get(word, 0)
        return self.counts.get(word, 0)


def _read(name: str) -> list[str]:
    text = resources.files("storyline").joinpath("data", "persian", name).read_text("utf-8")
    return text.splitlines()


def verb_forms(present: str, past: str) -> set[str]:
    """Every written form of one verb that carries a ZWNJ.

    Examples
    --------
    >>> forms = verb_forms("کن", "کرد")
    >>> sorted(f for f in forms if f.startswith("نمی"))[:2] == ["نمی\u200cکرد", "نمی\u200cکردم"]
    True
    >>> "کرده\u200cاند" in forms and "برمی\u200cکنند" in forms
    True
    """
    out: set[str] = set()
    presents = [present + p for p in _PERSON_PRESENT + _PERSON_SPOKEN]
    if present in _BARE_PRESENT:
        presents.append(present)
    if present[-1] in "اوآ":
        presents += [present + "ی" + p for p in _PERSON_PRESENT + _PERSON_SPOKEN]
    pasts = [past + p for p in _PERSON_PAST]
    for pre in _PREVERBS:
        for neg in ("می", "نمی"):
            for form in presents + pasts:
                out.add(pre + join_parts(neg, form))
    for neg in ("", "ن", "می\u200c", "نمی\u200c"):
        for aux in _AUXILIARY:
            out.add(join_parts(neg + past + "ه", aux))
    return out


def productive_parts(
    lex: Lexicon, share: float = PRODUCTIVE_SHARE
) -> tuple[frozenset[str], frozenset[str]]:
    """Second and first parts that make many compounds written with a ZWNJ.

    A part qualifies when it occurs in at least ``PRODUCTIVE_MIN`` two-part
    listed compounds (verb forms aside), the spelling with ZWNJ is the commoner
    one for at least ``PRODUCTIVE_SHARE`` of them, and it has three letters or
    more (short parts such as ``جو`` or ``زا`` end too many plain words).
    Arabic-article parts (``ال...``) are left out: their compounds are often
    written attached (``عبدالله``).

    Examples
    --------
    >>> heads, modifiers = productive_parts(load_lexicon())
    >>> "گذاری" in heads and "قابل" in modifiers
    True
    """
    tallies: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
    for word, target in lex.joined.items():
        parts = target.split(ZWNJ)
        if word in lex.verb_forms or len(parts) != 2:
            continue
        wins = 1 if lex.prefers_zwnj(word, target) is not False else 0
        for table, part in zip(tallies, (parts[1], parts[0]), strict=True):
            tally = table.setdefault(part, [0, 0])
            tally[0] += 1
            tally[1] += wins
    heads, modifiers = (
        frozenset(
            part
            for part, (n, wins) in table.items()
            if n >= PRODUCTIVE_MIN
            and wins >= share * n
            and len(part) >= 3
            and not part.startswith("ال")
        )
        for table in tallies
    )
    return heads, modifiers


@cache
def load_lexicon() -> Lexicon:
    """Load the packaged lexicon (cached; about 0.1 s the first time).

    Examples
    --------
    >>> load_lexicon() is load_lexicon()
    True
    """
    counts: dict[str, int] = {}
    zwnj_counts: dict[str, int] = {}
    for line in _read("words.tsv"):
        word, _, num = line.partition("\t")
        word = canonical_zwnj(word)
        table = zwnj_counts if ZWNJ in word else counts
        table[word] = table.get(word, 0) + int(num)
    joined: dict[str, str] = {}
    for word in zwnj_counts:
        joined.setdefault(word.replace(ZWNJ, ""), word)
    for line in _read("compounds.txt"):
        word = canonical_zwnj(line.strip())
        if ZWNJ in word:
            joined.setdefault(word.replace(ZWNJ, ""), word)
    hazm: dict[str, int] = {}
    adjectives: set[str] = set()
    for line in _read("hazm.tsv"):
        word, num, flag = line.split("\t")
        word = canonical_zwnj(word)
        hazm[word] = hazm.get(word, 0) + int(num)
        if flag:
            adjectives.add(word)
        if ZWNJ in word:
            joined.setdefault(word.replace(ZWNJ, ""), word)
    verbs: set[str] = set()
    for line in _read("verbs.tsv"):
        present, _, past = line.partition("\t")
        for form in verb_forms(present.translate(_LETTER_MAP), past.translate(_LETTER_MAP)):
            if ZWNJ in form:
                bare = form.replace(ZWNJ, "")
                joined[bare] = form
                verbs.add(bare)
    lex = Lexicon(counts, zwnj_counts, joined, frozenset(verbs), hazm, frozenset(adjectives))
    heads, modifiers = productive_parts(lex)
    second_parts = productive_parts(lex, share=0.0)[0]
    return Lexicon(
        counts,
        zwnj_counts,
        joined,
        lex.verb_forms,
        hazm,
        lex.adjectives,
        heads,
        modifiers,
        second_parts,
    )
