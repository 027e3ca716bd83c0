"""Names on the explore pages (issue 17 item 3): a type in the singular for one organisation,
provinces by name, table cells as a reader reads them."""

import polars as pl

from monitor.views.labels import counted, province_names, readable, type_name


def test_types_counted(demo_db):
    cfg = demo_db[1].config
    assert counted(cfg, "gemeente", "nl", 1) == "1 gemeente"
    assert counted(cfg, "gemeente", "nl", 3) == "3 gemeenten"
    assert counted(cfg, "waterschap", "nl", 1234) == "1.234 waterschappen"
    assert counted(cfg, "provincie", "en", 1) == "1 province"
    assert type_name(cfg, "onbekend", "nl") == "onbekend"


def test_readable_table(demo_db):
    rt = demo_db[1]
    assert province_names(rt.register)["PV28"] == "Zuid-Holland"
    table = pl.DataFrame({"period": ["2026-Q3", "2022-Q1"], "type": ["gemeente", "provincie"],
                          "provincie": ["PV28", None], "carried": [True, False],
                          "note": [None, "x"], "value": [1.5, None]})
    out = readable(table, "nl", config=rt.config, register=rt.register)
    assert out.to_dict(as_series=False) == {
        "period": ["K3 2026", "K1 2022"], "type": ["Gemeente", "Provincie"],
        "provincie": ["Zuid-Holland", "–"], "carried": ["ja", "nee"], "note": ["–", "x"],
        "value": [1.5, None]}  # numbers stay numbers (the table formats them at the precision)
    assert readable(table, "en")["carried"].to_list() == ["yes", "no"]
