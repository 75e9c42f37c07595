"""Arabic explanations of findings (the `why` line under a finding), by check kind; `str.format` fields."""

NAME_VARIANTS = "يرد الاسم نفسه ({label}) في المقال بأكثر من تهجئة؛ التهجئة المعتمدة «{preferred}»."

CASUALTY_RATIO = ("يذكر النص {wounded} من {categories} مقابل {killed} من القتلى؛ النسبة المعقولة بين {low:.2f} "
                  "و{high:.0f} (من السلاسل المرجعية)، والنسبة المعتادة نحو {typical:.1f}، أي «{word}».")
EXCEEDS_POPULATION = ("أقل قراءة للرقم {least}، وعدد سكان {place} نحو {population} ({year}، {source}). "
                      "لا يبلغ عدد {categories} في أي نزاع موثق {share} مكان ما.")
SHARE_OF_POPULATION = {"all": "كل سكان", "half": "نصف سكان", "percent": "{share:.0%} من سكان"}
REFERENCE_MISMATCH = "الرقم في النص {figure}؛ الحصيلة المرجعية ({column}) في {date}: {reference} ({source})."
CONFLICTING_TOLLS = ("الحصيلة نفسها ({categories}، حصيلة تراكمية للمكان نفسه) وردت «{earlier}» ثم «{figure}»؛ "
                     "الرقمان لا يتوافقان.")
PART_EXCEEDS_WHOLE = "الجزء ({part}) أكبر من المجموع ({whole}) الذي هو جزء منه."

ISSUER_MISMATCH = ("التصريح المشار إليه صادر عن {speaker} ({country})، لا عن «{found}». إن كان المقصود جهة أخرى، "
                   "فاذكر تصريحها صراحة.")
OUTLET_DESCRIPTOR = "«{name}» {kind}{based}؛ وصفها بـ«{found}» خطأ."
OUTLET_BASED_IN = " مقرها {country}"
QUOTE_SPEAKERS = "الاقتباس نفسه منسوب في المقال إلى {first} ثم إلى {second}؛ أحد النسبين خطأ على الأرجح."
SOURCE_LINE = ("المصدر المعلن «{declared}» لا يرد في النص، والنص ينسب الخبر إلى «{found}». إعادة النشر "
               "أمر عادي؛ تحقق فقط من أن المصدر المعلن صحيح.")

# A title-mismatch dated after the knowledge was last verified for the person: perhaps a new office.
KNOWLEDGE_GAP = "لا تعرف قاعدة المعرفة (المُتحقَّق منها حتى {verified}) هذا المنصب لـ{person}."
TITLE_MISMATCH = "لا يطابق اللقب «{title}» أيًّا من مناصب {person} في قاعدة المعرفة: {held}."
OUT_OF_TENURE = "شغل {person} منصب «{title}» في الفترة {spans}، لا في تاريخ المقال {date}."
HOLDER_MISMATCH = "في {date} كان صاحب منصب «{title}» هو {holder} بحسب قاعدة المعرفة."

# تصحيح يبقى بعده في الجملة تنبيه من عائلته نفسها (checker/verify.py).
UNVERIFIED_FIX = "التصحيح غير مؤكد: بعد وضع «{replacement}» تبقى الجملة موضع تنبيه: {message}"

# `factlint review`: the prompts and the summary a copy editor reads (checker/review.py); keys are the answers.
REVIEW = {
    "a": "قبول الإصلاح", "s": "تخطٍّ", "e": "تحرير الجملة", "i": "تجاهل (كتابة تعليق إخفاء)", "q": "إنهاء",
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
    "summary": "{path}: {findings} مشكلات: {accepted} مقبولة، {edited} محرَّرة، {ignored} متجاهَلة، {skipped} "
               "متخطّاة؛ {state}",
    "written": "كُتب الملف", "not_changed": "لم يتغير الملف", "not_applied": "لم يُطبَّق",
    "baseline": "سُجّلت {count} ملاحظة متجاهَلة في خط الأساس {path}",
}
