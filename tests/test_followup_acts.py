"""A headline reporting a follow-up action is evidence of another event where time cannot tell
(issue 14, session 20).

An arrest, charges or an official's removal weeks after an incident is news of its own: an
undated report of the kitchen head arrested after a school-meal poisoning, or of a prison
director removed after an escape, told the incident's actors and figures and joined its story.
A dated report of suspects arrested the day after a theft stays the theft's story (no pair
penalty); one two days or more after the story's reports needs the same margin (session 22:
an administrator appointed four days after an airline grounded its fleet). Headlines written
for these tests, in six languages and four scripts.
"""

from __future__ import annotations

import numpy as np
import pytest

from storyline.encode import HashingEncoder
from storyline.link.decide import fact_keys, link_keys
from storyline.link.facts import fact_conflicts, followup_conflict
from storyline.link.tracker import Tracker
from storyline.store import Store
from storyline.store.story_records import LinkRow, StoryState


@pytest.mark.parametrize(
    ("lang", "title", "act"),
    [
        ("en", "Police arrest school kitchen head over Cianjur poisoning", "arrest"),
        ("fa", "پلیس اندونزی مدیر آشپزخانه مدارس را بازداشت کرد", "arrest"),
        ("ar", "القبض على مدير مطبخ المدارس في قضية التسمم", "arrest"),
        ("zh", "印尼展玉中毒事件厨房负责人被捕", "arrest"),
        ("ru", "Директора тюрьмы в Перпиньяне отстранили после побега", "dismissal"),
        # a coach sacked (session 46): the present tense of headlines, Arabic's imperfect,
        # Chinese 解雇, Esperanto
        ("en", "Leeds sack manager after cup exit", "dismissal"),
        ("ar", "الاتحاد المغربي يقيل مدرب المنتخب بعد الخسارة", "dismissal"),
        ("zh", "足协解雇国家队主教练", "dismissal"),
        ("eo", "La federacio maldungis la trejniston", "dismissal"),
        ("es", "Fiscalía imputa a los organizadores del concierto por la estampida", "charge"),
        ("en", "Italy appoints special commissioner to run bankrupt carrier", "administration"),
        ("it", "Il governo nomina il commissario straordinario della compagnia", "administration"),
        ("ar", "الحكومة تعين مفوضا لإدارة شركة الطيران المتعثرة", "administration"),
        ("ru", "Правительство назначило временного управляющего авиакомпанией", "administration"),
        ("zh", "意大利政府任命特别专员接管破产航空公司", "administration"),
        ("en", "Airline grounds fleet, seeks extraordinary administration", None),
        ("en", "Parliament passes new tiered fee law for delivery apps", "legislation"),
        ("ar", "البرلمان يقر قانونا جديدا لعمولات تطبيقات التوصيل", "legislation"),
        ("fa", "مجلس قانون تازه کارمزد اپلیکیشن‌های تحویل غذا را تصویب کرد", "legislation"),
        ("ru", "Госдума приняла закон о комиссиях маркетплейсов", "legislation"),
        ("zh", "韩国国会通过外卖平台佣金分级法", "legislation"),
        ("ko", "국회, 배달앱 수수료 차등제 법안 통과", "legislation"),
        ("de", "Bundestag verabschiedet neues Heizungsgesetz", "legislation"),
        ("es", "El Congreso aprueba la ley de vivienda", "legislation"),
        ("en", "Court strikes down law passed in 2026", None),
        ("fa", "دادگاه قانون اساسی سقف کارمزد اپلیکیشن‌ها را لغو کرد", None),
        ("fa", "قانونی که مجلس تصویب کرده بود لغو شد", None),
        ("en", "Regulator approves new RSV vaccine", None),
        ("en", "Brazil grid operator blames misconfigured relay for May blackout", "inquiry"),
        ("zh", "巴西电网运营商公布大停电初步调查结果", "inquiry"),
        ("pt", "ONS aponta causa do apagão em relatório preliminar", "inquiry"),
        ("ar", "نتائج التحقيق في انقطاع الكهرباء الكبير في البرازيل", "inquiry"),
        ("ru", "Оператор энергосистемы назвал причину блэкаута в Бразилии", "inquiry"),
        ("en", "Massive blackout hits most of Brazil, cutting power to tens of millions", None),
        ("en", "Russia blames Ukraine for attack on Crimea bridge", None),
        ("en", "France summons Azerbaijani envoy over interference", "summons"),
        ("fr", "Le Quai d'Orsay convoque l'ambassadeur d'Azerbaïdjan", "summons"),
        ("ru", "МИД Франции вызвал посла Азербайджана", "summons"),
        ("ar", "فرنسا تستدعي سفير أذربيجان احتجاجا", "summons"),
        ("fa", "وزارت خارجه فرانسه سفیر آذربایجان را احضار کرد", "summons"),
        ("zh", "法国外交部召见阿塞拜疆驻法大使", "summons"),
        ("de", "Auswärtiges Amt bestellt den russischen Botschafter ein", "summons"),
        ("ko", "외교부, 일본 대사 초치해 항의", "summons"),
        ("en", "France expels Azerbaijan's ambassador after summoning him last week", None),
        ("fr", "La France expulse l'ambassadeur d'Azerbaïdjan", None),
        ("en", "Peru cancels riverboat operator's permit, captain jailed", "sanction"),
        ("ar", "بيرو تلغي ترخيص شركة العبارة المنكوبة", "sanction"),
        ("fa", "لهستان مجوز شرکت صاحب قطار اسید را تعلیق کرد", "sanction"),
        ("ru", "Росавиация приостановила действие сертификата эксплуатанта", "sanction"),
        ("zh", "秘鲁吊销涉事客船公司运营许可证", "sanction"),
        ("de", "Behörde entzieht Bahnfirma die Zulassung", "sanction"),
        ("en", "Airline suspends flights to Tel Aviv", None),
        ("en", "Spanish police catch Marseille murder suspect", "arrest"),
        ("en", "Tunçalp takes four-year doping ban to CAS", "appeal"),
        ("ru", "Тунджалп обжаловал дисквалификацию в CAS", "appeal"),
        ("zh", "通贾尔普就禁赛向国际体育仲裁法庭提起上诉", "appeal"),
        ("ar", "تونجالب يطعن في قرار إيقافه أمام محكمة التحكيم", "appeal"),
        ("ar", "مقتل شخص طعنا في سوق", None),  # a stabbing, not an appeal
        ("en", "Australian court delays final verdict on Cardinal Pell appeal", None),
        ("es", "Un tribunal de apelaciones dictamina sobre el caso", None),  # a court's name
        ("en", "European champion Tunçalp banned for four years after steroid test", None),
        ("en", "Three inmates escape French prison near Spanish border", None),
        ("ar", "تسمم أكثر من 500 تلميذ ومعلم بوجبات مدرسية مجانية في إندونيسيا", None),
        # a suspect named, charges brought (session 24)
        ("en", "Judge names plant director as suspect after deadly blast", "charge"),
        ("en", "Two shift managers named formal suspects over refinery fire", "charge"),
        ("fa", "اتهام قتل غیرعمد برای مدیر کارخانه پس از انفجار مرگبار", "charge"),
        ("fa", "مدیر سد به عنوان متهم به دادگاه احضار شد", "charge"),
        ("zh", "化工厂厂长被列为犯罪嫌疑人", "charge"),
        ("ru", "Директор завода признан подозреваемым по делу о взрыве", "charge"),
        ("en", "Police hunt suspects after blast at chemical plant", None),
        ("en", "Blast at chemical plant kills two, director says cause unclear", None),
        # talks preparing a visit or a summit: the step before it (session 24)
        ("ru", "Бекетов и Накагава обсудили в Токио подготовку визита Садыкова", "preparation"),
        ("en", "Foreign ministers prepare for Sadykov's visit to Tokyo", "preparation"),
        ("ar", "وزيرا الخارجية يبحثان التحضير لزيارة صادقوف إلى طوكيو", "preparation"),
        ("fa", "گفت‌وگوی وزیران خارجه برای آماده‌سازی سفر صادقوف", "preparation"),
        ("zh", "两国外长为萨德科夫访日做准备", "preparation"),
        ("en", "Japan and Kazakhstan sign strategic partnership at Tokyo summit", None),
        ("en", "Police prepare for protests in the capital", None),
        # stolen data published after a cyberattack, not the threat to (session 25)
        ("en", "Ember Wraith dumps Lahnwerke data after utility refuses to pay", "leak"),
        ("en", "Ransomware gang publishes stolen Lahnwerke files", "leak"),
        ("de", "Hacker veröffentlichen Daten der Lahnwerke im Darknet", "leak"),
        ("ru", "Хакеры выложили в сеть данные клиентов компании", "leak"),
        ("ar", "القراصنة ينشرون بيانات عملاء الشركة", "leak"),
        ("fa", "هکرها اطلاعات مشتریان شرکت را منتشر کردند", "leak"),
        ("zh", "黑客公开吉森公用事业公司数据", "leak"),
        ("en", "German utility hit by ransomware; gang threatens to publish stolen data", None),
        ("en", "Statistics office publishes inflation data", None),
        ("ru", "Росстат опубликовал данные об инфляции", None),
        ("zh", "国家统计局发布数据", None),
        ("ar", "المركزي ينشر بيانات التضخم", None),
        # a counter-measure: the other side answers in kind (session 25)
        ("en", "Moscow expels two Estonian diplomats in tit-for-tat move", "retaliation"),
        ("en", "Ankara retaliates, expels Dutch envoy", "retaliation"),
        ("ru", "Баку в ответ выслал посла Франции", "retaliation"),
        ("zh", "阿塞拜疆宣布驱逐法国驻阿大使 作为对等回应", "retaliation"),
        ("ar", "أذربيجان تطرد السفير الفرنسي وتصف الخطوة بأنها رد بالمثل", "retaliation"),
        ("fa", "باکو در اقدام متقابل سفیر فرانسه را اخراج کرد", "retaliation"),
        ("fr", "En représailles, Bakou expulse l'ambassadeur de France", "retaliation"),
        ("ru", "Франция выслала посла Азербайджана в ответ на вмешательство", None),
        ("en", "US imposes reciprocal tariffs on 60 countries", None),
        ("zh", "美国宣布对多国征收对等关税", None),
        ("en", "France expels Azerbaijan's ambassador over interference plot", None),
        # people formally placed under investigation, days after an accident (session 26)
        ("en", "Five cable car managers placed under investigation over cabin fall", "charge"),
        ("it", "Cabinovia, cinque iscritti nel registro degli indagati", "charge"),
        ("it", "Crollo del ponte, tre indagati per omicidio colposo", "charge"),
        ("ru", "Прокуратура внесла троих в реестр подозреваемых по делу о крушении", "charge"),
        ("ar", "النيابة تحقق مع ثلاثة أشخاص في حادث انهيار الجسر", "charge"),
        ("zh", "三名管理人员被列为犯罪嫌疑人", "charge"),
        ("pt", "Polícia indicia dono da empresa por homicídio culposo", "charge"),
        ("pl", "Prokuratura postawiła zarzuty trzem menedżerom kopalni", "charge"),
        ("de", "Staatsanwaltschaft ermittelt gegen drei Manager der Bergbahn", "charge"),
        ("en", "Cause of the cable car fall under investigation", None),
        ("de", "Seilbahnunglück: Staatsanwaltschaft ermittelt gegen Unbekannt", None),
        ("it", "Cabinovia, la procura indaga sulle cause del distacco", None),
        ("ar", "فتح تحقيق في سقوط عربة التلفريك", None),
        # a plant back on the grid, a site reopened: the step after the outage (session 28)
        ("en", "Czech reactor back on the grid after steam leak repairs", "restart"),
        ("en", "Zoo reopens with new fence after chimpanzee escape", "restart"),
        ("ru", "Энергоблок АЭС вновь подключен к сети после остановки", "restart"),
        ("zh", "核电站一号机组修复后重新并网", "restart"),
        ("ar", "إعادة تشغيل المفاعل بعد إصلاح التسرب", "restart"),
        ("fa", "موزه سرقت شده با قاب‌های خالی بازگشایی شد", "restart"),
        ("de", "Reaktor nach Reparatur wieder am Netz", "restart"),
        ("cs", "Temelín je znovu připojen k síti", "restart"),
        ("en", "Gas supply restored to 11 villages after pipeline blast", "restart"),
        ("ru", "Оператор восстановил подачу газа в 11 сел после взрыва", "restart"),
        ("zh", "管道爆炸后11个村庄恢复供气", "restart"),
        ("ar", "عودة الغاز إلى 11 قرية بعد انفجار خط الأنابيب", "restart"),
        ("en", "Blast cuts gas supply to 11 villages", None),
        ("en", "Zoo closed until further notice after chimpanzee escape", None),
        ("en", "Airport to reopen on Friday after ash cloud", None),
        # schools open again after a closure, classes resume (session 29)
        ("ru", "В Лахоре после недельного перерыва открылись школы", "restart"),
        ("ar", "استئناف الدراسة في مدارس لاهور مع انحسار الضباب", "restart"),
        ("zh", "拉合尔中小学复课", "restart"),
        ("ur", "لاہور میں اسکول دوبارہ کھل گئے", "restart"),
        ("fi", "Koulut avattiin jälleen Lahoressa", "restart"),
        ("bg", "Училищата в Лахор отново отвориха врати", "restart"),
        ("en", "Lahore schools reopen after week-long smog closure", "restart"),
        ("en", "Punjab shuts schools for a week as smog hits record", None),
        ("ru", "В Пенджабе закрыли школы из-за смога", None),
        # trading back after an exchange's halt (session 31)
        ("en", "Bursa Malaysia resumes trading after glitch", "restart"),
        ("ru", "Биржа возобновила торги после сбоя", "restart"),
        ("zh", "交易所恢复证券交易 证监会下令审查", "restart"),
        ("fa", "ازسرگیری معاملات بورس پس از نقص فنی", "restart"),
        ("ms", "Dagangan Bursa Malaysia disambung semula", "restart"),
        ("fa", "ازسرگیری کار ساخت‌وساز ریل بالتیکا در ریگا", "restart"),
        ("en", "Exchange halts trading for the day after glitch", None),
        ("zh", "交易所系统故障 股市全天停止交易", None),
    ],
)
def test_the_headline_s_follow_up_action_is_a_typed_fact(
    lang: str, title: str, act: str | None
) -> None:
    facts = fact_keys(link_keys(title, "Text of the report.", lang))
    acts = [f for f in facts if f.startswith("act.followup:") and f != "act.followup:later"]
    assert acts == ([f"act.followup:{act}"] if act else [])  # "later": вновь/wieder, recall.py


def test_a_follow_up_is_no_pair_penalty() -> None:
    assert fact_conflicts(["act.followup:arrest"], ["act.followup:dismissal"]) == ()
    assert followup_conflict(["act.followup:arrest"], ["n.pupils:512"])


def _row(i: int, title: str, lang: str, published: str | None = None) -> LinkRow:
    keys = link_keys(title, "Text of the report about the poisoning.", lang)
    return LinkRow(i, f"a{i}", lang, published, np.ones(8), keys, None)


INCIDENT = [
    ("en", "More than 500 pupils fall ill after free school meal in Cianjur"),
    ("ar", "تسمم أكثر من 500 تلميذ بوجبات مدرسية مجانية في إندونيسيا"),
    ("ru", "В Индонезии более 500 школьников отравились бесплатными обедами"),
]


def test_an_undated_follow_up_needs_more_support_than_another_report_of_the_incident() -> None:
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, "2027-09-21", "2027-09-22", 3, None, None, None)
    core = [_row(i, title, lang, "2027-09-22") for i, (lang, title) in enumerate(INCIDENT)]
    arrest = t._first_stage(_row(9, "مدیر آشپزخانه مدارس بازداشت شد", "fa"), story, core)[0]
    same = t._first_stage(_row(9, "مسمومیت بیش از ۳۸۰ دانش‌آموز اندونزیایی", "fa"), story, core)[0]
    assert arrest.support_required > same.support_required
    assert "follow-up action" in arrest.time
    # dated within the story's days, the date decides: no margin
    dated = _row(9, "مدیر آشپزخانه مدارس بازداشت شد", "fa", "2027-09-22")
    assert t._first_stage(dated, story, core)[0].support_required == (
        t._first_stage(_row(9, "مسمومیت دانش‌آموزان", "fa", "2027-09-22"), story, core)[
            0
        ].support_required
    )


def test_a_dated_follow_up_days_after_the_story_needs_the_margin_too() -> None:
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, "2027-09-21", "2027-09-22", 3, None, None, None)
    core = [_row(i, title, lang, "2027-09-22") for i, (lang, title) in enumerate(INCIDENT)]
    title = "مدیر آشپزخانه مدارس بازداشت شد"

    def required(published: str, headline: str = title) -> float:
        return t._first_stage(_row(9, headline, "fa", published), story, core)[0].support_required

    plain = required("2027-09-26", "مسمومیت دانش‌آموزان")
    assert required("2027-09-26") == pytest.approx(plain + t.config.year_margin)  # four days on
    assert required("2027-09-23") == required("2027-09-23", "مسمومیت دانش‌آموزان")  # next day


def test_the_incident_s_report_days_before_a_story_of_the_follow_up_needs_the_margin() -> None:
    """The other way round: the story is the arrest's (its core's headlines report it) and
    the article, the poisoning's report, came out four days before it."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, "2027-09-26", "2027-09-26", 2, None, None, None)
    core = [
        _row(7, "مدیر آشپزخانه مدارس بازداشت شد", "fa", "2027-09-26"),
        _row(8, "Police arrest school kitchen head over Cianjur poisoning", "en", "2027-09-26"),
    ]

    def required(published: str, headline: str) -> float:
        return t._first_stage(_row(9, headline, "fa", published), story, core)[0].support_required

    incident = required("2027-09-22", "مسمومیت دانش‌آموزان")
    arrest = required("2027-09-22", "مدیر آشپزخانه مدارس بازداشت شد")
    assert incident == pytest.approx(arrest + t.config.year_margin)  # four days before
    assert required("2027-09-25", "مسمومیت دانش‌آموزان") == required(
        "2027-09-25", "مدیر آشپزخانه مدارس بازداشت شد"
    )  # the day before: the same news


def test_a_follow_up_s_story_and_the_incident_s_disagree_for_a_merge() -> None:
    """Two stories merge on their cores' agreement; a story of the arrest (most of its
    headlines report it) against the incident's gets the same margin as one article."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    incident = [_row(i, title, lang, "2027-09-22") for i, (lang, title) in enumerate(INCIDENT)]
    arrests = [
        _row(7, "مدیر آشپزخانه مدارس بازداشت شد", "fa", "2027-09-27"),
        _row(8, "Police arrest school kitchen head over Cianjur poisoning", "en"),
    ]
    assert t._followups_apart(arrests, incident) and t._followups_apart(incident, arrests)
    assert not t._followups_apart(incident[:1], incident[1:])
    mixed = [arrests[0], *incident[:2]]  # one arrest report among incident reports
    assert not t._followups_apart(mixed, incident)


def test_a_follow_up_counts_its_days_from_most_of_the_core_not_its_latest_report() -> None:
    """A report of the day after does not carry the incident's dates up to the follow-up's:
    a captain remanded two days after a cable cut, one day after the last report of it
    (session 29)."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, "2027-09-21", "2027-09-23", 3, None, None, None)
    dates = ["2027-09-21T08:00", "2027-09-21T11:00", "2027-09-22T09:00"]
    pairs = enumerate(zip(INCIDENT, dates, strict=True))
    core = [_row(i, title, lang, d) for i, ((lang, title), d) in pairs]

    def required(published: str, headline: str) -> float:
        return t._first_stage(_row(9, headline, "fa", published), story, core)[0].support_required

    arrest, plain = "مدیر آشپزخانه مدارس بازداشت شد", "مسمومیت دانش‌آموزان"
    # 2.4 days after most of the core, 1.4 after its latest report: a follow-up
    late = required("2027-09-23T18:00", plain) + t.config.year_margin
    assert required("2027-09-23T18:00", arrest) == pytest.approx(late)
    # the day after most of the core: the same news
    assert required("2027-09-22T12:00", arrest) == required("2027-09-22T12:00", plain)


def test_a_follow_up_gets_no_second_stage() -> None:
    """A follow-up's report restates the incident sentence by sentence: sentence-level evidence
    lifted a captain's remand, two days after his ship's anchor cut a cable, into the cut's
    story (session 29). Its first-stage evidence marks it, and the second stage is refused."""
    t = Tracker(Store(":memory:"), HashingEncoder(dim=8))
    story = StoryState("s", 0, "2027-09-21", "2027-09-22", 3, None, None, None)
    dates = ["2027-09-21T08:00", "2027-09-21T11:00", "2027-09-22T09:00"]
    pairs = enumerate(zip(INCIDENT, dates, strict=True))
    core = [_row(i, title, lang, d) for i, ((lang, title), d) in pairs]
    arrest, timing = t._first_stage(_row(9, "مدیر آشپزخانه مدارس بازداشت شد", "fa",
                                         "2027-09-24T10:00"), story, core)[::2]
    plain = t._first_stage(_row(9, "مسمومیت دانش‌آموزان", "fa", "2027-09-24T10:00"), story, core)[0]
    assert arrest.followup and not plain.followup
    assert not t._may_refine(arrest, timing)


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Two men jailed for National Gallery painting theft"),
        ("is", "Tveir menn dæmdir í fangelsi fyrir þjófnaðinn úr Listasafni Íslands"),
        ("sl", "Upravljavec žičnice obsojen na dve leti zapora"),
        ("mk", "Двајца осудени на затвор за подметнување пожар"),
        ("pl", "Dwóch mężczyzn skazanych na więzienie za kradzież obrazów"),
        ("it", "Condannati a sei anni i due ladri del museo"),
        ("ar", "السجن لرجلين بتهمة سرقة لوحات من المتحف الوطني"),
    ],
)
def test_a_verdict_is_a_step_after_the_crime(lang: str, title: str) -> None:
    """Two men sentenced for a painting theft seven months on: a trial's stage is a follow-up
    against a report of the theft, as a charge is (session 32)."""
    facts = fact_keys(link_keys(title, "Text of the report.", lang))
    assert "stage.trial:verdict" in facts
    theft = fact_keys(link_keys("Four paintings stolen from National Gallery", "Text.", "en"))
    assert followup_conflict(facts, theft)
    assert not followup_conflict(facts, ["stage.trial:opening"])
