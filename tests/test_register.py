"""The organisation register: its required columns, and the optional contact columns that
reminders use (contact_naam, contact_email)."""

import pytest

from monitor.config import load_config
from monitor.errors import RegisterError
from monitor.register import load_register

HEAD = "code,naam,type,provincie,tooi"


@pytest.fixture(scope="module")
def config():
    return load_config()


def register(tmp_path, config, text: str):
    path = tmp_path / "organisaties.csv"
    path.write_text(text, encoding="utf-8")
    return load_register(config, path)


def test_the_project_register_has_a_fictitious_contact_for_every_organisation(config):
    reg = load_register(config)
    assert reg.columns == [*HEAD.split(","), "contact_naam", "contact_email"]
    assert reg["contact_email"].null_count() == 0
    # demo values: the reserved domain example.org (RFC 2606), never a real address
    assert reg["contact_email"].str.ends_with(".example.org").all()


def test_a_register_without_contacts_loads_with_empty_contacts(tmp_path, config):
    reg = register(tmp_path, config, f"{HEAD}\nGM0363,Amsterdam,gemeente,PV27,\n")
    assert reg.row(0, named=True) == {
        "code": "GM0363", "naam": "Amsterdam", "type": "gemeente", "provincie": "PV27", "tooi": "",
        "contact_naam": None, "contact_email": None}


def test_contacts_are_read_and_an_empty_one_is_none(tmp_path, config):
    reg = register(tmp_path, config, f"{HEAD},contact_naam,contact_email\n"
                   "GM0363,Amsterdam,gemeente,PV27,,Anna de Jong, anna@gm0363.example.org \n"
                   "GM0599,Rotterdam,gemeente,PV28,,,\n")
    assert reg.select("contact_naam", "contact_email").rows() == [
        ("Anna de Jong", "anna@gm0363.example.org"), (None, None)]


def test_a_bad_address_is_named_with_its_row(tmp_path, config):
    with pytest.raises(RegisterError) as info:
        register(tmp_path, config, f"{HEAD},contact_naam,contact_email\n"
                 "GM0363,Amsterdam,gemeente,PV27,,Anna,anna(at)gm0363\n")
    assert "organisaties.csv:2: contact_email 'anna(at)gm0363' is not an e-mail address" in str(info.value)


def test_a_register_without_a_required_column_is_refused(tmp_path, config):
    with pytest.raises(RegisterError) as info:
        register(tmp_path, config, "code,naam,provincie,tooi\nGM0363,Amsterdam,PV27,\n")
    assert "type" in str(info.value)
