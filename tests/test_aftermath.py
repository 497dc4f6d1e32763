"""A lead that dates its news days after another event is a step after it (issue 14, session 30).

A follow-up names no action the linker's lexicon knows often enough (a hijacked ship
dropping anchor, an aviation authority grounding an operator's balloons), but outlets place
it in time against the event it follows: "two days after the crash", "через три дня после",
"بعد يومين من", "دو روز پس از", "事发两天后"; or the lead names the event's weekday beside its
own ("hijacked on Tuesday, anchored on Thursday"). Such a report is a follow-up
(``act.followup:after``) against a story whose reports say nothing of the kind, where they
are a day apart or more, or where time cannot tell. Leads written for these
tests, in twelve languages and six scripts.
"""

from __future__ import annotations

import numpy as np
import pytest

from storyline.encode import HashingEncoder
from storyline.link.aftermath import (
    anniversary,
    coming_weekday,
    days_after,
    warning,
    weekdays_apart,
)
from storyline.link.decide import fact_keys, link_keys
from storyline.link.facts import AFTER, followup_conflict
from storyline.link.occurrence import first_sentence, occurrence_facts
from storyline.link.support import StoryEvidence
from storyline.link.tracker import Tracker
from storyline.link.tracker_evidence import AFTER_DAYS, followup_days
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState


@pytest.mark.parametrize(
    ("lead", "after"),
    [
        ("The regulator on Thursday grounded its balloons, two days after one crashed.", True),
        ("Police detained the owner on Friday, days after the fire that killed nine.", True),
        ("The museum reopened a week after the theft of its crown jewels.", True),
        ("Полиция задержала владельца через три дня после пожара в торговом центре.", True),
        ("Через несколько дней после аварии власти закрыли шахту.", True),
        ("علقت الهيئة رخصة الشركة بعد يومين من تحطم المنطاد.", True),
        ("أغلقت السلطات المنجم بعد أسبوع من الانفجار الذي أودى بحياة 12 عاملا.", True),
        ("پلیس دو روز پس از آتش‌سوزی مالک ساختمان را بازداشت کرد.", True),
        ("事发三天后，警方逮捕了商场的负责人。", True),
        ("Polis, yangından iki gün sonra AVM sahibini gözaltına aldı.", True),
        ("La police a arrêté le propriétaire deux jours après l'incendie du centre.", True),
        ("La policía detuvo al dueño dos días después del incendio del centro comercial.", True),
        ("Die Polizei nahm den Besitzer zwei Tage nach dem Brand fest.", True),
        ("Policja zatrzymała właściciela dwa dni po pożarze centrum handlowego.", True),
        ("Polisi menahan pemilik gedung dua hari setelah kebakaran itu.", True),
        # about, less or more than a span; Russian collective counts of days (session 31)
        ("أغلقت السلطات المنجم بعد نحو أسبوعين من الانفجار.", True),
        ("اعتقلت الشرطة المالك بعد أقل من ثلاثة أيام من الحريق.", True),
        ("Спасатели завершили работы спустя двое суток после обрушения.", True),
        # the event itself, the day after it, months after an earlier one, a day to come
        ("A balloon crashed on landing in the Serengeti on Tuesday, killing four.", False),
        ("A day after the quake, rescuers pulled two people from the rubble.", False),
        ("Через день после аварии спасатели продолжили поиски.", False),
        ("وصلت فرق الإنقاذ بعد أقل من يوم من الانفجار.", False),
        ("The rocket returned to flight eighteen months after its second mission failed.", False),
        ("会议将于两天后在北京举行。", False),
        ("Hours after the blast, firefighters were still at the scene.", False),
    ],
)
def test_a_span_of_days_after_another_event(lead: str, after: bool) -> None:
    assert days_after(None, lead) is after


def test_the_headline_counts_as_well() -> None:
    assert days_after("Landslide kills driver, days after deadly Nagano slide", "")
    assert not days_after("Landslide kills driver on Gifu highway", "")


@pytest.mark.parametrize(
    ("lead", "day", "apart"),
    [
        ("The carrier hijacked on Tuesday dropped anchor off Garacad on Thursday.", "2031-03-13", True),
        ("Захваченный во вторник балкер в четверг встал на якорь у побережья.", "2031-03-13", True),
        ("被海盗劫持的散货船周四在索马里海岸附近抛锚，该船于周二遭劫持。", "2031-03-13", True),
        # the event's report of the day after, the event's day, no date to read them against
        ("Rescuers on Wednesday searched for the missing after Tuesday's flood.", "2031-03-12", False),
        ("The carrier hijacked on Tuesday dropped anchor off Garacad on Thursday.", "2031-03-11", False),
        ("The carrier hijacked on Tuesday dropped anchor off Garacad on Thursday.", None, False),
        ("Pirates seized the carrier on Tuesday off Somalia.", "2031-03-13", False),
    ],
)
def test_a_dated_lead_naming_its_own_weekday_and_an_earlier_one(
    lead: str, day: str | None, apart: bool
) -> None:
    assert weekdays_apart(lead, day) is apart


def test_a_step_after_is_a_follow_up_beside_any_other() -> None:
    """Against a report of the event it conflicts; against another follow-up (an arrest,
    a later occurrence) it does not: a report of the same step may name it otherwise."""
    assert followup_conflict([AFTER], ["n.dead:4"])
    assert not followup_conflict([AFTER], ["act.followup:arrest"])
    assert not followup_conflict(["act.followup:later"], [AFTER, "n.dead:4"])


def _row(i: int, title: str, text: str, lang: str, published: str | None = None) -> LinkRow:
    keys = link_keys(title, text, lang, published=published)
    return LinkRow(i, f"a{i}", lang, published, np.ones(8), keys, None)


CRASH = [
    ("en", "Four killed as hot-air balloon crashes in the Serengeti",
     "A hot-air balloon crashed on landing near Seronera on Tuesday, killing four people.",
     "2030-02-12T09:10"),
    ("ar", "مقتل أربعة أشخاص بسقوط منطاد سياحي في سيرينغيتي",
     "لقي أربعة أشخاص حتفهم صباح اليوم الثلاثاء إثر سقوط منطاد سياحي في محمية سيرينغيتي.",
     "2030-02-12T15:30"),
    ("ru", "В Серенгети разбился воздушный шар с туристами",
     "Четыре человека погибли во вторник при жёсткой посадке воздушного шара в Танзании.",
     "2030-02-12T14:50"),
]  # fmt: skip


def test_the_step_after_needs_the_margin_a_day_on() -> None:
    """The regulator's grounding, published the second morning after the crash's afternoon
    reports (1.8 days from most of them), says itself it came two days after: it needs the
    follow-up margin (twice ``year_margin``); the same lead without the span needs none. So does one 1.3 days on;
    less than a day on, the report may still be a next-day report of the event itself."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, "2030-02-12", "2030-02-12", 3, None, None, None)
    core = [_row(i, title, text, lang, d) for i, (lang, title, text, d) in enumerate(CRASH)]
    title = "Tanzania grounds balloon operator's fleet"
    step = "The aviation authority grounded the operator's six balloons"
    assert AFTER in fact_keys(_row(9, title, f"{step}, two days after the crash.", "en").keys)

    def extra(published: str) -> float:
        def required(text: str) -> float:
            row = _row(9, title, text, "en", published)
            return t._first_stage(row, story, core)[0].support_required

        return required(f"{step}, two days after the crash.") - required(f"{step}.")

    # twice year_margin since session 37: the date and the headline both say a step after
    assert extra("2030-02-14T10:35") == pytest.approx(2 * t.config.year_margin)  # 1.8 days on
    assert extra("2030-02-14T00:00") == pytest.approx(2 * t.config.year_margin)  # 1.3 days on
    assert extra("2030-02-13T08:00") == pytest.approx(0.0)  # 0.7 days on


def test_a_dated_lead_naming_a_later_day_than_the_story_s_needs_the_margin() -> None:
    """A power-consumption record "on Wednesday", published that Wednesday, against a story
    whose reports put the heat record "on Monday": news of a later day, a step after it,
    though it names no follow-up action and no span (session 30)."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    heat = [
        ("en", "Armenia logs hottest day on record", "Meghri hit 44.6C on Monday afternoon.",
         "2033-07-25T17:50"),
        ("ru", "В Армении зафиксирован температурный рекорд",
         "В понедельник в Мегри термометр показал 44,6 градуса.", "2033-07-25T20:05"),
        ("ar", "أرمينيا تسجل أعلى درجة حرارة في تاريخها",
         "سجلت مدينة ميغري يوم الاثنين 44.6 درجة مئوية.", "2033-07-26T09:15"),
    ]  # fmt: skip
    story = StoryState("s", 0, "2033-07-25", "2033-07-26", 3, None, None, None)
    core = [_row(i, title, text, lang, d) for i, (lang, title, text, d) in enumerate(heat)]
    title = "Энергосистема Армении установила рекорд потребления"

    def evidence(lead: str) -> StoryEvidence:
        row = _row(9, title, lead, "ru", "2033-07-27T22:30")  # two days after most of them
        return t._first_stage(row, story, core)[0]

    later = evidence("Потребление электроэнергии в Армении в среду достигло максимума.")
    plain = evidence("Потребление электроэнергии в Армении достигло исторического максимума.")
    # twice year_margin since session 37: the date and the day it names both say a step after
    assert later.support_required == pytest.approx(
        plain.support_required + 2 * t.config.year_margin
    )
    # a step after, like a follow-up action: no second stage of sentence alignment lets its
    # restated facts carry it in (session 31: `relink --recent` kept it otherwise)
    assert later.followup and not plain.followup


@pytest.mark.parametrize(
    ("title", "lead", "coming"),
    [
        ("Estonia says ice road could open on Saturday if frost holds", "", True),
        (None, "The agency said on Wednesday the road could open as early as Saturday.", True),
        (None, "The jumper said on Thursday she would try to break the record on Saturday.", True),
        (None, "Биржа в субботу провела репетицию запуска системы, которая должна заработать в "
         "понедельник.", True),
        ("爱沙尼亚欧洲最长冰上公路有望本周六开放", "", True),
        ("武克萨诺维奇：周六要在贝尔格莱德冲击世界纪录", "", True),
        (None, "Hükümet, köprünün cumartesi günü açılacağını açıkladı ve hazırlıklar sürüyor.", True),
        (None, "田径观察网2月14日讯 名将14日在赛前新闻发布会上表示，将在周六的比赛中冲击世界纪录。", True),
        (None, "وقال المسؤول إن الطريق سوف يفتح يوم السبت إذا استمر الصقيع.", True),
        (None, "مسئولان گفتند جاده یخی روز شنبه باز خواهد شد.", True),
        # an agreement or decision to act on a weekday; a Russian verb of time to come (session 40)
        ("Tribal elders agree to reopen Torkham crossing on Thursday", "", True),
        ("Thousands to be evacuated on Sunday as army defuses wartime bomb", "", True),
        ("جيرغا قبلية تتفق على إعادة فتح معبر طورخم صباح الخميس", "", True),
        (None, "وأعلنت الشرطة أن الإخلاء سيجري بعد غد الأحد.", True),
        ("Старейшины договорились об открытии КПП Торхам в четверг", "", True),
        ("В Риге нашли авиабомбу, в воскресенье проведут эвакуацию", "", True),
        ("Авиабомбу обезвредят в воскресенье", "", True),
        ("部落长老同意周四重新开放托尔哈姆口岸", "", True),
        # the agreement's own day; a past; an imperfective present (still under way); a noun
        ("Tribal elders agreed on Tuesday to reopen the crossing", "", False),
        (None, "A man armed with what appeared to be a grenade held two tellers on Thursday.", False),
        ("Саперы в воскресенье обезвредили авиабомбу", "", False),
        ("Спасатели в воскресенье продолжают поиски пропавших", "", False),
        ("Депутат в понедельник заявил об отставке", "", False),
        # the event itself, its day named as past; an official, not "must"; no weekday ahead
        ("Europe's longest ice road opens", "The road opened on Saturday after weeks of frost.", False),
        (None, "Полиция в понедельник задержала двух должностных лиц больницы, где во вторник "
         "случился пожар.", False),
        (None, "Trading will resume once the fault is fixed, the exchange said on Wednesday.", False),
        (None, "لقي 16 شخصا حتفهم في قريتين بمنطقة سيوان يوم الأحد.", False),
        (None, "交通管理局本周三表示，冰上公路已于当天开放。", False),
        (None, "加尔各答：该党周三将其第22个成立日定为“公民日”。", False),
        (None, "Ein tragischer Unfall ereignete sich am Sonntag, ein Junge wird überrollt.", False),
    ],
)
def test_a_weekday_put_ahead_is_a_step_before(title: str | None, lead: str, coming: bool) -> None:
    """A forecast, an announcement or a rehearsal names the event's day as one to come
    (session 31: reports of the step before joined the event's story)."""
    lead = first_sentence(lead) or lead
    assert coming_weekday(title, lead) is coming
    assert ("act.followup:ahead" in occurrence_facts(title, lead)) is coming


def test_a_step_before_needs_the_margin_from_a_day_on() -> None:
    assert followup_days([_row(1, "Estonia says ice road could open on Saturday", "", "en",
                               "2031-02-05")]) == AFTER_DAYS


def test_a_step_before_published_days_before_the_story_is_held_out_twice_as_surely() -> None:
    """A forecast that the ice road could open on Saturday, published on Wednesday, against
    the reports that it opened on Saturday: it cannot report the opening, whatever it
    restates (session 31). Either way round: the opening's report against the forecast's
    story needs as much."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    opened = [
        ("en", "Europe's longest ice road opens in Estonia", "The 26.5 km road opened on Saturday.",
         "2031-02-08T17:20"),
        ("ru", "В Эстонии открыли ледовую дорогу", "Дорогу длиной 26,5 км открыли в субботу.",
         "2031-02-08T16:10"),
    ]  # fmt: skip
    story = StoryState("s", 0, "2031-02-08", "2031-02-08", 2, None, None, None)
    core = [_row(i, title, text, lang, d) for i, (lang, title, text, d) in enumerate(opened)]
    forecast = _row(9, "Estonia says the ice road could open on Saturday if frost holds",
                    "The 26.5 km road could open as early as Saturday.", "en", "2031-02-05T14:45")
    plain = _row(9, "Estonia's ice road", "The 26.5 km road is thick enough.", "en",
                 "2031-02-05T14:45")
    margin = t.config.year_margin
    ev, plain_ev = t._first_stage(forecast, story, core)[0], t._first_stage(plain, story, core)[0]
    assert ev.support_required == pytest.approx(min(1.0, plain_ev.support_required + 2 * margin))
    back = StoryState("f", 0, "2031-02-05", "2031-02-05", 1, None, None, None)
    ev_back = t._first_stage(core[0], back, [forecast])[0]
    plain_back = t._first_stage(core[0], back, [plain])[0]
    assert ev_back.support_required == pytest.approx(
        min(1.0, plain_back.support_required + 2 * margin)
    )


def test_a_story_whose_leads_name_a_later_day_is_a_step_after_in_a_merge() -> None:
    """Two reports of a government reward on Tuesday against the story of a record set on
    Saturday: only one of them says so beside the record's Saturday, the other names its
    own Tuesday alone; most of that story's leads name a later day (session 31)."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    record = [
        _row(1, "Vuksanovic improves world indoor record", "She jumped 15.86 m on Saturday.",
             "en", "2030-02-16T21:48"),
        _row(2, "Вуксанович установила мировой рекорд", "В субботу она прыгнула на 15,86 м.",
             "ru", "2030-02-16T23:30"),
    ]
    reward = [
        _row(3, "Правительство Сербии наградило рекордсменку",
             "Премьер-министр во вторник принял спортсменку, которая в субботу установила "
             "рекорд.", "ru", "2030-02-19T16:45"),
        _row(4, "Serbian government rewards the record holder",
             "The prime minister on Tuesday received the record holder in Belgrade.", "en",
             "2030-02-20T10:40"),
    ]
    same_day = [
        _row(5, "Serbian jumper breaks world record", "She jumped 15.86 m on Saturday.", "en",
             "2030-02-17T09:00"),
        _row(6, "Сербка побила рекорд", "В субботу она прыгнула на 15,86 м.", "ru",
             "2030-02-17T10:00"),
    ]
    assert t._followups_apart(record, reward) and t._followups_apart(reward, record)
    assert not t._followups_apart(record, same_day)


@pytest.mark.parametrize(
    ("title", "warns"),
    [
        ("Forecasters warn of severe dust storm in Mongolia's Gobi", True),
        ("Weather agency issues red warning for Gobi provinces", True),
        ("Синоптики Монголии предупредили о сильной пыльной буре в Гоби", True),
        ("蒙古国气象局发布沙尘暴橙色预警", True),
        ("الأرصاد المنغولية تحذر من عاصفة ترابية قوية في غوبي", True),
        ("هشدار سازمان هواشناسی مغولستان درباره طوفان گرد و خاک", True),
        # the event's report, even recalling the warning in its lead
        ("Gobi dust storm kills at least four in Mongolia, herders missing", False),
        ("Пыльная буря в Гоби унесла жизни четырех человек", False),
        ("蒙古国遭遇强沙尘暴 造成4人死亡", False),
    ],
)
def test_a_warning_is_a_step_before(title: str, warns: bool) -> None:
    """Forecasters warning of the storm a day before it killed four: a step before, read as
    a day put ahead (session 31)."""
    assert warning(title, "Forecasters had warned of the storm on Monday.") is warns
    assert ("act.followup:ahead" in occurrence_facts(title, "")) is warns


@pytest.mark.parametrize(
    ("title", "looks_back"),
    [
        ("One year on, Vrhnika landslide survivors still wait for new homes", True),
        ("Five years on from the quake, the old town is rebuilt", True),
        ("Village marks first anniversary of the landslide that cut its road", True),
        ("Год спустя: жители Врхники всё ещё ждут новых домов", True),
        ("Год пасля рэкорднай спёкі: што Мінск зрабіў, каб не задыхнуцца зноў", True),
        ("В Словении почтили память погибших в годовщину оползня", True),
        ("斯洛文尼亚山体滑坡一周年 幸存者仍住在临时房屋", True),
        ("عام على الانهيار الأرضي في سلوفينيا: الناجون ينتظرون", True),
        ("السكان يحيون الذكرى الأولى للانهيار الأرضي", True),
        ("سالگرد رانش زمین در اسلوونی؛ بازماندگان هنوز منتظرند", True),
        ("یک سال پس از رانش زمین، جاده هنوز بسته است", True),
        ("Heyelanın birinci yıl dönümünde köyde anma töreni", True),
        ("A un año del deslizamiento, los vecinos siguen sin casa", True),
        ("Ein Jahr nach dem Erdrutsch warten die Bewohner noch", True),
        # the event's own reports, and years that are not a look back
        ("Landslide buries road near Vrhnika, two missing", False),
        ("Оползень засыпал дорогу в Словении, двое пропали без вести", False),
        ("斯洛文尼亚发生山体滑坡 两人失踪", False),
        ("انهيار أرضي يطمر طريقا في سلوفينيا ومفقودان", False),
        ("Rocket reaches orbit after 18 months of delays", False),
        ("Nurse works last shift after 44 years on the job", False),
        ("صاروخ يضع القمر في المدار بعد عام ونصف من الفشل", False),
    ],
)
def test_a_look_back_a_year_on_is_a_step_after(title: str, looks_back: bool) -> None:
    """A report marking the landslide's first anniversary recounts it, figures and all, but
    is a report of the day it marks: a step after, as a span of days is (session 32)."""
    assert anniversary(title, "") is looks_back
    assert (AFTER in occurrence_facts(title, "")) is looks_back
    assert anniversary(None, title) is looks_back  # the lead's first sentence, no headline


def test_an_agreement_to_reopen_on_a_day_to_come_is_not_the_reopening() -> None:
    """Elders agreeing on Tuesday to reopen a crossing on Thursday, against the reports that
    it reopened: both name the reopening (``act.followup:restart``), only one puts it
    ahead; a step to come and the step done are two events (session 40), so the agreement
    needs the margin of a step before, dated or not."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    reopened = [
        ("en", "Torkham crossing reopens to trade after 25-day closure",
         "The Torkham border crossing reopened on Thursday after 25 days.", "2032-10-14T09:00"),
        ("ru", "КПП Торхам возобновил работу после 25-дневного перерыва",
         "Пограничный переход Торхам в четверг возобновил работу.", "2032-10-14T16:05"),
        ("zh", "关闭25天后 托尔哈姆口岸重新开放",
         "托尔哈姆口岸周四重新开放，首日近900辆货车通关。", "2032-10-14T18:20"),
    ]  # fmt: skip
    story = StoryState("s", 0, "2032-10-14", "2032-10-14", 3, None, None, None)
    core = [_row(i, title, text, lang, d) for i, (lang, title, text, d) in enumerate(reopened)]
    agreed = ("جيرغا قبلية تتفق على إعادة فتح معبر طورخم صباح الخميس",
              "اتفق مجلس قبلي اليوم الثلاثاء على إعادة فتح معبر طورخم.", "ar")  # fmt: skip
    plain = ("جيرغا قبلية في طورخم", "اجتمع مجلس قبلي اليوم الثلاثاء قرب معبر طورخم.", "ar")
    published = "2032-10-12T20:10"
    row, base_row = _row(9, *agreed, published), _row(9, *plain, published)
    assert "act.followup:ahead" in fact_keys(row.keys)
    ev, base = t._first_stage(row, story, core)[0], t._first_stage(base_row, story, core)[0]
    assert ev.support_required == pytest.approx(
        min(1.0, base.support_required + 2 * t.config.year_margin)
    )
    undated = t._first_stage(_row(9, *agreed, None), story, core)[0]
    assert "follow-up action" in undated.time


@pytest.mark.parametrize(
    "title",
    [
        "秘鲁库斯科教育部门检查发现奥孔加特学生宿舍存在消防隐患",
        "Safety inspectors found blocked exits at the dormitory",
        "Проверка выявила нарушения пожарной безопасности в интернате",
        "مفتشون يكشفون عن مخالفات في سكن الطلاب",
    ],
)
def test_an_inspection_that_found_hazards_is_a_step_before(title: str) -> None:
    """Inspectors finding hazards days before a fire are the step before it (session 41)."""
    assert warning(title, "")


@pytest.mark.parametrize(
    "title",
    [
        "法国瓦尔蒙汽车全球召回41.23万辆 制动助力真空泵存隐患",  # a recall: hazards, no inspection
        "Вскрытие выбросившихся в Индии гринд не выявило пластика",
        "Fire kills five at boarding school dormitory",
    ],
)
def test_hazards_without_an_inspection_finding_them_are_not_a_warning(title: str) -> None:
    assert not warning(title, "")
