"""Which occurrence of a recurring event a report tells: ordinals and stages, as typed facts.

Two reports of the same actors can be about two occurrences of one kind of
event and carry no date and no conflicting number: the second summit and
the third, the trial's opening and its verdict, the prime minister's
designation and the confidence vote in his cabinet. Real outlets state the
occurrence in words; this module reads them from a headline and lead as
typed facts, compared by the existing conflict
(:func:`storyline.link.facts.fact_conflicts`):

- ``ordinal.<kind>:<n>``: an ordinal of occurrence before (or, in Arabic and
  Persian, after) a noun of a small lexicon (:data:`ORDINAL_NOUNS`: round,
  summit, session, meeting, visit, exchange, term, edition, package, cut,
  hike, title, match): ``the third round of talks``, ``الجولة الثالثة``,
  ``دور سوم مذاکرات``, ``второй раунд``, ``第三轮``, ``第二次峰会``,
  ``2. Runde``, ``üçüncü tur``; a run-off is round 2. A match of a series
  (``the second Test``, ``второй матч серии``, ``المباراة الثالثة``, ``第二场``,
  ``the first leg``) is its first to seventh, not a player's own count
  (``his 50th Test``, ``her first Test start``). A stage of a stage race
  (``stage 12``, ``the fifth stage``, ``5e étape``, ``пятый этап``,
  ``المرحلة الخامسة``, ``مرحله پنجم``, ``第五赛段``) only where the lead names a
  race (a rocket's second stage, a project's first stage are no race's).
- ``stage.<proceeding>:<stage>``: the stage of a proceeding the headline
  (or, when the headline states none, the lead's first sentence) reports
  (:data:`STAGES`): a trial's ``opening``, ``verdict`` or ``appeal``
  ruling (an appeal ruling restates the verdict: it is the appeal); a
  government's ``designation``, ``confidence`` vote or ``swearing`` in; a
  court's ``hearing`` of a case or its ``ruling`` (``stage.case``, with a court
  named, not where a trial's stage is read: the public hearing weeks before a
  constitutional court strikes a law down is another news event); and
  the round of a knockout competition (``stage.match``: a quarter-final,
  a semi-final, the final; :mod:`storyline.link.rounds`).
- ``period.<month|quarter|half>:<n>``: the period a periodic figure is for
  (``inflation eased to 4.2% in March``, ``second-quarter GDP``), from the
  headline or, when it states none, the lead's first sentence
  (:mod:`storyline.link.periods`).

Both sides of a pair stating the same kind with (mostly) other values is
evidence of another occurrence. A report mentioning several (the second
round after the first) shares a value with either, so it conflicts with
neither.

Examples
--------
>>> occurrence_facts("Iran and the US hold third round of talks in Muscat", "")
('ordinal.round:3',)
>>> occurrence_facts("Frankfurt court jails businessman for seven years", "")
('stage.trial:verdict',)
>>> occurrence_facts("Во Франкфурте начался суд над предпринимателем", "")
('stage.trial:opening',)
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.link.aftermath import (
    anniversary,
    coming_weekday,
    days_after,
    drill,
    preview,
    warning,
    weekdays_apart,
)
from storyline.link.compound_ordinals import compound_ordinals
from storyline.link.medals import division_facts, medal_facts
from storyline.link.meetings import meeting_level
from storyline.link.milestone_words import PROCEDURE_WORDS
from storyline.link.milestones import milestone_facts, rating_grades
from storyline.link.periods import estimate_facts, period_facts, season_facts
from storyline.link.rounds import match_rounds

__all__ = ["ORDINAL_NOUNS", "STAGES", "first_sentence", "occurrence_facts", "occurrence_word"]

#: Nouns of occurrence per kind, every language together (regular expressions, matched
#: case-insensitively; Arabic ones may take the article ``ال``).
ORDINAL_NOUNS: dict[str, tuple[str, ...]] = {
    "round": (
        r"rounds?", r"run-?offs?", r"ronda", r"vuelta", r"tour", r"\w*runde", r"раунд\w*",
        r"тур(?:а|е|ом|ы)?", r"tur(?:u|da|unda|unu)?", r"جول(?:ة|ه|ات)", r"دور", r"轮",
        # a ballot of an election in a chamber (session 47): "the second ballot"
        r"ballots?", r"голосовани\w*", r"wahlg[aä]ng\w*", r"votaci[oó]n", r"投票",
        r"attempts?", r"попытк\w*", r"محاول(?:ة|ه)", r"versuch\w*", r"tentative", r"intento",
    ),
    "summit": (
        r"summits?", r"cumbre", r"sommet", r"\w*gipfel\w*", r"саммит\w*", r"قم(?:ة|ه|تها|ته)",
        r"نشست[\s\u200c]سران", r"اجلاس[\s\u200c]سران", r"峰会", r"zirve\w*",
    ),
    "session": (
        r"sessions?", r"plenary", r"sesi[oó]n", r"sitzung\w*", r"tagung\w*", r"сесси\w*",
        r"заседани\w*", r"دور(?:ة|ه|تها|ته)(?![\s\u200c]+ریاست)", r"جلس(?:ة|ه|تها|ته)", r"اجلاس",
        r"جلسه",
        r"会议", r"oturum\w*",
    ),
    "meeting": (
        r"meetings?", r"reuni[oó]n", r"encuentro", r"réunion", r"rencontre", r"treffen",
        r"встреч\w*", r"اجتماع\w*", r"لقاء\w*", r"نشست", r"دیدار", r"会晤", r"会面", r"会谈",
        r"toplantı\w*", r"görüşme\w*",
    ),
    "visit": (
        r"visits?", r"visita", r"visite", r"besuch\w*", r"визит\w*", r"زيار(?:ة|ه|ت\w*)",
        r"سفر", r"访问", r"访华", r"ziyaret\w*",
    ),
    "exchange": (
        r"exchanges?", r"swaps?", r"intercambio", r"canje", r"échange", r"\w*austausch\w*",
        r"обмен\w*", r"обмін\w*", r"تبادل", r"مبادل(?:ة|ه)", r"مبادله", r"交换", r"换俘",
        r"takas\w*",
    ),
    "term": (
        r"terms?", r"mandato", r"mandat", r"amtszeit", r"срок\w*", r"созыв\w*",
        r"ولاي(?:ة|ه|ته)", r"任期", r"dönem\w*",
        r"دوره(?=[\s\u200c]+ریاست)",  # Persian: a presidency's term, not a session
    ),
    "edition": (
        r"editions?", r"congress", r"edici[oó]n", r"congreso", r"édition", r"congrès",
        r"parteitag\w*", r"съезд\w*", r"نسخ(?:ة|ه|تها)", r"مؤتمر\w*", r"kongre\w*",
    ),
    "package": (
        r"packages?", r"paquete", r"paquet", r"\w*paket\w*", r"пакет\w*", r"حزم(?:ة|ه)",
        r"بسته", r"paket\w*",
    ),
    "cut": (
        r"(?:rate )?cuts?", r"recorte", r"rebaja", r"baisse", r"\w*senkung", r"снижени\w*",
        r"خفض", r"تخفيض", r"کاهش", r"降息", r"indirim\w*",
    ),
    "hike": (
        r"(?:rate )?hikes?", r"subida", r"alza", r"hausse", r"\w*erhöhung", r"\w*anhebung",
        r"повышени\w*", r"رفع", r"加息",
    ),
    "title": (
        r"titles?", r"crown", r"título", r"titre", r"titel", r"титул\w*", r"لقب\w*",
        r"şampiyonluğ\w*",
    ),
    "match": (
        r"(?-i:Tests?)", r"(?-i:Test) match(?:es)?", r"odis?", r"t20is?", r"games?", r"match(?:es)?", r"legs?",
        r"partido", r"juego", r"manche", r"spiel", r"testspiel", r"матч\w*", r"игр(?:а|ы|е|у|ой)",
        r"مبار(?:اة|اه)", r"بازی", r"مسابقه", r"比赛", r"maç\w*",
    ),
    "stage": (  # a stage of a stage race, read only in a race's words (_RACE)
        r"stages?", r"étapes?", r"etapas?", r"\w*etappe\w*", r"tappa", r"etap\w*", r"этап\w*",
        r"مرحل(?:ة|ه)", r"مرحله", r"赛段",
    ),
}  # fmt: skip

#: Ordinal words before a noun (every language but Arabic's and Persian's after-forms).
_ORD_BEFORE: dict[int, tuple[str, ...]] = {
    1: ("first", "primer[oa]?", "premier", "première", "erst(?:e[rnsm]?)", r"перв\w+", "birinci",
        "ilk", "أول", "نخستین", "اولین"),
    2: ("second", "segund[oa]", "deuxième", "seconde?", "zweit(?:e[rnsm]?)", r"втор\w+",
        "ikinci", "ثاني", "دومین"),
    3: ("third", "tercer[oa]?", "troisième", "dritt(?:e[rnsm]?)", r"трет\w+", "üçüncü", "ثالث",
        "سومین"),
    4: ("fourth", "cuart[oa]", "quatrième", "viert(?:e[rnsm]?)", r"четв[её]рт\w+", "dördüncü",
        "رابع", "چهارمین"),
    5: ("fifth", "quint[oa]", "cinquième", "fünft(?:e[rnsm]?)", r"пят(?:ый|ая|ое|ого|ой|ую|ом|ые|ых)",
        "beşinci", "خامس", "پنجمین"),
    6: ("sixth", "sext[oa]", "sixième", "sechst(?:e[rnsm]?)", r"шест(?:ой|ая|ое|ого|ую|ом|ые|ых)",
        "altıncı", "سادس", "ششمین"),
    7: ("seventh", "séptim[oa]", "septième", "siebt(?:e[rnsm]?)", r"седьм\w+", "yedinci", "سابع",
        "هفتمین"),
    8: ("eighth", "octav[oa]", "huitième", "acht(?:e[rnsm]?)", r"восьм\w+", "sekizinci", "ثامن",
        "هشتمین"),
    9: ("ninth", "noven[oa]", "neuvième", "neunt(?:e[rnsm]?)", r"девят(?:ый|ая|ое|ого|ой|ую|ом)",
        "dokuzuncu", "تاسع", "نهمین"),
    10: ("tenth", "décim[oa]", "dixième", "zehnt(?:e[rnsm]?)", r"десят(?:ый|ая|ое|ого|ой|ую|ом)",
         "onuncu", "عاشر", "دهمین"),
    11: ("eleventh", "undécim[oa]", "onzième", "elft(?:e[rnsm]?)", "یازدهمین"),
    12: ("twelfth", "duodécim[oa]", "douzième", "zwölft(?:e[rnsm]?)", "دوازدهمین"),
}  # fmt: skip
#: Arabic and Persian ordinals after the noun (``الجولة الثالثة``, ``دور سوم``).
_ORD_AFTER: dict[int, tuple[str, ...]] = {
    1: ("(?:ال)?أول(?:ى)?", "(?:ال)?اولى", "اول", "یکم", "نخست"),
    2: ("(?:ال)?ثاني(?:ة)?", "دوم"),
    3: ("(?:ال)?ثالث(?:ة)?", "سوم"),
    4: ("(?:ال)?رابع(?:ة)?", "چهارم"),
    5: ("(?:ال)?خامس(?:ة)?", "پنجم"),
    6: ("(?:ال)?سادس(?:ة)?", "ششم"),
    7: ("(?:ال)?سابع(?:ة)?", "هفتم"),
    8: ("(?:ال)?ثامن(?:ة)?", "هشتم"),
    9: ("(?:ال)?تاسع(?:ة)?", "نهم"),
    10: ("(?:ال)?عاشر(?:ة)?", "دهم"),
}
#: A digit ordinal: ``3rd``, ``2nd``, ``5th``, ``2e``, ``1er``, ``2ª``, ``5-й``, ``2.`` (de, tr).
_DIGIT_ORD = r"\d{1,2}(?:st|nd|rd|th|e|ème|er|re|ª|º|\.ª|\.º|-?(?:й|я|е|го|м|ой|ый|ая|ое)|\.)"
#: The Han form: 第 + a number + a classifier (轮 round, 届 edition, 次 times) + a noun; 首 = 1.
_HAN_NUM = "零一二两三四五六七八九十"
_HAN_ORD = re.compile(rf"(?:第([0-9]{{1,2}}|[{_HAN_NUM}]{{1,3}})|首)([轮次届个场])?")
_HAN_CLASSIFIER = {"轮": "round", "届": "edition", "场": "match"}


def _alt(patterns: tuple[str, ...] | list[str]) -> str:
    return "|".join(sorted(patterns, key=len, reverse=True))


#: The nouns of :data:`ORDINAL_NOUNS`, one named group per kind.
_NOUNS = "|".join(f"(?P<{kind}>{_alt(words)})" for kind, words in ORDINAL_NOUNS.items())


_ORD_WORD_VALUES = [(re.compile(p, re.IGNORECASE), n) for n, ps in _ORD_BEFORE.items() for p in ps]
_ORD_AFTER_VALUES = [(re.compile(p), n) for n, ps in _ORD_AFTER.items() for p in ps]

#: A compound ordinal's last word is not its value: ``twenty-seventh``, ``بیست و هفتمین``,
#: ``двадцать седьмой``, ``السابعة والعشرين``, ``الثانية عشرة`` (none is read).
_TENS_BEFORE = (
    r"(?<![\w.\-])(?<!بیست و )(?<!سی و )(?<!چهل و )(?<!پنجاه و )(?<!شصت و )(?<!هفتاد و )(?<!هشتاد و )(?<!نود و )(?<!двадцать )(?<!тридцать )(?<!сорок )(?<!пятьдесят )"
    r"(?<!шестьдесят )(?<!семьдесят )(?<!восемьдесят )(?<!девяносто )"
)
_TENS_AFTER = r"(?![\s\u200c]+(?:و\S*(?:ين|ون)|عشر\S*)(?!\S))"
_BEFORE_RE = re.compile(
    rf"{_TENS_BEFORE}(?P<ord>{_DIGIT_ORD}|{_alt([p for ps in _ORD_BEFORE.values() for p in ps])})"
    r"(?![\w])[\s\u200c]+(?:[^\W\d_]+[\s\u200c]+)?"
    rf"(?:ال)?(?:{_NOUNS})(?!\w)",
    re.IGNORECASE,
)
_AFTER_RE = re.compile(
    rf"(?<!\w)(?:[وف]?(?:بال|لل|ال))?(?:{_NOUNS})[\s\u200c]+(?:ال[^\W\d_]+[\s\u200c]+)?"
    rf"(?P<ord>{_alt([p for ps in _ORD_AFTER.values() for p in ps])})(?!\w){_TENS_AFTER}",
    re.IGNORECASE,
)
_HAN_NOUNS = re.compile(rf"(?:{_NOUNS})")


def _han_number(raw: str) -> int:
    """A Chinese number up to 99 (``三`` 3, ``十二`` 12, ``二十一`` 21) or digits."""
    if raw.isdigit():
        return int(raw)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    if "十" in raw:
        tens, _, ones = raw.partition("十")
        return digits.get(tens, 1) * 10 + digits.get(ones, 0)
    return digits.get(raw, 0)


def _ordinal_value(token: str, after: bool = False) -> int:
    m = re.match(r"(\d{1,2})", token)
    if m:
        return int(m.group(1))
    for pattern, n in _ORD_AFTER_VALUES if after else _ORD_WORD_VALUES:
        if pattern.fullmatch(token):
            return n
    return 0


def _kind(m: re.Match[str]) -> str:
    return next((k for k in ORDINAL_NOUNS if m.group(k)), "")


#: A run-off is the second round of an election.
_RUNOFF = re.compile(
    r"(?<!\w)(?:run-?offs?|segunda vuelta|second tour|stichwahl|второ\w+ тур\w*|جولة الإعادة|"
    r"دور دوم|第二轮投票|决选|ikinci tur)(?!\w)",
    re.IGNORECASE,
)
#: A run-off ahead: the vote reported is the first round, which sent it there (``congress
#: heads for run-off after no candidate wins majority``, ``вышли во второй тур``,
#: ``تتجه إلى جولة إعادة``, ``به دور دوم کشیده شد``, ``进入第二轮``, ``muss in die Stichwahl``).
_RUNOFF_AHEAD = re.compile(
    r"(?<!\w)(?:(?:heads?|heading|headed|goes|going|go|went|set|forced|pushed|sent|bound|advanc\w+|"
    r"through|qualif\w+)\s+(?:for|to|into|towards?)\s+(?:a\s+|the\s+)?(?:\w+\s+)?"
    r"(?:run-?offs?|second round|second ballot)"
    r"|(?:will|to|must|would)\s+(?:face|contest|hold|need)\s+(?:a\s+|the\s+)?(?:run-?offs?|second round)"
    r"|(?:выход\w*|вышл\w*|выш[её]л|выйд\w*|прош\w+|пройд\w*)\s+во\s+втор\w+\s+тур"
    r"|(?:потребуется|предстоит|будет|назначен|состоится)\s+втор\w+\s+тур"
    r"|(?:تتجه|يتجه|اتجهت|اتجه|تذهب|يذهب|ذهبت)\S*\s+(?:إلى|الى|نحو)\s+جولة\s+(?:ال)?(?:إعادة|ثانية)"
    r"|(?:إلى|الى|لخوض)\s+جولة\s+(?:ال)?(?:إعادة|ثانية)"
    r"|به[\s\u200c]+دور[\s\u200c]+دوم[\s\u200c]+(?:کشیده|رفت|می[\s\u200c]*رود|رسید)"
    r"|in\s+die\s+stichwahl|au\s+second\s+tour|a\s+(?:la\s+)?segunda\s+vuelta|"
    r"para\s+o\s+segundo\s+turno|ikinci\s+tura\s+kal\w+)(?!\w)"
    r"|进入第二轮|进入决选|将举行第二轮|需举行第二轮|进行第二轮投票",
    re.IGNORECASE,
)


#: A match of a series is its first to seventh (a test series, a play-off's games, two legs).
_SERIES_MAX = 7
#: A possessive before an ordinal match: a player's own count (``his second Test``).
_CAREER = re.compile(r"(?:\b(?:his|her|their)|'s)\s+$", re.IGNORECASE)


def _career(lead: str, start: int) -> bool:
    return bool(_CAREER.search(lead[max(0, start - 12) : start]))


#: A race's words: a stage is a stage race's only in their company (not a rocket's second
#: stage, a project's first stage, a ceasefire's second phase).
_RACE = re.compile(
    r"(?<!\w)(?:races?|rally|tour|giro|vuelta|cycl\w+|riders?|peloton|sprint\w*|jersey|"
    r"general classification|course|coureurs?|maillot|classement général|rallye|carrera|"
    r"ciclist\w*|corredor\w*|volta|\w*rennen|rundfahrt|radprofi\w*|gesamtwertung|trikot|"
    r"гонк\w*|велогон\w*|многодневк\w*|ралли|генеральн\w* зач[её]т\w*|майк\w*|"
    r"(?:ال)?سباق\w*|(?:ال)?دراج\w*|رالي|(?:ال)?ترتيب العام|(?:ال)?قميص|"
    r"دوچرخه\w*|رکاب[\s\u200c]?زن\w*|رالی|تور|yarış\w*|bisiklet\w*|ralli)(?!\w)"
    r"|赛段|自行车|拉力|环.{1,6}赛|总成绩|黄衫|领骑衫",
    re.IGNORECASE,
)
#: A stage race's stage by its number: ``stage 12``, ``Stage 5:``, ``étape 3``.
_STAGE_NUMBER = re.compile(
    r"(?<!\w)(?:stage|étape|etapa|etappe|этап)\s+(?:no\.?\s*)?(\d{1,2})(?!\w|[.,:]\d)",
    re.IGNORECASE,
)
#: A stage race has at most this many stages (a grand tour's twenty-one and a prologue).
_STAGES_MAX = 22


#: An ordinal a few words after ``after`` is another occurrence's, recalled: ``elected after
#: the first ballot failed``, ``بعد تعثر الجولة الأولى``, ``после неудачного первого тура``.
_RECALLED = re.compile(
    r"(?<!\w)(?:after|بعد|پس[\s\u200c]+از|после|nach|après|tras|después\s+de)"
    r"(?:[\s\u200c]+[^\s]+){0,3}[\s\u200c]+$",
    re.IGNORECASE,
)


def _recalled(lead: str, start: int) -> bool:
    return bool(_RECALLED.search(lead[max(0, start - 50) : start]))


def _ordinals(lead: str) -> set[str]:
    out: set[str] = set()
    if _RUNOFF_AHEAD.search(lead):  # "heads for a run-off": the first round is the news
        out.add("ordinal.round:1")
        lead = _RUNOFF_AHEAD.sub(lambda m: " " * len(m.group()), lead)
    for m in _BEFORE_RE.finditer(lead):
        if _recalled(lead, m.start()):
            continue
        token = m.group("ord")
        if token.endswith(".") and not (m.end("ord") < len(lead) and lead[m.end("ord")] == " "):
            continue
        n = _ordinal_value(token)
        kind = _kind(m)
        if kind == "match" and (n > _SERIES_MAX or _career(lead, m.start()) or token[-1] == "."):
            continue  # "his 50th Test": a player's count, not the series'; "2:1. Матч": a score's
        if n and kind:
            out.add(f"ordinal.{kind}:{n}")
    for m in _AFTER_RE.finditer(lead):
        if _recalled(lead, m.start()):
            continue
        n = _ordinal_value(m.group("ord"), after=True)
        kind = _kind(m)
        if n and kind:
            out.add(f"ordinal.{kind}:{n}")
    for m in _HAN_ORD.finditer(lead):
        n = _han_number(m.group(1)) if m.group(1) else 1
        after = re.split(r"[，。、；：！？,.;:!?\s]", lead[m.end() : m.end() + 8])[0]
        noun = _HAN_NOUNS.search(after)  # 第二次中国－中亚峰会: the noun a few characters on
        kind = _kind(noun) if noun else _HAN_CLASSIFIER.get(m.group(2) or "", "")
        if kind == "match" and m.group(2) in ("轮", "届"):  # 第三轮比赛: a round's matches
            kind = _HAN_CLASSIFIER[m.group(2)]
        if n and kind:
            out.add(f"ordinal.{kind}:{n}")
    out |= compound_ordinals(lead, _NOUNS)  # the 27th summit in words: link/compound_ordinals.py
    if _RUNOFF.search(lead):
        out.add("ordinal.round:2")
    stages = {fact for fact in out if fact.startswith("ordinal.stage:")}
    stages.update(f"ordinal.stage:{m.group(1)}" for m in _STAGE_NUMBER.finditer(lead))
    out -= stages
    if stages and _RACE.search(lead):  # a race's stage (the race's words looked for only then)
        out |= {fact for fact in stages if 0 < int(fact.rpartition(":")[2]) <= _STAGES_MAX}
    return out


#: Stages of a proceeding, every language together (regular expressions on the headline, or
#: the lead's first sentence when the headline states none). A stage is read only where it is
#: the news: an appeal only when it is ruled on (``rejects appeal``), not ``plans to appeal``.
STAGES: dict[str, dict[str, tuple[str, ...]]] = {
    "trial": {
        "opening": (
            r"trial\b.{0,60}\b(?:opens|opened|begins|began|starts|started|gets under way)",
            r"goes on trial", r"stands? trial", r"(?:opening|first day) of (?:the )?trial",
            r"prozessauftakt", r"prozess\w* (?:hat )?begonnen", r"prozessbeginn",
            r"начал\w* (?:суд|процесс)", r"(?:суд|процесс) .{0,30}начал\w*", r"розпочав\w* суд",
            r"(?:بدء|بدأت|تبدأ|انطلاق|انطلقت|افتتاح) (?:ال)?محاكم",
            r"آغاز (?:دادگاه|محاکمه|رسیدگی)", r"(?:نخستین|اولین) جلسه (?:دادگاه|محاکمه)",
            r"开庭", r"开审", r"受审",
            r"(?:comienza|arranca|empieza|se inicia) (?:el )?juicio", r"juicio .{0,30}(?:comienza|arranca)",
            r"ouverture du procès", r"procès s'ouvre", r"procès .{0,30}s'est ouvert",
            r"(?:dava|yargılama)\w* başla\w*",
        ),
        "verdict": (
            r"sentenc(?:es|ed|ing)\b", r"jail(?:s|ed)\b", r"convict(?:s|ed)\b", r"acquit\w*",
            r"found guilty", r"guilty verdict", r"gets? (?:\S+ ){0,2}(?:years?|life|months)\b",
            r"ένοχ(?:ος|η|οι)\b", r"αθώ(?:ος|α|οι)\b", r"bűnös(?:nek)?\b", r"felmentett\w*",
            r"verurteilt\w* .{0,40}(?:haft|jahre\w*|gefängnis|strafe)", r"urteil (?:gegen|im)",
            r"haftstrafe", r"freispruch", r"freigesprochen", r"jahre\w* (?:in )?haft",
            r"приговор\w*", r"осужд[её]н\w*", r"оправдан\w*", r"оправдал\w*",
            r"признал\w* виновн\w*", r"вирок\w*", r"засуд\w*",
            r"حكم\w* (?:على|ب)", r"تسجن", r"بالسجن", r"تبرئة", r"برأت",
            r"(?:ال)?سجن (?:\S+ ){1,3}(?:بتهمة|بتهم|لإدانت\S*)",  # "السجن لرجلين بتهمة سرقة"
            r"به .{0,30}(?:زندان|حبس|اعدام)[^.،]{0,12}محکوم", r"حکم .{0,20}(?:زندان|حبس|اعدام)",
            r"تبرئه", r"判处", r"判决", r"获刑", r"宣判", r"被判",
            r"condenad[oa]s? a", r"condena .{0,40} a \w+ (?:años|meses)", r"absuelt\w*",
            r"absuelve", r"condamnée?s? à", r"condamne .{0,40} à \w+ (?:ans|mois)", r"acquitté\w*",
            r"hapis cezası", r"mahk[uû]m edil\w*", r"beraat",
            # Italian, Polish, Czech, Slovak, Slovenian, Croatian, Serbian, Bosnian, Macedonian,
            # Bulgarian, Icelandic, Dutch, Swedish, Danish, Norwegian, Finnish, Hungarian,
            # Romanian, Greek, Indonesian, Malay, Lithuanian, Latvian, Japanese, Korean
            # (not the words that also mean "condemns": elítéli, καταδικάζει, obsodil, veroordeelt)
            r"condannat[oaie] a", r"assolt[oaie]\b", r"skazan\w* na", r"wyrok\w*",
            r"odsouzen\w*", r"odsúden\w*", r"obsojen\w*", r"osuđen\w*", r"осуђен\w*",
            r"осуден\w*", r"осъден\w*", r"presud(?:a|e|u|om|io|ila|ili)\b",
            r"пресуд(?:а|е|у|ом|ио|ила|или|ија)\b", r"присъд(?:а|ата|и)\b",
            r"dæmd\w* (?:í|til)", r"sakfelld\w*", r"sýknað\w*", r"veroordeeld tot", r"vrijgesproken",
            r"döm(?:d|da|des|s) till", r"friad\w*", r"dømt\w* (?:til|for)", r"tuomittiin", r"tuomitsi",
            r"börtönre ítél\w*", r"condamnat\w* la", r"καταδικάστηκ\w*",
            r"divonis", r"dijatuhi hukuman", r"dihukum penjara", r"nuteist\w*", r"notiesāt\w*",
            r"判決", r"징역", r"실형",
        ),
        "closing": (  # the closing arguments, the prosecution's demand: days before a verdict
            r"closing (?:arguments?|statements?|speech\w*)", r"final (?:arguments?|pleas?)",
            r"(?:prosecut\w+|prosecution|the state) (?:\S+ ){0,2}(?:seeks?|asks?|demands?|requests?|"
            r"calls? for|urges?|wants?) ", r"(?:seeks?|demands?|asks? for) (?:\S+ ){0,2}(?:years?|life|"
            r"sentence|jail|prison)\b(?! (?:cut|reduced))",
            r"(?:прокурор\w*|обвинени\w*|гособвинени\w*|прокуратур\w*) (?:\S+ ){0,2}(?:запросил\w*|"
            r"запрашива\w*|потребовал\w*|требу\w*|просит|просил\w*|попросил\w*)", r"прени\w* сторон",
            r"последн\w+ слов\w*",
            r"(?:(?:ال)?نياب\S*|(?:ال)?ادعاء|المدعي العام) (?:\S+ ){0,2}(?:تطالب|طالبت|يطالب|طالب|تطلب|طلبت|يطلب|طلب)",
            r"(?:ال)?مرافع(?:ة|ات) (?:ال)?ختامي\S*",
            r"دادستان\S* (?:\S+ ){0,3}(?:خواستار|درخواست)", r"آخرین دفاع\S*",
            r"(?:检方|公诉人|检察官|公诉机关)[^，。]{0,8}(?:要求|建议|请求)", r"最后陈述", r"结案陈词",
            r"schlussplädoyer\w*", r"plädoyer\w*", r"(?:staatsanwalt\w*|anklage) (?:\S+ ){0,2}fordert",
            r"réquisitoire", r"requiert", r"réquisitions?\b", r"alegatos? finales?", r"fiscal\w* (?:pide|solicita)",
            r"requisitoria", r"(?:pm|procura) chiede", r"savcı\w* (?:\S+ ){0,2}(?:talep|iste)\w*", r"mütalaa\w*",
            r"εισαγγελ\w+ (?:\S+ ){0,2}(?:ζητ|πρότεινε|προτείνει)\w*", r"εισαγγελική πρόταση",
            r"αγόρευσ\w*", r"vád\w* (?:\S+ ){0,2}(?:kér|indítványoz)\w*", r"perbeszéd\w*",
        ),
        "appeal": (
            r"(?:rejects?|rejected|dismiss\w*|denie[sd]|throws out) .{0,40}appeal",
            r"appeals? court", r"appeal\w* (?:rejected|dismissed|denied|upheld|fails|failed)",
            r"uph[oe]lds? .{0,40}(?:sentence|conviction|verdict|jail|prison)",
            r"upheld .{0,40}(?:sentence|conviction|verdict|jail|prison)",
            r"overturn\w* .{0,40}(?:sentence|conviction|verdict|ruling)", r"court of cassation",
            r"revision .{0,30}(?:verworfen|zurückgewiesen|abgelehnt)",
            r"berufung\w* .{0,30}(?:verworfen|zurückgewiesen|abgelehnt)", r"bundesgerichtshof",
            r"апелляц\w*", r"кассац\w*", r"оставил\w* (?:в силе|без изменени)",
            r"طعن\w*", r"محكمة (?:ال)?استئناف", r"استئناف\w* (?:ال)?حكم", r"محكمة النقض",
            r"تجدید[\s\u200c]?نظر", r"فرجام",
            r"二审", r"终审", r"驳回.{0,10}上诉", r"上诉被驳回", r"上诉法院", r"维持原判",
            r"apelaci[oó]n", r"casaci[oó]n", r"cour d'appel", r"en appel", r"rejette .{0,20}appel",
            r"istinaf", r"temyiz", r"yargıtay",
            # Greek: at second instance, the five-member appeals court, the Supreme Court; Hungarian
            r"(?:σε )?δεύτερο βαθμό", r"δευτεροβάθμι\w*", r"πενταμελ\w* εφετεί\w*", r"άρει\w* πάγ\w*",
            r"másodfok\w*", r"ítélőtábla\w*", r"kúria\w*",
        ),
    },
    "government": {
        "designation": (
            r"designat\w*", r"(?:task|ask|invit|charg)\w* (?:\w+ ){0,4}(?:to|with) form",
            r"сформировать (?:новое )?правительство", r"(?:تكليف|كلف\w*|مكلف) .{0,40}تشكيل",
            r"مأمور تشکیل", r"مامور تشکیل", r"组阁", r"组建(?:新)?政府",
            r"encarg\w* .{0,30}formar", r"chargé de former", r"regierungsbildung beauftragt",
            r"hükümeti kurma", r"hükümeti kurmakla",
        ),
        "confidence": (
            r"confidence vote", r"vote of confidence",
            r"(?:wins?|won|winning|gets?|got|gave|gives?|backs?|secures?|secured) (?:\w+ ){0,3}confidence",
            r"вотум\w* доверия", r"довери\w* (?:правительств|кабинет)\w*",
            r"утвердил\w* (?:состав )?правительств\w*",
            r"(?:تنال|نالت|نيل|منح\w*|يمنح|تمنح|حجب\w*|جلسة)\s+(?:ال)?ثقة", r"ثقة (?:ال)?(?:مجلس|البرلمان)",
            r"رأ?ی اعتماد", r"信任投票", r"信任票", r"cuestión de confianza", r"voto de confianza",
            r"otorga\w* (?:la )?confianza", r"investidura", r"vote de confiance",
            r"accord\w* (?:la )?confiance", r"investiture", r"vertrauensfrage",
            r"vertrauensabstimmung", r"güven\s?oyu",
        ),
        "swearing": (
            r"sworn in", r"swearing-in", r"takes? (?:the )?oath", r"oath of office",
            r"اليمين", r"سوگند", r"تحلیف", r"присяг\w*", r"宣誓", r"toma posesi[oó]n",
            r"prête serment", r"vereidigt", r"amtseid", r"yemin\w*",
        ),
        "agreement": (  # a coalition agreement signed: days before the cabinet is designated or sworn in
            # (signed, reached, announced: a policy report citing "the coalition agreement" is none)
            r"(?:signs?|signed|signing|seals?|sealed|agrees?|agreed|strikes?|struck|reach(?:es|ed)?|"
            r"clinch\w*|unveil\w*|announc\w*|present\w*) (?:\w+ ){0,3}coalition\b",
            r"coalition (?:agreement|deal|pact|treaty|accord|contract)s? (?:is |was )?(?:signed|sealed|"
            r"reached|agreed|struck)", r"(?:подписал\w*|заключил\w*|согласовал\w*|подписани\w*) "
            r"(?:\S+ ){0,3}коалиц\w*", r"коалиционн\w* (?:соглашени|договор)\w* (?:подписан|заключ[её]н)\w*",
            r"(?:توقيع|توقع|وقع\S*|يوقع|إبرام|أبرم\S*) (?:\S+ ){0,2}(?:اتفاق|اتفاقية|وثيقة)\S* (?:\S+ )?"
            r"(?:ال)?(?:ائتلاف|تحالف)\S*",
            r"(?:توافق[\s\u200c]*نامه|قرارداد)\S*[\s\u200c]+ائتلاف\S*[\s\u200c]+(?:\S+[\s\u200c]+){0,2}امضا",
            r"امضای[\s\u200c]+(?:\S+[\s\u200c]+){0,2}(?:توافق[\s\u200c]*نامه|قرارداد)\S*[\s\u200c]+ائتلاف",
            r"(?:签署|签订|达成)\S{0,6}(?:联合执政|组阁|联合政府|联盟|执政)协议",
            r"(?:unterzeichn|unterschreib|besiegel)\w* (?:\S+ ){0,3}koalitionsvertrag\w*",
            r"koalitionsvertrag\w* (?:\S+ ){0,3}(?:unterzeichnet|unterschrieben|besiegelt)",
            r"sign\w* (?:\S+ ){0,3}(?:accord|contrat) de coalition", r"firma\w* (?:\S+ ){0,3}acuerdo de coalici[oó]n",
            r"koalisyon protokol\w* imzala\w*",
        ),
        "resignation": (  # an office holder leaving: not the successor's designation or oath
            r"resign\w*", r"quit(?:s|ting)?(?!\w)", r"steps? down", r"stepped down", r"stands? down",
            r"отставк\w*", r"відставк\w*", r"(?:[وف])?(?:ال)?استقال\w*", r"استعفا\w*", r"辞职",
            r"辞去", r"请辞", r"辞任", r"辞職", r"사퇴\w*", r"사임\w*", r"dimit\w*", r"dimisi[oó]n",
            r"renunci\w*", r"démission\w*", r"rücktritt\w*", r"tritt (?:\w+ ){0,3}zurück",
            r"zurückgetreten", r"dimissioni", r"si dimette", r"dymisj\w*", r"rezygn\w*",
            r"istifa\w*", r"mengundurkan diri", r"pede demissão",
        ),
    },
    "decision": {  # a rate or output decision: which way it went (only with its object, below)
        "hold": (
            r"hold(?:s|ing)? (?:\w+ ){0,2}(?:rates?|steady|unchanged)", r"on hold",
            r"keeps? (?:\w+ ){0,3}(?:unchanged|steady)", r"leaves? (?:\w+ ){0,3}unchanged",
            r"paus(?:es|ed|ing)",
            r"pause (?:\w+ ){0,3}(?:output|production|increases?|hikes?|cuts?|easing|tightening)", r"halt(?:s|ed)?", r"freez\w*", r"froze",
            r"на паузу", r"приостанов\w*", r"сохранил\w* (?:\w+ ){0,3}(?:ставк|добыч|уровн)\w*",
            r"оставил\w* (?:\w+ ){0,3}без изменени\w*",
            r"يثبت", r"تثبت", r"تثبيت", r"ثبّت", r"تعليق", r"تعلق", r"علقت", r"يعلق",
            r"دون تغيير", r"على حالها",
            r"ثابت نگه", r"تثبیت", r"متوقف", r"بدون تغییر", r"تغییر[\s\u200c]+(?:نداد|ندادند|نکرد|نکردند)",
            r"ثابت[\s\u200c]+(?:ماند|نگه[\s\u200c]*داشت)", r"не (?:стал\w* )?измени\w*", r"(?:لم|لن) (?:ي|ت)غير\S*",
            r"保持不变", r"不作调整", r"sticks? (?:to|with) (?:its |the )?(?:\w+ )?(?:target|plan|quotas?)",
            r"维持.{0,8}不变", r"按兵不动", r"暂停", r"冻结",
            r"mantiene (?:\w+ ){0,3}(?:sin cambios|tipos|tasas)", r"pausa", r"congela\w*",
            r"suspende\w*", r"sin cambios", r"maintient (?:\w+ ){0,3}(?:taux|inchangé)\w*",
            r"met en pause", r"suspend\w*", r"inchangés?", r"belässt", r"unverändert",
            r"pausiert", r"sabit (?:tut|bırak)\w*", r"askıya",
        ),
        "raise": (
            r"rais(?:e|es|ed|ing)", r"rises?", r"hikes?", r"hiked", r"increas\w*", r"boosts?", r"boosted",
            r"lifts?", r"lifted", r"повыс\w*", r"повышени\w*", r"увелич\w*", r"нарастил\w*",
            r"наращивани\w*", r"يرفع", r"ترفع", r"رفع", r"زيادة", r"يزيد", r"تزيد", r"افزایش",
            r"加息", r"上调", r"增产", r"sube", r"subida", r"aumenta\w*", r"eleva\w*",
            r"relève", r"hausse", r"augment\w*", r"erhöh\w*", r"anheb\w*", r"artır\w*",
            r"yükselt\w*",
        ),
        "cut": (
            r"cuts?", r"lower(?:s|ed)?", r"reduc\w*", r"slash\w*", r"trims?", r"trimmed",
            r"сниз\w*", r"снижени\w*", r"сократ\w*", r"сокращени\w*", r"пониз\w*",
            r"خفض", r"يخفض", r"تخفض", r"تخفيض", r"کاهش", r"降息", r"下调", r"减产",
            r"recorta\w*", r"rebaja\w*", r"reduce\w*", r"baisse", r"abaisse", r"rédui\w*",
            r"senkt", r"senkung", r"kürz\w*", r"drossel\w*", r"indir\w*", r"düşür\w*",
        ),
    },
    "deal": {  # a competition authority's (or court's) ruling on a takeover: only with its object
        "review": (
            r"in-depth (?:investigation|probe|review)", r"phase[- ](?:two|2|ii)\b",
            r"(?:opens?|opened|launch\w*) (?:\w+ ){0,2}(?:investigation|probe)",
            r"vertieft\w* (?:prüf\w*|untersuch\w*)", r"hauptprüfverfahren", r"zweite\w* phase",
            r"углубленн\w* (?:провер\w*|расследовани\w*)", r"втор\w* этап\w* провер\w*",
            r"تحقيق\w* (?:م)?عمق\w*", r"مراجعة معمقة", r"بررسی (?:عمیق|دقیق)", r"深入调查",
            r"第二阶段审查", r"詳細審査", r"第2次審査", r"investigación (?:en )?profundidad",
            r"enquête approfondie", r"derinlemesine", r"ikinci aşama",
        ),
        "clearance": (
            r"clears?\b", r"cleared", r"approv\w*", r"green light", r"go-ahead", r"genehmig\w*",
            r"gibt\b.{0,60}\bfrei", r"freigabe", r"freigegeben", r"одобр\w*", r"разреш\w*",
            r"توافق", r"وافق\w*", r"يوافق", r"موافق(?:ة|ه)", r"أجاز\w*", r"تجيز", r"مجوز",
            r"موافقت", r"تأیید", r"تایید", r"批准", r"放行", r"核准", r"承認", r"認可",
            r"aprueba\w*", r"autoriza\w*", r"luz verde", r"visto bueno", r"autoris\w*",
            r"feu vert", r"approuv\w*", r"onay\w*", r"izin ver\w*",
        ),
        "prohibition": (
            r"blocks?\b", r"blocked", r"prohibit\w*", r"bars?\b", r"barred", r"vetoe?s?\b", r"vetoed",
            r"untersag\w*", r"verbiet\w*", r"verbot\w*", r"blockier\w*", r"запрет\w*",
            r"заблокир\w*", r"تمنع", r"منع\w*", r"يمنع", r"تحظر", r"يحظر", r"حظر",
            r"جلوی", r"ممنوع\w*", r"禁止", r"否决", r"叫停", r"差し止め", r"prohíbe", r"bloquea\w*",
            r"veta\b", r"vetó", r"interdit", r"bloque\b", r"yasakla\w*", r"engelle\w*",
        ),
    },
    "terms": {  # the terms of a clearance, where a report states them (with the deal named)
        "conditional": (
            r"(?<!un)conditional\w*", r"with (?:conditions|remedies)", r"on condition",
            r"subject to (?:conditions|remedies|the sale)", r"(?:unter|mit) auflagen",
            r"с условиями", r"при условии", r"на условиях", r"بشروط", r"مشروط\w*", r"附条件",
            r"有条件", r"条件付き", r"con condiciones", r"sous conditions", r"şartlı",
        ),
        "unconditional": (
            r"unconditional\w*", r"without (?:conditions|remedies)", r"ohne auflagen",
            r"без (?:каких-либо )?условий", r"(?:دون|بدون|بلا) (?:أي )?شروط", r"بدون (?:قید و )?شرط",
            r"无条件", r"無条件", r"sin condiciones", r"sans conditions", r"şartsız",
        ),
    },
    "case": {  # a court's (or a committee's) hearing of a case, or its ruling: with a court named
        "hearing": (
            r"(?:public|oral) hearings?", r"holds? (?:a )?hearings?", r"held (?:a )?hearings?",
            r"hears? (?:oral )?arguments?", r"oral arguments?", r"слушани\w*",
            r"جلس(?:ة|ه) (?:ال)?استماع", r"جلس(?:ة|ه) علني(?:ة|ه)", r"جلسه (?:استماع|علنی)",
            r"公开辩论", r"听证", r"공개\s?변론", r"口頭弁論", r"audiencia pública", r"vista pública",
            r"udienza pubblica", r"mündliche\w* verhandlung", r"anhörung", r"audience publique",
            r"audiência pública", r"sözlü savunma", r"सुनवाई",
        ),
        "ruling": (
            r"strikes? down", r"struck down", r"unconstitutional", r"rules? (?:that|against)",
            r"неконституционн\w*", r"признал\w* .{0,40}(?:конституци|незаконн)\w*",
            r"غير دستوري\w*", r"(?:ب)?عدم دستوري\w*", r"مغایر(?:ت)? (?:با )?قانون اساسی",
            r"خلاف قانون اساسی", r"违宪", r"合宪", r"위헌", r"합헌", r"헌법\s?불합치", r"違憲",
            r"合憲", r"inconstitucional\w*", r"incostituzional\w*", r"verfassungswidrig\w*",
            r"inconstitutionnel\w*", r"anayasaya aykırı", r"असंवैधानिक",
            r"(?:rejects?|rejected|dismiss(?:es|ed)?|upholds?|upheld|overturns?|overturned|"
            r"annuls?|annulled|invalidates?|invalidated)\b", r"отмени\w*", r"отклони\w*",
            r"оставил\w* в силе", r"(?:تلغي|ألغت|يلغي|ألغى|رفضت|ترفض|قضت|تقضي|يقضي)", r"لغو کرد",
            r"ابطال", r"رد کرد", r"裁定", r"驳回", r"기각", r"각하", r"棄却", r"却下",
            r"anula\w*", r"tumba", r"rechaza\w*", r"annulla\w*", r"respinge\w*", r"boccia\w*",
            r"annule\w*", r"rejette\w*", r"kippt", r"iptal et\w*", r"reddet\w*", r"derruba\w*",
            r"रद्द",
        ),
    },
    "launch": {  # how a launch went, with a rocket, launch or satellite named
        "success": (
            r"(?:reach\w*|into|in) orbit", r"successful\w*", r"на орбит\w*", r"успешн\w*",
            r"(?:في|إلى) المدار", r"بنجاح", r"به مدار", r"با موفقیت",
            r"入轨(?!飞行)",  # not "首次入轨飞行中失利": an orbital flight, not reaching orbit
            r"送入\w{0,2}轨道",
            r"发射成功", r"軌道に", r"打ち上げ成功", r"en órbita", r"con éxito",
            r"in die umlaufbahn", r"in den orbit", r"erfolgreich", r"yörünge\w*", r"başarı\w*",
        ),
        "failure": (
            r"explod\w*", r"explosion", r"blows? up", r"fail(?:s|ed|ure)\b", r"crash\w*",
            r"взорвал\w*", r"взрыв\w*", r"авари\w*", r"неудач\w*", r"انفجار", r"انفجر\w*",
            r"فشل", r"منفجر", r"爆炸", r"失败", r"失利", r"爆発", r"失敗", r"explot\w*", r"explosión",
            r"fracas\w*", r"explodier\w*", r"explosion", r"fehlschlag", r"gescheitert",
            r"patla\w*", r"başarısız",
        ),
        "scrub": (
            r"scrub\w*", r"abort\w*", r"postpone\w*", r"called off", r"отмен\w*", r"отлож\w*",
            r"إلغاء", r"تأجيل", r"ألغ\w*", r"أرجأ\w*", r"لغو", r"تعویق", r"推迟", r"取消", r"中止",
            r"延期", r"aplaza\w*", r"cancela\w*", r"abgebrochen", r"verschoben", r"abgesagt",
            r"ertelen\w*", r"iptal",
        ),
    },
}  # fmt: skip
#: Follow-up actions a headline may report (``act.followup:<name>``): an arrest, charges, the
#: removal of an official, an administrator appointed, a parliament passing a law, an
#: inquiry's findings, a licence revoked or suspended, an appeal, a supplementary budget, a
#: plant back on the grid or a site reopened, the victims' funerals, an earthquake's aftershock;
#: or the step before an event, talks preparing a visit or a summit, an envoy summoned in
#: protest. A report of one is another news event than the incident it follows (the kitchen
#: head arrested five weeks after a school-meal poisoning, the prison director removed after
#: an escape), and a report of the incident states none in its headline.
ACTS: dict[str, tuple[str, ...]] = {
    "arrest": (
        r"arrest(?:s|ed)?", r"detain(?:s|ed)", r"in custody", r"recaptur\w*",
        r"(?:police|officers|authorities|troopers) (?:catch|caught)",
        r"festgenommen", r"verhaftet", r"festnahme\w*", r"арестова\w*", r"задержа(?:л|ли|н|на|ны)",
        r"пойма(?:н|на|ны|ли)", r"(?:[وب]?(?:ال)?اعتقال|اعتقل\w*|(?:[وب]?ال)?قبض على|ألق\w* القبض|توقيف)",
        r"[يت]عتقل\w*",  # the present tense: "الشرطة البلغارية تعتقل ثلاثة لصوص"
        r"بازداشت", r"دستگیر", r"逮捕", r"拘留", r"抓获", r"落网", r"被捕", r"被拘", r"刑拘",
        r"detenid[oa]s?", r"arrestad[oa]s?", r"recapturad[oa]s?", r"arrêtée?s?", r"interpellée?s?",
        r"gözaltına", r"tutuklan\w*", r"ditangkap", r"penangkapan",
        # Uzbek, Latin and Cyrillic: "qoʻlga olindi" (caught), "ushlandi", "hibsga olindi"
        r"qo[ʻ'‘`’]?lga olin\w*", r"ushlan(?:di|gan|ganlar)\w*", r"hibsga olin\w*",
        r"қўлга олин\w*", r"ушлан(?:ди|ган)\w*", r"ҳибсга олин\w*",
        # Norwegian, Danish, Swedish, Dutch; Hindi, Marathi, Bengali, Odia, Tamil, Gujarati,
        # Punjabi; Thai, Vietnamese, Swahili, Somali ("la xiray": were arrested)
        r"anholdt\w*", r"pågrep(?:et|ne)", r"pågreb(?:et|ne)", r"arrester(?:t|te|et)\w*",
        r"anhållna?", r"gripits", r"häktad\w*", r"gearresteerd", r"aangehouden",
        r"गिरफ्तार\S*", r"गिरफ़्तार\S*", r"गजाआड", r"গ্রেপ্তার\S*", r"গ্রেফতার\S*", r"ଗିରଫ\S*",
        r"கைது", r"ધરપકડ", r"ਗ੍ਰਿਫ਼?ਤਾਰ\S*", r"จับกุม", r"bắt giữ", r"\w*kamatwa",
        r"la xiray", r"xiray(?:een|tay|ay)",
    ),
    "charge": (
        r"charg(?:es|ed) (?:with|over|in)", r"indict\w*", r"angeklagt", r"anklage\w*",
        r"предъяв\w* обвинени\w*", r"обвинени\w* (?:в|по)", r"(?:[يت]?وجه\w*|توجيه) (?:ال)?(?:تهم|اتهام|شبه)",
        r"کیفرخواست", r"متهم کرد", r"起诉", r"imputad[oa]s?", r"imputa a", r"acusa formalmente",
        r"mis en examen", r"inculpée?s?", r"iddianame", r"didakwa",
        r"name[sd]? .{0,60} as (?:an? |the )?(?:formal |official )?suspects?", r"formal suspects?",
        r"اتهام\s.{0,40}برای", r"(?:به عنوان|بعنوان) متهم", r"تفهیم اتهام",
        r"(?:列为|认定为).{0,8}嫌疑人", r"(?:признан|объявлен|стал)\w* подозреваем\w*",
        r"(?:como )?investigad[oa]s? (?:formalmente|como)",
        # people formally placed under investigation: a prosecutor's step days after an
        # accident (Italy's "registro degli indagati"), not the cause "under investigation"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|\w+ (?:officials|managers|"
        r"executives|employees|workers|people|staff)) (?:\w+ ){0,2}(?:placed |put |are |were |now )?"
        r"under (?:formal )?investigation", r"registro degli indagati", r"\bindagat[ie]\b",
        r"(?:реестр|список|числ[оа]) подозреваем\w*",
        r"(?:تحقق|يحقق|التحقيق|تحقيق) مع (?:\S+\s){0,2}(?:أشخاص|شخصا|مسؤول\S*|متهم\S*|مشتبه\S*)",
        r"(?:به عنوان|بعنوان) مظنون", r"列为(?:犯罪)?(?:嫌疑人|调查对象|被调查人)",
        r"indiciad[oa]s?", r"indici(?:a|am|ou|aram)\b", r"(?:postawi|usłysz)\w* (?:\S+ ){0,3}zarzut\w*",
        r"ermittel\w* gegen (?!unbekannt)",
    ),
    "dismissal": (
        r"sack(?:s|ed)?(?!\w)", r"removed from (?:his |her |their )?(?:post|office|job)",
        r"relieved of (?:his |her )?(?:post|duties|command)", r"entlassen", r"abgesetzt",
        r"отстран(?:ен|ён|ил)\w*", r"уволе?н\w*", r"уволил\w*", r"снят\w* с должност\w*",
        r"(?:إقالة|أقال\w*|[يت]قيل|إعفاء|أعفى)", r"برکنار", r"免职", r"撤职", r"停职", r"解雇",
        r"解聘", r"maldung\w*",
        r"destituid[oa]s?", r"destituye", r"cesad[oa]", r"limogée?s?", r"relevée? de ses fonctions",
        r"görevden alın\w*", r"dicopot", r"diberhentikan",
    ),
    "administration": (  # an administrator appointed to run a failed company or bank
        r"appoint(?:s|ed)? (?:an? |the )?(?:\w+ )?(?:commissioner|administrator|receiver|"
        r"liquidator|trustee)s?", r"(?:puts?|placed?|placing) .{0,40}under (?:special |"
        r"extraordinary |state |temporary )?administration", r"administrators? appointed",
        r"nomin\w* (?:il |un |i |del )?commissari\w*", r"commissari\w* straordinari\w* nominat\w*",
        r"назнач\w* .{0,30}(?:управляющ\w*|комиссар\w*|администратор\w*)",
        r"ввел\w* (?:внешн\w+|временн\w+) (?:управлени|администрац)\w*",
        r"(?:تعين|عينت|تعيين|يعين|عين) (?:ال)?(?:مفوضا?|مديرا?|حارسا?|مصفيا?)",
        r"(?:تعیین|انتصاب|منصوب)\s.{0,25}(?:مدیر تصفیه|کمیسر|ناظر ویژه|مدیر موقت)",
        r"(?:کمیسر|مدیر موقت|ناظر ویژه)\s.{0,25}(?:منصوب|تعیین)",
        r"任命.{0,10}(?:特别专员|专员|管理人|接管人|托管人)", r"(?:特别专员|临时管理人)接管",
        r"(?:insolvenzverwalter|sachwalter|kommissar)\w* (?:bestellt|ernannt|eingesetzt)",
        r"(?:bestellt|ernennt|setzt) .{0,30}(?:insolvenzverwalter|sachwalter|kommissar)\w*",
        r"nombra (?:a )?(?:un )?(?:administrador|interventor|comisario)\w*",
        r"nomme (?:un )?(?:administrateur|mandataire|commissaire)\w*", r"kayyum ata\w*",
    ),
    "implementation": (  # a summit's (or a deal's) agreements put into practice: weeks after it
        r"(?<!to )(?<!will )implement(?:s|ed|ing|ation) (?:\S+ ){0,4}(?:agreements?|deals?|accords?|decisions?|understandings?|"
        r"commitments?|pledges?)", r"follow[- ]up (?:meeting|talks|session)s?", r"joint (?:\S+ )?(?:committee|commission)s? (?:\S+ ){0,2}"
        r"(?:meets?|met|convenes?|convened)",
        r"(?:реализаци|выполнени|исполнени)\w* (?:\S+ ){0,3}(?:договор[её]нност|соглашени|решени)\w*",
        r"(?:تنفيذ|لتنفيذ|متابعة|لمتابعة) (?:\S+ ){0,2}(?:ال)?(?:اتفاق|تفاهم|قرار|مخرجات)\S*",
        r"(?:اجرای|پیگیری)[\s\u200c]+(?:\S+[\s\u200c]+){0,2}?(?:توافق|تفاهم|تصمیم|مصوبات)\S*",
        r"落实.{0,10}(?:协议|共识|成果|协定|决定)", r"后续会议",
        # a joint (border) committee or commission of two states: the standing body that carries
        # a summit's agreements out
        r"(?:ال)?لجن(?:ة|ه) (?:ال)?(?:مشترك|حدود)\S*", r"کمیسیون[\s\u200c]+مشترک", r"کمیته[\s\u200c]+(?:مشترک|مرزی)",
        r"(?:совместн|межправительственн|пограничн)\w* (?:комисси|комитет)\w*", r"联合委员会", r"边界委员会", r"联委会",
        r"คณะกรรมการ(?:ชายแดน|ร่วม)", r"umsetzung (?:\S+ ){0,2}(?:vereinbarung|abkommen|beschl)\w*",
        r"mise en œuvre (?:\S+ ){0,2}(?:accord|décision)\w*",
    ),
    "custody": (  # a sentence's serving begun: days or weeks after the verdict (or its appeal)
        r"(?:begins?|began|starts?|started) (?:\S+ )?serving", r"(?:reports?|reported|surrender\w*|"
        r"hand\w* (?:himself|herself) in) (?:\S+ ){0,2}(?:to|at) (?:\S+ ){0,2}(?:prison|jail|police)",
        r"(?:taken|sent|transferred|moved|led) (?:\S+ ){0,2}to (?:\S+ ){0,2}(?:prison|jail) to serve",
        r"(?:начал\w*|приступил\w*) (?:\S+ )?отбыва\w*", r"(?:доставлен\w*|этапирован\w*|отправлен\w*) "
        r"(?:\S+ ){0,2}в (?:\S+ )?(?:колони|тюрьм|сизо)\w*", r"(?:بدأ|يبدأ|تبدأ|بدأت|بدء) (?:\S+ ){0,2}(?:تنفيذ|قضاء) "
        r"(?:ال)?(?:حكم|عقوب)\S*", r"(?:سلم|يسلم|تسلم)\S* نفس\S* (?:\S+ ){0,2}(?:ل|إلى )?(?:ال)?(?:سجن|شرطة)",
        r"(?:اجرای|تحمل)" r"[\s\u200c]+(?:\S+[\s\u200c]+)?حکم" r"[\s\u200c]+(?:\S+[\s\u200c]+){0,2}?(?:آغاز|شروع)",
        r"(?:开始|入狱)服刑", r"收监", r"haftantritt", r"(?:tritt|trat) (?:\S+ ){0,2}haft\w* an",
        r"(?:commence|commencé) à purger", r"ingresa\w* en prisión", r"cezaevine (?:teslim|gir)\w*",
        r"(?:άρχισε|αρχίζει|ξεκίνησε) (?:\S+ ){0,2}(?:να )?(?:εκτ[ιί]\w*|να εκτίει)", r"οδηγήθηκε στη φυλακή",
        r"(?:megkezdte|megkezdi) (?:\S+ ){0,2}büntetés\w*", r"bevonult a börtönbe",
    ),
    "appeal": (  # an appeal filed against a ban, a sentence or a ruling (or ruled on)
        r"appeal(?:s|ed)? (?:against|the|a|to|over)\b", r"(?:files?|filed|lodges?|lodged) (?:an )?appeal",
        r"takes? .{0,40} to (?:court|cas|the court of arbitration|the supreme court|tribunal)",
        r"(?:يستأنف|استأنف|تستأنف|استأنفت)",  # not a bare "طعن": it also means a stabbing
        r"(?:يطعن|طعن|تطعن|طعنت|يطعنون|طعنوا|سيطعن)\s(?:في|على)\s(?:ال)?(?:حكم|قرار|عقوب|إيقاف)",
        r"(?:و)?(?:رفض|ترفض|رفضت|يرفض)\S*\s(?:\S+\s){0,2}(?:ال)?طعن", r"تجدید[\s\u200c]?نظر",
        r"فرجام[\s\u200c]?خواهی", r"обжал\w+", r"апелляци\w+", r"上诉", r"申诉",
        r"(?:legt|legen|eingelegt) .{0,20}(?:berufung|einspruch|revision)",
        r"(?:recurre|apela|recorre|impugna)(?:n|rá|ron|rán)?\b", r"fait appel", r"fa ricorso|ricorre",
        r"(?:itiraz|temyiz)\w*",
    ),
    "sanction": (  # a regulator revoking or suspending a licence, a permit, a certificate
        r"(?:suspend|revok|cancel|withdr[ae]w|strip|pull)\w* .{0,40}(?:licen[cs]es?|permits?|"
        r"certificates?|certification|operating rights)",
        r"(?:licen[cs]es?|permits?|certificates?) (?:\w+ ){0,2}(?:suspended|revoked|cancell?ed|"
        r"withdrawn|pulled)",
        r"(?:تعلق|علقت|تعليق|تسحب|سحبت|سحب|تلغي|ألغت|إلغاء|يلغي|ألغى)\s(?:\S+\s){0,2}"
        r"(?:ترخيص|رخص|تصريح|شهاد)\S*",
        r"(?:تعلیق|لغو|ابطال)\s(?:\S+\s){0,2}(?:مجوز|پروانه|گواهی)\S*",
        r"(?:مجوز|پروانه|گواهی)\S*\s.{0,40}(?:تعلیق|لغو|باطل) (?:شد|کرد)",
        r"(?:отозвал\w*|приостановил\w*|аннулировал\w*|лишил\w*|отзыв\w*|приостановк\w*)\s"
        r"(?:\S+\s){0,3}(?:лицензи|сертификат|разрешени|свидетельств)\w*",
        r"(?:吊销|暂停|撤销|取消|暂扣)[^，。]{0,12}(?:执照|许可证|许可|牌照|证书|资质)",
        r"(?:entzieh|entzog|widerr|suspendier)\w*\s(?:\S+\s){0,3}(?:lizenz|genehmigung|zulassung|"
        r"zertifikat)\w*",
        r"(?:lizenz|genehmigung|zulassung|zertifikat)\w* (?:\S+ ){0,2}(?:entzogen|widerrufen|ausgesetzt)",
        r"(?:suspend|revoca|revoga|retir|cancela|cassa|sospend|annull)\w*\s(?:\S+\s){0,3}"
        r"(?:licen[cz]\w*|permis\w*|permiso|autoriza\w*|certifica\w*|agrément|concess\w*)",
        r"(?:lisans|ruhsat|sertifika)\w*\s(?:\S+\s){0,2}(?:iptal|askıya)",
        # aircraft grounded: a regulator's step days after a crash or an incident (an airline
        # grounding its own fleet, all its flights, is its own news: heldout13's insolvency)
        r"ground(?:s|ed|ing)? (?:\S+ ){0,5}(?:aircraft|planes?|jets?|airliners?|helicopters?|"
        r"balloons?|a\d{3}\w*|boeing|airbus|737\w*|777\w*|787\w*)\b", r"grounding order",
        r"запрет\w* (?:\S+ ){0,4}(?:полет|эксплуатаци)\w*", r"отстранил\w* (?:\S+ ){0,4}от полет\w*",
        r"(?:приостановил\w*|приостановлен\w*) (?:\S+ ){0,3}эксплуатаци\w*", r"(?:تعليق|علقت|تعلق|أوقفت|يوقف|توقف|وقف|منع|منعت|حظر|حظرت)\S* (?:\S+ ){0,3}"
        r"(?:طائرات|تشغيل (?:ال)?طائرات|طيران (?:ال)?طائرات)", r"(?:ممنوع|ممنوعیت)[\s\u200c]*(?:ال)?پرواز",
        r"زمین[\s\u200c]*گیر", r"停飞.{0,16}(?:客机|飞机|机型|直升机|热气球|波音|空客)", r"flugverbot\w*",
        r"(?:cloue|clouent|cloué)\w* au sol", r"interdiction de vol", r"inmoviliz\w* (?:\S+ ){0,3}(?:aviones|flota|aeronaves)",
        r"uçuş yasağı", r"uçuştan men",
        r"(?:zawiesz|cofn|odebra)\w*\s(?:\S+\s){0,3}(?:licencj|certyfikat|zezwoleni|koncesj)\w*",
        r"(?:mencabut|membekukan)\s(?:\S+\s){0,2}(?:izin|sertifikat|lisensi)",
        # a contractor barred from tenders, its contract terminated (a ministry's step after a
        # hospital's hacking, a bridge's collapse)
        r"(?:bar(?:s|red)?|bann?(?:s|ed)?|exclud\w*|suspend\w*) .{0,40}from (?:\w+ )?(?:public )?"
        r"(?:contracts|tenders|bidding|procurement)", r"blacklist\w*", r"debar\w*",
        r"(?:terminat|cancel|scrapp|rescind)\w* (?:\S+ ){0,3}contracts?\b",
        r"(?:расторг\w*|разорвал\w*) (?:\S+ ){0,3}(?:контракт|договор)\w*",
        r"отстран\w* .{0,40}от (?:участия в )?(?:тендер|закуп|конкурс|госзаказ)\w*",
        r"(?:حظر|منع|حرمان|استبعاد|أقصت|حرمت|منعت|حظرت|تحظر|يحظر)\s(?:\S+\s){0,5}(?:من\s)?(?:ال)?"
        r"(?:مناقصات|عطاءات)", r"(?:فسخ|إلغاء|ألغت|فسخت|ألغى)\s(?:\S+\s){0,2}(?:ال)?(?:عقد|تعاقد)",
        r"مناقصه\S*\s(?:\S+\s){0,2}محروم", r"(?:لغو|فسخ) قرارداد", r"قرارداد\s.{0,40}(?:لغو|فسخ) (?:شد|کرد)",
        r"(?:禁止|取消).{0,12}(?:投标|招标|参与.{0,6}采购)", r"列入黑名单", r"(?:解除|终止).{0,8}合同",
        # a fine imposed: a regulator's or a court's penalty, days or months after the incident
        r"fined\b", r"fines (?:\S+ ){0,4}(?:over|for)\b", r"(?:impos|slap|levi)\w* (?:\S+ ){0,4}(?:fines?|penalt(?:y|ies))\b",
        r"оштрафова\w*", r"(?:наложил\w*|назначил\w*) (?:\S+ ){0,3}штраф\w*",
        # a fine imposed, not the word for one ("raises the maximum fine to $10,000")
        r"تغريم\S*", r"[يت]?غرم(?:ت|وا|ها|ه)?(?!\S)", r"غرام(?:ة|ات) (?:\S+ ){0,3}(?:على|بقيمة|قدرها)",
        r"غرام(?:ة|ات) \d", r"جریمه (?:شد|شدند|کرد|کردند|\d)", r"被罚|重罚|罚款\s?\d|处以.{0,12}罚款",
        r"multad[oa]s?|multa(?:n|do|da)?\b", r"condamnée? à (?:une )?amende", r"(?:verhängt|"
        r"zahlen) (?:\S+ ){0,3}(?:bußgeld|geldstrafe)\w*", r"para cezası", r"multat[oa]\b",
        r"ihale\w* .{0,20}yasakl\w*", r"sözleşme\w* (?:fesh|iptal)\w*", r"inhabilit\w*",
        r"rescind\w* .{0,20}contrat\w*", r"résili\w* .{0,20}contrat", r"exclu\w* des marchés publics",
        r"von öffentlichen aufträgen ausgeschlossen", r"vertrag\w* (?:\S+ )?gekündigt",
    ),
    "inquiry": (  # an inquiry's findings, days or weeks after the incident: the cause named
        r"(?:preliminary|interim|final) (?:report|findings)", r"(?:investigators?|inquiry|probe)\s?:",
        r"(?:لجنة|هيئة|فريق) (?:ال)?تحقيق\S*\s?:", r"(?:کمیته|کمیسیون|هیئت|هیات)[\s\u200c]+(?:\S+[\s\u200c]+)?تحقیق\S*\s?:",
        r"(?:investigation|inquiry|probe|"
        r"investigators?) (?:finds?|found|blames?|blamed|points? to)",
        r"blam(?:es|ed) .{0,50} for (?:the |last \w+'s )?(?:[\w-]+ ){0,2}(?:blackout|outage|crash|"
        r"collapse|fire|derailment|explosion|blast|accident|disaster|spill|leak|capsiz\w*|sinking)",
        r"初步调查", r"调查结果", r"调查报告", r"事故原因",
        r"تقرير (?:أولي|مبدئي|نهائي)", r"نتائج (?:ال)?تحقيق", r"گزارش (?:اولیه|مقدماتی|نهایی)",
        r"نتایج (?:تحقیقات|بررسی)", r"предварительн\w+ (?:отч[её]т|доклад)\w*",
        r"(?:назвал\w*|установил\w*) причин\w*", r"(?:результаты|итоги) расследования",
        r"(?:vorläufige\w* |zwischen|abschluss)bericht\w*", r"relatório (?:preliminar|final)",
        r"aponta\w* (?:a )?causa", r"informe (?:preliminar|final)",
        r"rapport (?:préliminaire|final|d'enquête)", r"relazione (?:preliminare|finale)",
        r"ön rapor\w*", r"попередн\w+ звіт\w*",
    ),
    "preparation": (  # talks that prepare a visit or a summit: the step before it
        r"prepar(?:e|es|ed|ing|ations?) (?:for |of )?(?:the |a |an )?(?:[\w'-]+ ){0,2}"
        r"(?:visit|summit|trip)\b", r"ahead of (?:the |a |an )?(?:[\w'-]+ ){0,2}(?:visit|summit|trip)\b",
        r"подготовк\w* (?:к )?(?:\S+ ){0,2}(?:визит|саммит|поездк)\w*", r"в преддверии (?:\S+ )?(?:визит|саммит)\w*",
        r"(?:للتحضير|التحضير|تحضيرا|تمهيدا|الإعداد|للإعداد) (?:ل|لل)?(?:زيار|قم|ال)\S*",
        r"(?:آماده[\s\u200c]?سازی|مقدمات|تدارک)\s(?:\S+\s){0,1}(?:سفر|دیدار|نشست)",
        r"为.{0,14}(?:访|峰会|会晤).{0,4}(?:做准备|作准备)", r"筹备.{0,6}(?:访问|峰会)",
        r"(?:ziyaret|zirve)\w* (?:öncesi|hazırlı\w*)", r"prepara\w* (?:de )?(?:la )?(?:visita|cumbre)",
        r"vorbereit\w* (?:des |der |den )?(?:\w+ )?(?:besuch|gipfel)\w*", r"(?:ถก)?เตรียม(?:การ)?(?:ประชุมสุดยอด|การเยือน)",
    ),
    "summons": (  # an envoy summoned to protest: a step before an expulsion or sanctions
        r"(?<!after )(?<!after a )summon(?:s|ed|ing)? (?:\S+ ){0,3}(?:ambassador|envoy|"
        r"charg[ée]s? d'affaires|diplomat)s?\b",
        r"(?:ambassador|envoy|charg[ée] d'affaires) (?:\S+ ){0,2}summoned",
        r"convoqu\w* (?:\S+ ){0,3}(?:l'ambassad\w+|ambassad\w+|chargée? d'affaires|"
        r"l'encargad\w+|encargad\w+ de negocios|diplomat\w*)",
        r"convoca\w* (?:\S+ ){0,3}(?:al? |l')?(?:embajador\w*|ambasciator\w*|embaixador\w*|"
        r"encargad\w+ de negocios|incaricat\w+ d'affari)",
        r"(?:einbestell\w*|bestellt\w* (?:\S+ ){0,3}(?:botschafter|gesandt)\w* ein)",
        r"(?:вызвал\w*|вызвали|вызван\w*|вызов\w*) (?:\S+ ){0,3}(?:посла|посол\w*|поверенн\w*|"
        r"дипломат\w*)",
        r"(?:استدعى|استدعت|تستدعي|يستدعي|استدعاء|باستدعاء)\s(?:\S+\s){0,2}(?:ال)?(?:سفير|القائم "
        r"بالأعمال|دبلوماسي)\S*",
        r"(?:احضار|فراخواندن)\s(?:\S+\s){0,2}(?:سفیر|کاردار)\S*",
        r"(?:سفیر|کاردار)\s(?:\S+\s){0,4}(?:احضار|فراخوانده) (?:شد|کرد)",
        r"召见[^，。]{0,12}(?:大使|代办|外交官)", r"(?:大使|代办)[^，。]{0,6}被召见",
        r"(?:büyükelçi|maslahatgüzar)\w* (?:\S+ ){0,2}(?:bakanlığa )?çağır\w*",
        r"(?:대사|대리대사)\S* (?:\S+ )?초치", r"초치",
        r"(?:wezwa|wezwan)\w* (?:\S+ ){0,3}(?:ambasador|charg)\w*",
    ),
    "leak": (  # stolen data published, days or weeks after a cyberattack (not the threat to)
        r"(?<!to )(?:dump(?:s|ed)?|leak(?:s|ed)?) (?:\S+ ){0,3}(?:data|files|documents|records)\b",
        r"(?<!to )(?:publish|post|releas|put)\w* (?:\S+ ){0,3}(?:stolen|hacked|leaked) (?:\S+ )?"
        r"(?:data|files|documents|records)\b",
        r"(?:hackers?|gang|ransomware group) (?:\S+ ){0,2}(?<!to )(?:publish|post|release)(?:s|es|ed)? "
        r"(?:\S+ ){0,3}(?:data|files|documents|records)\b",
        r"(?:hacker|erpresser|bande)\w* (?:\S+ ){0,3}(?:veröffentlich|stell)\w* (?:\S+ ){0,3}daten",
        r"(?:veröffentlich|leak)\w* (?:\S+ ){0,3}(?:gestohlen|erbeutet|geklaut)\w* (?:\S+ )?"
        r"(?:daten|dokumente)", r"daten\w* (?:\S+ ){0,3}(?:geleakt|im darknet)",
        r"слил\w* (?:\S+ ){0,3}(?:данны|документ|файл)\w*",
        r"(?:хакер|вымогател)\w* (?:\S+ ){0,3}(?:опубликовал|выложил)\w* (?:\S+ ){0,3}"
        r"(?:данны|документ|файл)\w*",
        r"(?:опубликова|выложи)\w* (?:\S+ ){0,3}(?:украденн|похищенн)\w* (?:данны|документ|файл)\w*",
        r"(?:سرب|تسرب|تسريب)\S* (?:\S+ ){0,3}(?:ال)?(?:بيانات|وثائق|ملفات)",
        r"(?:قراصنة|القراصنة|هاكرز|المخترقون|مخترقون) (?:\S+ ){0,3}(?:ينشرون|نشروا|تنشر|نشرت) "
        r"(?:\S+ ){0,3}(?:ال)?(?:بيانات|وثائق|ملفات)",
        r"افشای (?:\S+ ){0,3}(?:اطلاعات|داده|اسناد)\S*",
        r"(?:هکر|باج[\s\u200c]?افزار)\S* (?:\S+ ){0,4}(?:اطلاعات|داده[\s\u200c]?ها|اسناد)\S* "
        r"(?:\S+ ){0,3}(?:را )?(?:منتشر|افشا) (?:کرد|کردند|شد)",
        r"(?<!威胁)(?<!扬言)泄露了?[^，。]{0,10}(?:数据|资料|文件)",
        r"黑客[^，。]{0,10}(?:公开|公布|曝光|发布)了?[^，。]{0,10}(?:数据|资料|文件)",
        r"filtra\w* (?:\S+ ){0,3}(?:datos|documentos|données|dati|documenti)",
        r"(?:piratas|pirates|hackers?|hacker) (?:\S+ ){0,3}(?:publica|publie|pubblica|difunde|"
        r"divulgue|diffonde)\w* (?:\S+ ){0,3}(?:datos|documentos|données|documents|dati|documenti)",
        r"(?:veri|belge)\w* (?:\S+ ){0,2}(?:sızdırıl|ifşa)\w*",
    ),
    "restart": (  # a plant back on the grid, a site reopened, a service resumed: the step after
        r"back on (?:the )?(?:grid|line|stream)", r"(?:re)?connected (?:back )?to the grid",
        r"reconnect(?:s|ed)\b", r"restart(?:s|ed)\b", r"reopen(?:s|ed)\b", r"back online",
        r"resum(?:es|ed) (?:\S+ ){0,2}(?:operations?|service|flights|production|traffic|work|trading)",
        # trading back after a halt: an exchange's next step
        r"trading (?:\S+ ){0,2}resum(?:es|ed)", r"торги (?:\S+ ){0,2}возобновлен\w*",
        r"恢复\S{0,2}交易|复牌", r"(?:ازسرگیری|از سر گیری) (?:معاملات|کار|فعالیت|عملیات)", r"معاملات (?:\S+ ){0,4}از سر گرفته شد",
        r"(?:dagangan|perdagangan) (?:\S+ ){0,3}(?:disambung|dibuka) (?:semula|kembali)",
        r"(?:вновь|снова|повторно) (?:подключ|запущ|открыл|откро|заработал)\w*", r"перезапущ\w*",
        r"возобновил\w* (?:работу|движение|полеты|полёты|производство|торги)",
        r"重新并网|恢复并网|重新开放|重新开业|恢复运行|恢复运营|重启|复航|复产|复工|恢复施工",
        r"(?:إعادة|أعاد\S*|يعيد|تعيد) (?:تشغيل|فتح|ربط)", r"(?:استأنف|استئناف|تستأنف|يستأنف)\S* "
        r"(?:\S+ ){0,2}(?:العمل|التشغيل|الرحلات|الإنتاج|الحركة|التداول)", r"(?:عاد|عادت) (?:\S+ )?(?:إلى|الى) (?:العمل|الشبكة)",
        r"بازگشایی", r"(?:راه[\s\u200c]?اندازی|وصل) (?:\S+ )?مجدد", r"(?:دوباره|مجددا|مجدداً) (?:\S+ )?(?:به مدار|باز|وصل|راه)",
        r"znovu (?:připojen|spuštěn|otevřen)\w*", r"opět (?:v provozu|připojen)\w*",
        r"נפתח מחדש|נפתחה מחדש|חזר לפעילות|חזרה לפעילות|חובר מחדש",
        r"wieder (?:am netz|ans netz|geöffnet|in betrieb)", r"wiedereröffn\w*", r"neustart",
        r"redémarr\w*", r"rouvert\w*|rouvre\w*|réouverture", r"reanud\w*", r"reabr\w*|reapertura",
        r"riapert\w*|riapre\w*", r"yeniden (?:açıl|devreye|faaliyete)\w*",
        # a supply restored after the outage: gas, power, water back to homes
        r"restor(?:es|ed) (?:\S+ ){0,3}(?:supply|supplies|power|electricity|gas|water|service)",
        r"(?:supply|supplies|power|electricity|gas|water) (?:\S+ ){0,2}restored",
        r"восстановил\w* (?:\S+ ){0,2}(?:подач\w*|газоснабжени\w*|электроснабжени\w*|водоснабжени\w*)",
        r"(?:подач\w*|газоснабжени\w*|электроснабжени\w*|водоснабжени\w*) (?:\S+ ){0,2}восстановлен\w*",
        r"恢复(?:供气|供电|供水|送电|通气)",
        r"(?:إعادة|عودة|استئناف|أعاد\S*|عاد\S*) (?:\S+ ){0,2}(?:ضخ|إمدادات|امدادات|إمداد|التيار|الكهرباء|الغاز|المياه)",
        r"(?:گازرسانی|برق[\s\u200c]?رسانی|آب[\s\u200c]?رسانی)\S* (?:\S+ ){0,6}(?:از سر گرفته|برقرار|وصل) شد",
        r"(?:وصل|برقراری) (?:مجدد|دوباره) (?:\S+ )?(?:گاز|برق|آب)",
        r"(?:reluat\w*|restabilit\w*|reconectat\w*) (?:\S+ ){0,3}(?:furnizare\w*|alimentare\w*|gaz\w*)",
        r"wiederhergestellt", r"rétabli\w* (?:\S+ ){0,2}(?:gaz|courant|électricité|eau)",
        # schools or a service open again after a closure: classes resume
        r"(?:re-?open|resum|return)\w* after (?:a |an |the )?(?:\S+ ){0,2}(?:break|hiatus|shutdown|"
        r"closure|suspension)", r"classes resume", r"back to (?:school|class)",
        r"после (?:\S+ ){0,2}перерыв\w*", r"возобнов\w* (?:\S+ ){0,2}(?:заняти|учеб)\w*",
        r"(?:استئناف|استأنف\S*|عودة) (?:\S+ ){0,2}(?:الدراسة|الدروس|التعليم الحضوري)",
        r"(?:از[\s\u200c]?سر[\s\u200c]?گیری|بازگشت) (?:\S+ ){0,2}(?:کلاس|آموزش حضوری|مدارس)",
        r"复课|恢复上课|重新开学|恢复线下教学", r"دوبارہ (?:کھل|کھول|بحال|شروع)\S*",
        r"avattiin (?:taas|jälleen|uudelleen)", r"avautu\w* (?:taas|jälleen|uudelleen)",
        r"(?:отново|пак) (?:отвор|заработ)\w*", r"възобнов\w*",
    ),
    "retaliation": (  # a counter-measure: the other side answers the event in kind, days later
        r"in retaliation", r"retaliat\w*", r"tit[- ]for[- ]tat", r"in kind\b",
        r"reciprocal (?:move|measure|step|expulsion|response)s?", r"in response(?! to)",
        r"в ответ(?! на)", r"ответн\w+ (?:мер|шаг)\w*", r"зеркальн\w+", r"в отместку",
        r"بالمثل", r"انتقام\S*", r"(?:ردا|رداً|ردًا) على (?:قرار|خطوة|طرد|إجراء)\S*",
        r"مقابله به مثل", r"(?:اقدام|واکنش) متقابل", r"تلافی",
        r"(?:در )?(?:واکنش|پاسخ) به (?:اقدام|تصمیم|اخراج)\S*",
        r"对等(?:回应|反制|措施)", r"反制", r"报复", r"作为回应", r"予以回击",
        r"en représailles", r"ripost\w*", r"par réciprocité", r"en réponse(?! à)",
        r"(?:en|como) represalia", r"en respuesta(?! a)", r"vergeltung\w*", r"im gegenzug",
        r"als (?:reaktion|antwort)(?! auf)", r"misilleme\w*", r"karşılık olarak",
        r"보복", r"맞대응", r"상응 ?조치", r"per rappresaglia", r"ritorsione", r"w odwecie",
        r"odwet\w*", r"sebagai balasan",
    ),
    "funeral": (  # the victims buried or mourned, days after the disaster that killed them (not
        # "buried under rubble": sepultados, sepolti, погребены are a landslide's victims)
        r"funerals?", r"burials?", r"laid to rest",
        r"تشييع\S*", r"(?:ال)?جناز\S*", r"دفن", r"يدفن\S*", r"تدفن\S*",
        r"خاکسپاری", r"تشییع", r"به خاک سپرده", r"تدفین",
        r"похорон\w*", r"погребени[ея]\w*", r"поховал\w*", r"поховання",
        # a farewell to the dead ("простились с 16-летней жертвой"), not to journalists
        r"(?:простил(?:ись|ся|ась)|прощани[ея]|попрощал\w*) с (?:\S+ ){0,3}"
        r"(?:жертв|погибш|умерш|покойн|убит)\w*",
        r"葬礼", r"下葬", r"安葬", r"出殡", r"埋葬",
        r"beerdig\w*", r"beigesetzt", r"trauerfeier\w*", r"begräbnis\w*",
        r"obsèques", r"funérailles", r"inhumée?s?", r"funerales", r"sepelios?", r"entierros?",
        r"velórios?", r"sepultamentos?", r"funerali", r"esequie", r"cenaze\w*",
        r"toprağa verildi\w*", r"defnedildi\w*", r"pemakaman", r"dimakamkan", r"pogrzeb\w*",
        r"pochowan\w*",
    ),
    "supplementary": (  # a supplementary or mid-year budget: months after the annual one
        r"supplementary (?:budget|estimates|appropriation)", r"mini-budget", r"mid-?year budget",
        r"дополнительн\w* бюджет\w*", r"поправк\w* (?:\S+ )?(?:в|к) бюджет\w*",
        r"(?:ميزانية|موازنة|الميزانية|الموازنة) (?:ال)?تكميلي\S*", r"ملحق (?:ال)?(?:ميزانية|موازنة)",
        r"بودجه[\s\u200c](?:\S+[\s\u200c]){0,2}متمم", r"متمم[\s\u200c]بودجه", r"اصلاحیه[\s\u200c]بودجه",
        r"补充预算", r"追加预算", r"预算修正案", r"nachtragshaushalt\w*", r"budget rectificatif",
        r"loi de finances rectificative", r"presupuesto (?:suplementario|complementario)",
        r"orçamento (?:suplementar|retificativo)", r"ek bütçe",
    ),
    "legislation": (  # a parliament passing a law: after (or before) a court's ruling on it
        r"(?:pass(?:es|ed)?|adopt(?:s|ed)?|approv(?:es|ed)|enact(?:s|ed)?|vot(?:es|ed) (?:for|through))"
        r" (?:an? |the )?(?:[\w%-]+ ){0,3}(?:law|bill|legislation|amendments?)\b",
        r"(?:يقر|أقر|تقر|أقرت|يصادق على|صادق على|صادقت على|يعتمد|اعتمد|اعتمدت)\s(?:\S+\s){0,2}"
        r"(?:ال)?(?:قانون|مشروع قانون|تشريع|تعديل)",
        r"(?:مجلس|پارلمان)\s.{0,60}تصویب (?:کرد|شد|کردند)(?![\w\u200c])",
        r"تصویب (?:قانون|لایحه)",
        r"(?:принял\w*|приняли|одобрил\w*|утвердил\w*|ухвалил\w*|ухвалила|прийняв|прийняла)"
        r"\s(?:\S+\s){0,3}(?:закон|законопроект)\w*",
        r"(?:国会|议会|立法会|议院|人大)[^，。]{0,12}通过", r"通过[^，。]{0,12}(?:法案|修正案|新法)",
        r"(?:국회|본회의)[^.]{0,25}(?:통과|가결|의결)", r"(?:법안|개정안|법률안)\s?(?:통과|가결)",
        r"(?:verabschiede\w*|beschließ\w*|beschlossen)\s(?:\S+\s){0,3}\w*gesetz\w*",
        r"\w*gesetz\w*\s(?:\S+\s){0,2}verabschiedet",
        r"aprueb\w*\s(?:\S+\s){0,3}(?:ley|proyecto de ley)", r"aprova\w*\s(?:\S+\s){0,3}(?:lei|projeto)",
        r"approva\w*\s(?:\S+\s){0,3}(?:legge|ddl)", r"adopt\w*\s(?:\S+\s){0,3}(?:loi|projet de loi)",
        r"(?:yasa|kanun)\w*\s(?:\S+\s){0,3}kabul (?:etti|edildi)",
        r"(?:विधेयक|कानून)\s.{0,30}पारित", r"mengesahkan\s(?:\S+\s){0,3}(?:undang-undang|ruu|uu)\b",
    ),
    "mandate": (  # a body mandating someone to negotiate: acting on a vote's result, weeks on
        r"mandat(?:es|ed|ing)? (?:\S+ ){0,4}to (?:negotiate|open talks|start talks|seek)",
        r"(?:negotiating )?mandate (?:\S+ ){0,3}(?:for|to) (?:talks|negotiat\w*)",
        r"authori[sz](?:es|ed|ing) (?:\S+ ){0,4}to (?:negotiate|open talks|start talks)",
        r"поручил\w* (?:\S+ ){0,3}(?:начать|провести|вести) переговоры", r"мандат\w* на переговоры",
        r"(?:يفوض|فوض|تفوض|فوضت|تفويض)\S* (?:\S+ ){0,3}(?:ب|لل?)?(?:ال)?(?:تفاوض|مفاوضات)",
        r"(?:مأموریت|ماموریت|اختیار|اجازه)[\s\u200c](?:\S+ ){0,3}(?:مذاکره|گفت[\s\u200c]?وگو)",
        r"授权.{0,12}(?:谈判|磋商)", r"verhandlungsmandat", r"mandat de négociation",
        r"mandat\w* (?:\S+ ){0,3}(?:para|per|pour|om te) (?:negociar|negoziare|négocier|onderhandelen)",
    ),
    "protest": (  # a protest or blockade against an event (a price rise, a ruling): days after
        r"in protest\b", r"protest(?:s|ed|ing)? (?:against|over|at)\b",
        r"protesters? (?:block|blocked|rally|rallied|march|marched|storm|stormed)\b",
        r"blockades?\b",
        # Arabic احتجاج (a protest), not احتجاز / يحتجز (a detention, a hostage held); Persian
        # اعتراض with its "به" (a protest at), not Arabic اعتراض (an interception), nor the
        # adjective معترض (a protesting MP expelled is the Speaker's ruling, not a protest)
        r"протест\w*", r"митинг\w*", r"пикет\w*", r"(?:ال)?احتجاج\w*", r"[يت]حتج(?!ز)\w*",
        r"احتج(?!ز|از)\w*", r"(?:ال)?(?:تظاهر|متظاهر)\w*", r"(?:ال)?مظاهر(?:ة|ات)",
        r"اعتراض\S*\s(?:\S+\s){0,4}به\s", r"در اعتراض",
        r"تظاهرات", r"抗议", r"示威", r"堵路", r"demonstr\w*", r"blockade\w*", r"manifestation\w*",
        r"manifestants?", r"blocage\w*", r"protesta\w*", r"bloqueo\w*", r"protesto\w*",
    ),
    "debut": (  # a player's (or a coach's) first match for a new club: weeks after the signing
        r"(?:makes?|made|making) (?:his |her |their |a )?(?:\S+ )?debut", r"on (?:his|her) debut",
        r"debut (?:goal|match|game|appearance|win)", r"first (?:match|game|appearance|start|goal)s? "
        r"(?:for|in charge|as (?:coach|manager))", r"дебютн\w+ (?:матч|гол|игр)\w*",
        r"дебют\w* (?:за|в составе)", r"перв\w+ (?:официальн\w+ )?(?:матч|игр)\w* (?:за|во главе|под руководством)",
        r"ظهور\S* الأول", r"(?:أول|أولى) (?:مباراة|مباراياته|ظهور) (?:رسمية )?(?:له|لها|مع|ل)\S*",
        r"(?:اولین|نخستین) (?:بازی|حضور)\S* (?:\S+ )?(?:برای|با[\s\u200c]+پیراهن)",
        r"(?:اولین|نخستین) بازی (?!فصل|لیگ|سال|مرحله|دور|جام|رقابت|تورنمنت|این|آن)\S+", r"首秀", r"处子秀",
        r"首次代表.{0,10}出场", r"首次亮相", r"debut (?:con|avec|mit|com|with)", r"esordio con",
        r"débuts (?:avec|sous)", r"debüt (?:für|bei)", r"estreia (?:pelo|pela|com)",
    ),
    "aftershock": (  # an aftershock, days after the earthquake it follows (not "after the quake")
        r"aftershocks?", r"афтершок\w*", r"повторн\w* (?:подземн\w* )?(?:толч|землетрясени)\w*",
        r"(?:ال)?هز(?:ة|ه|ات) (?:ال)?ارتدادي(?:ة|ه)", r"پس[\s\u200c]?لرزه\S*", r"余震",
        r"nachbeben", r"répliques? (?:sismiques?|de magnitude)", r"réplicas? (?:sísmicas?|de magnitud)",
        r"artçı (?:sarsıntı|deprem)\w*",
    ),
    "impasse": (  # talks ending without agreement, an offer turned down: the step before a deal
        r"(?<!after )(?:ends?|ended|breaks? up|broke up|closes?|closed) without (?:an? )?"
        r"(?:deal|agreement|accord|consensus)", r"fail(?:s|ed)? to (?:agree|reach (?:an? )?"
        r"(?:deal|agreement|accord|consensus))", r"no deal", r"deadlock(?:ed)?", r"stalemate",
        r"talks (?:collapse|collapsed|fail|failed|break down|broke down)",
        r"без (?:соглашени|договор[её]нност|согласи|результат)\w*",
        r"не (?:смогл\w* |сумел\w* )?(?:договорил|согласовал)\w*",
        r"не (?:пришл\w*|пришёл|пришел) к (?:согласию|соглашению|компромиссу)", r"(?:зашл\w*|зайти) в тупик",
        r"(?<!بعد )(?:دون|بلا|بدون) (?:التوصل إلى )?(?:اتفاق|توافق)", r"(?:فشل|فشلت|تفشل|يفشل)\S* "
        r"(?:في )?(?:التوصل|الاتفاق)", r"طريق مسدود",
        r"(?<!پس از )(?:بدون|بی)[\s\u200c]?(?:توافق|نتیجه)", r"به توافق نرسید\S*", r"بن[\s\u200c]?بست",
        r"未能达成", r"未达成(?:一致|协议|共识)", r"无果而终", r"不欢而散", r"陷入僵局", r"谈崩",
        r"(?:ohne|keine) einigung", r"(?:verhandlungen|gespräche) (?:\S+ )?gescheitert",
        r"sans accord", r"pas d'accord", r"échec des (?:négociations|discussions)",
        r"sin acuerdo", r"no (?:logran|lograron|alcanzan|alcanzaron) (?:un )?acuerdo",
        r"senza (?:un )?accordo", r"sem acordo", r"uzlaşma (?:sağlanamadı|olmadan)",
        r"anlaşma (?:sağlanamadı|olmadan)",
        # an offer or bid turned down: no deal yet (a club's bid days before the signing)
        r"(?:rejects?|rejected|rebuffs?|rebuffed|refuses?|refused) (?:\S+ ){0,4}(?:bids?|offers?)(?! to\b)",
        r"turns? down (?:\S+ ){0,4}(?:bids?|offers?)(?! to\b)", r"(?:bid|offer) (?:is |was )?(?:rejected|turned down)",
        r"(?:отклонил|отверг|отказал)\w* (?:\S+ ){0,3}(?:предложени|заявк|оферт)\w*",
        r"(?:رفض|يرفض|ترفض|رفضت)\S* (?:\S+ ){0,3}(?:ال)?عرض\S*",
        r"پیشنهاد\S* (?:\S+ ){0,6}را[\s\u200c]+(?:رد[\s\u200c]+کرد|نپذیرفت)\S*", r"拒绝.{0,12}(?:报价|出价|要约)",
        r"rechaz\w+ (?:\S+ ){0,4}oferta", r"refus\w* (?:\S+ ){0,4}(?:oferta|offre|ofèrta)",
        r"rejett?\w+ (?:\S+ ){0,4}offre", r"lehn\w* (?:\S+ ){0,3}(?:angebot|gebot)\w*(?: \S+){0,4} ab\b",
        r"(?:angebot|gebot) (?:\S+ )?abgelehnt", r"(?:rifiut|respin)\w+ (?:\S+ ){0,4}offerta",
        r"(?:recus|rejeit)\w+ (?:\S+ ){0,4}(?:oferta|proposta)", r"teklif\w* (?:\S+ )?reddett?\w*",
    ),
}  # fmt: skip
_ACT_RES = {
    act: re.compile(rf"(?<![^\W\u3040-\u9fff])(?:{_alt(words)})", re.IGNORECASE)
    for act, words in ACTS.items()
}


def _acts(text: str) -> set[str]:
    """``act.followup:<name>`` for each follow-up action ``text`` reports (:data:`ACTS`).

    Examples
    --------
    >>> sorted(_acts("Indonesian police arrest school kitchen head over poisoning"))
    ['act.followup:arrest']
    >>> sorted(_acts("Директора тюрьмы в Перпиньяне отстранили после побега"))
    ['act.followup:dismissal']
    >>> _acts("Three inmates escape French prison near Spanish border")
    set()
    >>> _acts("Wage committee ends without deal"), _acts("Cabinet raises wage after talks ended without a deal")
    ({'act.followup:impasse'}, set())
    >>> _acts("Huesca reject Zaragoza's first bid for Lacasa"), _acts("Zaragoza sign Lacasa after Huesca rejected a first bid")
    ({'act.followup:impasse'}, set())
    >>> _acts("Lacasa scores on his debut as Zaragoza beat Betis"), _acts("Chamundi shares jump 27% on market debut")
    ({'act.followup:debut'}, set())
    >>> _acts("Truckers block Brussels ring in protest over diesel price"), _acts("General strike in protest at budget")
    ({'act.followup:protest'}, set())
    """
    found = {act for act, rx in _ACT_RES.items() if rx.search(text)}
    if "impasse" in found and _AFTER_IMPASSE.search(text):  # a decision "after talks failed"
        found.discard("impasse")
    if "debut" in found and _MARKET.search(text):  # shares' first day: a listing, no player's
        found.discard("debut")
    if "aftershock" in found and _WITH_AFTERSHOCKS.search(text):  # "quake kills 12, aftershocks go on"
        found.discard("aftershock")
    if "protest" in found and (_STRIKE.search(text) or len(found) > 1):
        found.discard("protest")  # a strike, an envoy summoned "in protest": that act itself
    return {f"act.followup:{act}" for act in found}


#: A market's words: a company's "debut" is its shares' first day of trading, the event itself.
_MARKET = re.compile(
    r"shares?|stocks?|listing|listed|ipo|exchange|bourse|market debut|trading debut|акци\w*|бирж\w*|"
    r"سهم|أسهم|(?:ال)?بورصة|اكتتاب|سهام|بورس|عرضه[\s\u200c]+اولیه|上市|股|证券|交易所|aktie\w*|börse\w*|"
    r"acciones|bolsa|azioni|borsa|ações",
    re.IGNORECASE,
)
#: A strike: a report of one "in protest at" a budget reports the strike, not a protest after.
_STRIKE = re.compile(
    r"strike|walkout|забастов\w*|стачк\w*|(?:ال)?إضراب\w*|اعتصاب\w*|罢工|罷工|grève|huelga|"
    r"streik\w*|sciopero|greve|grev\w*",
    re.IGNORECASE,
)
#: An impasse told as what a decision came after (``raises the wage after talks ended without
#: a deal``, ``بعد فشل المفاوضات``, ``在谈判未能达成一致后``): the decision's report, not the impasse's.
_AFTER_IMPASSE = re.compile(
    r"(?:after|following|после|بعد|پس از|nach|après|tras|dopo|sonra)\s(?:\S+\s){0,3}"
    rf"(?:{_alt(ACTS['impasse'])})|(?:{_alt(ACTS['impasse'])})\S{{0,6}}(?:后|之后)",
    re.IGNORECASE,
)


#: Aftershocks told beside the earthquake itself (``quake kills 12 as aftershocks rattle``,
#: ``and aftershocks``): the quake's own report, not an aftershock's.
_WITH_AFTERSHOCKS = re.compile(
    r"(?<!\w)(?:as|and|with|amid|followed by|dozens of|hundreds of|series of|и|с|و|با)\s"
    r"(?:\S+\s){0,2}(?:aftershocks|афтершок\w*|(?:ال)?هزات|پس[\s\u200c]?لرزه)|[和及伴]\S{0,4}余震|余震不断",
    re.IGNORECASE,
)


#: A stage that restates the one before it: an appeal ruling names the sentence it upholds;
#: a pause names the increase it pauses (``поставила на паузу наращивание добычи``).
_OVERRIDES = {
    ("trial", "appeal"): ("verdict",),
    # the prosecution's demand or the closing arguments name the sentence asked and the court
    # (of appeal) it is asked of: the step before the verdict (or the ruling on the appeal)
    ("trial", "closing"): ("verdict", "appeal"),
    ("decision", "hold"): ("raise", "cut"),
    ("deal", "clearance"): ("review",),  # cleared after an in-depth review
    ("deal", "prohibition"): ("review",),
    # the successor's designation or oath names the resignation it follows
    ("government", "swearing"): ("resignation",),
    ("government", "designation"): ("resignation",),
}
#: What a launch is: a rocket, a launch, a satellite, a missile.
_LAUNCH_OBJECT = re.compile(
    r"(?<![^\W\u3040-\u9fff])(?:rockets?|launch\w*|satellites?|missiles?|spacecraft|"
    r"ракет\w*|пуск\w*|спутник\w*|(?:[وبل]|لل)?(?:ال)?(?:صاروخ|إطلاق|قمر)|موشک|ماهواره|"
    r"پرتاب|火箭|发射|卫星|导弹|ロケット|打ち上げ|衛星|ミサイル|cohete|lanzamiento|sat[ée]lite|"
    r"misil|fusée|lancement|raket\w*|satellit\w*|roket\w*|fırlatma|uydu\w*)",
    re.IGNORECASE,
)
#: What a ruling on a deal is about: a takeover, merger, acquisition or purchase.
_DEAL_OBJECT = re.compile(
    r"(?<![^\W\u3040-\u9fff])(?:takeover|merger|acquisition|purchase|deal|buyout|bid|"
    r"übernahme\w*|fusion\w*|zusammenschluss\w*|kauf\w*|erwerb\w*|слияни\w*|поглощени\w*|"
    r"покупк\w*|приобретени\w*|сделк\w*|(?:[وبل]|لل)?(?:ال)?(?:استحواذ|اندماج|صفق(?:ة|ه)|شراء)|"
    r"ادغام|خرید|تملک|تصاحب|收购|合并|并购|兼并|買収|合併|adquisici[oó]n|compra|fusi[oó]n|"
    r"rachat|birleşme\w*|satın alma\w*|devral\w*)",
    re.IGNORECASE,
)
#: Who hears or rules on a case: a court, a judge, a tribunal. Without one, no case stage.
_CASE_OBJECT = re.compile(
    r"(?<![^\W\u3040-\u9fff])(?:court|judges?|tribunal|justices?|суд\w*|(?:ال)?محكم(?:ة|ه)|"
    r"دادگاه|دیوان|法院|法庭|宪法|헌재|헌법재판소|법원|裁判所|tribunale|corte|\w*gericht\w*|"
    r"cour|mahkeme\w*|अदालत|न्यायालय)",
    re.IGNORECASE,
)
#: What a decision is about: interest rates, oil output, tariffs, a minimum wage, fuel prices.
#: Without one, no decision.
_DECISION_OBJECT = re.compile(
    r"(?<![^\W\u3040-\u9fff])(?:(?:interest |key |policy )?rates?|output|production|tariffs?|bpd|"
    r"basis points|ставк\w*|добыч\w*|пошлин\w*|الفائدة|الإنتاج|إنتاج|الرسوم|نرخ بهره|"
    r"تولید|تعرفه|利率|降息|加息|增产|减产|产量|关税|tipos|tasas|producción|aranceles|taux|"
    r"droits de douane|zins\w*|leitzins\w*|förder\w*|produktion|zölle|faiz\w*|üretim\w*|"
    # regulated wages and prices (session 48): the minimum wage, fuel prices, pensions
    r"(?:minimum )?wages?|(?:fuel|petrol|gasoline|diesel) prices?|pensions?|мрот|"
    r"минимальн\w* (?:зарплат|оплат|размер)\w*|зарплат\w*|цен\w* на (?:бензин|топлив|дизел)\w*|"
    r"пенси\w*|(?:ال)?أجور|(?:ال)?حد الأدنى لل?أجور|أسعار (?:ال)?(?:وقود|بنزين|محروقات|ديزل|سولار)|"
    r"دستمزد|حداقل (?:دستمزد|حقوق)|قیمت (?:بنزین|سوخت|گازوئیل)|最低工资|工资|油价|成品油价格|"
    r"salario mínimo|salarios?|precios? de (?:los )?(?:combustibles?|carburantes?|gasolina)|"
    r"salaire minimum|smic|prix des carburants|mindestlohn\w*|löhne|(?:sprit|kraftstoff|benzin)preis\w*|"
    r"asgari ücret\w*|akaryakıt\w*)",
    re.IGNORECASE,
)
_STAGE_RES = {
    (proc, stage): re.compile(rf"(?<![^\W\u3040-\u9fff])(?:{_alt(words)})", re.IGNORECASE)
    for proc, stages in STAGES.items()
    for stage, words in stages.items()
}
_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟])(?:(?<![\s.(][^\W\d_]\.)|(?<=\d\s[^\W\d_]\.))\s|\n")
"""A sentence ends at a full stop and a space, not after an initial (``V. Ravi Shankar, has
resigned four days after``: the lead's first sentence had ended at ``V.``; ``U.S.``, ``6 a.m.``),
but after a year's abbreviation (``29 декабря 2019 г.``, ``15 marca 2020 r.``)."""
_HAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


#: An appeal lodged (or to be), not yet ruled on: ``files appeal with the Supreme Court``,
#: ``يطعنون في الحكم أمام محكمة النقض``, ``подал кассационную жалобу``, ``向最高法院提起上诉``.
_FILED = re.compile(
    r"(?:files?|filed|lodges?|lodged|submits?|submitted|launch\w*) (?:\S+ ){0,3}(?:appeal|petition|challenge)|"
    r"(?:to|will) appeal\b|appeals? to (?:the )?(?:supreme|top|high|cassation|constitutional) court|"
    r"petition\w* (?:\S+ ){0,3}(?:supreme|cassation|top) court|"
    r"(?:يطعن|يطعنون|تطعن|طعن|طعنوا|طعنت|سيطعن) (?:\S+ )?(?:في|على) (?:ال)?(?:حكم|قرار)|"
    r"(?:تقدم|قدم|يقدم|تقدموا)\S* (?:\S+ ){0,2}(?:بطعن|باستئناف|بالطعن)|"
    r"فرجام[\s\u200c]*خواهی|(?:درخواست|تقاضای)[\s\u200c]+(?:\S+[\s\u200c]+)?(?:فرجام|تجدید[\s\u200c]?نظر)|"
    r"(?:подал\w*|подаст|пода[её]т|подадут|направил\w*) (?:\S+ ){0,2}(?:апелляц|кассац|жалоб)\w*|обжалу\w*|обжалова\w*|"
    r"提起[^，。]{0,10}(?:上诉|抗诉|申诉)|(?:提出|递交)[^，。]{0,6}上诉|"
    r"αναίρεση|άσκησ\w* (?:\S+ )?(?:έφεσ|αναίρεσ)\w*|fellebbez\w*",
    re.IGNORECASE,
)
#: A ruling on an appeal: upheld, rejected, overturned, a sentence cut.
_RULED = re.compile(
    r"(?:upholds?|upheld|rejects?|rejected|dismiss\w*|overturn\w*|quash\w*|cuts?|reduc\w*|acquit\w*|"
    r"confirms?|confirmed|throws? out|threw out)\b|"
    r"(?:оставил\w*|отклонил\w*|отменил\w*|сократил\w*|смягчил\w*|снизил\w*|утвердил\w*)|"
    r"(?<!\S)(?:أيد|تؤيد|أيدت|يؤيد|رفض|ترفض|رفضت|يرفض|خفف|تخفف|خففت|يخفف|ألغت|نقضت|ثبتت)|"
    r"(?:تأیید|تایید|رد|کاهش|نقض|تخفیف)[\s\u200c]+(?:کرد|شد|داد)|"
    r"维持原判|驳回|改判|减为|二审宣判|终审判决|"
    r"επικύρωσ\w*|απέρριψ\w*|μείωσ\w*|μειώθηκ\w*|helybenhagy\w*|elutasít\w*",
    re.IGNORECASE,
)


def _appeal_filed(text: str) -> bool:
    """Whether ``text`` tells an appeal lodged (or to be lodged), not a ruling on one.

    Examples
    --------
    >>> _appeal_filed("Ex-minister's lawyers file appeal with the Supreme Court")
    True
    >>> _appeal_filed("Supreme Court rejects ex-minister's appeal")
    False
    """
    return bool(_FILED.search(text)) and not _RULED.search(text)


def _stages(text: str) -> set[str]:
    found = {(proc, stage) for (proc, stage), rx in _STAGE_RES.items() if rx.search(text)}
    if not _DECISION_OBJECT.search(text):
        found = {(proc, stage) for proc, stage in found if proc != "decision"}
    if not _DEAL_OBJECT.search(text):
        found = {(proc, stage) for proc, stage in found if proc not in ("deal", "terms")}
    if not _LAUNCH_OBJECT.search(text):
        found = {(proc, stage) for proc, stage in found if proc != "launch"}
    if not _CASE_OBJECT.search(text) or any(proc == "trial" for proc, _ in found):
        found = {(proc, stage) for proc, stage in found if proc != "case"}  # a trial's own
    if ("trial", "appeal") in found and _court_named_only(text):
        found.discard(("trial", "appeal"))  # "results proclaimed at Turin's court of appeal"
    for (proc, stage), gone in _OVERRIDES.items():
        if (proc, stage) in found:
            found -= {(proc, g) for g in gone}
    return {f"stage.{proc}:{stage}" for proc, stage in found} | set(match_rounds(text))


#: A court of appeal (or cassation) by its name: an institution, which also proclaims a
#: referendum's or an election's results (Italy's), not by itself a case on appeal.
_APPEAL_COURT = re.compile(
    r"appeals? court|courts? of (?:appeals?|cassation)|апелляционн\w* суд\w*|"
    r"кассационн\w* суд\w*|محكم(?:ة|ه) (?:ال)?(?:استئناف|نقض)|دادگاه (?:تجدید[\s\u200c]?نظر|"
    r"استیناف)|دیوان عالی|上诉法院|高等法院|cour d'appel|cour de cassation|corte d'appello|"
    r"corte di cassazione|tribunal de apelaciones|audiencia provincial|bundesgerichtshof|"
    r"oberlandesgericht|yargıtay|istinaf mahkemesi",
    re.IGNORECASE,
)
#: Words of a case being judged: a sentence, a verdict, an appeal filed or ruled on, an
#: extradition, a ruling's verbs (with a court named, the appeal stage needs one of them).
_JUDGED = re.compile(
    r"sentenc|verdict|convict|acquit|guilty|appeal(?:s|ed|ing)? (?:against|by|of|filed)|"
    r"uph[eo]ld|overturn|quash|reject|dismiss|rul(?:e|es|ed|ing)\b|extradit|jail|prison|case\b|"
    r"приговор|осужд|оправда|жалоб|отклон|остав\w* в силе|отмени|экстради|выдач|дело|срок|"
    r"حكم(?:ا|ت)? (?:على|ب)|الحكم (?:الابتدائي|الصادر)|أحكام|الطعن|رفض\w* (?:ال)?(?:طعن|استئناف)|"
    r"أيد\w* (?:ال)?حكم|تسليم|قضي(?:ة|ه)|(?:ال)?سجن|"
    r"حکم (?:دادگاه|بدوی|زندان|اعدام)|رأی (?:دادگاه|قاضی)|نقض (?:حکم|رأی)|استرداد|پرونده|زندان|"
    r"判|维持|驳回|裁定|引渡|案|刑|"
    r"urteil|verurteil|revision|berufung|auslieferung|jugement|condamn|extradition|"
    r"sentencia|condena|extradición|sentenza|condann|estradizione|karar|ceza|iade",
    re.IGNORECASE,
)


def _court_named_only(text: str) -> bool:
    """Whether the appeal stage ``text`` reads rests only on a court's name, with no word of a
    case judged (a court of appeal proclaiming a referendum's official result).

    Examples
    --------
    >>> _court_named_only("Апелляционный суд Турина объявил официальные итоги референдума")
    True
    >>> _court_named_only("Апелляционный суд оставил в силе приговор"), _court_named_only("上诉法院维持原判")
    (False, False)
    """
    if not _APPEAL_COURT.search(text) or _JUDGED.search(text):
        return False
    rest = _APPEAL_COURT.sub(" ", text)
    return not _STAGE_RES[("trial", "appeal")].search(rest)


def first_sentence(text: str) -> str:
    """The first sentence of a lead with some words (a dateline or byline line is skipped).

    Examples
    --------
    >>> first_sentence("The director, V. Ravi Shankar, resigned four days after the failure. More.")
    'The director, V. Ravi Shankar, resigned four days after the failure.'
    >>> first_sentence("Rescuers searched the lake all night for the missing. Six died.")
    'Rescuers searched the lake all night for the missing.'
    >>> first_sentence("Лодка перевернулась вечером 15 июня 2030 г. Спасатели нашли шестерых.")
    'Лодка перевернулась вечером 15 июня 2030 г.'
    """
    for part in _SENTENCE_END.split(text):
        if len(part.split()) >= 6:
            return part
        # Chinese or Japanese, with no space, or a dateline before one ("田径观察网2月14日讯 ...")
        if len(part) >= 20 and not part.isascii():
            if " " not in part or len(_HAN.findall(part)) >= 20:
                return part
    return ""


@lru_cache(maxsize=4096)
def occurrence_facts(title: str | None, text: str, day: str | None = None) -> tuple[str, ...]:
    """Ordinal and stage facts of a headline and lead, sorted.

    ``text`` is the lead (the typed facts' window). Ordinals are read from
    the headline and the lead; a stage from the headline, or, when there is
    no headline or it states none, from the lead's first sentence; a step
    after another event (``act.followup:after``, :mod:`storyline.link.aftermath`)
    from either, with the weekdays the lead names read against ``day``, the
    publication day (``YYYY-MM-DD``) when known.

    Examples
    --------
    >>> occurrence_facts("الجولة الثالثة من المحادثات في مسقط", "")
    ('ordinal.round:3',)
    >>> occurrence_facts("第二次中国－中亚峰会在阿斯塔纳举行", "")
    ('ordinal.summit:2', 'stage.meeting:leaders')
    >>> occurrence_facts("دور سوم مذاکرات در مسقط برگزار شد", "")
    ('ordinal.round:3',)
    >>> occurrence_facts("Germany: Stichwahl am Sonntag", "Die 2. Runde beginnt.")
    ('ordinal.round:2',)
    >>> occurrence_facts("Speaker elected at second ballot", "The first ballot on Monday failed.")
    ('ordinal.round:2',)
    >>> occurrence_facts("Court upholds Kranz's seven-year sentence", "")
    ('stage.trial:appeal',)
    >>> occurrence_facts("Президент поручил Хаддаду сформировать правительство", "")
    ('stage.government:designation',)
    >>> occurrence_facts("Lebanon's new cabinet", "Parliament on Thursday gave its confidence to the cabinet.")
    ('stage.government:confidence',)
    >>> occurrence_facts("Sanctions breaker to appeal", "")
    ()
    """
    lead = f"{title or ''}\n{text}"
    out = _ordinals(lead)
    own = _ordinals(title) if title else set()
    # the headline's ordinal is the report's own; the lead's others of that kind are
    # recalled ("elected at the second ballot", "after the first ballot failed")
    kinds = {fact.rpartition(":")[0] for fact in own}
    out = {fact for fact in out if fact.rpartition(":")[0] not in kinds} | own
    first = first_sentence(text)
    stages = _stages(title or "")
    staged = title or ""
    if not stages:  # no headline (a text read whole) or none stated in it
        stages, staged = _stages(first), first
    filed = "stage.trial:appeal" in stages and _appeal_filed(staged)
    if filed:  # an appeal lodged: the step after the verdict, not the ruling on it
        stages.discard("stage.trial:appeal")
    periods = period_facts(title) if title else ()  # March's inflation: link/periods.py
    if not periods and not any(s.startswith("stage.decision:") for s in stages):
        periods = period_facts(first)  # a decision's lead cites a release's period: not its own
    out.update(periods)
    # each read from the headline, or from the lead's first sentence when the headline has none:
    # the 2044-45 title, a flash or revised estimate (link/periods.py), gold or silver, a men's
    # or women's event (link/medals.py), a motion tabled or voted on, a rating cut or kept and
    # its grade, a line's ground broken or its opening, a record set or missed (link/milestones.py),
    # who met: ministers or leaders (link/meetings.py)
    for read in (season_facts, estimate_facts, medal_facts, division_facts, milestone_facts, rating_grades,
                 meeting_level):
        out.update((read(title) if title else ()) or read(first))
    acts = _acts(title) if title else _acts(first)
    if days_after(title, first) or weekdays_apart(first, day) or anniversary(title, first):
        acts.add("act.followup:after")  # "two days after the crash", "hijacked on Tuesday",
        # "one year on" (the step after an event, or a look back on it)
    if coming_weekday(title, first) or warning(title, first) or drill(title, first):
        acts.add("act.followup:ahead")  # the step before: "could open as early as Saturday",
        # "forecasters warn of", "oil-spill drill off Fisterra"
    elif "act.followup:preparation" not in acts and preview(title, told=bool(stages)):
        acts.add("act.followup:ahead")  # "meeting opens, market awaits a hike", "reviews poll
        # readiness" (a step told is the report's; a visit prepared is its own act)
    if "stage.trial:appeal" in stages:  # a ruling on the appeal: compared as the trial's stage
        acts.discard("act.followup:appeal")
    if filed:
        acts.add("act.followup:appeal")
    return tuple(sorted(out | stages | acts))


_KIND_WORDS = {
    "followup": "follow-up action",
    "trial": "stage of the trial",
    "government": "stage of the government's formation or an office holder's term",
    "decision": "direction of the decision",
    "deal": "ruling on the deal",
    "terms": "terms of the clearance",
    "launch": "outcome of the launch",
    "case": "stage of the case (hearing or ruling)",
    "meeting": "who met (ministers, or leaders)",
    "match": "round of the competition (heat, quarter-final, semi-final, final, or a league game)",
    "estimate": "estimate of the figure (flash or revised)",
    "medal": "medal won (gold, silver or bronze)",
    **PROCEDURE_WORDS,  # the recurring procedures' steps: link/milestone_words.py
}


def occurrence_word(kind: str) -> str:
    """A kind of occurrence fact in words.

    Examples
    --------
    >>> occurrence_word("ordinal.round"), occurrence_word("stage.trial")
    ('ordinal of the round', 'stage of the trial')
    >>> occurrence_word("period.month")
    'month the figures are for'
    >>> occurrence_word("period.season")
    'season (or fiscal year) it is of'
    """
    family, _, rest = kind.partition(".")
    if family == "period":
        return "season (or fiscal year) it is of" if rest == "season" else f"{rest} the figures are for"
    if family in ("stage", "act"):
        return _KIND_WORDS.get(rest, f"stage of the {rest}")
    return f"ordinal of the {rest}"
