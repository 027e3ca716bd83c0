"""A chart's SVG made fit to sit inline (``monitor.site.svg``)."""

from __future__ import annotations

import pytest

from monitor.site.svg import inline_svg

DRAWING = (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="605" height="450">'
           b'<defs><clipPath id="clip1"><rect/></clipPath><clipPath id="clip10"><rect/></clipPath></defs>'
           b'<g clip-path="url(#clip1)"></g><g clip-path="url(\'#clip10\')"></g><use href="#clip1"/></svg>')


def test_ids_get_the_prefix_and_their_references_follow():
    made = inline_svg(DRAWING, "a03_cdo")
    assert 'id="a03_cdo-clip1"' in made and 'id="a03_cdo-clip10"' in made
    assert "url(#a03_cdo-clip1)" in made and "url(#a03_cdo-clip10)" in made
    assert 'href="#a03_cdo-clip1"' in made
    assert 'id="clip1"' not in made and "url(#clip1)" not in made


def test_it_scales_to_the_column_and_has_no_prologue():
    made = inline_svg(DRAWING, "x")
    assert made.startswith('<svg class="chart" focusable="false" viewBox="0 0 605 450"')
    assert 'width="605"' not in made and "<?xml" not in made


def test_something_else_than_a_drawing_is_refused():
    with pytest.raises(ValueError):
        inline_svg(b"<html></html>", "x")
