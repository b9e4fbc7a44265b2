"""Chinese wording of rule-profile fields and values, shared by the wizard and the settings dialog."""

from __future__ import annotations

import html

from desktop.core import profiles
from desktop.ui.i18n import tr

_CTX = "RuleProfile"


def field_labels() -> dict[str, str]:
    """Labels of the profile fields the settings form edits (numbers, switches and choices)."""
    return {
        "max_draws_per_year": tr(_CTX, "同一对象每年最多被抽取次数"),
        "skip_passed_same_item": tr(_CTX, "本年同一事项已检查合格的对象不再抽取"),
        "other_unit_policy": tr(_CTX, "其他单位本年已检查的对象"),
        "require_risk_strata": tr(_CTX, "按风险等级分层抽取"),
        "quota_base": tr(_CTX, "抽查比例的计算基数"),
        "rounding": tr(_CTX, "抽取数量取整方式"),
        "min_team_size": tr(_CTX, "检查组最少人数"),
        "leader_from_initiating": tr(_CTX, "联合抽查组长来自发起部门"),
        "max_load": tr(_CTX, "每人每次任务最多检查对象数"),
        "show_licence": tr(_CTX, "文书中显示执法证号"),
        "replacement_needs_approval": tr(_CTX, "更换检查人员须审批"),
        "replacement_mode": tr(_CTX, "更换检查人员的方式"),
        "recusal_swap_allowed": tr(_CTX, "回避时允许组内调换"),
        "publish_anchor": tr(_CTX, "结果公示时限的起算点"),
        "publish_days": tr(_CTX, "结果公示时限（工作日）"),
        "normal_result_days": tr(_CTX, "未发现问题结果公示时限（工作日）"),
        "report_days": tr(_CTX, "检查报告时限（工作日）"),
        "feedback_publish_days": tr(_CTX, "反馈并公示时限（工作日）"),
        "comment_days": tr(_CTX, "检查对象陈述意见时限（工作日）"),
        "objection_review_days": tr(_CTX, "异议复核时限（工作日）"),
        "objection_feedback_days": tr(_CTX, "复核结果反馈时限（工作日）"),
        "correction_needs_principal": tr(_CTX, "更正公示结果须主要负责人签批"),
        "min_joint_tasks_per_year": tr(_CTX, "每年至少联合抽查次数"),
        "plan_covers_all_items": tr(_CTX, "年度计划须覆盖全部抽查事项"),
        "retention_years": tr(_CTX, "档案保存年限"),
        "doc_number_pad": tr(_CTX, "文号序号补零位数"),
    }


def choice_labels() -> dict[str, str]:
    """Labels of the values of the choice fields."""
    return {
        "none": tr(_CTX, "不作处理"),
        "exclude": tr(_CTX, "排除"),
        "merge": tr(_CTX, "合并为联合检查"),
        "all": tr(_CTX, "全部对象"),
        "eligible": tr(_CTX, "符合条件的对象"),
        "ceil": tr(_CTX, "向上取整"),
        "half_up": tr(_CTX, "四舍五入"),
        "redraw": tr(_CTX, "审批后随机重抽"),
        "manual": tr(_CTX, "审批后指定人员"),
        "task_end": tr(_CTX, "任务结束之日"),
        "inspection": tr(_CTX, "检查之日"),
        "report": tr(_CTX, "检查报告之日"),
    }


def optional_none_text(field: str) -> str:
    """What 'no value' means for an optional number."""
    if field == "max_draws_per_year":
        return tr(_CTX, "不限")
    if field == "retention_years":
        return tr(_CTX, "按档案管理规定")
    return tr(_CTX, "无要求")


def _yes_no(value: bool) -> str:
    return tr(_CTX, "是") if value else tr(_CTX, "否")


def _days(value: int | None) -> str:
    return tr(_CTX, "无要求") if value is None else tr(_CTX, "{n}个工作日").format(n=value)


def profile_summary_html(p: profiles.RuleProfile) -> str:
    """The main values of a rule profile as a small HTML table."""
    if p.publish_anchor == "none":
        publish = tr(_CTX, "及时公示")
    else:
        days = p.publish_days if p.publish_days is not None else p.normal_result_days
        publish = tr(_CTX, "{anchor}起{days}").format(anchor=choice_labels()[p.publish_anchor], days=_days(days))
    rows = [
        (tr(_CTX, "同一对象每年最多被抽取"),
         optional_none_text("max_draws_per_year") if p.max_draws_per_year is None
         else tr(_CTX, "{n}次").format(n=p.max_draws_per_year)),
        (tr(_CTX, "检查组最少人数"), str(p.min_team_size)),
        (tr(_CTX, "联合抽查组长来自发起部门"), _yes_no(p.leader_from_initiating)),
        (tr(_CTX, "更换检查人员"), choice_labels()[p.replacement_mode]),
        (tr(_CTX, "结果公示时限"), publish),
        (tr(_CTX, "异议复核时限"), _days(p.objection_review_days)),
        (tr(_CTX, "更正须主要负责人签批"), _yes_no(p.correction_needs_principal)),
        (tr(_CTX, "档案保存年限"), optional_none_text("retention_years") if p.retention_years is None
         else tr(_CTX, "{n}年").format(n=p.retention_years)),
        (tr(_CTX, "每年至少联合抽查"), tr(_CTX, "{n}次").format(n=p.min_joint_tasks_per_year)),
    ]
    body = "".join(f"<tr><td>{html.escape(k)}</td><td><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
    source = html.escape(tr(_CTX, "依据：{source}").format(source=p.source))
    return f"<p>{source}</p><table cellspacing='4'>{body}</table>"
