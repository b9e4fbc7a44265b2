"""SR1 §1/§6 publication package: the frozen four files, draw.json, and folder/.zip I/O."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.sr1.canonical import (
    ConflictRow,
    InspectorRow,
    TargetRow,
    build_conflicts,
    build_inspectors,
    build_targets,
    parse_conflicts,
    parse_inspectors,
    parse_targets,
)
from desktop.core.sr1.crypto import FILE_NAMES, commitment, fh_bytes, file_hashes
from desktop.core.sr1.rules import Rules, RuleValue, build_rules, parse_rules
from desktop.core.sr1.targets import StratumScope, scope

DRAW_JSON = "draw.json"
RESULT_TXT = "result.txt"
VERSION = "SR1"
PACKAGE_FILES = (*FILE_NAMES, DRAW_JSON, RESULT_TXT)


@dataclass(frozen=True)
class Package:
    """The four frozen files, byte for byte, with their parsed and validated contents."""

    files: dict[str, bytes]
    targets: tuple[TargetRow, ...]
    inspectors: tuple[InspectorRow, ...]
    conflicts: tuple[ConflictRow, ...]
    rules: Rules

    @classmethod
    def from_files(cls, files: Mapping[str, bytes]) -> Package:
        """Parse the four files strictly; DomainError("sr1_not_canonical", …) on the first fault."""
        missing = [name for name in FILE_NAMES if name not in files]
        if missing:
            raise DomainError("sr1_missing_file", file=missing[0])
        return cls(
            files={name: bytes(files[name]) for name in FILE_NAMES},
            targets=parse_targets(files["targets.tsv"]),
            inspectors=parse_inspectors(files["inspectors.tsv"]),
            conflicts=parse_conflicts(files["conflicts.tsv"]),
            rules=parse_rules(files["rules.tsv"]),
        )

    @classmethod
    def build(
        cls, targets: Iterable[TargetRow], inspectors: Iterable[InspectorRow],
        conflicts: Iterable[ConflictRow], rules: Mapping[str, RuleValue],
    ) -> Package:
        """Freeze rows into canonical files (sorted, NFC, stripped, lists de-duplicated)."""
        targets_tsv, target_rows = build_targets(targets)
        inspectors_tsv, inspector_rows = build_inspectors(inspectors)
        conflicts_tsv, conflict_rows = build_conflicts(conflicts)
        rules_tsv, parsed_rules = build_rules(rules)
        files = {"targets.tsv": targets_tsv, "inspectors.tsv": inspectors_tsv,
                 "conflicts.tsv": conflicts_tsv, "rules.tsv": rules_tsv}
        return cls(files, target_rows, inspector_rows, conflict_rows, parsed_rules)

    @property
    def file_hashes(self) -> dict[str, str]:
        """SHA-256 hex of each file (draw.json's `file_sha256`)."""
        return file_hashes(self.files)

    @property
    def fh(self) -> bytes:
        """FH of §2: the four SHA-256 digests concatenated."""
        return fh_bytes(self.files)

    @cached_property
    def scope(self) -> tuple[StratumScope, ...]:
        """Per stratum: targets in scope, eligible ids and quota (seed-independent, computed once)."""
        return scope(self.targets, self.rules)

    @cached_property
    def category_of(self) -> dict[str, str]:
        """Target id -> category, for staffing."""
        return {row.id: row.category for row in self.targets}

    def commit(self, secret: bytes) -> str:
        """The commitment (hex) to show before the witnesses speak."""
        return commitment(self.fh, secret).hex()


def draw_record(
    package: Package, secret: bytes, witnesses: Sequence[str], events: Sequence[Mapping[str, Any]],
    seed_hex: str, result_hash_hex: str, result_text: str, extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The draw.json object: the spec's fields, `result` (the result text's lines), then any extras."""
    record: dict[str, Any] = {
        "version": VERSION,
        "task_id": package.rules.task_id,
        "file_sha256": package.file_hashes,
        "commit": package.commit(secret),
        "secret": secret.hex(),
        "witnesses": list(witnesses),
        "events": [dict(e) for e in events],
        "seed": seed_hex,
        "result_hash": result_hash_hex,
        "result": result_text.splitlines(),
    }
    for key, value in (extra or {}).items():
        if key in record:
            raise DomainError("sr1_reserved_field", field=key)
        record[key] = value
    return record


def render_draw_json(record: Mapping[str, Any]) -> bytes:
    """draw.json bytes: UTF-8, readable Chinese, one-space indent, final LF."""
    return (json.dumps(record, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_package(
    dest: Path, package: Package, draw_json: bytes, result_text: str,
    extra_files: Mapping[str, bytes] | None = None,
) -> Path:
    """Write the publication package to a folder, or to a .zip when `dest` ends in .zip."""
    contents = {**package.files, DRAW_JSON: draw_json, RESULT_TXT: result_text.encode("utf-8")}
    contents.update(extra_files or {})
    if dest.suffix.lower() == ".zip":
        dest.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in contents.items():
                archive.writestr(name, data)
    else:
        dest.mkdir(parents=True, exist_ok=True)
        for name, data in contents.items():
            (dest / name).write_bytes(data)
    return dest


def read_package_files(path: Path) -> dict[str, bytes]:
    """The package's known files (those present) from a folder or a .zip (at its root or in one folder)."""
    if path.is_dir():
        return {name: (path / name).read_bytes() for name in PACKAGE_FILES if (path / name).is_file()}
    if not zipfile.is_zipfile(path):
        raise DomainError("sr1_not_a_package", path=str(path))
    found: dict[str, bytes] = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            name = info.filename.rsplit("/", 1)[-1]
            if info.is_dir() or name not in PACKAGE_FILES or info.filename.count("/") > 1:
                continue
            if name in found:
                raise DomainError("sr1_ambiguous_package", file=name)
            found[name] = archive.read(info)
    return found
