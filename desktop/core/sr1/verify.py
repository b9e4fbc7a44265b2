"""SR1 package verification: recompute hashes, commit, seed and result, and list every difference."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.sr1.crypto import FILE_NAMES, commitment, fh_bytes, file_hashes, result_hash, seed
from desktop.core.sr1.engine import draw_from_seed, render_result
from desktop.core.sr1.package import DRAW_JSON, RESULT_TXT, VERSION, Package, read_package_files

MAX_LINE_DIFFS = 20


@dataclass(frozen=True)
class Difference:
    """One mismatch: the field, what the files imply (`expected`), what the package states (`got`)."""

    field: str
    expected: str
    got: str
    note: str  # short Chinese explanation for the operator and the public

    def __str__(self) -> str:
        return f"{self.field}: {self.note}；应为 expected={self.expected!r}，实为 got={self.got!r}"


@dataclass(frozen=True)
class VerifyReport:
    """VERIFIED only when nothing differs and the draw could be recomputed."""

    differences: tuple[Difference, ...]
    result_text: str | None
    result_hash: str | None

    @property
    def verified(self) -> bool:
        """True when every recomputed value matches the package."""
        return not self.differences and self.result_text is not None


def verify_package(path: Path | str) -> VerifyReport:
    """Verify a publication package folder or .zip."""
    try:
        files = read_package_files(Path(path))
    except (DomainError, OSError) as error:
        return VerifyReport((Difference("package", "SR1 package", str(error), "无法读取数据包"),), None, None)
    return verify_files(files)


def verify_files(files: Mapping[str, bytes]) -> VerifyReport:
    """Verify a package given as {file name: bytes}."""
    diffs: list[Difference] = []
    record = _load_record(files, diffs)
    present = all(name in files for name in FILE_NAMES)
    for name in FILE_NAMES:
        if name not in files:
            diffs.append(Difference(name, "present", "missing", "缺少文件"))
    package = _parse(files, diffs) if present else None
    if record is None:
        return VerifyReport(tuple(diffs), None, None)
    _compare(diffs, "version", VERSION, record.get("version"), "版本不是 SR1")
    recorded_hashes = record.get("file_sha256")
    recorded_hashes = recorded_hashes if isinstance(recorded_hashes, dict) else {}
    if present:
        for name, digest in file_hashes(files).items():
            _compare(diffs, f"file_sha256.{name}", digest, recorded_hashes.get(name), "文件哈希不一致（文件被改动）")
    if package is not None:
        _compare(diffs, "task_id", package.rules.task_id, record.get("task_id"), "任务编号与 rules.tsv 不一致")
    secret = _secret(record, diffs)
    if secret is None or not present:
        return VerifyReport(tuple(diffs), None, None)
    fh = fh_bytes(files)
    _compare(diffs, "commit", commitment(fh, secret).hex(), record.get("commit"), "承诺值不一致")
    seed_bytes = _seed(fh, secret, record, diffs)
    if seed_bytes is None or package is None:
        return VerifyReport(tuple(diffs), None, None)
    return _check_result(package, seed_bytes, record, files, diffs)


def _load_record(files: Mapping[str, bytes], diffs: list[Difference]) -> dict[str, Any] | None:
    if DRAW_JSON not in files:
        diffs.append(Difference(DRAW_JSON, "present", "missing", "缺少文件"))
        return None
    try:
        record = json.loads(files[DRAW_JSON].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        diffs.append(Difference(DRAW_JSON, "UTF-8 JSON", str(error), "draw.json 无法解析"))
        return None
    if not isinstance(record, dict):
        diffs.append(Difference(DRAW_JSON, "object", type(record).__name__, "draw.json 不是对象"))
        return None
    return record


def _parse(files: Mapping[str, bytes], diffs: list[Difference]) -> Package | None:
    try:
        return Package.from_files(files)
    except DomainError as error:
        file = str(error.params.get("file", "package"))
        got = f"line {error.params.get('line')}: {error.params.get('reason')} {error.params.get('detail', '')}"
        diffs.append(Difference(file, "canonical form", got.strip(), "文件不是规范格式"))
        return None


def _compare(diffs: list[Difference], field: str, expected: str, got: object, note: str) -> None:
    if got != expected:
        diffs.append(Difference(field, expected, str(got), note))


def _secret(record: Mapping[str, Any], diffs: list[Difference]) -> bytes | None:
    text = record.get("secret")
    if isinstance(text, str) and len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return bytes.fromhex(text)
    diffs.append(Difference("secret", "64 lowercase hex digits", str(text), "秘密值格式错误"))
    return None


def _seed(fh: bytes, secret: bytes, record: Mapping[str, Any], diffs: list[Difference]) -> bytes | None:
    witnesses = record.get("witnesses")
    if not isinstance(witnesses, list) or not all(isinstance(w, str) for w in witnesses):
        diffs.append(Difference("witnesses", "list of digit strings", str(witnesses), "见证人数字格式错误"))
        return None
    try:
        seed_bytes = seed(fh, secret, witnesses)
    except DomainError as error:
        diffs.append(Difference("witnesses", "4–64 digits each, at least one", str(error), "见证人数字无效"))
        return None
    _compare(diffs, "seed", seed_bytes.hex(), record.get("seed"), "种子不一致")
    return seed_bytes


def _check_result(
    package: Package, seed_bytes: bytes, record: Mapping[str, Any], files: Mapping[str, bytes],
    diffs: list[Difference],
) -> VerifyReport:
    events = record.get("events", [])
    if not isinstance(events, list):
        diffs.append(Difference("events", "list", str(events), "事件格式错误"))
        return VerifyReport(tuple(diffs), None, None)
    try:
        _, state, _ = draw_from_seed(package, seed_bytes, events)
    except DomainError as error:
        diffs.append(Difference("events" if error.code == "sr1_bad_event" else "draw", "a completed draw",
                                str(error), "抽取无法完成或事件无效"))
        return VerifyReport(tuple(diffs), None, None)
    text = render_result(state)
    digest = result_hash(text).hex()
    _compare(diffs, "result_hash", digest, record.get("result_hash"), "结果哈希不一致")
    if RESULT_TXT in files:
        got = files[RESULT_TXT].decode("utf-8", errors="replace")
        if got != text:
            _compare_lines(diffs, RESULT_TXT, text.splitlines(), got.splitlines())
    if "result" in record:
        lines = record["result"]
        if not isinstance(lines, list):
            diffs.append(Difference("draw.json:result", "list of lines", str(lines), "结果格式错误"))
        elif lines != text.splitlines():
            _compare_lines(diffs, "draw.json:result", text.splitlines(), [str(x) for x in lines])
    return VerifyReport(tuple(diffs), text, digest)


def _compare_lines(diffs: list[Difference], where: str, expected: list[str], got: list[str]) -> None:
    """Name each differing line (1-based, at most MAX_LINE_DIFFS); called only when the texts differ."""
    shown = 0
    for number in range(1, max(len(expected), len(got)) + 1):
        want = expected[number - 1] if number <= len(expected) else "<none>"
        have = got[number - 1] if number <= len(got) else "<none>"
        if want != have and shown < MAX_LINE_DIFFS:
            diffs.append(Difference(f"{where}:{number}", want, have, "结果行不一致"))
            shown += 1
    if shown == 0:
        # Same lines, different bytes: line ends or the final LF were changed.
        diffs.append(Difference(where, "exact result text", "different line ends", "结果文本格式不一致"))
