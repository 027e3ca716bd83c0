"""Issue 14 item 7: a production set-up lets in no demo data and no demo users, and the CLI
records the operating-system account beside the claimed --user."""

import getpass
from pathlib import Path

import pytest
import yaml
from helpers import make_world, shown
from streamlit.testing.v1 import AppTest

from monitor.access import AccessDenied, audit_log
from monitor.access.production import ProductionSetupError
from monitor.cli import main
from monitor.demo import build_demo
from monitor.runtime import open_runtime
from tests.compute.test_engine import DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]
ADMIN = "users:\n  - {id: admin, name: Beheerder, role: beheerder}\n"
DEMO = ("users:\n  - {id: demo-admin, name: Demo Beheerder, role: beheerder}\n"
        "  - {id: demo-pm, name: Demo PM, role: programmamanager}\n")


def configure(path: Path, environment: str, users_file: str) -> Path:
    cfg = yaml.safe_load((path / "config.yaml").read_text(encoding="utf-8"))
    cfg["access"] = {"environment": environment, "users_file": str(path / users_file)}
    out = path / f"{environment}-{users_file}.config.yaml"
    out.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return out


@pytest.fixture
def world(tmp_path) -> Path:
    make_world(tmp_path, DEFS, ORGS, users=False)
    (tmp_path / "users.yaml").write_text(ADMIN, encoding="utf-8")
    (tmp_path / "users.example.yaml").write_text(DEMO, encoding="utf-8")
    return tmp_path


def cli(config: Path, *args: str) -> list[str]:
    return [*args, "--config", str(config)]


def test_demo_data_is_refused_in_production_cli(world, capsys):
    prod = configure(world, "production", "users.yaml")
    assert main(cli(prod, "demo", "--user", "admin")) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Dit kan niet in productie: demogegevens zijn verzonnen")
    assert "Traceback" not in err
    rt = open_runtime(config_path=prod)
    assert not rt.has_data()
    denied = audit_log(rt.store, action="access.denied")
    assert denied.height == 1 and denied["actor"][0] == "admin"
    assert '"action": "demo.build"' in denied["detail"][0]


def test_demo_data_is_refused_in_production_package(world):
    rt = open_runtime(config_path=configure(world, "production", "users.yaml"))
    with pytest.raises(AccessDenied, match="demogegevens"):
        build_demo(rt.store, rt.context())
    assert not rt.has_data()
    assert audit_log(rt.store, action="access.denied")["actor"].to_list() == ["anonymous"]


def test_an_example_users_file_is_refused_in_production(world, capsys):
    prod = configure(world, "production", "users.example.yaml")
    with pytest.raises(ProductionSetupError) as info:
        open_runtime(config_path=prod)
    assert info.value.message("en").startswith("In production the example file users.example.yaml")
    assert main(cli(prod, "snapshot", "list")) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: In productie wordt het voorbeeldbestand users.example.yaml niet "
                          "geladen")
    # and nothing was loaded from it
    demo = open_runtime(config_path=configure(world, "demo", "users.yaml"))
    assert demo.store.scalar("SELECT count(*) FROM users WHERE id LIKE 'demo-%'") == 0


def test_users_loaded_from_an_example_file_are_refused_in_production(world, capsys):
    open_runtime(config_path=configure(world, "demo", "users.example.yaml"))  # a demo start
    prod = configure(world, "production", "users.yaml")
    with pytest.raises(ProductionSetupError, match="demo-admin, demo-pm"):
        open_runtime(config_path=prod)
    # the repair: the users commands still run; deactivate the demo users
    for uid in ("demo-pm", "demo-admin"):
        assert main(cli(prod, "users", "deactivate", uid, "--reason", "demo", "--user",
                        "admin")) == 0, capsys.readouterr().err
    rt = open_runtime(config_path=prod)
    assert rt.store.scalar("SELECT count(*) FROM users WHERE active") == 1


def test_production_without_users_is_a_clear_message(world):
    (world / "users.yaml").unlink()
    with pytest.raises(ProductionSetupError, match="Er zijn nog geen gebruikers"):
        open_runtime(config_path=configure(world, "production", "users.yaml"))


def test_the_page_says_why_production_does_not_start(world, monkeypatch):
    monkeypatch.setenv("MONITOR_CONFIG", str(configure(world, "production", "users.example.yaml")))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    assert shown(at.error[0].value).startswith("De monitor kan niet starten: In productie wordt het "
                                        "voorbeeldbestand users.example.yaml niet geladen")
    assert not at.button


def test_cli_records_the_operating_system_account(world, capsys, monkeypatch):
    demo = configure(world, "demo", "users.yaml")
    assert main(cli(demo, "snapshot", "create", "--label", "Brief", "--user", "admin")) == 1
    assert main(cli(demo, "users", "add", "jan", "--name", "Jan", "--role", "viewer",
                    "--reason", "nieuw", "--user", "admin")) == 0, capsys.readouterr().err
    rt = open_runtime(config_path=demo)
    log = audit_log(rt.store)
    by_cli = log.filter(log["actor"] == "admin")
    assert set(by_cli["action"]) == {"access.denied", "user.create"}
    assert set(by_cli["os_user"]) == {getpass.getuser()}
    from monitor.access import Role, User, get_user, upsert_user

    admin = get_user(rt.store, "admin")
    upsert_user(rt.store, admin, User("piet", "Piet", Role.VIEWER), "nieuw")  # no CLI
    assert audit_log(rt.store, target="piet")["os_user"].to_list() == [None]

    def no_login_name():
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", no_login_name)
    assert main(cli(demo, "users", "deactivate", "jan", "--reason", "weg", "--user", "admin")) == 0
    last = audit_log(open_runtime(config_path=demo).store, action="user.deactivate")
    assert last["os_user"].to_list() == ["?"]


def test_shipped_config_is_a_demo_with_the_example_users():
    shipped = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))["access"]
    assert shipped["environment"] == "demo"
    assert shipped["users_file"] == "data/users.example.yaml"
    assert not (ROOT / "data" / "users.yaml").exists()
    from monitor.config import SETTINGS_BY_KEY

    assert SETTINGS_BY_KEY["access.users_file"].default == "data/users.yaml"
