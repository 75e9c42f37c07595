"""Casualty claims (issue 13): what each figure counts (category, whose, which group, which window, which
event, by whose account), and the checks that compare only like with like: sentences written for these
tests, wrong and right, in both languages. Subgroup, other-side, daily and since-date figures must stay
clean; one event above its kind's record, a small event with impossibly many wounded, two tolls of one event,
a part above a lower bound are flagged.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from checker.annotate.casualties import casualty_claims
from checker.api import Checker, CheckOptions
from checker.compiled_packs import load_packs
from tests.checks.test_casualties import KNOWLEDGE, MARCH_2025, REPO

# The test knowledge of test_casualties.py, with the people of Gaza and Israel (demonyms) and the Gaza
# Strip's country, so whose toll a figure is can be told.
PEOPLE = """\
  - {id: country/PS, type: country, names: {en: [Palestine], ar: [فلسطين]},
     demonyms: {en: [Palestinian], ar: [فلسطيني, فلسطينيين, فلسطينيون]}}
  - {id: country/IL, type: country, names: {en: [Israel], ar: [إسرائيل]},
     demonyms: {en: [Israeli], ar: [إسرائيلي, إسرائيليين, إسرائيليون]}}
  - {id: institution/PS-health-ministry, type: institution, country: country/PS,
     names: {en: [Gaza health ministry], ar: [وزارة الصحة في غزة]}}
  - {id: place/khan-younis, type: place, place_type: city, names: {en: [Khan Younis], ar: [خان يونس]},
     population: 440000, population_year: 2023, population_source: "PCBS mid-2023 governorate estimate"}
"""
CLAIMS_KNOWLEDGE = KNOWLEDGE.replace(
    "population: 2200000, population_year: 2023, population_source: \"PCBS mid-2023 estimate\"}",
    "population: 2200000, population_year: 2023, population_source: \"PCBS mid-2023 estimate\",\n"
    "     country: country/PS}", 1).replace("tallies:\n", PEOPLE + "tallies:\n", 1).replace(
    'source: "Gaza Ministry of Health"\n',
    'source: "Gaza Ministry of Health"\n    reported_by: institution/PS-health-ministry\n', 1)
OCTOBER_2024 = "2024-10-28"


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    folder = tmp_path_factory.mktemp("claim-packs")
    (folder / "knowledge.yaml").write_text(CLAIMS_KNOWLEDGE, encoding="utf-8")
    shutil.copy(REPO / "rules/core/casualties.yaml", folder / "casualties.yaml")
    shutil.copy(REPO / "rules/knowledge/event_records.yaml", folder / "event_records.yaml")
    packs = load_packs([folder], builtin=False, use_cache=False)
    return Checker(CheckOptions(select=("casualties/",)), packs=packs)


def _lang(text: str) -> str:
    return "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"


def _findings(checker: Checker, text: str, date: str | None) -> list[tuple[str, str]]:
    day = dt.date.fromisoformat(date) if date else None
    return [(f.rule, text[f.start:f.end]) for f in checker.check_text(text, lang=_lang(text), date=day)
            if f.severity.name != "INFO"]


# (text, date, rule, span)
WRONG_EN = [
    ("The raid killed 6 people and wounded 20,000.", None, "casualties/ratio", "20,000"),
    ("The shelling killed 7 people and wounded 30,000 others, medics said.", None, "casualties/ratio", "30,000"),
    ("A suicide bombing at the market killed 12 and injured 45,000.", None, "casualties/ratio", "45,000"),
    ("The shooting killed 9 people and wounded 40,000.", None, "casualties/ratio", "40,000"),
    ("The strike killed at least 22 people and wounded 50,000 more.", None, "casualties/ratio", "50,000"),
    ("The blast killed 150 people and injured 2 million.", None, "casualties/ratio", "2 million"),
    ("The bus crash injured hundreds of thousands of people.", None, "casualties/implausible-magnitude",
     "hundreds of thousands"),
    ("The earthquake killed 2 million people in the province.", None, "casualties/implausible-magnitude",
     "2 million"),
    ("A single airstrike killed 300,000 people in the city.", None, "casualties/implausible-magnitude", "300,000"),
    ("The plane crash killed 1,200 people.", None, "casualties/implausible-magnitude", "1,200"),
    ("The train collision injured 50,000 passengers.", None, "casualties/implausible-magnitude", "50,000"),
    ("The quake injured 500,000 people, officials said.", None, "casualties/implausible-magnitude", "500,000"),
    ("Since the war began, 900 million people have been killed.", None, "casualties/implausible-magnitude",
     "900 million"),
    ("At least 18 people were killed in the attack, including 30 women.", None, "casualties/part-exceeds-whole",
     "30"),
    ("The death toll rose to 40. Among them were 52 children.", None, "casualties/part-exceeds-whole", "52"),
    ("The strike killed 25 people, among them 40 children.", None, "casualties/part-exceeds-whole", "40"),
    ("A strike on Gaza killed 12 people. Witnesses said the strike on Gaza killed 120 people.", None,
     "casualties/conflicting", "120"),
    ("Since the war began, 48,000 people have been killed in Gaza. Officials say that since the war began "
     "4,000 people have been killed in Gaza.", None, "casualties/conflicting", "4,000"),
    ("Since October 7, 4,500 Palestinians have been killed in Gaza, the ministry said.", MARCH_2025,
     "casualties/reference-mismatch", "4,500"),
    ("The war in Gaza has killed 480,000 people since the war began.", MARCH_2025,
     "casualties/reference-mismatch", "480,000"),
    ("The death toll in Lebanon since the war began has risen to 27,000.", OCTOBER_2024,
     "casualties/reference-mismatch", "27,000"),
    ("Officials said 5 million people had been killed in the West Bank.", None,
     "casualties/exceeds-population", "5 million"),
    ("The fighting has killed about 3,000 people and wounded more than 400,000.", None, "casualties/ratio",
     "more than 400,000"),
    ("The attack killed 20 people and wounded 90,000, police said.", None, "casualties/ratio", "90,000"),
    ("The crash killed 5,000 people on the motorway.", None, "casualties/implausible-magnitude", "5,000"),
    ("More than 200,000 people were killed in Rafah.", None, "casualties/exceeds-population", "More than 200,000"),
    ("The ferry sinking killed 20,000 passengers.", None, "casualties/implausible-magnitude", "20,000"),
    # a figure that names no one counts the people of the figure before it, and happened where it did
    ("That includes the killing of 465 children, with another 940,000 wounded.", None, "casualties/ratio",
     "940,000"),
    ("More than 46,000 soldiers have been killed and 38,000,000 injured on the battlefield.", None,
     "casualties/ratio", "38,000,000"),
    ("Officials said 1,351 military personnel had been killed in the West Bank and 9 million had been wounded.",
     None, "casualties/exceeds-population", "9 million"),
    # one clause's pair when a sentence lists several places' tolls
    ("At least 1,655 people were killed and 3,000,000 were injured in the south; 61 died in the north.", None,
     "casualties/ratio", "3,000,000"),
    # all killed against a group's wounded: the group is a part of the wounded
    ("The death toll reached 120, while the number of wounded fighters rose to 210,000.", None,
     "casualties/ratio", "210,000"),
    # the place an event struck, before the figure
    ("A round of missile strikes on the southern city of Khan Younis killed 900,000 people early Sunday.", None,
     "casualties/exceeds-population", "900,000"),
    ("The agency reported 240 casualties, including at least 8 million people killed in the West Bank.", None,
     "casualties/exceeds-population", "at least 8 million"),
    ("The mass shooting killed 2,000,000 elementary school children.", None, "casualties/implausible-magnitude",
     "2,000,000"),
    ("The Sandy Hook shooting killed 26 a decade ago, including 52 children.", None, "casualties/part-exceeds-whole",
     "52"),
    ("Man convicted in triple shooting that killed 2,000,000 man, injured 2 kids", None,
     "casualties/implausible-magnitude", "2,000,000"),
    ("NEW MEXICO CRASH:2,000 dead after sheriff's helicopter crashes while battling wildfires", None,
     "casualties/implausible-magnitude", "2,000"),
    ("Rescuers said the accident killed 2 million people.", None, "casualties/implausible-magnitude", "2 million"),
    ("Gunmen killed and wounded 5 million people in the West Bank.", None, "casualties/exceeds-population",
     "5 million"),
    # "another 240 were taken hostage" is no other attack
    ("Hamas launched an attack in southern Israel that killed nearly 1,200 people, while another 240 were taken "
     "hostage. Hamas launched an attack in southern Israel that killed nearly 120 people, while another 240 were "
     "taken hostage.", None, "casualties/conflicting", "nearly 120"),
    # the war's toll by the ministry whose reports the tally is, with no place named
    ("The U.N., citing the Gaza health ministry, said 485,720 people had been killed since Oct. 7.", MARCH_2025,
     "casualties/reference-mismatch", "485,720"),
    ("The war has killed 4,857 people, according to the Gaza health ministry.", MARCH_2025,
     "casualties/reference-mismatch", "4,857"),
    # the war by another name, in the perfect: its toll so far
    ("Israel's military campaign has killed 4,800 Palestinians in Gaza.", MARCH_2025,
     "casualties/reference-mismatch", "4,800"),
    ("More than 480,000 Palestinians have been killed in the ensuing war, according to the Gaza health ministry, "
     "and U.S.-led efforts to reach a cease-fire came up short.", MARCH_2025, "casualties/reference-mismatch",
     "More than 480,000"),
    ("That pushes the Palestinian death toll above 480,000 since the war began, according to the Gaza health "
     "ministry.", MARCH_2025,
     "casualties/reference-mismatch", "480,000"),
    # a part of the war's toll (no window said, one day, one people with no place) is never above its whole
    ("Israel has killed more than 450,000 people in Gaza, the Gaza health ministry said.", MARCH_2025,
     "casualties/reference-mismatch", "more than 450,000"),
    ("A subsequent bombardment of Gaza by Israel has left over 330,000 Palestinians dead.", MARCH_2025,
     "casualties/reference-mismatch", "over 330,000"),
    ("The Palestinian health ministry says more than 270,000 Palestinians have been killed since the fighting "
     "erupted.", MARCH_2025, "casualties/reference-mismatch", "more than 270,000"),
    # two places with tallies: the toll is of the one where it happened ("in the West Bank")
    ("Since the war in Gaza began, more than 8,900 people have been killed in the West Bank.", MARCH_2025,
     "casualties/reference-mismatch", "more than 8,900"),
    # told by the tally's reporter with another country named ("the attack on Israel"): its people's toll
    ("Hamas attacked Israel, touching off a war that the Gaza health ministry says has killed more than 480,000 "
     "Palestinians.", MARCH_2025, "casualties/reference-mismatch", "more than 480,000"),
    # one figure of an event's killed and wounded together, above the two records added
    ("The blast killed or injured 2 million people in the market.", None, "casualties/implausible-magnitude",
     "2 million"),
    # the same war's toll told again later with a tenth of the figure, its place inside the ministry's name
    ("The health ministry in Gaza says more than 11,000 Palestinians have been killed since the war began. Talks "
     "went on. The health ministry in Gaza says more than 1,100 Palestinians have been killed since the war "
     "began.", "2023-11-14", "casualties/conflicting", "more than 1,100"),
    # one event named in another clause than a day's figure; children counted as school graders
    ("A magnitude 5.9 earthquake struck the east, killing more than 2,000,000 people on Wednesday.", None,
     "casualties/implausible-magnitude", "more than 2,000,000"),
    ("The school shooting killed 2,000,000 first graders.", None, "casualties/implausible-magnitude", "2,000,000"),
    # a war's toll told with no window, told again lower: the war's toll never falls
    ("Israel has killed more than 45,000 people in Gaza, according to the health ministry. Aid groups warned of "
     "famine in the north. Israel has killed more than 4,500 people in Gaza, according to the health ministry.",
     None, "casualties/conflicting", "more than 4,500"),
    ("More than 30,000 Palestinians have been killed. The talks in Cairo stalled again. More than 3,000 "
     "Palestinians have been killed.", None, "casualties/conflicting", "More than 3,000"),
    ("The bombardment has left over 33,000 Palestinians dead in Gaza. Prices of flour tripled. The bombardment "
     "has left over 3,300 Palestinians dead in Gaza.", None, "casualties/conflicting", "over 3,300"),
    ("The death toll is staggering, with more than 34,000 killed, according to the Gaza health ministry.The "
     "majority were women. With more than 3,400 killed, according to the Gaza health ministry, the pressure "
     "grows.", None, "casualties/conflicting", "more than 3,400"),
]

RIGHT_EN = [
    # the deadliest collision on record: not above its own record
    ("More than 4,300 people died in the collision of the ferry Doña Paz with an oil tanker in 1987.", None),
    ("Exploding pagers killed 12 people and wounded about 2,800 in the attack across Lebanon.", None),
    ("The strike killed 2 people and wounded 300.", None),
    ("Israeli strikes killed 40 Palestinians on Monday, bringing the death toll since the war began to 48,572.",
     MARCH_2025),
    ("In the past 24 hours, 61 people were killed in Gaza, the ministry said.", MARCH_2025),
    ("Since March 18, more than 700 people have been killed in Gaza.", MARCH_2025),
    ("Save the Children said 17,000 children had been killed in Gaza since the war began.", MARCH_2025),
    ("At least 400 Israeli soldiers have been killed in Gaza since the war began.", MARCH_2025),
    ("Since the war began, 1,200 Israelis have been killed in the attacks on Gaza's border.", MARCH_2025),
    ("More than 200 journalists have been killed in Gaza since October 7.", MARCH_2025),
    ("About 300 aid workers have been killed in Gaza since the war began.", MARCH_2025),
    ("The earthquake killed more than 50,000 people in Turkey and Syria.", None),
    ("The Tenerife crash killed 583 people.", None),
    ("The death toll rose to 40. Among them were 12 children.", None),
    ("More than 100 people were killed, including 120 children.", None),
    ("A strike on Gaza killed 12 people. Later, the toll from the strike on Gaza rose to 40.", None),
    ("According to the health ministry, 48,000 people have been killed in Gaza since the war began. According "
     "to an independent study, 120,000 people have been killed in Gaza since the war began.", None),
    ("December 2004 in Indonesia: A quake triggered a tsunami which killed about 230,000 people. March 2005 in "
     "Indonesia: About 1,300 people died in a quake.", None),
    ("The UN estimates that more than 70% of Gaza's 2.3 million residents have been displaced.", MARCH_2025),
    ("Road accidents killed 6 people and injured 20,000 across the country last year.", None),
    ("The attack killed 1,200 people in Israel on October 7.", MARCH_2025),
    ("The Second World War killed tens of millions of people.", None),
    ("COVID-19 has killed 6 people and infected 20,000 in the region.", None),
    ("Three Israeli soldiers were killed and 12 wounded in the raid.", None),
    ("The blast killed 218 people and injured about 7,000.", None),
    ("A strike on Gaza killed 40 people on Monday. Another strike on Gaza killed 4 people on Tuesday.", None),
    ("Talks in Rafah ended a war that killed 200,000 people in the Gaza Strip.", None),
    # the reporting lag: the tally stood at 4,137 in the report before, within a week of the article's date
    ("Since October 7, 4,500 people have been killed in Gaza, the ministry said.", "2023-11-10"),
    ("The number of children killed in Gaza since the war began has risen to 17,000.", MARCH_2025),
    # read since the planted misses of 2026-11-30; each must stay clean
    ("That includes the killing of 465 children, with another 940 wounded.", None),
    ("More than 46,000 Ukrainian soldiers have been killed and 380,000 injured on the battlefield.", None),
    ("At least 1,655 people were killed and 3,000 were injured in the south; 61 died in the north.", None),
    ("The strike killed 12 children, and 300 people were wounded.", None),
    ("The war has killed 48,500 people, according to the Gaza health ministry.", MARCH_2025),
    ("In the past 24 hours, 50 people were killed, the Gaza health ministry said.", MARCH_2025),
    ("The war has killed more than 1,600 Israeli soldiers and civilians, the Gaza health ministry said.", MARCH_2025),
    ("The Gaza health ministry said 900 children had been killed since October 7.", MARCH_2025),
    ("Since January, 300 people have been killed, the Gaza health ministry said.", MARCH_2025),
    ("Israeli strikes on the city of Khan Younis killed 30 people on Monday.", None),
    ("Since the outbreak of the war, 56 Palestinians have been killed and 1,000 wounded in the West Bank.",
     MARCH_2025),
    ("Floods killed more than 733,000 heads of livestock across the West Bank.", None),
    ("Police shot and killed 20-year-old Donovan Lewis in the West Bank.", None),
    ("Hamas launched an attack in southern Israel that killed 1,200 people, while another 240 were taken hostage.",
     None),
    ("The worst attack since the explosion that killed 218 people in Lebanon.", None),
    ("The Sandy Hook shooting killed 26 a decade ago, including 20 children.", None),
    ("The meeting started at 10:30, and 4 people were hurt at 11:15.", None),
    # both sides' toll together is no one people's toll
    ("The war's death toll climbed to nearly 16,000 on both sides, including 1,200 in Israel and more than "
     "14,000 in Gaza.", "2023-10-20"),
    # a part of the war's toll below the whole is no understatement: a day, one strike, no window said
    ("Israel has killed 45 people in Gaza, the Gaza health ministry said.", MARCH_2025),
    ("Israeli strikes have killed 30 people in Gaza, according to the Gaza health ministry.", MARCH_2025),
    ("More than 3,000 Palestinians have been killed.", MARCH_2025),
    # the first clause's window is not the second's: the attack of Oct. 7 is no part of Gaza's toll
    ("More than 48,000 people have been killed in Gaza during Israel's 17-month-old military offensive, health "
     "officials say, after Hamas militants killed some 1,200 people during an Oct. 7 assault on southern "
     "Israel.", MARCH_2025),
    # an earlier war's toll, and a toll above the whole that is no part of it (a year before the series)
    ("The 2014 war killed more than 2,200 people in Gaza, the Gaza health ministry said.", "2023-10-10"),
    ("Since the war in Gaza began, more than 890 people have been killed in the West Bank.", MARCH_2025),
    # the other country's toll in a sentence of the reporter's: not bounded by the reporter's tally
    ("Hamas killed 1,400 people in an attack on Israel, and the Gaza health ministry says 230 Palestinians have "
     "been killed.", "2023-10-10"),
    # a vague word in a part of the war (its categories cut off) bounds nothing
    ("Thousands of people have been killed and wounded amid intense fighting in the Gaza Strip after Hamas "
     "launched an unprecedented assault over the weekend.", "2023-10-10"),
    # a city's toll inside the tally's place is not the place's
    ("Since the war began, 30 people have been killed in the Gaza Strip city of Rafah.", MARCH_2025),
    # one figure of the killed and the wounded together is compared with neither
    ("The blast killed or injured 40 people in the market.", None),
    ("Twenty people were killed or wounded in the raid on the camp.", None),
    # a day's figure told with no window is narrated in the simple past: not the war's toll told lower
    ("Israel has killed more than 45,000 people in Gaza, according to the health ministry. Israeli strikes "
     "killed 40 people in Gaza, according to the health ministry.", None),
    ("More than 30,000 Palestinians have been killed, the ministry said. At least 90 Palestinians were killed "
     "in the south, the ministry said.", None),
    ("More than 30,000 Palestinians have been killed in Gaza. Twelve Palestinians died in the north, medics "
     "said.", None),
    ("More than 30,000 Palestinians have been killed in Gaza. Israeli strikes have killed at least 100 "
     "Palestinians in Gaza, health officials said.", None),
    # a day's figure of a war beside one strike's, in one sentence: no event's record is passed
    ("On Wednesday, a strike on a school killed 30 people, and 100 people were killed across Gaza on Wednesday.",
     None),
    # a toll that grew, a part of the toll in one city, the other side's dead, the displaced who return
    ("Israel has killed 4,500 people in Gaza. A month on, Israel has killed 45,000 people in Gaza.", None),
    ("More than 30,000 Palestinians have been killed in Gaza. More than 3,000 Palestinians have been killed in "
     "Khan Younis.", None),
    ("Militant groups have confirmed 20 deaths among their fighters, though Israel says the number is higher. "
     "Seven people have been killed in Israel.", None),
    ("More than 1.9 million Palestinians have been displaced in Gaza. By now 190,000 Palestinians have been "
     "displaced in Gaza.", None),
]

WRONG_AR = [
    ("أسفرت الغارة عن مقتل 6 أشخاص وإصابة 20 ألفا.", None, "casualties/ratio", "20 ألفا"),
    ("أدى القصف إلى مقتل 7 أشخاص وإصابة 30 ألفا آخرين.", None, "casualties/ratio", "30 ألفا"),
    ("قتل 12 شخصا وأصيب 45000 في تفجير انتحاري.", None, "casualties/ratio", "45000"),
    ("أسفر إطلاق النار عن مقتل 9 أشخاص وإصابة 40 ألفا.", None, "casualties/ratio", "40 ألفا"),
    ("أدى تفجير انتحاري إلى مقتل 28 شخصا على الأقل وجرح 100000 آخرين.", None, "casualties/ratio", "100000"),
    ("أسفر الانفجار عن مقتل 150 شخصا وإصابة مليونين.", None, "casualties/ratio", "مليونين"),
    ("أسفر حادث انقلاب حافلة عن إصابة مئات الآلاف.", None, "casualties/implausible-magnitude", "مئات الآلاف"),
    ("أسفر الزلزال عن مقتل مليوني شخص.", None, "casualties/implausible-magnitude", "مليوني"),
    ("أدت الغارة إلى مقتل 300 ألف شخص في المدينة.", None, "casualties/implausible-magnitude", "300 ألف"),
    ("أسفر تحطم الطائرة عن مقتل 1200 راكب.", None, "casualties/implausible-magnitude", "1200"),
    ("أسفر الزلزال عن إصابة 500 ألف شخص.", None, "casualties/implausible-magnitude", "500 ألف"),
    ("قتل 900 مليون شخص منذ بدء الحرب.", None, "casualties/implausible-magnitude", "900 مليون"),
    ("ندد الرئيس بالهجوم الانتحاري الذي أوقع أمس 2000000 قتيل.", None, "casualties/implausible-magnitude",
     "2000000"),
    ("قتل 18 شخصا على الأقل في الهجوم بينهم 30 امرأة.", None, "casualties/part-exceeds-whole", "30"),
    ("ارتفعت حصيلة القتلى إلى 40. وكان من بينهم 52 طفلا.", None, "casualties/part-exceeds-whole", "52"),
    ("استشهد 25 فلسطينيا بينهم 40 طفلا في الغارة.", None, "casualties/part-exceeds-whole", "40"),
    ("قتل 12 شخصا في غارة على غزة. وقال شهود إن الغارة على غزة قتلت 120 شخصا.", None, "casualties/conflicting",
     "120"),
    ("استشهد 48 ألف فلسطيني في غزة منذ بدء الحرب. وقالت الوزارة إن 4 آلاف فلسطيني استشهدوا في غزة منذ بدء الحرب.",
     None, "casualties/conflicting", "4 آلاف"),
    ("استشهد 4500 فلسطيني في قطاع غزة منذ بدء الحرب، وفق وزارة الصحة.", MARCH_2025,
     "casualties/reference-mismatch", "4500"),
    ("ارتفع عدد الشهداء في لبنان منذ بدء الحرب إلى 27 ألفا.", OCTOBER_2024, "casualties/reference-mismatch",
     "27 ألفا"),
    ("قتل 5 ملايين شخص في الضفة الغربية.", None, "casualties/exceeds-population", "5 ملايين"),
    ("قتل 3 آلاف شخص وأصيب أكثر من 400 ألف في المعارك.", None, "casualties/ratio", "أكثر من 400 ألف"),
    ("أسفر حادث سير عن مقتل 5 آلاف شخص.", None, "casualties/implausible-magnitude", "5 آلاف"),
    ("غارة أميركية خاطئة تقتل 2000000 جندي أفغاني.", None, "casualties/implausible-magnitude", "2000000"),
    ("أسفر هجوم مسلح عن مقتل 11 شخصا وإصابة 60 ألفا.", None, "casualties/ratio", "60 ألفا"),
    ("قتل 200 ألف شخص في رفح.", None, "casualties/exceeds-population", "200 ألف"),
    # a compound figure is one figure: the whole of it is compared and named
    ("ارتفع عدد الشهداء في قطاع غزة منذ بدء الحرب إلى 4 آلاف و572.", MARCH_2025, "casualties/reference-mismatch",
     "4 آلاف و572"),
    ("قتل ألف و200 شخص في الهجوم بينهم ألف و500 طفل.", None, "casualties/part-exceeds-whole", "ألف و500"),
    ("قتل مليونان و300 ألف شخص في قطاع غزة.", None, "casualties/exceeds-population", "مليونان و300 ألف"),
    # a collision or a sinking is a crash: above the deadliest on record (the Doña Paz, about 4,386)
    ("مقتل 2000000 شخص في حادث الاصطدام الذي جرى مساء الأربعاء.", None, "casualties/implausible-magnitude",
     "2000000"),
    ("مصرع 20 ألف راكب في حادث غرق أحد القوارب بنهر النيل.", None, "casualties/implausible-magnitude", "20 ألف"),
    # the group nouns of the fighters
    ("مقتل 2000000 دواعش أجانب في غارة ومعارك بالريف.", None, "casualties/implausible-magnitude", "2000000"),
    ("قتل 2000000 متمرد على الأقل في غارة جوية.", None, "casualties/implausible-magnitude",
     "2000000 متمرد على الأقل"),
    ("لقي 2000000 آخرون من المتمردين مصرعهم إثر انفجار عبوة ناسفة أمام قسم شرطة في حي الحصبة.", None,
     "casualties/implausible-magnitude", "2000000"),
    # two joined casualty words before one figure
    ("أفادت مصادر بمقتل وإصابة 9 ملايين عنصرا من المسلحين في مواجهات في الضفة الغربية.", None,
     "casualties/exceeds-population", "9 ملايين"),
    # all killed against a group's wounded
    ("وصل عدد القتلى إلى 120 قتيلا، فيما وصل عدد المصابين إلى 210000 عنصر.", None, "casualties/ratio", "210000"),
    # «آخرون» counts the people of the figure before
    ("قتل 40 جنديا وأصيب 900 ألف آخرون في الهجوم.", None, "casualties/ratio", "900 ألف"),
    # a generic accident is one event
    ("باشرت فرق الإنقاذ الحادث، واتضح وفاة 2000000 أشخاص في الموقع.", None, "casualties/implausible-magnitude",
     "2000000"),
    # the place an event struck, before the figure
    ("أسفرت غارة على مدينة خان يونس عن مقتل 900 ألف شخص.", None, "casualties/exceeds-population", "900 ألف"),
    # «منذ الانفجار الذي خلف»: the explosion's toll, not a period
    ("زار الرئيس لبنان منذ الانفجار الذي خلف 181 قتيلا في بيروت. زار الرئيس لبنان منذ الانفجار الذي خلف 18 قتيلا "
     "في بيروت.", None, "casualties/conflicting", "18"),
    ("هذا أسوأ هجوم في لبنان منذ أن قتل 52 شخصا على الأقل في بلدة حدودية. هذا أسوأ هجوم في لبنان منذ أن قتل 5 "
     "أشخاص على الأقل في بلدة حدودية.", None, "casualties/conflicting", "5 أشخاص على الأقل"),
    # the noun after a figure with its multiplier, then «على الأقل»
    ("أدى تمردها المستمر منذ ست سنوات إلى مقتل 20 مليون شخص على الأقل في الضفة الغربية.", None,
     "casualties/exceeds-population", "20 مليون شخص على الأقل"),
    ("قوات الأمن تقتل 9 ملايين متشددين في الضفة الغربية.", None, "casualties/exceeds-population", "9 ملايين"),
    # the people counted do something: «يعالجون»
    ("أسفر انفجار عن مقتل 27 شخصا وإصابة نحو 100000 يعالجون في مستشفيات محلية.", None, "casualties/ratio",
     "نحو 100000"),
    # the war's toll by the ministry whose reports the tally is
    ("وبلغت حصيلة العدوان 4 آلاف شهيد وفقا لوزارة الصحة في غزة.", MARCH_2025, "casualties/reference-mismatch",
     "4 آلاف"),
    # the wounded figure with no noun counts the children of the killed figure before it
    ("قتل 365 طفلا في اليمن وجرح أكثر من 480000 منذ اندلاع الحرب في مارس.", None, "casualties/ratio",
     "أكثر من 480000"),
    # one figure of an event's killed and wounded together, above the two records added
    ("أسفر الانفجار عن مقتل وإصابة 2000000 شخص.", None, "casualties/implausible-magnitude", "2000000"),
    # the war's toll since the fighting began, as the English cues
    ("قالت وزارة الصحة في غزة إن 4800 فلسطيني استشهدوا منذ اندلاع القتال.", MARCH_2025,
     "casualties/reference-mismatch", "4800"),
    # a part of the war's toll (one strike, one day) is never above its whole
    ("قتلت الغارات الإسرائيلية 450 ألف شخص في غزة، وفقا لوزارة الصحة في غزة.", MARCH_2025,
     "casualties/reference-mismatch", "450 ألف"),
    # «منها» (of them) after the figure: the fighters the sentence named
    ("شنت المقاتلات غارة جوية على الميليشيات، ما أدى إلى تشتيت قواتها ومصرع 2000000 منها.", None,
     "casualties/implausible-magnitude", "2000000"),
    # a death toll of no place told again lower by the same name: a toll never falls, whatever its event
    ("وسجلت الفترة نفسها 23 حالة وفاة جديدة، ليصل عدد الوفيات إلى 557 حالة. وأغلقت المدارس أبوابها. وسجلت "
     "الفترة نفسها 23 حالة وفاة جديدة، ليصل عدد الوفيات إلى 56 حالة.", None, "casualties/conflicting", "56"),
    ("ارتفعت حصيلة الوفيات بسبب فيروس كورونا إلى 557 حالة. وأغلقت المدارس أبوابها. وارتفعت حصيلة الوفيات بسبب "
     "فيروس كورونا إلى 56 حالة.", None, "casualties/conflicting", "56"),
    ("وانتشل الغواصون جثثا أخرى، لترتفع حصيلة القتلى إلى 290 شخصا. وتواصل البحث. وانتشل الغواصون جثثا أخرى، "
     "لترتفع حصيلة القتلى إلى 29 شخصا.", None, "casualties/conflicting", "29"),
]

RIGHT_AR = [
    ("لقي أكثر من 4300 شخص حتفهم في غرق العبارة الفلبينية دونيا باز بعد اصطدامها بناقلة نفط عام 1987.", None),
    ("أسفرت تفجيرات أجهزة النداء عن مقتل 12 شخصا وإصابة نحو 2800 في لبنان.", None),
    ("أسفرت الغارة عن مقتل شخصين وإصابة 300.", None),
    ("استشهد 40 فلسطينيا في غارات على غزة اليوم، ليرتفع عدد الشهداء منذ بدء الحرب إلى 48 ألفا و572.", MARCH_2025),
    ("استشهد 61 فلسطينيا في قطاع غزة خلال الـ24 ساعة الماضية.", MARCH_2025),
    ("استشهد أكثر من 700 فلسطيني في قطاع غزة منذ 18 مارس.", MARCH_2025),
    ("قتل 17 ألف طفل في قطاع غزة منذ بدء الحرب.", MARCH_2025),
    ("قتل أكثر من 400 جندي إسرائيلي في غزة منذ بدء الحرب.", MARCH_2025),
    ("قتل 1200 إسرائيلي منذ بدء الحرب على غزة.", MARCH_2025),
    ("استشهد أكثر من 200 صحفي في غزة منذ السابع من أكتوبر.", MARCH_2025),
    ("قتل نحو 300 من عمال الإغاثة في غزة منذ بدء الحرب.", MARCH_2025),
    ("خلف الزلزال أكثر من 50 ألف قتيل في تركيا وسوريا.", None),
    ("ارتفعت حصيلة القتلى إلى 40. وكان من بينهم 12 طفلا.", None),
    ("قتل أكثر من 100 شخص بينهم 120 طفلا.", None),
    ("قتل 12 شخصا في غارة على غزة. وفي وقت لاحق ارتفعت حصيلة الغارة على غزة إلى 40 قتيلا.", None),
    ("وفقا لوزارة الصحة، استشهد 48 ألف فلسطيني في غزة منذ بدء الحرب. وبحسب دراسة مستقلة، قتل 120 ألف فلسطيني في "
     "غزة منذ بدء الحرب.", None),
    ("أصيب 20 ألف شخص بفيروس كورونا وتوفي 6.", None),
    ("قتل 6 أشخاص وأصيب 20 ألفا في حوادث السير خلال العام الماضي.", None),
    ("أسفر الهجوم على إسرائيل في 7 أكتوبر عن مقتل 1200 شخص.", MARCH_2025),
    ("قتلت الحرب العالمية الثانية عشرات الملايين.", None),
    ("قتل ثلاثة جنود إسرائيليين وأصيب 12 في الهجوم.", None),
    ("قتل 218 شخصا وأصيب نحو 7 آلاف في انفجار مرفأ بيروت.", None),
    ("قتل 40 شخصا في غارة على غزة يوم الاثنين. وقتل 4 أشخاص في غارة أخرى على غزة يوم الثلاثاء.", None),
    ("يعيش نحو 70% من سكان غزة البالغ عددهم 2.3 مليون في الخيام.", MARCH_2025),
    ("أسفر حادث سير عن مقتل 5 أشخاص وإصابة 12 آخرين.", None),
    ("تحطمت الطائرة ما أدى إلى مقتل 583 شخصا.", None),
    ("نزح 1.9 مليون شخص في قطاع غزة منذ بدء الحرب.", MARCH_2025),
    ("أنهت محادثات في رفح حربا قتل فيها 200 ألف شخص في قطاع غزة.", None),
    ("استشهد 4500 فلسطيني في قطاع غزة منذ بدء الحرب، وفق وزارة الصحة.", "2023-11-10"),
    ("وبلغ عدد الشهداء من الطواقم الطبية في قطاع غزة 500 شهيد منذ بدء الحرب.", MARCH_2025),
    ("قتل ألف و200 شخص في الهجوم بينهم 1100 طفل.", None),
    ("نزح مليون و900 ألف شخص في قطاع غزة منذ بدء الحرب.", MARCH_2025),
    ("ارتفع عدد الشهداء في قطاع غزة منذ بدء الحرب إلى 48 ألفا و500 شهيد.", MARCH_2025),
    # read since the planted misses of 2026-11-30; each must stay clean
    ("قتل 12 طفلا وأصيب 300 آخرون في القصف.", None),
    ("وصل عدد القتلى إلى 120 قتيلا، فيما وصل عدد المصابين إلى 210 عناصر.", None),
    ("وبلغت حصيلة العدوان 48 ألف شهيد وفقا لوزارة الصحة في غزة.", MARCH_2025),
    ("استشهد 50 فلسطينيا خلال الـ24 ساعة الماضية، وفقا لوزارة الصحة في غزة.", MARCH_2025),
    ("وقالت وزارة الصحة في غزة إن 17 ألف طفل استشهدوا منذ بدء الحرب.", MARCH_2025),
    ("هذا أسوأ هجوم في لبنان منذ أن قتل 52 شخصا في بلدة حدودية عام 2013.", None),
    ("أفادت مصادر بمقتل وإصابة 50 عنصرا من المسلحين في مواجهات في خان يونس.", None),
    ("أسفرت غارة على مدينة خان يونس عن مقتل 30 شخصا.", None),
    ("قبل ساعات من زيارة الرئيس إلى لبنان منذ الانفجار الذي خلف 181 قتيلا وأكثر من 6500 جريح، حذرت الأمم المتحدة.",
     None),
    ("لقي 3 آخرون من المتمردين مصرعهم إثر انفجار عبوة ناسفة.", None),
    ("أسفر انفجار عن مقتل 27 شخصا وإصابة نحو 100 يعالجون في مستشفيات محلية.", None),
    ("ارتفعت حصيلة القتلى من الجانبين إلى 16 ألفا في غزة وإسرائيل.", "2023-10-20"),
    ("أدى تمردها المستمر منذ ست سنوات إلى مقتل 20 ألف شخص على الأقل في الضفة الغربية.", None),
    ("قتل 1200 إسرائيلي في هجوم السابع من أكتوبر، بحسب وزارة الصحة في غزة.", MARCH_2025),
    ("قتل 365 طفلا في اليمن وجرح أكثر من 480 منذ اندلاع الحرب في مارس.", None),
    # a part of the war's toll below the whole is no understatement
    ("قتلت الغارات الإسرائيلية 45 شخصا في غزة، وفقا لوزارة الصحة في غزة.", MARCH_2025),
    # one figure of the killed and the wounded together is compared with neither
    ("أسفر الحادث عن مصرع وإصابة 8 أشخاص في حادث انقلاب.", None),
    ("خلف الهجوم 20 قتيلا وجريحا في خان يونس.", None),
    # a day's count after the toll, a region's toll after the country's, another place, infections, a rise
    ("ليصل عدد الوفيات إلى 557 حالة. وسجلت الجهة 5 وفيات خلال 24 ساعة.", None),
    ("ليصل عدد الوفيات إلى 557 حالة. وارتفع إجمالي الوفيات بالجهة إلى 56 حالة.", None),
    ("ارتفع عدد الشهداء في غزة إلى 5570. وارتفع عدد الشهداء في خان يونس إلى 560.", None),
    ("ارتفع عدد الإصابات بفيروس كورونا إلى 5000 حالة. وارتفع عدد الإصابات إلى 500 حالة في الجهة.", None),
    ("ليصل عدد الوفيات إلى 56 حالة. وبعد أسابيع ليصل عدد الوفيات إلى 557 حالة.", None),
    # with no window and no toll word, a figure may be a day's: «استشهد 40» is not the war's toll told lower
    ("قالت وزارة الصحة إن أكثر من 30 ألف فلسطيني استشهدوا في غزة. واستشهد 40 فلسطينيا في غزة، وفقا لمصادر طبية.",
     None),
    ("قتل أكثر من 30 ألف فلسطيني في غزة. وقتل 40 فلسطينيا في غزة.", None),
    ("ارتفعت حصيلة الوفيات بسبب فيروس كورونا إلى 557 حالة. وارتفعت حصيلة القتلى في حوادث السير إلى 56 شخصا.", None),
]


@pytest.mark.parametrize(("text", "date", "rule", "span"), WRONG_EN + WRONG_AR)
def test_a_wrong_claim_is_flagged(checker: Checker, text: str, date: str | None, rule: str, span: str) -> None:
    assert (rule, span) in _findings(checker, text, date)


@pytest.mark.parametrize(("text", "date"), RIGHT_EN + RIGHT_AR)
def test_a_right_claim_stays_clean(checker: Checker, text: str, date: str | None) -> None:
    assert _findings(checker, text, date) == []


def test_at_least_fifty_sentences_per_language() -> None:
    assert len(WRONG_EN) + len(RIGHT_EN) >= 50 and len(WRONG_AR) + len(RIGHT_AR) >= 50


def _claims(checker: Checker, text: str) -> dict[str, object]:
    analysis = checker.analyse(text, lang=_lang(text))
    return {text[c.start:c.end]: c for c in casualty_claims(analysis)}


def test_a_claim_says_whose_toll_which_window_which_event_and_whose_account(checker: Checker) -> None:
    claims = _claims(checker, "Israeli strikes killed 40 Palestinians on Monday, bringing the death toll since "
                              "the war began to 48,572, according to the health ministry.")
    monday, total = claims["40"], claims["48,572"]
    assert (monday.population, monday.window, total.window) == ("country/PS", "day", "cumulative")
    assert total.rising and total.source == "the health ministry"
    claims = _claims(checker, "استشهد 30 فلسطينيا في غارة على غزة، ليرتفع عدد الشهداء منذ بدء الحرب إلى 48 ألفا، "
                              "وفقا لوزارة الصحة.")
    strike, total = claims["30"], claims["48 ألفا"]
    assert (strike.population, strike.window, strike.event) == ("country/PS", "attack", "attack")
    assert total.window == "cumulative" and total.event is None and total.source == "وزاره الصحه"


def test_a_claim_knows_its_group_its_form_and_the_other_side(checker: Checker) -> None:
    claims = _claims(checker, "At least 400 Israeli soldiers have been killed in Gaza since the war began.")
    (soldiers,) = claims.values()
    assert (soldiers.group, soldiers.population, soldiers.form) == ("soldiers", "country/IL", "at-least")
    claims = _claims(checker, "قتل 28 شخصا على الأقل بينهم 5 أطفال في زلزال.")
    (dead,) = claims.values()
    assert dead.form == "at-least" and dead.event == "earthquake"
    assert [(part.group, part.quantity.value) for part in dead.parts] == [("children", 5)]


def test_a_part_in_the_next_sentence_belongs_to_the_toll_before(checker: Checker) -> None:
    for text in ("The death toll rose to 40. Among them were 12 children.",
                 "ارتفعت حصيلة القتلى إلى 40. وكان من بينهم 12 طفلا."):
        (toll,) = _claims(checker, text).values()
        assert [part.group for part in toll.parts] == ["children"]


def test_the_findings_explain_the_record_and_fix_a_slipped_thousand(checker: Checker) -> None:
    (finding,) = checker.check_text("The earthquake killed 2 million people in the province.", lang="en")
    assert "830,000" in finding.explanation and "Shaanxi" in finding.explanation and finding.fix is None
    (finding,) = checker.check_text("The raid killed 6 people and wounded 20,000.", lang="en")
    assert finding.fix is not None and finding.fix.replacement == "20"
    assert "2,800" in finding.explanation and "pager" in finding.explanation


def test_the_dual_of_a_scale_word_counts_two(checker: Checker) -> None:
    """«مليونا شخص» is two million (the construct state's dual), «ألفا جندي» two thousand: the explanation
    names the figure read."""
    (finding,) = checker.check_text("قتل مليونا شخص في الزلزال.", lang="ar")
    assert finding.rule == "casualties/implausible-magnitude" and "2,000,000" in finding.explanation
    (claim,) = _claims(checker, "قتل ألفا جندي في المعارك.").values()
    assert (claim.low, claim.group) == (2000, "soldiers")



def _infos(checker: Checker, text: str, date: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start:f.end]) for f in checker.check_text(text, lang=_lang(text),
                                                                      date=dt.date.fromisoformat(date))
            if f.severity.name == "INFO"]


@pytest.mark.parametrize(("text", "span"), [
    ("Nearly 3,000 people in Gaza have been killed, according to the Gaza health ministry.", "Nearly 3,000"),
    ("More than 4,500 Palestinians have been killed in Gaza.", "More than 4,500"),
    ("قالت وزارة الصحة في غزة إن عدد الشهداء الفلسطينيين وصل إلى 4800.", "4800"),
])
def test_a_toll_with_no_window_far_below_the_tally_is_information(checker: Checker, text: str, span: str) -> None:
    assert _infos(checker, text, MARCH_2025) == [("casualties/unwindowed-understatement", span)]
    assert _findings(checker, text, MARCH_2025) == []


@pytest.mark.parametrize("text", [
    # a day's figure in the simple past, a group, another people, the war's toll near the tally
    "Israeli strikes killed 40 people in Gaza, according to the Gaza health ministry.",
    "More than 4,500 children have been killed in Gaza.",
    "More than 400 Israeli soldiers have been killed in Gaza.",
    "More than 48,000 Palestinians have been killed in Gaza.",
    "أكثر من 48 ألف فلسطيني استشهدوا في غزة، وفقا لوزارة الصحة في غزة.",
    # Arabic has no perfect: a figure no toll word names may be a day's («استشهد 40 فلسطينيا»)
    "قالت وزارة الصحة في غزة إن أكثر من 4800 فلسطيني استشهدوا في غزة.",
])
def test_no_understatement_where_the_figure_is_not_the_references_toll(checker: Checker, text: str) -> None:
    assert _infos(checker, text, MARCH_2025) == []
