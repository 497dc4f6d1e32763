"""Who met: the ministers of two or more states, or their leaders.

A summit of two prime ministers and their foreign ministers' talks the day before it are
two events with the same two states, the same town, often the same agreements (the
ministers finalise the texts the leaders sign); so are a bloc's council of ministers and its
heads-of-state summit two days later. Outlets say who met in the headline: ``foreign
ministers``, ``министры иностранных дел``, ``وزيرا الخارجية``, ``وزرای خارجه``, ``外长``
against ``leaders``, ``премьеры``, ``رئيسا وزراء``, ``نخست‌وزیران``, ``两国总理``,
``summit``. :func:`meeting_level` reads it as a stage fact (``stage.meeting:ministers`` or
``stage.meeting:leaders``), compared by the existing stage conflict
(:func:`storyline.link.facts.fact_conflicts`): both reports say who met, and not the same.

Only groups count: a prime minister meeting a foreign minister names neither level. A
headline naming ministers and a summit (``foreign ministers finalise summit texts``, ``on
the sidelines of the summit``) is the ministers' meeting; naming ministers and leaders both
(``leaders and foreign ministers sign``) it is either, and conflicts with neither.

Examples
--------
>>> meeting_level("Thai, Cambodian foreign ministers finalise summit texts")
('stage.meeting:ministers',)
>>> meeting_level("Thai, Cambodian leaders sign border crossing and power deals")
('stage.meeting:leaders',)
>>> meeting_level("Премьеры Таиланда и Камбоджи подписали соглашения")
('stage.meeting:leaders',)
>>> meeting_level("Prime Minister meets visiting foreign minister")  # no group: no level
()
"""

from __future__ import annotations

from functools import lru_cache

from storyline.link.milestone_words import BLOCS
from storyline.link.rounds import word_pattern

__all__ = ["meeting_level"]

_SP = r"[\s\u200c]+"

#: The foreign ministers of several states meeting (plural or dual forms only), or a bloc's
#: council of ministers: not a national cabinet ("council of ministers", "кабинет министров",
#: "هیئت وزیران"), nor the ministers who sign a trade deal their leaders witness.
_MINISTERS = (
    r"foreign ministers\b", r"top diplomats", r"fms\b", r"ministerial (?:meeting|talks|conference|session)s?",
    r"(?:министр\w*|глав\w*) иностранных дел\b(?<!министр иностранных дел)(?<!министра иностранных дел)",
    r"глав(?:ы)? (?:МИД|внешнеполитических ведомств)", r"на уровне (?:глав МИД|министров иностранных дел)",
    r"وزيرا (?:ال)?خارجي\S*", r"وزراء (?:ال)?خارجي\S*", r"مجلس وزراء (?:مجموعة|الاتحاد|جامعة|دول|خارجية)\S*",
    r"(?:وزیران|وزرای)" + _SP + r"(?:امور" + _SP + r")?خارجه", r"外长", r"部长理事会",
    r"รมว\.?ต่างประเทศ", r"รัฐมนตรีต่างประเทศ", r"รัฐมนตรีว่าการกระทรวงการต่างประเทศ",
    r"baraza la mawaziri", BLOCS + r" (?:\S+ )?council of ministers", r"council of ministers (?:of|from) (?:the )?(?:\S+ ){0,3}(?:community|union|bloc|league|states)",
)
#: Leaders of several states meeting, named as people (not a party's, a union's or a
#: rebel group's leaders).
_LEADERS = (
    r"(?<!opposition )(?<!party )(?<!business )(?<!union )(?<!religious )(?<!rebel )(?<!community )(?<!tribal )"
    r"(?<!protest )(?<!student )(?<!church )(?<!militia )leaders\b",
    r"heads? of (?:state|government)", r"prime ministers\b", r"presidents\b", r"premiers\b",
    r"премьер(?:-министр)?ы\b", r"премьер(?:-министр)?ов\b", r"президенты\b", r"лидеры (?:двух |обеих )?(?:стран|государств)",
    r"глав\w* государств\b", r"главы правительств\b",
    r"رئيسا (?:ال)?(?:وزراء|حكومت)\S*", r"(?:قادة|زعماء) (?:ال)?(?:دول|البلدين|بلدان)\S*", r"رؤساء (?:ال)?(?:دول|حكومات)",
    r"نخست" + _SP + r"?وزیران", r"سران" + _SP + r"(?:دو" + _SP + r"کشور|کشورهای)", r"روسای" + _SP + r"(?:جمهور|دولت)",
    r"首脑", r"(?:两国|双方|各国|多国)(?:总理|总统|元首|领导人)",
    r"นายกฯ", r"นายกรัฐมนตรี", r"wakuu wa nchi", r"marais",
)
#: A summit of states named (the leaders' meeting, unless ministers are named: theirs is then
#: the news); not a mountain's summit, nor a football "top match" (``قمة``).
_SUMMIT = (
    r"(?<!the )summits?\b(?! (?:of|push|bid|attempt|ridge|day|camp|route|team|agreements?|deals?|accords?|decisions?|texts?|"
    r"declarations?|documents?|outcomes?|commitments?|pledges?)\b)", r"саммит\w*",
    r"(?:ال)?قمة (?:ال)?(?:ثنائي|عربي|خليجي|إفريقي|أفريقي|آسيوي|أوروبي|إسلامي|رؤساء|قادة|زعماء|دول|شرق)\S*",
    r"اجلاس" + _SP + r"سران", r"نشست" + _SP + r"سران", r"峰会", r"ประชุมสุดยอด", r"mkutano wa kilele",
)

_MINISTERS_RE = word_pattern(_MINISTERS)
_LEADERS_RE = word_pattern(_LEADERS)
_SUMMIT_RE = word_pattern(_SUMMIT)


@lru_cache(maxsize=4096)
def meeting_level(text: str) -> tuple[str, ...]:
    """Who met, by ``text`` (a headline or a lead's first sentence): ministers, leaders,
    both, or neither said.

    Examples
    --------
    >>> meeting_level("EAC Council of Ministers recommends admitting the Comoros")
    ('stage.meeting:ministers',)
    >>> meeting_level("EAC summit in Arusha admits the Comoros")
    ('stage.meeting:leaders',)
    >>> meeting_level("وزيرا خارجية تايلاند وكمبوديا يمهدان للقمة")
    ('stage.meeting:ministers',)
    >>> meeting_level("泰柬两国总理在边境会晤"), meeting_level("泰柬外长会晤")
    (('stage.meeting:leaders',), ('stage.meeting:ministers',))
    >>> meeting_level("Leaders and foreign ministers sign seven accords")
    ('stage.meeting:leaders', 'stage.meeting:ministers')
    """
    ministers = bool(_MINISTERS_RE.search(text))
    leaders = bool(_LEADERS_RE.search(text)) or (not ministers and bool(_SUMMIT_RE.search(text)))
    return tuple(
        f"stage.meeting:{level}" for level, said in (("leaders", leaders), ("ministers", ministers)) if said
    )
