"""年度执行情况报告 with statistics and charts (results per category, completion by risk class and department)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.reports.blocks import Kit, cn_date
from desktop.reports.data import AnnualReportDoc, Count, RiskLine
from desktop.reports.fonts import FontSet
from desktop.reports.page import PageSpec, build_pdf
from desktop.reports.tables import grid

__all__ = ["render_annual_report"]

_BLUE = Color(0.22, 0.42, 0.69)
_ORANGE = Color(0.93, 0.53, 0.18)
_AXIS = 9.0


def _pct(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}%" if whole else "—"


def _step(top: int) -> int:
    """A whole-number axis step giving about five grid lines."""
    return max(1, math.ceil(top / 5))


def _drawing(fonts: FontSet, width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours: renderPDF would otherwise select the unembedded Helvetica."""
    d = Drawing(width, height)
    d.initialFontName = fonts.song
    d.initialFontSize = _AXIS
    return d


def results_chart(fonts: FontSet, counts: tuple[Count, ...], width: float) -> Drawing:
    """Horizontal bars: targets per result category (labels are long, so they sit on the left)."""
    rows = [c for c in counts if c.value] or list(counts[:1]) or [Count("（无）", 0)]
    bar_h = 16.0
    height = bar_h * len(rows) + 40
    d = _drawing(fonts, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 22
    chart.width, chart.height = width - 175, bar_h * len(rows)
    chart.data = [[c.value for c in reversed(rows)]]
    chart.categoryAxis.categoryNames = [c.label for c in reversed(rows)]
    chart.categoryAxis.labels.fontName = fonts.song
    chart.categoryAxis.labels.fontSize = _AXIS
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    top = max(c.value for c in rows)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.valueMax = max(1, _step(top) * math.ceil(max(top, 1) / _step(top)))
    chart.valueAxis.labels.fontName = fonts.song
    chart.valueAxis.labels.fontSize = _AXIS
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = _BLUE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.song
    chart.barLabels.fontSize = _AXIS
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    d.add(String(width / 2, height - 12, "图1  检查结果分布（户）", fontName=fonts.hei, fontSize=10.5,
                 textAnchor="middle"))
    return d


def risk_chart(fonts: FontSet, lines: tuple[RiskLine, ...], width: float) -> Drawing:
    """Grouped columns per risk class: targets drawn and targets completed."""
    rows = list(lines) or [RiskLine("（无）", 0, 0)]
    height = 190.0
    d = _drawing(fonts, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 40
    chart.width, chart.height = width - 60, height - 80
    chart.data = [[r.drawn for r in rows], [r.completed for r in rows]]
    chart.categoryAxis.categoryNames = [r.label for r in rows]
    chart.categoryAxis.labels.fontName = fonts.song
    chart.categoryAxis.labels.fontSize = _AXIS
    chart.categoryAxis.labels.dy = -2
    top = max(max(r.drawn, r.completed) for r in rows)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.valueMax = max(1, _step(top) * math.ceil(max(top, 1) / _step(top)))
    chart.valueAxis.labels.fontName = fonts.song
    chart.valueAxis.labels.fontSize = _AXIS
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = _BLUE
    chart.bars[1].fillColor = _ORANGE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.song
    chart.barLabels.fontSize = _AXIS - 1
    chart.barLabels.nudge = 6
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 150, height - 22
    legend.fontName = fonts.song
    legend.fontSize = _AXIS
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(_BLUE, "抽取户数"), (_ORANGE, "完成户数")]
    d.add(legend)
    d.add(String(width / 2, height - 12, "图2  按风险等级的完成情况（户）", fontName=fonts.hei, fontSize=10.5,
                 textAnchor="middle"))
    return d


def _coverage(doc: AnnualReportDoc) -> str:
    covered, active = doc.coverage
    if not active:
        return ""
    return f"抽查事项清单{active}项中，本年度已开展抽查{covered}项，覆盖率{_pct(covered, active)}。"


def render_annual_report(doc: AnnualReportDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """年度执行情况报告; returns the page count."""
    kit = Kit(fonts, public=True)
    drawn = sum(t.drawn for t in doc.tasks)
    completed = sum(t.completed for t in doc.tasks)
    title = f"{doc.year}年度“双随机、一公开”抽查工作执行情况报告"
    story: list[Flowable] = [*kit.title(title, doc.head.doc_number)]
    story += kit.heading("一、总体情况")
    plan = f"按照《{doc.plan_title}》（共{doc.plan_entries}项）" if doc.plan_title else "本年度"
    story.append(kit.para(f"{doc.year}年，本机关{plan}，共组织抽查任务{len(doc.tasks)}个，其中联合抽查"
                          f"{doc.joint_tasks}个；随机抽取检查对象{drawn}户，已完成检查并公示{completed}户，"
                          f"完成率{_pct(completed, drawn)}。" + _coverage(doc)))
    story += kit.heading("二、检查结果")
    total = sum(c.value for c in doc.by_result)
    rows = [[c.label, str(c.value), _pct(c.value, total)] for c in doc.by_result]
    rows.append(["合计", str(total), _pct(total, total) if total else "—"])
    story.append(grid(kit, ["检查结果", "户数", "占比"], rows, [0.6, 0.2, 0.2], styles=["cell", "cellc", "cellc"]))
    story += [Spacer(1, 3 * mm), KeepTogether([results_chart(fonts, doc.by_result, kit.width)])]
    story += kit.heading("三、按风险等级和部门的完成情况")
    rows = [[r.label, str(r.drawn), str(r.completed), _pct(r.completed, r.drawn)] for r in doc.by_risk]
    story.append(grid(kit, ["风险等级", "抽取户数", "完成户数", "完成率"], rows, [0.4, 0.2, 0.2, 0.2],
                      styles=["cell", "cellc", "cellc", "cellc"]))
    story += [Spacer(1, 3 * mm), KeepTogether([risk_chart(fonts, doc.by_risk, kit.width)])]
    if doc.by_department:
        rows = [[r.label, str(r.drawn), str(r.completed), _pct(r.completed, r.drawn)] for r in doc.by_department]
        story += [Spacer(1, 3 * mm), kit.para("按部门的完成情况如下表：")]
        story.append(grid(kit, ["部门", "抽取户数", "完成户数", "完成率"], rows, [0.4, 0.2, 0.2, 0.2],
                          styles=["cell", "cellc", "cellc", "cellc"]))
    story += kit.heading("四、后续处置、更正与异议")
    story.append(kit.para(f"下达责令（限期）整改通知书{doc.rectifications}份，已完成整改{doc.rectified}户；"
                          f"更正公示结果{doc.corrections}次；收到异议{doc.objections}件。"))
    if doc.by_disposal:
        rows = [[c.label, str(c.value)] for c in doc.by_disposal]
        story.append(grid(kit, ["后续处置措施", "户数"], rows, [0.7, 0.3], styles=["cell", "cellc"]))
    story += kit.heading("五、抽查任务明细")
    rows = [[t.number, t.name, str(t.drawn), str(t.completed), cn_date(t.published_on, "未公示")] for t in doc.tasks]
    if not rows:
        rows = [["—", "本年度无抽查任务", "0", "0", "—"]]
    story.append(grid(kit, ["任务编号", "任务名称", "抽取", "完成", "公示日期"], rows, [0.24, 0.38, 0.09, 0.09, 0.2],
                      styles=["cell", "cell", "cellc", "cellc", "cellc"]))
    if doc.remarks:
        story += kit.heading("六、存在的问题和下一步工作")
        story += [kit.para(text) for text in doc.remarks]
    kit.sign_off(story, doc.head.org_name, doc.head.issued_on)
    spec = PageSpec(title=title, author=doc.head.org_name,
                    created=doc.head.issued_on, rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)
