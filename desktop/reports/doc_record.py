"""抽查情况记录表: blank, pre-filled or completed; one sheet per target, a whole task in one PDF."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from desktop.reports.blocks import CHECKED, UNCHECKED, Kit, checkboxes, cn_date
from desktop.reports.data import CheckLine, RecordSheet
from desktop.reports.doc_notices import team_text
from desktop.reports.fonts import FontSet
from desktop.reports.page import GroupMark, PageSpec, build_pdf
from desktop.reports.reuse import Reused
from desktop.reports.tables import ITEM_BG, Cell, form_table, grid

__all__ = ["render_record_sheets"]

_CN_NUM = "一二三四五六七八九十"
BLANK_ROWS = 10  # rows of a blank sheet, for items written in by hand
# Room for handwriting in rows the inspector fills in on site.
HAND_ROW = 10 * mm


def _cn(n: int) -> str:
    if n <= 10:
        return _CN_NUM[n - 1]
    if n < 20:
        return "十" + _CN_NUM[n - 11]
    tens, ones = divmod(n, 10)
    return _CN_NUM[tens - 1] + "十" + (_CN_NUM[ones - 1] if ones else "")


def _verdict(line: CheckLine, filled: bool) -> str:
    if not filled or line.compliant is None:
        return f"{UNCHECKED}是\n{UNCHECKED}否"
    yes, no = (CHECKED, UNCHECKED) if line.compliant else (UNCHECKED, CHECKED)
    return f"{yes}是\n{no}否"


def _header(kit: Kit, s: RecordSheet) -> Flowable:
    task, t = s.task, s.target
    date = cn_date(s.inspection_date) if s.mode == "completed" else cn_date(None)
    rows = [
        ["任务名称", task.name if task else "", "", ""],
        ["任务编号", task.number if task else "", "检查日期", date],
        ["被检查单位", t.name if t else "", "", ""],
        ["统一社会信用代码", t.code if t else "", "风险等级", t.risk_label if t else ""],
        ["住所（经营场所）", t.address if t else "", "", ""],
        ["法定代表人（负责人）", t.legal_rep if t else "", "联系电话", t.phone if t else ""],
        ["联络员", "", "联系电话", ""],
        ["检查人员（执法证号）", team_text(s.team), "", ""],
    ]
    spans = [((1, 0), (3, 0)), ((1, 2), (3, 2)), ((1, 4), (3, 4)), ((1, 7), (3, 7))]
    pad = [("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    return form_table(kit, rows, [0.245, 0.315, 0.12, 0.32], labels=(0, 2), spans=spans, extra=pad,
                      style="cell", label_style="cellh")


def _items(kit: Kit, s: RecordSheet) -> Flowable:
    filled = s.mode == "completed"
    rows: list[list[Cell]] = []
    extra: list[tuple[object, ...]] = []
    if s.mode == "blank" or not s.items:
        for n in range(1, BLANK_ROWS + 1):
            rows.append([str(n), "", "", _verdict(CheckLine(""), False), [Spacer(1, HAND_ROW)], ""])
    for k, item in enumerate(s.items if s.mode != "blank" else (), start=1):
        r = len(rows) + 1  # +1: the header row
        rows.append([kit.para(f"{_cn(k)}、{item.name}", "cellh"), None, None, None, None, None])
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ITEM_BG)]
        for n, line in enumerate(item.lines, start=1):
            # Unfilled sheets leave room to write by hand: an empty finding cell holds a strut.
            finding: Cell = line.finding if filled else [Spacer(1, HAND_ROW)]
            rows.append([str(n), line.content, line.guidance, _verdict(line, filled),
                         finding, line.disposal if filled else ""])
    header = ["序号", "检查内容", "操作方法与要领", "是否规范", "发现问题情况", "处置情况"]
    styles = ["cellc", "cell", "cell", "cellc", "cell", "cell"]
    first = [("ALIGN", (0, 1), (0, -1), "CENTER")]
    return grid(kit, header, rows, [0.055, 0.32, 0.22, 0.075, 0.19, 0.14], styles=styles,
                extra=first + extra)


def _choices(kit: Kit, s: RecordSheet) -> Flowable:
    filled = s.mode == "completed"
    methods, results, disposals = (s.methods, s.results, s.disposals) if filled else ((), (), ())
    disposal = checkboxes(s.disposal_options, disposals)
    if filled and s.follow_up:
        disposal += f"\n说明：{s.follow_up}"
    rows: list[list[Cell]] = [
        ["核查方式", checkboxes(s.method_options, methods)],
        ["检查结果", checkboxes(s.result_options, results)],
        ["后续处置措施", disposal],
    ]
    if s.materials:
        rows.append(["要求提供材料", "\u3000".join(f"{UNCHECKED}{m}" for m in s.materials)])
    return form_table(kit, rows, [0.19, 0.81], style="cell", label_style="cellh")


def _signatures(kit: Kit, s: RecordSheet) -> Flowable:
    """Opinions and signatures, kept on one page: a signature block is never split."""
    filled = s.mode == "completed"
    opinion = ""
    if filled and s.target_refused:
        opinion = f"被检查单位拒绝签字。{s.refusal_note}".strip()
    elif filled:
        opinion = s.target_opinion or ("无异议。" if s.target_signed else "")
    rows: list[list[Cell]] = [
        ["被检查单位意见", [kit.para(opinion, "cell"), Spacer(1, 5 * mm),
                            kit.para("法定代表人（负责人）签字或盖章：", "cell"), Spacer(1, 3 * mm),
                            kit.para("年　　月　　日", "cellr")]],
        ["检查人员签名", _sign(kit, "")],
        ["组长审核意见", _sign(kit, s.review_opinion if filled else "", s.reviewed_by if filled else "",
                               s.reviewed_on if filled else None)],
        ["结果公示审批意见", _sign(kit, "")],
    ]
    return form_table(kit, rows, [0.19, 0.81], style="cell", label_style="cellh")


def _sign(kit: Kit, text: str, who: str = "", on: date | None = None) -> list[Flowable]:
    """An opinion with its signature line; a completed sheet shows who signed off in the system, and when."""
    name = who or "\u3000" * 8
    when = cn_date(on) if on is not None else "年　　月　　日"
    return [kit.para(text, "cell"), Spacer(1, 6 * mm), kit.para(f"签名：{name}\u3000\u3000{when}", "cellr")]


def _sheet(kit: Kit, s: RecordSheet, shared: dict[Any, Any]) -> list[Flowable]:
    """One sheet; the parts that are the same on every unfilled sheet of a batch are laid out once."""
    story: list[Flowable] = [kit.para("抽查情况记录表", "title")]
    if s.mode == "blank":
        story.append(kit.para("（空白表）", "subtitle"))
    story += [Spacer(1, 3 * mm), kit.para(f"检查机关：{s.head.org_name}", "cell"), Spacer(1, 2 * mm),
              _header(kit, s), Spacer(1, 3 * mm)]
    if s.mode == "completed":
        return story + [_items(kit, s), Spacer(1, 3 * mm), _choices(kit, s), KeepTogether([_signatures(kit, s)])]
    # Same check points and options → the same flowables (and their cached line breaks).
    key_items = ("items", s.mode, s.items)
    key_choices = ("choices", s.mode, s.method_options, s.result_options, s.disposal_options, s.materials)
    if key_items not in shared:
        shared[key_items] = (f"items{len(shared)}", _items(kit, s))
    if key_choices not in shared:
        shared[key_choices] = (f"choices{len(shared)}", _choices(kit, s))
        shared[key_choices + ("signatures",)] = (f"signatures{len(shared)}", _signatures(kit, s))
    memo = shared.setdefault("memo", {})
    items, choices, signatures = (Reused(shared[k][1], memo, shared[k][0])
                                  for k in (key_items, key_choices, key_choices + ("signatures",)))
    return story + [items, Spacer(1, 3 * mm), choices, KeepTogether([signatures])]


def _footer_text(s: RecordSheet) -> str:
    parts = ["抽查情况记录表"]
    if s.task is not None:
        parts.append(s.task.number)
    if s.target is not None:
        parts.append(s.target.code or s.target.name)
    return " · ".join(parts)


def render_record_sheets(sheets: Sequence[RecordSheet], fonts: FontSet, out: Path | BinaryIO) -> int:
    """One or many record sheets in one PDF, each starting on a new page with its own 第x页 共y页."""
    if not sheets:
        raise ValueError("no record sheets to print")
    kit = Kit(fonts)
    story: list[Flowable] = []
    shared: dict[Any, Any] = {}
    for n, s in enumerate(sheets):
        if n:
            story.append(PageBreak())
        story.append(GroupMark(f"sheet-{n}", _footer_text(s)))
        story += _sheet(kit, s, shared)
    first = sheets[0]
    title = "抽查情况记录表" + (f" {first.task.number}" if first.task else "")
    spec = PageSpec(title=title, author=first.head.org_name,
                    created=first.head.issued_on, page_numbers=False, page_of=True,
                    rehearsal=any(s.head.rehearsal for s in sheets))
    return build_pdf(story, fonts, out, spec)
