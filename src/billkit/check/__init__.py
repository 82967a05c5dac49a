"""Checking a pending bill: ``reading`` turns DOCX, PDF or text into located passages, and
``rules`` scores them against the practices of the guidance."""
