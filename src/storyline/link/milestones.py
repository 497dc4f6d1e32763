"""Which step of a recurring procedure a headline tells: a motion tabled or voted on, a rating
cut or kept, a line's ground broken or its opening, a record set or missed, a motor race's
pole or its win.

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
  (a Grand Prix, a rally; ``wins from pole`` is the race's).

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
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyline.link.rounds import word_pattern

__all__ = ["MILESTONES", "milestone_facts", "rating_grades"]

_SP = r"[\s\u200c]+"  # Persian words are joined by a space or a zero-width non-joiner

#: What each procedure is about: without one of these words in the text, no step of it is read.
_OBJECTS: dict[str, tuple[str, ...]] = {
    "motion": (
        r"no[- ]confidence", r"non[- ]confidence", r"(?:motion|vote) of (?:no )?confidence",
        r"censure", r"impeachment", r"вотум\w* недоверия", r"недовери\w*", r"импичмент\w*",
        r"(?:[لبو])?(?:ال)?(?:سحب|حجب|عدم) (?:ال)?ثقة", r"عدم(?:[\s\u200c]+)?اعتماد", r"استیضاح", r"不信任", r"弹劾",
        r"misstrauens\w*", r"motion de censure", r"moción de censura", r"mozione di sfiducia",
        r"sfiducia", r"gensoru", r"güvensizlik",
    ),
    "rating": (
        r"(?:credit|sovereign|debt|bond|investment[- ]grade|junk) ratings?", r"ratings? agenc\w*",
        r"moody's", r"fitch", r"s&p", r"standard (?:&|and) poor's", r"dbrs",
        r"(?:кредитн|суверенн)\w* рейтинг\w*", r"рейтингов\w* агентств\w*", r"(?:moody|муди)\S*",
        r"фитч\w*", r"(?:ال)?تصنيف\w* (?:ال)?(?:ائتمان|سيادي)\w*", r"وكال\S* (?:ال)?تصنيف",
        r"موديز", r"فيتش", r"ستاندرد", r"رتبه(?:[\s\u200c]+ی)?[\s\u200c]+اعتباری", r"مودیز", r"فیچ",
        r"استاندارد" + _SP + r"اند" + _SP + r"پورز", r"评级", r"信用等级", r"穆迪", r"惠誉", r"标普",
        r"bonität\w*",
        r"note (?:souveraine|de crédit)", r"calificación", r"kredi not\w*",
    ),
    "record": (
        r"(?:world|european|asian|african|continental|national|olympic|championship|track|"
        r"course|meeting|personal|junior) (?:\w+ )?records?", r"records?", r"рекорд\w*",
        r"(?:ال)?رقم\S* (?:ال)?قياسي\S*", r"رکورد\S*", r"纪录", r"記録", r"rekord\w*", r"récord\w*",
        r"record\w*", r"rekor\w*",
    ),
    "race": (  # a motor race: its qualifying (the pole) the day before the race
        r"grand prix", r"gp\b", r"formula (?:one|1|e|2)\b", r"f1\b", r"motogp", r"indycar", r"nascar",
        r"rally (?:stage|driver|championship|de|of|d')", r"wrc\b", r"rallye", r"dakar", r"гран[- ]при", r"формул\w* ?(?:1|один|е)", r"ралли",
        r"(?:[بلو]|لل)?(?:ال)?جائزة (?:\S+ ){1,2}(?:ال)?كبرى", r"(?:ال)?فورمولا", r"(?:ال)?رالي",
        r"گرند[\s\u200c]*پری", r"فرمول" + _SP + r"(?:یک|۱|1)", r"رالی", r"大奖赛", r"方程式",
        r"拉力赛", r"großer preis", r"gran premio", r"grande prêmio", r"formel (?:1|eins)",
        # motorcycle racing: motocross, supercross, speedway, superbikes; a qualifying session
        r"motocross", r"mxgp", r"mx2", r"supercross", r"superbikes?", r"speedway", r"мотокросс\w*",
        r"(?:ال)?موتوكروس", r"موتور" + _SP + r"?کراس", r"摩托车越野", r"越野摩托", r"资格赛", r"排位赛",
    ),
    "works": (
        r"(?:metro|subway|tram|light rail|rail|railway|railroad|bus rapid transit|brt|cable car|"
        r"monorail) ?(?:lines?|links?|extensions?|systems?|networks?)?\b", r"lines? \d+",
        r"bridges?", r"tunnels?", r"airports?", r"terminals?", r"motorways?", r"highways?",
        r"expressways?", r"ring road", r"canal", r"метро\w*", r"трамва\w*",
        r"лини\w* (?:метро|трамва\w*|скоростн\w*|железн\w*|\d+)",
        r"мост(?:а|у|ом|е|ы|ов)?\b", r"тоннел\w*", r"аэропорт\w*", r"вокзал\w*", r"магистрал\w*", r"трасс\w*",
        r"(?:ال)?مترو", r"(?:ال)?ترام", r"(?:ال)?خط(?!\S)", r"(?:ال)?جسر", r"(?:ال)?نفق",
        r"(?:ال)?مطار", r"(?:ال)?قطار", r"سكة", r"مترو", r"قطار", r"پل(?![^\s\u200c])", r"تونل",
        r"فرودگاه", r"بزرگراه",
        r"آزادراه", r"تراموا", r"地铁", r"轨道交通", r"号线", r"轻轨", r"有轨电车", r"大桥", r"隧道",
        r"机场", r"高铁", r"铁路", r"u-bahn", r"s-bahn", r"straßenbahn", r"brücke", r"flughafen",
        r"métro", r"tramway", r"ligne (?:de )?(?:métro|tram\w*|\d+)", r"pont\b", r"aéroport",
        r"línea (?:de )?(?:metro|tren|\d+)", r"puente", r"aeropuerto",
        r"metrosu", r"köprü\w*", r"havaliman\w*",
    ),
}

#: The steps of each procedure, every language together (case-insensitive).
MILESTONES: dict[str, dict[str, tuple[str, ...]]] = {
    "motion": {
        "tabled": (
            r"tables?\b", r"tabled", r"files?\b", r"filed", r"submits?", r"submitted", r"lodges?",
            r"lodged", r"introduc\w*", r"moves? (?:a )?motion", r"(?:collects?|gathers?|collected|"
            r"gathered) (?:\w+ ){0,3}signatures", r"внес(?:ла|ли|ло|ен\w*|ти|[её]т|ут)?\b", r"вн[её]с\b",
            r"подал\w*", r"инициир\w*", r"собрал\w* (?:\w+ )?подпис\w*",
            r"(?:تقدم|يقدم|تقديم|قدم\w*|أودع\w*|يودع|تودع|إيداع) (?:\S+ ){0,3}(?:طلب|مذكرة|عريضة|مشروع)",
            r"(?:طلب|مذكرة|عريضة) (?:ل)?(?:سحب|حجب)", r"ارائه" + _SP + r"(?:شد|کرد|دادند)", r"تقدیم",
            r"اعلام" + _SP + r"وصول", r"امضای", r"提出", r"提交", r"发起", r"递交", r"eingebracht",
            r"bringt .{0,40} ein\b", r"beantrag\w*", r"dépos\w*", r"presenta\w*", r"registra\w*",
            r"presentat\w*", r"önerge(?:si)? ver\w*",
        ),
        "vote": (
            r"survives?", r"survived", r"loses?", r"lost", r"defeat\w*", r"wins?", r"won",
            r"pass(?:es|ed)", r"rejects?", r"rejected", r"ousted", r"ousts?", r"toppl\w*",
            r"brought down", r"brings? down", r"falls?\b", r"fell\b", r"votes? (?:down|out|to oust)",
            r"voted", r"пережил\w*", r"устоял\w*", r"отклонил\w*", r"провал\w*",
            r"не поддержал\w*", r"выразил\w*", r"отправил\w* в отставку", r"проголосовал\w*",
            r"(?:تنجو|ينجو|نجت|نجا)", r"(?:صوت|يصوت|تصوت|صوتوا)\w*", r"رفض\w*", r"أسقط\w*",
            r"(?:يسقط|تسقط|سقطت|سقط)", r"(?:يحجب|تحجب|حجب)\w* (?:ال)?ثقة عن", r"فشل\w*",
            r"جان" + _SP + r"سالم", r"رأی" + _SP + r"(?:نیاورد|آورد|نداد|داد|دادند|ندادند)",
            r"رد" + _SP + r"شد", r"تصویب" + _SP + r"(?:شد|نشد)", r"برکنار", r"否决", r"挺过", r"闯过",
            r"获得?通过", r"未获通过", r"倒台", r"下台", r"übersteht", r"überstanden", r"gestürzt",
            r"scheitert", r"gescheitert", r"rejet\w*", r"renvers\w*", r"survit", r"rechaza\w*",
            r"supera\b", r"prospera\w*", r"respint\w*",
        ),
    },
    "rating": {
        "downgrade": (
            r"downgrad\w*", r"cuts?\b", r"lowers?", r"lowered", r"slash\w*", r"понизил\w*",
            r"снизил\w*", r"понижени\w*", r"снижени\w*", r"(?:تخفض|يخفض|خفض\w*|تخفيض)", r"کاهش",
            r"تنزل", r"تنزیل", r"下调", r"调降", r"降级", r"降至", r"herabgestuft", r"herabstuf\w*",
            r"abgestuft", r"senkt", r"abaiss\w*", r"dégrad\w*", r"rebaj\w*", r"baja\b",
            r"düşürdü", r"indirdi",
        ),
        "upgrade": (
            r"upgrad\w*", r"rais(?:es|ed)\b", r"lifts?\b", r"lifted", r"повысил\w*", r"повышени\w*",
            r"(?:ترفع|يرفع|رفعت|رفع)\b", r"ارتقا\w*", r"افزایش", r"上调", r"调升", r"上调至",
            r"升至", r"hochgestuft", r"heraufgestuft", r"relève", r"rehauss\w*", r"eleva\w*",
            r"mejora\w*", r"yükseltti",
        ),
        "affirmation": (
            r"affirm\w*", r"reaffirm\w*", r"maintains?", r"maintained", r"keeps?\b", r"kept",
            r"confirms?", r"confirmed", r"leaves? (?:\w+ ){0,3}unchanged", r"подтвердил\w*",
            r"сохранил\w*", r"оставил\w* (?:\w+ ){0,3}без изменени\w*", r"(?:تثبت|يثبت|تثبيت|ثبتت)",
            r"(?:أبقت|تبقي|يبقي|أبقى)", r"(?:أكدت|تؤكد|يؤكد)", r"تأیید", r"تایید", r"حفظ" + _SP + r"کرد",
            r"维持", r"确认", r"bestätigt", r"belässt", r"confirme\w*", r"maintient", r"mantiene",
            r"ratifica\w*", r"teyit", r"sabit (?:tuttu|bıraktı)",
        ),
    },
    "record": {  # a record set, or a race won (or run) without one
        "set": (
            r"(?:breaks?|broke|broken|sets?|smash\w*|shatter\w*|bett?ers?|bettered|improv\w*|"
            r"lowers?|lowered|clips?|clipped|eclips\w*|erases?|erased|rewrites?|rewrote) "
            r"(?:\S+ ){0,4}records?", r"(?:new|fresh) (?:\w+ ){0,2}records?",
            r"установил\w*", r"побил\w*", r"обновил\w*", r"нов\w* (?:\w+ )?рекорд\w*",
            r"(?:يحطم|تحطم|حطم\w*|يسجل|تسجل|سجل\w*)", r"(?:ال)?رقم\S* (?:ال)?قياسي\S* (?:ال)?جديد\S*",
            r"شکست", r"ثبت", r"رکورد" + _SP + r"(?:\S+" + _SP + r"){0,3}?(?:تازه|جدید)",
            r"(?<!未能)(?<!未)(?<!没有)(?<!没)(?:打破|刷新)", r"创造", r"创下", r"改写", r"新纪录", r"bricht", r"gebrochen",
            r"aufgestellt", r"verbessert", r"neue\w* (?:\w+)?rekord", r"bat\b", r"battu",
            r"améliore", r"nouveau record", r"bate\b", r"batió", r"nuevo récord", r"kırdı",
        ),
        "missed": (
            r"without (?:a |the |setting a |breaking (?:the |his |her |a )?)?(?:\w+ )?records?",
            r"no (?:\w+ )?record\b", r"miss(?:es|ed)? (?:the |his |her |a )?(?:\w+ )?records?",
            r"(?:outside|short of|off) (?:the |his |her |a )?(?:own )?(?:\w+ )?records?",
            r"без (?:\w+ )?рекорд\w*", r"рекорд\w* не (?:побит|установлен|обновл)\w*",
            r"не (?:смог|смогл\w*|удалось) (?:\S+ ){0,2}(?:рекорд|побить|улучшить)\w*",
            r"(?:دون|بدون|من دون) (?:تحطيم |تسجيل )?(?:ال)?رقم", r"لم (?:ي|ت)(?:حطم|سجل)",
            r"بعيدا عن (?:ال)?رقم", r"بدون" + _SP + r"(?:شکستن" + _SP + r")?رکورد",
            r"رکورد(?:ی)?" + _SP + r"(?:را" + _SP + r")?(?:نشکست|نزد)",
            r"نتوانست" + _SP + r"(?:\S+" + _SP + r")?رکورد", r"未能?(?:打破|刷新)", r"没有?(?:打破|刷新)",
            r"未破", r"ohne (?:\w+ )?rekord", r"sans (?:\w+ )?record", r"sin (?:\w+ )?récord",
        ),
    },
    "race": {  # qualifying (the pole position), or the race (a win)
        "qualifying": (
            r"(?<!from )(?<!from the )pole(?:[- ]position)?\b", r"qualifying", r"qualifications?\b",
            r"квалификаци\w*", r"(?<!с )поул\w*", r"(?:ال)?تجارب (?:ال)?(?:تأهيلية|التأهيلية)",
            r"(?:ال)?(?:تصفيات|حصة) (?:ال)?(?:تأهيلية|التأهيل)", r"(?:ال)?بول بوزيشن", r"قطب الانطلاق",
            r"تعیین" + _SP + r"خط", r"پول" + _SP + r"پوزیشن", r"(?:جلسه|مرحله)" + _SP + r"(?:تعیین|انتخابی|مقدماتی)",
            r"排位赛?", r"资格赛", r"杆位", r"头名发车", r"qualifikation", r"clasificación", r"qualifs?\b",
            r"sıralama turları",
        ),
        "race": (
            r"wins?\b(?! (?:the )?(?:pole|qualifying))", r"won\b(?! (?:the )?(?:pole|qualifying))", r"victory", r"triumph\w*",
            r"(?:chequered|checkered) flag", r"побед\w*", r"выигра\w*+(?! квалификаци)", r"(?:فاز|يفوز|تفوز|فوز|الفوز|بفوز|يتوج|تتويج|توج)\S*",
            r"قهرمان\S*", r"پیروز\S*", r"برنده", r"فاتح", r"(?<!资格赛)(?<!排位赛)夺冠", r"(?<!资格赛)(?<!排位赛)获胜", r"赢得(?!杆位|排位)", r"称雄", r"折桂",
            r"问鼎", r"夺得.{0,10}冠军", r"gewinnt", r"siegt", r"remporte", r"victoire", r"gagne\b",
            r"gana\b", r"victoria", r"triunfo", r"kazan\w*",
        ),
    },
    "works": {
        "start": (
            r"ground[- ]?breaking", r"break\w* ground", r"broke ground", r"ground (?:is |was )?broken",
            r"construction (?:begins|starts|began|started|work begins)\b",
            r"(?:begins?|began|starts?|started|launch\w*) (?:\w+ ){0,2}construction",
            r"works? (?:begins?|began|starts?|started) on", r"строительств\w* (?:\S+ ){0,6}?начал\w*",
            r"foundation stone", r"first stone", r"начал\w* строительств\w*",
            r"начало строительств\w*", r"старт\w* строительств\w*", r"заложил\w* (?:\w+ )?камень",
            r"закладк\w*", r"حجر (?:ال)?أساس", r"(?:بدء|يبدأ|تبدأ|بدأت|بدأ|انطلاق|انطلقت) (?:\S+ ){0,2}"
            r"(?:إنشاء|بناء|تنفيذ|أعمال)", r"کلنگ", r"آغاز" + _SP + r"(?:عملیات" + _SP + r")?ساخت",
            r"عملیات" + _SP + r"اجرایی", r"ساخت(?:[\s\u200c]+\S+){0,8}?" + _SP + r"آغاز" + _SP + r"(?:شد|کرد)", r"开工", r"(?<!劳)动工", r"奠基", r"破土", r"spatenstich",
            r"grundsteinlegung", r"baubeginn", r"baustart", r"premi[eè]re pierre",
            r"(?:début|lancement) des travaux", r"primera piedra", r"inicio de (?:las )?obras",
            r"temel atma", r"temeli atıldı",
        ),
        "opening": (
            r"opens\b", r"opened", r"opening", r"open (?:to|for) (?:passengers|traffic|the public)", r"inaugurat\w*", r"enters? service",
            r"(?:into|in) service", r"first passengers", r"(?:begins?|starts?) (?:passenger )?services?",
            r"открыл\w*", r"открыт\w*", r"открыти\w*", r"запустил\w* движени\w*",
            r"запуск\w* движени\w*", r"первых пассажиров", r"(?:يفتتح|تفتتح|افتتح\w*|افتتاح)",
            r"(?:تدشين|يدشن|تدشن|دشن\w*)", r"بدء (?:ال)?تشغيل", r"افتتاح", r"بهره" + _SP + r"برداری",
            r"开通", r"通车", r"投入运营", r"正式运营", r"eröffn\w*", r"in betrieb",
            r"inaugur\w*", r"ouvre", r"ouverture", r"mise en service", r"abre\b", r"apertura",
            r"açıl\w*", r"açılış",
        ),
    },
}  # fmt: skip

_OBJECT_RES = {procedure: word_pattern(words) for procedure, words in _OBJECTS.items()}
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


def _untimed(rx: re.Pattern[str], text: str) -> bool:
    """Whether ``rx`` finds a step in ``text`` that is not named as another event's time."""
    return any(
        not _TIMED_AHEAD.search(text[: m.start()]) and not _TIMED_BEHIND.match(text[m.end() :])
        for m in rx.finditer(text)
    )


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
    found = {
        f"stage.{procedure}:{step}"
        for (procedure, step), rx in _STEP_RES.items()
        if procedure in named and _untimed(rx, text)
    }
    return tuple(sorted(found))



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
