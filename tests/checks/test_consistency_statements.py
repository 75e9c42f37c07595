"""The article-internal consistency rules (headline-body, near-duplicate-conflict, repeated-sentence,
restated-fact) on articles written for the test: a headline, a lede and a body, right and wrong."""

import datetime as dt
import json

import pytest

from checker.api import Checker, CheckOptions

RULES = ("consistency/headline-body", "consistency/near-duplicate-conflict", "consistency/repeated-sentence",
         "consistency/restated-fact")


@pytest.fixture(scope="module")
def statements_checker():
    return Checker(CheckOptions(select=RULES))


# (lang, article, [(rule, severity, flagged text, fix or None)])
WRONG = [
    # -- headline-body: a figure the body states otherwise --------------------------------------------------
    ("en", "12 people killed in Cairo blast\n\nThe Egyptian health ministry said 10 people were killed in a blast in "
           "Cairo on Monday. Officials said the blast hit a crowded market.\n\nPolice have opened an investigation.",
     [("headline-body", "warning", "12", "10")]),
    ("en", "Council approves $3 billion budget\n\nThe city council on Tuesday approved a $2.5 billion budget for next "
           "year. The mayor said the plan protects schools.\n\nThe vote was unanimous.",
     [("headline-body", "warning", "$3 billion", "$2.5 billion")]),
    ("en", "Senate passes farm bill with 60 votes\n\nThe Senate passed the farm bill on Thursday with 52 votes in "
           "favour. Supporters said the bill helps small farms.\n\nThe House votes next week.",
     [("headline-body", "warning", "60", "52")]),
    ("en", "Factory fire forces 300 workers out\n\nA fire at a textile factory on Sunday forced 120 workers out of the "
           "building. No one was hurt, the fire service said.\n\nThe cause is not yet known.",
     [("headline-body", "warning", "300", "120")]),
    # -- headline-body: a title the body gives another country, a figure or a name the body never mentions --
    ("en", "Egyptian Foreign Minister Sameh Shoukry visits Paris\n\nJordanian Foreign Minister Sameh Shoukry arrived "
           "in Paris on Monday for talks on the region.\n\nHe will meet his French counterpart on Tuesday.",
     [("headline-body", "warning", "Egyptian", "Jordanian")]),
    ("en", "Storm leaves 40,000 homes without power\n\nA storm swept through the region on Sunday, felling trees and "
           "closing roads. Crews worked through the night to restore lines.\n\nSchools will open late.",
     [("headline-body", "info", "40,000", None)]),
    ("en", "Japan pledges aid after floods\n\nThe government pledged emergency aid on Friday after floods destroyed "
           "hundreds of homes in the south. Rescue teams reached the worst-hit villages.\n\nMore rain is expected.",
     [("headline-body", "info", "Japan", None)]),
    # -- near-duplicate-conflict --------------------------------------------------------------------------
    ("en", "Talks set for next week\n\nThe government said the meeting will be held in Paris next Thursday with all "
           "ministers present. Mediators welcomed the plan.\n\nThe government said the meeting will be held in Berlin "
           "next Thursday with all ministers present.",
     [("near-duplicate-conflict", "warning", "Berlin", "Paris")]),
    ("en", "Carmaker to cut jobs\n\nThe company said it would cut 1,200 jobs by the end of the year as part of its "
           "restructuring plan. Unions called a strike.\n\nThe company said it would cut 2,100 jobs by the end of the "
           "year as part of its restructuring plan.",
     [("near-duplicate-conflict", "warning", "2,100", "1,200")]),
    ("en", "Fuel taxes in focus\n\nThe minister said the government would raise taxes on fuel next year to cover the "
           "deficit. Drivers' groups objected.\n\nThe minister said the government would not raise taxes on fuel next "
           "year to cover the deficit.",
     [("near-duplicate-conflict", "warning", "not", None)]),
    ("en", "Ceasefire talks resume\n\nThe delegations will meet on Monday in the capital to discuss the ceasefire "
           "proposal with the mediators. Both sides confirmed.\n\nThe delegations will meet on Tuesday in the capital "
           "to discuss the ceasefire proposal with the mediators.",
     [("near-duplicate-conflict", "warning", "Tuesday", "Monday")]),
    # -- restated-fact ------------------------------------------------------------------------------------
    ("en", "Minister meets French counterpart\n\nEgyptian Foreign Minister Sameh Shoukry met his French counterpart in "
           "Paris. Jordanian Foreign Minister Sameh Shoukry said the talks were useful.\n\nA joint statement followed.",
     [("restated-fact", "warning", "Jordanian", "Egyptian")]),
    ("en", "City passes school plan\n\nThe council approved a budget of $3.2 billion for schools on Tuesday, officials "
           "said. Teachers welcomed the vote.\n\nOfficials said the council approved a budget of $3.5 billion for "
           "schools.",
     [("restated-fact", "warning", "$3.5 billion", "$3.2 billion")]),
    # -- repeated-sentence --------------------------------------------------------------------------------
    ("en", "Council backs housing plan\n\nThe council approved the new housing plan for the northern district. The "
           "vote came after a long debate.\n\nThe council approved the new housing plan for the northern district.",
     [("repeated-sentence", "info", "The council approved the new housing plan for the northern district.", None)]),
    ("ar", "مقتل 12 شخصا في انفجار بالقاهرة\n\nقالت وزارة الصحة المصرية إن 10 أشخاص قتلوا في انفجار وقع صباح اليوم في "
           "القاهرة. وأضافت أن الانفجار وقع في سوق مزدحمة.\n\nوفتحت الشرطة تحقيقا في الحادث.",
     [("headline-body", "warning", "12", "10")]),
    ("ar", "البرلمان يقر ميزانية بقيمة 3 مليارات دولار\n\nأقر البرلمان يوم الثلاثاء ميزانية بقيمة 2.5 مليار دولار "
           "للعام المقبل. وقال الوزير إن الخطة تحمي قطاع التعليم.\n\nوجاء التصويت بالإجماع.",
     [("headline-body", "warning", "3 مليارات دولار", "2.5 مليار دولار")]),
    ("ar", "حريق مصنع يجبر 300 عامل على الإخلاء\n\nأجبر حريق في مصنع للنسيج يوم الأحد 120 عامل على مغادرة المبنى. ولم "
           "يصب أحد بأذى بحسب الدفاع المدني.\n\nولم يعرف سبب الحريق بعد.",
     [("headline-body", "warning", "300", "120")]),
    ("ar", "مجلس النواب يصادق على القانون بـ 60 صوتا\n\nصادق مجلس النواب على مشروع القانون يوم الخميس بـ 52 صوتا. وقال "
           "المؤيدون إن القانون يدعم الفلاحين.\n\nويعرض المشروع على مجلس المستشارين الأسبوع المقبل.",
     [("headline-body", "warning", "60", "52")]),
    ("ar", "وزير الخارجية المصري سامح شكري يزور باريس\n\nوصل وزير الخارجية الأردني سامح شكري إلى باريس يوم الاثنين "
           "لإجراء محادثات حول المنطقة.\n\nويلتقي نظيره الفرنسي يوم الثلاثاء.",
     [("headline-body", "warning", "المصري", "الأردني")]),
    ("ar", "عاصفة تقطع الكهرباء عن 40 ألف منزل\n\nضربت عاصفة المنطقة يوم الأحد فأسقطت الأشجار وأغلقت الطرق. وعمل "
           "الفنيون طوال الليل لإصلاح الخطوط.\n\nوتفتح المدارس متأخرة.",
     [("headline-body", "info", "40 ألف", None)]),
    ("ar", "اليابان تتعهد بمساعدات بعد الفيضانات\n\nتعهدت الحكومة يوم الجمعة بمساعدات عاجلة بعد أن دمرت الفيضانات مئات "
           "المنازل في الجنوب. ووصلت فرق الإنقاذ إلى القرى الأكثر تضررا.\n\nويتوقع هطول مزيد من الأمطار.",
     [("headline-body", "info", "اليابان", None)]),
    ("ar", "محادثات الأسبوع المقبل\n\nأعلنت الحكومة أن الاجتماع سيعقد في باريس يوم الخميس المقبل بحضور الوزراء. ورحب "
           "الوسطاء بالخطة.\n\nوأعلنت الحكومة أن الاجتماع سيعقد في برلين يوم الخميس المقبل بحضور الوزراء.",
     [("near-duplicate-conflict", "warning", "برلين", "باريس")]),
    ("ar", "شركة السيارات تلغي وظائف\n\nقالت الشركة إنها ستلغي 1200 وظيفة بحلول نهاية العام في إطار خطة إعادة "
           "الهيكلة. ودعت النقابات إلى إضراب.\n\nوقالت الشركة إنها ستلغي 2100 وظيفة بحلول نهاية العام في إطار خطة "
           "إعادة الهيكلة.",
     [("near-duplicate-conflict", "warning", "2100", "1200")]),
    ("ar", "الضرائب على الوقود\n\nقال الوزير إن الحكومة سترفع الضرائب على الوقود في العام المقبل لتغطية العجز في "
           "الميزانية. واعترضت جمعيات السائقين.\n\nوقال الوزير إن الحكومة لن ترفع الضرائب على الوقود في العام المقبل "
           "لتغطية العجز في الميزانية.",
     [("near-duplicate-conflict", "warning", "لن", None)]),
    ("ar", "استئناف محادثات وقف إطلاق النار\n\nيلتقي الوفدان يوم الاثنين في العاصمة لبحث مقترح وقف إطلاق النار مع "
           "الوسطاء المصريين. وأكد الطرفان الموعد.\n\nيلتقي الوفدان يوم الثلاثاء في العاصمة لبحث مقترح وقف إطلاق النار "
           "مع الوسطاء المصريين.",
     [("near-duplicate-conflict", "warning", "الثلاثاء", "الاثنين")]),
    ("ar", "وزير الخارجية يلتقي نظيره الفرنسي\n\nالتقى وزير الخارجية المصري سامح شكري نظيره الفرنسي في باريس. وقال "
           "وزير الخارجية الأردني سامح شكري إن المحادثات كانت مثمرة.\n\nوصدر بيان مشترك.",
     [("restated-fact", "warning", "الأردني", "المصري")]),
    ("ar", "المجلس يقر خطة المدارس\n\nأقر المجلس البلدي ميزانية بقيمة 3.2 مليار دولار للمدارس يوم الثلاثاء بحسب "
           "مسؤولين. ورحب المعلمون بالتصويت.\n\nوقال مسؤولون إن المجلس البلدي أقر ميزانية بقيمة 3.5 مليار دولار "
           "للمدارس.",
     [("restated-fact", "warning", "3.5 مليار دولار", "3.2 مليار دولار")]),
    ("ar", "المجلس يدعم خطة الإسكان\n\nوافق المجلس على خطة الإسكان الجديدة للحي الشمالي في المدينة. وجاء التصويت بعد "
           "نقاش طويل.\n\nوافق المجلس على خطة الإسكان الجديدة للحي الشمالي في المدينة.",
     [("repeated-sentence", "info", "وافق المجلس على خطة الإسكان الجديدة للحي الشمالي في المدينة.", None)]),
    ("ar", "وفد تجاري يزور شمال أفريقيا\n\nيزور وفد من رجال الأعمال مصر الأسبوع المقبل لبحث فرص الاستثمار في قطاع "
           "الطاقة المتجددة. ويضم الوفد ثلاثين شركة.\n\nيزور وفد من رجال الأعمال تونس الأسبوع المقبل لبحث فرص "
           "الاستثمار في قطاع الطاقة المتجددة.",
     [("near-duplicate-conflict", "warning", "تونس", "مصر")]),
    ("en", "Trade mission heads to North Africa\n\nA delegation of business leaders will visit Egypt next week to "
           "discuss investment in renewable energy projects. The delegation includes thirty firms.\n\nA delegation of "
           "business leaders will visit Tunisia next week to discuss investment in renewable energy projects.",
     [("near-duplicate-conflict", "warning", "Tunisia", "Egypt")]),
    # The real page's repeated related-article line: a preposition apart, a repetition, not a conflict.
    ("ar", "روسيا والحرب\n\nقال باحث إن المفاوضات متعثرة.\n• باحث: روسيا تماطل وتلقي الكرة بالملعب الأوكراني "
           "والأمريكي\n• باحث: روسيا تماطل وتلقي الكرة في الملعب الأوكراني والأمريكي",
     [("repeated-sentence", "info", "باحث: روسيا تماطل وتلقي الكرة في الملعب الأوكراني والأمريكي", None)]),
    # -- found by planting on real news (consistency4) ----------------------------------------------------------
    # Two estimates with one modifier and one counted word state one fact («فوق», «أزيد من»).
    ("ar", "النفط يستقر فوق 128 دولارا\n\nاستقرت أسعار النفط فوق 64 دولارا للبرميل اليوم الأربعاء. وارتفع مزيج برنت "
           "إلى 64.55 دولار للبرميل.",
     [("headline-body", "warning", "128 دولارا", "64 دولارا")]),
    ("ar", "ترقيم أزيد من 2.7 مليون رأس من الأغنام\n\nأفادت الوزارة أن العملية شملت ترقيم أزيد من 7 ملايين و200 ألف "
           "رأس. وتتوزع الرؤوس على جهة الرباط (972.000 رأس) وجهة فاس (921.600 رأس).",
     [("headline-body", "warning", "أزيد من 2.7 مليون", "أزيد من 7 ملايين و200 ألف")]),
    # Parts add up exactly: 26 + 48 is no 78; two figures of two years are no parts of one whole.
    ("ar", "البلدة تزف 78 عريسا وعروسا\n\nاحتفلت البلدة بزفاف 26 عريسا وعروسا مساء أمس. وبلغ العدد الإجمالي هذا "
           "الموسم 48 عريسا وعروسا.",
     [("headline-body", "warning", "78", "26")]),
    ("en", "World population reaches 13 billion people\n\nThe global population reached 8 billion people Tuesday, the "
           "United Nations says. The population hit 4 billion in 1974 and is projected to reach 9 billion in 2037.",
     [("headline-body", "warning", "13 billion", "8 billion")]),
    # Two figures far from the lede are no parts of the headline's figure (16 + 4, 16 + 24).
    ("en", "Preacher among 20 televangelists who face criticism\n\nThese 10 televangelists have caught flak for their "
           "sermons. Copeland defended his three private jets. He flew 65 times last year.\n\nThe ministry runs 16 "
           "campuses in Texas.\n\nHis son leads four of them.",
     [("headline-body", "warning", "20", "10")]),
    ("ar", "مهرجان يستضيف 40 فرقة شعبية\n\nتشارك 20 فرقة شعبية في المهرجان هذا العام. وتقدم الفرق ثلاثة عروض يوميا. "
           "وحضر الافتتاح 65 ضيفا.\n\nويضم المهرجان 16 جناحا للحرف.\n\nوتشارك 24 مدرسة في الورش.",
     [("headline-body", "warning", "40", "20")]),
    # "one" as a pronoun makes no statement part of the lede; a label word before a colon names no number.
    ("en", "Joel Osteen among 20 televangelists who face criticism\n\nTelevangelists have been embroiled in "
           "controversy, one way or another. He is not the only one. He said it was one of many. These 10 "
           "televangelists have caught flak for their sermons.",
     [("headline-body", "warning", "20", "10")]),
    ("en", "Nurses week: 176 nurses honored at White House\n\nNurses laid shoes in front of the White House on "
           "Thursday honoring the 88 nurses who died of COVID-19.",
     [("headline-body", "warning", "176", "88")]),
    # The same rule restated with another figure, no condition in it.
    ("en", "Iowa passes abortion ban\n\nThe bill has several exceptions.\n\nA rape must be reported to law "
           "enforcement or to a public health agency or doctor within 45 days.\n\nOfficials said that under the bill a "
           "rape must be reported to law enforcement or a public health agency or doctor within 140 days.",
     [("restated-fact", "warning", "140 days", "45 days")]),
    # Two estimates with one modifier but of two things (police officers, people): no rival, only unsupported.
    ("ar", "توقيف متهمين تورطوا في مقتل وإصابة أكثر من 1200 من رجال الأمن\n\nقدم أكثر من 200 شهيد من رجال الأمن "
           "أرواحهم في التصدي للعناصر الإرهابية، وأصيب أكثر من 900 شخص في الهجمات نفسها.",
     [("headline-body", "info", "أكثر من 1200", None)]),
    ("en", "Attacks left over 1,200 police officers dead or hurt\n\nOver 200 officers died in the attacks, officials "
           "said. Over 900 people were wounded in the blasts.",
     [("headline-body", "info", "over 1,200", None)]),
    # Three other women are a part of the four: the body does not contradict the headline, it only leaves it unsaid.
    ("ar", "أربع نساء قدن المفاوضات\n\nقادت ويندي شيرمان المفاوضات مع إيران في فيينا، ومعها ثلاث نساء أخريات من "
           "الوفد الأميركي.",
     [("headline-body", "info", "أربع", None)]),
    # The same sentence with another figure and no heading between: a slip (compare the sections below).
    ("en", "Polls show a tight race\n\nThe poll of 860 likely voters in Pennsylvania found Trump leading by a point. "
           "The poll showed Trump in the lead within the margin of error of 3.3 percentage points. The survey of 1,226 "
           "likely voters in North Carolina showed Trump leading by two points. The poll showed Trump in the lead "
           "within the margin of error of 3.6 percentage points.",
     [("near-duplicate-conflict", "warning", "3.6", "3.3")]),
    ("ar", "استطلاعات الرأي في المدن\n\nشمل الاستطلاع 800 ناخب في الرباط. وأظهر الاستطلاع تقدم المرشح في المدينة "
           "بهامش خطأ يبلغ 3.3 نقطة مئوية بحسب معدي الدراسة. وأكد الباحثون النتائج. وأظهر الاستطلاع تقدم المرشح في "
           "المدينة بهامش خطأ يبلغ 3.6 نقطة مئوية بحسب معدي الدراسة.",
     [("near-duplicate-conflict", "warning", "3.6", "3.3")]),
    # A short sentence repeated with one figure changed: a clause with a verb whose figure counts something.
    ("en", "Turnout low at town meeting\n\nResidents met on Tuesday to discuss the new police station. He told "
           "reporters that about 50 people attended the meeting.\n\nThe council will vote next month. He told "
           "reporters that about 150 people attended the meeting.",
     [("near-duplicate-conflict", "warning", "about 150", "about 50")]),
    ("en", "Contest results\n\nThe contestants were given 60 seconds to present their plans. The judges then asked "
           "questions.\n\nThe contestants were given 120 seconds to present their plans.",
     [("near-duplicate-conflict", "warning", "120 seconds", "60 seconds")]),
    # The lede states the headline's fact in the headline's own three words: other figures of the body that happen to
    # add up to the headline's (14 + 34 years) do not explain it.
    ("ar", "إسبانيا ترفع الحد الأدنى لسن الزواج إلى 48 عاما\n\nرفعت إسبانيا الحد الأدنى لسن الزواج إلى 16 عاما بعد "
           "أن كان 14 عاما، وذلك بعد احتجاجات من جماعات حماية الأطفال.\n\nوتشير الإحصاءات إلى ثبات متوسط سن الزواج "
           "عند 37 عاما للذكور و34 عاما للإناث.",
     [("headline-body", "warning", "48 عاما", "16 عاما")]),
    ("en", "Spain raises minimum marriage age to 48 years\n\nSpain raised the minimum marriage age to 16 years from 14 "
           "years after protests by child protection groups.\n\nStatistics show the average age at marriage holding "
           "at 37 years for men and 34 years for women.",
     [("headline-body", "warning", "48 years", "16 years")]),
    # An amount that ends a headline after a word is a value the body must state, not a part's number ("Rambo 5").
    ("ar", "مشاريع للماء الصالح للشرب بقيمة 104 ملايين درهم\n\nأعطى عامل الإقليم انطلاقة مشاريع للماء الصالح للشرب "
           "بغلاف مالي إجمالي يناهز 52 مليون درهم.\n\nويتعلق المشروع الأول بتقوية الإنتاج بغلاف مالي يقدر بـ30 مليون "
           "درهم، والثاني بتزويد الدواوير بالماء بغلاف مالي يقدر بـ14 مليون درهم، والثالث بغلاف مالي يقدر بـ7.5 "
           "ملايين درهم.",
     [("headline-body", "info", "104 ملايين درهم", None)]),
    ("en", "Flood aid for Pakistan from the UN: $160 million\n\nThe United Nations pledged $80 million in emergency "
           "aid to Pakistan on Friday after floods swept through the south.\n\nAid workers said roads were still cut.",
     [("headline-body", "info", "$160 million", None)]),
    # The word after a subject pronoun is a verb: "It aims to ..." is a clause, its copy with another figure a slip.
    ("en", "Balkan oil pipeline approved\n\nAlbania, Bulgaria and Macedonia approved the construction of a $1.2bn oil "
           "pipeline on Tuesday. It aims to transport 750,000 daily barrels of oil. The pipeline will be built by a "
           "US-registered company. It aims to transport 2,250,000 daily barrels of oil.",
     [("near-duplicate-conflict", "warning", "2,250,000", "750,000")]),
    # A town's name that is also a word («وأن», "an acre") places the body in no country: the headline's is unsaid.
    ("ar", "ارتفاع قياسي للإيجارات في تركيا\n\nتتصدر بريطانيا دول أوروبا في قيم الإيجارات وفقا لأحدث الأبحاث، "
           "وأن الطلب في لندن وضواحيها يبلغ معدلات قياسية.\n\nويقول الخبراء إن الأسعار سترتفع.",
     [("headline-body", "info", "تركيا", None)]),
    ("en", "Farmland prices hit a record in Israel\n\nFarmland in Britain now sells for more than 8,000 pounds an "
           "acre, a survey of estate agents in England and Wales found.\n\nBuyers are mostly investors, the agents "
           "said.",
     [("headline-body", "info", "Israel", None)]),
    # A figure after "to" or a verb at a headline's end is a value the body must state.
    ("en", "National Zoo loses 3\n\nThe giant pandas left Washington on Wednesday for a new home in Chengdu, ending a "
           "long loan.\n\nKeepers said goodbye at dawn.",
     [("headline-body", "info", "3", None)]),
    ("en", "Death toll in floods rises to 40\n\nRescuers recovered more bodies on Sunday as the waters receded."
           "\n\nOfficials said the search would go on.",
     [("headline-body", "info", "40", None)]),
    # "The kingdom" beside another country's name may be that one: the headline's country stays unsupported.
    ("en", "Heavy rain expected across Morocco\n\nForecasters said heavy rain would fall across the kingdom on "
           "Tuesday, while Spain braced for storms.\n\nDrivers were urged to take care.",
     [("headline-body", "info", "Morocco", None)]),
    # One district's line listed under two area headings, the candidate's name respelled in the second.
    ("en", "Seacoast area races\n\nVoters pick state representatives on Nov. 5.\n\nPortsmouth area\n\nRockingham "
           "District 38 (Greenland, North Hampton and Rye, 1 seat): Democratic incumbent Rep. Peggy Balboni of Rye is "
           "being challenged by independent Janet Larson of North Hampton.\n\nHampton area\n\nRockingham District 38 "
           "(Greenland, North Hampton and Rye, 1 seat): Democratic incumbent Rep. Peggy Balboni of Rye is being "
           "challenged by independent Janet Larsen of North Hampton.",
     [("near-duplicate-conflict", "warning", "Larsen", "Larson")]),
    # A year-like figure that opens a range of amounts is the range's low end, not a year.
    ("ar", "تعويضات للأطر الصحية\n\nاقترح وزير الصحة على النقابات منح تعويضات مالية للأطر الصحية العاملة في مصالح "
           "كوفيد تتراوح قيمتها بين 1000 و3000 درهم. ورحبت النقابات بالمقترح.\n\nاقترح وزير الصحة على النقابات منح "
           "تعويضات مالية للأطر الصحية العاملة في مصالح كوفيد تتراوح قيمتها بين 2000 و3000 درهم.",
     [("near-duplicate-conflict", "warning", "2000", "1000")]),
    # «أمريكا» is the United States or the continent to the knowledge: still a name, and not Turkey's.
    ("ar", "أكاديمية للشعر في عكاظ\n\nدرست اللجنة تجارب الأكاديميات التي تهتم بالشعر ومن أشهرها أكاديمية الشعر في "
           "أمريكا والنمسا لتستفيد منها في إنشاء أكاديمية عكاظ. وأشاد الشعراء بالفكرة.\n\nدرست اللجنة تجارب "
           "الأكاديميات التي تهتم بالشعر ومن أشهرها أكاديمية الشعر في تركيا والنمسا لتستفيد منها في إنشاء أكاديمية "
           "عكاظ.",
     [("near-duplicate-conflict", "warning", "تركيا", "أمريكا")]),
    # The same rule restated with another figure, no condition in it (the clean twins below say «إذا», «لو»).
    ("ar", "قانون مقترح لحماية الضحايا\n\nيمنح القانون المقترح الضحية حق الإجهاض بعد إبلاغ الشرطة أو الطبيب عن "
           "الاعتداء خلال 45 يوما.\n\nوقال المسؤولون إن القانون المقترح يمنح الضحية حق الإجهاض بعد إبلاغ الشرطة أو "
           "الطبيب عن الاعتداء خلال 140 يوما.",
     [("restated-fact", "warning", "140 يوما", "45 يوما")]),
]

CLEAN = [
    ("en", "12 people killed in Cairo blast\n\nThe Egyptian health ministry said 12 people were killed in a blast in "
           "Cairo on Monday. Officials said the blast hit a crowded market.\n\nPolice have opened an investigation."),
    ("en", "Nearly 300 dead in earthquake\n\nAt least 298 people were killed when the earthquake struck on Friday, "
           "officials said. Rescuers are still searching the rubble.\n\nAid has begun to arrive."),
    ("en", "125 judges promoted in reshuffle\n\nThe king promoted 100 judges at the justice ministry on Sunday. He "
           "also promoted 25 judges at the grievances board.\n\nThe orders take effect at once."),
    ("en", "Turnout climbs in city vote\n\nTurnout was 40 percent at noon, officials said. Turnout rose to 55 percent "
           "by the evening, officials said.\n\nResults are expected overnight."),
    ("en", "Census data released\n\nThe census office released new figures on Monday.\n\nPopulation density: 21,750 "
           "per square mile\n\nPopulation density: 22,069 per square mile\n\nPopulation density: 23,294 per square "
           "mile"),
    ("en", "Leader repeats warning\n\n\"We will not accept any deal that divides the country,\" the president said on "
           "Monday. Crowds cheered.\n\n\"We will not accept any deal that divides the country,\" the president said on "
           "Monday."),
    ("en", "Presidents who lost\n\nTaft lost his re-election campaign to Democrat Woodrow Wilson, who went on to "
           "complete two full terms. Hoover lost his re-election campaign to Democrat Franklin Roosevelt, who went on "
           "to complete three full terms."),
    ("en", "Can Catholics eat meat today?\n\nCan Catholics eat meat on Ash Wednesday during the fasting season? "
           "Catholics are not supposed to eat meat on Ash Wednesday during the fasting season."),
    ("en", "Election night results\n\n9 p.m. RED BANK: Allison Gregory has 124 votes in the council race, officials "
           "said.\n\n10:30 p.m. RED BANK: Allison Gregory had 901 votes in the council race, officials said."),
    ("en", "Biden signs $1.9 trillion relief bill - CNN\n\n(CNN) President Joe Biden on Thursday signed the $1.9 "
           "trillion relief bill into law, a day before the deadline. The bill sends $1,400 checks to most "
           "Americans."),
    ("en", "China moon landing: Spacecraft makes first landing on moon's dark ...\n\nAssociated Press\n\nBEIJING: "
           "China's space program achieved a first on Thursday: a landing on the far side of the moon."),
    ("en", "Lawmakers back trade deals\n\nBill No. 36 on trade with Serbia was approved by the house on Monday. Bill "
           "No. 37 on trade with Rwanda was approved by the house on Monday."),
    ("en", "Voter rolls trimmed\n\nIn 2017, nearly 232,000 registrations were cancelled because voters did not respond "
           "to the mailing. In 2018, more than 105,000 registrations were cancelled because voters did not respond to "
           "the mailing."),
    ("en", "Subscribe to The Week\n\nThe council met on Monday to discuss the harbour plan. Subscribe to The Week.\n\n"
           "The plan goes to a vote in May. Subscribe to The Week."),
    ("en", "Forecast highs across the country\n\nChicago awoke to snow and a forecast high of 20 degrees on Tuesday. "
           "Brownsville, Texas, had a forecast high of 39 degrees on Tuesday."),
    ("en", "Council backs housing plan\n\nThe council approved the new housing plan for the northern district. The "
           "vote came after a long debate about rents."),
    ("en", "Storm update\n\nThere were no changes to the warnings and watches in effect along the coast as of 4 p.m. "
           "on the island. Crews are ready.\n\nThere were no changes to the warnings and watches in effect along the "
           "coast as of 7 p.m. on the island."),
    ("ar", "مقتل 12 شخصا في انفجار بالقاهرة\n\nقالت وزارة الصحة المصرية إن 12 شخصا قتلوا في انفجار وقع صباح اليوم في "
           "القاهرة. وأضافت أن الانفجار وقع في سوق مزدحمة.\n\nوفتحت الشرطة تحقيقا في الحادث."),
    ("ar", "نحو 300 قتيل في الزلزال\n\nقتل 298 شخصا على الأقل عندما ضرب الزلزال المنطقة يوم الجمعة. وما زالت فرق "
           "الإنقاذ تبحث تحت الأنقاض.\n\nوبدأت المساعدات في الوصول."),
    ("ar", "ترقية وتعيين 125 قاضيا\n\nأصدر الملك أمرا بترقية وتعيين 100 قاض في وزارة العدل. كما أمر بترقية 25 قاضيا في "
           "ديوان المظالم.\n\nوتسري الأوامر فورا."),
    ("ar", "ارتفاع نسبة المشاركة\n\nبلغت نسبة المشاركة 40 في المائة عند الظهر بحسب المسؤولين. وارتفعت نسبة المشاركة "
           "إلى 55 في المائة مساء بحسب المسؤولين.\n\nوتعلن النتائج ليلا."),
    ("ar", "الرئيس يكرر تحذيره\n\n«لن نقبل أي اتفاق يقسم البلاد ويهدد وحدتها» قال الرئيس يوم الاثنين. وهتفت الحشود.\n\n"
           "«لن نقبل أي اتفاق يقسم البلاد ويهدد وحدتها» قال الرئيس يوم الاثنين."),
    ("ar", "مجلس النواب يصادق على اتفاقيات\n\nصادق المجلس على مشروع قانون رقم 36.19 المتعلق بالتعاون التجاري مع "
           "جمهورية صربيا. وصادق المجلس على مشروع قانون رقم 37.19 المتعلق بالتعاون التجاري مع جمهورية رواندا."),
    ("ar", "زلزال بقوة 7.5 يضرب جزر سليمان\n\nوقع زلزال قوته 5.\u200f7 درجة قرب جزر سليمان في جنوب المحيط الهادي اليوم "
           "السبت. ولم ترد تقارير عن أضرار."),
    ("ar", "«الشرق الأوسط» تنشر مذكرات الفنانة (7): أحزان الخيانة\n\nتواصل الصحيفة نشر المذكرات.\n\nمذكرات الفنانة "
           "(1): طفولتي بين يوم سعيد وضحكات الأصدقاء."),
    ("ar", "وزير أسبق يطالب بكراء الفنادق لمواجهة كوفيد19\n\nقال البرلماني إن هذا الإجراء سيمكن من الحفاظ على 600 ألف "
           "منصب شغل في القطاع السياحي."),
    ("ar", "التسجيل في اللوائح\n\nفي عام 2017 ألغي تسجيل 232 ألف ناخب لأنهم لم يردوا على المراسلة الرسمية. وفي عام "
           "2018 ألغي تسجيل 105 آلاف ناخب لأنهم لم يردوا على المراسلة الرسمية."),
    ("ar", "إحصاءات السكان\n\nنشر مكتب الإحصاء أرقاما جديدة.\n\nالكثافة السكانية: 21750 نسمة في الميل "
           "المربع\n\nالكثافة السكانية: 22069 نسمة في الميل المربع\n\nالكثافة السكانية: 23294 نسمة في الميل المربع"),
    ("ar", "هل يأكل الصائمون اللحم اليوم؟\n\nهل يأكل الصائمون اللحم في يوم الصوم خلال الموسم؟ لا يأكل الصائمون اللحم "
           "في يوم الصوم خلال الموسم."),
    ("ar", "المجلس يدعم خطة الإسكان\n\nوافق المجلس على خطة الإسكان الجديدة للحي الشمالي. وجاء التصويت بعد نقاش طويل "
           "حول الإيجارات."),
    ("ar", "نتائج الانتخابات ليلة الاقتراع\n\n9:00 مساء: حصل المرشح على 124 صوتا في دائرة المدينة بحسب المسؤولين.\n\n"
           "10:30 مساء: حصل المرشح على 901 صوت في دائرة المدينة بحسب المسؤولين."),
    ("ar", "الرباط تحتضن منتدى الاستثمار\n\nالرباط - افتتح رئيس الحكومة يوم الاثنين منتدى الاستثمار بمشاركة 300 شركة "
           "من 20 بلدا. وقال إن المنتدى يفتح آفاقا جديدة للتعاون."),
    ("ar", "وزير الخارجية المصري سامح شكري يزور باريس\n\nوصل وزير الخارجية المصري سامح شكري إلى باريس يوم الاثنين "
           "لإجراء محادثات حول المنطقة.\n\nويلتقي نظيره الفرنسي يوم الثلاثاء."),
    # -- found on real news and by planting (consistency4) -------------------------------------------------------
    ("ar", "النفط يستقر فوق 64 دولارا\n\nاستقرت أسعار النفط فوق 64 دولارا للبرميل اليوم الأربعاء. وارتفع مزيج برنت "
           "إلى 64.55 دولار للبرميل."),
    ("ar", "ترقيم أزيد من 7.2 مليون رأس من الأغنام\n\nأفادت الوزارة أن العملية شملت ترقيم أزيد من 7 ملايين و200 ألف "
           "رأس. وتتوزع الرؤوس على جهة الرباط (972.000 رأس) وجهة فاس (921.600 رأس)."),
    ("ar", "البلدة تزف 74 عريسا وعروسا\n\nاحتفلت البلدة بزفاف 26 عريسا وعروسا مساء أمس. واحتفلت في شعبان بزفاف 48 "
           "عريسا وعروسا."),
    # A part in the lede and one further down make the headline's figure.
    ("en", "Preacher among 26 televangelists who face criticism\n\nThese 10 televangelists have caught flak for their "
           "sermons, and 16 others were named by the panel. He flew 65 times last year.\n\nHis son leads four "
           "campuses."),
    ("ar", "مهرجان يستضيف 40 فرقة شعبية\n\nتشارك 20 فرقة شعبية في المهرجان هذا العام، ويضم 16 جناحا للحرف. وحضر "
           "الافتتاح 65 ضيفا.\n\nوتشارك 24 مدرسة في الورش."),
    # «و14»: a figure after the conjunction, one of the parts of 69.
    ("ar", "استمرار القبول في 69 كلية\n\nأعلنت المؤسسة استمرار القبول في كليات التميز (19 كلية للبنين، و14 كلية "
           "للبنات)، وكليات التقنية البالغة 36 كلية."),
    ("en", "Joel Osteen among 10 televangelists who face criticism\n\nTelevangelists have been embroiled in "
           "controversy, one way or another. He is not the only one. He said it was one of many. These 10 "
           "televangelists have caught flak for their sermons."),
    ("en", "Nurses week: 88 nurses honored at White House\n\nNurses laid shoes in front of the White House on "
           "Thursday honoring the 88 nurses who died of COVID-19."),
    # A figure in a condition states a rule: two conditions, two rules (found on realtimeqa).
    ("en", "Iowa passes abortion ban\n\nThe bill has several exceptions.\n\nFor rape, if the rape is reported to law "
           "enforcement or to a public health agency or doctor within 45 days.\n\nIf the pregnancy is the result of "
           "incest, if the incest is reported to law enforcement or a public health agency or doctor within 140 days."),
    # One sentence under two headings says one thing of each section's subject.
    ("en", "Polls show a tight race\n\nPennsylvania\n\nThe poll of 860 likely voters in Pennsylvania found Trump "
           "leading by a point. The poll showed Trump in the lead within the margin of error of 3.3 percentage "
           "points.\n\nNorth Carolina\n\nThe survey of 1,226 likely voters in North Carolina showed Trump leading by "
           "two points. The poll showed Trump in the lead within the margin of error of 3.6 percentage points."),
    ("ar", "استطلاعات الرأي في المدن\n\nالرباط\n\nشمل الاستطلاع 800 ناخب في الرباط. وأظهر الاستطلاع تقدم المرشح في "
           "المدينة بهامش خطأ يبلغ 3.3 نقطة مئوية بحسب معدي الدراسة.\n\nفاس\n\nشمل الاستطلاع 900 ناخب في فاس. وأظهر "
           "الاستطلاع تقدم المرشح في المدينة بهامش خطأ يبلغ 3.6 نقطة مئوية بحسب معدي الدراسة."),
    ("en", "County results\n\nPotter County\n\nTed Cruz won the county with 4,164 votes in the Senate primary, "
           "officials said.\n\nRandall County\n\nTed Cruz won the county with 9,679 votes in the Senate primary, "
           "officials said."),
    # A short sentence that points back at the one before it ("This serving"), or whose verb changes with its
    # figure ("was" / "will be"), is said of another thing or another time.
    ("en", "Candy corn sugar compared\n\nOne serving of Jelly Belly candy corn is 100 calories. This serving contains "
           "20 grams of sugar.\n\nOne serving of Brach's candy corn is 110 calories. This serving contains 23 grams of "
           "sugar."),
    ("en", "Lottery jackpot grows\n\nThe jackpot has no winner again. The cash-only lump sum was $638.8 million."
           "\n\nOfficials said sales were strong. The cash-only lump sum will be $716.3 million."),
    # The headline's figure is the lede's, stated in the headline's own words, and one more of the body.
    ("ar", "حصيلة ضحايا الفيضانات في باكستان إلى 40 قتيلا\n\nارتفعت حصيلة ضحايا الفيضانات في باكستان إلى 30 قتيلا في "
           "الجنوب، ولقي 10 آخرون حتفهم في الشمال.\n\nوتواصل فرق الإنقاذ البحث عن المفقودين."),
    ("en", "Pakistan flood death toll up to 40\n\nThe Pakistan flood death toll is up to 30 in the south, and 10 more "
           "people died in the north.\n\nRescuers are still searching for the missing."),
    # A headline figure the body adds up from two of its own (a total and a part elsewhere).
    ("ar", "مشاريع للماء والطرق بقيمة 82 مليون درهم\n\nأعطى عامل الإقليم انطلاقة مشاريع للماء الصالح للشرب بغلاف "
           "مالي إجمالي يناهز 52 مليون درهم، ومشاريع للطرق بغلاف مالي يقدر بـ30 مليون درهم.\n\nوتستفيد منها ساكنة "
           "الإقليم."),
    ("en", "Water and road projects worth $82 million launched\n\nThe governor launched drinking water projects with a "
           "total budget of $52 million and road projects costing $30 million on Friday.\n\nResidents of the "
           "province will benefit."),
    # Two facts that open with the same two words ("poll finds"): the lede's 65% is not the headline's fact, whose
    # 30% adds up from two other figures.
    ("en", "Iowa Poll finds 30% of Iowa adults unvaccinated\n\nThe poll finds 65% of Iowa adults have had at least one "
           "dose of the vaccine. Another 5% still plan to get vaccinated, while 25% do not plan to.\n\nThe poll "
           "interviewed 805 adults."),
    # The body gives the headline's amount in a form the quantity reader leaves unread: a decimal comma, parentheses.
    ("ar", "احتياطيات النقد الأجنبي تفوق 285 مليار درهم\n\nأبرز البنك المركزي أن صافي الاحتياطيات الدولية بلغ إلى غاية "
           "15 ماي الجاري 285,1 مليار درهم، بارتفاع طفيف مقارنة بالأسبوع السابق.\n\nواستقر المعدل البنكي."),
    ("ar", "أكثر من 50 مشروعا بجدة بقيمة تتجاوز 8 مليارات ريال\n\nأكدت شركة المياه الوطنية أن المشاريع الجاري تنفيذها "
           "بمدينة جدة بلغت (50) مشروعا بقيمة تتجاوز (8) مليارات ريال.\n\nوتشمل المشاريع شبكات المياه والصرف."),
    ("en", "UN pledges flood aid to Pakistan: $160 million\n\nThe United Nations pledged $160 million in emergency aid "
           "to Pakistan on Friday after floods swept through the south.\n\nAid workers said roads were still cut."),
    # The same pronoun sentence said of three pipelines is a list's line each time, not a slip.
    ("en", "Pipelines compared\n\nThe northern pipeline opened in 2004. It aims to transport 750,000 daily barrels "
           "of oil.\n\nThe southern pipeline opened in 2009. It aims to transport 400,000 daily barrels of oil.\n\n"
           "The eastern pipeline opened in 2015. It aims to transport 900,000 daily barrels of oil."),
    # A city of the headline's country, named in the body, supports it.
    ("ar", "ارتفاع قياسي للإيجارات في تركيا\n\nتتصدر إسطنبول مدن البلاد في قيم الإيجارات وفقا لأحدث الأبحاث، "
           "وأن الطلب في ضواحيها يبلغ معدلات قياسية.\n\nويقول الخبراء إن الأسعار سترتفع."),
    ("en", "Farmland prices hit a record in Israel\n\nFarmland near Haifa now sells for more than 8,000 shekels a "
           "dunam, a survey of estate agents found.\n\nBuyers are mostly investors, the agents said."),
    # Short Arabic lines of a market report are not read as statements: no word list tells their verb.
    ("ar", "أداء البورصات الخليجية\n\nارتفعت الأسهم السعودية في تعاملات الأحد. زاد المؤشر 0.5 في المئة إلى 9381 "
           "نقطة.\n\nوفي قطر ارتفعت الأسهم أيضا. زاد المؤشر 0.5 في المئة إلى 8087 نقطة."),
    # A country the body names through one of its cities; "one" as a word («من أسرة واحدة») is no figure.
    ("ar", "توقعات أحوال الطقس اليوم الأربعاء في المغرب\n\nتتوقع المديرية العامة للأرصاد الجوية أجواء حارة بمدينة "
           "طنجة ونواحيها، مع سحب منخفضة في الصباح.\n\nوستهب رياح معتدلة على السواحل."),
    ("en", "Storms batter Morocco\n\nHeavy rain flooded streets in Tangier on Sunday and cut power to several "
           "districts.\n\nForecasters expect more rain this week."),
    ("ar", "مصرع ثلاثة أطفال من أسرة واحدة في حريق بطنجة\n\nلقي ثلاثة أطفال مصرعهم في حريق شب في منزلهم بمدينة طنجة "
           "مساء الأحد.\n\nوفتحت السلطات تحقيقا في أسباب الحريق."),
    ("en", "Three children from one family die in fire\n\nThree children died when a fire broke out in their home on "
           "Sunday night.\n\nPolice have opened an investigation."),
    # "COVID - 19" names a disease; a body that calls its country "the kingdom" («المملكة») and names no other one
    # speaks of the headline's country.
    ("ar", "إصابات \"كوفيد - 19\" ترتفع في سبتة\n\nرفعت حالتان جديدتان عدد المصابين بفيروس كورونا في سبتة إلى 238 "
           "حالة منذ بداية الجائحة.\n\nوتواصل السلطات تتبع المخالطين."),
    ("en", "COVID - 19 outbreak closes two schools\n\nTwo schools closed on Monday after teachers tested positive for "
           "the coronavirus.\n\nClasses will move online for a week."),
    ("ar", "زخات رعدية اليوم الثلاثاء في المغرب\n\nأفادت المديرية العامة للأرصاد الجوية بأن زخات رعدية قوية ستهم اليوم "
           "الثلاثاء عددا من عمالات وأقاليم المملكة.\n\nودعت المديرية السائقين إلى الحذر."),
    ("en", "Heavy rain expected across Morocco\n\nForecasters said heavy rain would fall across the kingdom on "
           "Tuesday, with thunderstorms in the north.\n\nDrivers were urged to take care."),
    # A figure that ends a headline right after a word numbers a part of a series.
    ("ar", "كيف يفكر الأيديولوجي 5\n\nيواصل الكاتب في هذا الجزء قراءة طريقة تفكير الأيديولوجي في القضايا العامة."
           "\n\nويرى أن الحوار هو الطريق الوحيد."),
    ("en", "Sylvester Stallone fights militants in Rambo 5\n\nThe actor said on Sunday that filming would start next "
           "year in Bulgaria.\n\nThe studio did not comment."),
    # A body of a few words is a photo's caption left by the scraper, not the article.
    ("ar", "300 متقدم للتدريس مقابلاتهم تبدأ الأحد في الرياض\n\nد. حمدان العمري"),
    ("en", "300 teachers to be interviewed in Riyadh on Sunday\n\nDr. Hamdan al-Omari"),
    # Rows of labelled fields, each critic's pick in two lists: two rows, not one sentence with a slip.
    ("en", "Critics back Aviator for Oscars\n\nThe critics gave their predictions and their own choices.\n\n- Angie "
           "Errigo, Empire: Film - The Aviator; director - Clint Eastwood; actor - Jamie Foxx; actress - Hilary Swank."
           "\n- Philip French, The Observer: Film - Sideways; director - Mike Leigh; actor - Jamie Foxx; actress - "
           "Imelda Staunton.\n- Angie Errigo, Empire: Film - The Aviator; director - Martin Scorsese; actor - Jamie "
           "Foxx; actress - Hilary Swank."),
    ("ar", "توقعات النقاد لجوائز الأوسكار\n\nقدم النقاد توقعاتهم واختياراتهم الشخصية.\n\n- سامي الحربي، صحيفة الرياض: "
           "الفيلم - الطيار؛ المخرج - كلينت إيستوود؛ الممثل - جيمي فوكس؛ الممثلة - هيلاري سوانك.\n- خالد العمري، "
           "مجلة سينما: الفيلم - جانبيا؛ المخرج - مايك لي؛ الممثل - جيمي فوكس؛ الممثلة - إيميلدا ستونتون.\n- سامي "
           "الحربي، صحيفة الرياض: الفيلم - الطيار؛ المخرج - مارتن سكورسيزي؛ الممثل - جيمي فوكس؛ الممثلة - هيلاري "
           "سوانك."),
    # A figure in a condition («إذا», «لو») states a rule: two conditions, two rules.
    ("ar", "قانون مقترح لحماية الضحايا\n\nيمنح القانون المقترح الضحية حق الإجهاض إذا أبلغت الشرطة أو الطبيب عن "
           "الاعتداء خلال 45 يوما.\n\nوقال المسؤولون إن القانون المقترح يمنح الضحية حق الإجهاض إذا أبلغت الشرطة أو "
           "الطبيب عن الاعتداء خلال 140 يوما."),
    ("ar", "قانون مقترح لحماية الضحايا\n\nيمنح القانون المقترح الضحية حق الإجهاض لو أبلغت الشرطة أو الطبيب عن "
           "الاعتداء خلال 45 يوما.\n\nوقال المسؤولون إن القانون المقترح يمنح الضحية حق الإجهاض لو أبلغت الشرطة أو "
           "الطبيب عن الاعتداء خلال 140 يوما."),
]


def _found(checker, lang, text):
    return [(f.rule.split("/", 1)[1], f.severity.label, text[f.start:f.end], f.fix.replacement if f.fix else None)
            for f in checker.check_text(text, lang=lang)]


@pytest.mark.parametrize("lang,text,expected", WRONG, ids=[f"{c[0]}-wrong-{i}" for i, c in enumerate(WRONG)])
def test_wrong_articles_are_flagged_where_they_are_wrong(statements_checker, lang, text, expected):
    assert _found(statements_checker, lang, text) == expected


@pytest.mark.parametrize("lang,text", CLEAN, ids=[f"{c[0]}-clean-{i}" for i, c in enumerate(CLEAN)])
def test_right_articles_stay_clean(statements_checker, lang, text):
    assert _found(statements_checker, lang, text) == []


def test_enough_articles_per_language():
    for lang in ("ar", "en"):
        assert sum(case[0] == lang for case in WRONG + CLEAN) >= 30


def test_explanation_names_the_other_statement_and_its_line(statements_checker):
    text = ("Carmaker to cut jobs\n\nThe company said it would cut 1,200 jobs by the end of the year as part of its "
            "restructuring plan.\n\nThe company said it would cut 2,100 jobs by the end of the year as part of its "
            "restructuring plan.")
    (finding,) = statements_checker.check_text(text, lang="en")
    assert finding.message == "'2,100' here, '1,200' in the same sentence at line 3"
    assert "line 3" in finding.explanation and "The company said it would cut 1,200 jobs" in finding.explanation
    assert finding.fix is not None and finding.fix.applicability == "unsafe"


def test_arabic_message_is_in_arabic(statements_checker):
    text = ("مقتل 12 شخصا في انفجار بالقاهرة\n\nقالت وزارة الصحة المصرية إن 10 أشخاص قتلوا في انفجار وقع صباح اليوم في "
            "القاهرة.")
    (finding,) = statements_checker.check_text(text, lang="ar")
    assert finding.message == "يذكر العنوان «12» ويذكر المتن «10» (السطر 3)"


def test_pasted_story_is_noted_once_and_its_updates_are_not_conflicts(statements_checker):
    story = ("The storm reached the coast on Monday night with winds of 120 miles per hour. "
             "Officials ordered the evacuation of the low-lying districts near the river. "
             "Power was cut to thousands of homes in the eastern suburbs of the city overnight. "
             "Schools and offices across the region will stay closed until Wednesday at least. "
             "The national weather service warned of flooding along the whole of the coast. ")
    updated = story.replace("120 miles", "140 miles")
    text = "Storm hits coast\n\n" + story + "\n\n" + updated
    found = _found(statements_checker, "en", text)
    assert [rule for rule, *_ in found] == ["repeated-sentence"]


def test_a_part_of_the_headline_figure_is_no_contradiction(statements_checker):
    """Six killed in the headline; "a commander and five other militants" in the body: at most a note."""
    text = ("المرصد: مقتل ستة متطرفين في غارة\n\nقال المرصد يوم الاثنين إن قياديا في التنظيم وخمسة متطرفين أجانب "
            "آخرين قتلوا في غارة جوية قرب المدينة.")
    assert [severity for _, severity, *_ in _found(statements_checker, "ar", text)] == ["info"]


# -- the headline as each container carries it ----------------------------------------------------------------
BODY = "The Egyptian health ministry said 10 people were killed in a blast in Cairo on Monday."


def _located(checker, name, data):
    (result,) = checker.check_bytes(name, data.encode())
    return [(f.finding.rule, f.text, f.line, f.finding.fix.replacement if f.finding.fix else None)
            for f in result.findings]


@pytest.mark.parametrize("name,data,line", [
    ("a.md", f"---\ntitle: 12 people killed in Cairo blast\n---\n# 12 people killed in Cairo blast\n\n{BODY}\n", 4),
    ("a.md", f"# 12 people killed in Cairo blast\n\n{BODY}\n", 1),
    ("a.html", f"<html><head><title>12 people killed in Cairo blast - Site</title></head><body>"
               f"<h1>12 people killed in Cairo blast</h1>\n<p>{BODY}</p></body></html>", 1),
    ("a.txt", f"12 people killed in Cairo blast\n\n{BODY}\n", 1),
])
def test_a_headline_in_the_prose_is_flagged_where_it_stands(statements_checker, name, data, line):
    assert _located(statements_checker, name, data) == [("consistency/headline-body", "12", line, "10")]


def test_a_title_only_in_the_metadata_is_compared_and_the_body_is_flagged(statements_checker):
    """A JSON record's title is not prose: the body's figure is shown, its fix the headline's."""
    record = json.dumps({"title": "12 people killed in Cairo blast", "text": BODY, "lang": "en"})
    assert _located(statements_checker, "a.jsonl", record + "\n") == [("consistency/headline-body", "10", 1, "12")]


def test_front_matter_title_apart_from_the_first_heading_is_the_headline(statements_checker):
    data = f"---\ntitle: 12 people killed in Cairo blast\n---\n{BODY}\n\nPolice opened an inquiry.\n"
    assert _located(statements_checker, "a.md", data) == [("consistency/headline-body", "10", 4, "12")]


PELOSI = ("US House Speaker Nancy Pelosi lands in Taiwan\n\nUS House Speaker Nancy Pelosi arrived in Taipei on Tuesday "
          "night despite warnings from Beijing.\n\nPhotos: Nancy Pelosi's history standing up to {country} House "
          "Speaker Nancy Pelosi and Taiwanese President Tsai Ing-wen arrive for a meeting in Taipei, Taiwan, on "
          "Wednesday.")


def test_a_country_name_run_into_a_title_the_knowledge_denies_is_no_second_country(statements_checker):
    """A gallery's title run into its caption ("standing up to China" + "House Speaker Nancy Pelosi") puts a
    country's bare name before a title; the knowledge gives Pelosi the US office on that day. A demonym there
    ("Chinese House Speaker") is a qualifier, and stays a conflict."""
    day = dt.date(2022, 8, 3)
    assert statements_checker.check_text(PELOSI.format(country="China"), lang="en", date=day) == []
    text = PELOSI.format(country="Chinese")
    found = [(f.rule, text[f.start:f.end]) for f in statements_checker.check_text(text, lang="en", date=day)]
    assert ("consistency/restated-fact", "Chinese") in found
