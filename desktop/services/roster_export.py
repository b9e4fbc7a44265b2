"""Roster export in the import template, and the blank templates under resources/templates/."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Conflict, Department, InspectionItem, Inspector, Target
from desktop.core import roles
from desktop.core import roster_fields as rf
from desktop.core.errors import DomainError
from desktop.core.identifiers import mask_id_number, mask_phone
from desktop.core.roster_edit import display_value
from desktop.services import audit, roster_io
from desktop.services.context import Actor
from desktop.services.settings import get_profile

TEMPLATE_NAMES = {kind: f"{kind}_template.xlsx" for kind in rf.KINDS}
# Fixed document times keep regenerated templates byte-stable in git.
_TEMPLATE_TIME = datetime(2026, 1, 1)
_CHOICES = {
    "risk": "低风险,一般风险,较高风险,高风险", "bool": "是,否", "gender": "男,女", "item_kind": "重点,一般",
}  # fmt: skip
_HINTS = {
    "target_code": "18位统一社会信用代码（校验位会检查）；无代码的填6–40位字母或数字的其他唯一编码",
    "id_number": "18位公民身份号码（校验位和出生日期会检查）",
    "risk": "A/B/C/D 或 低风险/一般风险/较高风险/高风险；留空：新增为一般风险，已有的不变",
    "date": "如 2026-01-05、2026/1/5、2026年1月5日；“长期”表示无期限",
    "bool": "是 / 否（留空为否）", "gender": "男 / 女", "item_kind": "重点 / 一般（留空为一般）",
    "quals": "多个资格用顿号或逗号分隔", "points": "每行一条，或用中文分号“；”分隔",
    "info": "仅供核对，导入时不读取", "code": "按文本保存，前导零不会丢失",
}  # fmt: skip


def template_path(kind: str) -> Path:
    """The bundled blank template of `kind` (resources/templates/…_template.xlsx), to copy for the user."""
    import resources

    return Path(resources.__file__).resolve().parent / "templates" / TEMPLATE_NAMES[kind]


def columns(kind: str) -> list[roster_io.Column]:
    """The template's columns for `kind`, in order."""
    return [roster_io.Column(f.header, f.width, f.as_text) for f in rf.FIELDS[kind]]


def _text(kind: str, key: str, value: object, labels: Mapping[str, str]) -> str:
    return display_value(kind, key, value, labels)


def _target_rows(session: Session, labels: Mapping[str, str]) -> Iterator[list[object]]:
    keys = [f.key for f in rf.FIELDS["targets"]]
    stmt = select(*(getattr(Target, k) for k in keys)).where(Target.active.is_(True)).order_by(Target.code)
    for rec in session.execute(stmt).yield_per(5000):
        yield [_text("targets", k, v, labels) for k, v in zip(keys, rec, strict=True)]


def _inspector_rows(session: Session, reveal: bool) -> Iterator[list[object]]:
    keys = [f.key for f in rf.FIELDS["inspectors"]]
    stmt = (select(Inspector, Department.name).outerjoin(Department, Inspector.department_id == Department.id)
            .where(Inspector.active.is_(True)).order_by(Inspector.staff_no))
    for person, dept in session.execute(stmt):
        values: dict[str, Any] = {k: getattr(person, k) for k in keys if k != "department"}
        values["department"] = dept or ""
        if not reveal:
            values["id_number"] = mask_id_number(person.id_number) if person.id_number else ""
            values["phone"] = mask_phone(person.phone) if person.phone else ""
        yield [_text("inspectors", k, values[k], {}) for k in keys]


def _item_rows(session: Session) -> Iterator[list[object]]:
    keys = [f.key for f in rf.FIELDS["items"]]
    stmt = (select(InspectionItem).options(selectinload(InspectionItem.check_points))
            .where(InspectionItem.active.is_(True)).order_by(InspectionItem.code))
    for item in session.scalars(stmt):
        points = tuple(p.content for p in sorted(item.check_points, key=lambda p: p.seq) if p.active)
        if len(points) == 1 and any(c in points[0] for c in ";；"):
            points += ("",)  # a line break makes the import split by lines only, not at the ；
        yield [_text("items", k, points if k == "check_points" else getattr(item, k), {}) for k in keys]


def _conflict_rows(session: Session) -> Iterator[list[object]]:
    stmt = (select(Inspector.staff_no, Inspector.name, Target.code, Target.name, Conflict.reason, Conflict.end_date)
            .join(Inspector, Conflict.inspector_id == Inspector.id).join(Target, Conflict.target_id == Target.id)
            .where(Conflict.active.is_(True)).order_by(Inspector.staff_no, Target.code))
    for staff_no, who, code, what, reason, end in session.execute(stmt):
        yield [staff_no, who, code, what, reason, end.isoformat() if end else ""]


def export_file(session: Session, actor: Actor, kind: str, out: Path, *, reveal: bool = False) -> int:
    """Write the active rows of a roster in its import template; returns the row count.

    身份证号 and 联系方式 are masked unless `reveal` (operator or admin, recorded); a masked
    export re-imports without changes because masked values matching the stored ones are kept.
    """
    if kind not in rf.KINDS:
        raise DomainError("import_unknown_kind", kind=kind)
    allowed = (roles.OPERATOR, roles.ADMIN) if reveal else roles.ROLES
    actor.require_any(*allowed)
    labels = dict(get_profile(session).risk_labels)
    rows: Iterator[list[object]] = {
        "targets": lambda: _target_rows(session, labels), "inspectors": lambda: _inspector_rows(session, reveal),
        "items": lambda: _item_rows(session), "conflicts": lambda: _conflict_rows(session),
    }[kind]()  # fmt: skip
    counted = _Counter(rows)
    wb = roster_io.new_workbook()
    roster_io.add_sheet(wb, rf.KIND_LABELS[kind], columns(kind), counted, wrap=kind == "items")
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    audit.record(session, actor, "roster.export", kind, "", {"file": out.name, "rows": counted.count,
                                                             "reveal": reveal})
    return counted.count


class _Counter:
    """Passes rows through and counts them."""

    def __init__(self, rows: Iterator[list[object]]) -> None:
        self.rows, self.count = rows, 0

    def __iter__(self) -> Iterator[list[object]]:
        for row in self.rows:
            self.count += 1
            yield row


def write_template(kind: str, out: Path) -> Path:
    """A blank import template: bold headings, widths, text-formatted code columns, choice lists, notes."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = rf.KIND_LABELS[kind]
    required = rf.required_keys(kind, ("管辖机关", "名称", "唯一编码", "风险分类等级"))
    for index, f in enumerate(rf.FIELDS[kind], start=1):
        letter = get_column_letter(index)
        cell = ws.cell(row=1, column=index, value=f.header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.column_dimensions[letter].width = f.width
        if f.as_text:
            ws.column_dimensions[letter].number_format = roster_io.TEXT_FORMAT
        if f.kind in _CHOICES:
            dv = DataValidation(type="list", formula1=f'"{_CHOICES[f.kind]}"', allow_blank=True)
            dv.add(f"{letter}2:{letter}100000")
            ws.add_data_validation(dv)
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("填写说明")
    notes.append(["列名", "是否必填", "说明"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for f in rf.FIELDS[kind]:
        must = "必填（咸宁规则）" if kind == "targets" and f.key in required - {"name", "code"} else (
            "必填" if f.key in required else "")
        notes.append([f.header, must, _HINTS.get(f.kind, "")])
    notes.append(["", "", "第一行为表头，从第二行起每行一条；表头名称也可在导入时手工对应。"])
    for letter, width in (("A", 18), ("B", 16), ("C", 70)):
        notes.column_dimensions[letter].width = width
    wb.properties.created = wb.properties.modified = _TEMPLATE_TIME
    wb.properties.creator = "双随机抽查工作台"
    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    wb.save(buffer)
    out.write_bytes(_stable_zip(buffer.getvalue()))
    return out


def _stable_zip(data: bytes) -> bytes:
    """The same archive with fixed entry times, so an unchanged template is byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_TEMPLATE_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the current time
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", body)
            dst.writestr(entry, body)
    return out.getvalue()
