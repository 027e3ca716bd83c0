from monitor.config import SETTINGS, check_config, load_config, settings_markdown


def test_project_config_is_valid():
    config = load_config()
    assert str(config.programme_start) == "2022-Q1"
    assert config["calendar.deadline_days"] == 30
    assert set(config.org_types) == {
        "gemeente",
        "provincie",
        "waterschap",
        "ministerie",
        "koepel",
        "uitvoeringsorganisatie",
    }


def test_unknown_keys_and_bad_values_are_all_reported_with_lines():
    text = "programme:\n  start: 2022-Q5\n  colour: red\nstatus:\n  min_coverage: 2\nlanguage: fr\n"
    _, problems = check_config(text, "c.yaml")
    found = {(p.path, p.line, p.code) for p in problems.errors}
    assert found == {
        ("programme.start", 2, "config-invalid"),
        ("programme.colour", 3, "config-unknown-key"),
        ("status.min_coverage", 5, "config-invalid"),
        ("language", 6, "config-invalid"),
    }


def test_defaults_fill_missing_settings():
    values, problems = check_config("language: en\n")
    assert not problems
    assert values["language"] == "en"
    assert values["status.on_track"] == 0.9


def test_docs_table_lists_every_setting():
    table = settings_markdown()
    assert all(f"`{s.key}`" in table for s in SETTINGS)


def test_publication_settings_take_an_address_and_an_email_or_nothing():
    values, problems = check_config("publication:\n  base_url: https://data.example.nl/ibds/\n"
                                    "  contact_email: ' opendata@example.org '\n")
    assert not problems
    assert values["publication.base_url"] == "https://data.example.nl/ibds"  # no trailing slash
    assert values["publication.contact_email"] == "opendata@example.org"
    assert check_config("publication:\n  contact_email: ''\n")[0]["publication.contact_email"] == ""
    _, problems = check_config("publication:\n  base_url: data.example.nl\n  contact_email: opendata\n")
    assert {(p.path, p.code) for p in problems.errors} == {
        ("publication.base_url", "config-invalid"), ("publication.contact_email", "config-invalid")}
