"""SR1 tampering: any change to a published package fails verification and names what differs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.core.sr1 import (
    Package,
    draw_record,
    read_package_files,
    render_draw_json,
    run_draw,
    verify_package,
    write_package,
)

HERE = Path(__file__).parent
GOLDEN = HERE / "golden" / "sr1-golden"
VERIFIER = HERE.parent.parent / "resources" / "verifier" / "sr1_verify.py"


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """The first golden vector republished by the app (draw.json then also carries `result` lines)."""
    files = read_package_files(GOLDEN)
    record = json.loads(files["draw.json"])
    package = Package.from_files(files)
    secret = bytes.fromhex(record["secret"])
    result = run_draw(package, record["witnesses"], record["events"], secret=secret)
    new = draw_record(package, secret, record["witnesses"], record["events"], result.seed, result.result_hash,
                      result.result_text)
    return write_package(tmp_path / "pkg", package, render_draw_json(new), result.result_text)


def _standalone(path: Path) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-I", str(VERIFIER), str(path)], capture_output=True, text=True,
                          encoding="utf-8", check=False)
    return done.returncode, done.stdout


def _fields(path: Path) -> list[str]:
    report = verify_package(path)
    assert not report.verified
    return [d.field for d in report.differences]


def _edit_json(path: Path, change: Any) -> None:
    record = json.loads((path / "draw.json").read_text("utf-8"))
    change(record)
    (path / "draw.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), "utf-8")


def test_untouched_package_verifies(published: Path) -> None:
    assert verify_package(published).verified
    assert _standalone(published) == (0, _standalone(published)[1])


def test_one_byte_of_targets_changed(published: Path) -> None:
    path = published / "targets.tsv"
    data = bytearray(path.read_bytes())
    index = data.index(b"\t0\t0\t0\n") + 1
    data[index] = ord("1")  # draws 0 -> 1: still canonical, so only the hash chain breaks
    path.write_bytes(bytes(data))
    fields = _fields(published)
    assert "file_sha256.targets.tsv" in fields and "commit" in fields and "seed" in fields
    code, out = _standalone(published)
    assert code == 1 and "file_sha256.targets.tsv" in out and "VERIFIED" not in out.splitlines()[-1]


def test_non_canonical_targets_named(published: Path) -> None:
    path = published / "targets.tsv"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    report = verify_package(published)
    assert not report.verified
    assert any(d.field == "targets.tsv" and "crlf" in d.got for d in report.differences)
    code, out = _standalone(published)
    assert code == 1 and "targets.tsv" in out


def test_one_witness_digit_changed(published: Path) -> None:
    _edit_json(published, lambda r: r["witnesses"].__setitem__(0, "31415927"))
    fields = _fields(published)
    assert "seed" in fields
    assert "commit" not in fields and not any(f.startswith("file_sha256") for f in fields)
    code, out = _standalone(published)
    assert code == 1 and "seed:" in out and "commit:" not in out


def test_one_result_line_in_draw_json_changed(published: Path) -> None:
    def change(record: dict[str, Any]) -> None:
        record["result"][1] = record["result"][1].replace("E001", "E003")

    _edit_json(published, change)
    report = verify_package(published)
    assert not report.verified
    assert [d.field for d in report.differences] == ["draw.json:result:2"]
    assert report.differences[0].expected.endswith("E001") and report.differences[0].got.endswith("E003")
    code, out = _standalone(published)
    assert code == 1 and "draw.json:result:2" in out


def test_result_txt_line_changed(published: Path) -> None:
    path = published / "result.txt"
    lines = path.read_text("utf-8").split("\n")
    lines[3] = lines[3].replace("E002", "E006")
    path.write_text("\n".join(lines), "utf-8")
    assert _fields(published) == ["result.txt:4"]
    code, out = _standalone(published)
    assert code == 1 and "result.txt:4" in out


def test_result_hash_and_commit_changed(published: Path) -> None:
    _edit_json(published, lambda r: r.update(result_hash="0" * 64, commit="1" * 64))
    assert sorted(_fields(published)) == ["commit", "result_hash"]
    code, out = _standalone(published)
    assert code == 1 and "commit" in out and "result_hash" in out


def test_event_removed(published: Path) -> None:
    _edit_json(published, lambda r: r.update(events=[]))
    fields = _fields(published)
    assert "result_hash" in fields and any(f.startswith("result.txt:") for f in fields)
    assert _standalone(published)[0] == 1


def test_invalid_event_named(published: Path) -> None:
    _edit_json(published, lambda r: r["events"][0].update(inspector="E003"))
    assert _fields(published) == ["events"]
    code, out = _standalone(published)
    assert code == 1 and "events[0]" in out


def test_missing_file(published: Path) -> None:
    (published / "rules.tsv").unlink()
    assert "rules.tsv" in _fields(published)
    code, out = _standalone(published)
    assert code == 1 and "rules.tsv" in out


def test_golden_copy_with_secret_changed(tmp_path: Path) -> None:
    copy = shutil.copytree(GOLDEN, tmp_path / "g")
    _edit_json(copy, lambda r: r.update(secret=r["secret"][:-1] + "0"))
    assert {"commit", "seed"} <= set(_fields(copy))
    assert _standalone(copy)[0] == 1
