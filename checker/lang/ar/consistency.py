"""Arabic for consistency/name-variants: how transliterations of one name differ."""

# Letters that transliterations of one foreign sound alternate between (سيرجي / سيرغي), folded together.
SKELETON_FOLDS = {"غ": "ج", "ق": "ك"}
LONG_VOWELS = "اوي"  # dropped from a word's skeleton after its first letter
# The article written onto a name: «لليابان» shows «يابان», still «اليابان»; one spelling key for both.
ARTICLE = "ال"
ARTICLE_SPELLINGS: tuple[str, ...] = ()  # the article's Latin spellings are English's
# Arabic given names that differ by a letter are different people (محمد بن سليمان / محمد بن سلمان), and a
# trailing vowel often tells a club from its city (ميلان / ميلانو): variants must be close as whole names,
# every word sharing its skeleton, no word only adding one of these final letters; and a spelling the
# knowledge does not list is found only where a word of a listed full name has one of the letters above
# swapped (سيرغي لافروف / سيرجي لافروف: غ and ج both write a foreign "g"), the others unchanged.
STRICT_VARIANTS = True
FINAL_VOWELS = "اويه"
SEARCH_UNLISTED = True
INFLECTIONS: tuple[str, ...] = ()  # unlisted spellings are read strictly (a swapped letter only)
# من يعتمد التهجئة في رسالة name-variants (الحقل `{by}`، يلي التهجئة مباشرة): لا شيء لقاعدة المعرفة.
SPELLED_BY_KNOWLEDGE = ""
SPELLED_BY_HOUSE_STYLE = " بحسب أسلوب التحرير"

# -- جمل المقال الواحد تُقارن ببعضها (headline-body, near-duplicate-conflict, restated-fact, repeated-sentence) --
# كلمات لا تغيّر واقعة إن وردت في جملة وغابت عن تكرارها (أو حلّت محلها أخرى منها)؛ مكتوبة بعد التطبيع وحذف السوابق.
FUNCTION_WORDS = frozenset("""
في من الى على عن مع ان او ثم حيث التي الذي الذين اللذان اللتان هذا هذه ذلك تلك هناك هنا قد لقد كان كانت يكون
تكون وقد كما بعد قبل خلال عند منذ حتى بين اي كل بعض اما الا انه انها بان لان هو هي هم هما نحن ما ماذا اذا لدى
له لها لهم به بها بهم فيه فيها منه منها عليه عليها اليه اليها عنه عنها وفق وفقا حسب بحسب ضمن نحو جدا ايضا فقط
قال قالت اكد اكدت اضاف اضافت اوضح اوضحت مشيرا مشيرة اشار اشارت
""".split())
NEGATIONS = frozenset("لا لم لن ليس ليست لسنا غير دون بدون عدم".split())
DATE_WORDS = frozenset("""
اثنين ثلاثاء اربعاء خميس جمعه سبت احد يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر
ديسمبر كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين
""".split())
CAPITALISED_MONTHS: frozenset[str] = frozenset()  # Arabic has no capitals
UPDATE_WORDS = frozenset("""
ارتفع ارتفعت ارتفاع ارتفاعها ارتفاعه زاد زادت انخفض انخفضت تراجع تراجعت الان حاليا جديد جديده جديدة سابق سابقا
محدث تحديث بعدما اولي اوليه مبدئيا لاحقا قبل من الى
""".split())
# «وبالملعب» → «ملعب»: the conjunction, a preposition and the article written onto a word, read off it when
# at least three letters stay; and the future's «س» on a verb («سترفع» / «لن ترفع»).
CLITIC_PREFIX = r"^(?:[وف])?(?:س(?=[تينا]\w{2})|(?:[بلك])?(?:ال|لل)?(?=\w{3}))"
POSSESSIVE = ()

HEADLINE = "العنوان"
SUBTITLE = "العنوان الفرعي"
# `{part}` في رسالة headline-body: أيّهما تقرأ الملاحظة.
HEADLINE_PART = "العنوان"
SUBTITLE_PART = "العنوان الفرعي"
EXPLAIN_SUBTITLE_CONTRADICTED = ("يذكر العنوان الفرعي «{found}» لكن متن المقال ({where}) يذكر «{value}» للواقعة نفسها: "
                                 "«{other}».")
LINE = "السطر {line}"
EXPLAIN_HEADLINE_CONTRADICTED = ("يذكر العنوان «{found}» لكن متن المقال ({where}) يذكر «{value}» للواقعة نفسها: "
                                 "«{other}».")
EXPLAIN_HEADLINE_UNSUPPORTED = ("لا يذكر متن المقال «{found}» الوارد في العنوان؛ ينبغي ألا يقول العنوان إلا ما يسنده "
                                "المقال.")
EXPLAIN_NEAR_DUPLICATE = ("تكرر هذه الجملة جملة {where} إلا في «{found}» حيث تذكر تلك «{value}»: «{other}». "
                          "لعل إحداهما بقية من مسودة سابقة.")
EXPLAIN_REPEATED = "ترد الجملة نفسها في {where}: «{other}»."
EXPLAIN_RESTATED = ("يذكر المقال الواقعة نفسها في {where} بقيمة «{value}» بدل «{found}»: «{other}»؛ ولا يقول أيٌّ منهما "
                    "إنه تحديث للآخر.")
# `{verdict}` في رسالة headline-body.
HEADLINE_CONTRADICTED = "ويذكر المتن «{value}» ({where})"
HEADLINE_UNSUPPORTED = "ولا يذكره متن المقال"
# عدد بعد إحدى هذه الكلمات يسمّي شيئا ولا يعدّه («القانون رقم 37.19»، «المادة 12»، «الفصل 47»).
IDENTIFIER_WORDS = frozenset("الجزء جزء الحلقة حلقة المرحلة مرحلة الجولة جولة الدرجة درجة الفئة فئة اليوم "
                             "رقم قانون المادة مادة الفصل فصل البند بند الرحلة رحلة الطريق القرار قرار المرسوم "
                             "مرسوم ظهير الظهير كوفيد".split())
# قرب العدد تجعله جزءا من كل («وخمسة متطرفين آخرين»)، لا منافسا لمجموع العنوان؛ مكتوبة بعد التطبيع.
PARTIAL_WORDS = frozenset("اخرين اخرون اخري اخر اخرى اخريات اضافيين اضافي باقي بقيه".split())
CONDITION_WORDS = ("إذا", "لو", "لولا")  # العدد في شرط قاعدة لا واقعة («إذا أبلغ عنه خلال 45 يوما»)
# حروف تلتصق بالعدد دون أن تجعله اسما: «و14 كلية» عدد بعد واو العطف، لا رمز مثل «كوفيد19».
CLITICS_BEFORE_FIGURES = frozenset("و ف ب ل ك وب ول فب فل".split())
ORDINAL_BEFORE = "الـ"  # «الدورة الـ 11»: the article before a number makes it an ordinal
CLOCK_AFTER = r"\s*(?:صباحا|مساء)"  # «الساعة 4 مساء»: a time of day
# A short sentence is read as a statement only where a word list tells its verb (see the English file): Arabic verbs
# carry no mark such a list reads safely («زاد المؤشر 0.5 في المئة إلى 9381 نقطة» is a line of a market list), so
# short Arabic sentences stay unread.
CLAUSE_VERBS: frozenset[str] = frozenset()
CLAUSE_VERB_ENDINGS: tuple[str, ...] = ()
CLAUSE_SUBJECTS: frozenset[str] = frozenset()  # an Arabic verb carries its subject pronoun: no word before it tells
DEMONSTRATIVES = frozenset("هذا هذه ذلك تلك هؤلاء".split())
RANGE_JOINERS = r"و|إلى|الى|-|–"  # «بين 2000 و3000 درهم»: 2000 أدنى المدى لا سنة
# كلمات يسمّي بها المتن البلد الذي يتحدث عنه («المملكة»، «البلاد»، «الوطني»): بلد العنوان هو ما تحيل إليه حين لا
# يسمّي المتن أي بلد (نشرة الطقس: «عمالات وأقاليم المملكة»).
COUNTRY_REFERENCES = frozenset("المملكة البلاد بلادنا الوطني الوطنية".split())
# اسم من كلمة واحدة يُبحث عن تهجئاته (حروف الهيكل وحدها: «هامبورغ» / «هامبورج») إذا بلغ هذا العدد من الحروف:
# الكلمة القصيرة المهجأة كذلك كلمة أخرى في الغالب («كابل» / «قابل»)؛ لا مرشح بهذا الطول في هسبريس ولا SaudiNewsNet.
ONE_WORD_MIN_LETTERS = 6
