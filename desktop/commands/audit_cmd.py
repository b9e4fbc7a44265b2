"""`shuangsuiji audit verify`: check the audit log's hash chain."""

from __future__ import annotations

import argparse

from desktop.commands.common import open_db
from desktop.core.i18n import tr
from desktop.services import audit


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add `audit verify`."""
    p = sub.add_parser("audit", help=tr("cli", "审计日志"))
    asub = p.add_subparsers(dest="audit_command", required=True)
    v = asub.add_parser("verify", parents=[common], help=tr("cli", "校验审计日志哈希链"))
    v.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the chain is intact, 1 naming the first broken event otherwise."""
    database = open_db(args.db)
    try:
        with database.read() as session:
            report = audit.verify_chain(session)
    finally:
        database.dispose()
    if report.ok:
        print(tr("cli", "审计日志完整：共 {0} 条事件，哈希链校验通过。").format(report.count))
        return 0
    print(tr("cli", "审计日志被篡改：第 {0} 号事件校验失败（{1}）。").format(report.broken_seq, report.reason))
    return 1
