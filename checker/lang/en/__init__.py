"""English: what factlint knows of the language, one module per area of the pipeline (see `checker.lang`)."""
