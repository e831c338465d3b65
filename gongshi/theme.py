"""Pages rendered by the service (search results, forms) in the site's own theme.

The roof builds one :class:`ThemeRenderer` and hands it to the search and intake apps, so they
share the public site's templates (``theme/templates``) without importing the site plugins.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from starlette.responses import HTMLResponse

from core.settings import Settings
from plugins.agency import Portal
from plugins.loader import load_one
from plugins.qrcode import QrCache
from plugins.theme import date_cn, money


class _SiteView:
    """What ``base.html`` reads as ``site``: the portal's identity."""

    def __init__(self, portal: Portal) -> None:
        self.portal = portal


class ThemeRenderer:
    def __init__(self, settings: Settings) -> None:
        theme = settings.pelican_settings.parent / "theme" / "templates"
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(theme)),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            # Templates are read once per process: checking their mtime (a stat per page) was
            # half the rendering time of the intake receipt. Restart the service after edits.
            auto_reload=False,
        )
        self.env.filters.update(date_cn=date_cn, money=money)
        self.qr = QrCache(settings.cache_dir / "qr-svg-service.json")
        self.env.globals.update(qr_svg=self.qr.svg, SITEURL="")
        self.portal = load_one(Portal, settings.content_dir / "portal.yaml", settings.content_dir)
        self.site = _SiteView(self.portal)

    def render(
        self,
        template: str,
        *,
        title: str,
        page_url: str,
        crumbs: list[tuple[str, str]] | None = None,
        status_code: int = 200,
        **context: Any,
    ) -> HTMLResponse:
        """Render ``template`` with the site's base layout; ``page_url`` has no leading slash."""
        html = self.env.get_template(template).render(
            site=self.site, page_title=title, page_url=page_url, crumbs=crumbs or [], **context
        )
        return HTMLResponse(html, status_code=status_code)


def template_dir(settings: Settings) -> Path:
    return settings.pelican_settings.parent / "theme" / "templates"
