"""The plain frozen data every printed document is rendered from (services build it; no ORM here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document, when, under which 文号; rehearsal prints a 演练 watermark."""
    org_name: str
    issued_on: date
    doc_number: str = ""
    rehearsal: bool = False


@dataclass(frozen=True)
class TaskInfo:
    """An 抽查任务 as documents cite it."""
    number: str
    name: str
    legal_basis: str = ""
    window_start: date | None = None
    window_end: date | None = None
    directed: bool = False
    joint: bool = False
    departments: tuple[str, ...] = ()  # initiating first, then the participating ones
    item_names: tuple[str, ...] = ()
    plan_name: str = ""


@dataclass(frozen=True)
class TargetInfo:
    """An inspected party; legal_rep and phone only appear on documents handed to the party itself."""
    name: str
    code: str
    address: str = ""
    legal_rep: str = ""
    phone: str = ""
    risk_label: str = ""
    industry: str = ""


@dataclass(frozen=True)
class InspectorInfo:
    """A team member as printed: never the 身份证号."""
    name: str
    staff_no: str
    role: str = ""  # 组长 / 组员 / 联合成员（…）
    department: str = ""
    licence_no: str = ""


# --- 随机抽查事项清单 and 年度抽查计划 ----------------------------------------------------------


@dataclass(frozen=True)
class ItemRow:
    """One line of the item list."""
    code: str
    name: str
    category: str = ""
    sub_item: str = ""
    basis: str = ""
    subject: str = ""
    object_type: str = ""
    kind: str = ""  # 重点 / 一般
    method: str = ""
    ratio: str = ""
    frequency: str = ""
    inspector_requirement: str = ""
    remarks: str = ""
    check_points: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemListDoc:
    """随机抽查事项清单."""
    head: Letterhead
    title: str
    items: tuple[ItemRow, ...]


@dataclass(frozen=True)
class PlanLine:
    """One entry of the annual plan."""
    seq: int
    name: str
    items: tuple[str, ...]
    scope: str
    window_start: date
    window_end: date
    quota: str
    frequency: int = 1
    directed: bool = False
    joint: str = ""  # "发起：…；参与：…" for joint inspections, else empty


@dataclass(frozen=True)
class PlanDoc:
    """年度抽查计划."""
    head: Letterhead
    year: int
    title: str
    lines: tuple[PlanLine, ...]
    state_label: str = ""
    uncovered: tuple[tuple[str, str], ...] = ()  # (item, reason it is not planned)


# --- 抽查任务公告 and 摇号抽取记录 -----------------------------------------------------------------


@dataclass(frozen=True)
class PublicTarget:
    """A drawn target on a public list."""
    seq: int
    name: str
    code: str
    risk_label: str = ""


@dataclass(frozen=True)
class AnnouncementDoc:
    """抽查任务公告; the drawn list is printed only when the task publishes it."""
    head: Letterhead
    task: TaskInfo
    scope: str
    target_count: int
    drawn: tuple[PublicTarget, ...] = ()
    show_list: bool = True
    contact: str = ""


@dataclass(frozen=True)
class WitnessLine:
    """A witness in seat order, with the digits as typed."""
    seat: int
    name: str
    affiliation: str
    digits: str


@dataclass(frozen=True)
class StratumLine:
    """One risk class of the draw: 名录数 / 可抽数 / 比例 / 应抽数."""
    stratum: str
    label: str
    base: int
    eligible: int
    rule: str
    quota: int


@dataclass(frozen=True)
class DrawnLine:
    """A drawn target with its 抽签号 and team."""
    position: int
    code: str
    name: str
    stratum: str
    key_hex: str
    team: tuple[InspectorInfo, ...]


@dataclass(frozen=True)
class EventLine:
    """An event of the draw, as recorded."""
    seq: int
    at: datetime | None
    text: str


@dataclass(frozen=True)
class DrawRecordDoc:
    """摇号抽取记录: inputs, commitments, witnesses, results, events, signatures."""
    head: Letterhead
    task: TaskInfo
    attempt: int
    state_label: str
    operator: str
    times: tuple[tuple[str, datetime | None], ...]  # (冻结名录, …) in order
    rules: tuple[tuple[str, str], ...]  # (label, value) as printed
    files: tuple[tuple[str, str], ...]  # (file name, SHA-256)
    commit_hex: str
    witnesses: tuple[WitnessLine, ...]
    secret_hex: str
    seed_hex: str
    strata: tuple[StratumLine, ...]
    drawn: tuple[DrawnLine, ...]
    events: tuple[EventLine, ...]
    result_hash: str
    host: str = ""  # 主持人; blank lines when unknown
    supervisor: str = ""  # 监督


# --- 检查告知书, 抽查情况记录表, 责令整改通知书, 检查报告 ------------------------------------------


@dataclass(frozen=True)
class NoticeDoc:
    """检查告知书 (随机抽查通知书)."""
    head: Letterhead
    target: TargetInfo
    task: TaskInfo
    items: tuple[str, ...]
    methods: tuple[str, ...]
    materials: tuple[str, ...]
    team: tuple[InspectorInfo, ...]
    contact_name: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class CheckLine:
    """One check point of the record sheet and, once entered, its finding."""
    content: str
    guidance: str = ""
    compliant: bool | None = None
    finding: str = ""
    disposal: str = ""


@dataclass(frozen=True)
class RecordItem:
    """An item of the task with its check points."""
    name: str
    lines: tuple[CheckLine, ...]


@dataclass(frozen=True)
class RecordSheet:
    """抽查情况记录表: blank (no target), pre-filled (target and check points) or completed."""
    head: Letterhead
    task: TaskInfo | None
    target: TargetInfo | None
    items: tuple[RecordItem, ...]
    team: tuple[InspectorInfo, ...] = ()
    mode: str = "prefilled"  # blank / prefilled / completed
    inspection_date: date | None = None
    method_options: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    result_options: tuple[str, ...] = ()
    results: tuple[str, ...] = ()
    disposal_options: tuple[str, ...] = ()
    disposals: tuple[str, ...] = ()
    follow_up: str = ""
    materials: tuple[str, ...] = ()
    target_opinion: str = ""
    target_signed: bool = False
    target_refused: bool = False
    refusal_note: str = ""
    review_opinion: str = ""
    reviewed_by: str = ""
    reviewed_on: date | None = None


@dataclass(frozen=True)
class RectificationDoc:
    """责令（限期）整改通知书 with its 送达回执."""
    head: Letterhead
    target: TargetInfo
    task_number: str
    inspection_date: date | None
    facts: str
    basis: str
    requirement: str
    deadline: date
    team: tuple[InspectorInfo, ...] = ()
    review_org: str = ""  # 复议机关 named in the 救济途径
    court: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class ReportDoc:
    """检查报告 of one target."""
    head: Letterhead
    task: TaskInfo
    target: TargetInfo
    inspection_date: date | None
    team: tuple[InspectorInfo, ...]
    items: tuple[RecordItem, ...]
    methods: tuple[str, ...]
    results: tuple[str, ...]
    disposals: tuple[str, ...]
    follow_up: str = ""
    rectification: str = ""
    review_opinion: str = ""
    reviewed_by: str = ""


# --- 公示, 更正, 复核, 年度报告 -----------------------------------------------------------------


@dataclass(frozen=True)
class ResultRow:
    """One published result."""
    seq: int
    target_name: str
    target_code: str
    completed_on: date | None
    result: str
    remarks: str = ""


@dataclass(frozen=True)
class PublicationDoc:
    """检查结果公示表."""
    head: Letterhead
    title: str
    task: TaskInfo
    rows: tuple[ResultRow, ...]
    published_on: date
    note: str = ""


@dataclass(frozen=True)
class CorrectionDoc:
    """更正说明 of one published result."""
    head: Letterhead
    task: TaskInfo
    target_name: str
    target_code: str
    published_on: date | None
    old_result: str
    new_result: str
    reason: str
    approved_by: str
    approved_on: date
    old_remarks: str = ""
    new_remarks: str = ""
    version: int = 2


@dataclass(frozen=True)
class ReviewFeedbackDoc:
    """复核结果反馈 to the party that raised an objection."""
    head: Letterhead
    task: TaskInfo
    target_name: str
    target_code: str
    received_on: date
    content: str
    reviewed_on: date | None
    outcome: str  # 维持 / 更正
    review_note: str
    new_result: str = ""
    review_org: str = ""
    court: str = ""


@dataclass(frozen=True)
class Count:
    """A labelled count for tables and charts."""
    label: str
    value: int


@dataclass(frozen=True)
class RiskLine:
    """Completion of a group (a risk class, a department): drawn and completed (published) targets."""
    label: str
    drawn: int
    completed: int


@dataclass(frozen=True)
class AnnualTaskLine:
    """One task of the year."""
    number: str
    name: str
    drawn: int
    completed: int
    published_on: date | None


@dataclass(frozen=True)
class AnnualReportDoc:
    """年度执行情况报告 with its statistics."""
    head: Letterhead
    year: int
    plan_title: str
    plan_entries: int
    tasks: tuple[AnnualTaskLine, ...]
    joint_tasks: int
    by_result: tuple[Count, ...]
    by_risk: tuple[RiskLine, ...]
    by_disposal: tuple[Count, ...] = ()
    rectifications: int = 0
    rectified: int = 0
    corrections: int = 0
    objections: int = 0
    remarks: tuple[str, ...] = ()
    by_department: tuple[RiskLine, ...] = ()
    coverage: tuple[int, int] = (0, 0)  # (items with at least one task this year, active items)
