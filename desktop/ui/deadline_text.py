"""Wording of working-day deadlines shared by the review page and the 首页 deadline panel."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.services.calendar import load_calendar, try_workdays_between
from desktop.ui.i18n import tr

_CTX = "Deadlines"


def days_left(session: Session, today: date, due: date | None) -> tuple[int | None, str]:
    """Working days from `today` to `due` (negative when overdue), or (None, note) without a calendar."""
    if due is None:
        return None, ""
    return try_workdays_between(load_calendar(session), today, due)


def remaining_text(days: int | None, note: str = "", *, overdue: bool = False) -> str:
    """剩余N个工作日 / 今天到期 / 已逾期N个工作日 / why it cannot be computed."""
    if days is None:
        return note or tr(_CTX, "无法计算（缺少节假日安排）")
    if days < 0 or overdue:
        return tr(_CTX, "已逾期{n}个工作日").format(n=max(-days, 1))
    if days == 0:
        return tr(_CTX, "今天到期")
    return tr(_CTX, "剩余{n}个工作日").format(n=days)
