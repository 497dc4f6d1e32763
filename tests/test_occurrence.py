"""Another occurrence of the same actors' event as evidence (issue 14 item 4).

An undated report of the same people's other occurrence (the trial's
opening, the appeal ruling, the next round of the same talks) carries no
date and no conflicting number. :mod:`storyline.link.occurrence` reads the
occurrence outlets state in words -- ordinals (``ordinal.<kind>:<n>``) and
the stage of a proceeding (``stage.<proceeding>:<stage>``) -- as typed
facts; the existing conflict (:func:`storyline.link.facts.fact_conflicts`)
takes other values of one kind as evidence of another occurrence.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.link.facts import conflict_line, fact_conflicts, fact_note, typed_facts
from storyline.link.occurrence import occurrence_facts
from storyline.link.tracker import TrackerConfig

sys.path.insert(0, str(Path(__file__).parent))
from fixture_stories import fixture_stories  # noqa: E402

OCCURRENCE = Path(__file__).parent / "fixtures" / "occurrence"


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("Iran and the US hold third round of talks in Muscat", "ordinal.round:3"),
        ("The 5th session of the joint commission opened", "ordinal.session:5"),
        ("The commission's eighth meeting in Baku", "ordinal.meeting:8"),
        ("الجولة الثالثة من المحادثات في مسقط", "ordinal.round:3"),
        ("القمة الثانية بين البلدين", "ordinal.summit:2"),
        ("اللجنة تعقد اجتماعها الثامن في باكو", "ordinal.meeting:8"),
        ("دور سوم مذاکرات در مسقط", "ordinal.round:3"),
        ("سومین دور مذاکرات", "ordinal.round:3"),
        ("второй раунд переговоров в Стамбуле", "ordinal.round:2"),
        ("третий саммит Россия — Африка", "ordinal.summit:3"),
        ("5-й раунд консультаций", "ordinal.round:5"),
        ("伊美第三轮谈判在马斯喀特举行", "ordinal.round:3"),
        ("第二次中国－中亚峰会在阿斯塔纳举行", "ordinal.summit:2"),
        ("埃及央行年内第五次降息", "ordinal.cut:5"),
        ("Die 2. Runde der Gespräche", "ordinal.round:2"),
        ("la segunda cumbre bilateral", "ordinal.summit:2"),
        ("le deuxième sommet franco-africain", "ordinal.summit:2"),
        ("ikinci zirve Ankara'da", "ordinal.summit:2"),
        ("EU adopts 14th package of sanctions", "ordinal.package:14"),
        ("Presidential run-off set for Sunday", "ordinal.round:2"),
        ("Fiji beat Samoa 24-19 in the second Test in Suva", "ordinal.match:2"),
        ("India v Sri Lanka, third ODI: hosts clinch the series", "ordinal.match:3"),
        ("Fiji v Samoa, 2nd Test: hosts win at Apia Park", "ordinal.match:2"),
        ("Второй матч серии: «Салават» обыграл «Ак Барс»", "ordinal.match:2"),
        ("المباراة الثالثة بين فيجي وساموا", "ordinal.match:3"),
        ("فیجی در بازی دوم ساموآ را شکست داد", "ordinal.match:2"),
        ("斐济队在第二场比赛中击败萨摩亚队", "ordinal.match:2"),
        ("Alania win the first leg 2-1 in Vladikavkaz", "ordinal.match:1"),
        # a stage of a stage race, in a race's words (session 46)
        ("Le Gac wins stage 5 of the Tour de Bretagne", "ordinal.stage:5"),
        ("Cavendish takes the fifth stage of the Giro", "ordinal.stage:5"),
        ("La 5e étape du Tour de Bretagne pour un coureur breton", "ordinal.stage:5"),
        ("Die 7. Etappe der Deutschland Tour", "ordinal.stage:7"),
        ("Пятый этап велогонки выиграл француз", "ordinal.stage:5"),
        ("الدراج الفرنسي يفوز بالمرحلة الخامسة من السباق", "ordinal.stage:5"),
        ("رکابزن فرانسوی مرحله پنجم تور را برد", "ordinal.stage:5"),
        ("环布列塔尼自行车赛第五赛段", "ordinal.stage:5"),
        ("وفد يصل بالجولة الثالثة من المحادثات", "ordinal.round:3"),  # a proclitic before al-
        ("دومین دوره ریاست‌جمهوری خود را آغاز کرد", "ordinal.term:2"),  # a term (session 47)
        ("دومین دوره مذاکرات در مسقط", "ordinal.session:2"),
        ("Commons elects Speaker at second ballot", "ordinal.round:2"),  # a ballot (session 47)
        ("英国下议院第二次投票选出新议长", "ordinal.round:2"),
        ("Bundestag wählt Präsidentin im 2. Wahlgang", "ordinal.round:2"),
        ("Палата общин избрала спикера во втором голосовании", "ordinal.round:2"),
    ],
)
def test_ordinals_of_occurrence_in_several_languages_and_scripts(lead: str, want: str) -> None:
    facts = occurrence_facts(lead, "")
    assert tuple(f for f in facts if f.startswith("ordinal.")) == (want,)


@pytest.mark.parametrize(
    "lead",
    [
        "He scored in the 84th minute of the first half",
        "for the first time in ten years",
        "Tuilagi wins his 50th Test cap in Suva",  # a player's count, not the series'
        "Naivalu makes her first Test start",
        "A second test confirmed the H5N1 strain",  # a laboratory's test, not a match
        "Иран обыграл Ирак со счетом 2:1. Матч прошел в Басре",  # a score, then the match
        "the 34th Olympic Games open in Brisbane",
        "Uhr: 2. Oktober",
        "Sanctions breaker to appeal",  # an appeal announced is no stage
        "الإمارات تدين الهجوم بشدة",  # condemns: no verdict
        "استئناف التدريبات",  # Arabic 'resumption' of training, not an appeal
        "The second stage of the bridge works starts",  # no race: a project's stage
        "the second stage of the evacuation begins",
        "المرحلة الثانية من الاتفاق",  # a ceasefire's second phase
        "Stage 4 load-shedding returns",
        "Stage 40 of the Tour",  # no race has forty stages
    ],
)
def test_no_occurrence_where_none_is_stated(lead: str) -> None:
    assert occurrence_facts(lead, "") == ()


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (
            "Prozessauftakt: Unternehmer soll Rüstungsbetriebe beliefert haben",
            "stage.trial:opening",
        ),
        ("Во Франкфурте начался суд над предпринимателем", "stage.trial:opening"),
        ("Frankfurt court jails trader for four years", "stage.trial:verdict"),
        ("德国法院判处一名商人4年3个月", "stage.trial:verdict"),
        ("دادگاه آلمان تاجر را به ۶ سال زندان محکوم کرد", "stage.trial:verdict"),
        ("محكمة العدل الاتحادية تؤيد سجن كرانتس وترفض طعنه", "stage.trial:appeal"),
        ("Court upholds Kranz's seven-year sentence", "stage.trial:appeal"),
        ("کریم حداد مأمور تشکیل دولت لبنان شد", "stage.government:designation"),
        ("Президент поручил Хаддаду сформировать правительство", "stage.government:designation"),
        ("Haddad government wins confidence vote", "stage.government:confidence"),
        ("حكومة حداد تنال ثقة المجلس النيابي", "stage.government:confidence"),
        ("黎巴嫩议会对哈达德政府投信任票", "stage.government:confidence"),
        ("New cabinet sworn in at Baabda palace", "stage.government:swearing"),
        # an office holder leaving (session 19): not the successor's designation or oath
        ("Polish health minister quits over no-bid IT contract", "stage.government:resignation"),
        ("Министр здравоохранения Польши ушел в отставку", "stage.government:resignation"),
        ("استقالة وزير الصحة البولندي", "stage.government:resignation"),
        ("وزیر بهداشت لهستان استعفا داد", "stage.government:resignation"),
        ("波兰卫生部长因合同丑闻辞职", "stage.government:resignation"),
        ("Minister zdrowia podał się do dymisji", "stage.government:resignation"),
        ("Gesundheitsminister tritt nach Affäre zurück", "stage.government:resignation"),
        ("Le ministre de la Santé démissionne", "stage.government:resignation"),
        ("Sağlık Bakanı istifa etti", "stage.government:resignation"),
        # the successor's oath names the resignation it follows: it is the oath
        ("Kornacka sworn in as health minister on Monday after predecessor quit",
         "stage.government:swearing"),
    ],
)
def test_stages_of_a_proceeding_from_the_headline(title: str, want: str) -> None:
    assert occurrence_facts(title, "") == (want,)


def test_a_week_after_the_resignation_is_the_oath_and_a_step_after() -> None:
    """A span after another event (link/aftermath.py) adds a follow-up beside the stage."""
    title = "Kornacka sworn in as health minister a week after predecessor quit"
    assert occurrence_facts(title, "") == ("act.followup:after", "stage.government:swearing")


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Egypt's central bank cuts rates by 200 basis points", "stage.decision:cut"),
        ("البنك المركزي المصري يخفض أسعار الفائدة 200 نقطة أساس", "stage.decision:cut"),
        ("ЦБ Египта снизил ключевые ставки на 200 б.п.", "stage.decision:cut"),
        ("埃及央行降息200个基点", "stage.decision:cut"),
        ("Egypt's central bank holds rates steady, pauses easing cycle", "stage.decision:hold"),
        ("المركزي المصري يثبت أسعار الفائدة", "stage.decision:hold"),
        # a pause names the increase it pauses: it is a hold
        ("Восьмерка ОПЕК+ поставила на паузу наращивание добычи в мае", "stage.decision:hold"),
        ("هشت عضو اوپک‌پلاس افزایش تولید اردیبهشت را متوقف کردند", "stage.decision:hold"),
        ("Восемь стран ОПЕК+ увеличат добычу в мае", "stage.decision:raise"),
        ("欧佩克+八国同意5月日均增产27.4万桶", "stage.decision:raise"),
        ("Ocho países de la OPEP+ aumentarán su producción", "stage.decision:raise"),
    ],
)
def test_which_way_a_rate_or_output_decision_went(title: str, want: str) -> None:
    assert occurrence_facts(title, "") == (want,)


@pytest.mark.parametrize(
    "title",
    [
        "Carmaker cuts 3,000 jobs",  # a cut without a rate or output: no decision
        "VW nimmt Nutzfahrzeuge-Produktion nach fünfwöchiger Pause wieder auf",
        "Ash from Cotopaxi closes Quito airport",  # Quito is not "quit"
    ],
)
def test_no_decision_without_its_object_or_direction(title: str) -> None:
    assert occurrence_facts(title, "") == ()


def test_a_stage_from_the_first_sentence_only_when_the_headline_states_none() -> None:
    lead = "BEIRUT -\nParliament on Thursday gave its confidence to the cabinet of Karim Haddad."
    assert occurrence_facts("Lebanon's new cabinet", lead) == ("stage.government:confidence",)
    # the headline's stage wins over background in the lead
    verdict = occurrence_facts(
        "Court jails Kranz for seven years",
        "The trial of Kranz began in January, prosecutors said.",
    )
    assert verdict == ("stage.trial:verdict",)


def test_an_ordinal_after_after_is_recalled() -> None:
    assert occurrence_facts("Speaker elected after the first ballot failed", "") == ()
    assert occurrence_facts("ينتخب رئيسة له بعد تعثر الجولة الأولى", "") == ()
    assert occurrence_facts("Спикер избран после неудачного первого тура", "") == ()
    assert occurrence_facts("Палата общин со второй попытки избрала спикера", "") == (
        "ordinal.round:2",
    )


def test_the_headlines_ordinal_is_the_reports_own() -> None:
    elected = typed_facts(
        "Commons elects Penhaligon as Speaker at second ballot",
        "Monday's first ballot had ended with no candidate above half the votes.",
    )
    first = typed_facts("Commons fails to elect a Speaker in first ballot", "")
    assert "ordinal.round:1" not in elected
    assert fact_conflicts(elected, first) == ("ordinal.round",)


def test_other_values_conflict_several_values_share_one() -> None:
    third = typed_facts("Third round of Iran-US talks ends in Muscat", "")
    fourth = typed_facts("الجولة الرابعة من المحادثات الإيرانية الأمريكية في مسقط", "")
    both = typed_facts("伊美谈判在马斯喀特举行", "第四轮谈判今天开始。此前第三轮谈判在罗马举行")
    assert fact_conflicts(third, fourth) == ("ordinal.round",)
    assert fact_conflicts(third, both) == ()  # no headline ordinal: either could be its own
    assert fact_conflicts(fourth, both) == ()
    # the headline's ordinal is the report's own, the lead's other one a recall (session 47)
    own = typed_facts("第四轮谈判在马斯喀特举行", "此前第三轮谈判在罗马举行")
    assert fact_conflicts(third, own) == ("ordinal.round",)
    assert fact_conflicts(fourth, own) == ()
    opening = typed_facts("Во Франкфурте начался суд над предпринимателем Кранцем", "")
    verdict = typed_facts("Frankfurt court jails businessman Kranz", "")
    appeal = typed_facts("محكمة العدل الاتحادية تؤيد سجن كرانتس وترفض طعنه", "")
    assert fact_conflicts(opening, verdict) == ("stage.trial",)
    assert fact_conflicts(verdict, appeal) == ("stage.trial",)
    assert fact_conflicts(verdict, typed_facts("德国法院判处商人克兰茨", "")) == ()
    first = typed_facts("Fiji beat Samoa 24-19 in the first Test in Suva", "")
    second = typed_facts("第二场测试赛：萨摩亚队在阿皮亚击败斐济队", "")
    recalled = typed_facts("Samoa level the series in the second Test after losing the first Test in Suva", "")
    assert fact_conflicts(first, second) == ("ordinal.match",)
    # "after losing the first Test": the first is recalled, the report is the second's
    assert fact_conflicts(first, recalled) == ("ordinal.match",)
    assert fact_conflicts(second, recalled) == ()
    both = typed_facts("Samoa v Fiji: the first Test and the second Test in review", "")
    assert fact_conflicts(first, both) == () and fact_conflicts(second, both) == ()
    hold = typed_facts("Eight OPEC+ producers pause output increases in May", "")
    rise = typed_facts("Восемь стран ОПЕК+ увеличат добычу в мае", "")
    assert fact_conflicts(hold, rise) == ("stage.decision",)


def test_the_conflict_in_words() -> None:
    a = typed_facts("Third round of talks ends", "")
    b = typed_facts("Fourth round of talks ends", "")
    assert (
        conflict_line(a, b, 5.0) == "-5.0 other ordinal of the round (3 vs 4): another occurrence?"
    )
    opening = typed_facts("Trial of Kranz opens in Frankfurt", "")
    verdict = typed_facts("Frankfurt court jails Kranz", "")
    assert fact_note(opening, [verdict]) == (
        "typed facts: other stage of the trial than 1 of 1 core member "
        "(opening vs verdict: another occurrence?)"
    )


def _stories(config: TrackerConfig) -> tuple[dict[str, str], dict[str, str]]:
    return fixture_stories(OCCURRENCE, config)


def test_the_trials_opening_and_appeal_stay_out_of_the_verdicts_story() -> None:
    on, reasons = _stories(TrackerConfig())
    off, _ = _stories(replace(TrackerConfig(), fact_conflict=0.0))
    event = "en-vienna-lindqvist-verdict.txt"
    opening = "en-vienna-lindqvist-trial-opens.txt"
    for report in ("ru-vena-lindkvist-prigovor.txt", "ar-vienna-lindqvist-hukm.txt"):
        assert on[report] == on[event]
    assert on[opening] != on[event]
    assert on["fa-vienna-lindqvist-tajdidnazar.txt"] != on[event]
    assert off[opening] == off[event]  # what the rule changes: the same words, another stage
    assert "stage of the trial" in reasons[opening] + reasons[event]
