"""Rewrite billkit's shipped reference document from the style definitions in code.

    python scripts/make-reference-docx.py

Run it after changing a style in src/billkit/render/*.py; a test fails while the two disagree.
It writes templates/reference.docx (through src/billkit/_content/templates in a checkout).
"""

import io

from billkit.load.content import REFERENCE_DOCX
from billkit.render.docx_styles import build_reference_document
from billkit.render.ooxml import stable_zip

buffer = io.BytesIO()
build_reference_document().save(buffer)
REFERENCE_DOCX.write_bytes(stable_zip(buffer.getvalue()))
print(REFERENCE_DOCX.resolve())
