"""更正说明 and 复核结果反馈: the letters that follow a publication."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from desktop.reports.blocks import Kit, cn_date
from desktop.reports.data import CorrectionDoc, ReviewFeedbackDoc
from desktop.reports.fonts import FontSet
from desktop.reports.page import PageSpec, build_pdf
from desktop.reports.tables import grid

__all__ = ["render_correction", "render_review_feedback"]


def render_correction(doc: CorrectionDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """更正说明 of one published result: before and after, reason, the principal's approval."""
    kit = Kit(fonts, public=True)
    task = doc.task
    story: list[Flowable] = [*kit.title("检查结果更正说明", doc.head.doc_number)]
    when = cn_date(doc.published_on, "此前")
    story.append(kit.para(f"本机关于{when}公示的“{task.name}”（任务编号：{task.number}）检查结果中，"
                          f"{doc.target_name}（统一社会信用代码：{doc.target_code}）的检查结果需要更正。"
                          f"经本机关负责人批准，现予更正（第{doc.version}版），具体如下："))
    rows = [["检查结果", doc.old_result, doc.new_result]]
    if doc.old_remarks or doc.new_remarks:
        rows.append(["备注", doc.old_remarks or "—", doc.new_remarks or "—"])
    story.append(kit.gap(0.3))
    story.append(grid(kit, ["项目", "更正前", "更正后"], rows, [0.18, 0.41, 0.41],
                      styles=["cellc", "cell", "cell"]))
    story.append(kit.gap(0.3))
    story.append(kit.para(f"更正理由：{doc.reason}"))
    story.append(kit.para(f"批准人：{doc.approved_by}　　批准日期：{cn_date(doc.approved_on)}"))
    story.append(kit.para("原公示内容同时保留，以本更正说明为准。特此说明。"))
    kit.sign_off(story, doc.head.org_name, doc.head.issued_on)
    spec = PageSpec(title=f"检查结果更正说明 {doc.head.doc_number}".strip(), author=doc.head.org_name,
                    created=doc.head.issued_on,
                    rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)


def render_review_feedback(doc: ReviewFeedbackDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """复核结果反馈 to the party that objected to its published result."""
    kit = Kit(fonts, public=True)
    task = doc.task
    story: list[Flowable] = [*kit.title("异议复核结果反馈书", doc.head.doc_number)]
    story.append(kit.para(f"{doc.target_name}：", "flush"))
    story.append(kit.para(f"你单位于{cn_date(doc.received_on)}对本机关公示的“{task.name}”（任务编号：{task.number}）"
                          "检查结果提出的异议收悉。本机关依法进行了复核，现将复核结果反馈如下："))
    story += kit.heading("一、异议内容")
    story.append(kit.para(doc.content or "（无）"))
    story += kit.heading("二、复核情况")
    reviewed = f"本机关于{cn_date(doc.reviewed_on)}完成复核。" if doc.reviewed_on else ""
    story.append(kit.para(f"{reviewed}{doc.review_note}"))
    story += kit.heading("三、复核结论")
    if doc.outcome == "更正":
        story.append(kit.para(f"对原检查结果予以更正，更正后的检查结果为：{doc.new_result or '（见更正说明）'}。"
                              "更正结果已在原公示渠道予以公示。"))
    else:
        story.append(kit.para("经复核，原检查结果认定事实清楚，维持原检查结果。"))
    review_org = doc.review_org or "本机关的上一级主管部门或者同级人民政府"
    court = doc.court or "人民法院"
    story.append(kit.para(f"如对本复核结果不服，可以在收到本反馈书之日起六十日内向{review_org}申请行政复议，"
                          f"或者在六个月内依法向{court}提起行政诉讼。"))
    kit.sign_off(story, doc.head.org_name, doc.head.issued_on)
    spec = PageSpec(title=f"异议复核结果反馈书 {doc.head.doc_number}".strip(), author=doc.head.org_name,
                    created=doc.head.issued_on,
                    rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)
