"""resolve_url: default file, plain paths, URLs passed through, PostgreSQL driver rewrite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db.engine import Database, default_sqlite_path, open_database, resolve_url, sqlite_file_path


def test_default_is_sqlite_file_in_user_data_dir() -> None:
    path = default_sqlite_path()
    assert path.name == "shuangsuiji.sqlite3"
    assert "shuangsuiji" in path.parent.parts[-1] or "shuangsuiji" in str(path.parent)
    assert resolve_url(None) == f"sqlite:///{os.path.abspath(path)}"
    assert resolve_url("  ") == resolve_url(None)


def test_plain_path_becomes_absolute_sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_url("data/work.sqlite3") == f"sqlite:///{tmp_path / 'data' / 'work.sqlite3'}"
    assert resolve_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_url("~/b.db") == f"sqlite:///{tmp_path / 'b.db'}"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///relative.db", "sqlite:///relative.db"),
        ("sqlite:////abs/file.db", "sqlite:////abs/file.db"),
        ("sqlite://", "sqlite://"),
        ("postgresql://u:p@db.local:5432/ss", "postgresql+psycopg://u:p@db.local:5432/ss"),
        ("postgres://u@db.local/ss", "postgresql+psycopg://u@db.local/ss"),
        ("postgresql+psycopg://u@h/ss", "postgresql+psycopg://u@h/ss"),
        (" postgresql://h/ss ", "postgresql+psycopg://h/ss"),
    ],
)
def test_urls(given: str, expected: str) -> None:
    assert resolve_url(given) == expected


def test_sqlite_file_path() -> None:
    assert sqlite_file_path("sqlite:////data/x.sqlite3") == Path("/data/x.sqlite3")
    assert sqlite_file_path("sqlite://") is None
    assert sqlite_file_path("sqlite:///:memory:") is None
    assert sqlite_file_path("postgresql+psycopg://h/db") is None


def test_describe_never_shows_the_password(tmp_path: Path) -> None:
    pg = Database("postgresql+psycopg://clerk:s3cret@db.office.local:5433/shuangsuiji")
    assert pg.describe() == "PostgreSQL: db.office.local:5433/shuangsuiji"
    assert "s3cret" not in pg.describe() and "s3cret" not in repr(pg)
    assert Database(resolve_url("postgres://clerk:pw@srv/ss")).describe() == "PostgreSQL: srv/ss"
    lite = Database(resolve_url(str(tmp_path / "x.sqlite3")))
    assert lite.describe() == f"SQLite: {tmp_path / 'x.sqlite3'}"
    assert lite.dialect == "sqlite" and pg.dialect == "postgresql"
    pg.dispose()
    lite.dispose()


def test_awkward_folder_names_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "数据 库%20#?x"
    url = resolve_url(str(folder / "a.sqlite3"))
    assert sqlite_file_path(url) == folder / "a.sqlite3"
    assert "数据 库" in url  # readable, not percent-encoded
    database = open_database(str(folder / "a.sqlite3"))
    database.dispose()
    assert (folder / "a.sqlite3").is_file()
