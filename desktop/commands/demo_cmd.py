"""`shuangsuiji demo`: load the demo bureau into a database."""

from __future__ import annotations

import argparse

from desktop.commands.common import domain_error_text, fail, open_db
from desktop.core.errors import DomainError
from desktop.core.i18n import tr
from desktop.services.context import SYSTEM


class _PrintProgress:
    """Prints one line per reported step, so long loads show they are alive."""

    def __init__(self) -> None:
        self._last = ""

    def report(self, done: int, total: int, text: str = "") -> None:
        if text and text != self._last:
            print(f"  {text}")
            self._last = text

    def cancelled(self) -> bool:
        return False


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    """Add the `demo` command."""
    p = sub.add_parser("demo", parents=[common], help=tr("cli", "载入演示单位数据"))
    p.add_argument("--profile", default="xianning",
                   help=tr("cli", "规则配置预设：xianning, weihai, quzhou, yangcheng, luohe"))
    p.add_argument("--size", choices=["small", "large"], default="small",
                   help=tr("cli", "small：约600个检查对象；large：100000个检查对象、2000名执法人员"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Load the demo bureau and print what was created."""
    from desktop.services import demo  # the generator's data tables load only when needed

    database = open_db(args.db)
    try:
        with database.write() as session:
            summary = demo.load_demo(session, SYSTEM, profile=args.profile, size=args.size,
                                     progress=_PrintProgress())
    except DomainError as err:
        return fail(domain_error_text(err))
    finally:
        database.dispose()
    print(tr("cli", "已载入演示单位：") + summary.org_name)
    print(tr("cli", "事项 {0}，检查对象 {1}，执法人员 {2}，回避关系 {3}，待抽取任务 {4}").format(
        summary.items, summary.targets, summary.inspectors, summary.conflicts,
        len(summary.ready_task_numbers)))
    for username, password, label in summary.accounts:
        print(tr("cli", "  账号 {0} / 密码 {1}（{2}）").format(username, password, label))
    return 0
