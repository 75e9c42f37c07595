"""Containers: the formats an article arrives in (plain text, Markdown, HTML, JSON, JSONL).

Each container module turns a decoded file into `Extracted` prose with an offset map back into the file;
`checker.document` picks the container and wraps the result in `Document`s.
"""
