"""Find people, organisations and places in text, with cross-language keys.

Three passes, precision first:

1. gazetteer: token n-grams (longest first) looked up in a dict, with
   Arabic proclitics/suffixes and Russian case endings tolerated; runs of
   Han characters scanned for the longest known substring;
2. Latin/Cyrillic capitalised runs: organisation when a cue word (Agency,
   Ministry, Party...) is inside, else a person when two to four name-like
   words remain after titles and gazetteer hits are cut off; a single word
   only after a title or when it repeats the surname of a person found
   before;
3. Arabic script (no capitals): names inside «guillemets» next to a title
   or an organisation word, and names that start with a known given name.

Examples
--------
>>> [(e.type, e.key) for e in extract_entities("Syrian President Bashar al-Assad met Reuters.", "en")]
[('place', 'country:SY'), ('person', 'person:bsrsd'), ('organisation', 'org:reuters')]
>>> [e.key for e in extract_entities("بشار اسد، رئیس‌جمهور سوریه، در بغداد", "fa")]
['person:bsrsd', 'country:SY', 'geonames:98182']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from anyascii import anyascii

from storyline.entities._text import (
    Token,
    first_variants_cached,
    fold_token,
    is_word,
    last_variants_cached,
    script_of,
    tokenize,
)
from storyline.entities.gazetteer import load
from storyline.entities.lexicon import (
    AR_GIVEN,
    AR_STOP,
    CAP_STOP,
    NAME_CONNECTORS,
    ORG_CUES,
    TITLES,
)
from storyline.entities.names import name_key, name_tokens_cached, same_name

EntityType = Literal["person", "organisation", "place", "date", "number"]


@dataclass(frozen=True)
class Entity:
    """One mention of an entity in a text.

    ``key`` is canonical and language independent (``country:SY``,
    ``geonames:98182``, ``org:islamic-state``, ``person:bsrsd``); ``text`` is
    the surface form; ``start``/``end`` are character offsets.
    """

    key: str
    type: EntityType
    text: str
    start: int
    end: int
    lang: str
    value: float | str | None = None


_JOIN = re.compile(r"[ \t\u00a0]*|[-.·'’]")
_FOLDED_TITLES = {fold_token(t) for t in TITLES}
_FOLDED_CUES = {fold_token(t) for t in ORG_CUES}
_FOLDED_STOP = {fold_token(t) for t in CAP_STOP}
_AR_GIVEN = {fold_token(t) for t in AR_GIVEN}
_AR_STOP = {fold_token(t) for t in AR_STOP}
_AR_ORG_BEFORE = {
    fold_token(t)
    for t in "شبکه خبرگزاری روزنامه حزب گروه سازمان قناة وكالة صحيفة حركة جماعة جبهه جبهة تلویزیون"
    "".split()
}
_AR_PREPOSITION_FORMS = {"على", "وعلى", "فعلى"}
# Arabic and Persian function words: never part of a name ("علي ما" is not a person).
_AR_FUNCTION = {
    fold_token(t)
    for t in "ما من في إلى الى عن على أن إن ان لا لم لن قد هذا هذه ذلك التي الذي الذين كما "
    "بعد قبل عند حول خلال بين ضد مع منذ حتى أو او ثم كل بعض غير وقد وفي ومن "
    "که از به با در برای تا این آن".split()
}
# Words of page furniture: a capitalised run made only of these is not a name.
_FURNITURE_WORDS = set(
    "print friendly pdf email e-mail sorry comment comments post reply share click subscribe "
    "login log sign read more related leave type submit cancel required field fields website "
    "save cookie cookies accept privacy policy terms newsletter follow like tweet whatsapp "
    "facebook twitter advertisement sponsored".split()
)
_NON_NAME_CONNECTORS = {"of", "for", "des", "del", "für", "and", "&", "и"}


def _type_of(key: str) -> EntityType:
    if key.startswith("org:"):
        return "organisation"
    if key.startswith("person:"):
        return "person"
    return "place"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")


def _case_ok(surface: str, cased: int) -> bool:
    if cased == 0 or script_of(surface) not in {"latin", "cyrillic"}:
        return True
    if cased == 2:
        return surface.upper() == surface
    return surface[:1].isupper()


def _capital(word: str) -> bool:
    return word[:1].isupper() and script_of(word) in {"latin", "cyrillic"}


class _Doc:
    """Working state for one text."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        self.words: list[Token] = [t for t in tokenize(text) if is_word(t.text)]
        self.folded = [fold_token(w.text) for w in self.words]
        self.cont = [False] + [
            bool(_JOIN.fullmatch(text[a.end : b.start]))
            for a, b in zip(self.words, self.words[1:], strict=False)
        ]
        self.used = [False] * len(self.words)
        self.out: list[Entity] = []

    def emit(self, key: str, i: int, j: int, value: str | None = None) -> None:
        """Record words i..j-1 as one entity."""
        s, e = self.words[i].start, self.words[j - 1].end
        self.out.append(Entity(key, _type_of(key), self.text[s:e], s, e, self.lang, value))
        for k in range(i, j):
            self.used[k] = True

    def emit_span(self, key: str, s: int, e: int) -> None:
        self.out.append(Entity(key, _type_of(key), self.text[s:e], s, e, self.lang))


def _gazetteer_pass(d: _Doc) -> None:
    g = load()
    i, n_words = 0, len(d.words)
    while i < n_words:
        w = d.words[i]
        if script_of(w.text) == "han":
            _scan_han(d, w)
            i += 1
            continue
        hit = None
        firsts = first_variants_cached(d.folded[i])
        longest = min(g.max_words, n_words - i)
        if not any(f in g.firsts for f in firsts):
            longest = 1
        for n in range(longest, 0, -1):
            if not all(d.cont[i + k] for k in range(1, n)):
                continue
            middle = d.folded[i + 1 : i + n - 1]
            lasts: tuple[str | None, ...] = last_variants_cached(d.folded[i + n - 1]) if n > 1 else (None,)
            surface = d.text[w.start : d.words[i + n - 1].end]
            for f in firsts:
                if n > 1 and f not in g.firsts:
                    continue
                for last in lasts:
                    if last is None:
                        cands = last_variants_cached(f)
                    else:
                        cands = (" ".join([f, *middle, last]),)
                    pre = d.folded[i][: len(d.folded[i]) - len(f)]
                    city_ok = (last is None or last == d.folded[i + n - 1]) and (
                        not pre or (pre in {"و", "ب", "ل", "وب", "ول"} and len(f) >= 4)
                    )
                    for c in cands:
                        e = g.lookup(c)
                        if e and e[0].startswith("geonames:"):
                            # cities: no suffix or article stripping (too many common words)
                            if not city_ok or (last is None and c != f):
                                continue
                        if e and _case_ok(surface, e[1]):
                            hit = (e[0], n)
                            break
                    if hit:
                        break
                if hit:
                    break
            if hit:
                break
        if hit and _plausible(d, hit[0], i, hit[1]):
            a, b = _qualified(d, hit[0], i, i + hit[1])
            key = (
                hit[0]
                if (a, b) == (i, i + hit[1])
                else "org:" + _slug(d.text[d.words[a].start : d.words[b - 1].end])
            )
            d.emit(key, a, b)
            i = b
        else:
            i += 1


# Words that introduce a place in Arabic and Persian: a preposition or a place noun.
_PLACE_CUES = {
    fold_token(t)
    for t in "في من إلى الى الي على عن قرب نحو باتجاه شمال جنوب شرق غرب شرقي غربي شمالي جنوبي "
    "مدينة مدينه بلدة بلده قرية قريه محافظة محافظه ولاية منطقة ناحية قضاء مخيم "
    "در از به تا نزدیک سوی شهر شهرستان استان روستای روستا بندر منطقه بخش".split()
}
# Place nouns themselves ("city", "province"): never a place on their own.
_PLACE_NOUNS = {
    fold_token(t)
    for t in "مدينة مدينه المدينة بلدة قرية محافظة ولاية منطقة ناحية قضاء مخيم "
    "شهر شهرستان استان روستا بندر منطقه".split()
}
_WELL_KNOWN = 8  # spellings in the gazetteer: a place with this many is known without a cue
_QUALIFIERS = {
    fold_token(t)
    for t in "national nationale nationaler nacional nazionale национальной национальный "
    "ملی ملي الوطني الوطنى القومي القومى".split()
}


def _plausible(d: _Doc, key: str, i: int, n: int) -> bool:
    """Is a gazetteer hit a place here?

    A one-word Latin city next to another capitalised word is a person. In
    Arabic script, where every word can be a name, a one-word city is kept
    only when it is well known (many spellings) or follows a place cue
    (``في``, ``من``, ``مدينة``, ``در``, ``شهر``...): ``سلطات`` (authorities) is
    not Settat, ``مدينة`` (city) is not Medina.
    """
    if n == 1 and key.startswith("geonames:") and script_of(d.words[i].text) == "arabic":
        if d.folded[i] in _PLACE_NOUNS:
            return False
        if load().aliases.get(key, 0) >= _WELL_KNOWN:
            return True
        folded = d.folded[i]
        prefixed = any(  # "ببغداد", "وبالقائم": a preposition glued to the name
            folded.startswith(p) and (load().lookup(folded[len(p) :]) or ("",))[0] == key
            for p in ("ب", "ل", "وب", "ول")
        )
        return prefixed or (i > 0 and d.folded[i - 1] in _PLACE_CUES)
    if n > 1 or not key.startswith("geonames:") or not _capital(d.words[i].text):
        return True
    end = d.words[i].end
    if re.match(r"['’][a-zçğıöşü]{1,5}\b", d.text[end : end + 7]):
        return True  # a Turkish case ending on a place: Tahran'a, Şam'da
    nxt = i + 1 < len(d.words) and d.cont[i + 1] and _capital(d.words[i + 1].text)
    prv = i > 0 and d.cont[i] and _capital(d.words[i - 1].text)
    prv = prv and d.folded[i - 1] not in _FOLDED_STOP and d.folded[i - 1] not in _FOLDED_TITLES
    if d.lang == "tr":  # Turkish capitalises no common noun inside a sentence
        if load().aliases.get(key, 0) >= _WELL_KNOWN:
            return True  # Ankara, Şam: never half of a Turkish name
        nxt = nxt and not _tr_not_a_surname(d, i + 1, possessive=True)
        prv = prv and not _tr_not_a_surname(d, i - 1, possessive=False)
    return not (nxt or prv)


_TR_POSSESSIVE = re.compile(r"(?:s[ıiuü]|[ıiuü]n[ıiuü]n)$")


def _tr_not_a_surname(d: _Doc, k: int, possessive: bool) -> bool:
    """Whether the capitalised Turkish word next to a one-word place leaves it a place.

    Another place (``Sivrice Elazığ``), a sentence's first word (``Deprem Elazığ merkezli``:
    "earthquake"), or after the place a noun with a possessive ending (``Elazığ Valisi``, the
    governor of Elazığ; ``Malatya Belediyesi``) is not the other half of a person's name.
    """
    word = d.words[k]
    entry = load().lookup(d.folded[k])
    if entry is not None and entry[0].startswith(("geonames:", "country:")):
        return True
    if possessive:
        return bool(_TR_POSSESSIVE.search(word.text.casefold()))
    before = d.text[: word.start].rstrip()
    return not before or before[-1] in ".!?:;\n\"'“”«»()[]—–-"


def _qualified(d: _Doc, key: str, i: int, j: int) -> tuple[int, int]:
    """Widen an international organisation's span to a national qualifier beside it.

    ``National Security Council`` or ``شورای امنیت ملی عراق`` is a country's
    council, not the UN Security Council: the qualifier (and a country named
    right after it) joins the name, which then gets its own key.
    """
    if not key.startswith("org:"):
        return i, j
    if i > 0 and d.cont[i] and d.folded[i - 1] in _QUALIFIERS and not d.used[i - 1]:
        return i - 1, j
    if j < len(d.words) and d.cont[j] and d.folded[j] in _QUALIFIERS:
        end = j + 1
        if end < len(d.words) and d.cont[end]:
            nxt = load().lookup(d.folded[end])
            if nxt is not None and nxt[0].startswith("country:"):
                end += 1
        return i, end
    return i, j


def _scan_han(d: _Doc, w: Token) -> None:
    g = load()
    s, text = 0, w.text
    while s < len(text):
        for n in range(min(g.max_han, len(text) - s), 1, -1):
            key = g.han.get(text[s : s + n])
            if key:
                d.emit_span(key, w.start + s, w.start + s + n)
                s += n
                break
        else:
            s += 1


def _runs(d: _Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised Latin/Cyrillic words (connectors allowed inside)."""
    runs, i, n = [], 0, len(d.words)
    while i < n:
        if not _capital(d.words[i].text):
            i += 1
            continue
        j = i + 1
        while j < n and d.cont[j]:
            word = d.words[j].text
            if _capital(word):
                j += 1
            elif (
                word.lower() in NAME_CONNECTORS | _NON_NAME_CONNECTORS
                and j + 1 < n
                and d.cont[j + 1]
                and _capital(d.words[j + 1].text)
            ):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _name_like(word: str) -> bool:
    return word.isalpha() and len(word) >= 2 and not (word.isupper() and len(word) > 1)


def _latin_pass(d: _Doc) -> list[tuple[int, int]]:
    """Organisations and persons from capitalised runs; returns single-word candidates."""
    singles: list[tuple[int, int]] = []
    for i, j in _runs(d):
        idx = list(range(i, j))
        while idx and (d.folded[idx[0]] in _FOLDED_STOP or d.folded[idx[0]] in _FOLDED_TITLES):
            idx.pop(0)
        if not idx or all(d.words[k].text.lower() in _FURNITURE_WORDS for k in idx):
            continue
        cue = [k for k in idx if d.folded[k] in _FOLDED_CUES and not d.used[k]]
        if cue and len(idx) > 1:
            a, b = idx[0], idx[-1] + 1
            d.out = [e for e in d.out if not (d.words[a].start <= e.start < d.words[b - 1].end)]
            d.emit("org:" + _slug(d.text[d.words[a].start : d.words[b - 1].end]), a, b)
            continue
        # Split at used words, titles and non-name connectors.
        seg: list[int] = []
        titled = i > 0 and d.folded[i - 1] in _FOLDED_TITLES
        for k in [*range(i, j), None]:
            stop = k is None or d.used[k] or d.folded[k] in _FOLDED_TITLES
            stop = stop or d.words[k].text.lower() in _NON_NAME_CONNECTORS
            stop = stop or d.folded[k] in _FOLDED_STOP
            if stop:
                _person_from(d, seg, titled, singles)
                seg = []
                titled = k is not None and d.folded[k] in _FOLDED_TITLES
            else:
                seg.append(k)
    return singles


#: Case endings of masculine names in West and South Slavic languages written in Latin
#: letters that leave a consonant in the key (``Baszarem al-Asadem``, ``Bašárem Asadem``,
#: ``Kowalskiego``); vowel endings (``Asada``, ``Asadowi``) vanish from a skeleton anyway.
_SLAVIC_ENDINGS: dict[str, tuple[str, ...]] = {
    "pl": ("iego", "iemu", "em"),
    "cs": ("em", "ovi"),
    "sk": ("om", "ovi"),
    "sl": ("om",),
    "hr": ("om",),
    "bs": ("om",),
    "sr": ("om",),
}
_SLAVIC_WORD = re.compile(r"[^\W\d_]{5,}")


def _uninflected(surface: str, lang: str) -> str:
    """A name in an inflected Slavic language with the case ending of each word stripped.

    Examples
    --------
    >>> _uninflected("Baszarem al-Asadem", "pl"), _uninflected("Kowalskiego", "pl")
    ('Baszar al-Asad', 'Kowalski')
    >>> _uninflected("Willem Adem", "en")
    'Willem Adem'
    """
    endings = _SLAVIC_ENDINGS.get(lang)
    if not endings:
        return surface

    def strip(m: re.Match[str]) -> str:
        word = m.group()
        for end in endings:
            if word.endswith(end) and len(word) - len(end) >= 3:
                return word[: len(word) - len(end)] + ("i" if end.startswith("ie") else "")
        return word

    return _SLAVIC_WORD.sub(strip, surface)


def _person_from(d: _Doc, seg: list[int], titled: bool, singles: list[tuple[int, int]]) -> None:
    while seg and d.words[seg[-1]].text.lower() in NAME_CONNECTORS:
        seg = seg[:-1]
    while seg and d.words[seg[0]].text.lower() in NAME_CONNECTORS:
        seg = seg[1:]
    while d.lang == "tr" and len(seg) > 1 and _TR_POSSESSIVE.search(d.words[seg[0]].text.casefold()):
        seg = seg[1:]  # "Elazığ Valisi Erdinç Yılmaz": the governor (of Elazığ) is a title
    if not seg or not all(_name_like(d.words[k].text) for k in seg):
        return
    a, b = seg[0], seg[-1] + 1
    surface = _uninflected(d.text[d.words[a].start : d.words[b - 1].end], d.lang)
    if 2 <= len(seg) <= 4:
        d.emit("person:" + name_key(surface), a, b)
    elif len(seg) == 1:
        if titled:
            d.emit("person:" + name_key(surface), a, b)
        else:
            singles.append((a, b))


def _arabic_pass(d: _Doc) -> None:
    text = d.text
    # «...» names beside a title or an organisation word.
    for m in re.finditer(r"«([^«»\n]{2,40})»", text):
        s, e = m.start(1), m.end(1)
        inner = [k for k, w in enumerate(d.words) if s <= w.start and w.end <= e]
        if not inner or len(inner) > 4 or any(d.used[k] for k in inner):
            continue
        if script_of(d.words[inner[0]].text) != "arabic":
            continue
        before = d.folded[inner[0] - 1] if inner[0] > 0 else ""
        after = d.folded[inner[-1] + 1] if inner[-1] + 1 < len(d.words) else ""
        if before in _AR_ORG_BEFORE:
            d.emit("org:" + _slug(m.group(1)), inner[0], inner[-1] + 1)
        elif (before in _FOLDED_TITLES or after in _FOLDED_TITLES) and len(inner) >= 2:
            d.emit("person:" + name_key(m.group(1)), inner[0], inner[-1] + 1)
    # Names that start with a known given name.
    n = len(d.words)
    for i in range(n):
        if d.used[i] or script_of(d.words[i].text) != "arabic":
            continue
        first = d.folded[i]
        if d.words[i].text in _AR_PREPOSITION_FORMS:
            continue  # "على" spelled with alif maqsura is the preposition "on", not Ali
        if first not in _AR_GIVEN and first[1:] in _AR_GIVEN and first[0] == "و":
            first = first[1:]
        if first not in _AR_GIVEN:
            continue
        j = i + 1
        while j < n and j - i < 3 and d.cont[j] and not d.used[j]:
            f = d.folded[j]
            if (
                f in _AR_STOP
                or f in _AR_FUNCTION
                or f in _FOLDED_TITLES
                or script_of(f) != "arabic"
            ):
                break
            if j - i == 2 and not (
                f.startswith("ال")
                or f in _AR_GIVEN
                or d.folded[j - 1] in {"بن", "ابن", "ابو", "عبد", "بنت"}
            ):
                break
            j += 1
        if j - i >= 2:
            s = d.words[i].start + (
                len(d.words[i].text) - len(first) if first != d.folded[i] else 0
            )
            e = d.words[j - 1].end
            d.out.append(Entity("person:" + name_key(text[s:e]), "person", text[s:e], s, e, d.lang))
            for k in range(i, j):
                d.used[k] = True


def extract_entities(text: str, lang: str) -> list[Entity]:
    """Return the people, organisations and places mentioned in ``text``.

    Parameters
    ----------
    text
        Any text; offsets in the result refer to it.
    lang
        ISO 639-1 code of the text (used in the records, and for German,
        where every noun is capitalised, to be stricter).

    Examples
    --------
    >>> ents = extract_entities("Iraqi forces entered Сирию and والعراق", "en")
    >>> [(e.text, e.key) for e in ents]
    [('Iraqi', 'country:IQ'), ('Сирию', 'country:SY'), ('والعراق', 'country:IQ')]
    """
    d = _Doc(text, lang)
    _gazetteer_pass(d)
    singles = _latin_pass(d)
    _arabic_pass(d)
    persons = [e for e in d.out if e.type == "person"]
    for a, b in singles:
        surface = d.text[d.words[a].start : d.words[b - 1].end]
        if lang == "de" and not persons:
            continue
        for p in persons:
            toks = name_tokens_cached(p.text)
            if len(toks) > 1 and same_name(surface, p.text):
                d.emit(p.key, a, b)
                break
    out = sorted(d.out, key=lambda e: (e.start, -e.end))
    result: list[Entity] = []
    for e in out:
        if result and e.start < result[-1].end:
            continue
        result.append(e)
    return result


def entity_keys(entities: list[Entity]) -> set[str]:
    """The set of keys of a list of entities.

    Examples
    --------
    >>> sorted(entity_keys(extract_entities("Syria and Iraq", "en")))
    ['country:IQ', 'country:SY']
    """
    return {e.key for e in entities}


def match_across(a: list[Entity], b: list[Entity]) -> list[tuple[Entity, Entity]]:
    """Pairs of mentions in two entity lists that denote the same entity.

    Same key, or, for two persons, :func:`same_name` on their surfaces.
    Each entity of ``a`` is paired with the first match in ``b``.

    Examples
    --------
    >>> en = extract_entities("Prime Minister Adel Abdul-Mahdi visited Syria.", "en")
    >>> fa = extract_entities("عادل عبدالمهدی به سوریه رفت", "fa")
    >>> [(x.text, y.text) for x, y in match_across(en, fa)]
    [('Adel Abdul-Mahdi', 'عادل عبدالمهدی'), ('Syria', 'سوریه')]
    """
    pairs: list[tuple[Entity, Entity]] = []
    for x in a:
        for y in b:
            if x.key == y.key or (x.type == "person" == y.type and same_name(x.text, y.text)):
                pairs.append((x, y))
                break
    return pairs
