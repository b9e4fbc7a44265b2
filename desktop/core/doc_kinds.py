"""The numbered document kinds: counter name, 种类字 in the 文号, and the document's title."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ANNOUNCEMENT", "CORRECTION", "DOC_KINDS", "NOTICE", "OBJECTION_FEEDBACK", "RECTIFICATION", "DocKind",
           "kind_code"]

# Counter names: also the `kind` of DocCounter and Document rows, so never rename one.
NOTICE = "notice"  # 检查告知书
ANNOUNCEMENT = "announcement"  # 抽查任务公告
RECTIFICATION = "rectification"  # 责令（限期）整改通知书
CORRECTION = "correction"  # 检查结果更正说明
OBJECTION_FEEDBACK = "objection_feedback"  # 异议复核结果反馈


@dataclass(frozen=True)
class DocKind:
    """A numbered kind: 文号 = 机关代字 + code + 〔YYYY〕 + N + 号 (e.g. 咸公责改字〔2026〕3号)."""

    kind: str
    code: str
    title: str


# The codes follow police practice (X公（治）责改字〔YYYY〕N号, domain notes §6.2); a bureau may
# override them with the `doc_kind_codes` setting.
DOC_KINDS: dict[str, DocKind] = {
    NOTICE: DocKind(NOTICE, "告字", "检查告知书"),
    ANNOUNCEMENT: DocKind(ANNOUNCEMENT, "抽告字", "抽查任务公告"),
    RECTIFICATION: DocKind(RECTIFICATION, "责改字", "责令限期整改通知书"),
    CORRECTION: DocKind(CORRECTION, "更正字", "检查结果更正说明"),
    OBJECTION_FEEDBACK: DocKind(OBJECTION_FEEDBACK, "复核字", "异议复核结果反馈"),
}


def kind_code(kind: str, overrides: dict[str, str] | None = None) -> str:
    """The 种类字 of a kind, the bureau's override first."""
    if overrides and overrides.get(kind):
        return overrides[kind]
    return DOC_KINDS[kind].code
