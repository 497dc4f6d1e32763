"""Photo labels and bylines in South Asian and Central Asian languages (issue 14, session 35).

A Telugu page's ``చిత్రం: ...`` ("picture:") caption and ``రచన: ...`` ("written
by:") byline, a Sinhala ``ඡායාరූපය:`` caption and ``වාර්තාකරු:`` byline and a
Kyrgyz ``Сүрөттө:`` caption stayed in the body, at the top of the lead the
linker reads: two reports of the same outlet, one of a rocket launch's
rehearsal and one of its failure, shared their first lines. Lines written for
these tests.
"""

from __future__ import annotations

import pytest

from storyline.text.clean import clean_scraped_text
from storyline.text.clean.rules import is_caption


@pytest.mark.parametrize(
    "line",
    [
        "చిత్రం: శ్రీహరికోటలోని అంతరిక్ష కేంద్రం (ఫైల్ ఫోటో) / తెలుగు వార్తలు",
        "ඡායාරූපය: වල් අලි රංචුවක් - ලේඛනාගාර ඡායාරූපය / ලංකා පුවත්",
        "Сүрөттө: Чолпон-Ата порту. Архивдик сүрөт / «Көл жаңылыктары»",
        "फोटो: मुंबई में बारिश के बाद जलभराव",
        "ಚಿತ್ರ: ಬೆಂಗಳೂರಿನ ಮೆಟ್ರೋ ನಿಲ್ದಾಣ",
        "ചിത്രം: കൊച്ചി തുറമുഖം (ഫയൽ)",
        "Surat: Toshkent metrosi bekati",
    ],
)
def test_photo_labels_in_more_scripts(line: str) -> None:
    assert is_caption(line)


def test_a_byline_and_a_caption_leave_a_telugu_lead() -> None:
    title = "శ్రీహరికోట నుంచి ప్రయోగించిన రాకెట్ విఫలం"
    text = (
        f"{title}\n\nరచన: కె. రామారావు\n\n"
        "చిత్రం: శ్రీహరికోటలోని అంతరిక్ష కేంద్రం (ఫైల్ ఫోటో) / తెలుగు వార్తలు\n\n"
        "శ్రీహరికోట నుంచి మంగళవారం ఉదయం ప్రయోగించిన ప్రైవేట్ రాకెట్ రెండో దశలో విఫలమైంది. "
        "రాకెట్‌లో ఉన్న నాలుగు చిన్న ఉపగ్రహాలు కూడా నష్టపోయాయని సంస్థ ప్రకటించింది.\n"
    )
    cleaned = clean_scraped_text(text, "te")
    assert cleaned.title == title
    assert cleaned.body.startswith("శ్రీహరికోట నుంచి మంగళవారం")
    assert "చిత్రం" not in cleaned.body and "రచన" not in cleaned.body


def test_a_sinhala_byline_is_no_body() -> None:
    title = "වල් අලි ප්‍රහාරයෙන් ගොවියෙකු මරුට"
    text = (
        f"{title}\n\nවාර්තාකරු: සුනිල් පෙරේරා\n\n"
        "පොළොන්නරුව දිස්ත්‍රික්කයේ ගම්මානයකට අද අලුයම කඩා වැදුණු වල් අලියෙකු හේතුවෙන් "
        "ගොවියෙකු මිය ගිය බව පොලිසිය පවසයි. තවත් අයෙකු තුවාල ලබා රෝහලට ඇතුළත් කර ඇත.\n"
    )
    cleaned = clean_scraped_text(text, "si")
    assert cleaned.title == title and "වාර්තාකරු" not in cleaned.body
