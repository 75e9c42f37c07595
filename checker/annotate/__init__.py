"""Annotators: each adds one kind of typed span to a document, once, for every check to share."""
