"""Khmer and Amharic header date lines, an Amharic file photo, a Persian inquiry's findings.

A Khmer page writes "Wednesday, the 18th, the month of November, the year 2048" with its own
digits and no spaces inside the words (``ថ្ងៃពុធ ទី១៨ ខែវិច្ឆិកា ឆ្នាំ២០៤៨``); an Amharic page
writes the Ethiopian era after the year and the hour "of the day" (``ዓ.ም. | ከቀኑ 11:30``). Both
are the publication date, not the headline.
"""

from __future__ import annotations

from storyline.link.occurrence import occurrence_facts
from storyline.text.clean import clean_scraped_text
from storyline.text.clean.rules import is_caption
from storyline.text.dates import is_header_date_line, match_date

KHMER_PAGE = """ទំព័រដើម › សង្គម › ជំរឿនប្រជាជន
ថ្ងៃពុធ ទី១៨ ខែវិច្ឆិកា ឆ្នាំ២០៤៨ | ម៉ោង ១៥:២០

លទ្ធផលជំរឿនចុងក្រោយ៖ ប្រជាជនកម្ពុជាមាន ១៩ លាន ៦៨៤ ពាន់នាក់

ភ្នំពេញ – តន្លេប៉ុស្តិ៍។

វិទ្យាស្ថានជាតិស្ថិតិបានប្រកាសលទ្ធផលចុងក្រោយនៃជំរឿនទូទៅឆ្នាំ២០៤៨ នៅថ្ងៃនេះ។
"""

AMHARIC_PAGE = """መነሻ › ኢኮኖሚ › ባንክና ፋይናንስ
ዓርብ መጋቢት 7 ቀን 2038 ዓ.ም. | ከቀኑ 11:30

መንግሥት ሳባ ኅብረት ባንክን ለመታደግ 62 ቢሊዮን ብር መደበ

አዲስ አበባ – ጣና ታይምስ።

የፋይል ፎቶ፦ የሳባ ኅብረት ባንክ ዋና መሥሪያ ቤት በአዲስ አበባ ቦሌ (ፎቶ፦ ጣና ታይምስ)

የኢትዮጵያ መንግሥት ዛሬ ለሳባ ኅብረት ባንክ 62 ቢሊዮን ብር መመደቡን አስታወቀ።
"""


def test_a_khmer_date_line_is_read_and_is_no_headline() -> None:
    line = "ថ្ងៃពុធ ទី១៨ ខែវិច្ឆិកា ឆ្នាំ២០៤៨ | ម៉ោង ១៥:២០"
    assert match_date(line, "km")[0].iso.startswith("2048-11-18")
    assert is_header_date_line(line, "km").iso == "2048-11-18T15:20:00+00:00"
    cleaned = clean_scraped_text(KHMER_PAGE, "km")
    assert cleaned.title.startswith("លទ្ធផលជំរឿនចុងក្រោយ")
    assert cleaned.published.startswith("2048-11-18")


def test_an_amharic_date_line_with_its_era_and_hour_is_read() -> None:
    line = "ዓርብ መጋቢት 7 ቀን 2038 ዓ.ም. | ከቀኑ 11:30"
    assert is_header_date_line(line, "am").iso.startswith("2046-03-16")
    cleaned = clean_scraped_text(AMHARIC_PAGE, "am")
    assert cleaned.title == "መንግሥት ሳባ ኅብረት ባንክን ለመታደግ 62 ቢሊዮን ብር መደበ"
    assert cleaned.published.startswith("2046-03-16")
    assert "የፋይል ፎቶ" not in cleaned.body


def test_an_amharic_file_photo_is_a_caption() -> None:
    assert is_caption("የፋይል ፎቶ፦ የሳባ ኅብረት ባንክ ዋና መሥሪያ ቤት በአዲስ አበባ ቦሌ (ፎቶ፦ ጣና ታይምስ)")
    assert not is_caption("ሳባ ኅብረት ባንክ 9.4 ቢሊዮን ብር ኪሳራ አስመዘገበ")


def test_a_persian_inquiry_named_before_a_colon_reports_its_findings() -> None:
    facts = occurrence_facts("کمیته تحقیق: خطای رله حفاظتی عامل خاموشی سراسری سریلانکا بود", "")
    assert "act.followup:inquiry" in facts
