"""Arabic explanations of findings (the `why` line under a finding), by check kind; `str.format` fields.

The templates that name dates are `Localized`: dates are written in Arabic (checker/lang/localize.py, from
`MONTHS` below) before the template is filled; rule messages get the same through `Rule.format_message`. Tally
columns and sources come in Arabic from the packs (`column_labels`, `source_names`).
"""

from checker.lang.localize import Localized

# Dates as the Arabic press writes them: «16 مارس 2025».
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر")
DATE_FORMAT = "{day} {month} {year}"

NAME_VARIANTS = "يرد الاسم نفسه ({label}) في المقال بأكثر من تهجئة؛ التهجئة المعتمدة «{preferred}»."

CASUALTY_RATIO = Localized("يذكر النص {wounded} من {categories} مقابل {killed} من القتلى؛ النسبة المعقولة بين "
                           "{low:.2f} و{high:.0f} (من السلاسل المرجعية)، والنسبة المعتادة نحو {typical:.1f}، أي "
                           "«{word}».", "ar")
LIST_COMMA = "، "  # between the parts of a parenthesis (a year and a source)
EXCEEDS_POPULATION = Localized("أقل قراءة للرقم {least}، وعدد سكان {place} نحو {population} ({dated_source}). "
                               "لا يبلغ عدد {categories} في أي نزاع موثق {share} مكان ما.", "ar")
SHARE_OF_POPULATION = {"all": "كل سكان", "half": "نصف سكان", "percent": "{share:.0%} من سكان"}
REFERENCE_MISMATCH = Localized("الرقم في النص {figure}؛ الحصيلة المرجعية ({column}) في {date}: {reference} "
                               "({source}).", "ar")
CONFLICTING_TOLLS = Localized("الحصيلة نفسها ({categories}، حصيلة تراكمية للمكان نفسه) وردت «{earlier}» ثم "
                              "«{figure}»؛ الرقمان لا يتوافقان.", "ar")
PART_EXCEEDS_WHOLE = "الجزء ({part}) أكبر من المجموع ({whole}) الذي هو جزء منه."
SMALL_EVENT_RATIO = ("يذكر النص {wounded} جريحا مقابل {killed} قتيلا في حدث واحد. أكثر حدث مسجل جرحى قياسا إلى قتلاه "
                     "({source}) خلف {record} جريحا مقابل {record_killed} قتيلا؛ وحتى ثلاثة أضعاف هذه النسبة لا "
                     "تسمح هنا بأكثر من {bound} جريح.")
IMPLAUSIBLE_EVENT = ("أقل ما يعنيه الرقم {least} من ال{categories} في {kind} واحد؛ ولم يتجاوز أي {kind} مسجل {record} "
                     "({source}).")
IMPLAUSIBLE_WAR = ("أقل ما يعنيه الرقم {least} من ال{categories} في حرب واحدة؛ ولم تتجاوز أي حرب مسجلة {record} "
                   "({source}).")
EVENT_KIND_NAMES = {"earthquake": "زلزال", "attack": "هجوم", "air-crash": "حادث طيران", "crash": "حادث",
                    "incident": "حادث", "war": "حرب"}

ISSUER_MISMATCH = ("التصريح المشار إليه صادر عن {speaker} ({country})، لا عن «{found}». إن كان المقصود جهة أخرى، "
                   "فاذكر تصريحها صراحة.")
OUTLET_DESCRIPTOR = "«{name}» {kind}{based}؛ وصفها بـ«{found}» خطأ."
OUTLET_BASED_IN = " مقرها {country}"
QUOTE_SPEAKERS = "الاقتباس نفسه منسوب في المقال إلى {first} ثم إلى {second}؛ أحد النسبين خطأ على الأرجح."
SOURCE_LINE = ("المصدر المعلن «{declared}» لا يرد في النص، والنص ينسب الخبر إلى «{found}». إعادة النشر "
               "أمر عادي؛ تحقق فقط من أن المصدر المعلن صحيح.")

# A title-mismatch dated after the knowledge was last verified for the person: perhaps a new office.
KNOWLEDGE_GAP = Localized("لا تعرف قاعدة المعرفة (المُتحقَّق منها حتى {verified}) هذا المنصب لـ{person}.", "ar")
TITLE_MISMATCH = Localized("لا يطابق اللقب «{title}» أيًّا من مناصب {person} في قاعدة المعرفة: {held}.", "ar")
OUT_OF_TENURE = Localized("شغل {person} منصب «{title}» في الفترة {spans}، لا في تاريخ المقال {date}.", "ar")
HOLDER_MISMATCH = Localized("في {date} كان صاحب منصب «{title}» هو {holder} بحسب قاعدة المعرفة.", "ar")
OUT_OF_TENURE_YEAR = Localized("شغل {person} منصب «{title}» في الفترة {spans}، لا في عام {date} الذي تتحدث عنه "
                               "الجملة.", "ar")
# A head of state's title the country does not have («الرئيس السعودي»).
ABSENT_OFFICE = Localized("لا يوجد منصب «{office}» في {country}: تسجل قاعدة المعرفة فيها منصب {offices}.",
                          "ar")
# A dead person told as acting on the article's date.
DIED = Localized("توفي {person} في {died}، والجملة تنسب إليه فعلًا في تاريخ المقال {date}.", "ar")

# تصحيح يبقى بعده في الجملة تنبيه من عائلته نفسها (checker/verify.py).
UNVERIFIED_FIX = "التصحيح غير مؤكد: بعد وضع «{replacement}» تبقى الجملة موضع تنبيه: {message}"

# `factlint review`: the prompts and the summary a copy editor reads (checker/review.py); keys are the answers.
REVIEW = {
    "a": "قبول الإصلاح", "s": "تخطٍّ", "e": "تحرير الجملة", "i": "تجاهل (كتابة تعليق إخفاء)", "q": "إنهاء",
    "comma": "، ",  # between the answers of a prompt
    "k": "إبقاء هذا النص",
    "unsafe": "الإصلاح غير مضمون ويحتاج إلى حكمك (انظر السبب أعلاه). Enter يتخطاه؛ اكتب a لتطبيقه.",
    "unverified": "الإصلاح غير متحقَّق منه: تبقى الجملة موسومة بعد تطبيقه. Enter يتخطاه؛ اكتب a لتطبيقه.",
    "choose": "اختر واحدًا من: {choices}",
    "sentence": "الجملة",
    "clean": "الجملة بعد التحرير سليمة.",
    "still": "ما زالت موسومة: {message}",
    "no_comment": "لا صيغة تعليق لـfactlint في النص العادي: اضبط `baseline: FILE` في ‎.factlint.yaml (أو مرّر "
                  "‎--baseline FILE) فيسجّل المراجع التجاهل هناك؛ تم التخطي",
    "inside_edit": "داخل جملة حرّرتها؛ تم التخطي",
    "overlaps": "يتداخل مع تعديل آخر",
    # why a fix cannot be written into the file (checker/fix.py UNFIXABLE, same keys)
    "markup": "في المقطع وسوم أو رموز مهرَّبة؛ صحّحه يدويًا",
    "encoding": "لا يمكن كتابة {text!r} بترميز {encoding}؛ صحّحه يدويًا",
    "one_problem": "مشكلة", "problems": "مشكلات",
    "summary": "{path}: {findings} {problems}: {accepted} مقبولة، {edited} محرَّرة، {ignored} متجاهَلة، {skipped} "
               "متخطّاة؛ {state}",
    "written": "كُتب الملف", "not_changed": "لم يتغير الملف", "not_applied": "لم يُطبَّق",
    "baseline": "سُجّلت {count} ملاحظة متجاهَلة في خط الأساس {path}",
}
