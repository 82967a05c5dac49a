"""Checking a pending bill: ``reading`` turns DOCX, PDF, text or HTML into located passages (``printed`` and
``layout`` undo a printed bill's habits: struck matter, broken words, margin line numbers, double spacing),
and ``rules`` scores them against the practices of the guidance."""
