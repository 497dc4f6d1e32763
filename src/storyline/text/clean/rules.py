"""Line classifiers for scrape cleanup: captions, trailers, labels, headlines.

Each function looks at one stripped line. They are cheap (one precompiled
regex each) so the cleaner can call them on every line.

Examples
--------
>>> is_caption("FILE PHOTO: A man walks past. REUTERS/Omar Sanadiki")
True
>>> is_trailer("Leave a Reply")
True
>>> is_section_label("Politics")
True
"""

from __future__ import annotations

import re

_CAPTION_START = re.compile(
    r"^(?:file\s+photo|photo\s+d['’]archive|archive\s+photo|photo|image|picture|pictured|"
    r"photograph|caption|foto|archivfoto|bildunterschrift|fotoğraf|фото|фота|снимок|снимка|"
    r"kuva|kuvassa|bild|fotó|zdjęcie|fot\.|φωτογραφία|φωτ\.|צילום|ภาพ|ảnh|slika|arhivska\s+fotografija|"
    r"picha|ছবি|ফাইল\s+ছবি|зураг|сурет|сүрөт|сүрөттө|сурат|surat|rasm|"
    # South Asian scripts: Hindi, Marathi, Nepali, Gujarati, Punjabi, Telugu, Kannada,
    # Malayalam, Sinhala; Khmer, Burmese, Amharic (a file photo: "ഫയൽ ചിത്രം:", "រូបឯកសារ៖")
    r"फोटो|फ़ोटो|तस्वीर|छायाचित्र|तस्बिर|ફોટો|તસવીર|ਫੋਟੋ|ਤਸਵੀਰ|చిత్రం|ఫోటో|ಚಿತ್ರ|ಫೋಟೋ|"
    r"ചിത്രം|ഫയൽ\s+ചിത്രം|ഫോട്ടോ|ඡායාරූපය|ඡායාරූප|រូបភាព|រូបឯកសារ|រូបថត|ဓာတ်ပုံ|ፎቶ|የፋይል\s+ፎቶ|"
    # Maltese "Ritratt tal-arkivju:" (a file photo), "Ritratt:"
    r"ritratt(?:\s+tal-arkivju)?|"
    # Georgian "ფოტო:", "საარქივო ფოტო:" (an archive photo)
    r"(?:საარქივო\s+)?ფოტო|"
    # Khmer writes its colon "៖", Amharic "፦"
    r"عکس|تصویر|فوٹو|صورة|الصورة|صورة\s+أرشيفية|图片来源|图片说明|图片|图说|图注|配图|图|照片|写真|画像)"
    r"\s*(?:\([^)]{0,40}\)\s*)?[:：|៖፦]"
    # a photo label in brackets: Korean "[사진] ...", "[사진=연합뉴스]", "[صورة] ...", "【图】..."
    r"|^[\[【]\s*(?:사진|그래픽|영상|photo|foto|image|bild|фото|صورة|الصورة|عکس|تصویر|图片?|照片|"
    r"写真|画像|ảnh|ภาพ)(?:[^\]】]{0,20})?[\]】]",
    re.IGNORECASE,
)
_CREDIT_ONLY = re.compile(
    r"^\((?:[^()]{0,40}\s)?(?:photo|photos|pool|image|images|foto|фото)(?:\s[^()]{0,30})?\)\.?$",
    re.IGNORECASE,
)
"""A line that is only a parenthesised photo credit: ``(Yonsei Photo Pool)``."""
_CAPTION_CREDIT = re.compile(
    r"(?:via\s+(?:reuters|getty\s+images|ap|afp)|reuters/[^\W\d_][\w .'-]{0,40}|"
    r"\(ap\s+photo[^)]*\)|\bap\s+photo/|afp\s+photo|[/©]\s*afp\b|\bafp/|getty\s+images|"
    r"epa(?:-efe)?/\s*[^\W\d_][\w .'-]{0,40}|\(photo(?:\s+by|:)[^)]*\)|photo\s+credit\s*:|"
    r"\((?:credit|photo|image)\s*:[^)]*\)|©\s*[^\W\d_][\w .'-]{1,40}|foto:\s*\w+|"
    r"\(عکس[^)]*\)|\(صورة[^)]*\)|\(фото[^)]*\)|\((?:foto|photo|picha|slika|ছবি|kuva|bild)\b[^)]{0,50}\)|\((?:[\w .'’-]{0,30}\s)?photo\s+(?:pool|service|desk|agency)\))"
    r"\s*\.?\)?\s*$",
    re.IGNORECASE,
)

_LABELLED_CREDIT = re.compile(r"\(\s*[^\s():0-9]{1,14}\s*[:：]\s*(?P<name>[^():：]{1,40})\)\s*\.?\s*$")
"""A credit in parentheses at a line's end, a one-word label in any language and a name:
``(படம்: கடலோசை)``, ``(Foto: Jadranski puls)``, ``(ფოტო: ტაბულა)``."""
_SENTENCE_THEN_CREDIT = re.compile(
    r"[.!?]\s+(?:photo|foto|фото|фота|снимка|слика|slika|mynd|kuva|bild|zdjęcie|fotografija|"
    r"ფოტო|عکس|صورة|照片|图片)\s*[:：]\s*(?P<name>[^.!?:：]{1,60})$",
    re.IGNORECASE,
)
"""A sentence, then a photo label and its credit at the line's end: ``Пожар над автопатот.
Фото: архива / Вардарски весник``, ``Kláfurinn á Kobla. Mynd: Hafnarfréttir``."""
_CREDIT_WORD_LAST = re.compile(r"\([^()]{0,40}\s(?:nuotr\.?|nuotrauka|fotografie)\)\s*\.?\s*$", re.I)
"""A credit in parentheses whose photo word comes last: ``(Žinių srauto nuotr.)``."""
_CAPTION_LINE = 200
"""A caption is a sentence or two: longer lines ending in a credit-like note are body."""

_CREDIT_HINTS: tuple[str, ...] = (
    "reuters",
    "ap ",
    "ap)",
    "afp",
    "getty",
    "epa",
    "photo",
    "©",
    "credit",
    "image",
    "foto",
)
_CREDIT_HINTS += ("عکس", "صورة", "фото", "фота", "picha", "slika", "ছবি", "kuva", "bild")
_TRAILER = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|comments?\s*$|"
    r"\d+\s+comments?|your\s+email\s+address\s+will\s+not\s+be\s+published|share\s+this(?:\s+\w+)?\s*:?|"
    r"share\s+on\s+|related\s+(?:posts|articles|stories|news)|click\s+to\s+(?:share|print|email)|"
    r"you\s+may\s+also\s+like|read\s+more\s*:?\s*$|more\s+from|recommended|most\s+read|"
    r"subscribe\s+to\s+our\s+newsletter|sign\s+up\s+for|tags?\s*:|"
    r"laisser\s+un\s+commentaire|laissez\s+un\s+commentaire|votre\s+adresse\s+(?:e-?mail|de\s+messagerie)|"
    r"partager\s*(?:cet\s+article|sur)?\s*:?\s*$|articles?\s+similaires|à\s+lire\s+aussi|lire\s+aussi|"
    r"kommentar\s+(?:hinterlassen|schreiben)|kommentare|schreibe\s+einen\s+kommentar|"
    r"deine\s+e-?mail-adresse|ihre\s+e-?mail-adresse|artikel\s+teilen|teilen\s*:|das\s+könnte\s+sie|"
    r"ähnliche\s+artikel|mehr\s+zum\s+thema|"
    r"deja\s+una\s+respuesta|deja\s+un\s+comentario|deja\s+tu\s+comentario|tu\s+dirección\s+de\s+correo|"
    r"comparte\s+(?:esta|este|en)|compartir\s*:|noticias\s+relacionadas|te\s+puede\s+interesar|"
    r"оставить\s+комментарий|оставьте\s+комментарий|комментарии|ваш\s+адрес\s+email|поделиться|"
    r"читайте\s+также|похожие\s+новости|похожие\s+статьи|"
    r"ارسال\s+نظر|نظر\s+خود\s+را|نظرات|آدرس\s+ایمیل\s+شما|اخبار\s+مرتبط|مطالب\s+مرتبط|"
    r"بیشتر\s+بخوانید|اشتراک\s+گذاری|اشتراک‌گذاری|برچسب\s*ها|برچسب‌ها|"
    r"اترك\s+تعليقا|اترك\s+تعليقاً|أضف\s+تعليقا|أضف\s+تعليق|التعليقات|تعليقات|اترك\s+رد|شارك\s+(?:هذا|المقال|على)|"
    r"مشاركة|أخبار\s+ذات\s+صلة|اقرأ\s+أيضا|اقرأ\s+أيضاً|لن\s+يتم\s+نشر\s+عنوان\s+بريدك|"
    r"发表评论|发表回复|评论|分享到|相关新闻|相关阅读|相关文章|"
    r"yorum\s+yap|yorumlar|yorum\s+yaz|bir\s+yanıt\s+yazın|paylaş|ilgili\s+haberler|benzer\s+haberler|"
    r"e-posta\s+hesabınız)",
    re.IGNORECASE,
)
_SHARE_ONLY = re.compile(
    r"^(?:(?:share|tweet|email|print|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|"
    r"x|copy\s+link|advertisement|advertising|anzeige|publicité|publicidad|реклама|تبلیغات|إعلان)"
    r"[\s,|/·•]*)+$",
    re.IGNORECASE,
)
# A page's story number ("کد خبر: ۴۸۸۱۲۰", "News ID: 81422"): furniture, never a fact.
_STORY_ID = re.compile(
    r"^(?:کد\s*خبر|کد\s*مطلب|شناسه\s*خبر|شماره\s*خبر|رقم\s*الخبر|news\s*id|article\s*id|story\s*id|"
    r"id\s+новости|номер\s+новости|新闻编号|文章编号|稿件编号)\s*[:：#]?\s*[\d۰-۹٠-٩][\d۰-۹٠-٩\-/]*$",
    re.IGNORECASE,
)
# A page's reading time ("Reading time: 3 min", "Lecture : 5 min", "زمان مطالعه: ۳ دقیقه",
# "阅读时间：3分钟", "この記事は約4分で読めます"): furniture, never a fact or a headline.
_READING_UNIT = (
    r"(?:min(?:ute|uten|uut|utos|uti|utes|uty|ut|uta)?s?|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?|dk|dakika|"
    r"menit|phút|perc|λεπτ[άό]|דק(?:ות)?|دقیقه|دقائق|دقيقة|分钟|分鐘|分|분)"
)
_READING_TIME = re.compile(
    r"^(?:(?:estimated\s+)?reading\s+time|(?:temps\s+de\s+)?lecture|lesezeit|"
    r"czas\s+(?:czytania|lektury)|время\s+чтения|час\s+читання|tiempo\s+de\s+lectura|"
    r"tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd|läsningstid|lästid|okuma\s+süresi|"
    r"(?:waktu|durasi)\s+baca|χρόνος\s+ανάγνωσης|זמן\s+קריאה|(?:زمان|مدت)\s*(?:مطالعه|خواندن)|"
    r"(?:مدة|وقت|زمن)\s+القراءة|阅读时间|阅读时长|閱讀時間|読了時間|읽는\s*시간|lesedauer|"
    r"(?:doba\s+)?čtení(?:\s+na)?|(?:thời\s+gian\s+)?đọc(?:\s+trong)?|(?:timp\s+de\s+)?citire|"
    r"durée\s+de\s+lecture|læsetid|lesetid|lukuaika|olvasási\s+idő|okuma)"
    r"\s*[:：]?\s*(?:about\s+|ca\.\s*|约|約|약\s*)?\d+\s*" + _READING_UNIT + r"\.?$|"
    r"^\d+\s*-?\s*" + _READING_UNIT + r"\.?\s+(?:read|de\s+lectura|di\s+lettura|de\s+leitura|"
    r"de\s+lecture|čtení|đọc|чтения|читання|okuma|lesen|czytania|de\s+citire|olvasás)$|"
    r"^この記事は約?\d+分で読めます。?$",
    re.IGNORECASE,
)
# An agency's credit line closing a report ("(Reporting by A; Editing by B)").
_CREDIT_LINE = re.compile(
    r"^\((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b[^()]{2,200}\)\.?$|"
    r"^\((?:bericht|reporter|redigiert)\s+(?:von\b|:)[^()]{2,200}\)\.?$|"
    r"^\((?:reportage|rédigé|édité)\s+(?:par\b|:)?[^()]{2,200}\)\.?$|"
    r"^\((?:reporte|informe|reportaje)\s+de\b[^()]{2,200}\)\.?$|"
    r"^(?:additional\s+)?reporting\s+by\b[^;]{2,80};\s*(?:editing|writing)\s+by\b.{2,120}$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"(?<!\b[^\W\d]\.[^\W\d])(?<!\b[^\W\d]{2}\.[^\W\d])[.!?。！？؟…]['\"”’»)]*$"
)
"""A line's last character ends a sentence, unless it closes a dotted abbreviation
(``200 б.п.``, ``in the U.S.``): a headline may end in one."""
_LABEL_PUNCT = re.compile(r"[.!?。！？؟:;,،]")
CRUMB_MARKS = ">»›/|→⟩❯▸►➔➜＞〉"  # what separates a breadcrumb's links (``Главная → Азия``)
LIST_MARKS = "—–·•|"  # what separates a list of a site's sections (``Eurobiz Daily · Deals``)
_BREADCRUMB = re.compile(rf"\s[{CRUMB_MARKS}]\s")
_PATH_MARK = re.compile(r"\s[»›→⟩❯▸►➔➜＞〉]\s")
_LIST_MARK = re.compile(rf"\s[{LIST_MARKS}]\s")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")
"""A run of Thai, Lao, Burmese or Khmer: scripts that write no space between words."""
_UNSPACED_CHARS = 6
"""Characters (letters and their vowel signs) per word in such a run, about."""
_TIBETAN = re.compile(r"[\u0f00-\u0fff]+")
"""A run of Tibetan script: syllables apart by a tsheg (``་``), not words apart by spaces."""
_TIBETAN_SYLLABLE = re.compile(r"[^\u0f0b-\u0f14\s]+")
_TIBETAN_SYLLABLES = 2
"""Syllables per word in Tibetan, about."""


# Section names a site prints next to its name ("Der Morgenbote | Panorama").
_SECTION_WORDS_RAW = (
    "news|world|politics|economy|business|finance|markets|sport|sports|culture|arts|science|"
    "technology|tech|health|opinion|region|regional|local|national|international|middle east|"
    "europe|asia|africa|americas|environment|entertainment|lifestyle|society|"
    "panorama|politik|wirtschaft|kultur|wissen|ausland|inland|welt|gesellschaft|meinung|lokales|"
    "nachrichten|monde|politique|économie|société|faits divers|régions|actualités|"
    "mundo|política|economía|internacional|sociedad|cultura|deportes|nacional|opinión|noticias|"
    "политика|экономика|мир|в мире|общество|культура|спорт|происшествия|новости|регионы|"
    "سیاسی|اقتصادی|ورزشی|فرهنگی|اجتماعی|بین‌الملل|جهان|استان‌ها|"
    "سياسة|سياسي|اقتصاد|رياضة|ثقافة|دولي|عربي ودولي|محليات|أخبار|العالم|منوعات|"
    "gündem|dünya|politika|siyaset|ekonomi|spor|kültür|yaşam|"
    "国际|国内|财经|体育|文化|社会|军事|科技|时政|要闻|新闻"
)
SECTION_WORDS: frozenset[str] = frozenset(
    " ".join(w.replace("\u200c", " ").casefold().split()) for w in _SECTION_WORDS_RAW.split("|")
)


def is_section_word(word: str) -> bool:
    """True when ``word`` is a usual news-site section name (``Politik``, ``سیاسی``, ``国际``).

    Examples
    --------
    >>> is_section_word("Panorama"), is_section_word("بین‌الملل"), is_section_word("Baku")
    (True, True, False)
    """
    return " ".join(word.replace("\u200c", " ").casefold().split()) in SECTION_WORDS


def is_caption(line: str) -> bool:
    """True when ``line`` is a photo caption or credit.

    Examples
    --------
    >>> is_caption("Syrian troops in Deir ez-Zor. (AP Photo/Hassan Ammar)")
    True
    >>> is_caption("عکس: خبرگزاری ایرنا")
    True
    >>> is_caption("The agency told AFP that the talks failed.")
    False
    >>> is_caption("(Yonsei Photo Pool)"), is_caption("[사진] 산불 진화 헬기가 물을 뿌리고 있다.")
    (True, True)
    >>> is_caption("(Reporting from the pool of journalists in Rome was limited.)")
    False
    >>> is_caption("மீனவர்கள் திமிங்கலங்களை கடலுக்குள் தள்ளுகின்றனர். (படம்: கடலோசை)")
    True
    >>> is_caption("Meteoritas, pramušęs garažo stogą. (Žinių srauto nuotr.)")
    True
    >>> is_caption("Inflation rose to 4.1% in May (Source: the national statistics office of Italy)")
    False
    >>> is_caption("მეტროსადგურის ქვედა ბაქანი ავარიის შემდეგ. ფოტო: „ქალაქის ამბები“")
    True
    >>> is_caption("Пожар над автопатот кај Демир Капија. Фото: архива / Вардарски весник")
    True
    >>> is_caption("The minister said it plainly. Photo: the ministry's reply is below the fold, he added")
    False
    """
    if len(line) > 600:
        return False
    if _CAPTION_START.match(line) or _CREDIT_ONLY.match(line):
        return True
    tail = line[-90:]
    if len(line) <= _CAPTION_LINE:
        credit = _LABELLED_CREDIT.search(tail)
        if credit is not None and len(credit.group("name").split()) <= 4:
            return True
        if _CREDIT_WORD_LAST.search(tail):
            return True
        credit = _SENTENCE_THEN_CREDIT.search(tail)
        if credit is not None and len(credit.group("name").split()) <= 6:
            return True
    lowered = tail.lower()
    if not any(hint in lowered for hint in _CREDIT_HINTS):
        return False
    return _CAPTION_CREDIT.search(tail) is not None


def is_trailer(line: str) -> bool:
    """True when ``line`` opens a comment form, share bar or related-links block.

    Only short lines count: a sentence that merely contains "share" is body.

    Examples
    --------
    >>> is_trailer("Your email address will not be published. Required fields are marked *")
    True
    >>> is_trailer("Оставить комментарий")
    True
    >>> is_trailer("Share prices fell sharply on Monday after the central bank raised rates again.")
    False
    """
    if len(line) > 120:
        return False
    if _TRAILER.match(line) is None:
        return False
    return len(line) <= 40 or not _SENTENCE_END.search(line) or line.lower().startswith("your")


def is_noise(line: str) -> bool:
    """True for share-button, advertisement, story-number and credit lines that carry no text.

    Examples
    --------
    >>> is_noise("Facebook Twitter WhatsApp")
    True
    >>> is_noise("Twitter said on Monday it would ban the account.")
    False

    A story number or an agency's credit line carries no text either:

    >>> is_noise("کد خبر: ۴۸۸۱۲۰"), is_noise("(Reporting by Ann Lee; Editing by Tom Hay)")
    (True, True)
    >>> is_noise("Reporting by the BBC showed that the ministry knew.")
    False

    So does a reading time, alone or beside a story number:

    >>> is_noise("Reading time: 3 min"), is_noise("کد خبر: ۲۸۴۱۷۷ | زمان مطالعه: ۳ دقیقه")
    (True, True)
    >>> is_noise("Время чтения: 2 минуты"), is_noise("Reading time fell to 3 min a page.")
    (True, False)
    >>> is_noise("Minh Châu | Đọc trong 4 phút"), is_noise("4 min de lectura")
    (True, True)
    >>> is_noise("Minh Châu | Hà Nội"), is_noise("News ID: 123 · Story ID: 4412")
    (False, True)
    """
    if len(line) > 300:
        return False
    if _STORY_ID.match(line) is not None or _CREDIT_LINE.match(line) is not None:
        return True
    parts = [p.strip() for p in re.split(r"[|·•]", line) if p.strip()]
    timed = [p for p in parts if _READING_TIME.match(p)]
    if len(line) <= 100 and parts and all(
        _STORY_ID.match(p) or p in timed or (timed and _short_name(p)) for p in parts
    ):  # "Reading time: 3 min", "کد خبر: ۲۸۴۱۷۷ | زمان مطالعه: ۳ دقیقه", "Minh Châu | Đọc trong 4 phút",
        return True  # "News ID: 123 · Story ID: 4412"; a name only beside a reading time
    return len(line) <= 80 and (_SHARE_ONLY.match(line) is not None or _is_share_bar(line))


_PLATFORM = re.compile(
    r"(?<![^\W\d_])(?:facebook|twitter|x|whatsapp|telegram|line|linkedin|reddit|pinterest|vk|"
    r"vkontakte|weibo|wechat|qq|viber|email|e-mail|messenger|threads|bluesky|ok|微博|微信)(?![^\W\d_])",
    re.IGNORECASE,
)


def _short_name(part: str) -> bool:
    """A part of a header line short enough to be an author's name: four words at most, no
    digits, no sentence punctuation (``Minh Châu``, ``أحمد علي``)."""
    return (
        len(part.split()) <= 4
        and not any(ch.isdigit() for ch in part)
        and _LABEL_PUNCT.search(part) is None
    )


def _is_share_bar(line: str) -> bool:
    """A bar of share buttons in any language: ``แชร์ Facebook | LINE | X | คัดลอกลิงก์``,
    ``Jaa: Facebook | X | WhatsApp``; two or more of its parts (split at ``|``, ``·``,
    ``•``) and at least half name a platform to share on.

    Examples
    --------
    >>> _is_share_bar("แชร์ Facebook | LINE | X | คัดลอกลิงก์"), _is_share_bar("Jaa: Facebook | X")
    (True, True)
    >>> _is_share_bar("Meta's Facebook | earnings beat forecasts")
    False
    """
    parts = [p for p in re.split(r"[|·•]", line) if p.strip()]
    named = sum(1 for p in parts if _PLATFORM.search(p) and len(p.split()) <= 3)
    return len(parts) >= 2 and named >= 2 and 2 * named >= len(parts)


def word_count(line: str) -> int:
    """Count words; CJK text counts one word per two characters, and Thai, Lao, Khmer and
    Burmese, which put no spaces between words either, one per :data:`_UNSPACED_CHARS`
    characters of a run (at least one).

    Examples
    --------
    >>> word_count("Assad greenlights Iraq"), word_count("叙利亚总统授权伊拉克")
    (3, 5)
    >>> word_count("មន្ត្រីពន្លត់អគ្គិភ័យចុះត្រួតពិនិត្យផ្សារលើ រកឃើញខ្សែភ្លើងគ្រោះថ្នាក់")
    11

    Tibetan writes a tsheg (``་``) between syllables and no space between words: one
    word per :data:`_TIBETAN_SYLLABLES` syllables.

    >>> word_count("ཨ་མདོ་རྫོང་དུ་ཁ་བ་ཆེན་པོ་བབས་ནས་འབྲོག་པ་གཉིས་ཤི་བ།")
    7
    """
    cjk = len(_CJK.findall(line))
    unspaced = sum(max(1, len(run) // _UNSPACED_CHARS) for run in _UNSPACED.findall(line))
    tibetan = sum(
        max(1, len(_TIBETAN_SYLLABLE.findall(run)) // _TIBETAN_SYLLABLES)
        for run in _TIBETAN.findall(line)
    )
    rest = _TIBETAN.sub(" ", _UNSPACED.sub(" ", _CJK.sub(" ", line)))
    return len(rest.split()) + cjk // 2 + unspaced + tibetan


# The first crumb of a breadcrumb ("الرئيسية | اقتصاد", "Home | Politics"): a link to the
# site's front page, never its name.
_HOME_WORDS_RAW = (
    "home|homepage|home page|front page|start|startseite|accueil|inicio|portada|início|"
    "página inicial|pagina iniziale|strona główna|hoofdpagina|главная|главная страница|головна|"
    "الرئيسية|الصفحة الرئيسية|الرئيسيه|خانه|صفحه اصلی|صفحه نخست|صفحه اول|"
    "anasayfa|ana sayfa|首页|主页|网站首页|trang chủ|αρχική|αρχικη|beranda|halaman utama|"
    "startsida|forside|etusivu|úvod|kezdőlap|acasă|pagina principală|ホーム|トップ|홈|"
    "मुख्य पृष्ठ|होम|หน้าแรก|דף הבית|ראשי"
)
HOME_WORDS: frozenset[str] = frozenset(
    " ".join(w.casefold().split()) for w in _HOME_WORDS_RAW.split("|")
)


def is_home_word(word: str) -> bool:
    """True when ``word`` is a breadcrumb's link to the front page (``Home``, ``الرئيسية``, ``首页``).

    Examples
    --------
    >>> is_home_word("الرئيسية"), is_home_word("Strona główna"), is_home_word("Meridian")
    (True, True, False)
    """
    return " ".join(word.replace("\u200c", " ").casefold().split()) in HOME_WORDS


def is_breadcrumb(line: str) -> bool:
    """A site's path: section labels joined by a breadcrumb's marks (``Home > World > Asia``).

    Examples
    --------
    >>> is_breadcrumb("トップ ＞ 鹿児島 ＞ 災害・気象"), is_breadcrumb("Home » World")
    (True, True)
    >>> is_breadcrumb("Middle East"), is_breadcrumb("Oil > $90 as OPEC+ cuts output again")
    (False, False)
    >>> is_breadcrumb("By Jane Doe | December 30, 2018")  # a bar or a slash joins anything
    False
    >>> is_breadcrumb("Главная / Политика"), is_breadcrumb("الرئيسية | اقتصاد عالمي | آسيا")
    (True, True)
    """
    marked = _PATH_MARK.search(line) or " > " in line  # after a link home, any mark is a path
    home = _BREADCRUMB.search(line) and is_home_word(re.split(rf"[{CRUMB_MARKS}]", line)[0])
    return bool(marked or home) and is_section_label(line)


def is_section_label(line: str) -> bool:
    """True for a short section name or breadcrumb (``World``, ``سیاسی``, ``Home > Politics``).

    Examples
    --------
    >>> is_section_label("Middle East"), is_section_label("Home > World > Iraq")
    (True, True)
    >>> is_section_label("Assad greenlights Iraq to strike IS in Syria")
    False
    >>> is_section_label("Eurobiz Daily · Industrials · Deals"), is_section_label("News » Air transport")
    (True, True)
    >>> is_section_label("Главная → Азия → Индонезия"), is_section_label("Home ❯ World ❯ Asia")
    (True, True)
    >>> is_section_label("トップ ＞ 鹿児島 ＞ 災害・気象")  # full-width marks
    True
    >>> is_section_label("Strike ends — flights resume — unions claim victory")
    False
    >>> is_section_label("Trang chủ > Pháp luật > An ninh trật tự")  # after a link home
    True
    >>> is_section_label("Oil > $90 as OPEC+ cuts output again")
    False
    >>> is_section_label("Gulf & Caucasus Review > Diplomacy")
    True
    >>> is_section_label("Central Europe Football Wire / Hungary / Magyar Kupa")
    True
    >>> is_section_label("Oil / gas / power: prices rise again")
    False
    """
    crumbs = re.split(rf"[{CRUMB_MARKS}]", line)
    if _BREADCRUMB.search(line) and all(_crumb_words(part) <= 3 for part in crumbs):
        return True  # "Gulf & Caucasus Review > Diplomacy": an ampersand is no word
    if (
        len(_BREADCRUMB.findall(line)) >= 2
        and not _LABEL_PUNCT.search(line)
        and all(1 <= len(part.split()) <= 5 and not part.strip()[0].islower() for part in crumbs)
    ):  # three or more capitalised labels between marks: "Central Europe Football Wire / Hungary / Magyar Kupa"
        return True
    if (
        (_PATH_MARK.search(line) or (_BREADCRUMB.search(line) and is_home_word(crumbs[0])))
        and not _LABEL_PUNCT.search(line)
        and all(len(part.split()) <= 5 for part in crumbs)
    ):  # "سفرنامه اقتصادی » حمل و نقل هوایی": » and › mark a site's path, never a headline;
        return True  # so does any mark after a link home ("Trang chủ > Pháp luật > An ninh trật tự")
    parts = _LIST_MARK.split(line)
    if len(parts) >= 3 and not _LABEL_PUNCT.search(line) and all(
        1 <= len(part.split()) <= 3 and not part.strip()[0].islower() for part in parts
    ):  # "Eurobiz Daily · Industrials · Deals", "Футбольный курьер — Трансферы — Спорт"
        return True
    if _is_desk_line(line):
        return True
    return len(line) <= 30 and word_count(line) <= 3 and not _LABEL_PUNCT.search(line)


_MENU_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*$")
_UNTITLED_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f]")
"""Greek, Cyrillic and Armenian: scripts whose headlines are never in title case."""


def is_menu_line(line: str) -> bool:
    """A site's menu printed as words apart by spaces alone (``Новости Гаджеты Наука Игры``).

    Four to ten capitalised words, no digit and no punctuation; two of them usual section names,
    or the words in Greek, Cyrillic or Armenian, whose headlines are never in title case (an
    English one is: ``Business Leaders Slam Tax Plan``).

    Examples
    --------
    >>> is_menu_line("Новости Гаджеты Мобильные Наука Игры")
    True
    >>> is_menu_line("News World Business Sport Culture")
    True
    >>> is_menu_line("Business Leaders Slam Tax Plan"), is_menu_line("Фермеры перекрыли дорогу Лиона")
    (False, False)
    """
    words = [w for w in line.split() if w not in ("&", "+", "＆")]
    if not 4 <= len(words) <= 10 or _LABEL_PUNCT.search(line):
        return False
    if not all(_MENU_WORD.match(w) and w[0].isupper() for w in words):
        return False
    sections = sum(is_section_word(w) for w in words)
    return sections >= 2 or bool(_UNTITLED_SCRIPT.search(line))


def is_masthead(line: str) -> bool:
    """A site's name in capitals heading its page (``BALTIC & NORDIC DESK``): at most five words,
    every letter a capital, no digit and no punctuation.

    Examples
    --------
    >>> is_masthead("BALTIC & NORDIC DESK"), is_masthead("TERRES & SILLONS")
    (True, True)
    >>> is_masthead("FLOODS KILL 12 IN SPAIN"), is_masthead("Baltic & Nordic Desk")
    (False, False)
    """
    letters = [c for c in line if c.isalpha()]
    return (
        bool(letters)
        and all(c.isupper() for c in letters)
        and word_count(line) <= 5
        and not any(c.isdigit() for c in line)
        and not _LABEL_PUNCT.search(line)
    )


def _crumb_words(part: str) -> int:
    """The words of a breadcrumb's link, an ampersand or plus alone not counted (a dash is:
    ``Elif Demirkaya / Tokat - Kuzey Postası`` is a byline).

    Examples
    --------
    >>> _crumb_words("Gulf & Caucasus Review "), _crumb_words(" $90 as OPEC+ cuts")
    (3, 4)
    >>> _crumb_words(" Tokat - Kuzey Postası")
    4
    """
    return sum(1 for word in part.split() if word.strip("&+＆"))


_DESK_WORD = re.compile(r"^(?:سرویس|گروه|دبیرخانه|القسم|قسم)\s+")


def _is_desk_line(line: str) -> bool:
    """A desk's signature, ``سرویس بین‌الملل <outlet>``: a desk word, a section, a short name.

    Examples
    --------
    >>> _is_desk_line("سرویس بین الملل دنیای کار"), _is_desk_line("گروه سیاسی")
    (True, True)
    >>> _is_desk_line("گروه تروریستی مسئولیت حمله را پذیرفت")
    False
    """
    desk = _DESK_WORD.match(line)
    if desk is None or len(line) > 60 or _LABEL_PUNCT.search(line):
        return False
    words = line[desk.end() :].split()
    for size in (2, 1):  # "بین الملل" (its ZWNJ stripped) or "سیاسی"
        if len(words) >= size and is_section_word(" ".join(words[:size])):
            return len(words) - size <= 4
    return False


def looks_like_headline(line: str) -> bool:
    """True for a headline: several words, no final full stop, not too long.

    Examples
    --------
    >>> looks_like_headline("Assad greenlights Iraq to target Islamic State sites in Syria")
    True
    >>> looks_like_headline("An Iraqi governmental source said on Sunday that it would act.")
    False
    """
    if len(line) > 250 or word_count(line) < 3:
        return False
    end = line.rstrip("'\"”’»)")
    if end.endswith(".") and not _SENTENCE_END.search(end):
        return True  # a dotted abbreviation ends it: "ЦБ снизил ставки на 200 б.п."
    return not end.endswith((".", "。", ";", ",", "،", ":"))


def is_paragraph(line: str) -> bool:
    """True for a line that reads as running text (long, ends like a sentence).

    Examples
    --------
    >>> is_paragraph("An Iraqi source said on Sunday that Syria agreed to the strikes.")
    True
    >>> is_paragraph("Por: Redacción Judicial | 5 de diciembre de 2027 - 08:40 a. m.")
    False
    """
    if len(line) > 250:
        return True
    return word_count(line) >= 8 and bool(_SENTENCE_END.search(_CLOCK_TAIL.sub("", line)))


#: A clock's ``a. m.`` / ``p.m.`` ending a line (a byline's time): not a sentence's full stop.
_CLOCK_TAIL = re.compile(r"(?<![^\W\d_])[ap]\.\s?m\.$|(?<=\d)\s*น\.$", re.IGNORECASE)
