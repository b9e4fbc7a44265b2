"""Error code → Chinese message table, shared by the GUI and the command line (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import tr as _translate  # aliased: the catalog tool reads only literal calls

_CONTEXT = "errors"


def _t(text: str) -> str:
    return _translate(_CONTEXT, text)


# Each entry is evaluated when the message is shown, so a language switch applies at once.
# Literal strings inside _t() keep the table visible to pyside6-lupdate.
_MESSAGES: dict[str, Callable[[], str]] = {
    # login and users
    "login_failed": lambda: _t("用户名或密码错误"),
    "account_locked": lambda: _t("账户已锁定，请于{until}后重试"),
    "forbidden": lambda: _t("当前用户无权执行此操作"),
    "unknown_action": lambda: _t("未知的操作：{action}"),
    "password_too_short": lambda: _t("密码长度不得少于{min}位"),
    "passwords_differ": lambda: _t("两次输入的密码不一致"),
    "user_exists": lambda: _t("用户名“{username}”已存在"),
    "user_fields_required": lambda: _t("请填写用户名和姓名"),
    "user_roles_invalid": lambda: _t("用户角色无效：{roles}"),
    # first start and organization
    "org_fields_required": lambda: _t("请填写机关名称和机关代字"),
    "departments_required": lambda: _t("请至少添加一个部门"),
    "department_duplicate": lambda: _t("部门名称不能重复"),
    "already_set_up": lambda: _t("系统已完成初始化，不能重复执行首次启动向导"),
    "demo_not_empty": lambda: _t("数据库中已有名录数据，不能再载入演示数据"),
    "demo_size_unknown": lambda: _t("未知的演示数据规模：{size}"),
    # rule profiles
    "profile_unknown": lambda: _t("未知的规则配置：{key}"),
    "profile_unknown_preset": lambda: _t("未知的规则预设：{preset}"),
    "profile_unknown_key": lambda: _t("规则配置中有未知的项目：{key}"),
    "profile_invalid": lambda: _t("规则配置项“{field}”的取值无效：{value}"),
    "profile_version": lambda: _t("规则配置的格式版本不受支持：{version}"),
    # working-day calendar
    "calendar_year_unknown": lambda: _t("缺少{year}年的节假日安排，请在“系统设置—节假日”中补充"),
    "calendar_import_empty": lambda: _t("节假日文件中没有任何日期"),
    "calendar_import_invalid": lambda: _t("节假日文件格式有误：{errors}"),
    "calendar_schedule_year": lambda: _t("日期{date}不属于{year}年"),
    "calendar_schedule_conflict": lambda: _t("日期{date}同时被设为工作日和休息日"),
    "holiday_override_exists": lambda: _t("{date}已有节假日设置，请先删除原设置"),
    "holiday_override_missing": lambda: _t("{date}没有节假日设置"),
    "holiday_note_too_long": lambda: _t("备注不得超过{max}个字"),
    # document numbers
    "doc_number_invalid": lambda: _t("文号无效"),
    "doc_number_unparsable": lambda: _t("无法识别的文号：{text}"),
    # browsing
    "browse_kind_unknown": lambda: _t("未知的数据类别：{kind}"),
    "browse_column_unknown": lambda: _t("未知的数据列：{column}"),
    # rosters and the item list
    "item_not_found": lambda: _t("找不到抽查事项：{item_id}"),
    "roster_unknown_field": lambda: _t("未知的字段：{field}"),
    "roster_required": lambda: _t("请填写“{field}”"),
    "roster_duplicate": lambda: _t("{field}“{value}”已存在"),
    "roster_duplicate_inactive": lambda: _t("{field}“{value}”已存在（已停用），请在名录中恢复启用该记录"),
    "roster_invalid": lambda: _t("“{field}”填写有误：{message}"),
    "roster_not_found": lambda: _t("找不到该记录（{kind} {id}），可能已被他人修改"),
    "roster_unknown_department": lambda: _t("部门“{name}”不存在，请先在系统设置中添加"),
    "roster_unknown_kind": lambda: _t("未知的名录类别：{kind}"),
    # roster import
    "import_unsupported_type": lambda: _t("不支持的文件类型：{suffix}（请使用 Excel 或 CSV 文件）"),
    "import_unreadable": lambda: _t("无法读取文件{file}：{reason}"),
    "import_encoding": lambda: _t("无法识别 CSV 文件的编码（已尝试：{encodings}）"),
    "import_unknown_kind": lambda: _t("未知的导入类别：{kind}"),
    "import_has_errors": lambda: _t("文件{file}中有{count}处错误，未导入任何数据，请按错误报告修改后重新导入"),
    "import_unknown_department": lambda: _t("部门“{name}”不存在，请先在系统设置中添加"),
    "import_masked_value": lambda: _t("“{key}”的{field}是打码后的值，不能导入"),
    "import_unknown_reference": lambda: _t("回避关系引用了不存在的人员{staff_no}或检查对象{target}"),
    # annual plans
    "plan_not_found": lambda: _t("找不到{year}年度抽查计划"),
    "plan_published": lambda: _t("{year}年度抽查计划已公布，只能通过“计划调整”修改"),
    "plan_uncovered_items": lambda: _t("以下抽查事项未列入年度计划，也未说明原因：{items}"),
    "plan_entry_not_found": lambda: _t("找不到计划条目：{entry}"),
    "plan_entry_incomplete": lambda: _t("计划第{entry}条内容不完整"),
    "plan_entry_window": lambda: _t("计划第{entry}条的时间范围无效"),
    "plan_entry_quota": lambda: _t("计划第{entry}条的抽查比例或数量无效"),
    "plan_entry_frequency": lambda: _t("计划第{entry}条的抽查频次无效"),
    # tasks
    "org_missing": lambda: _t("尚未设置机关信息，请先在“系统设置”中填写"),
    "task_not_found": lambda: _t("找不到抽查任务：{task}"),
    "task_not_ready": lambda: _t("抽查任务{task}当前状态为“{state}”，不能摇号"),
    "task_name_required": lambda: _t("请填写任务名称"),
    "task_window_invalid": lambda: _t("任务起止日期无效：结束日期不能早于开始日期"),
    "task_items_required": lambda: _t("请至少选择一个抽查事项"),
    "task_item_inactive": lambda: _t("所选抽查事项已停用"),
    "task_quota_required": lambda: _t("请至少为一个风险等级设置抽查比例或数量"),
    "task_quota_invalid": lambda: _t("风险等级{risk_class}的抽查比例或数量无效"),
    "task_rounding_invalid": lambda: _t("取整方式无效"),
    "team_too_small": lambda: _t("检查组人数不得少于{minimum}人"),
    "joint_departments_required": lambda: _t("联合抽查须选择发起部门和参与部门"),
    # draws
    "draw_not_found": lambda: _t("找不到摇号记录：{draw}"),
    "draw_wrong_state": lambda: _t("摇号记录当前状态为“{state}”，不能执行此操作"),
    "draw_attempt_open": lambda: _t("该任务还有一次未完成的摇号（{draw}），请先完成或放弃"),
    "draw_empty_pool": lambda: _t("任务{task}没有符合条件的检查对象"),
    "draw_infeasible": lambda: _t("任务{task}可能无法配齐检查组（共{count}处，例如检查对象{target}的{role}角色无人可派），请补充人员或调整任务后再抽取"),
    "draw_cap_exceeded": lambda: _t("{count}个检查对象本年已被抽取{cap}次，超过上限：{targets}"),
    "draw_not_locked": lambda: _t("摇号结果尚未锁定"),
    "replacement_fields_required": lambda: _t("请填写更换原因和审批人"),
    "replacement_failed": lambda: _t("检查对象{target}无法完成人员更换"),
    "replacement_entropy_or_choice": lambda: _t("人员更换只能随机抽取或由审批人指定，二者选一"),
    "replacement_not_on_team": lambda: _t("检查人员 {inspector} 已不在检查对象 {target} 的检查组中（可能已由他人更换），请刷新后重试"),
    "witnesses_required": lambda: _t("请至少登记一名见证人"),
    "witness_name_required": lambda: _t("请填写第{seat}位见证人的姓名"),
    "witness_digits_invalid": lambda: _t("第{seat}位见证人输入的数字无效"),
    "reason_required": lambda: _t("请填写原因"),
    # the SR1 draw
    "sr1_bad_secret": lambda: _t("摇号密钥长度错误"),
    "sr1_bad_digits": lambda: _t("见证人输入的数字无效：{digits}"),
    "sr1_no_witness": lambda: _t("至少需要一名见证人输入数字"),
    "sr1_no_inspector": lambda: _t("没有符合条件的检查人员可分配给检查对象{target}"),
    "sr1_not_canonical": lambda: _t("摇号数据文件{file}第{line}行格式不规范：{reason}"),
    "sr1_bad_event": lambda: _t("摇号事件记录第{index}条有误：{reason}"),
    "sr1_missing_file": lambda: _t("摇号数据包缺少文件：{file}"),
    "sr1_not_a_package": lambda: _t("不是有效的摇号数据包：{path}"),
    "sr1_ambiguous_package": lambda: _t("摇号数据包中文件重复：{file}"),
    "sr1_reserved_field": lambda: _t("摇号数据包使用了保留字段：{field}"),
    # working-day calendar: whole years
    "calendar_year_not_entered": lambda: _t("{year}年的节假日安排尚未录入，请先导入全年安排"),
    "holiday_source_invalid": lambda: _t("节假日设置来源无效：{source}"),
    # inspection records (检查实施)
    "task_not_drawn": lambda: _t("抽查任务尚未完成摇号锁定，不能开始检查"),
    "task_wrong_state": lambda: _t("抽查任务{task}当前状态为“{state}”，不能执行此操作"),
    "record_not_found": lambda: _t("找不到检查记录：{record}"),
    "record_wrong_state": lambda: _t("检查记录当前状态为“{label}”，不能执行此操作"),
    "notice_reason_required": lambda: _t("未送达检查告知书的，请填写原因"),
    "record_method_invalid": lambda: _t("检查方式“{method}”无效"),
    "result_category_invalid": lambda: _t("检查结果“{category}”不在本单位的检查结果类别中"),
    "result_categories_conflict": lambda: _t("“{category}”不能与其他检查结果同时选择"),
    "disposal_invalid": lambda: _t("后续处置“{disposal}”无效"),
    "signature_conflict": lambda: _t("被检查对象不能既签字又拒绝签字"),
    "refusal_note_required": lambda: _t("被检查对象拒绝签字的，须由检查人员签字说明情况"),
    "transfer_authority_required": lambda: _t("选择“移送”的，请填写接收移送的机关"),
    "check_point_invalid": lambda: _t("检查内容不属于本任务的抽查事项"),
    "check_point_duplicate": lambda: _t("同一检查内容填写了两次"),
    "inspection_before_window": lambda: _t("检查日期不能早于任务开始日期{start}"),
    "inspection_date_required": lambda: _t("请填写检查日期"),
    "result_category_required": lambda: _t("请至少选择一项检查结果"),
    "check_point_unanswered": lambda: _t("第{seq}项检查内容（{content}）尚未填写是否规范"),
    "finding_text_required": lambda: _t("第{seq}项检查内容（{content}）不规范，请填写发现的问题"),
    "signature_required": lambda: _t("请登记被检查对象签字或拒绝签字的情况"),
    "confirmations_missing": lambda: _t("检查组成员尚未全部签字确认：{names}"),
    "not_team_member": lambda: _t("该人员不是本检查对象的检查组成员"),
    "report_before_inspection": lambda: _t("检查报告日期不能早于检查日期{inspection}"),
    "review_own_record": lambda: _t("不能审核本人录入的检查记录"),
    "return_opinion_required": lambda: _t("退回时请填写审核意见"),
    "attachment_name_required": lambda: _t("请提供附件文件名"),
    "attachment_empty": lambda: _t("附件是空文件"),
    "attachment_too_large": lambda: _t("附件超过{limit_mb}MB的上限"),
    "attachment_not_found": lambda: _t("找不到附件：{attachment}"),
    "attachment_corrupt": lambda: _t("附件{attachment}的内容与登记的SHA-256不符，可能已损坏或被篡改"),
    "rectification_deadline_invalid": lambda: _t("整改期限须晚于通知书签发日期{issued}"),
    "rectification_fields_required": lambda: _t("请填写违法事实和整改要求"),
    "rectification_not_found": lambda: _t("找不到整改通知书：{notice}"),
    "rectification_already_completed": lambda: _t("该整改已于{completed_on}完结"),
    "rectification_completed_before_issue": lambda: _t("完结日期不能早于通知书签发日期{issued}"),
    "rectification_verification_required": lambda: _t("请填写整改完成情况的核查方式"),
    # publication, corrections, objections (结果公示)
    "already_published": lambda: _t("抽查任务{task}的检查结果已经公示，不能重复公示"),
    "publication_no_records": lambda: _t("抽查任务{task}没有检查记录"),
    "records_not_approved": lambda: _t("还有{count}条检查记录未审核通过：{targets}"),
    "published_before_inspection": lambda: _t("公示日期不能早于检查日期{inspection}"),
    "result_not_found": lambda: _t("找不到公示结果：{result}"),
    "result_not_published": lambda: _t("该检查记录的结果尚未公示"),
    "result_not_latest": lambda: _t("只能对最新版本（第{latest}版）的公示结果进行操作"),
    "correction_text_required": lambda: _t("请填写更正后的检查结果"),
    "correction_unchanged": lambda: _t("更正后的检查结果与原结果相同"),
    "correction_reason_required": lambda: _t("请填写更正原因"),
    "principal_signoff_required": lambda: _t("更正检查结果须经主要负责人签字确认，请填写负责人姓名"),
    "correction_before_publication": lambda: _t("更正日期不能早于公示日期{published_on}"),
    "objection_not_found": lambda: _t("找不到异议申请：{objection}"),
    "objection_content_required": lambda: _t("请填写异议内容"),
    "objection_before_publication": lambda: _t("收到异议的日期不能早于公示日期{published_on}"),
    "objection_already_decided": lambda: _t("该异议已作出复核决定"),
    "objection_outcome_invalid": lambda: _t("复核结论无效：{outcome}"),
    "objection_not_decided": lambda: _t("该异议尚未复核，不能反馈"),
    "objection_feedback_done": lambda: _t("复核结果已于{feedback_on}反馈"),
    "review_before_receipt": lambda: _t("复核日期不能早于收到异议的日期{received_on}"),
    "review_note_required": lambda: _t("请填写复核意见"),
    "feedback_before_review": lambda: _t("反馈日期不能早于复核日期{reviewed_on}"),
    # backups and restore
    "backup_not_found": lambda: _t("找不到备份文件：{file}"),
    "backup_checksum": lambda: _t("备份文件{file}的内容与备份时记录的校验值不符，可能已损坏，不能用于恢复"),
    "backup_corrupt": lambda: _t("备份文件{file}已损坏，不能用于恢复（{detail}）"),
    "backup_not_ours": lambda: _t("文件{file}不是本程序的数据库备份"),
    "backup_too_new": lambda: _t("备份文件{file}由更新版本的程序创建（结构版本{revision}），请先升级程序"),
    "backup_audit_broken": lambda: _t("备份文件{file}中的审计日志在第{seq}条记录处不一致，不能用于恢复"),
    "backup_sqlite_only": lambda: _t("此操作只适用于本机 SQLite 数据库"),
    "backup_postgresql_only": lambda: _t("此操作只适用于 PostgreSQL 数据库"),
    "backup_keep_invalid": lambda: _t("保留份数须在1到{max}之间"),
    "backup_interval_invalid": lambda: _t("自动备份间隔无效：{hours}小时"),
    "pg_dump_missing": lambda: _t("未找到 pg_dump 程序，请安装 PostgreSQL 客户端工具"),
    "pg_dump_failed": lambda: _t("pg_dump 备份失败：{detail}"),
    # printed documents (文书)
    "items_empty": lambda: _t("抽查事项清单为空，无可打印的事项"),
    "notice_not_required": lambda: _t("任务{task}的抽查事项均无需事先告知，不出具检查告知书"),
    "target_not_drawn": lambda: _t("该检查对象不在任务{task}的抽取名单中"),
    "target_not_found": lambda: _t("找不到检查对象：{target}"),
    "task_required": lambda: _t("请指定抽查任务"),
    "record_not_entered": lambda: _t("检查对象{target}的抽查情况记录尚未录入"),
    "record_not_submitted": lambda: _t("该检查对象的抽查情况记录尚未提交，不能出具检查报告"),
    "sheet_mode_invalid": lambda: _t("记录表类型无效：{mode}"),
    "publication_not_found": lambda: _t("该抽查任务的检查结果尚未公示"),
    "correction_not_found": lambda: _t("找不到检查结果更正记录"),
    # archive and retention (归档、保存期限)
    "archive_exists": lambda: _t("{path}已存在且不为空，请选择新的文件夹或文件名"),
    "archive_not_found": lambda: _t("{path}不是归档包文件夹或 .zip 文件"),
    "retention_locked": lambda: _t("记录在保存期限内（至{until}），其附件不能删除"),
    "retention_published": lambda: _t("检查结果已公示，记录及其附件作为档案保存，不能删除"),
    "retention_unlimited": lambda: _t("按档案管理规定保存，记录及其附件不能删除"),
    "document_kind_unknown": lambda: _t("未知的文书种类：{kind}"),
    # database and long jobs
    "database_unreachable": lambda: _t("无法连接数据库：{detail}"),
    "database_location": lambda: _t("数据库位置不可用：{detail}"),
    "cancelled": lambda: _t("操作已取消"),
}


class _Params(dict[str, Any]):
    """Format parameters that leave unknown placeholders visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format_value(value: Any) -> str:
    if isinstance(value, list | tuple | set | frozenset):
        return "；".join(str(v) for v in value)
    return str(value)


def known_codes() -> frozenset[str]:
    """The error codes with a dedicated message (for tests and the translation check)."""
    return frozenset(_MESSAGES)


def message_for(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The Chinese message of an error code with its parameters filled in."""
    template = _MESSAGES.get(code)
    values = _Params({k: _format_value(v) for k, v in (params or {}).items()})
    if template is None:
        return _t("操作失败：{code}").format_map(_Params(code=code))
    return template().format_map(values)


def error_text(err: DomainError) -> str:
    """The user-facing text of a DomainError."""
    return message_for(err.code, err.params)
