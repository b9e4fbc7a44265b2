"""Shared helpers of the roster import tests: valid codes, sheet writers, import shortcuts, snapshots."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from db.models import AuditEvent, Conflict, InspectionItem, Inspector, Target, TargetChange
from desktop.core.identifiers import id_check_char, uscc_check_char
from desktop.services import roster_import
from desktop.services.context import Actor

OP = Actor("op", "经办人", frozenset({"operator"}))
HEAD = ["管辖机关", "检查对象名称", "统一社会信用代码", "风险分类等级", "法定代表人", "住所", "联系电话", "行业类别"]


def uscc(n: int) -> str:
    first = f"91421200{n:09d}"
    return first + uscc_check_char(first)


def id_no(first17: str = "11010119900101123") -> str:
    return first17 + id_check_char(first17)


def target_row(n: int, risk: str = "B", name: str | None = None) -> list[str]:
    return ["咸宁市公安局", name or f"企业{n}", uscc(n), risk, "张三", f"某路{n}号", "0715-1234567", "旅馆业"]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode(encoding))
    return path


def do_import(db, kind: str, path: Path, **kw) -> roster_import.ImportResult:
    with db.write() as s:
        checked = roster_import.check_file(s, kind, path, create_departments=kw.get("create_departments", False))
        assert checked.ok, checked.error_texts()
        return roster_import.apply(s, OP, checked, **kw)


def check(db, kind: str, path: Path, **kw) -> roster_import.CheckedFile:
    with db.read() as s:
        return roster_import.check_file(s, kind, path, **kw)


def snapshot(db) -> list[tuple]:
    with db.read() as s:
        rows = s.execute(select(Target.code, Target.name, Target.risk_class, Target.address, Target.active)
                         .order_by(Target.code)).all()
        extra = [s.scalar(select(func.count()).select_from(m)) for m in (TargetChange, Inspector, Conflict,
                                                                             InspectionItem, AuditEvent)]
    return [tuple(r) for r in rows] + [tuple(extra)]
