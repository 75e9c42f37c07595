"""YAML packs: rules (what to check) and knowledge (the facts checks compare the text with)."""
