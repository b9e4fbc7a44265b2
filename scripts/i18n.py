"""Extract translatable strings into resources/i18n/*.ts (`update`), check and compile them (`check`, `build`)."""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)
SOURCE_LANGUAGE = "zh_CN"
# Qt's lupdate reads the UI code; the ast pass reads every module (UI helpers and the Qt-free
# desktop.core.i18n.tr in the CLI, core, services and reports alike).
UI_SOURCES = ("desktop/ui", "desktop/app.py")
AST_SOURCES = ("desktop",)
_CONTEXT_CONSTANTS = ("_CONTEXT", "_CTX")  # the context of one-argument helpers such as _t("…")
_TWO_ARG = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
_ONE_ARG = {"_t", "_tr"}
# Contexts whose texts come from tables in the code (see _dynamic_sources): tr("labels", row.state_label)
# may take a variable, because every value it can have is listed at extraction time.
DYNAMIC_CONTEXTS = frozenset({"roles", "columns", "demo", "labels"})
# Fixed Chinese labels that services and core hand to the UI (states, kinds, field headings, flags …);
# the UI shows them as tr("labels", value). Printed documents keep the Chinese.
LABEL_TABLES = (
    ("desktop.services.tasks", "STATE_LABELS"), ("desktop.services.records", "STATE_LABELS"),
    ("desktop.services.records", "METHODS"), ("desktop.services.plan_view", "PLAN_STATE_LABELS"),
    ("desktop.services.pool", "FLAG_LABELS"), ("desktop.services.deadlines", "KIND_LABELS"),
    ("desktop.services.deadlines", "STATUS_LABELS"), ("desktop.services.deadlines", "_ANCHOR_LABEL"),
    ("desktop.services.documents_results", "OUTCOME_LABELS"),
    ("desktop.services.documents_lists", "DRAW_STATE_LABELS"), ("desktop.core.roster_fields", "KIND_LABELS"),
    ("desktop.core.roster_fields", "FIELDS"), ("desktop.core.profiles", "RISK_LABELS"),
    ("desktop.core.profiles", "STANDARD_RESULT_CATEGORIES"), ("desktop.core.profiles", "POLICE_RESULT_CATEGORIES"),
    ("desktop.core.profiles", "DISPOSALS"),
)

# context -> source -> where it is used (first occurrence first)
Catalog = dict[str, dict[str, list[str]]]


def ts_path(language: str) -> Path:
    """The translation source file of `language`."""
    return TS_DIR / f"shuangsuiji_{language}.ts"


@dataclass
class Extraction:
    """The messages found, plus the calls whose context or text is not a literal (cannot be extracted)."""

    catalog: Catalog = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)

    def add(self, context: str, source: str, where: str) -> None:
        self.catalog.setdefault(context, {}).setdefault(source, []).append(where)

    def keys(self) -> set[tuple[str, str]]:
        return {(ctx, src) for ctx, msgs in self.catalog.items() for src in msgs}


class _Visitor(ast.NodeVisitor):
    """Finds self.tr("…"), tr(CTX, "…"), _t("…"), QCoreApplication.translate and QT_TRANSLATE_NOOP."""

    def __init__(self, out: Extraction, where: str, constants: dict[str, str]) -> None:
        self.out = out
        self.where = where
        self.constants = constants
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _context(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return None

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        context: str | None
        if isinstance(func, ast.Attribute) and name == "tr":
            receiver = func.value
            if not (isinstance(receiver, ast.Name) and receiver.id in ("self", "cls") and self.classes):
                return self._unresolved(node)
            context, text = self.classes[-1], node.args[0] if node.args else None
        elif isinstance(func, ast.Attribute) and name == "translate":
            receiver = func.value
            if not (isinstance(receiver, ast.Name) and receiver.id in ("QCoreApplication", "QApplication")):
                return None  # QPainter.translate, str.translate …
            if len(node.args) < 2:
                return self._unresolved(node)
            context, text = self._context(node.args[0]), node.args[1]
        elif isinstance(func, ast.Name) and name in _TWO_ARG:
            if len(node.args) < 2:
                return self._unresolved(node)
            context, text = self._context(node.args[0]), node.args[1]
        elif isinstance(func, ast.Name) and name in _ONE_ARG:
            found = [self.constants[c] for c in _CONTEXT_CONSTANTS if c in self.constants]
            context, text = (found[0] if found else None), node.args[0] if node.args else None
        else:
            return None
        if context in DYNAMIC_CONTEXTS and not isinstance(text, ast.Constant):
            return None
        if context is None or not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            return self._unresolved(node)
        self.out.add(context, text.value, f"{self.where}:{node.lineno}")
        return None

    def _unresolved(self, node: ast.Call) -> None:
        self.out.unresolved.append(f"{self.where}:{node.lineno}: {ast.unparse(node)[:120]}")


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant) \
                and isinstance(stmt.value.value, str):
            for target in stmt.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = stmt.value.value
    return constants


def python_files(paths: Iterable[str], root: Path = ROOT) -> list[Path]:
    """Every .py file under the given files and folders (relative to `root`), sorted."""
    found: set[Path] = set()
    for rel in paths:
        path = root / rel
        found.update(path.rglob("*.py") if path.is_dir() else [path])
    return sorted(p for p in found if "__pycache__" not in p.parts)


def extract_ast(files: Iterable[Path], root: Path = ROOT, out: Extraction | None = None) -> Extraction:
    """Literal translatable strings in `files`, found with Python's ast module."""
    out = out if out is not None else Extraction()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        _Visitor(out, path.relative_to(root).as_posix(), _module_constants(tree)).visit(tree)
    return out


def _tool(name: str) -> list[str]:
    """The command line that runs one of PySide6's Qt tools (lupdate, lrelease)."""
    import PySide6

    exe = Path(PySide6.__file__).parent / (name + (".exe" if os.name == "nt" else ""))
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def extract_lupdate(files: Iterable[Path]) -> set[tuple[str, str]]:
    """The (context, source) pairs pyside6-lupdate finds (self.tr, literal translate and NOOP calls)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "lupdate.ts"
        subprocess.run([*_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        *(str(f) for f in files), "-ts", str(out)], check=True, capture_output=True)
        # Module-level tr(ctx, text) calls land in the empty context with ctx as text: not messages.
        return {key for key, _ in read_ts(out).items() if key[0]}


def _strings(value: object) -> Iterator[str]:
    """The Chinese texts in a label table: dict values, tuple items, pairs, FieldDef headers."""
    if isinstance(value, str):
        if any("\u4e00" <= ch <= "\u9fff" for ch in value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)
    elif hasattr(value, "header"):
        yield from _strings(value.header)


def _dynamic_sources() -> Iterator[tuple[str, str, str]]:
    """(context, source, where) of strings translated through a variable: tables looked up at run time."""
    sys.path.insert(0, str(ROOT))
    from desktop.core import roles
    from desktop.services import browse

    for label in roles.ROLE_LABELS.values():
        yield "roles", label, "desktop/core/roles.py:ROLE_LABELS"
    for module, name in LABEL_TABLES:
        for label in _strings(getattr(importlib.import_module(module), name)):
            yield "labels", label, f"{module.replace('.', '/')}.py:{name}"
    for label in ("状态", "所属业务所队"):  # roster_fields.field_label() for keys outside the template
        yield "labels", label, "desktop/core/roster_fields.py:field_label"
    for columns in browse._COLUMNS.values():
        for column in columns:
            yield "columns", column.title, "desktop/services/browse.py:_COLUMNS"
    demo = Extraction()
    for path in python_files(["desktop/services"]):
        if path.name.startswith("demo"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):  # report(units, "label", detail): the label goes through tr("demo", …)
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "report" \
                        and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) \
                        and isinstance(node.args[1].value, str):
                    demo.add("demo", node.args[1].value, f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    for src, where in demo.catalog.get("demo", {}).items():
        yield "demo", src, where[0]
    backup_dialog = ROOT / "desktop/ui/dialogs/backup_dialog.py"
    if backup_dialog.exists():
        tree = ast.parse(backup_dialog.read_text(encoding="utf-8"))
        for stmt in tree.body:
            if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COLUMNS"
                                                    for t in stmt.targets) and isinstance(stmt.value, ast.Tuple):
                for elt in stmt.value.elts:
                    if isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                        yield "BackupDialog", elt.value, "desktop/ui/dialogs/backup_dialog.py:COLUMNS"


# Calls with a variable text whose values _dynamic_sources() lists (they are not reported as unresolved).
_DYNAMIC_CALLS = {
    ("desktop/services/demo.py", "tr('demo', label)"),
    ("desktop/ui/dialogs/backup_dialog.py", "tr(_CTX, c)"),
    ("desktop/ui/main_window.py", "tr(TITLE_CONTEXT, spec.title)"),
    ("desktop/ui/main_window.py", "tr('roles', roles.ROLE_LABELS.get(r, r))"),
    ("desktop/ui/models/lazy_table_model.py", "tr('columns', self._columns[section].title)"),
    ("desktop/ui/i18n.py", "QCoreApplication.translate(context, text)"),  # the helpers themselves
    ("desktop/ui/i18n.py", "QCoreApplication.translate(_CONTEXT, text)"),
    ("desktop/ui/translator.py", "QCoreApplication.translate(context, text)"),  # the headless lookup
}


def _is_dynamic(unresolved: str) -> bool:
    where, call = unresolved.split(": ", 1)
    return (where.rsplit(":", 1)[0], call) in _DYNAMIC_CALLS


def extract_all(root: Path = ROOT, with_lupdate: bool = True) -> Extraction:
    """Every translatable message of the application: lupdate ∪ ast pass ∪ run-time tables."""
    out = extract_ast(python_files(AST_SOURCES, root), root)
    out.unresolved = [u for u in out.unresolved if not _is_dynamic(u)]
    for context, source, where in _dynamic_sources():
        out.add(context, source, where)
    if with_lupdate:
        for context, source in sorted(extract_lupdate(python_files(UI_SOURCES, root)) - out.keys()):
            out.add(context, source, "lupdate")
    return out


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) of a .ts file; obsolete messages are left out."""
    result: dict[tuple[str, str], tuple[str, bool]] = {}
    if not path.exists():
        return result
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            kind = tr_el.get("type", "") if tr_el is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            text = (tr_el.text or "") if tr_el is not None else ""
            result[(name, msg.findtext("source") or "")] = (text, kind != "unfinished" and bool(text))
    return result


def render_ts(catalog: Catalog, translations: dict[tuple[str, str], tuple[str, bool]], language: str) -> str:
    """The .ts XML for `catalog`, contexts sorted by name, messages in source order."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">']
    for context in sorted(catalog):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source in catalog[context]:
            text, finished = translations.get((context, source), ("", False))
            mark = "" if finished else ' type="unfinished"'
            lines += ["    <message>", f"        <source>{escape(source)}</source>",
                      f"        <translation{mark}>{escape(text)}</translation>", "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def merge(extraction: Extraction, old: dict[tuple[str, str], tuple[str, bool]],
          extra: dict[tuple[str, str], str] | None = None) -> dict[tuple[str, str], tuple[str, bool]]:
    """Translations of the extracted messages.

    Order: `extra[(context, source)]`, `extra[("*", source)]`, the old file, then the same source text
    translated in another context of the old file (a message unknown to all stays unfinished).
    """
    extra = extra or {}
    by_source = {src: text for (_ctx, src), (text, done) in sorted(old.items()) if done}
    merged: dict[tuple[str, str], tuple[str, bool]] = {}
    for key in extraction.keys():
        context, source = key
        candidates = (extra.get(key), extra.get(("*", source)),
                      old[key][0] if old.get(key, ("", False))[1] else None, by_source.get(source))
        text = next((c for c in candidates if c), None)
        merged[key] = (text, True) if text else old.get(key, ("", False))
    return merged


def update(languages: Iterable[str] = LANGUAGES, extra: dict[tuple[str, str], str] | None = None) -> int:
    """Re-extract, keep existing translations, write the .ts files; prints a summary per language."""
    extraction = extract_all()
    for line in extraction.unresolved:
        print(f"warning: cannot extract (not a literal): {line}", file=sys.stderr)
    total = len(extraction.keys())
    for language in languages:
        path = ts_path(language)
        old = read_ts(path)
        merged = merge(extraction, old, extra)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_ts(extraction.catalog, merged, language), encoding="utf-8")
        done = sum(1 for key in extraction.keys() if merged.get(key, ("", False))[1])
        dropped = len(set(old) - extraction.keys())
        print(f"{path.relative_to(ROOT)}: {total} messages, {done} translated, {total - done} unfinished, "
              f"{dropped} obsolete dropped")
    return 0


def missing_translations(extraction: Extraction, language: str) -> list[tuple[str, str]]:
    """Extracted messages without a finished translation in the language's .ts file."""
    existing = read_ts(ts_path(language))
    return sorted(key for key in extraction.keys() if not existing.get(key, ("", False))[1])


def check(languages: Iterable[str] = LANGUAGES) -> int:
    """Exit status 1 when a message lacks a translation or a call cannot be extracted."""
    extraction = extract_all()
    status = 0
    for line in extraction.unresolved:
        print(f"cannot extract (not a literal): {line}")
        status = 1
    for language in languages:
        for context, source in missing_translations(extraction, language):
            print(f"{language}: untranslated [{context}] {source!r}")
            status = 1
    return status


def build(languages: Iterable[str] = LANGUAGES) -> int:
    """Compile each .ts into a .qm beside it with pyside6-lrelease."""
    for language in languages:
        ts = ts_path(language)
        qm = ts.with_suffix(".qm")
        subprocess.run([*_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(qm.relative_to(ROOT))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/i18n.py", description=__doc__)
    parser.add_argument("command", choices=("update", "check", "build"))
    parser.add_argument("--language", action="append", help="only this language (default: all)")
    args = parser.parse_args(argv)
    languages = tuple(args.language or LANGUAGES)
    return {"update": update, "check": check, "build": build}[args.command](languages)


if __name__ == "__main__":
    raise SystemExit(main())
