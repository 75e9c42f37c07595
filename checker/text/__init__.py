"""The text layer: normalised view, sentences, language and quantities, computed once per document."""
