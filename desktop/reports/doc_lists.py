"""随机抽查事项清单 and 年度抽查计划: wide public tables printed across the page."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.reports.blocks import Kit, cn_date
from desktop.reports.data import ItemListDoc, PlanDoc
from desktop.reports.fonts import FontSet
from desktop.reports.page import PageSpec, build_pdf
from desktop.reports.tables import grid

__all__ = ["render_items", "render_plan"]


def _numbered(lines: tuple[str, ...]) -> str:
    return "\n".join(f"{n}. {text}" for n, text in enumerate(lines, start=1))


def render_items(doc: ItemListDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """The public 随机抽查事项清单, one row per item with its check points."""
    kit = Kit(fonts, wide=True, public=True)
    story: list[Flowable] = [*kit.title(doc.title)]
    story.append(kit.para(f"发布单位：{doc.head.org_name}　　发布日期：{cn_date(doc.head.issued_on)}　　"
                          f"共{len(doc.items)}项", "subtitle"))
    story.append(Spacer(1, 3 * mm))
    header = ["序号", "编号", "抽查类别", "抽查事项", "事项类别", "检查依据", "检查主体", "检查对象", "检查方式",
              "比例与频次", "检查内容", "备注"]
    rows = []
    for n, it in enumerate(doc.items, start=1):
        name = it.name + (f"（{it.sub_item}）" if it.sub_item else "")
        ratio = "\n".join(p for p in (it.ratio, it.frequency) if p)
        remarks = "\n".join(p for p in (it.inspector_requirement and f"人员要求：{it.inspector_requirement}",
                                        it.remarks) if p)
        rows.append([str(n), it.code, it.category, name, it.kind, it.basis, it.subject, it.object_type,
                     it.method, ratio, _numbered(it.check_points), remarks])
    weights = [0.028, 0.07, 0.06, 0.1, 0.04, 0.14, 0.07, 0.07, 0.045, 0.08, 0.2, 0.097]
    styles = ["smallc", "small", "small", "small", "smallc", "small", "small", "small", "small", "small",
              "small", "small"]
    story.append(grid(kit, header, rows, weights, styles=styles, header_style="smallh"))
    spec = PageSpec(title=doc.title, author=doc.head.org_name,
                    created=doc.head.issued_on, landscape=True, rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)


def render_plan(doc: PlanDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """The 年度抽查计划: entries with items, scope, window, quota, frequency and joint departments."""
    kit = Kit(fonts, wide=True, public=True)
    story: list[Flowable] = [*kit.title(doc.title, doc.head.doc_number)]
    state = f"（{doc.state_label}）" if doc.state_label else ""
    story.append(kit.para(f"{doc.head.org_name}　　{doc.year}年度　　共{len(doc.lines)}项{state}", "subtitle"))
    story.append(Spacer(1, 3 * mm))
    header = ["序号", "计划名称", "抽查事项", "抽查范围", "实施时间", "抽查比例/数量", "频次", "抽查类型",
              "联合抽查部门"]
    rows = []
    for line in doc.lines:
        window = f"{cn_date(line.window_start)}至{cn_date(line.window_end)}"
        rows.append([str(line.seq), line.name, "\n".join(line.items), line.scope, window, line.quota,
                     f"{line.frequency}次", "定向" if line.directed else "不定向", line.joint or "—"])
    weights = [0.04, 0.15, 0.17, 0.12, 0.13, 0.13, 0.05, 0.07, 0.14]
    styles = ["smallc", "small", "small", "small", "small", "small", "smallc", "smallc", "small"]
    story.append(grid(kit, header, rows, weights, styles=styles, header_style="smallh"))
    if doc.uncovered:
        story += [Spacer(1, 4 * mm), *kit.heading("未纳入本年度计划的抽查事项及理由", "formh"), Spacer(1, 2 * mm)]
        story.append(grid(kit, ["抽查事项", "理由"], [[item, reason] for item, reason in doc.uncovered],
                          [0.3, 0.7], styles=["small", "small"], header_style="smallh"))
    kit.sign_off(story, doc.head.org_name, doc.head.issued_on, gap=0.5)
    spec = PageSpec(title=doc.title, author=doc.head.org_name,
                    created=doc.head.issued_on, landscape=True, rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)
