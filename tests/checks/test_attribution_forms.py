"""The attribution/ family on the many forms news uses: an issuer named later by a capital, a seat of
government, an adjective or a government; outlet descriptors in apposition; one quotation given to two
speakers; whole multi-paragraph articles with several speakers, right and wrong (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2025, 3, 16)

_PESKOV_AR = "أعلن المتحدث باسم الكرملين ديمتري بيسكوف أن روسيا مستعدة لدعم المفاوضات."
_PESKOV_EN = "Kremlin spokesman Dmitry Peskov said on Monday that Moscow was ready to support talks."

# (lang, text, flagged span, fix) -- the issuer named in another form than «من حكومة ...».
ISSUER_WRONG = [
    ("ar", f"{_PESKOV_AR} وصدر البيان عن قصر الإليزيه بعد أسبوع من المحادثات.", "قصر الإليزيه", "الكرملين"),
    ("ar", f"{_PESKOV_AR} وجاءت هذه التصريحات من طهران بعد أسبوع من المحادثات.", "طهران", "موسكو"),
    ("ar", "أعلن المتحدث باسم الكرملين ديمتري بيسكوف في بيان رسمي صادر عن الحكومة الفرنسية أن روسيا مستعدة للحوار.",
     "الفرنسية", "الروسية"),
    ("ar", f"{_PESKOV_AR} وجاء البيان الفرنسي بعد أسبوع من المعارك.", "الفرنسي", "الروسي"),
    ("ar", f"{_PESKOV_AR} وجاءت التصريحات الإيرانية بعد ساعات من القمة.", "الإيرانية", "الروسية"),
    ("ar", "قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن العقوبات لن تنجح. وصدرت هذه التصريحات عن "
           "داونينغ ستريت مساء الأحد.", "داونينغ ستريت", "الكرملين"),
    ("ar", f"{_PESKOV_AR} وجاء ذلك في بيان صادر عن الحكومة التركية.", "التركية", "الروسية"),
    ("ar", f"{_PESKOV_AR} وجاء هذا الإعلان من البيت الأبيض قبل القمة.", "البيت الأبيض", "الكرملين"),
    ("ar", "قال وزير الخارجية الأوكراني أندريه سيبيغا إن كييف لن تتنازل. وصدرت هذه التصريحات عن الكرملين مساء أمس.",
     "الكرملين", "كييف"),
    ("ar", "أكد وزير الخارجية الأمريكي ماركو روبيو أن واشنطن تدعم الحوار. وجاء هذا الموقف من بكين بعد القمة.",
     "بكين", "واشنطن"),
    ("en", f"{_PESKOV_EN} The remarks were made public by the government in Ankara on Tuesday.", "Ankara", "Moscow"),
    ("en", f"{_PESKOV_EN} The announcement was released by Downing Street on Tuesday.", "Downing Street", "Kremlin"),
    ("en", f"{_PESKOV_EN} Beijing's statement came after a week of fighting.", "Beijing", "Moscow"),
    ("en", f"{_PESKOV_EN} The Turkish statement came after a week of fighting.", "Turkish", "Russian"),
    ("en", f"{_PESKOV_EN} These remarks came from Tehran after a week of fighting.", "Tehran", "Moscow"),
    ("en", "Kremlin spokesman Dmitry Peskov said in a statement issued by the French government that Moscow was ready "
           "to talk.", "French", "Russian"),
    ("en", "Ukrainian Foreign Minister Andrii Sybiha said Kyiv would not give up land. The comments were published by "
           "the Kremlin late on Sunday.", "the Kremlin", "Kyiv"),
    ("en", "Secretary of State Marco Rubio said the talks were useful. The statement came from the Élysée an hour "
           "later.", "Élysée", "White House"),
]

# The same forms, right, or where the link to the statement is not certain.
ISSUER_RIGHT = [
    ("ar", f"{_PESKOV_AR} وصدر البيان عن الكرملين بعد أسبوع من المحادثات."),
    ("ar", f"{_PESKOV_AR} وجاءت هذه التصريحات من موسكو بعد أسبوع من المحادثات."),
    ("ar", "أعلن المتحدث باسم الكرملين ديمتري بيسكوف في بيان رسمي صادر عن الكرملين أن روسيا مستعدة للحوار."),
    ("ar", f"{_PESKOV_AR} وجاء البيان الروسي بعد أسبوع من المعارك."),
    ("ar", f"{_PESKOV_AR} وجاءت التصريحات الروسية بعد ساعات من القمة."),
    # «وجاء البيان الفرنسي ليؤكد أن ...» with a cue of its own: a statement of its own, not a reference
    ("ar", f"{_PESKOV_AR} وقالت باريس إن البيان الفرنسي سيصدر غدا."),
    # an unknown speaker stands between: «هذا الإعلان» may be his
    ("ar", f"{_PESKOV_AR} وقال مصدر دبلوماسي إن الوضع صعب. وجاء هذا الإعلان من طهران بعد أسبوع."),
    # the credited government spoke earlier: the phrase may name its statement
    ("ar", "أعلنت طهران أنها تدعم الحوار. " + _PESKOV_AR + " وجاء هذا الإعلان من طهران بعد أسبوع."),
    # two voices of two countries in one sentence: which one «هذه التصريحات» names is not certain
    ("ar", "قال بيسكوف إن روسيا مستعدة، وقال وزير الخارجية الأوكراني أندريه سيبيغا إن كييف لن تتنازل. "
           "وجاءت هذه التصريحات من الكرملين بعد أسبوع."),
    # «وجاء في البيان الصادر عن ...» reports another statement, it does not refer back
    ("ar", f"{_PESKOV_AR} وجاء في البيان الصادر عن الخارجية الفرنسية أن باريس تدعم الحوار."),
    ("en", f"{_PESKOV_EN} The statement was welcomed by Ankara on Tuesday."),
    ("en", f"{_PESKOV_EN} Beijing's statement said the talks were useful."),
    ("en", f"{_PESKOV_EN} The Russian statement came after a week of fighting."),
    ("en", f"{_PESKOV_EN} The remarks were made public by the government in Moscow on Tuesday."),
    ("en", "Turkish officials said they backed the talks. " + _PESKOV_EN + " The statement came from Ankara."),
    ("en", f"{_PESKOV_EN} A source said the talks were hard. These remarks came from Tehran after a week."),
    ("en", "In a statement issued by the French government, Paris backed the talks. " + _PESKOV_EN),
    ("en", f"{_PESKOV_EN} The announcement came after talks with the government in Ankara."),
]


@pytest.mark.parametrize("lang, text, span, fix", ISSUER_WRONG)
def test_issuer_in_another_form_is_flagged(attribution_checker, lang, text, span, fix):
    found = [f for f in attribution_checker.check_text(text, lang=lang, date=DATE)
             if f.rule == "attribution/issuer-mismatch"]
    assert [(text[f.start:f.end], f.fix.replacement if f.fix else None) for f in found] == [(span, fix)]


@pytest.mark.parametrize("lang, text", ISSUER_RIGHT)
def test_issuer_right_or_uncertain_stays_clean(attribution_checker, lang, text):
    found = attribution_checker.check_text(text, lang=lang, date=DATE)
    assert [(f.rule, text[f.start:f.end]) for f in found] == []


# (lang, text, flagged span, fix) -- an outlet described in apposition, after its name.
OUTLET_WRONG = [
    ("ar", "وقالت رويترز، وكالة الأنباء الفرنسية، إن المحادثات انتهت.", "الفرنسية", "البريطانية"),
    ("ar", "وقالت رويترز، الصحيفة البريطانية، إن المحادثات انتهت.", "صحيفة", "وكالة"),
    ("ar", "وقالت سكاي نيوز عربية، الوكالة الإماراتية، إن المحادثات انتهت.", "وكالة", "قناة"),
    ("ar", "وذكرت تاس، وكالة الأنباء الأمريكية الرسمية، أن الاجتماع تأجل.", "الأمريكية", "الروسية"),
    ("ar", "ونقلت الأناضول، الوكالة الإيرانية، عن مصدر أمني أن الطائرات أقلعت.", "الإيرانية", "التركية"),
    ("en", "Reuters, the French news agency, reported that the talks had ended.", "French", "British"),
    ("en", "Reuters, the British newspaper, reported that the talks had ended.", "newspaper", "agency"),
    ("en", "Al-Ahram, the Riyadh daily, reported that the talks had ended.", "Riyadh", "Cairo"),
    ("en", "Sputnik, the American radio station, said the talks had ended.", "American", "Russian"),
    ("en", "TASS, the Chinese state news agency, said the meeting had been postponed.", "Chinese", "Russian"),
    ("en", "Sky News Arabia, the Emirati news agency, reported heavy shelling.", "agency", "channel"),
    # a name that is also a word ("Kan", "CCTV") with a noun of the wrong type: an outlet when the noun is a
    # state or public one
    ("en", "In a statement reported by state newspaper CCTV, the State Council unveiled new guidelines.",
     "newspaper", "channel"),
    ("en", "Despite the setbacks, Israeli public newspaper Kan reported that the security chiefs agree.",
     "newspaper", "channel"),
]

OUTLET_RIGHT = [
    ("ar", "وقالت رويترز، وكالة الأنباء البريطانية، إن المحادثات انتهت."),
    ("ar", "وذكرت تاس، وكالة الأنباء الروسية الرسمية، أن الاجتماع تأجل."),
    ("ar", "وقالت سكاي نيوز عربية، القناة الإماراتية، إن المحادثات انتهت."),
    ("ar", "وذكرت قناة بلومبرغ أن المحادثات انتهت، ونقلت إذاعة سبوتنيك الخبر نفسه."),
    ("ar", "وذكرت بلومبرغ، القناة الأمريكية، أن المحادثات انتهت."),
    ("en", "Reuters, the British news agency, reported that the talks had ended."),
    ("en", "Al-Ahram, the Cairo daily, reported that the talks had ended."),
    ("en", "Sputnik, the Russian radio station, reported that the talks had ended."),
    ("en", "Bloomberg, the American television channel, reported that the talks had ended."),
    ("en", "The story was reported by CNN, the Guardian newspaper, and Reuters on Monday."),
    ("en", "TASS, the Russian state news agency, said the talks had ended."),
    # a clause of its own, not an apposition: "the agency" is the FBI
    ("en", "In a statement to USA Today, the agency said it had opened an investigation."),
    ("ar", "وفي تصريح لرويترز، الوكالة قالت إنها فتحت تحقيقا."),
    # the word, not the outlet: no quotation mark, no state or public noun
    ("en", "The newspaper CCTV footage showed the car leaving at night."),
    ("en", "Police said CCTV footage showed the car; the newspaper Kan is not the broadcaster."),
    ("ar", "وقالت وكالة الأهرام للسياحة إن الرحلات عادت."),
    # a quoted name after a noun of another type is a namesake: the Saudi daily, Egypt's news agency
    ("ar", "يذكر أن جريدة «الجزيرة» دأبت على رعاية المهرجان منذ سنوات."),
    ("ar", "وحسب وكالة أنباء \"الشرق الأوسط\"، صدر حكم بالسجن ضد المدانين."),
    ("ar", "وتنشر الصحيفة المذكرات بالاتفاق مع وكالة «الأهرام» للصحافة."),
]


@pytest.mark.parametrize("lang, text, span, fix", OUTLET_WRONG)
def test_outlet_descriptor_in_apposition_is_flagged(attribution_checker, lang, text, span, fix):
    found = [f for f in attribution_checker.check_text(text, lang=lang, date=DATE)
             if f.rule == "attribution/outlet-descriptor"]
    assert [(text[f.start:f.end], f.fix.replacement if f.fix else None) for f in found] == [(span, fix)]


@pytest.mark.parametrize("lang, text", OUTLET_RIGHT)
def test_outlet_descriptor_right_or_of_another_type_stays_clean(attribution_checker, lang, text):
    found = attribution_checker.check_text(text, lang=lang, date=DATE)
    assert [(f.rule, text[f.start:f.end]) for f in found] == []


# (lang, text, flagged quotation) -- one quotation, two speakers, read from every reporting form.
QUOTE_WRONG = [
    ("ar", "قال الرئيس فلاديمير بوتين إن «الحرب لن تنتهي قبل تحقيق كل أهدافها». وفي كييف، قال الرئيس فولوديمير "
           "زيلينسكي: «الحرب لن تنتهي قبل تحقيق كل أهدافها».", "الحرب لن تنتهي قبل تحقيق كل أهدافها"),
    ("ar", "«لن نقبل، أبدا، أي إنذار من أي طرف!»، قال وزير الخارجية الروسي سيرغي لافروف. وأكد وزير الخارجية "
           "الأوكراني أندريه سيبيغا: «لن نقبل أبدا أي إنذار من أي طرف».", "لن نقبل أبدا أي إنذار من أي طرف"),
    ("ar", "أعلن المتحدث باسم الكرملين ديمتري بيسكوف: «المحادثات ستستأنف الأسبوع المقبل في إسطنبول». وأضاف أن موسكو "
           "مستعدة. ثم قالت المتحدثة ماريا زاخاروفا: «المحادثات ستُستأنف الأسبوع المقبل في إسطنبول».",
     "المحادثات ستُستأنف الأسبوع المقبل في إسطنبول"),
    ("en", "\"The war will not end until every goal is met,\" Vladimir Putin said. Volodymyr Zelensky told reporters: "
           "\"The war will not end until every goal is met.\"", "The war will not end until every goal is met."),
    ("en", "Sergey Lavrov said: \"We will never accept an ultimatum, from anyone!\" Later, according to Andrii Sybiha, "
           "\"we will never accept an ultimatum from anyone.\"", "we will never accept an ultimatum from anyone."),
    ("en", "Dmitry Peskov added: \"Talks will resume next week in Istanbul.\" Maria Zakharova told journalists: "
           "“Talks will resume next week in Istanbul.”", "Talks will resume next week in Istanbul."),
    # paragraphs joined by the copy: a quotation's first paragraph lost its closing mark, and the speaker's
    # name after the next quotation is outside every quotation
    ("en", "Sergey Lavrov said: \"We have said as much to our partners. \"We feel it is important for us all.\" "
           "\"Talks will resume next week in Istanbul,\" Mr Lavrov said. Marco Rubio said: \"Talks will resume next "
           "week in Istanbul.\"", "Talks will resume next week in Istanbul."),
    # a quotation split around its speaker: the second speaker is given its first part alone
    ("en", "“Since the sabotage in the Black Sea,” Sergey Lavrov said, “we have doubled our presence with ships "
           "and aircraft.” Later Marco Rubio said: \"Since the sabotage in the Black Sea, we acted.\" Andrii Sybiha "
           "said: \"Since the sabotage in the Black Sea,\"", "Since the sabotage in the Black Sea,"),
    # a long title between the quotation and its verb; the progressive "is saying:"
    ("en", "\"Many people have only seen his leadership on television screens,\" the veteran Russian foreign "
           "minister Sergey Lavrov said on Monday. Andrii Sybiha said: \"Many people have only seen his leadership on "
           "television screens.\"", "Many people have only seen his leadership on television screens."),
    ("en", "And on Thursday Mr Lavrov is saying: \"I want to talk about the central purpose of our foreign policy.\" "
           "Marco Rubio said: \"I want to talk about the central purpose of our foreign policy.\"",
     "I want to talk about the central purpose of our foreign policy."),
]

QUOTE_RIGHT = [
    # a quotation split around its speaker, its part said again by the same voice
    ("en", "“Since the sabotage in the Black Sea,” Sergey Lavrov said, “we have doubled our presence with ships "
           "and aircraft.” He added: \"Since the sabotage in the Black Sea, we have doubled our presence.\""),
    # a name inside a quotation whose first paragraph lost its closing mark is not its speaker ("He" is
    # unknown): 'U-turns. "It is' opens the quotation again
    ("en", "He said: \"We have had three policy positions in three months and two U-turns. \"It is not surprising "
           "that Marco Rubio told him: 'There is nothing you could say.'\" Vladimir Putin said: \"We have had three "
           "policy positions in three months and two U-turns.\""),
    # one voice: the same person again, carried by «وأضاف» / "he added"
    ("ar", "قال الرئيس فلاديمير بوتين: «الحرب لن تنتهي قبل تحقيق كل أهدافها». وأضاف: «الحرب لن تنتهي قبل تحقيق كل "
           "أهدافها»."),
    ("en", "\"The war will not end until every goal is met,\" Vladimir Putin said. He added: \"The war will not end "
           "until every goal is met.\""),
    # a stock phrase many people say
    ("ar", "قال الرئيس فلاديمير بوتين: «كل الخيارات مطروحة على الطاولة». وقال الرئيس فولوديمير زيلينسكي: «كل "
           "الخيارات مطروحة على الطاولة»."),
    ("en", "\"No one is above the law,\" Vladimir Putin said. Volodymyr Zelensky said: \"No one is above the law.\""),
    ("en", "Vladimir Putin said: \"All options are on the table now.\" Volodymyr Zelensky said: \"All options are on "
           "the table now.\""),
    # the second sentence names the first speaker: a quotation of his words
    ("ar", "قال الرئيس فلاديمير بوتين: «الحرب لن تنتهي قبل تحقيق كل أهدافها». ورد زيلينسكي على قول بوتين "
           "«الحرب لن تنتهي قبل تحقيق كل أهدافها» بأنه دليل على رفض السلام."),
    # shorter than five words
    ("en", "Vladimir Putin said: \"We will win.\" Volodymyr Zelensky said: \"We will win.\""),
    # a name quoted inside the reported words is not the statement's quotation; «المالي» here is "financial"
    ("ar", "وقالت المديرة الكويتية إن جائزة \"أفضل سيدة في قطاع النفط والغاز للعام\" رسالة للمجتمع. وقالت الرئيس "
           "المالي للشركة إن جائزة \"أفضل سيدة في قطاع النفط والغاز للعام\" تشكل حافزا."),
    ("en", "Donald Trump said Biden was \"running for his issues and nobody else's\" in Iowa. Joe Biden said Trump "
           "was \"running for his issues and nobody else's\" in the end."),
    # a place after a preposition is no speaker: the plane that took him to Israel
    ("ar", "وقال للصحفيين على متن الطائرة التي أقلته إلى إسرائيل: «لن نقبل أي إنذار من أي طرف كان». وقال الرئيس "
           "فولوديمير زيلينسكي: «لن نقبل أي إنذار من أي طرف كان»."),
    ("en", "\"We will not accept any ultimatum from anyone,\" he told reporters on the plane that took him to Israel. "
           "Later Volodymyr Zelensky said: \"We will not accept any ultimatum from anyone.\""),
    # "He noted Baerbock was ...": the name after the verb is what is said, not who says it
    ("en", "Olaf Scholz said he did not know. He noted Annalena Baerbock was still in Ukraine. \"There is no need to "
           "win back trust at all,\" he said. Joe Biden later said: \"There is no need to win back trust at all.\""),
]


@pytest.mark.parametrize("lang, text, quotation", QUOTE_WRONG)
def test_one_quotation_two_speakers_is_flagged(attribution_checker, lang, text, quotation):
    found = [f for f in attribution_checker.check_text(text, lang=lang, date=DATE)
             if f.rule == "attribution/quote-speakers"]
    assert [text[f.start:f.end] for f in found] == [quotation]


@pytest.mark.parametrize("lang, text", QUOTE_RIGHT)
def test_one_voice_stock_phrase_or_a_place_stays_clean(attribution_checker, lang, text):
    found = attribution_checker.check_text(text, lang=lang, date=DATE)
    assert [(f.rule, text[f.start:f.end]) for f in found] == []


@pytest.mark.parametrize("lang, text", [
    ("ar", "وقال للصحفيين على متن الطائرة التي أقلته إلى إسرائيل: «لن نقبل أي إنذار من أي طرف كان»."),
    ("en", "\"We will not accept any ultimatum from anyone,\" he told reporters on the plane that took him to Israel."),
    # the country is the object of a visit or a departure with its pronoun («زيارته إسرائيل»), not a speaker
    ("ar", "وقال للصحفيين قبل مغادرته إسرائيل: «لن نقبل أي إنذار من أي طرف كان»."),
    ("ar", "وقالت خلال زيارتها تركيا: «لن نقبل أي إنذار من أي طرف كان»."),
    # ... and without the pronoun, as a noun or a verb
    ("ar", "وقال للصحفيين بعد زيارة إسرائيل: «لن نقبل أي إنذار من أي طرف كان»."),
    ("ar", "وقال الوزير لدى وصول تركيا: «لن نقبل أي إنذار من أي طرف كان»."),
    ("ar", "وقال عقب وصوله إلى تركيا: «لن نقبل أي إنذار من أي طرف كان»."),
    ("ar", "وقال في ختام زيارة رسمية لإسرائيل: «لن نقبل أي إنذار من أي طرف كان»."),
    ("ar", "وقال الوزير الذي زار إسرائيل أمس: «لن نقبل أي إنذار من أي طرف كان»."),
    ("ar", "وقال عند دخول سوريا: «لن نقبل أي إنذار من أي طرف كان»."),
    ("ar", "وقال في تصريح بمناسبة زيارته وزيارة مصر: «لن نقبل أي إنذار من أي طرف كان»."),
])
def test_a_place_is_no_speaker_for_the_archive_either(attribution_checker, lang, text):
    from checker.checks.across import QUOTE_SPEAKERS_ACROSS

    rule = attribution_checker.packs.rule("attribution/quote-speakers-across")
    analysis = attribution_checker.analyse(text, lang=lang, date=DATE)
    assert list(QUOTE_SPEAKERS_ACROSS.facts(rule, analysis)) == []


@pytest.mark.parametrize("text", [
    "وقالت إسرائيل: «لن نقبل أي إنذار من أي طرف كان».",
    "وقالت تركيا بعد زيارة الوفد: «لن نقبل أي إنذار من أي طرف كان».",
    "وقال وزير داخلية لاتفيا: «لن نقبل أي إنذار من أي طرف كان».",
])
def test_a_government_speaking_stays_a_speaker_for_the_archive(attribution_checker, text):
    from checker.checks.across import QUOTE_SPEAKERS_ACROSS

    rule = attribution_checker.packs.rule("attribution/quote-speakers-across")
    analysis = attribution_checker.analyse(text, lang="ar", date=DATE)
    assert [fact[1]["country"] for fact in QUOTE_SPEAKERS_ACROSS.facts(rule, analysis)] == [
        "country/LV" if "لاتفيا" in text else "country/IL" if "إسرائيل" in text else "country/TR"]


@pytest.mark.parametrize("text, speakers", [
    ("Sweden-watcher Maddy Savage said that Andersson would probably be voted in again.", []),
    ("Russia-backed separatists said on Monday that the town had fallen.", []),
    ("Pro-Russia activists said the vote had been fair.", []),
    ("Sweden said on Monday that it would apply to join the alliance.", ["country/SE"]),
])
def test_a_word_made_of_a_countrys_name_is_not_the_country_speaking(attribution_checker, text, speakers):
    analysis = attribution_checker.analyse(text, lang="en", date=DATE)
    statements = analysis.annotation("attributions").statements
    assert [s.speaker.entity_id for s in statements if s.speaker is not None] == speakers


@pytest.mark.parametrize("text, expected", [
    ("وقال سيرغي لافروف، وفق وكالة تاس، إن موسكو مستعدة للمحادثات. وصدر البيان عن قصر الإليزيه.",
     [("attribution/issuer-mismatch", "قصر الإليزيه")]),
    ("وقال سيرغي لافروف، بحسب وكالة تاس، إن موسكو مستعدة للمحادثات. وصدر البيان عن الكرملين.", []),
])
def test_an_outlet_set_off_after_the_speaker_relays_the_speakers_statement(attribution_checker, text, expected):
    analysis = attribution_checker.analyse(text, lang="ar", date=DATE)
    [statement] = analysis.annotation("attributions").statements
    assert statement.speaker is not None and statement.speaker.entity_id == "person/sergey-lavrov"
    assert statement.reporter is not None and statement.reporter.entity_id == "outlet/tass"
    found = attribution_checker.check_text(text, lang="ar", date=DATE)
    assert [(f.rule, text[f.start:f.end]) for f in found] == expected


@pytest.mark.parametrize("text, speakers", [
    ("Embassies received packages, Andrii Sybiha, the Ukrainian foreign minister, said on Friday.",
     ["person/andrii-sybiha"]),
    ("\"The talks were useful,\" Marco Rubio, speaking after a visit to Turkey, said.", ["person/marco-rubio"]),
    # the comma opens another speaker's clause, or the verb is the name's own after "and"
    ("Zelensky met Putin in Istanbul, a senior official said on Friday.", []),
    ("Zelensky met Putin, the Russian leader, and said the talks were useful.", []),
])
def test_a_speaker_set_off_by_an_apposition_before_the_verb(attribution_checker, text, speakers):
    analysis = attribution_checker.analyse(text, lang="en", date=DATE)
    statements = analysis.annotation("attributions").statements
    assert [s.speaker.entity_id for s in statements if s.speaker is not None] == speakers


@pytest.mark.parametrize("lang, text", [
    ("en", "\"We will act together,\" Zelensky said.\n\nFor Rubio's part, he brushed off the notion of a rift.\n\n"
           "\"There is no need to win back trust in this case at all,\" he said.\n\n"
           "\"There is no need to win back trust in this case at all,\" Rubio said later."),
    ("ar", "وقال زيلينسكي: «سنعمل معا».\n\nأما روبيو فرفض فكرة الخلاف.\n\n"
           "وأضاف: «لا حاجة لاستعادة الثقة في هذه الحالة على الإطلاق».\n\n"
           "وقال روبيو لاحقا: «لا حاجة لاستعادة الثقة في هذه الحالة على الإطلاق»."),
])
def test_a_pronoun_is_not_carried_past_another_person_named(attribution_checker, lang, text):
    # "he said" after a sentence about Rubio is not Zelensky's: no speaker, so no quotation given to two
    assert attribution_checker.check_text(text, lang=lang, date=DATE) == []


def test_a_government_after_its_verb_is_still_a_speaker(attribution_checker):
    text = "وقالت إسرائيل إن المحادثات انتهت. وجاء هذا الإعلان من طهران."
    found = attribution_checker.check_text(text, lang="ar", date=DATE)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [("attribution/issuer-mismatch", "طهران")]


# Whole articles with several speakers: (lang, text, [(rule, flagged span)]) -- right ones flag nothing.
ARTICLES = [
    ("ar", "موسكو - أعلن المتحدث باسم الكرملين ديمتري بيسكوف، الاثنين، أن روسيا مستعدة لاستئناف المفاوضات مع "
           "أوكرانيا دون شروط مسبقة. وأضاف أن الاتصالات مستمرة على مستوى الخبراء. وصدر البيان عن الكرملين بعد "
           "اجتماع لمجلس الأمن الروسي.\n\n"
           "وفي كييف، قال وزير الخارجية الأوكراني أندريه سيبيغا إن بلاده لن تتنازل عن أي شبر من أراضيها. وأكد "
           "سيبيغا: «الضمانات الأمنية شرط لأي اتفاق مع موسكو». وجاءت هذه التصريحات من كييف ردا على الكرملين.\n\n"
           "وذكرت وكالة رويترز، وكالة الأنباء البريطانية، أن وزير الخارجية الأمريكي ماركو روبيو سيزور المنطقة "
           "الأسبوع المقبل. وقال روبيو: «واشنطن تدعم كل جهد صادق لوقف الحرب».", []),
    ("ar", "موسكو - أعلن المتحدث باسم الكرملين ديمتري بيسكوف، الاثنين، أن روسيا مستعدة لاستئناف المفاوضات مع "
           "أوكرانيا دون شروط مسبقة. وأضاف أن الاتصالات مستمرة على مستوى الخبراء. وصدر البيان عن قصر الإليزيه بعد "
           "اجتماع لمجلس الأمن الروسي.\n\n"
           "وفي كييف، قال وزير الخارجية الأوكراني أندريه سيبيغا إن بلاده لن تتنازل عن أي شبر من أراضيها. وأكد "
           "سيبيغا: «الضمانات الأمنية شرط لأي اتفاق مع موسكو». وجاءت هذه التصريحات من واشنطن ردا على الكرملين.\n\n"
           "وذكرت رويترز، وكالة الأنباء الفرنسية، أن وزير الخارجية الأمريكي ماركو روبيو سيزور المنطقة الأسبوع "
           "المقبل. وقال روبيو: «الضمانات الأمنية شرط لأي اتفاق مع موسكو».",
     [("attribution/issuer-mismatch", "قصر الإليزيه"), ("attribution/issuer-mismatch", "واشنطن"),
      ("attribution/outlet-descriptor", "الفرنسية"),
      ("attribution/quote-speakers", "الضمانات الأمنية شرط لأي اتفاق مع موسكو")]),
    ("ar", "قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن العقوبات الغربية لن تغير موقف موسكو. "
           "وقال مصدر دبلوماسي غربي إن العقوبات ستتوسع. وجاء هذا الإعلان من لندن قبل قمة مجموعة السبع.\n\n"
           "ومن جانبه، قال الرئيس فولوديمير زيلينسكي على متن الطائرة التي أقلته إلى واشنطن: «لن نقبل أي سلام "
           "يكافئ المعتدي». وأضاف زيلينسكي: «لن نقبل أي سلام يكافئ المعتدي».", []),
    ("en", "MOSCOW -- Kremlin spokesman Dmitry Peskov said on Monday that Russia was ready to resume talks with "
           "Ukraine without preconditions. He added that contacts continued at expert level. The statement came "
           "from the Kremlin after a meeting of the Security Council.\n\n"
           "In Kyiv, Ukrainian Foreign Minister Andrii Sybiha said his country would not give up any land. "
           "\"Security guarantees are a condition of any deal with Moscow,\" Sybiha said. The remarks were made "
           "public by the government in Kyiv.\n\n"
           "Reuters, the British news agency, reported that Secretary of State Marco Rubio would visit the region "
           "next week. \"Washington backs every honest effort to end the war,\" Rubio said.", []),
    ("en", "MOSCOW -- Kremlin spokesman Dmitry Peskov said on Monday that Russia was ready to resume talks with "
           "Ukraine without preconditions. He added that contacts continued at expert level. The announcement was "
           "released by Downing Street after a meeting of the Security Council.\n\n"
           "In Kyiv, Ukrainian Foreign Minister Andrii Sybiha said his country would not give up any land. "
           "\"Security guarantees are a condition of any deal with Moscow,\" Sybiha said. Beijing's statement came "
           "a day later.\n\n"
           "Reuters, the French news agency, reported that Secretary of State Marco Rubio would visit the region "
           "next week. \"Security guarantees are a condition of any deal with Moscow,\" Rubio said.",
     [("attribution/issuer-mismatch", "Downing Street"), ("attribution/issuer-mismatch", "Beijing"),
      ("attribution/outlet-descriptor", "French"),
      ("attribution/quote-speakers", "Security guarantees are a condition of any deal with Moscow,")]),
    ("en", "Russian Foreign Ministry spokeswoman Maria Zakharova said Western sanctions would not change Moscow's "
           "course. A Western diplomat said the sanctions would widen. This announcement came from London before "
           "the G7 summit.\n\n"
           "\"We will not accept any peace that rewards the aggressor,\" President Volodymyr Zelensky told "
           "reporters on the plane that took him to Washington. He added: \"We will not accept any peace that "
           "rewards the aggressor.\" In a statement issued by the Ukrainian government, Kyiv thanked its allies.",
     []),
]


@pytest.mark.parametrize("lang, text, expected", ARTICLES)
def test_whole_article_with_several_speakers(attribution_checker, lang, text, expected):
    found = attribution_checker.check_text(text, lang=lang, date=DATE)
    assert sorted((f.rule, text[f.start:f.end]) for f in found) == sorted(expected)


# Whole articles where speakers are given their spokesperson roles (read by roles/title-mismatch from the title
# claims) beside quotations, issuers and outlets: each wrong one flags its error once, in the family that reads
# it; the right ones (a Kremlin spokesman, a foreign ministry named without its country for its own spokesperson,
# a country visited or a word made of a country's name) flag nothing.
ARTICLES_WITH_ROLES = [
    ("ar", "موسكو - قال ديمتري بيسكوف المتحدث باسم وزارة الخارجية الروسية إن الكرملين لا يرى أي تقدم في "
           "المحادثات مع واشنطن. وأضاف أن الرئيس فلاديمير بوتين سيتحدث مع نظيره الأمريكي الأسبوع المقبل.\n\n"
           "ومن جهتها، قالت ماريا زاخاروفا، المتحدثة الرسمية باسم وزارة الخارجية الروسية، إن العقوبات "
           "الجديدة لن تغير شيئا. وأكدت زاخاروفا: «لن نتخلى عن مصالحنا الوطنية تحت أي ضغط خارجي».\n\n"
           "وفي واشنطن، قال وزير الخارجية الأمريكي ماركو روبيو للصحفيين بعد زيارة إسرائيل: «لن نتخلى عن "
           "مصالحنا الوطنية تحت أي ضغط خارجي».",
     [("roles/title-mismatch", "ديمتري بيسكوف المتحدث باسم وزارة الخارجية الروسية"),
      ("attribution/quote-speakers", "لن نتخلى عن مصالحنا الوطنية تحت أي ضغط خارجي")]),
    ("ar", "موسكو - قال ديمتري بيسكوف المتحدث باسم الكرملين إن موسكو لا ترى أي تقدم في المحادثات مع "
           "واشنطن. وأضاف أن الرئيس فلاديمير بوتين سيتحدث مع نظيره الأمريكي الأسبوع المقبل. وصدر البيان عن "
           "الكرملين بعد اجتماع لمجلس الأمن.\n\n"
           "ومن جهتها، قالت ماريا زاخاروفا، المتحدثة الرسمية باسم وزارة الخارجية الروسية، إن العقوبات "
           "الجديدة لن تغير شيئا. وأكدت زاخاروفا: «لن نتخلى عن مصالحنا الوطنية تحت أي ضغط خارجي».\n\n"
           "وفي واشنطن، قال وزير الخارجية الأمريكي ماركو روبيو للصحفيين بعد زيارة إسرائيل: «واشنطن تدعم كل "
           "جهد صادق لإنهاء الحرب».",
     []),
    ("ar", "بكين - قالت المتحدثة باسم وزارة الخارجية ماو نينغ إن الصين تعارض العقوبات الأحادية على روسيا. "
           "وأضافت أن بكين ستواصل التجارة الطبيعية مع موسكو.\n\n"
           "وفي موسكو، قال المتحدث باسم الخارجية ديمتري بيسكوف إن الكرملين يرحب بالموقف الصيني. وأكد أن "
           "الرئيس بوتين سيزور الصين في الخريف.\n\n"
           "وذكرت وكالة رويترز، وكالة الأنباء البريطانية، أن وزير الخارجية الأمريكي ماركو روبيو انتقد "
           "الموقف الصيني.",
     [("roles/title-mismatch", "المتحدث باسم الخارجية ديمتري بيسكوف")]),
    ("ar", "موسكو - قالت ماريا زاخاروفا المتحدثة باسم الخارجية الروسية إن موسكو سترد على أي عقوبات جديدة. "
           "وأضافت أن الرد سيكون مدروسا.\n\n"
           "وقال بيسكوف المتحدث باسم الرئاسة الروسية إن الرئيس بوتين لم يتلق أي رسالة من واشنطن. وصدر "
           "البيان عن الكرملين مساء الاثنين.\n\n"
           "وفي أنقرة، قال وزير الخارجية التركي هاكان فيدان عند وصوله إلى موسكو إن بلاده مستعدة للوساطة. "
           "وقال فيدان: «الحوار هو الطريق الوحيد لإنهاء هذه الحرب الطويلة».",
     []),
    ("en", "MOSCOW -- Dmitry Peskov, a spokesman for the Russian Foreign Ministry, said on Monday that "
           "Moscow saw no progress in the talks with Washington. He added that President Vladimir Putin "
           "would speak to his American counterpart next week.\n\n"
           "Foreign Ministry spokeswoman Maria Zakharova said Ukraine's attacks on the border region would "
           "not change Moscow's course. \"We will not give up our national interests under any outside "
           "pressure,\" Zakharova said.\n\n"
           "In Washington, Secretary of State Marco Rubio told reporters after visiting Israel: \"We will "
           "not give up our national interests under any outside pressure.\"",
     [("roles/title-mismatch", "Dmitry Peskov, a spokesman for the Russian Foreign Ministry"),
      ("attribution/quote-speakers", "We will not give up our national interests under any outside pressure.")]),
    ("en", "MOSCOW -- Dmitry Peskov, a Kremlin spokesman, said on Monday that Moscow saw no progress in "
           "the talks with Washington. He added that President Vladimir Putin would speak to his American "
           "counterpart next week. The statement came from the Kremlin after a meeting of the Security Council.\n\n"
           "In Beijing, Foreign Ministry spokesperson Mao Ning said China opposed unilateral sanctions "
           "against Russia. \"China will continue normal trade with all countries,\" Mao said.\n\n"
           "Sweden-watcher Maddy Savage said the vote in Stockholm had surprised the government. Maria "
           "Zakharova, a spokeswoman for the Russian Foreign Ministry, said Moscow would respond to any "
           "new sanctions.",
     []),
    ("en", "BEIJING -- Foreign Ministry spokesperson Dmitry Peskov said on Tuesday that China opposed "
           "unilateral sanctions against Russia. He added that trade with Moscow would continue.\n\n"
           "Maria Zakharova, a spokeswoman for the Kremlin, said Russia welcomed the Chinese position. The "
           "remarks were made public by the government in Beijing.\n\n"
           "Reuters, the British news agency, reported that Secretary of State Marco Rubio criticised the "
           "Chinese position.",
     [("roles/title-mismatch", "Foreign Ministry spokesperson Dmitry Peskov"),
      ("roles/title-mismatch", "Maria Zakharova, a spokeswoman for the Kremlin"),
      ("attribution/issuer-mismatch", "Beijing")]),
    # an issuer, an outlet's type and country, a visit: no spokesperson wrong
    ("ar", "أنقرة - أعلن وزير الخارجية التركي هاكان فيدان، الثلاثاء، أن بلاده مستعدة لاستضافة جولة جديدة "
           "من المحادثات بين موسكو وكييف. وأضاف أن الاتصالات مع الطرفين مستمرة. وصدر البيان عن قصر "
           "الإليزيه بعد اجتماع للحكومة.\n\n"
           "وذكرت صحيفة رويترز أن الوفد الروسي قد يصل إلى إسطنبول الأسبوع المقبل. ونقلت قناة الجزيرة "
           "القطرية عن مصدر دبلوماسي قوله إن الموعد لم يحدد بعد.\n\n"
           "وفي موسكو، قال ديمتري بيسكوف المتحدث باسم الكرملين للصحفيين: «ننتظر إشارات واضحة من الجانب "
           "الأوكراني قبل أي لقاء».",
     [("attribution/issuer-mismatch", "قصر الإليزيه"),
      ("attribution/outlet-descriptor", "صحيفة")]),
    ("ar", "أنقرة - أعلن وزير الخارجية التركي هاكان فيدان، الثلاثاء، أن بلاده مستعدة لاستضافة جولة جديدة "
           "من المحادثات بين موسكو وكييف. وأضاف أن الاتصالات مع الطرفين مستمرة. وصدر البيان عن الحكومة "
           "التركية بعد اجتماع لمجلس الوزراء.\n\n"
           "وذكرت وكالة رويترز أن الوفد الروسي قد يصل إلى إسطنبول الأسبوع المقبل. ونقلت قناة الجزيرة "
           "القطرية عن مصدر دبلوماسي قوله إن الموعد لم يحدد بعد.\n\n"
           "وفي موسكو، قال ديمتري بيسكوف المتحدث باسم الكرملين للصحفيين بعد عودته من زيارة تركيا: «ننتظر "
           "إشارات واضحة من الجانب الأوكراني قبل أي لقاء».",
     []),
    ("en", "ANKARA -- Turkish Foreign Minister Hakan Fidan said on Tuesday that his country was ready to "
           "host a new round of talks between Moscow and Kyiv. He added that contacts with both sides were "
           "continuing. The announcement was released by the Elysee Palace after a cabinet meeting.\n\n"
           "Reuters, the French news agency, reported that the Russian delegation could arrive in Istanbul "
           "next week. Al Jazeera, the Qatari broadcaster, quoted a diplomatic source as saying no date "
           "had been set.\n\n"
           "In Moscow, Kremlin spokesman Dmitry Peskov told reporters: \"We are waiting for clear signals "
           "from the Ukrainian side before any meeting.\"",
     [("attribution/issuer-mismatch", "Elysee Palace"),
      ("attribution/outlet-descriptor", "French")]),
    ("en", "ANKARA -- Turkish Foreign Minister Hakan Fidan said on Tuesday that his country was ready to "
           "host a new round of talks between Moscow and Kyiv. He added that contacts with both sides were "
           "continuing. The statement was issued by the Turkish government after a cabinet meeting.\n\n"
           "Reuters, the British news agency, reported that the Russian delegation could arrive in "
           "Istanbul next week. Al Jazeera, the Qatari broadcaster, quoted a diplomatic source as saying "
           "no date had been set.\n\n"
           "In Moscow, Kremlin spokesman Dmitry Peskov, speaking after a visit to Turkey, told reporters: "
           "\"We are waiting for clear signals from the Ukrainian side before any meeting.\" Russia-backed "
           "officials in Donetsk said they had not been consulted.",
     []),
    # a statement relayed by an outlet, a speaker named inside a quotation, a speaker's apposition before
    # the verb
    ("ar", "موسكو - قال سيرغي لافروف، وفق وكالة تاس، إن موسكو مستعدة لاستئناف المحادثات مع واشنطن في "
           "إسطنبول. وصدر البيان عن قصر الإليزيه بعد اجتماع لمجلس الأمن.\n\n"
           "وفي كييف، قال الرئيس فولوديمير زيلينسكي: «لن يتخلى الرئيس بوتين عن أحلامه التوسعية ما لم يواجه "
           "ضغطا حقيقيا».\n\n"
           "وبعد زيارة تركيا، قال ماركو روبيو: «لن يتخلى الرئيس بوتين عن أحلامه التوسعية ما لم يواجه ضغطا "
           "حقيقيا».",
     [("attribution/issuer-mismatch", "قصر الإليزيه"),
      ("attribution/quote-speakers", "لن يتخلى الرئيس بوتين عن أحلامه التوسعية ما لم يواجه ضغطا حقيقيا")]),
    ("ar", "موسكو - قال سيرغي لافروف، بحسب وكالة تاس، إن موسكو مستعدة لاستئناف المحادثات مع واشنطن في "
           "إسطنبول. وصدر البيان عن الكرملين بعد اجتماع لمجلس الأمن.\n\n"
           "وفي كييف، قال الرئيس فولوديمير زيلينسكي: «لن يتخلى الرئيس بوتين عن أحلامه التوسعية ما لم يواجه "
           "ضغطا حقيقيا».\n\n"
           "وبعد زيارة تركيا، قال ماركو روبيو إن واشنطن تدعم كل جهد صادق لإنهاء الحرب. وقال روبيو: «نريد "
           "سلاما عادلا ودائما لأوكرانيا».",
     []),
    ("en", "KYIV -- \"Nobody expected such an effort to make sure that President Zelensky would give up,\" "
           "Zelensky told reporters on Wednesday. He added that the talks in Istanbul had produced nothing.\n\n"
           "Several embassies received suspicious packages this week, Andrii Sybiha, the Ukrainian foreign "
           "minister, said on Friday. The remarks were made public by the government in Moscow.\n\n"
           "Secretary of State Marco Rubio, speaking after visiting Turkey, said: \"Nobody expected such an "
           "effort to make sure that President Zelensky would give up.\"",
     [("attribution/issuer-mismatch", "Moscow"),
      ("attribution/quote-speakers",
       "Nobody expected such an effort to make sure that President Zelensky would give up.")]),
    ("en", "KYIV -- \"Nobody expected such an effort to make sure that President Zelensky would give up,\" "
           "Zelensky told reporters on Wednesday. He added that the talks in Istanbul had produced nothing.\n\n"
           "Several embassies received suspicious packages this week, Andrii Sybiha, the Ukrainian foreign "
           "minister, said on Friday. The remarks were made public by the government in Kyiv.\n\n"
           "Secretary of State Marco Rubio repeated Zelensky's words after visiting Turkey: \"Nobody "
           "expected such an effort to make sure that President Zelensky would give up.\"",
     []),
]


@pytest.mark.parametrize("lang, text, expected", ARTICLES_WITH_ROLES)
def test_whole_article_with_speakers_and_their_roles(lang, text, expected):
    from checker.api import Checker, CheckOptions

    found = Checker(CheckOptions(select=("roles/", "attribution/"))).check_text(text, lang=lang, date=DATE)
    assert sorted((f.rule, text[f.start:f.end]) for f in found) == sorted(expected)


# The speaker's role in an apposition or a title ("said X, the spokesman for Y", «قال المتحدث باسم Y، X»):
# roles/title-mismatch reads the claim and flags it; the attribution family must not report it a second time.
SPEAKER_ROLE = [
    ("ar", "وقال المتحدث باسم الخارجية الروسية، ديمتري بيسكوف، إن المحادثات انتهت.", "الخارجية الروسية"),
    ("ar", "وقال ديمتري بيسكوف، المتحدث باسم الخارجية الروسية، إن المحادثات انتهت.", "الخارجية الروسية"),
    ("ar", "وقالت المتحدثة باسم الكرملين ماريا زاخاروفا إن العقوبات لن تنجح.", "الكرملين"),
    ("en", "\"The talks are over,\" said Dmitry Peskov, the spokesman for the Russian Foreign Ministry.",
     "Russian Foreign Ministry"),
    ("en", "\"The talks are over,\" said Maria Zakharova, the spokeswoman for the Kremlin.", "the Kremlin"),
    # no comma between the name and its title, after a verb of saying
    ("ar", "وقال ديمتري بيسكوف المتحدث باسم وزارة الخارجية الروسية إن المحادثات انتهت.", "وزارة الخارجية الروسية"),
    # «الرئاسة الروسية» is the Kremlin
    ("ar", "وقالت ماريا زاخاروفا، المتحدثة الرسمية باسم الرئاسة الروسية، إن العقوبات لن تنجح.", "الرئاسة الروسية"),
    # an indefinite title in apposition
    ("en", "Dmitry Peskov, a spokesman for the Russian Foreign Ministry, said the talks were over.",
     "Russian Foreign Ministry"),
    # no country: whichever foreign ministry it is, Peskov never spoke for one
    ("ar", "وقال المتحدث باسم وزارة الخارجية ديمتري بيسكوف إن المحادثات انتهت.", "وزارة الخارجية"),
    ("ar", "وقال ديمتري بيسكوف، المتحدث باسم الخارجية، إن المحادثات انتهت.", "الخارجية"),
    ("en", "Foreign Ministry spokesperson Dmitry Peskov said the talks were over.", "Foreign Ministry"),
    ("en", "\"The talks are over,\" said Dmitry Peskov, a Foreign Ministry spokesman.", "Foreign Ministry"),
]


@pytest.mark.parametrize("lang, text, span", SPEAKER_ROLE)
def test_a_speaker_given_another_institutions_spokesperson_role_is_flagged_once(lang, text, span):
    from checker.api import Checker, CheckOptions

    checker = Checker(CheckOptions(select=("roles/", "attribution/")))
    found = checker.check_text(text, lang=lang, date=DATE)
    # one finding, by the roles check; it covers the wrong institution (and the name too, when the office
    # had one other holder on the date: then the name may be the wrong part)
    assert [f.rule for f in found] == ["roles/title-mismatch"]
    assert span in text[found[0].start:found[0].end]


@pytest.mark.parametrize("lang, text, fix", [
    ("ar", "وقال المتحدث باسم وزارة الخارجية ديمتري بيسكوف إن المحادثات انتهت.", "الكرملين"),
    ("en", "Foreign Ministry spokesperson Dmitry Peskov said the talks were over.", "Kremlin"),
    ("ar", "وقالت ماريا زاخاروفا، المتحدثة الرسمية باسم الرئاسة الروسية، إن العقوبات لن تنجح.",
     "وزارة الخارجية الروسية"),
    # the article written as part of the wrong name stays ("for the Kremlin" -> "for the Russian ...")
    ("en", "\"The talks are over,\" said Maria Zakharova, the spokeswoman for the Kremlin.",
     "the spokeswoman for the Russian Foreign Ministry"),
])
def test_the_fix_names_the_institution_the_speaker_speaks_for(lang, text, fix):
    from checker.api import Checker, CheckOptions

    found = Checker(CheckOptions(select=("roles/",))).check_text(text, lang=lang, date=DATE)
    assert [f.rule for f in found] == ["roles/title-mismatch"]
    # the finding covers the name too (others held the office: the name may be the wrong part)
    assert found[0].fix is not None and fix in found[0].fix.replacement


# Spokespeople given their own institution, in every form above, and the forms that cannot be judged: the
# country-less title of someone who speaks for one foreign ministry (a country named nearby is not the
# ministry's: Zakharova speaks of Ukraine), a foreign ministry the knowledge does not hold ("Egyptian"), a name
# that is the object of the verb (no comma), a title left open.
SPEAKER_ROLE_RIGHT = [
    ("ar", "وقال ديمتري بيسكوف المتحدث باسم الكرملين إن المحادثات انتهت."),
    ("ar", "وقالت ماريا زاخاروفا المتحدثة الرسمية باسم وزارة الخارجية الروسية إن العقوبات لن تنجح."),
    ("ar", "وقالت المتحدثة باسم الخارجية ماريا زاخاروفا إن أوكرانيا تصعّد الحرب."),
    ("ar", "وقالت ماو نينغ، المتحدثة باسم وزارة الخارجية، إن بكين ترفض العقوبات الأحادية."),
    ("ar", "وقال بيسكوف المتحدث باسم الرئاسة الروسية إن بوتين سيشارك في القمة."),
    ("ar", "استقبل فلاديمير بوتين المتحدث باسم وزارة الخارجية الإيرانية في الكرملين."),
    ("ar", "وقال المتحدث باسم وزارة الخارجية المصرية إن القاهرة تتابع التطورات."),
    ("en", "Maria Zakharova, a spokeswoman for the Russian Foreign Ministry, said sanctions would fail."),
    ("en", "Foreign Ministry spokeswoman Maria Zakharova said Ukraine's attacks would not change anything."),
    ("en", "Foreign Ministry spokesperson Mao Ning said Beijing opposed unilateral sanctions."),
    ("en", "Dmitry Peskov, a Kremlin spokesman, said Putin would attend the summit."),
    ("en", "Kremlin spokesman Dmitry Peskov said the Russian presidency had not been informed."),
    ("en", "Egyptian Foreign Ministry spokesman Tamim Khallaf said Cairo was following events."),
    ("en", "Sergey Lavrov, a foreign minister for two decades, said the talks would go on."),
]


@pytest.mark.parametrize("lang, text", SPEAKER_ROLE_RIGHT)
def test_a_speaker_given_their_own_spokesperson_role_stays_clean(lang, text):
    from checker.api import Checker, CheckOptions

    assert Checker(CheckOptions(select=("roles/", "attribution/"))).check_text(text, lang=lang, date=DATE) == []


@pytest.mark.parametrize("lang, text, expected", [
    # the other speaker named inside the quoted words: what was said, not who said it
    ("en", "\"Nobody expected such an effort to make sure that President Zelensky would give up,\" Zelensky said "
           "on Wednesday.\n\nMarco Rubio said: \"Nobody expected such an effort to make sure that President "
           "Zelensky would give up.\"",
     [("attribution/quote-speakers", "Nobody expected such an effort to make sure that President Zelensky would "
                                     "give up.")]),
    ("ar", "وقال بوتين: «لن يسمح الرئيس بوتين بأي تهديد لأمن روسيا من أي طرف كان».\n\n"
           "وقال روبيو: «لن يسمح الرئيس بوتين بأي تهديد لأمن روسيا من أي طرف كان».",
     [("attribution/quote-speakers", "لن يسمح الرئيس بوتين بأي تهديد لأمن روسيا من أي طرف كان")]),
    # ... but named outside them, the second speaker repeats the first one's words
    ("en", "\"We will not accept any ultimatum from anyone,\" Putin said.\n\nPeskov repeated Putin's words: "
           "\"We will not accept any ultimatum from anyone.\"", []),
])
def test_a_name_inside_the_quotation_is_not_its_speaker(attribution_checker, lang, text, expected):
    found = attribution_checker.check_text(text, lang=lang, date=DATE)
    assert [(f.rule, text[f.start:f.end]) for f in found] == expected


def test_the_quotation_before_the_speaker_is_his_not_a_phrase_quoted_after(attribution_checker):
    text = ("\"Talks will resume next week in Istanbul,\" Dmitry Peskov added, noting that both sides would lay out "
            "\"what each of their red lines are.\" Maria Zakharova said: \"Talks will resume next week in Istanbul.\"")
    found = attribution_checker.check_text(text, lang="en", date=DATE)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [
        ("attribution/quote-speakers", "Talks will resume next week in Istanbul.")]


@pytest.mark.parametrize("lang, text, span", [
    ("ar", f"{_PESKOV_AR} وصدر البيان عن قصر بعبدا بعد أسبوع.", "قصر بعبدا"),
    ("ar", f"{_PESKOV_AR} وجاءت هذه التصريحات من قصر قرطاج.", "قصر قرطاج"),
    ("en", f"{_PESKOV_EN} The announcement was released by Palazzo Chigi on Tuesday.", "Palazzo Chigi"),
])
def test_a_seat_of_the_seats_pack_credits_its_government(lang, text, span):
    from checker.api import Checker, CheckOptions

    found = Checker(CheckOptions(select=("attribution/",))).check_text(text, lang=lang, date=DATE)
    assert [(f.rule, text[f.start:f.end], f.fix.replacement if f.fix else None) for f in found] == [
        ("attribution/issuer-mismatch", span, "الكرملين" if lang == "ar" else "Kremlin")]


def test_a_seat_of_the_speakers_own_government_is_right():
    from checker.api import Checker, CheckOptions

    text = "قال وزير الخارجية اللبناني إن لبنان يدعم الحوار. وصدر البيان عن قصر بعبدا."
    assert Checker(CheckOptions(select=("attribution/",))).check_text(text, lang="ar", date=DATE) == []
