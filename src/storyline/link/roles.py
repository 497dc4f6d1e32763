"""Office holders of a headline and lead: who holds a role, as typed facts.

Two reports of the same actors can be about two occurrences of one kind of
event (the previous cabinet's confidence vote, last year's visit by another
foreign minister). When both name the holder of the same office (the prime
minister, the president, the foreign minister...) and the holders are
different people, they are evidence of another occurrence.

:func:`role_facts` reads ``role.<role>:<name>`` facts from a headline and
lead: a role word of a small per-language lexicon (:data:`ROLE_WORDS`: en ar
fa ru zh es de fr tr) followed by a name (``Prime Minister Karim Haddad``,
``رئيس الوزراء كريم حداد``, ``премьер-министра Карима Хаддада``,
``总理卡里姆·哈达德``, ``Başbakan X``). The name is kept as the consonant
skeletons of its words (:func:`storyline.entities.names.name_tokens`), so the
same person matches across the Latin, Cyrillic and Arabic scripts; a Chinese
name is kept as written and compared only with Chinese names (Chinese
transliteration drops consonants: ``斯塔默`` is Starmer, skeleton ``stm``).
A holder marked former, ex-, previous, late, outgoing, then-, -elect,
-designate, deputy or vice is no holder. With the holders come ``who:`` facts,
the names the lead mentions at all (capitalised words; every word in Arabic
script), so that a report naming only one of two presidents who met does not
conflict with one naming the other (:func:`role_conflict`).

Examples
--------
>>> role_facts("BEIRUT - Prime Minister Karim Haddad won the vote.")[:1]
('role.pm:krm.hd',)
>>> role_facts("Former prime minister Salim Daher spoke.")
()
>>> role_conflict({"slm.dhr"}, {"krm.hd"}, set(), set())
True
>>> role_conflict({"hd"}, {"krm.hd"}, set(), set())
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from storyline.entities._text import script_of
from storyline.entities.names import _close, name_tokens_cached
from storyline.link.textkeys import country_keys

__all__ = ["ROLE_NAMES", "ROLE_WORDS", "role_conflict", "role_facts", "role_mentions", "role_word"]

#: Role words per role, every language together (a role word never means another role in
#: another of these languages). Regular expressions, matched case-insensitively, the longest
#: first; Russian words take any case ending. Governors and mayors only where the place
#: comes before the title (``Basra governor X``): ``губернатор Забайкальского края``,
#: ``محافظ البصرة``, ``استاندار خوزستان`` name the place, not the holder, after the title.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "pm": (
        r"prime minister", r"premier(?!\s+(?:league|ministre))", r"primer ministro", r"premier ministre",
        r"presidente del gobierno", r"premierminister", r"regierungschef(?:in)?",
        r"bundeskanzler(?:in)?", r"başbakan[ıi]?", r"премьер-министр\w*", r"премьер\w*",
        r"глав[аыуе] правительства", r"رئيس الوزراء", r"رئيس الحكومة", r"رئيس حكومة",
        r"حكومة الرئيس", r"نخست[\s\u200c]?وزیر", r"总理", r"首相",
    ),
    "president": (
        r"president", r"presidente", r"président", r"präsident(?:in)?", r"staatspräsident(?:in)?",
        r"bundespräsident(?:in)?", r"cumhurbaşkanı", r"президент\w*", r"رئيس الجمهورية",
        r"رئیس[\s\u200c]?جمهور", r"总统", r"国家主席",
    ),
    "fm": (
        r"foreign minister", r"foreign secretary", r"secretary of state",
        r"ministro de asuntos exteriores", r"ministra de asuntos exteriores", r"canciller",
        r"ministre des affaires étrangères", r"chef de la diplomatie", r"außenminister(?:in)?",
        r"dışişleri bakanı", r"министр\w* иностранных дел", r"глав[аыуе] мид",
        r"وزير الخارجية", r"وزیر امور خارجه", r"وزیر خارجه", r"外交部长", r"外长", r"外相",
    ),
    "defence": (
        r"defen[cs]e minister", r"defen[cs]e secretary", r"ministro de defensa",
        r"ministra de defensa", r"ministre des armées", r"ministre de la défense",
        r"verteidigungsminister(?:in)?", r"savunma bakanı", r"министр\w* обороны",
        r"وزير الدفاع", r"وزیر دفاع", r"国防部长", r"防长",
    ),
    "finance": (
        r"finance minister", r"treasury secretary", r"ministro de (?:finanzas|hacienda)",
        r"ministra de (?:finanzas|hacienda)", r"ministre des finances",
        r"finanzminister(?:in)?", r"maliye bakanı", r"министр\w* финансов", r"минфин\w*",
        r"وزير المالية", r"وزیر اقتصاد", r"وزیر امور اقتصادی و دارایی", r"财政部长", r"财长",
    ),
    "speaker": (
        r"speaker", r"presidente del parlamento", r"presidente de la cámara",
        r"président de l'assemblée(?: nationale)?", r"parlamentspräsident(?:in)?",
        r"meclis başkanı", r"спикер\w*(?: парламента| госдумы| нижней палаты)?", r"председател\w* парламента", r"رئيس مجلس النواب",
        r"رئيس البرلمان", r"رئيس المجلس", r"رئیس مجلس", r"议长",
    ),
    "ceo": (
        r"chief executive", r"ceo", r"director ejecutivo", r"consejero delegado", r"pdg",
        r"vorstandschef(?:in)?", r"konzernchef(?:in)?", r"genel müdür(?:ü)?",
        r"генеральн\w+ директор\w*", r"гендиректор\w*", r"الرئيس التنفيذي",
        r"مدیر[\s\u200c]?عامل", r"首席执行官",
    ),
    "coach": (
        r"head coach", r"coach", r"entrenador", r"seleccionador", r"entraîneur", r"sélectionneur",
        r"cheftrainer(?:in)?", r"bundestrainer(?:in)?", r"trainer(?:in)?", r"teknik direktör(?:ü)?",
        r"главн\w+ тренер\w*", r"тренер\w*", r"المدير الفني", r"مدرب", r"سرمربی", r"主教练",
    ),
    "governor": (
        r"governor", r"gobernador", r"gouverneur", r"州长", r"省长",
    ),
    "mayor": (
        r"mayor", r"alcalde", r"alcaldesa", r"maire", r"oberbürgermeister(?:in)?",
        r"bürgermeister(?:in)?", r"belediye başkanı", r"市长",
    ),
    "sg": (
        r"secretary[- ]general", r"secretario general", r"secrétaire général",
        r"generalsekretär(?:in)?", r"genel sekreter(?:i)?", r"генеральн\w+ секретар\w*",
        r"генсек\w*", r"الأمين العام", r"دبیر[\s\u200c]?کل", r"秘书长",
    ),
}  # fmt: skip

#: A role in words, for "joined because" and ``compare``.
ROLE_NAMES = {
    "pm": "prime minister", "president": "president", "fm": "foreign minister",
    "defence": "defence minister", "finance": "finance minister", "speaker": "speaker",
    "ceo": "chief executive", "coach": "coach", "governor": "governor", "mayor": "mayor",
    "sg": "secretary-general", "appointee": "person appointed or elected",
}  # fmt: skip

#: Words just before a role word that make its holder no holder now (or no holder at all).
_NOT_HOLDER_BEFORE = re.compile(
    r"(?:\b(?:former|ex|previous|late|outgoing|then|predecessor|deputy|vice|"
    r"candidate|would-be|ex-\w*|expresident\w*|exprimer|antiguo|anterior|saliente|difunto|"
    r"fallecido|ancien|ancienne|précédent|défunt|feu|sortant|ehemalige\w*|frühere\w*|damalige\w*|"
    r"scheidende\w*|verstorbene\w*|stellvertretende\w*|eski|önceki|merhum|"
    r"бывш\w*|прежн\w*|покойн\w*|уходящ\w*|предыдущ\w*|кандидат\w*(?:\s+в)?|заместител\w*|"
    r"вице|экс|نائب|معاون|مرشح\w*|نامزد)[\s-]*(?:\w+\s+){0,1}$)|(?:前|已故|原|副|候选人?)$",
    re.IGNORECASE,
)
#: Words right after a role word or its holder that make the holder no holder now.
_NOT_HOLDER_AFTER = re.compile(
    r"^[\s-]*(?:-?elect\b|-?designate\b|designado|electo|désigné|yardımcısı|adayı|"
    r"السابق|الأسبق|الراحل|المكلف|المكلّف|پیشین|سابق|اسبق|فقید)",
    re.IGNORECASE,
)
_ROLE_RE = re.compile(
    "|".join(
        (
            f"(?P<{role}{i}>{word})"
            if "\u4e00" <= word[0] <= "\u9fff"
            else f"(?P<{role}{i}>(?<![\\w\u200c-]){word}(?![\\w\u200c]))"
        )
        for role, i, word in sorted(
            ((role, i, word) for role, words in ROLE_WORDS.items() for i, word in enumerate(words)),
            key=lambda t: -len(t[2]),
        )
    ),
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    "al el bin ibn bint abu de da di del van von der den la le du dos das".split()
)
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\u200c\u064b-\u065f\u0670-]?[^\W\d_])*")
_HAN_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}[·・][\u4e00-\u9fff]{1,4}")
#: Arabic-script words after a role word that are no name (particles, verbs of saying, pronouns).
_AR_STOP = frozenset(
    """
    في من على إلى الى عن أن إن ان قد لقد خلال الذي التي الذين هو هي كان كانت قال قالت أكد
    أعلن وقال وأكد وأعلن مع بعد قبل منذ حول عند لدى اليوم أمس غدا ما لا لم لن و أو ثم
    به بها له لها كل هذا هذه ذلك تلك الجديد الجديدة الحالي الحالية المقبل نفسه
    در از به با که را این آن او وی گفت کرد شد است بود برای تا هم نیز روز امروز دیروز و یا
    جدید کنونی فعلی خود های ها می المنتخب الفريق النادي منتخب تیم باشگاه
    """.split()
)
#: Arabic-script words between a role word and its holder ("the Republic of ...").
_AR_SKIP = frozenset("جمهوری الجمهورية جمهورية دولة کشور".split())
#: Han characters that cannot start a name right after a role word (选举 election, 府 office...).
_HAN_STOP = frozenset(
    "誓还选府职候办的在和表说与将已也是对于称等人大会官一不今昨此这该及就向为被由了"
)
_HAN_TAIL = _HAN_STOP | frozenset("领政访宣指率出主同周")
#: Words after a role word that are no holder's name (``总统任期``: the president's term).
_HAN_NOT_NAME = frozenset("任期 职务 一职 宝座 就职 选举 候选 官邸 人选 身份".split())
_HAN_PUNCT = frozenset("，。、；：“”「」（）(),.;:!?！？ \n")


@lru_cache(maxsize=4096)
def _countryish(word: str) -> bool:
    """Whether a word names a country or its people (``Ливана``, ``لبنان``, ``libanais``).

    Persian writes ``ئی`` or ``یی`` (``هائیتی``, ``هاییتی``: Haiti): both are read.

    Examples
    --------
    >>> _countryish("هائیتی"), _countryish("Гаити"), _countryish("Alcindor")
    (True, True, False)
    """
    script = script_of(word)
    langs = {"cyrillic": ("ru",), "arabic": ("ar", "fa")}.get(
        script, ("en", "es", "fr", "de", "tr")
    )
    forms = {word, word.replace("ئ", "ی")} if script == "arabic" else {word}
    return any(country_keys(form, lang) for form in forms for lang in langs)


def _han_name(rest: str) -> str:
    """A Chinese name at the start of ``rest``: a transliterated full name (``卡里姆·哈达德``), or
    two or three characters followed by punctuation or a word that ends a name (``拜登表示``)."""
    if not rest or rest[0] in _HAN_STOP:
        return ""
    m = _HAN_DOT_NAME.match(rest)
    if m:
        name = m.group()
        while len(name) > 2 and name[-1] in _HAN_TAIL:
            name = name[:-1]  # 哈达德领(导): the verb after the name
        return name.replace("・", "·")
    for k in (3, 2):
        name, after = rest[:k], rest[k : k + 1]
        if len(name) == k and all("\u4e00" <= c <= "\u9fff" for c in name):
            if (after in _HAN_TAIL or after in _HAN_PUNCT) and name not in _HAN_NOT_NAME:
                return name
    return ""


def _name_after(text: str, start: int) -> str:
    """The name right after a role word at ``start`` ("" when no name follows)."""
    rest = text[start : start + 80]
    m = re.match(r"[\s,:،]*", rest)
    pos = m.end() if m else 0
    if rest[pos : pos + 1] and "\u4e00" <= rest[pos] <= "\u9fff":
        return _han_name(rest[pos:])
    if pos == 0 and rest[:1]:
        return ""
    if _NOT_HOLDER_AFTER.match(rest[pos:]):
        return ""  # "رئيس الوزراء السابق", "Prime Minister-elect"
    words: list[str] = []
    for w in _WORD.finditer(rest, pos):
        gap = rest[pos : w.start()]
        if gap.strip(" -") or len(words) >= 3:
            break  # punctuation, a number: the name ended
        pos = w.end()
        word = w.group()
        script = script_of(word)
        if script in ("latin", "cyrillic"):
            if word.lower() in _PARTICLES and words:
                continue
            head, _, tail = word.partition("-")
            if not word[0].isupper() and not (head.lower() in _PARTICLES and tail[:1].isupper()):
                if not words and _countryish(word):
                    continue  # "el primer ministro libanés Karim Haddad"
                break
            if _countryish(word):
                if words:
                    break
                continue  # "премьер-министр Ливана Карим Хаддад"
            words.append(word)
        elif script == "arabic":
            if word in _AR_STOP or (word.startswith("و") and word[1:] in _AR_STOP):
                break
            if (
                _countryish(word)
                or word in _AR_SKIP
                or (word.startswith("ال") and word.endswith(("ي", "ية")))
            ):
                if words:
                    break
                continue  # "رئيس الوزراء اللبناني", "نخست وزیر لبنان"
            words.append(word)
            if len(words) >= 2:
                break
        else:
            break
    if not words:
        return ""
    if _NOT_HOLDER_AFTER.match(rest[pos:]):
        return ""
    return " ".join(words)


#: Before a role word: an apposition's comma and article (``X, the Syrian president``,
#: ``بشار اسد، رئیس‌جمهور سوریه``, ``Карим Хаддад, премьер-министр``).
_APPOSITION = re.compile(
    r"(?:,\s+(?:the|la|el|le|der|die)\s+(?:[^\W\d_]+\s+){0,2}|,\s+|،\s*)$", re.IGNORECASE
)


def _name_before(text: str, start: int, end: int) -> str:
    """The name an apposition gives before a role word (``Bashar al-Assad, the Syrian president``).

    Only when the role word is followed by punctuation, ``of`` or a place, never a name, and
    the comma is right before the role word's phrase; Latin names need an article
    (``, the``), Cyrillic and Arabic-script ones the comma alone.
    """
    before = text[max(0, start - 80) : start]
    m = _APPOSITION.search(before)
    if not m or _NOT_HOLDER_AFTER.match(text[end:]):
        return ""
    latin_article = m.group().lstrip(",، \t").strip() != ""
    head = before[: m.start()]
    words: list[str] = []
    for w in reversed(list(_WORD.finditer(head))):
        gap = head[w.end() : (words and head.find(words[-1], w.end())) or len(head)]
        if gap.strip(" -") or len(words) >= 3:
            break
        word = w.group()
        script = script_of(word)
        if script in ("latin", "cyrillic"):
            if script == "latin" and not (latin_article and _CLOSES.match(text, end)):
                break  # "In Baghdad, President X", "In Baghdad, the president said": no apposition
            if word.lower() in _PARTICLES and words:
                words.append(word)
                continue
            head_, _, tail = word.partition("-")
            if not (word[0].isupper() or (head_.lower() in _PARTICLES and tail[:1].isupper())):
                break
            if _countryish(word) or word.lower() in _CAP_NOT_NAME:
                break
        elif script == "arabic":
            if (
                word in _AR_STOP
                or word in _AR_SKIP
                or (word.startswith("و") and word[1:] in _AR_STOP)
            ):
                break
            if len(words) >= 2:
                break
        else:
            break
        words.append(word)
    while words and words[-1].lower() in _PARTICLES:
        words.pop()
    if words and script_of(words[0]) == "arabic":
        prev = head[: head.rfind(words[-1])].split()[-1:]
        if (prev and prev[0] in _AR_CREDIT) or _AR_CREDIT & set(words):
            return ""  # "به گزارش پیام شرق، ...": the outlet a report is credited to
    if words and script_of(words[0]) == "latin":
        prev = head[: head.rfind(words[-1])].split()[-1:]
        if prev and prev[0].lower() in _PLACE_BEFORE:
            return ""  # "talks in Baghdad, the Iraqi capital": a place
    return " ".join(reversed(words))


#: After a role word: the apposition closes (``, said``) or names the place (``of Iraq``).
_CLOSES = re.compile(r"\s+of\b|\s*[,.;:)]|\s+(?:de|du|des|del)\b", re.IGNORECASE)
_PLACE_BEFORE = frozenset("in at from to near into of en à au dans aus im nach".split())

#: Arabic-script words before an outlet's name in a credit (``به گزارش X،``, ``نقلا عن X،``).
_AR_CREDIT = frozenset(
    "گزارش خبرگزاری خبرگزاري پایگاه سایت روزنامه شبکه عن لـ حسب وفقا وفق نقلا وكالة صحيفة موقع "
    "قناة شبكة".split()
)

#: Capitalised words that start a sentence or a clause, never a name before a comma.
_CAP_NOT_NAME = frozenset(
    "in on at on after before meanwhile however also today yesterday then "
    "en el la le au à dans hier aujourd'hui в на по".split()
)


def _holder_key(name: str) -> str:
    """A holder as a fact value: Han names as written, others as skeletons joined by dots."""
    if "\u4e00" <= name[0] <= "\u9fff":
        return name.replace("・", "·")
    return ".".join(t for t in name_tokens_cached(name) if len(t) >= 2)


def role_mentions(lead: str) -> set[str]:
    """Skeletons of the words a lead could name a person with (``who:`` facts).

    Examples
    --------
    >>> sorted(role_mentions("Parliament confirmed Zarnescu on Tuesday"))
    ['prlmnt', 'tsd', 'zrnsk']
    """
    out: set[str] = set()
    for w in _WORD.finditer(lead):
        word = w.group()
        script = script_of(word)
        if script in ("latin", "cyrillic") and not word[0].isupper():
            continue
        if script not in ("latin", "cyrillic", "arabic"):
            continue
        out.update(t for t in name_tokens_cached(word) if len(t) >= 2)
    for han in re.finditer(r"[\u4e00-\u9fff]{1,6}[·・][\u4e00-\u9fff]{1,6}", lead):
        out.add(han.group().replace("・", "·"))
    return out


def role_word(role: str) -> str:
    """A role key in words.

    Examples
    --------
    >>> role_word("pm"), role_word("fm")
    ('prime minister', 'foreign minister')
    """
    return ROLE_NAMES.get(role, role)


@lru_cache(maxsize=4096)
def role_facts(lead: str) -> tuple[str, ...]:
    """Office-holder facts (``role.<role>:<holder>``) of a headline and lead, with ``who:`` facts.

    ``lead`` is the headline and the first characters of the text (the
    typed facts' window). A holder is the name right after a role word;
    one marked former, previous, late, outgoing, deputy, vice, -elect or
    -designate is left out. When a lead names any holder, ``who:<skeleton>``
    facts list every name-like word it mentions (read by :func:`role_conflict`).

    Examples
    --------
    >>> [f for f in role_facts("حكومة الرئيس كريم حداد تنال الثقة") if f.startswith("role")]
    ['role.pm:krm.hd']
    >>> [f for f in role_facts("Парламент поддержал премьер-министра Карима Хаддада.") if f[0] == "r"]
    ['role.pm:krm.hd']
    >>> [f for f in role_facts("议会通过了对总理卡里姆·哈达德领导的新政府的信任投票") if f[0] == "r"]
    ['role.pm:卡里姆·哈达德']
    >>> role_facts("The deputy prime minister Ali Khan and ex-President Jones spoke.")
    ()
    """
    holders: set[str] = set()
    for m in _ROLE_RE.finditer(lead):
        role = (m.lastgroup or "").rstrip("0123456789")
        before = lead[max(0, m.start() - 30) : m.start()]
        if _NOT_HOLDER_BEFORE.search(before):
            continue
        name = _name_after(lead, m.end()) or _name_before(lead, m.start(), m.end())
        key = _holder_key(name) if name else ""
        if key:
            holders.add(f"role.{role}:{key}")
    if not holders:
        return ()
    who = {f"who:{k}" for k in role_mentions(lead)}
    return tuple(sorted(holders | who))


def _tokens(value: str) -> list[str]:
    return [t for t in value.split(".") if t]


def _han(value: str) -> bool:
    return "\u4e00" <= value[:1] <= "\u9fff"


def _same_han(a: str, b: str) -> bool:
    """Two Chinese names share a two-character piece (``哈达德`` in ``卡里姆·哈达德``)."""
    pieces = {a[i : i + 2] for i in range(len(a) - 1)} - {"·"}
    return any(b[i : i + 2] in pieces for i in range(len(b) - 1))


def _same_tokens(a: list[str], b: list[str]) -> bool:
    """Any word of one name is (nearly) a word of the other: a surname, a transliteration."""
    for x in a:
        for y in b:
            if x == y or (min(len(x), len(y)) >= 4 and _close(x, y)):
                return True
            if min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)):
                return True  # a case ending cut (Назаров -> nzr) or a letter more (نظروف -> nzrf)
    joined_a, joined_b = "".join(a), "".join(b)
    return _close(joined_a, joined_b)


def _mentioned(value: str, who: Iterable[str]) -> bool:
    if _han(value):
        return any(_han(w) and _same_han(value, w) for w in who)
    tokens = [t for t in _tokens(value) if len(t) >= 3] or _tokens(value)
    return any(not _han(w) and _same_tokens(tokens, [w]) for w in who)


def role_conflict(
    a: Iterable[str], b: Iterable[str], who_a: Iterable[str], who_b: Iterable[str]
) -> bool:
    """Whether two sets of holders of one role are different people: another occurrence.

    ``a`` and ``b`` are the holders (fact values) each side names, ``who_a``
    and ``who_b`` the names each side's lead mentions. A conflict needs a
    pair of holders that can be compared (Chinese names only with Chinese
    names), none the same person (any word of one name equal to one of the
    other, or one edit apart when long), and neither side mentioning the
    other's holder anywhere in its lead (a report of two presidents who met
    may give only one of them the title).

    Examples
    --------
    >>> role_conflict({"slm.dhr"}, {"krm.hd"}, {"slm", "dhr"}, {"krm", "hd", "dhr"})
    False
    >>> role_conflict({"哈达德"}, {"krm.hd"}, set(), set())
    False
    >>> role_conflict({"哈达德"}, {"扎希尔"}, set(), set())
    True
    """
    a, b = set(a), set(b)
    who_a, who_b = set(who_a), set(who_b)
    comparable = False
    for x in a:
        for y in b:
            if _han(x) != _han(y):
                continue
            comparable = True
            if _han(x):
                if _same_han(x, y):
                    return False
            elif _same_tokens(_tokens(x), _tokens(y)):
                return False
    if not comparable:
        return False
    if any(_mentioned(y, who_a) for y in b) or any(_mentioned(x, who_b) for x in a):
        return False
    return True
