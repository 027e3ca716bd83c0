"""The report modules keep to the house limit of about 400 lines (docs/development.md): the DOCX
is written by two modules, the content (``docx``) and the document setup (``docx_setup``)."""

from pathlib import Path

import monitor.reports

LIMIT = 400


def test_every_report_module_is_under_the_house_limit():
    folder = Path(monitor.reports.__file__).parent
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in folder.glob("*.py")}
    assert {"docx.py", "docx_setup.py", "docx_look.py"} <= sizes.keys()
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
