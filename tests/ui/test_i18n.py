"""Error codes map to Chinese text; every code raised in core and services has a message."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.errors import DomainError
from desktop.ui.i18n import error_text, exception_text, known_codes

ROOT = Path(__file__).resolve().parents[2]
_RAISED = re.compile(r'DomainError\(\s*"([a-z0-9_]+)"')


def test_known_messages_are_filled_in() -> None:
    assert error_text(DomainError("login_failed")) == "用户名或密码错误"
    assert error_text(DomainError("account_locked", until="10:15")) == "账户已锁定，请于10:15后重试"
    assert error_text(DomainError("password_too_short", min=8)) == "密码长度不得少于8位"
    assert "2027" in error_text(DomainError("calendar_year_unknown", year=2027))


def test_unknown_code_and_missing_params_degrade_gracefully() -> None:
    assert error_text(DomainError("no_such_code", x=1)) == "操作失败：no_such_code"
    assert error_text(DomainError("account_locked")) == "账户已锁定，请于{until}后重试"
    assert exception_text(ValueError("boom")) == "发生意外错误：boom"


def test_every_raised_code_has_a_message() -> None:
    raised: set[str] = set()
    for folder in ("desktop/core", "desktop/services", "db"):
        for path in (ROOT / folder).rglob("*.py"):
            raised.update(_RAISED.findall(path.read_text(encoding="utf-8")))
    missing = sorted(raised - known_codes())
    assert not missing, f"add messages for {missing} to desktop/core/error_messages.py"
