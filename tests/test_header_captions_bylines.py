"""Photo captions, bylines and reading times in a scrape's header are never its title (issue 14).

Session 59: a photo caption with its label (``图片说明：``, ``[صورة]``) that the page prints
again inside the story had been taken for the page's repeated headline; an author's name
beside a reading time (``Minh Châu | Đọc trong 4 phút``) and a Korean correspondent's byline
(``하노이=최윤서 특파원``) had become titles; so had a site's tagline when the site's path came
third, under its name and tagline.
"""

from __future__ import annotations

import pytest

from storyline.text.clean import clean_scraped_text
from storyline.text.clean.rules import is_caption, is_noise

BODY = {
    "zh": "两国海军的测量船周日分别从各自港口启航，将在海湾入口会合，沿事先商定的测线开展为期六周的"
    "联合水文测量，这是双方上月谈判时签署的纪要中的一项内容。",
    "ar": "أحرز فريق المدينة لقب الكأس بفوزه على منافسه التقليدي بهدف نظيف في المباراة النهائية التي "
    "أقيمت مساء السبت على الملعب الوطني بحضور أكثر من عشرين ألف متفرج.",
    "vi": "Từ 15 giờ chiều nay, tập đoàn xăng dầu điều chỉnh tăng giá bán lẻ các mặt hàng xăng dầu "
    "theo kết quả điều hành của liên bộ, mức tăng cao nhất trong ba tháng qua.",
    "ko": "산업무역부는 가격 조정 직전 판매를 중단한 주유소들에 대한 일제 점검을 지시했다고 3일 "
    "밝혔다. 적발되면 영업 허가 취소까지 검토하겠다고 당국은 설명했다.",
    "cs": "Tři horníci zahynuli v pondělí odpoledne při závalu v hlubinném dole na severu Čech. "
    "Další dva muži utrpěli zranění a jednoho z nich musel přepravit vrtulník do nemocnice.",
    "es": "Los dos gobiernos firmaron el jueves un acta que prevé un levantamiento conjunto del "
    "golfo y una zona de pesca compartida, aunque no fijaron todavía la línea de frontera.",
    "ja": "宇宙機関は19日午前、地球観測衛星を載せたロケットを打ち上げ、衛星は予定の軌道に"
    "投入された。打ち上げは今年3回目で、いずれも成功している。",
}


@pytest.mark.parametrize(
    ("caption", "lang", "title"),
    [
        ("图片说明：测量船驶离港口。（海军供图）", "zh", "两国海军联合测量船启航"),
        ("[صورة] لاعبو الفريق يحتفلون باللقب", "ar", "فريق المدينة يحرز لقب الكأس"),
        ("【写真】打ち上げられたロケット（宇宙機関提供）", "ja", "地球観測衛星の打ち上げに成功"),
        ("[Photo] The survey ship leaves port", "es", "Colombia y Venezuela firman el acta"),
    ],
)
def test_a_labelled_photo_caption_printed_twice_is_a_caption_not_the_title(
    caption: str, lang: str, title: str
) -> None:
    assert is_caption(caption)
    text = "\n\n".join(["Portal", "Home > World", title, caption, BODY[lang], caption, BODY[lang]])
    cleaned = clean_scraped_text(text, lang)
    assert cleaned.title == title
    assert caption not in cleaned.body
    assert caption in cleaned.captions


@pytest.mark.parametrize(
    "line",
    [
        "Minh Châu | Đọc trong 4 phút",
        "Čtení na 4 minuty",
        "4 min de lectura",
        "أحمد علي | مدة القراءة: 3 دقائق",
        "Lesedauer: 3 Minuten",
        "3 minutes read",
    ],
)
def test_a_reading_time_beside_an_author_is_furniture(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize(
    "line", ["Minh Châu | Hà Nội", "Giá xăng tăng 4 phút sau khi mở cửa", "Čtení na pokračování"]
)
def test_a_name_or_a_sentence_without_a_reading_time_is_not_furniture(line: str) -> None:
    assert not is_noise(line)


@pytest.mark.parametrize(
    ("lines", "title", "lang"),
    [
        (
            [
                "THỜI BÁO NĂNG LƯỢNG",
                "Trang chủ › Thị trường › Xăng dầu",
                "Minh Châu | Đọc trong 4 phút",
            ],
            "Petrolimex tăng mạnh giá xăng dầu từ chiều nay",
            "vi",
        ),
        (
            [
                "비나경제",
                "홈 > 베트남 > 경제·산업",
                "입력 2059.10.03 17:20",
                "하노이=최윤서 특파원",
            ],
            "베트남 산업무역부, 판매 중단 주유소 일제 점검 지시",
            "ko",
        ),
        (
            [
                "KRUŠNOHORSKÉ LISTY",
                "Zprávy z Teplicka, Dubska a Krušných hor",
                "Úvod > Zprávy > Teplicko",
            ],
            "Zával v dole: zemřeli tři horníci, dva jsou zranění",
            "cs",
        ),
    ],
)
def test_bylines_reading_times_and_taglines_above_the_headline_are_not_the_title(
    lines: list[str], title: str, lang: str
) -> None:
    text = "\n".join(lines) + f"\n\n{title}\n\n{BODY[lang]}\n\n{BODY[lang]}"
    cleaned = clean_scraped_text(text, lang)
    assert cleaned.title == title
    assert all(line not in cleaned.body for line in lines)


def test_a_korean_correspondent_byline_names_the_author() -> None:
    text = f"하노이=최윤서 특파원\n\n베트남, 주유소 일제 점검 지시\n\n{BODY['ko']}\n\n{BODY['ko']}"
    cleaned = clean_scraped_text(text, "ko")
    assert cleaned.title == "베트남, 주유소 일제 점검 지시"
    assert cleaned.author == "최윤서"
