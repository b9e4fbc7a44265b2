"""检查报告 of one target: what was checked, what was found, the result and the follow-up."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.reports.blocks import CHECKED, UNCHECKED, Kit, cn_date
from desktop.reports.data import ReportDoc
from desktop.reports.doc_notices import team_text
from desktop.reports.fonts import FontSet
from desktop.reports.page import PageSpec, build_pdf
from desktop.reports.tables import ITEM_BG, Cell, form_table, grid

__all__ = ["render_report"]


def _verdict(compliant: bool | None) -> str:
    if compliant is None:
        return "未检查"
    return f"{CHECKED}是 {UNCHECKED}否" if compliant else f"{UNCHECKED}是 {CHECKED}否"


def render_report(doc: ReportDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """检查报告; returns the page count."""
    kit = Kit(fonts)
    task, t = doc.task, doc.target
    story: list[Flowable] = [*kit.title("检查报告", doc.head.doc_number)]
    rows: list[list[str | None]] = [
        ["任务编号", task.number, "检查日期", cn_date(doc.inspection_date, "")],
        ["任务名称", task.name, None, None],
        ["被检查单位", t.name, None, None],
        ["统一社会信用代码", t.code, "风险等级", t.risk_label],
        ["住所（经营场所）", t.address, None, None],
        ["检查人员", team_text(doc.team), None, None],
    ]
    spans = [((1, 1), (3, 1)), ((1, 2), (3, 2)), ((1, 4), (3, 4)), ((1, 5), (3, 5))]
    story.append(form_table(kit, rows, [0.22, 0.34, 0.12, 0.32], labels=(0, 2), spans=spans, style="cell",
                            label_style="cellh"))
    story.append(kit.gap(0.5))
    story += kit.heading("一、检查基本情况")
    methods = "、".join(doc.methods) or "实地核查"
    basis = f"依据{task.legal_basis}，" if task.legal_basis else ""
    story.append(kit.para(f"{cn_date(doc.inspection_date, '检查期间')}，检查组{basis}采取{methods}的方式，对{t.name}"
                          f"开展了“{task.name}”检查，检查事项{len(doc.items)}项、检查内容"
                          f"{sum(len(i.lines) for i in doc.items)}条。"))
    story += kit.heading("二、检查内容及发现的问题")
    table_rows: list[list[Cell]] = []
    item_rows: list[tuple[object, ...]] = []
    for k, item in enumerate(doc.items, start=1):
        r = len(table_rows) + 1
        table_rows.append([kit.para(f"{k}. {item.name}", "cellh"), None, None, None, None])
        item_rows += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ITEM_BG)]
        for n, line in enumerate(item.lines, start=1):
            table_rows.append([str(n), line.content, _verdict(line.compliant), line.finding or "—",
                               line.disposal or "—"])
    problems = [ln for item in doc.items for ln in item.lines if ln.compliant is False]
    story.append(grid(kit, ["序号", "检查内容", "是否规范", "发现问题情况", "处置情况"], table_rows,
                      [0.07, 0.4, 0.13, 0.22, 0.18], styles=["cellc", "cell", "cellc", "cell", "cell"],
                      extra=item_rows))
    story.append(Spacer(1, 2 * mm))
    summary = f"共发现问题{len(problems)}处。" if problems else "未发现问题。"
    story.append(kit.para(summary))
    story += kit.heading("三、检查结论")
    story.append(kit.para(f"检查结果：{'；'.join(doc.results) or '（待认定）'}。"))
    story += kit.heading("四、后续处置")
    disposal = "；".join(doc.disposals) or "无需后续处置"
    story.append(kit.para(f"处置措施：{disposal}。{doc.follow_up}".strip()))
    if doc.rectification:
        story.append(kit.para(doc.rectification))
    if doc.review_opinion or doc.reviewed_by:
        story += kit.heading("五、审核意见")
        by = f"（审核人：{doc.reviewed_by}）" if doc.reviewed_by else ""
        story.append(kit.para(f"{doc.review_opinion or '同意'}{by}"))
    signers = [(m.role or "检查人员", m.name) for m in doc.team] or [("检查人员", "")]
    story += [Spacer(1, 4 * mm), KeepTogether([kit.sign_lines(signers)])]
    kit.sign_off(story, doc.head.org_name, doc.head.issued_on, seal=False, gap=1)
    spec = PageSpec(title=f"检查报告 {t.name}", author=doc.head.org_name,
                    created=doc.head.issued_on, rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)
