"""Arabic title grammar for the title annotator (checker/annotate/titles.py): «وزير الخارجية الروسي سيرغي
لافروف» — the office, what it is of after it, words such as «السابق», then the person. Words are folded
(`fold_word`) when the tables are built."""

# The annotator's reading order: the office first, its qualifier (demonym, country, institution) after it.
GRAMMAR = "office-first"
CLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
# Words before the office that make it part of another title or a non-holder («نائب وزير الخارجية»,
# «المتحدث باسم الرئيس»); a hyphen right before it too. «إدارة» and «حكومة» are not among them: «إدارة الرئيس
# الأمريكي جو بايدن» still says who the president is (roles.TERM_HEADS reads its time).
BLOCKERS_BEFORE = """نائب نائبة نواب مساعد مساعدة مستشار مستشارة مبعوث مبعوثة ممثل ممثلة متحدث متحدثة ناطق ناطقة
    باسم منصب مكتب ديوان زوجة زوج عقيلة حرم نجل ابن ابنة كريمة شقيق شقيقة مدير مديرة سكرتير سكرتيرة وكيل وكيلة
    طائرة قصر مقر حزب موكب حراس مرشح مرشحة معاون معاونة أمين منسق منسقة رئاسة مرشحي لدى ولي"""
HYPHEN_BLOCKS = True
# "spokesman for the president": an office right after another office and one of these is its complement.
OFFICE_COMPLEMENT = r"باسم[ \t\u00a0\u200f\u200e]*"
# After the title, before the person: the role is over, not yet held, or plainly current.
FORMER_AFTER = "السابق السابقة الأسبق الأسبقة المستقيل المستقيلة المقال المقالة آنذاك حينها حينذاك وقتها وقتذاك"
NOT_HOLDER_AFTER = ("المنتخب المنتخبة المكلف المكلفة المعين المعينة المؤقت المؤقتة المقبل المقبلة المرتقب المرتقبة "
                    "بالإنابة بالوكالة المرشح المرشحة")
PLAIN_AFTER = "الحالي الحالية الجديد الجديدة"
# «بوفاة وزير الخارجية»: obituaries name the role a person is known for.
FORMER_BEFORE = "الراحل الراحلة الفقيد الفقيدة المرحوم وفاة رحيل تأبين نعي"
# Words that may stand between the office and its qualifier («المتحدث الرسمي باسم»).
FILLERS = "الرسمي الرسمية باسم"
# «الأمين العام للأمم المتحدة»: the preposition is written onto the name, outside the mention.
ATTACHED_PREPOSITIONS = ("ل", "لل")
# The office's first word in the plural or dual: «وزيرا الخارجية ... والأمريكي ...».
PLURAL_FIRST_WORDS = "وزراء وزيرا وزيري رؤساء رئيسا رئيسي المتحدثون المتحدثين قادة زعماء ملوك سفراء"
PLURAL_ENDINGS: tuple[str, ...] = ()
# A name the knowledge does not know after a title («قال الرئيس المصري أحمد خالد إن ...»): Arabic has no
# capitals to tell where it ends, so it is read only as two to four words closed by a word that cannot be
# part of a name (a conjunction of saying, a preposition, a day word) or punctuation, none of them such a word,
# and only when its first word is the first word of a name the knowledge lists (a given name: «أحمد», «عبد»).
_NOT_NAME = (r"(?:إن|أن|إنه|أنه|قد|لقد|اليوم|أمس|الليلة|يوم|صباح|مساء|خلال|في|على|عن|من|إلى|مع|عقب|بعد|قبل|لدى|"
             r"الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?![\u0621-\u064a])")
UNKNOWN_NAME = (rf"[ \t]+((?:(?!{_NOT_NAME})[\u0621-\u064a]+)(?:[ \t]+(?!{_NOT_NAME})[\u0621-\u064a]+){{1,3}})"
                rf"(?=[ \t]+{_NOT_NAME}|[ \t]*[،,.:؛]|[ \t]*$)")
UNKNOWN_NAME_NEEDS_GIVEN_NAME = True
# Honorifics between a title and the name («ولي العهد السعودي الأمير محمد بن سلمان»): read past.
HONORIFICS = "الأمير الأميرة الملك الملكة الشيخ الشيخة السلطان السيد السيدة الدكتور الدكتورة"
AND = "و"
AND_ATTACHED = True  # «والأمريكي»: written onto the next word
ARTICLE = ""  # no separate article word before a title
INDEFINITE_ARTICLES: tuple[str, ...] = ()
# «قال ديمتري بيسكوف المتحدث باسم الكرملين إن ...»: a name right after a verb of saying is its subject, so a
# title right after the name, with no comma, is the name's apposition; the title must then be closed by
# punctuation or by one of TITLE_CLOSERS («إن», «في», a day). Verbs that take a person as object («أبلغ»,
# «التقى», «استقبل») are not listed: «استقبل بوتين وزير الخارجية الأمريكي» is two people.
APPOSITION_AFTER_VERBS = """قال قالت أكد أكدت أعلن أعلنت أضاف أضافت أوضح أوضحت أشار أشارت صرح صرحت ذكر ذكرت
    تابع تابعت شدد شددت نفى نفت اعتبر اعتبرت رأى رأت لفت لفتت"""
TITLE_CLOSERS = """إن أن إنه أنه إنها أنها بأن لقد قد اليوم أمس الليلة يوم صباح مساء خلال في على عن عقب بعد قبل لدى
    للصحفيين الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"""
# After a bare apposition, a word that opens a clause on the title, not on the name: «قال لافروف وزير الخارجية
# الأمريكي الذي زار موسكو كان مخطئا» may speak of the American minister.
TITLE_RELATIVES = "الذي التي الذين اللذين اللذان اللتان اللتين"
SAID_AFTER_APPOSITION = ""  # the verb comes before the speaker
# An institution named without its country («المتحدث باسم وزارة الخارجية ...»): the pattern, and the kind of
# institution (institutions pack, `kind`) it may be. Read only when no country word follows it.
GENERIC_INSTITUTIONS = {r"(?:وزارة الخارجية|الخارجية)": "foreign ministry"}
APPOSITION_NEEDS_ARTICLE = False
# The qualifier-first grammar's words (unused by Arabic).
FORMER_BEFORE_WORDS = ""
PLAIN_BEFORE = ""
NOT_HOLDER_BEFORE = ""
COPULA_BEFORE = ""
OF_WORDS: tuple[str, ...] = ()
DEATH_WORDS: tuple[str, ...] = ()
FORMER_PREFIX = ""
ELECT_SUFFIX = ""
SKIP_BEFORE: tuple[str, ...] = ()
COMPLEMENT_PREPOSITIONS: tuple[str, ...] = ()
POSSESSIVES: tuple[str, ...] = ()
