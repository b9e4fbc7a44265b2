"""Bundled data: templates, styles, translations, the stand-alone verifier."""
