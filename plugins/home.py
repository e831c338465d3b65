"""The pages written last, once everything is loaded: home, open data, feeds, 404, statistics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican.generators import Generator

from plugins import annual_report, feeds, opendata, publication
from plugins.site import PageWriter

HOME_DECISIONS = 8
HOME_NOTICES = 5


class HomeGenerator(Generator):
    def generate_context(self) -> None:
        """Nothing to read: every other generator has filled the context."""

    def generate_output(self, writer: Any) -> None:
        site = self.context["site"]
        pages = PageWriter(self, writer)
        output = Path(self.output_path)
        notices = sorted(self.context.get("articles", []), key=lambda a: a.date, reverse=True)
        pages.page(
            "index.html",
            "home.html",
            site.portal.name,
            decisions=site.decisions[:HOME_DECISIONS],
            notices=notices[:HOME_NOTICES],
            counts={
                "agencies": len(site.agencies),
                "officers": len(site.officers),
                "power_items": len(site.power_items),
                "guides": len(site.guides),
                "decisions": len(site.decisions),
                "flows": len(site.flows),
                "inspection_items": len(site.inspection_items),
                "risk_items": len(site.risk_items),
            },
        )
        pages.page("404.html", "404.html", "页面不存在")
        publication.write(site, pages)
        opendata.write(site, output, pages)
        annual_report.write(site, output, pages, publication.today_in_china())
        feeds.write_decisions_feed(site, output)
        feeds.write_news_feed(site, notices, output)
