"""ZWNJ repair and Persian letter handling."""

from storyline.text.persian import ZwnjRepairer, looks_persian, repair_zwnj, to_persian_letters
from storyline.text.persian.lexicon import canonical_zwnj, verb_forms

Z = "\u200c"


def test_seed_forms():
    assert repair_zwnj("کردهاند") == f"کرده{Z}اند"
    assert repair_zwnj("رئیسجمهور") == f"رئیس{Z}جمهور"
    assert repair_zwnj("گفتوگو") == f"گفت{Z}وگو"


def test_verb_prefixes():
    sent = "آنها هر روز کار میکنند ولی ما نمیدانیم و نمیتوان گفت"
    out = repair_zwnj(sent)
    assert f"می{Z}کنند" in out
    assert f"نمی{Z}دانیم" in out
    assert f"نمی{Z}توان" in out
    assert repair_zwnj("این اتفاق میافتد") == f"این اتفاق می{Z}افتد"


def test_preverb_with_mi():
    assert repair_zwnj("او برمیگردد") == f"او برمی{Z}گردد"


def test_plurals():
    assert repair_zwnj("تروریستها") == f"تروریست{Z}ها"
    assert repair_zwnj("سازمانهای دولتی") == f"سازمان{Z}های دولتی"
    assert repair_zwnj("هفتههای گذشته") == f"هفته{Z}های گذشته"


def test_no_zwnj_after_non_joining_letter():
    # a ZWNJ after ر would be invisible: the word stays as it is
    assert repair_zwnj("کشورها") == "کشورها"


def test_comparative_and_heh_suffixes():
    assert repair_zwnj("سختترین روز") == f"سخت{Z}ترین روز"
    assert repair_zwnj("یک رسانهای مستقل") == f"یک رسانه{Z}ای مستقل"
    assert repair_zwnj("آنان رفتهاند") == f"آنان رفته{Z}اند"


def test_words_left_alone():
    for text in ["میز", "میدان", "میلیون", "میان", "میزان", "همه", "تنها", "بهترین", "آنها"]:
        assert repair_zwnj(text) == text, text
    assert repair_zwnj("بشار اسد، رئیس جمهور") == "بشار اسد، رئیس جمهور"
    assert repair_zwnj("تحولات میدانی") == "تحولات میدانی"


def test_spaces_never_change():
    text = "می کنند  و   کرده اند\nگفت و گو"
    out = repair_zwnj(text)
    assert out == text


def test_idempotent_and_keeps_existing_zwnj():
    text = "عراق و سوریه توافق کردهاند که تروریستها را در خاک یکدیگر بمباران کنند."
    once = repair_zwnj(text)
    assert once != text
    assert repair_zwnj(once) == once
    done = f"می{Z}خواهند و کرده{Z}اند"
    assert repair_zwnj(done) == done


def test_other_scripts_untouched():
    text = "Hello world, привет мир, 東京 2024"
    assert repair_zwnj(text) == text


def test_letters_and_detection():
    assert to_persian_letters("كتاب علي") == "کتاب علی"
    assert looks_persian("گفت‌وگو با شبکه راشا تودی")
    assert not looks_persian("قال الرئيس السوري بشار الأسد إن")
    assert not looks_persian("plain English")


def test_lexicon_helpers():
    assert canonical_zwnj(f"در{Z}ها") == "درها"
    assert f"می{Z}نویسند" in verb_forms("نویس", "نوشت")
    assert f"نوشته{Z}اند" in verb_forms("نویس", "نوشت")


def test_repairer_memo_is_bounded():
    rep = ZwnjRepairer(memo_size=2)
    for word in ["کتابها", "میروند", "خانهای", "سازمانها"]:
        rep.word(word)
    assert len(rep._memo) <= 2
    assert rep.word("کتابها") == f"کتاب{Z}ها"


def test_comparative_after_adjective():
    # the Academy writes تر/ترین apart, except بهتر، بیشتر، کمتر، مهتر، کهتر
    assert repair_zwnj("این خطرناکترین راه است") == f"این خطرناک{Z}ترین راه است"
    assert repair_zwnj("کار سادهتر شد") == f"کار ساده{Z}تر شد"
    assert repair_zwnj("نسل جوانتر") == f"نسل جوان{Z}تر"
    # words that only end like a comparative, and the attached exceptions
    for word in ["دفتر", "فیلتر", "بستر", "دختر", "برتر", "بیشتر", "کمتری", "بهترین", "کمتر"]:
        assert repair_zwnj(word) == word, word


def test_compounds_from_hazm_list():
    assert repair_zwnj("مهلت ثبتنام تمدید شد") == f"مهلت ثبت{Z}نام تمدید شد"
    assert repair_zwnj("برنامهریزی دقیق") == f"برنامه{Z}ریزی دقیق"
    assert repair_zwnj("نشست فوقالعاده") == f"نشست فوق{Z}العاده"


def test_enclitic_after_heh_in_short_words():
    assert repair_zwnj("عدهای از مردم") == f"عده{Z}ای از مردم"


def test_productive_second_parts():
    # unlisted compounds: a known word and a productive part learned from the lists
    assert repair_zwnj("بازار گلفروشی") == f"بازار گل{Z}فروشی"
    assert repair_zwnj("صنعت سیمانسازی") == f"صنعت سیمان{Z}سازی"
    # after a silent ه the part is always written apart
    assert repair_zwnj("علاقهمندان فوتبال") == f"علاقه{Z}مندان فوتبال"


def test_compound_lookalikes_stay_whole():
    words = (
        "همکاری همکار میزان تنها آنها اینکه بزرگراه نگهداری خبرنگار کارگر دانشمند "
        "دانشگاه کتابخانه پیشنهاد پسران ماهیگیری مرغداری بهسازی شاهراه"
    ).split()
    for word in words:
        assert repair_zwnj(word) == word, word
    assert repair_zwnj("بشار اسد گفت") == "بشار اسد گفت"


def test_lexicon_preference_and_parts():
    from storyline.text.persian.lexicon import load_lexicon, productive_parts

    lex = load_lexicon()
    assert lex.prefers_zwnj("ثبتنام", f"ثبت{Z}نام")
    assert not lex.prefers_zwnj("بزرگراه", f"بزرگ{Z}راه")
    heads, modifiers = productive_parts(lex)
    assert {"گذاری", "کننده", "شده"} <= heads
    assert "ها" not in heads and "جو" not in heads


def test_a_lemma_ending_in_tar_plus_yeh_is_not_a_comparative() -> None:
    from storyline.text.persian import repair_zwnj

    assert repair_zwnj("زمین‌لرزه ۵.۹ ریشتری در شرق ترکیه") == "زمین‌لرزه ۵.۹ ریشتری در شرق ترکیه"


def test_plural_possessive_after_silent_heh_or_vowel_yeh() -> None:
    z = "\u200c"
    text = "آنها از علاقهشان به خانهمان و زندگیمان گفتند و برنامهتان را دیدند"
    want = f"آنها از علاقه{z}شان به خانه{z}مان و زندگی{z}مان گفتند و برنامه{z}تان را دیدند"
    assert repair_zwnj(text) == want


def test_words_ending_in_man_shan_tan_stay_whole() -> None:
    words = "دوستان متهمان آسمان زمان سازمان درمان پیمان ایمان مهمان ساختمان استان داستان بستان"
    assert repair_zwnj(words) == words
    # after a consonant, a non-joining letter or a glide ی the possessive is attached
    attached = "تیمشان کشورمان برایشان همراهشان"
    assert repair_zwnj(attached) == attached
