"""检查告知书 and 责令（限期）整改通知书 with its 送达回执: letters handed to the inspected party."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.reports.blocks import UNCHECKED, Kit, cn_date
from desktop.reports.data import InspectorInfo, NoticeDoc, RectificationDoc, TaskInfo
from desktop.reports.fonts import FontSet
from desktop.reports.page import PageSpec, build_pdf
from desktop.reports.tables import Cell, form_table

__all__ = ["render_notice", "render_rectification"]


def team_text(team: tuple[InspectorInfo, ...]) -> str:
    """'张三（执法证号：…）、李四（…）' — the licence shown on documents instead of any personal number."""
    parts = []
    for m in team:
        number = m.licence_no or m.staff_no
        label = "执法证号" if m.licence_no else "警号/工号"
        parts.append(f"{m.name}（{label}：{number}）" if number else m.name)
    return "、".join(parts)


def window_text(task: TaskInfo) -> str:
    """'2026年12月1日至2026年12月20日'."""
    if task.window_start is None or task.window_end is None:
        return "另行通知"
    return f"{cn_date(task.window_start)}至{cn_date(task.window_end)}"


def numbered(kit: Kit, lines: tuple[str, ...] | list[str], empty: str = "无。") -> list[Flowable]:
    """'1. …' lines in body style (GB/T 9704 third-level numbering)."""
    if not lines:
        return [kit.para(empty)]
    return [kit.para(f"{n}. {text}") for n, text in enumerate(lines, start=1)]


def render_notice(doc: NoticeDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """检查告知书 for one target; returns the page count."""
    kit = Kit(fonts)
    t, task = doc.target, doc.task
    basis = task.legal_basis or "有关法律、法规和规章"
    story: list[Flowable] = [*kit.title("检查告知书", doc.head.doc_number)]
    story.append(kit.para(f"{t.name}：", "flush"))
    if t.code:
        story.append(kit.para(f"（统一社会信用代码：{t.code}）", "flush"))
    story.append(kit.para(
        f"根据{basis}等规定和“双随机、一公开”监管工作要求，本机关通过随机抽取方式，确定你单位为"
        f"“{task.name}”（任务编号：{task.number}）的检查对象，将依法对你单位实施检查。现将有关事项告知如下："))
    story += kit.heading("一、抽查检查事项")
    story += numbered(kit, doc.items)
    story += kit.heading("二、检查时间和方式")
    methods = "、".join(doc.methods) or "实地核查"
    story.append(kit.para(f"检查时间：{window_text(task)}。检查方式：{methods}。"))
    story += kit.heading("三、检查人员")
    story.append(kit.para(f"{team_text(doc.team) or '检查组成员另行告知'}。检查人员将主动出示执法证件。"
                          "检查人员与你单位有直接利害关系的，你单位有权申请回避。"))
    story += kit.heading("四、需要准备的资料")
    story += numbered(kit, doc.materials, "与抽查检查事项有关的证照、台账、登记记录等资料。")
    story += kit.heading("五、其他事项")
    story.append(kit.para("请你单位指定人员配合检查，如实提供有关资料和情况。拒绝、阻碍检查或者提供虚假材料的，"
                          "本机关将依法处理，并将有关情况记入信用记录、向社会公示。检查结果将依法向社会公示。"))
    contact = "　".join(p for p in (f"联系人：{doc.contact_name}" if doc.contact_name else "",
                                   f"联系电话：{doc.contact_phone}" if doc.contact_phone else "") if p)
    if contact:
        story.append(kit.para(contact))
    kit.sign_off(story, doc.head.org_name, doc.head.issued_on)
    spec = PageSpec(title=f"检查告知书 {doc.head.doc_number}".strip(), author=doc.head.org_name,
                    created=doc.head.issued_on,
                    rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)


def sign_cell(kit: Kit, text: str, space: float) -> list[Flowable]:
    """A cell to sign in: optional printed text, room for the signature, the date blanks at the right."""
    return [kit.para(text, "form"), Spacer(1, space), kit.para("年　　月　　日", "formr")]


def _receipt(kit: Kit, doc: RectificationDoc) -> list[Flowable]:
    """送达回执: on its own page so it can be torn off, signed and filed."""
    title = f"责令（限期）整改通知书（{doc.head.doc_number}）" if doc.head.doc_number else "责令（限期）整改通知书"
    ways = "\u3000".join(f"{UNCHECKED}{w}" for w in ("直接送达", "留置送达", "邮寄送达", "委托送达"))
    names = "、".join(m.name for m in doc.team)
    rows: list[list[Cell]] = [
        ["送达文书名称及文号", title],
        ["受送达人", doc.target.name],
        ["送达地点", doc.target.address],
        ["送达方式", ways],
        ["受送达人签名或盖章", sign_cell(kit, "", 22 * mm)],
        ["代收人及代收理由", ""],
        ["送达人", sign_cell(kit, names, 12 * mm)],
        ["备注", ""],
    ]
    heights = [14 * mm, 14 * mm, 14 * mm, 14 * mm, 40 * mm, 24 * mm, 30 * mm, 24 * mm]
    return [*kit.title("送达回执"), form_table(kit, rows, [0.28, 0.72], heights=heights),
            kit.gap(0.5), kit.para(doc.head.org_name, "right")]


def render_rectification(doc: RectificationDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """责令（限期）整改通知书 and, as a separate page, its 送达回执; returns the page count."""
    kit = Kit(fonts)
    t = doc.target
    story: list[Flowable] = [*kit.title("责令（限期）整改通知书", doc.head.doc_number)]
    story.append(kit.para(f"{t.name}：", "flush"))
    when = cn_date(doc.inspection_date, "近日")
    task_part = f"在“双随机、一公开”抽查（任务编号：{doc.task_number}）中" if doc.task_number else ""
    story.append(kit.para(f"{when}，本机关{task_part}对你单位进行检查，发现你单位存在下列问题："))
    story.append(kit.para(doc.facts or "（违法事实）"))
    basis = doc.basis or "有关法律、法规和规章"
    story.append(kit.para(f"上述行为违反了{basis}的规定。根据有关规定，现责令你单位于{cn_date(doc.deadline)}前"
                          "改正（整改）以下事项："))
    story.append(kit.para(doc.requirement or "立即停止违法行为，按照规定整改。"))
    story.append(kit.para("整改完成后，请将整改情况书面报告本机关，本机关将进行复查。逾期不改正的，本机关将依法予以"
                          "处理，并将有关情况记入信用记录。"))
    review_org = doc.review_org or "本机关的上一级主管部门或者同级人民政府"
    court = doc.court or "人民法院"
    story.append(kit.para(f"如不服本通知，可以在收到本通知书之日起六十日内向{review_org}申请行政复议，"
                          f"或者在六个月内依法向{court}提起行政诉讼。"))
    if doc.contact_phone:
        story.append(kit.para(f"联系电话：{doc.contact_phone}"))
    kit.sign_off(story, doc.head.org_name, doc.head.issued_on)
    story += [kit.gap(0.5), kit.para("本通知书一式两份，一份送达被检查单位，一份存档。", "note")]
    story += [PageBreak(), *_receipt(kit, doc)]
    spec = PageSpec(title=f"责令（限期）整改通知书 {doc.head.doc_number}".strip(), author=doc.head.org_name,
                    created=doc.head.issued_on,
                    rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)
