"""Staff accounts: argon2 hashes, roles, and `gongshi user add`."""

from __future__ import annotations

import io

import pytest

from core.accounts import AccountError, Accounts
from core.db import Database, open_database
from core.settings import load_settings


@pytest.fixture
def accounts(tmp_path):
    return Accounts(Database(path=tmp_path / "a.sqlite3"))


def test_add_and_authenticate(accounts):
    account = accounts.add("li", "handler", "a long password")
    assert accounts.authenticate("li", "a long password") == account
    assert accounts.authenticate("li", "wrong password") is None
    assert accounts.authenticate("nobody", "a long password") is None


@pytest.mark.parametrize(
    ("name", "role", "password", "message"),
    [
        ("li", "king", "a long password", "unknown role"),
        ("li", "clerk", "short", "too short"),
        ("two words", "clerk", "a long password", "invalid user name"),
    ],
)
def test_bad_accounts_are_refused(accounts, name, role, password, message):
    with pytest.raises(AccountError, match=message):
        accounts.add(name, role, password)


def test_duplicate_name_is_refused(accounts):
    accounts.add("li", "clerk", "a long password")
    with pytest.raises(AccountError, match="already exists"):
        accounts.add("li", "admin", "another password")


def test_password_is_not_stored_in_clear(tmp_path):
    db = Database(path=tmp_path / "a.sqlite3")
    Accounts(db).add("li", "clerk", "a long password")
    with db.read() as tx:
        stored = tx.value("SELECT password_hash FROM accounts")
    assert stored.startswith("$argon2id$") and "a long password" not in stored


def test_cli_user_add_reads_the_password_from_stdin(tmp_path, monkeypatch, capsys):
    from gongshi.cli import main

    monkeypatch.setenv("GONGSHI_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert main(["user", "add", "wang", "--role", "handler"]) == 0
    assert "user wang (handler) added" in capsys.readouterr().out
    settings = load_settings(environ={"GONGSHI_DATA_DIR": str(tmp_path / "var")})
    assert Accounts(open_database(settings, "gongshi")).authenticate("wang", "a long password")
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert main(["user", "add", "wang", "--role", "handler"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_serve_refuses_without_a_secret_key(tmp_path, capsys, fixture_output, monkeypatch):
    from gongshi.cli import main

    monkeypatch.setenv("GONGSHI_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("GONGSHI_SECRET_KEY", raising=False)
    assert main(["serve", "--output", str(fixture_output)]) == 1
    err = capsys.readouterr().err
    assert "no secret key" in err and "GONGSHI_SECRET_KEY" in err


def test_demo_generates_a_private_key_file(tmp_path, capsys, fixture_output, monkeypatch):
    import gongshi.cli as cli

    monkeypatch.setenv("GONGSHI_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("GONGSHI_SECRET_KEY", raising=False)
    seen = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(kw))
    monkeypatch.setattr(
        "gongshi.app.create_app", lambda settings: seen.update(key=settings.secret_key)
    )
    assert cli.main(["serve", "--demo", "--output", str(fixture_output)]) == 0
    key_file = tmp_path / "var" / "secret_key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert seen["key"] == key_file.read_text().strip()
    assert "generated a demo key" in capsys.readouterr().err
