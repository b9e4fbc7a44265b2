"""Font discovery and registration: the bureau's fonts, else system TrueType fonts, else STSong-Light."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

__all__ = ["CID_FALLBACK", "ROLES", "FontSet", "load_fonts", "system_font_dirs"]

ROLES = ("song", "fang", "hei", "kai", "title")
ROLE_LABELS = {"song": "宋体", "fang": "仿宋", "hei": "黑体", "kai": "楷体", "title": "小标宋"}
CID_FALLBACK = "STSong-Light"

# (file name, subfont index) in order of preference. Windows names come first: a Linux PC with
# the Windows fonts installed should print like the bureau's Windows PCs.
_CANDIDATES: dict[str, tuple[tuple[str, int], ...]] = {
    "song": (("simsun.ttc", 0), ("simsun.ttf", 0), ("stsong.ttf", 0), ("gbsn00lp.ttf", 0),
             ("uming.ttc", 0)),
    "fang": (("simfang.ttf", 0), ("fangsong_gb2312.ttf", 0), ("stfangso.ttf", 0)),
    "hei": (("simhei.ttf", 0), ("wqy-microhei.ttc", 0), ("wqy-zenhei.ttc", 0)),
    "kai": (("simkai.ttf", 0), ("kaiti_gb2312.ttf", 0), ("stkaiti.ttf", 0), ("gkai00mp.ttf", 0),
            ("ukai.ttc", 0)),
    "title": (("fzxbsjw.ttf", 0), ("fzxbsk.ttf", 0), ("方正小标宋简体.ttf", 0)),
}
# A role with no font of its own borrows another's (楷 is the customary stand-in for 仿宋).
_STAND_INS = {"fang": ("kai", "song"), "kai": ("fang", "song"), "song": ("fang", "kai", "hei"),
              "hei": ("song",), "title": ("hei", "song")}


@dataclass(frozen=True)
class FontSet:
    """Registered reportlab font names per role, and Chinese warnings about what is missing."""

    song: str
    fang: str
    hei: str
    kai: str
    warnings: tuple[str, ...] = ()
    title: str = ""  # 小标宋 when one was found; `title_font` falls back to 黑体
    embedded: bool = True  # False when the non-embedded CID font had to be used

    @property
    def title_font(self) -> str:
        """The font for document titles (2号小标宋, or 黑体 as its stand-in)."""
        return self.title or self.hei


def system_font_dirs() -> list[Path]:
    """Where the operating system keeps fonts (searched recursively)."""
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    home = Path.home()
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local" / "share" / "fonts",
            home / ".fonts"]


def _index(dirs: Iterable[Path]) -> dict[str, Path]:
    """Lower-case file name → first path found under `dirs`."""
    found: dict[str, Path] = {}
    for d in dirs:
        if not d.is_dir():
            continue
        for root, _subdirs, files in os.walk(d):
            for name in files:
                found.setdefault(name.lower(), Path(root) / name)
    return found


def _is_cff(path: Path) -> bool:
    """OpenType with CFF outlines ('OTTO'): reportlab cannot embed it."""
    with path.open("rb") as fh:
        return fh.read(4) == b"OTTO"


def _register(path: Path, index: int) -> tuple[str, str]:
    """Register a TrueType font; return (reportlab name, family name). Raises TTFError or OSError."""
    if _is_cff(path):
        raise TTFError("CFF/OTF 字体无法嵌入")
    digest = hashlib.sha1(f"{path.resolve()}#{index}".encode()).hexdigest()[:10]
    name = f"ssj-{digest}"
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, str(path), subfontIndex=index) if path.suffix.lower() == ".ttc" \
            else TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        # Bold/italic markup must not look for variants that do not exist.
        # (0, 0) last: reportlab's reverse lookup then reports the face as regular.
        for bold, italic in ((1, 1), (1, 0), (0, 1), (0, 0)):
            addMapping(name, bold, italic, name)
    face = pdfmetrics.getFont(name).face
    family = getattr(face, "familyName", b"") or getattr(face, "name", b"")
    return name, family.decode("latin-1") if isinstance(family, bytes) else str(family)


def _split_configured(value: str | Path) -> tuple[Path, int]:
    """A configured font is a path, optionally `path#index` for a collection (.ttc)."""
    text = str(value)
    if "#" in text:
        head, _, tail = text.rpartition("#")
        if tail.isdigit():
            return Path(head), int(tail)
    return Path(text), 0


@lru_cache(maxsize=16)
def _load(configured: tuple[tuple[str, str], ...], dirs: tuple[str, ...]) -> FontSet:
    warnings: list[str] = []
    chosen: dict[str, tuple[str, str]] = {}
    for role, value in configured:
        if role not in ROLES or not value:
            continue
        path, index = _split_configured(value)
        try:
            chosen[role] = _register(path, index)
        except (OSError, TTFError, AssertionError) as err:
            warnings.append(f"配置的{ROLE_LABELS[role]}字体文件无法使用：{path}（{err}）")
    files = _index(Path(d) for d in dirs)
    for role in ROLES:
        if role in chosen:
            continue
        for file_name, index in _CANDIDATES[role]:
            found = files.get(file_name.lower())
            if found is None:
                continue
            try:
                chosen[role] = _register(found, index)
                break
            except (OSError, TTFError, AssertionError):
                continue
    names: dict[str, str] = {}
    for role in ROLES:
        if role in chosen:
            names[role] = chosen[role][0]
            continue
        stand_in = next((r for r in _STAND_INS[role] if r in chosen), None)
        if stand_in is not None:
            names[role] = chosen[stand_in][0]
            if role != "title":
                warnings.append(f"未找到{ROLE_LABELS[role]}字体，以{ROLE_LABELS[stand_in]}"
                                f"（{chosen[stand_in][1]}）代替")
    embedded = True
    if not chosen:
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        names = dict.fromkeys(ROLES, CID_FALLBACK)
        embedded = False
        warnings.append(f"未找到可嵌入的中文 TrueType 字体，使用 {CID_FALLBACK}（字体不嵌入文件，"
                        "在其他电脑上可能显示不同）；请在系统设置中指定宋体、仿宋、黑体、楷体字体文件")
    return FontSet(song=names["song"], fang=names["fang"], hei=names["hei"], kai=names["kai"],
                   warnings=tuple(warnings), title=names["title"] if "title" in chosen else "",
                   embedded=embedded)


def load_fonts(configured: Mapping[str, str | Path] | None = None,
               search_dirs: Iterable[Path] | None = None) -> FontSet:
    """Find and register the four (five with 小标宋) document fonts.

    `configured` maps a role (song, fang, hei, kai, title) to a font file the bureau chose
    (``path#n`` picks face n of a .ttc); roles left out are searched for in `search_dirs`
    (default: the system font folders). Results are cached per arguments.
    """
    conf = tuple(sorted((k, str(v)) for k, v in (configured or {}).items()))
    dirs = tuple(str(d) for d in (search_dirs if search_dirs is not None else system_font_dirs()))
    return _load(conf, dirs)
