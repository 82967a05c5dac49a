"""Reading a DOCX bill for `billkit check`: its paragraphs as they will stand once enacted, and the matter it
strikes (strike-through runs, or [brackets] under an explanation that they mark old law) read apart, for what
the bill takes away."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .printed import Labels, label_after, located, struck_matter, struck_out
from .reading import COMMENTARY_STYLES, Passage, UnreadableBillError, without_commentary


def read_docx(path: Path) -> list[Passage]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableBillError(f"{path}: not a readable DOCX file ({type(exc).__name__}).") from None
    except Exception as exc:  # lxml and zip errors of many kinds: all mean a damaged file
        raise UnreadableBillError(f"{path}: not a readable DOCX file ({type(exc).__name__}).") from None
    styles = _Styles()
    texts = [_texts(p, styles) for p in document.paragraphs]
    printed = struck_out("\n".join(enacted for _, enacted in texts), markdown=False)
    paragraphs = list(zip(map(styles.name, document.paragraphs), printed.split("\n"), strict=True))
    if any(style in COMMENTARY_STYLES for style, _ in paragraphs):
        kept = [
            (i, text) for i, (style, text) in enumerate(paragraphs, start=1) if style not in COMMENTARY_STYLES
        ]
    else:
        kept = without_commentary([(i, text) for i, (_, text) in enumerate(paragraphs, start=1)])
    struck = struck_matter("\n".join(whole for whole, _ in texts), printed)
    labels, passages, taken = Labels(), [], []
    for i, text in kept:
        label, place = labels.read(text)[0], f"paragraph {i}"
        passages.append(Passage(text, located(label, place)))
        taken += [Passage(cut, located(label_after(label, cut), place), struck=True) for cut in struck[i - 1]]
    return passages + taken


class _Styles:
    """A DOCX document's styles, each looked up once: python-docx searches the whole style list on every
    ``paragraph.style`` or ``run.style``, which on a long bill took longer than reading its text."""

    def __init__(self) -> None:
        self._names: dict[str | None, str] = {}
        self._struck: dict[str | None, bool] = {}

    def name(self, paragraph) -> str:
        """The paragraph's style name ("" when it has none)."""
        key = paragraph._p.style
        if key not in self._names:
            self._names[key] = paragraph.style.name if paragraph.style is not None else ""
        return self._names[key]

    def struck(self, run) -> bool:
        """True when the run is printed with a single or double strike-through, directly or by its style."""
        font = run.font
        if font.strike or font.double_strike:
            return True
        if font.strike is not None:
            return False
        key = run._r.style
        if key not in self._struck:
            style = run.style
            self._struck[key] = style is not None and bool(style.font.strike or style.font.double_strike)
        return self._struck[key]


def _texts(paragraph, styles: _Styles) -> tuple[str, str]:
    """A DOCX paragraph's text as the bill prints it, struck-through runs included, and as enacted, without
    them; tracked insertions are read as printed."""
    from docx.text.run import Run

    runs = paragraph._p.xpath("./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:ins/w:hyperlink/w:r")
    texts = [(run.text, styles.struck(run)) for run in (Run(r, paragraph) for r in runs)]
    whole = "".join(text for text, _ in texts)
    enacted = "".join(text for text, struck in texts if not struck)
    return " ".join(whole.splitlines()), " ".join(enacted.splitlines())
