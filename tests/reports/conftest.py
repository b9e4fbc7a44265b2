"""Fixtures for the document tests: the fonts, and helpers reading PDFs back."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports.fonts import FontSet, load_fonts


@pytest.fixture(scope="session")
def fonts() -> FontSet:
    """The system's fonts (CI installs fonts-arphic-gbsn00lp, fonts-arphic-gkai00mp, fonts-wqy-microhei)."""
    return load_fonts()


def flat(text: str) -> str:
    """Text without whitespace: table cells wrap wherever their column ends."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return flat("".join(page.extract_text() or "" for page in PdfReader(path).pages))


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(path).pages]


def pdffonts(path: Path) -> list[tuple[str, str]]:
    """(font name, emb) for every font of a PDF, from poppler's pdffonts."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 7:
            rows.append((parts[0], parts[-5]))
    return rows


@dataclass(frozen=True)
class Run:
    """One word as poppler places it: page, box in PDF points (y measured up from the page bottom)."""

    page: int
    text: str
    x: float
    y: float
    end: float
    top: float


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def text_runs(path: Path) -> list[Run]:
    """Every word with its real glyph box (pdftotext -bbox applies form XObjects' placement too)."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    runs: list[Run] = []
    page, height = 0, 0.0
    for line in out.splitlines():
        if m := _PAGE.search(line):
            page, height = page + 1, float(m.group(2))
        elif m := _WORD.search(line):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            runs.append(Run(page, m.group(5), x0, height - y1, x1, height - y0))
    return runs
