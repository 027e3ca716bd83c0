"""The public site of a snapshot (``monitor publish``, the Export page's button): a static
website that any web host or content delivery network serves, without a database or a Python
server. Made from one frozen snapshot, in Dutch and English, without JavaScript, with relative
links only (it works from ``file://`` and from any sub-path), and byte-identical when the same
snapshot is published twice.

Modules, one job each:

- ``public``: what may be published of a snapshot (national and per-type figures; no users)
- ``paths``: where each page lives and the relative link from one page to another
- ``downloads``: the snapshot's files made by the export code (open data, tables, SVG charts)
- ``svg``: a chart's SVG made fit to sit inline in a page
- ``style``: the site's CSS (house colours)
- ``markup``: escaping, tables and the small pieces of HTML every page uses
- ``layout``: the frame of every page (head, header, language switch, navigation, footer)
- ``pages``: the start page, the action pages and the indicator pages
- ``info``: about these figures, downloads, accessibility statement, colophon
- ``manifest``: ``manifest.json`` (sha256 of every file) and the page sizes
- ``archive``: the site as one deterministic zip (the Export page's download)
- ``build``: :func:`publish_site`, which writes it all
"""

from monitor.site.build import SiteResult, publish_site, publish_snapshot, publish_zip

__all__ = ["SiteResult", "publish_site", "publish_snapshot", "publish_zip"]
