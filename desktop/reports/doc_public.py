"""抽查任务公告 and 检查结果公示表: the two public notices of a task."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.reports.blocks import Kit, cn_date
from desktop.reports.data import AnnouncementDoc, PublicationDoc, TaskInfo
from desktop.reports.doc_notices import numbered, window_text
from desktop.reports.fonts import FontSet
from desktop.reports.page import PageSpec, build_pdf
from desktop.reports.tables import grid

__all__ = ["render_announcement", "render_publication"]


def _departments(org: str, task: TaskInfo) -> str:
    if not task.joint or not task.departments:
        return org
    lead, *others = task.departments
    joined = "、".join(others)
    return f"{org}（牵头：{lead}" + (f"；参与：{joined}" if joined else "") + "）"


def render_announcement(doc: AnnouncementDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """抽查任务公告, with the drawn list when the task publishes it."""
    kit = Kit(fonts, public=True)
    task = doc.task
    basis = task.legal_basis or "有关法律、法规和规章"
    story: list[Flowable] = [*kit.title("抽查任务公告", doc.head.doc_number)]
    story.append(kit.para(f"根据{basis}和“双随机、一公开”监管工作要求，本机关决定开展“{task.name}”。"
                          "现将有关事项公告如下："))
    story += kit.heading("一、抽查任务")
    kind = "定向抽查" if task.directed else "不定向抽查"
    plan = f"；所属计划：{task.plan_name}" if task.plan_name else ""
    story.append(kit.para(f"任务编号：{task.number}；任务名称：{task.name}；抽查类型：{kind}"
                          f"{'（联合抽查）' if task.joint else ''}{plan}。"))
    story += kit.heading("二、抽查事项")
    story += numbered(kit, task.item_names)
    story += kit.heading("三、抽查对象范围")
    story.append(kit.para(f"{doc.scope or '本机关检查对象名录库内的全部检查对象'}。通过摇号方式随机抽取检查对象"
                          f"{doc.target_count}户，随机匹配执法检查人员。"))
    story += kit.heading("四、检查时间")
    story.append(kit.para(f"{window_text(task)}。"))
    story += kit.heading("五、检查机关")
    story.append(kit.para(f"{_departments(doc.head.org_name, task)}。"))
    story += kit.heading("六、抽查名单")
    if doc.show_list and doc.drawn:
        story.append(kit.para(f"本次共抽取检查对象{len(doc.drawn)}户，名单如下："))
        rows = [[str(t.seq), t.name, t.code, t.risk_label] for t in doc.drawn]
        story.append(grid(kit, ["序号", "检查对象名称", "统一社会信用代码", "风险等级"], rows,
                          [0.08, 0.5, 0.27, 0.15], styles=["cellc", "cell", "mono", "cellc"]))
    elif doc.show_list:
        story.append(kit.para("检查对象由摇号随机抽取产生，抽取结果另行公布。"))
    else:
        story.append(kit.para("按照有关规定，本次抽查名单不予公开。"))
    story.append(kit.para("检查结果将在检查结束后依法向社会公示。被抽查对象应当配合检查，如实提供有关资料。"))
    if doc.contact:
        story.append(kit.para(f"联系方式：{doc.contact}"))
    kit.sign_off(story, doc.head.org_name, doc.head.issued_on, gap=1)
    spec = PageSpec(title=f"抽查任务公告 {task.number}", author=doc.head.org_name,
                    created=doc.head.issued_on, rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)


def render_publication(doc: PublicationDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """检查结果公示表: one row per inspected target, printed across the page."""
    kit = Kit(fonts, wide=True, public=True)
    task = doc.task
    story: list[Flowable] = [*kit.title(doc.title, doc.head.doc_number)]
    kind = "定向" if task.directed else "不定向"
    story.append(kit.para(f"抽查任务编号：{task.number}　　抽查任务名称：{task.name}　　抽查类型：{kind}　　"
                          f"检查机关：{_departments(doc.head.org_name, task)}", "cell"))
    story.append(Spacer(1, 3 * mm))
    rows = [[str(r.seq), r.target_name, r.target_code, cn_date(r.completed_on, ""), r.result, r.remarks]
            for r in doc.rows]
    story.append(grid(kit, ["序号", "检查对象名称", "统一社会信用代码", "检查完成日期", "检查结果", "备注"], rows,
                      [0.05, 0.27, 0.16, 0.13, 0.24, 0.15],
                      styles=["cellc", "cell", "mono", "cellc", "cell", "cell"]))
    story.append(Spacer(1, 3 * mm))
    story.append(kit.para(doc.note or "对公示结果有异议的，可自公示之日起向本机关书面提出，并提供相关证明材料。",
                          "cell"))
    kit.sign_off(story, doc.head.org_name, doc.published_on, gap=0.5)
    spec = PageSpec(title=doc.title, author=doc.head.org_name,
                    created=doc.head.issued_on, landscape=True, rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)
