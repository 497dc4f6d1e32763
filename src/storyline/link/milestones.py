"""Which step of a recurring procedure a headline tells: a motion tabled or voted on, a rating
cut or kept, a line's ground broken or its opening, a record set or missed, a motor race's
pole or its win, a strike's notice, the strike or its end, a title fight's weigh-in or the
fight, an export ban proposed, imposed, extended or lifted, a census's preliminary or final count,
a schedule of power cuts or a blackout, a bank's loss or its rescue, a trade agreement's talks,
signing, ratification or entry into force, a disaster's warning, the disaster or its aftermath,
boat trips suspended or a boat capsized, an amnesty proposed, passed, granted or its freed re-arrested,
an oil or gas field's drilling, discovery or production, prisoners' release ordered or done, a
state's membership of a bloc applied for, recommended, deferred, granted or its accession signed, a
transit deal's talks, approval or its first shipment.

Some news comes in steps of one procedure, days or years apart, with the same actors, the
same places and often the same figures:

- a **no-confidence motion** (or censure, impeachment motion) is ``tabled`` days before
  parliament votes on it (the ``vote``: the government survives it, or falls);
- a **credit rating** agency cuts a country's rating (``downgrade``), raises it
  (``upgrade``) or confirms it (``affirmation``); another agency's affirmation days after
  a downgrade restates the downgrade's grade;
- a **line, bridge or airport** has its ground broken (``start``) years before it
  ``opens`` to passengers or traffic;
- an athlete **sets a record** (``set``) at one meeting and wins the same race a week
  later ``without`` one (``missed``);
- a driver takes the **pole** in ``qualifying`` the day before the motor ``race`` he wins
  (a Grand Prix, a rally; ``wins from pole`` is the race's);
- a union serves a **strike** ``notice`` days before the ``strike``, and calls it off
  (``end``) weeks after;
- boxers make weight at the ``weighin`` the day before the title ``fight``;
- a ministry's ``proposal`` of an **export ban** comes days before the ban is ``imposed``, its
  ``extension`` or its ``lifted`` weeks after (a lifting or extension names the ban);
- a **census**'s ``preliminary`` count comes months before its ``final`` results;
- a grid operator announces a ``schedule`` of rolling **power cuts** days before (or after) a
  nationwide ``blackout``;
- a **bank** reports a ``loss`` (or a run on its deposits) days before the state's ``rescue``
  (a rescue told with its losses is the rescue);
- a **trade agreement**'s rounds of ``talks`` come months before it is ``signed``, ``ratified``
  weeks after and in ``force`` after that (its tariffs cut on exports are no export ban's);
- a **disaster** (a typhoon, a cyclone, a flood, an avalanche, a landslide) has its ``warning``
  days before the ``disaster`` that kills, and its ``aftermath`` (damage assessed,
  reconstruction, the last bodies recovered) weeks after;
- **boat** trips are ``suspended`` in a storm warning days before (or after) a boat
  ``capsized``;
- an **amnesty**'s bill (``proposal``) comes weeks before parliament has ``passed`` it and it is
  ``granted`` (prisoners freed), and those freed and then re-arrested (``rearrest``) weeks after;
- an oil or gas **field**'s well ``drilling`` comes months before its ``discovery``, and its
  development plan or first ``production`` years after.
- a state's **release** of prisoners (fishermen, detainees) is ordered or announced (``order``)
  days before they are ``freed`` (handed over at the border);
- a state's **membership** of a bloc: its ``application``, the ministers' ``recommendation``
  days before the leaders' ``admission`` (or a summit that ``deferred`` it, years before), and
  its ``accession`` treaty signed or flag raised weeks after;
- a **transit** deal (one state's cargo through another's ports): its ``talks`` (a draft
  finalised) days before a government's ``approval``, and the ``first`` ship through weeks after.

A step expected, planned or vowed (``expected to make landfall``, ``could begin
production``, ``vows to knock out``) is not the step told.

:func:`milestone_facts` reads the step a headline (or the lead's first sentence) tells
as ``stage.<procedure>:<step>``, only where the procedure's object is named (a motion of no
confidence, a rating, a line): ``opens`` alone is no line's opening. Reports telling
different steps are compared by the stage conflict
(:func:`storyline.link.facts.fact_conflicts`): two events. A headline naming two steps
(``motion tabled, vote on Friday`` does not name an outcome; ``survives the motion it
tabled`` does both) shares one with either and conflicts with neither.

Examples
--------
>>> milestone_facts("Government survives no-confidence vote, 201 to 145")
('stage.motion:vote',)
>>> milestone_facts("Opposition tables no-confidence motion against the cabinet")
('stage.motion:tabled',)
>>> milestone_facts("Moody's downgrades Egypt to Caa1"), milestone_facts("Fitch affirms Egypt at B-")
(('stage.rating:downgrade',), ('stage.rating:affirmation',))
>>> milestone_facts("Metro Line 4 opens to passengers"), milestone_facts("Ground broken for Line 4")
(('stage.works:opening',), ('stage.works:start',))
>>> milestone_facts("Museum opens new wing")  # no line, bridge or airport
()
>>> milestone_facts("Norris takes pole for the Hungarian Grand Prix"), milestone_facts("Norris wins Hungarian Grand Prix from pole")
(('stage.race:qualifying',), ('stage.race:race',))
>>> milestone_facts("Rail unions call 48-hour strike"), milestone_facts("Union calls off rail strike")
(('stage.strike:notice',), ('stage.strike:end',))
>>> milestone_facts("Missile strike hits Kyiv")  # no labour strike
()
>>> milestone_facts("Ministry proposes ban on wheat exports"), milestone_facts("Kyrgyzstan lifts wheat export ban")
(('stage.ban:proposal',), ('stage.ban:lifted',))
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.link.milestone_words import MILESTONES, OBJECTS
from storyline.link.rounds import word_pattern

__all__ = ["milestone_facts", "rating_grades"]

_OBJECT_RES = {procedure: word_pattern(words) for procedure, words in OBJECTS.items()}
_STEP_RES = {
    (procedure, step): word_pattern(words)
    for procedure, steps in MILESTONES.items()
    for step, words in steps.items()
}


#: A step named as the time of another event (``days before its opening``, ``قبل أيام من
#: افتتاحه``, ``two days after the opening``, ``после открытия``, ``开通前``) is not the step
#: the report tells: a before or after word at most two words ahead of it, or a Chinese one
#: right behind it.
_TIMED_AHEAD = re.compile(
    r"(?:^|[\s(«\"'])(?:before|ahead of|prior to|after|since|until|pending|до|перед|после|накануне|"
    r"قبل|بعد|منذ|پیش|پس|vor|nach|seit|avant|après|depuis|antes|después|desde)"
    r"(?:[\s\u200c]+[^\s,،.;:!?]+){0,2}[\s\u200c]+$",
    re.IGNORECASE,
)
_TIMED_BEHIND = re.compile(r"^(?:之?前|之?后|以来|前夕)")


#: A step promised, vowed, threatened, expected or planned (``vows to knock out``,
#: ``пообещал нокаутировать``, ``يتوعد بالفوز``, ``扬言击败``, ``expected to make landfall``,
#: ``could begin production``, ``预计登陆``) is not the step the report tells: a vow (or
#: expectation) word at most two words ahead of it, or a Chinese one right before it.
_VOWED = re.compile(
    r"(?:^|[\s(«\"'])(?:vows?|vowed|promis\w*|pledg\w*|threaten\w*|hopes?|aims?|swears?|swore|"
    r"expect(?:s|ed)?|plans?|planned|planning|will|would|could|might|set to|poised to|likely to|"
    r"пообещал\w*|обеща\w*|поклял\w*|грозит\w*|пригрозил\w*|намерен\w*|ожида\w*|планиру\w*|"
    r"может|могут|будет|будут|يتوعد|توعد\S*|وعد\S*|يعد|تعهد\S*|يتعهد|يأمل|تأمل|يتوقع|تتوقع|"
    r"(?:من )?المتوقع|متوقع\S*|يخطط|تخطط|سوف|قد|وعده|قول|قرار" r"[\s\u200c]+است|lover|lovede|"
    r"sľúbil\w*|slíbil\w*)"
    r"(?:[\s\u200c]+[^\s,،.;:!?]+){0,2}[\s\u200c]+$",
    re.IGNORECASE,
)
_VOWED_HAN = re.compile(r"(?:扬言|誓言|誓将|承诺|力争|预计|计划|有望|或将|即将|将于)[^\s，。]{0,6}$")


def _untimed(rx: re.Pattern[str], text: str) -> bool:
    """Whether ``rx`` finds a step in ``text`` that is not named as another event's time, nor
    promised."""
    return any(
        not _TIMED_AHEAD.search(text[: m.start()])
        and not _TIMED_BEHIND.match(text[m.end() :])
        and not _VOWED.search(text[: m.start()])
        and not _VOWED_HAN.search(text[: m.start()])
        for m in rx.finditer(text)
    )


#: A step that names the one before it: an export ban lifted or extended names the ban, a
#: proposed ban names it too (``proposes a ban on``, ``رفع حظر التصدير``, ``延长出口禁令``);
#: a strike called off names the strike it ends.
_OVERRIDES = {
    ("ban", "lifted"): ("imposed",),
    ("ban", "extension"): ("imposed",),
    ("ban", "proposal"): ("imposed",),
    ("strike", "end"): ("strike", "notice"),
    ("bank", "rescue"): ("loss",),  # rescued after its losses: the rescue
    # a trade agreement signed after rounds of talks; ratified or in force, it names its signing
    ("trade", "signed"): ("talks",),
    ("trade", "ratified"): ("talks", "signed"),
    ("trade", "force"): ("talks", "signed", "ratified"),
    # a storm that hits after the warnings; its aftermath names the disaster
    ("disaster", "disaster"): ("warning",),
    ("disaster", "aftermath"): ("warning", "disaster"),
    ("boat", "capsized"): ("suspended",),
    # an amnesty granted names its bill; those re-arrested name the amnesty that freed them
    ("amnesty", "passed"): ("proposal",),
    ("amnesty", "granted"): ("proposal", "passed"),
    ("amnesty", "rearrest"): ("proposal", "passed", "granted"),
    # a field discovered by a well's drilling; its production names its discovery
    ("field", "discovery"): ("drilling",),
    ("field", "production"): ("drilling", "discovery"),
    # prisoners freed name the release ordered
    ("release", "freed"): ("order",),
    # an admission names the bid and the recommendation; the accession names the admission
    # a recommendation names what it recommends (the admission: "recommends admitting")
    ("membership", "recommendation"): ("application", "admission"),
    ("membership", "deferred"): ("application", "recommendation"),
    ("membership", "admission"): ("application", "recommendation", "deferred"),
    ("membership", "accession"): ("application", "recommendation", "admission"),
    # a transit deal approved names its talks; its first shipment names the approval
    ("transit", "approval"): ("talks",),
    ("transit", "first"): ("talks", "approval"),
}
#: A procedure that takes the words of another: a trade agreement's tariffs cut or lifted on
#: exports are no export ban's steps; an amnesty's prisoners freed (or to be freed) are the
#: amnesty's step (granted), not a release of its own.
_SUBSUMES = {"trade": ("ban",), "amnesty": ("release",)}


@lru_cache(maxsize=4096)
def milestone_facts(text: str) -> tuple[str, ...]:
    """The steps of procedures ``text`` (a headline, or a lead's first sentence) tells, sorted.

    A procedure's steps are read only where its object is named in ``text``.

    Examples
    --------
    >>> milestone_facts("Правительство пережило вотум недоверия")
    ('stage.motion:vote',)
    >>> milestone_facts("Оппозиция внесла в парламент вотум недоверия правительству")
    ('stage.motion:tabled',)
    >>> milestone_facts("المعارضة تقدم طلبا لسحب الثقة من الحكومة")
    ('stage.motion:tabled',)
    >>> milestone_facts("الحكومة تنجو من تصويت لسحب الثقة")
    ('stage.motion:vote',)
    >>> milestone_facts("内阁不信任动议被否决"), milestone_facts("在野党提出不信任动议")
    (('stage.motion:vote',), ('stage.motion:tabled',))
    >>> milestone_facts("موديز تخفض تصنيف مصر إلى Caa1"), milestone_facts("穆迪将埃及评级下调至Caa1")
    (('stage.rating:downgrade',), ('stage.rating:downgrade',))
    >>> milestone_facts("Fitch подтвердило рейтинг Египта на уровне B-")
    ('stage.rating:affirmation',)
    >>> milestone_facts("Линию метро открыли для пассажиров"), milestone_facts("地铁4号线开工")
    (('stage.works:opening',), ('stage.works:start',))
    >>> milestone_facts("Minister cuts ribbon on new library")  # no rating, no line
    ()
    >>> milestone_facts("Tram runs a full test trip on the new line days before its opening")
    ()
    >>> milestone_facts("Hiemstra smashes 5,000m world record"), milestone_facts("Химстра выиграл, но без рекорда")
    (('stage.record:set',), ('stage.record:missed',))
    >>> milestone_facts("新有轨电车线开通前完成全线试运行"), milestone_facts("Ligne 4: two days after opening")
    ((), ())
    """
    named = {procedure for procedure, rx in _OBJECT_RES.items() if rx.search(text)}
    for procedure, others in _SUBSUMES.items():
        if procedure in named:
            named -= set(others)
    found = {
        (procedure, step)
        for (procedure, step), rx in _STEP_RES.items()
        if procedure in named and _untimed(rx, text)
    }
    for (procedure, step), gone in _OVERRIDES.items():
        if (procedure, step) in found:
            found -= {(procedure, g) for g in gone}
    return tuple(sorted(f"stage.{procedure}:{step}" for procedure, step in found))


#: A credit rating's grade: Moody's (``Baa3``, ``Aa1``) or S&P's and Fitch's (``BBB-``,
#: ``AA+``); bare ``A``, ``B`` or ``C`` are too common to be read.
_GRADE = re.compile(
    r"(?<![A-Za-z0-9+-])[«\"'“]?(Aaa|Aa[123]|A[123]|Baa[123]|Ba[123]|B[123]|Caa[123]|Ca|AAA|AA[+-]?|A[+-]|"
    r"BBB[+-]?|BB[+-]?|B[+-]|CCC[+-]?|CC|SD|RD)(?![A-Za-z0-9+-])"
)
#: What comes right before a grade a rating is set to or kept at: ``to``, ``at``, ``до``,
#: ``на уровне``, ``إلى``, ``عند``, ``به``, ``در``, ``至``, ``为``, ``auf``, ``à``.
_TO_GRADE = re.compile(
    r"(?:\b(?:to|at|of|auf|à|a|en)|(?<!\w)(?:до|на уровне|уровня)|(?<!\S)(?:إلى|الى|عند|ل)|"
    r"(?<![^\s\u200c])(?:به|در|روی)|至|为|到)[\s«\"'“]*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def rating_grades(text: str) -> tuple[str, ...]:
    """The grades a rating action in ``text`` (a headline, or a lead's first sentence) sets or
    keeps, as ``grade.rating:<grade>``, sorted; read only where a rating is named.

    The grade after ``to``, ``at`` (``до``, ``إلى``, ``به``, ``至``...) is the one set or
    kept: ``to AA from AA+`` sets AA. With none there, every grade stated. Two reports of
    rating actions setting other grades are two actions (a cut to AA, an affirmation at AA+).

    Examples
    --------
    >>> rating_grades("S&P cuts New Zealand to AA from AA+"), rating_grades("Fitch affirms NZ at AA+")
    (('grade.rating:AA',), ('grade.rating:AA+',))
    >>> rating_grades("标普将新西兰主权信用评级下调至AA 展望稳定")
    ('grade.rating:AA',)
    >>> rating_grades("Moody's понизило рейтинг Египта до «Caa1» с «B3»")
    ('grade.rating:Caa1',)
    >>> rating_grades("موديز تخفض تصنيف مصر إلى Caa1"), rating_grades("Road A1 closed to traffic")
    (('grade.rating:Caa1',), ())
    """
    if not _OBJECT_RES["rating"].search(text):
        return ()
    grades = list(_GRADE.finditer(text))
    set_to = [m for m in grades if _TO_GRADE.search(text[: m.start()])]
    return tuple(sorted({f"grade.rating:{m.group(1)}" for m in set_to or grades}))
