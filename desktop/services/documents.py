"""Printing documents: fonts, 文号 allocation, the Document row and audit event, shared data builders."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Department, Document, InspectionItem, Inspector, Target, Task
from desktop.core import roles
from desktop.core.doc_kinds import DOC_KINDS, kind_code
from desktop.core.errors import DomainError
from desktop.core.numbering import format_doc_number
from desktop.reports import data
from desktop.reports.fonts import FontSet, load_fonts
from desktop.services import audit, numbering, settings, teams
from desktop.services.context import Actor

__all__ = ["FONTS_KEY", "PrintResult", "fonts_for", "risk_label", "target_info", "task_info"]

FONTS_KEY = "document_fonts"  # {"song": path, "fang": path, "hei": path, "kai": path, "title": path}
KIND_CODES_KEY = "doc_kind_codes"  # {"notice": "检告字", …}: a bureau's own 种类字

Render = Callable[[BinaryIO], int]


@dataclass(frozen=True)
class PrintResult:
    """What was printed: where, how many pages, the PDF's SHA-256, its 文号 and any font warnings."""

    kind: str
    path: Path
    pages: int
    sha256: str
    doc_number: str = ""
    warnings: tuple[str, ...] = ()


def fonts_for(session: Session) -> FontSet:
    """The bureau's configured font files, else the system's (see reports.fonts)."""
    configured = settings.get_value(session, FONTS_KEY) or {}
    if not isinstance(configured, dict):
        configured = {}
    return load_fonts({str(k): str(v) for k, v in configured.items() if v})


def org_name(session: Session) -> str:
    """The bureau's name; documents cannot be issued before first start."""
    org = settings.get_org(session)
    if org is None:
        raise DomainError("org_missing")
    return org.name


def risk_label(session: Session, risk_class: str) -> str:
    """'B 一般风险' from the profile's labels."""
    labels = dict(settings.get_profile(session).risk_labels)
    return f"{risk_class} {labels.get(risk_class, '')}".strip()


def task_or_error(session: Session, task_id: int) -> Task:
    """The task, or DomainError("task_not_found")."""
    return teams.task_or_error(session, task_id)


def _department_names(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Department.id, Department.name).where(Department.id.in_(ids))).all())


def task_items(task: Task) -> list[InspectionItem]:
    """The task's items in 清单 order."""
    return sorted(task.items, key=lambda i: i.code)


def task_info(session: Session, task: Task) -> data.TaskInfo:
    """A task as documents cite it (departments: initiating first)."""
    ids = [i for i in [task.initiating_department_id, *task.joint_department_ids] if i is not None]
    names = _department_names(session, ids)
    depts = tuple(dict.fromkeys(names[i] for i in ids if i in names)) if task.joint else ()
    plan = ""
    if task.plan_entry_id is not None:
        from db.models import AnnualPlan, PlanEntry  # only tasks from a plan need these
        plan = session.scalar(select(AnnualPlan.title).join(PlanEntry, PlanEntry.plan_id == AnnualPlan.id)
                              .where(PlanEntry.id == task.plan_entry_id)) or ""
    return data.TaskInfo(task.number, task.name, task.legal_basis, task.window_start, task.window_end,
                         task.directed, task.joint, depts, tuple(i.name for i in task_items(task)), plan)


def target_info(session: Session, target: Target) -> data.TargetInfo:
    """A target with its profile risk label."""
    return data.TargetInfo(target.name, target.code, target.address, target.legal_rep, target.phone,
                           risk_label(session, target.risk_class), target.industry)


def team_info(session: Session, task_id: int, target_id: int) -> tuple[data.InspectorInfo, ...]:
    """The target's effective team (replacements applied) with licence numbers, never 身份证号."""
    members = teams.team_of(session, task_id, target_id)
    licences = dict(session.execute(select(Inspector.id, Inspector.licence_no).where(
        Inspector.id.in_([m.inspector_id for m in members]))).all()) if members else {}
    return tuple(data.InspectorInfo(m.name, m.staff_no, m.role_label, m.department, licences.get(m.inspector_id, "")
                                    or "") for m in members)


def _format_number(session: Session, kind: str, year: int, n: int) -> str:
    org = settings.get_org(session)
    if org is None:
        raise DomainError("org_missing")
    overrides = settings.get_value(session, KIND_CODES_KEY) or {}
    code = kind_code(kind, overrides if isinstance(overrides, dict) else None)
    return format_doc_number(org.code, code, year, n, pad=settings.get_profile(session).doc_number_pad)


def allocate(session: Session, actor: Actor, kind: str, year: int, *, task_id: int | None = None,
             target_id: int | None = None, title: str = "") -> Document:
    """Take the next 文号 of `kind` in `year` (gapless, row-locked) and register its Document row."""
    n = numbering.next_number(session, kind, year)
    # Local time, set here: the column's server default is UTC, a day behind in the early morning.
    doc = Document(kind=kind, year=year, number=n, doc_number=_format_number(session, kind, year, n),
                   title=title or DOC_KINDS[kind].title, task_id=task_id, target_id=target_id,
                   issued_by=actor.username, issued_at=datetime.now())
    session.add(doc)
    session.flush()
    return doc


def document_by_number(session: Session, doc_number: str) -> Document | None:
    """The Document row of a 文号."""
    return session.scalar(select(Document).where(Document.doc_number == doc_number))


def find_document(session: Session, kind: str, *, task_id: int | None, target_id: int | None,
                  title: str | None = None) -> Document | None:
    """The document of `kind` already issued for this task/target (a reprint keeps its 文号 and date)."""
    q = select(Document).where(Document.kind == kind, Document.task_id == task_id, Document.target_id == target_id)
    if title is not None:
        q = q.where(Document.title == title)
    return session.scalar(q.order_by(Document.id).limit(1))


def issued_on(doc: Document | None, fallback: date | None = None) -> date:
    """The date a document carries: the day it was first issued (reprints are identical)."""
    if doc is not None and doc.issued_at is not None:
        return doc.issued_at.date()
    return fallback or date.today()


def finish(session: Session, actor: Actor, kind: str, out: Path, render: Render, *,
           document: Document | None = None, entity: str = "", entity_id: object = "",
           fonts: FontSet | None = None, details: dict[str, object] | None = None) -> PrintResult:
    """Render to memory, write `out`, record the SHA-256 and an audit event; return what was printed.

    A numbered document's row keeps the hash of its first print; a reprint with different bytes
    (the data changed since) is recorded in the audit event, never silently.
    """
    buf = io.BytesIO()
    pages = render(buf)
    pdf = buf.getvalue()
    digest = hashlib.sha256(pdf).hexdigest()
    info: dict[str, object] = {"kind": kind, "pages": pages, "sha256": digest, "file": out.name, **(details or {})}
    if document is not None:
        info["doc_number"] = document.doc_number
        if not document.sha256:
            document.sha256 = digest
        elif document.sha256 != digest:
            info["reprint_differs_from"] = document.sha256
        session.flush()
    audit.record(session, actor, "document.print", entity or kind, entity_id, info)
    # The file last: a failure above rolls the 文号 back before any PDF carrying it exists.
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)
    return PrintResult(kind, out, pages, digest, document.doc_number if document else "",
                       fonts.warnings if fonts else ())


def require_print(actor: Actor, numbered: bool) -> None:
    """Numbered documents are issued by staff who may print; read-only reports also by the auditor."""
    roles.require(actor.roles, "document.print" if numbered else "report.export")
