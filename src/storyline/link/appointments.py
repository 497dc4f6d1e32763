"""Who a headline says was appointed, confirmed or elected: the person an appointment is about.

A parliament confirms a central bank's governor one day and its first deputy governor two days
later; a cabinet names one minister this week and another the next. The same actors (the
parliament, the bank, the government), the same words, days apart: what tells the two
occurrences apart is the person each headline appoints. :func:`appointee_facts` reads that
person from a headline as an office-holder fact of the role ``appointee``
(``role.appointee:<name>``, :mod:`storyline.link.roles`), so two reports appointing different
people conflict by :func:`~storyline.link.roles.role_conflict`, unless either report mentions
the other's appointee anywhere in its lead (a report of the deputy that recalls the governor's
confirmation).

The person is the name right after an appointment verb (``confirms Zarnescu``, ``назначил
Иоану Добреску``, ``任命卡里姆·哈达德为``) or right before a passive one or ``is the new``
(``Zarnescu confirmed as``, ``Zărnescu este noul guvernator``). Names in Latin or Cyrillic
script need their capitals; a Chinese name is compared with Chinese names only; names in Arabic
script are not read here (no capitals tell a name from ``محافظ جديد``, a new governor).

Examples
--------
>>> appointee_facts("Romanian lawmakers confirm Zarnescu as central bank governor")
('role.appointee:zrnsk',)
>>> appointee_facts("Парламент Румынии назначил Иоану Добреску первым заместителем главы ЦБ")
('role.appointee:dbrsk',)
>>> appointee_facts("Cătălin Zărnescu este noul guvernator al BNR")
('role.appointee:ktln.zrnsk',)
>>> appointee_facts("Central bank keeps rates on hold")
()
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.entities._text import script_of
from storyline.link.roles import _ROLE_RE, _holder_key, _name_after

__all__ = ["appointee_facts"]

#: Verbs that appoint, confirm or elect the person named right after them (the active voice).
_APPOINTS = re.compile(
    r"(?<![\w-])(?:"
    # English
    r"confirms?|confirmed|appoints?|appointed|names?|named|elects?|elected|nominates?|nominated|"
    r"installs?|installed|swears? in|swore in|taps|tapped|"
    r"votes? in|voted in|re-?elects?|re-?elected|"
    # Russian, Ukrainian
    r"назначил\w*|утвердил\w*|избрал\w*|выбрал\w*|переизбрал\w*|призначи\w*|обрал\w*|затвердил\w*|"
    r"назначен\w*|утвержд[её]н\w*|избран\w*|призначен\w*|"
    # Spanish, Portuguese, Italian, French, German, Romanian, Polish, Czech, Dutch, Turkish
    r"nombra|nombró|designa|designó|elige|eligió|ratifica|ratificó|nomeia|nomeou|elege|elegeu|"
    r"nomina|nominato|elegge|eletto|nomme|nommé|élit|ernennt|ernannt|wählt|gewählt|bestätigt|"
    r"numește|numit|alege|ales|validat|validează|confirmă|powołał\w*|wybrał\w*|zatwierdził\w*|"
    r"jmenoval\w*|zvolil\w*|schválil\w*|benoemt|benoemd|kiest|atadı|seçti"
    r")(?![\w-])\s+(?:(?:the|new|its|a|el|la|le|il|o|nuevo|nueva|nouveau|nouvelle|neuen?|noul|"
    r"noua|nowego|nového|nieuwe|нового|новую|новым)\s+)?",
    re.IGNORECASE,
)
#: What follows a person's name in a passive or copular appointment (``X confirmed as``, ``X
#: named new``, ``X este noul``, ``X es el nuevo``, ``X назначен``, ``X стал новым``). A past
#: form is read both ways (``Arkwright elected Commons Speaker``, ``lawmakers confirmed
#: Zarnescu``): the name before it and the one after are both the appointee's possible names,
#: and reports conflict only when no name of one is a name of the other.
_APPOINTED_AFTER = re.compile(
    r"\s+(?:(?:is|was|has been)\s+)?(?:confirmed|appointed|named|elected|nominated|sworn in|"
    r"installed|re-?elected)\b|"
    r"\s+(?:is|becomes|became)\s+(?:the\s+)?new\b|"
    r"\s+(?:este|devine|a devenit)\s+(?:noul|noua)\b|\s+(?:es|será)\s+(?:el|la)\s+nuev[oa]\b|"
    r"\s+(?:est|devient)\s+(?:le|la)\s+nouv\w+|\s+(?:ist|wird)\s+(?:der|die)\s+neue\b|"
    r"\s+(?:è|diventa)\s+(?:il|la)\s+nuov[oa]\b|"
    r"\s+(?:назначен\w*|утвержд[её]н\w*|избран\w*|стал\w*\s+нов\w+)(?![\w-])|"
    r"\s+(?:numit|ales|validat|nombrado|elegido|nommé|élu|ernannt|gewählt|nominato|eletto)\b",
    re.IGNORECASE,
)
#: Chinese: ``任命X为``, ``批准X出任``, ``选举X为``, ``X当选``, ``X出任``, ``X就任``.
_HAN_APPOINT = re.compile(
    r"(?:任命|批准|选举|推选|提名|选出|确认|通过)([\u4e00-\u9fff]{1,6}(?:[·・][\u4e00-\u9fff]{1,6})?)"
    r"(?:为|出任|担任|接任)"
)
_HAN_APPOINTED = re.compile(
    r"(?<![\u4e00-\u9fff·・])([\u4e00-\u9fff]{1,6}[·・][\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,4})"
    r"(?:当选|出任|就任|获任)"
)
_VOTES = re.compile(
    r"(?<![\w-])(?:votat|voted|votes|vote|проголосовал\w*|votó|vota|votou|hat\s+gewählt|"
    r"a\s+ales|a\s+numit|a\s+validat|confirms?|confirmed|elects?|elected|appoints?|appointed|"
    r"назначил\w*|утвердил\w*|избрал\w*)(?![\w-])",
    re.IGNORECASE,
)
"""A vote or an appointing verb whose person a colon then names (``a votat noul X: Name``)."""
_NAME_LAST = re.compile(r":\s+(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]+\s*){1,3}[.!]?$")
"""After an appointing verb, a colon and a name ending the headline: the person appointed."""
_WORD_BEFORE = re.compile(r"[^\W\d_][\w'’.-]*\Z")
_HAN_NOT_NAME = tuple("议会 国会 政府 内阁 董事会 人大 委员会 参议院 众议院 央行 银行".split())
"""What a Chinese appointing verb's object ends with when it is a body, not a person."""


def _name_before(text: str, end: int) -> str:
    """The capitalised name (one to three words, Latin or Cyrillic) ending at ``end``."""
    words: list[str] = []
    head = text[:end].rstrip()
    while len(words) < 3:
        m = _WORD_BEFORE.search(head)
        if m is None:
            break
        word = m.group()
        if script_of(word) not in ("latin", "cyrillic") or not word[0].isupper():
            break
        words.append(word)
        head = head[: m.start()].rstrip()
        if not head or head[-1] in ",:;|–—-":
            break
    return " ".join(reversed(words))


_LONG_LATIN = re.compile(r"(?<![^\W\d_])[A-Za-zÀ-ÖØ-öø-ÿ][a-zà-öø-ÿ'’]{3,}")
_HAN_ONLY = re.compile(r"[^\u4e00-\u9fff·・\s]+")


def _title_case(title: str) -> bool:
    """Whether a headline capitalises its words (``Renault Chooses Volkswagen Executive``): three
    or more Latin words of four letters or more, at least 70% of them capitalised.

    Examples
    --------
    >>> _title_case("Renault Chooses Volkswagen Executive as New C.E.O."), _title_case("Senate confirms Jones")
    (True, False)
    """
    words = _LONG_LATIN.findall(title)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _without_role(name: str) -> str:
    """A name less the role words a capitalising language writes after it (``Michel Barnier
    Premier ministre``)."""
    words = name.split()
    for i in range(1, len(words)):
        if _ROLE_RE.match(" ".join(words[i:])):
            return " ".join(words[:i])
    return name


@lru_cache(maxsize=4096)
def appointee_facts(title: str | None) -> tuple[str, ...]:
    """``role.appointee:<name>`` for the person a headline appoints, confirms or elects.

    Examples
    --------
    >>> appointee_facts("罗马尼亚议会批准扎尔内斯库出任央行行长")
    ('role.appointee:扎尔内斯库',)
    >>> appointee_facts("Zarnescu confirmed as Romania's central bank governor")
    ('role.appointee:zrnsk',)
    >>> appointee_facts("Parlamentul a votat noul prim-viceguvernator al BNR: Ioana Dobrescu")
    ('role.appointee:dbrsk',)
    >>> appointee_facts("Parliament approves the budget"), appointee_facts("البرلمان يعين محافظا جديدا")
    ((), ())

    A headline in title case names no one by its capitals:

    >>> appointee_facts("NASA Just Confirmed There Are Water Plumes Above Europa")
    ()
    """
    if not title:
        return ()
    names: set[str] = set()
    if _title_case(title):  # "NASA Just Confirmed There Are Water Plumes": capitals tell no names
        title = _HAN_ONLY.sub(" ", title)
    for m in _APPOINTS.finditer(title):
        end = m.end()
        while end > m.start() and title[end - 1].isspace():
            end -= 1  # the name is read after the space, as after a role word
        name = _without_role(_name_after(title, end))
        if name and script_of(name.split()[0]) in ("latin", "cyrillic", "han"):
            names.add(name)
    for m in _VOTES.finditer(title):  # "a votat noul prim-viceguvernator al BNR: Ioana Dobrescu"
        colon = title.find(":", m.end())
        if colon > 0 and _NAME_LAST.match(title, colon):
            names.add(_name_after(title, colon + 1))
    for m in re.finditer(r"\s+\S", title):
        if _APPOINTED_AFTER.match(title, m.start()):
            name = _name_before(title, m.start())
            if name:
                names.add(name)
    for rx in (_HAN_APPOINT, _HAN_APPOINTED):
        for m in rx.finditer(title):
            if not m.group(1).endswith(_HAN_NOT_NAME):
                names.add(m.group(1))
    keys = {_holder_key(name) for name in names if name}
    return tuple(sorted(f"role.appointee:{key}" for key in keys if key))
