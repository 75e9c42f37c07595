"""English: how news writes a stored person's name (checker/packs/name_forms.py generates the forms)."""

# Honorifics written before a name; a form without them is generated, and one with the given name alone
# ("Sheikh Tamim") where a stored name carries them.
HONORIFICS = "Sheikh Sheikha Prince Princess King Queen Sultan Emir Dr Dr. Sir Mr Mr. Mrs Mrs. Ms Ms."
NASAB = "bin ibn bint"
# A word that makes one name with the word after it (Abu Mazen, Abd al-Rahman); lower-case particles (von,
# de, al-) join the next word too.
JOINS_NEXT = "Abu Abd Abdel Abdul Al"
JOINS_PREVIOUS = ""
# Regnal numbers and the territorial "of" (Abdullah II of Jordan): such a name has no family name to stand alone.
REGNAL = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI of"
NATIVE_NAMES_OF = ""
# Latin transliterations vary in ways a generated list would not cover (Zelensky, Zelenskyy, Zelenskiy): the
# name-variants check compares them by skeleton instead.
DROPPED_VOWELS = ""
INSERTED_VOWEL = ""
