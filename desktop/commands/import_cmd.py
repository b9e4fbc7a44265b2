"""`shuangsuiji import` and `shuangsuiji export`: rosters and the item list from and to Excel/CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import domain_error_text, fail, open_db
from desktop.core.errors import DomainError
from desktop.core.i18n import tr
from desktop.core.roster_fields import KIND_LABELS, KINDS
from desktop.services import roster_export, roster_import
from desktop.services.context import SYSTEM

EXIT_FILE_ERRORS = 2
MAX_PRINTED = 200  # more findings than this are summarised; the error report has them all


class _PrintProgress:
    """Prints a line at every tenth of the work so a long import shows it is alive."""

    def __init__(self) -> None:
        self._shown = -1

    def report(self, done: int, total: int, text: str = "") -> None:
        tenth = done * 10 // max(total, 1)
        if tenth != self._shown:
            self._shown = tenth
            print(f"  {text} {done}/{total}")

    def cancelled(self) -> bool:
        return False


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add the `import` and `export` commands."""
    p = sub.add_parser("import", parents=[common], help=tr("cli", "从 Excel/CSV 导入事项清单、检查对象、执法人员或回避关系"))
    p.add_argument("kind", choices=KINDS, help=tr("cli", "items 事项，targets 检查对象，inspectors 执法人员，conflicts 回避关系"))
    p.add_argument("file", type=Path, help=tr("cli", ".xlsx、.xls 或 .csv 文件（UTF-8 或 GBK）"))
    p.add_argument("--dry-run", action="store_true", help=tr("cli", "只检查并显示将要发生的变化，不写入"))
    p.add_argument("--deactivate-missing", action="store_true", help=tr("cli", "停用库中有、文件中没有的记录"))
    p.add_argument("--create-departments", action="store_true", help=tr("cli", "自动新建文件中出现的未知业务所队"))
    p.add_argument("--map", action="append", default=[], metavar="表头=字段",
                   help=tr("cli", "手工对应一列，如 --map 单位代码=统一社会信用代码（可重复）"))
    p.add_argument("--error-report", type=Path, help=tr("cli", "有错误时写出带“错误”列的 xlsx 报告"))
    p.set_defaults(handler=run_import)
    e = sub.add_parser("export", parents=[common], help=tr("cli", "按导入模板导出到 Excel"))
    e.add_argument("kind", choices=KINDS)
    e.add_argument("file", type=Path, help=tr("cli", "输出的 .xlsx 文件"))
    e.add_argument("--reveal", action="store_true", help=tr("cli", "导出完整身份证号和电话（记入审计日志）"))
    e.set_defaults(handler=run_export)


def _mapping(pairs: list[str]) -> dict[str, str] | None:
    out = {}
    for pair in pairs:
        heading, sep, target = pair.partition("=")
        if not sep or not heading.strip() or not target.strip():
            raise DomainError("import_bad_mapping", value=pair)
        out[heading.strip()] = target.strip()
    return out or None


def run_import(args: argparse.Namespace) -> int:
    """Check the file; print its errors (exit 2) or the preview, then apply unless --dry-run."""
    database = open_db(args.db)
    try:
        with database.write() as session:
            checked = roster_import.check_file(session, args.kind, args.file, mapping=_mapping(args.map),
                                               create_departments=args.create_departments)
            if not checked.ok:
                _print_errors(checked, args.error_report)
                return EXIT_FILE_ERRORS
            preview = roster_import.preview(session, checked, create_departments=args.create_departments)
            _print_preview(preview, args.deactivate_missing)
            if args.dry_run:
                print(tr("cli", "试运行：未写入任何数据。"))  # check_file and preview never write
                return 0
            result = roster_import.apply(session, SYSTEM, checked, deactivate_missing=args.deactivate_missing,
                                         create_departments=args.create_departments, progress=_PrintProgress())
    except DomainError as err:
        return fail(domain_error_text(err))
    finally:
        database.dispose()
    print(tr("cli", "导入完成：新增 {0}，更新 {1}，停用 {2}。").format(result.new, result.changed, result.deactivated))
    return 0


def _print_errors(checked: roster_import.CheckedFile, report: Path | None) -> None:
    texts = checked.error_texts()
    print(tr("cli", "文件「{0}」有 {1} 处错误，未导入任何数据：").format(checked.file_name, len(texts)), file=sys.stderr)
    for text in texts[:MAX_PRINTED]:
        print("  " + text, file=sys.stderr)
    if len(texts) > MAX_PRINTED:
        print(tr("cli", "  ……另有 {0} 处错误").format(len(texts) - MAX_PRINTED), file=sys.stderr)
    if report is not None:
        roster_import.write_error_report(checked, report)
        print(tr("cli", "错误报告：{0}").format(report), file=sys.stderr)


def _print_preview(preview: roster_import.ImportPreview, deactivate: bool) -> None:
    print(tr("cli", "{0}：文件 {1} 行；新增 {2}，变更 {3}，文件中没有的 {4}{5}。").format(
        KIND_LABELS[preview.kind], preview.rows, len(preview.new), len(preview.changed), len(preview.missing),
        tr("cli", "（将停用）") if deactivate and preview.missing else ""))
    for row in preview.changed[:20]:
        details = "；".join(f"{c.column}：{c.old} → {c.new}" for c in row.changes)
        print(f"  {row.key} {row.label}：{details}")
    if len(preview.changed) > 20:
        print(tr("cli", "  ……另有 {0} 行变更").format(len(preview.changed) - 20))
    if preview.new_departments:
        print(tr("cli", "将新建业务所队：") + "、".join(preview.new_departments))
    if preview.ignored_columns:
        print(tr("cli", "未使用的列：") + "、".join(preview.ignored_columns))
    for text in preview.warnings[:MAX_PRINTED]:
        print(tr("cli", "  提示：") + text)


def run_export(args: argparse.Namespace) -> int:
    """Write the active rows in the import template."""
    database = open_db(args.db)
    try:
        with database.write() as session:
            count = roster_export.export_file(session, SYSTEM, args.kind, args.file, reveal=args.reveal)
    except DomainError as err:
        return fail(domain_error_text(err))
    finally:
        database.dispose()
    print(tr("cli", "已导出 {0} 行到 {1}").format(count, args.file))
    return 0
