"""Arabic explanations of findings (the `why` line under a finding), by check kind; `str.format` fields."""

NAME_VARIANTS = "يرد الاسم نفسه ({label}) في المقال بأكثر من تهجئة؛ التهجئة المعتمدة «{preferred}»."
