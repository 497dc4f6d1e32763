"""Scripts the encoder cannot read (issue 14, session 41): Thaana (Dhivehi) and Tibetan
text comes out of the e5 vocabulary as one ``<unk>`` per letter, so every such text has
nearly the same vector. A pair with such a text gets no same-event probability, and the
reading of these scripts (a Tibetan headline, a Dhivehi date line and weekdays) works.
Texts written for these tests."""

from __future__ import annotations

import json

import numpy as np
import pytest

from storyline.api import article_from
from storyline.encode import get_encoder
from storyline.link.decide import link_keys
from storyline.link.readable import UNREAD_SHARE, unread_share, unreadable
from storyline.link.tracker import Tracker
from storyline.store import Store
from storyline.store.story_records import LinkRow
from storyline.text.clean.rules import looks_like_headline, word_count
from storyline.text.dates import match_date
from storyline.text.dates.relative import stated_weekdays

DHIVEHI_ACCIDENT = "ދިގުރާ ކައިރިން ގެއްލުނު ފަސް ޑައިވަރުންގެ ތެރެއިން ތިން މީހަކު ސަލާމަތް"
DHIVEHI_WARNING = "ވައި ގަދަވެ ކަނޑު ނުބައިވާތީ މެދު އަދި ދެކުނު އަތޮޅުތަކަށް ރީދޫ އިންޒާރު"
TIBETAN_BLIZZARD = "ཨ་མདོ་རྫོང་དུ་ཁ་བ་ཆེན་པོ་བབས་ནས་འབྲོག་པ་གཉིས་ཤི་བ།"


@pytest.mark.parametrize("text", [DHIVEHI_ACCIDENT, DHIVEHI_WARNING, TIBETAN_BLIZZARD])
def test_thaana_and_tibetan_are_unread_by_the_encoder(text: str) -> None:
    assert unread_share(text) >= UNREAD_SHARE
    assert unreadable(link_keys(text, text, "dv"))


@pytest.mark.parametrize(
    "text",
    [
        "Five divers swept away off Dhigurah",
        "Снежная буря в Тибете унесла жизни пяти пастухов",
        "西藏那曲安多县遭遇强降雪",
        "ማክሰኞ ዕለት በአዲስ አበባ ከባድ ዝናብ ጣለ",  # Amharic: Ethiopic script the encoder reads
    ],
)
def test_scripts_the_encoder_reads_are_readable(text: str) -> None:
    assert unread_share(text) < UNREAD_SHARE
    assert "u" not in json.loads(link_keys(text, text, "en"))


def test_two_unread_texts_with_near_identical_vectors_are_not_one_event() -> None:
    """Their vectors agree because both are noise: the pair gets no probability, and a
    readable pair with the same vectors does."""
    encoder = get_encoder("e5-small")
    vecs = encoder.encode([DHIVEHI_ACCIDENT, DHIVEHI_WARNING])
    assert float(vecs[0] @ vecs[1]) > 0.9  # what made them one story
    tracker = Tracker(Store(":memory:"), encoder)

    def row(i: int, title: str, vec: np.ndarray) -> LinkRow:
        return LinkRow(i, f"a{i}", "dv", None, vec, link_keys(title, title, "dv"), None)

    a, b = row(1, DHIVEHI_ACCIDENT, vecs[0]), row(2, DHIVEHI_WARNING, vecs[1])
    assert tracker.pair_probabilities(a, [b])[0] == 0.0
    assert tracker.pair_probabilities(b, [a])[0] == 0.0
    readable = LinkRow(3, "a3", "en", None, vecs[1], link_keys("Storm", "Storm", "en"), None)
    assert tracker.pair_probabilities(readable, [readable])[0] > 0.0
    assert tracker.pair_probabilities(readable, [a])[0] == 0.0


def test_a_tibetan_headline_counts_its_words_by_syllables() -> None:
    """Tibetan writes no space between words: the headline is one, not a photo caption
    with spaces under it."""
    assert word_count(TIBETAN_BLIZZARD) >= 3
    assert looks_like_headline(TIBETAN_BLIZZARD)


def test_a_tibetan_page_gets_its_headline_not_its_caption(tmp_path) -> None:
    page = tmp_path / "bo-page.txt"
    page.write_text(
        "གདོང་ཤོག › གསར་འགྱུར › བོད་ལྗོངས།\n\n"
        f"{TIBETAN_BLIZZARD}\n\n"
        "པར་རིས། ཨ་མདོ་རྫོང་གི་འབྲོག་ས་ཞིག (པར། ཁ་བ་ཅན་གསར་འགྱུར)\n\n"
        "ནག་ཆུ་ས་ཁུལ་གྱི་ཨ་མདོ་རྫོང་དུ་ཉིན་གཉིས་རིང་ཁ་བ་ཆེན་པོ་བབས་པས་འབྲོག་པ་གཉིས་ཤི་ཞིང་། "
        "ཕྱུགས་ཟོག་སྟོང་ཕྲག་བརྒྱད་ཙམ་ཤི་ཡོད་ཅེས་གཟའ་པ་སངས་ཀྱི་ཉིན་བཤད།\n",
        encoding="utf-8",
    )
    assert article_from(page).title == TIBETAN_BLIZZARD


def test_a_dhivehi_date_line_and_weekdays_are_read() -> None:
    found = match_date("ހޮނިހިރު، 14 ނޮވެމްބަރ 2037 - 19:42", "dv")
    assert found is not None and found[0].iso == "2037-11-14T19:42:00+00:00"
    found = match_date("14 ނޮވެމްބަރު 2037", "dv")
    assert found is not None and found[0].iso.startswith("2037-11-14")
    assert stated_weekdays("ހޮނިހިރު ދުވަހު ހެނދުނު ޑައިވަރުން ގެއްލުނު", "dv") == (5,)


def test_a_tibetan_weekday_is_read_before_its_case_ending() -> None:
    """CLDR's names end on a syllable mark (``གཟའ་ཟླ་བ་``); in text a case ending takes
    its place (``གཟའ་ཟླ་བའི་ཉིན``, on Monday)."""
    assert stated_weekdays("གཟའ་ཟླ་བའི་ཉིན་ཁ་བ་ཆེན་པོ་བབས།", "bo") == (0,)


def test_unread_reports_ingested_stay_apart_and_say_why(tmp_path) -> None:
    """Ingested, two Dhivehi reports of two events (a diving accident, a storm warning)
    start a story each, and each one's reason says the encoder cannot read its script."""
    from storyline.link.support import describe_reason
    from storyline.pipeline import ingest

    for name, title, body in [
        ("dv-divers.txt", DHIVEHI_ACCIDENT, "ދިގުރާ ކައިރީގައި ފަސް ޑައިވަރުން ގެއްލުނު. ތިން މީހަކު ސަލާމަތްކޮށް، އެކަކު މަރުވެއްޖެ."),
        ("dv-warning.txt", DHIVEHI_WARNING, "މެޓް އޮފީހުން މެދު އަދި ދެކުނު އަތޮޅުތަކަށް ރީދޫ އިންޒާރު ނެރެފި. ކަނޑު ނުބައިވާނެ."),
    ]:
        (tmp_path / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    with Store(":memory:") as store:
        ingest([tmp_path], store)
        stories = store.list_stories()
        assert len(stories) == 2
        for story in stories:
            detail = store.get_story(story.id)
            assert detail is not None and len(detail.articles) == 1
            line = describe_reason(detail.articles[0].reason)
            assert "cannot read its script" in line


def test_a_quechua_date_line_is_read_with_its_month_word() -> None:
    """``11 julio killa 2038``: Quechua puts its word for month between month and year,
    and names the weekday in Quechua (``Intichaw``, Sunday)."""
    found = match_date("Intichaw, 11 julio killa 2038 | 9:40 a.m.", "qu")
    assert found is not None and found[0].iso == "2038-07-11T09:40:00+00:00"
    assert match_date("11 julio killa 2038", "qu") is not None
    assert stated_weekdays("Ch'askachaw p'unchawmi nina hatarirqan", "qu") == (4,)
