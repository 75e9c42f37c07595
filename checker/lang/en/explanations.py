"""English explanations of findings (the `why` line under a finding), by check kind; `str.format` fields."""

NAME_VARIANTS = "The same name ({label}) is spelled more than one way in this article; the preferred spelling is '{preferred}'."
