"""Which round of a competition a report tells: a heat, a quarter-final, a semi-final, the final.

A player's semi-final and the final two days later are two events of the same
actors, the same tournament, the same city and days apart; their reports share
names, a venue and often set scores (``7-5`` is one set of either match). The
round is what tells them apart, and outlets state it: ``in the semi-finals``,
``в полуфинале``, ``في نصف النهائي``, ``در نیمه‌نهایی``, ``半决赛``. Reaching a
round is the round before it: ``reaches the final``, ``вышел в финал``,
``晋级决赛``, ``به فینال رسید`` report a semi-final won. :func:`match_rounds`
reads them as stage facts (``stage.match:semi``), compared by the existing
stage conflict (:mod:`storyline.link.occurrence`): both reports state a round,
and none of the same, is another match. A report naming two rounds (a final's
report recalling the semi-final) shares one with either and conflicts with neither.

``final`` alone is read only where it is a match's: ``in the final``,
``cup final``, ``в финале``, ``决赛``, ``فینال``, ``في النهائي``, not a
parliament's ``final reading`` or a ``final decision``.

Examples
--------
>>> match_rounds("Ngcobo beats Morishita to reach the Durban final")
('stage.match:semi',)
>>> match_rounds("Ngcobo beats Ferreyra in three sets in the SA Open final")
('stage.match:final',)
>>> match_rounds("Assembly passes the fee law in its final reading")
()
"""

from __future__ import annotations

import re

__all__ = ["match_rounds", "word_pattern"]

#: What follows an English "final" that is no match's: a final reading, vote or deal.
_NOT_A_MATCH = (
    r"(?! (?:reading|vote|stage|round|phase|days?|hours?|weeks?|months?|years?|minutes?|moments?|"
    r"hearing|decision|approval|say|word|version|report|results?|tally|count|draft|text|list|"
    r"warning|offer|ruling|verdict|leg|status|deal|agreement|accord|settlement|attempt|bid|push|"
    r"talks|session|sitting|statement|analysis|form|exams?|step|touches|details|terms))"
)

#: Reaching a round: the round before it was won (``reaches the final``: a semi-final). The
#: quarter-final first: ``reach the semi final`` holds the words of reaching the final.
_REACHED = {
    "quarter": (
        r"(?:reach(?:es|ed|ing)?|into|advanc\w+ to|through to|make?s? it to|made it to)"
        r" (?:the |a |his |her |their |its )?(?:\w+ ){0,2}semi[- ]?finals?\b" + _NOT_A_MATCH,
        r"в полуфинал(?!\w)",
        r"у півфінал(?!\w)",
        r"(?:يتأهل|تأهل|يبلغ|بلغ|يصل|وصل|يعبر|عبر)\S* (?:إلى |الى )?(?:ال)?نصف (?:ال)?نهائي(?!\S)",
        r"(?:به|راهی)[\s\u200c]+نیمه[\s\u200c]*نهایی",
        r"(?:进入|晋级|挺进|闯入|杀入|跻身|晋身)(?:半决赛|四强)",
        r"ins halbfinale",
        r"(?<!\w)a (?:la |las )?semifinal(?:es)?(?!\w)", r"semifinalistas?(?!\w)", r"(?:à|às) semifina(?:l|is)",
        r"(?:vola|approda|vanno|va) in semifinale", r"(?:file|filent|fonce|se hisse|accède) en demi-finale",
    ),
    "semi": (
        r"(?:reach(?:es|ed|ing)?|into|advanc\w+ to|through to|make?s? it to|made it to)"
        r" (?:the |a |his |her |their |its )?(?:\w+ ){0,2}finals?\b" + _NOT_A_MATCH,
        r"в финал(?!\w)",
        r"у фінал(?!\w)",
        r"(?:يتأهل|تأهل|يبلغ|بلغ|يصل|وصل|يعبر|عبر)\S* (?:إلى |الى )?(?:ال)?نهائي(?!\S)",
        r"(?:يتأهل|تأهل|يصل|وصل|يعبر|عبر)\S* للنهائي(?!\S)",
        r"(?:به|راهی)[\s\u200c]+فینال(?!یست)",
        r"(?:进入|晋级|挺进|闯入|杀入|跻身|晋身)(?:总)?决赛",
        r"ins finale",
        r"(?:se )?qualifi\w+ pour (?:la )?finale",
        r"(?<!\w)a la final(?!\w)", r"se mete en la final", r"finalistas?(?!\w)",
        r"(?:chega|chegou|vai|avança|avançou) à final", r"garant\w* vaga na final",
        r"(?:vola|approda|vanno|va) in finale", r"(?:file|filent|fonce|se hisse|accède) en finale",
        r"فینالیست[\s\u200c]+(?:\S+[\s\u200c]+){0,3}(?:شد|شدند)",
        r"finale (?:erreicht|eingezogen)", r"finalde(?!\w)",
    ),
}

#: A round named: the heats first, then the quarter-finals and semi-finals (their words hold
#: the final's). A heat or qualifying round is the round before any knockout (an athlete's
#: heat two days before the final, a qualifying round before the first leg); ``heat`` alone
#: is weather's, so English needs the plural or a race's verb or possessive before it. A
#: qualifying campaign (``World Cup qualifiers``, ``التصفيات``, ``квалификация``) is no round.
_NAMED = {
    "heat": (
        r"heats\b",
        r"(?:(?:won|wins?|winning|tops?|topped|from|through) (?:the |a )?|(?:in|of|won|wins?|"
        r"winning|tops?|topped|from|through) (?:his|her|their) )"
        r"(?:first |second |third |fourth |fifth |sixth |opening |qualifying |preliminary )?"
        r"(?:\d+\s?(?:m|km|metres|meters) )?heat\b(?! ?waves?| records?| index| stress| dome| pumps?)",
        r"qualifying (?:round|heats?|races?|sessions?)s?\b",
        r"qualification (?:round|heats?)s?\b",
        r"предварительн\w+ (?:забег|заплыв)\w*",
        r"отборочн\w+ (?:забег|заплыв|раунд|этап)\w*",
        r"попередн\w+ (?:забіг|запли)\w*",
        r"(?:ال)?(?:دور|سباق|أدوار) (?:ال)?تمهيدي(?:ة)?",
        r"(?:مرحله|دور|گروه)[\s\u200c]+مقدماتی",
        r"预赛",
        r"资格赛",
        r"vorlauf\w*",
        r"vorläufe\w*",
        r"(?:en|les|des|sa|leur) séries\b",
        r"batterie\b",
        r"eleme (?:turu|yarışı|serisi)\w*",
    ),
    "quarter": (
        r"quarter[- ]?finals?",
        r"четвертьфинал\w*",
        r"1/4 финала",
        r"чвертьфінал\w*",
        r"ربع (?:ال)?نهائي",
        r"دور الثمانية",
        r"یک[\s\u200c]*چهارم[\s\u200c]*نهایی",
        r"四分之一决赛",
        r"八强赛",
        r"cuartos de final",
        r"quartas de final",
        r"quarts? de finale",
        r"viertelfinal\w*",
        r"quarti di finale",
        r"çeyrek final\w*",
    ),
    "semi": (
        r"semi[- ]?finals?",
        r"semifinal\w*",
        r"полуфинал\w*",
        r"1/2 финала",
        r"півфінал\w*",
        r"نصف (?:ال)?نهائي",
        r"نیمه[\s\u200c]*نهایی",
        r"半决赛",
        r"四强赛",
        r"demi-finales?",
        r"halbfinal\w*",
        r"yarı ?final\w*",
    ),
    "final": (
        r"(?:cup|open|championships?|tournament|title|grand|league|play-?offs?|world|olympic|"
        r"masters|trophy|series) finals?\b",
        r"(?:in|won|wins?|winning|lost|loses?|losing|at) (?:the |a |his |her |their |its |"
        r"this year's |last year's |\w+'s )?(?:\w+ )?finals?\b" + _NOT_A_MATCH,
        r"финал(?:е|а|ом|у)?(?!\w)",
        r"фінал(?:і|у|ом)?(?!\w)",
        r"(?:في|إلى|الى) (?:ال)?نهائي(?!\S)",
        r"(?:ب|ل|لل)النهائي(?!\S)",
        r"نهائي (?:ال)?(?:كأس|بطولة|دوري|مسابقة)",
        r"المباراة النهائية",
        r"فینال(?!یست)",
        r"决赛",
        r"(?:la|en la|a la) final\b",
        r"(?:la|en|de la) finale\b",
        r"(?:im|das) finale\b",
        r"finalsieg\w*",
        r"endspiel\w*",
        r"(?:la|in|alla|della) finale\b",
        r"finalde\b",
        # Hungarian, Greek, Georgian, Thai, Bengali, Swahili, Urdu
        r"(?:kupa)?döntő\w*", r"τελικ(?:ός|ό|ού|ο)\b", r"ფინალ\S*", r"รอบชิงชนะเลิศ", r"ফাইনাল\S*", r"fainali",
        r"فائنل",
    ),
    # a league game (the same two clubs days before or after a cup final): read after the
    # final's words are taken out, so a league's final (a play-off final) stays the final
    "league": (
        r"league (?:match|game|clash|fixture|encounter|derby|meeting|win|victory|defeat|draw|opener|"
        r"leaders?|table|title race)\b", r"(?:in|top of|atop) the (?:\w+ )?league\b(?! (?:cup|trophy|play-?offs?))",
        r"(?:матч|тур|игр)\w* (?:\S+ )?чемпионата (?!мира|европы|азии|африки)",
        r"(?:مباراة|مواجهة|جولة|لقاء)\S* (?:\S+ ){0,2}(?:ال)?دوري(?! أبطال)(?!\S)", r"(?:في|ب) (?:ال)?دوري(?! أبطال)(?!\S)",
        r"(?:دیدار|بازی|هفته)\S*[\s\u200c]+(?:\S+[\s\u200c]+){0,3}?لیگ(?![\s\u200c]+قهرمانان)(?!\S)",
        r"联赛第.{1,3}轮", r"联赛(?:比赛|中|里)", r"bajnoki (?:mérkőzés|meccs|rangadó|forduló|találkozó|derbi)\w*", r"bajnokiján",
        r"(?:partido|jornada) de liga", r"ligaspiel\w*", r"match de championnat", r"lig maçı\w*",
    ),
}

#: A knockout cup won (or given): its final, where no round is named (``lift the Hungarian Cup``,
#: ``вырвал Кубок Венгрии``, ``يتوج بكأس المجر``, ``قهرمان جام حذفی``, ``夺得匈牙利杯``).
_CUP_WON = (
    r"(?:wins?|won|lifts?|lifted|claims?|claimed|clinch\w*|retains?|retained|gives?|gave|hands?|handed) "
    r"(?:\S+ ){0,3}cup\b(?! (?:tie|match|game|qualif\w*|clash|group|round|opener|debut|place|spot|berth|ticket|bid|"
    r"hosting|rights|squad|run|campaign|draw))",
    r"(?:выиграл\w*|завоевал\w*|вырвал\w*|взял\w*|отстоял\w*|принес\w*|подарил\w*) (?:\S+ ){0,2}кубок\w*",
    r"обладател\w* кубка", r"(?:و)?(?:يتوج|توج|تتويج|يحرز|أحرز|يمنح|منح|تمنح|يهدي|أهدى)\S* (?:\S+ ){0,3}(?:ب|بل)?(?:لقب )?كأس",
    r"قهرمان[\s\u200c]+جام", r"جام[\s\u200c]+(?:\S+[\s\u200c]+){0,3}?را[\s\u200c]+(?:برد|فتح)", r"夺得[^，。 ]{0,8}杯",
    r"捧起[^，。 ]{0,8}杯", r"(?:获得|赢得)[^，。 ]{0,8}杯", r"nyerte a (?:\w+ ){0,2}kupá\w*", r"kupagyőz\w*",
)

_A = r"(?<![^\W\d_])"  # a word starts (Chinese characters are word characters: no bound there)


#: Scripts written without spaces between words: Chinese, Japanese kana, Thai, Lao, Khmer, Burmese.
_UNSPACED = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")


def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-blind pattern of ``words``: each starts a word, but those of scripts written
    without spaces (Chinese, Thai, Khmer...: no word bounds).

    Examples
    --------
    >>> rx = word_pattern(("final", "决赛", "ចុងក្រោយ"))
    >>> bool(rx.search("Cup Final")), bool(rx.search("semifinal")), bool(rx.search("进入决赛"))
    (True, False, True)
    >>> bool(rx.search("លទ្ធផលជំរឿនចុងក្រោយ"))
    True
    """
    han = [w for w in words if _UNSPACED.search(w)]
    other = [w for w in words if w not in han]
    parts = [f"{_A}(?:{'|'.join(other)})"] if other else []
    parts += [f"(?:{'|'.join(han)})"] if han else []
    return re.compile("|".join(parts), re.IGNORECASE)


_REACHED_RES = {stage: word_pattern(words) for stage, words in _REACHED.items()}
_NAMED_RES = {stage: word_pattern(words) for stage, words in _NAMED.items()}
_CUP_WON_RE = word_pattern(_CUP_WON)


def match_rounds(text: str) -> tuple[str, ...]:
    """The rounds of a knockout competition ``text`` (a headline or a lead's first sentence)
    reports, as stage facts, sorted.

    Examples
    --------
    >>> match_rounds("Нгкобо вышел в финал турнира в Дурбане, обыграв Мориситу")
    ('stage.match:semi',)
    >>> match_rounds("Нгкобо обыграл Феррейру в финале в Дурбане")
    ('stage.match:final',)
    >>> match_rounds("恩戈博晋级决赛"), match_rounds("西亚锦标赛决赛：伊拉克2比1逆转伊朗夺冠")
    (('stage.match:semi',), ('stage.match:final',))
    >>> match_rounds("Alania hold Akhmat 1-1 in Grozny to reach Russian Cup semi-finals")
    ('stage.match:quarter',)
    >>> match_rounds("«Алания» победила в первом матче четвертьфинала Кубка")
    ('stage.match:quarter',)
    >>> match_rounds("Crush at Tajik Cup final in Dushanbe kills at least seven")
    ('stage.match:final',)
    >>> match_rounds("After the semi-final win, Ngcobo meets Ferreyra in Sunday's final")
    ('stage.match:final', 'stage.match:semi')
    >>> match_rounds("Ferreyra too strong for Ngcobo in Durban final")
    ('stage.match:final',)
    >>> match_rounds("Mexico slaps final anti-dumping duties on steel"), match_rounds("قرار نهائي")
    ((), ())
    >>> match_rounds("Duma passes the law in its final reading"), match_rounds("in a final bid to")
    ((), ())
    >>> match_rounds("Negotiators reach a final agreement on the budget")
    ()
    >>> match_rounds("Otieno beats Sato to reach the semi final")
    ('stage.match:quarter',)
    >>> match_rounds("Ruto eases through her 1500m heat in Budapest")
    ('stage.match:heat',)
    >>> match_rounds("Ruto wins her heat in Budapest"), match_rounds("Рута выиграла предварительный забег")
    (('stage.match:heat',), ('stage.match:heat',))
    >>> match_rounds("Record heat closes schools"), match_rounds("预赛第一名")
    ((), ('stage.match:heat',))
    >>> match_rounds("Ferencváros beat Újpest 2-1 in league derby"), match_rounds("Ferencváros nyerte a kupadöntőt")
    (('stage.match:league',), ('stage.match:final',))
    >>> match_rounds("Radovic's late strike gives Debrecen Hungarian Cup"), match_rounds("Debrecen win cup semi-final")
    (('stage.match:final',), ('stage.match:semi',))
    >>> match_rounds("Ferencváros win league play-off final"), match_rounds("Champions League final in Budapest")
    (('stage.match:final',), ('stage.match:final',))
    """
    found: set[str] = set()
    rest = text
    for stage, rx in _REACHED_RES.items():
        if rx.search(rest):
            found.add(stage)
            rest = rx.sub(" ", rest)
    for stage in ("heat", "quarter", "semi", "final", "league"):
        rx = _NAMED_RES[stage]
        if rx.search(rest):
            found.add(stage)
            rest = rx.sub(" ", rest)
    if not found and _CUP_WON_RE.search(text):
        found.add("final")  # a cup won, no round named: the final
    return tuple(sorted(f"stage.match:{stage}" for stage in found))
