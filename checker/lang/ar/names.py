"""Arabic: how news writes a stored person's name (checker/packs/name_forms.py generates the forms)."""

# Honorifics written before a name; a form without them is generated, and one with the given name alone
# («الشيخ تميم») where a stored name carries them.
HONORIFICS = "الشيخ الشيخة الأمير الأميرة الملك الملكة السلطان السيد السيدة الدكتور الدكتورة"
# The words of a nasab chain: «تميم بن حمد آل ثاني» is also written «تميم بن حمد».
NASAB = "بن ابن بنت"
# A word that makes one name with the word after it: «عبد الله», «أبو مازن», the dynasty «آل ثاني».
JOINS_NEXT = "عبد أبو أبي آل"
# A word that makes one name with the word before it: «نصر الله», «نور الدين».
JOINS_PREVIOUS = "الله الدين"
# Regnal numbers: a name with one («عبد الله الثاني») has no family name to stand alone.
REGNAL = ("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر "
          "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة")
# Names of people of these organisations' members (or the organisations themselves) are Arabic: news spells
# them one way, and their long vowels are not transliteration (سليمان and سلمان are two names).
NATIVE_NAMES_OF = "org/ARAB-LEAGUE"
# A foreign name's transliteration varies in its long vowels («ترامب / ترمب», «زيلينسكي / زيلنسكي»,
# «نتنياهو / نتانياهو»): in the family name, each of these letters inside a word may be dropped ...
DROPPED_VOWELS = "اوي"
# ... and this one inserted between two other letters (neither in the first two letters nor before the
# last). Hamza forms, ى/ي and ة/ه are folded by the normaliser (checker/text/normalize.py): nothing is
# generated for them.
INSERTED_VOWEL = "ا"
