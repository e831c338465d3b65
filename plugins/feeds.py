"""The Atom feed of decisions (news and notices use Pelican's own feed) and sitemap.xml."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from feedgenerator import Atom1Feed

from plugins.files import files_under

FEED_SIZE = 50


CHINA = dt.timezone(dt.timedelta(hours=8))


def _moment(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=CHINA)
    return dt.datetime.combine(value, dt.time(), tzinfo=CHINA)


def _write(feed: Atom1Feed, output: Path, name: str) -> None:
    (output / "feeds").mkdir(parents=True, exist_ok=True)
    with (output / "feeds" / name).open("w", encoding="utf-8") as handle:
        feed.write(handle, "utf-8")


def write_decisions_feed(site: Any, output: Path) -> None:
    base = site.portal.site_url.rstrip("/") + "/"
    feed = Atom1Feed(
        title=f"{site.portal.name}：执法决定公示",
        link=base + "decisions/",
        description="执法决定公示",
        language="zh-CN",
        feed_url=base + "feeds/decisions.atom.xml",
    )
    for d in site.decisions[:FEED_SIZE]:
        mark = "【已撤回】" if d.status == "withdrawn" else ("【已更正】" if d.corrected else "")
        feed.add_item(
            title=f"{mark}{d.decision_no} {d.title}",
            link=base + d.url,
            description=(
                f"本决定已撤回：{d.withdraw_reason}"
                if d.status == "withdrawn"
                else f"当事人：{d.party}；违法行为：{d.violation}；处理结果：{d.penalty}"
            ),
            unique_id=base + d.url,
            pubdate=_moment(d.date),
            updateddate=_moment(d.date),
        )
    _write(feed, output, "decisions.atom.xml")


def write_news_feed(site: Any, articles: list[Any], output: Path) -> None:
    base = site.portal.site_url.rstrip("/") + "/"
    feed = Atom1Feed(
        title=f"{site.portal.name}：通知公告",
        link=base + "news/",
        description="通知公告",
        language="zh-CN",
        feed_url=base + "feeds/news.atom.xml",
    )
    for a in articles[:FEED_SIZE]:
        feed.add_item(
            title=a.title,
            link=base + a.url,
            unique_id=base + a.url,
            description=a.summary,
            pubdate=_moment(a.date),
        )
    _write(feed, output, "news.atom.xml")


def write_sitemap(site_url: str, output: Path, files: list[str] | None = None) -> None:
    """Every HTML page under output/ (``files``: the output's files, if listed already), with
    its public URL."""
    base = site_url.rstrip("/") + "/"
    if files is None:
        files = files_under(output)
    urls = [
        rel.removesuffix("index.html")
        for rel in files
        if rel.endswith(".html")
        and rel != "404.html"
        and rel.split("/", 1)[0] not in ("theme", "drafts")
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    lines += [f"  <url><loc>{escape(base + u)}</loc></url>" for u in sorted(urls)]
    lines.append("</urlset>")
    (output / "sitemap.xml").write_text("\n".join(lines) + "\n", encoding="utf-8")
