"""The Pelican plugin that loads, checks and writes every structured content type.

Pelican's order is kept: every file is read and validated in ``generate_context`` (all types,
then cross-references) before any page is written in ``generate_output``. Unlike Pelican, an
invalid file stops the build with a :class:`~plugins.loader.ContentError`.
"""

from __future__ import annotations

import bisect
import importlib
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator

from plugins import signals as signals_ours
from plugins.files import files_under
from plugins.loader import ContentError, load_items, load_one
from plugins.registry import ordered

log = logging.getLogger(__name__)

# One module per content type; importing a module registers its type.
TYPE_MODULES = (
    "plugins.agency",
    "plugins.officers",
    "plugins.power_items",
    "plugins.flows",
    "plugins.guides",
    "plugins.inspection_items",
    "plugins.risk_items",
    "plugins.channels",
    "plugins.major_catalogue",
    "plugins.inspection_results",
)

Crumbs = Sequence[tuple[str, str]]


class Site:
    """Everything loaded from content/, shared by the generators and templates as ``site``."""

    def __init__(self, content_dir: Path, settings: dict[str, Any]) -> None:
        self.content_dir = content_dir
        self.settings = settings
        self.data: dict[str, Any] = {}
        self.decisions: list[Any] = []

    def __getattr__(self, key: str) -> Any:
        try:
            return self.__dict__["data"][key]
        except KeyError:
            raise AttributeError(key) from None

    def by_id(self, key: str) -> dict[str, Any]:
        return {item.id: item for item in self.data[key]}

    def error(self, item: Any, message: str, field: str, hint: str) -> ContentError:
        file, line = getattr(item, "_source", (None, None))
        return ContentError(message, file=file, line=line, field=field, hint=hint)


class PageWriter:
    """Renders a theme template to ``save_as`` with the site context and breadcrumbs."""

    def __init__(self, generator: Generator, writer: Any) -> None:
        self.generator = generator
        self.writer = writer

    def page(
        self, save_as: str, template: str, title: str, crumbs: Crumbs = (), **context: Any
    ) -> None:
        url = save_as[: -len("index.html")] if save_as.endswith("index.html") else save_as
        self.writer.write_file(
            save_as,
            self.generator.get_template(template.removesuffix(".html")),
            self.generator.context,
            url=url,
            page_title=title,
            crumbs=list(crumbs),
            page_url=url,
            **context,
        )

    def paginated(
        self,
        base: str,
        template: str,
        title: str,
        items: Sequence[Any],
        crumbs: Crumbs = (),
        per_page: int = 20,
        **context: Any,
    ) -> None:
        """Write ``base/index.html``, ``base/page/2/index.html`` … with ``items`` in pages."""
        pages = max(1, -(-len(items) // per_page))
        for number in range(1, pages + 1):
            chunk = items[(number - 1) * per_page : number * per_page]
            save_as = f"{base}index.html" if number == 1 else f"{base}page/{number}/index.html"
            self.page(
                save_as,
                template,
                title if number == 1 else f"{title}（第{number}页）",
                crumbs,
                items=chunk,
                pagination={
                    "number": number,
                    "pages": pages,
                    "total": len(items),
                    "base": base,
                    "first_index": (number - 1) * per_page + 1,
                },
                **context,
            )


class DataGenerator(Generator):
    """Loads every registered content type, checks cross-references, writes their pages."""

    def generate_context(self) -> None:
        site = Site(Path(self.path), self.settings)
        root = Path(self.path)
        for ctype in ordered():
            source = root / ctype.source
            if ctype.many:
                site.data[ctype.key] = load_items(ctype.model, source, root)
            else:
                site.data[ctype.key] = load_one(ctype.model, source, root)
            _check_unique_ids(site.data[ctype.key], ctype.key)
        for ctype in ordered():
            if ctype.check:
                ctype.check(site)
        self.context["site"] = site
        self.settings["SITE_PUBLIC_URL"] = site.portal.site_url
        self.settings["_GONGSHI_SITE"] = site

    def generate_output(self, writer: Any) -> None:
        pages = PageWriter(self, writer)
        site = self.context["site"]
        for ctype in ordered():
            if ctype.write:
                ctype.write(site, pages)


def _check_unique_ids(items: Any, key: str) -> None:
    if not isinstance(items, list):
        return
    seen: dict[str, Any] = {}
    for item in items:
        ident = getattr(item, "id", None)
        if ident is None:
            continue
        if ident in seen:
            file, line = getattr(item, "_source", (None, None))
            first_file, first_line = getattr(seen[ident], "_source", (None, None))
            raise ContentError(
                f"duplicate id {ident!r} in {key} (first used at {first_file}:{first_line})",
                file=file,
                line=line,
                field="id",
                hint="give every item its own id",
            )
        seen[ident] = item


def generators(_pelican: Any) -> Iterable[type[Generator]]:
    """Ours run after Pelican's, in this order: data, then decisions, then home and feeds."""
    from plugins.decisions import DecisionsGenerator
    from plugins.home import HomeGenerator

    return [DataGenerator, DecisionsGenerator, HomeGenerator]


def all_loaded(generators: list[Any]) -> None:
    site = generators[0].context.get("site") if generators else None
    if site is not None:
        signals_ours.content_loaded.send(site)


OUTPUT_FILES = "_GONGSHI_OUTPUT_FILES"
"""Setting: every file of the output after prune and sitemap (relative paths), for the leak scan."""


def finalized(pelican: Any) -> None:
    from plugins import feeds, prune, qrcode

    output = Path(pelican.output_path)
    files = files_under(output)  # listed once for prune, sitemap and leak scan
    removed = set(prune.prune(output, pelican.settings, files))  # before the others read it
    files = [f for f in files if f not in removed]
    feeds.write_sitemap(pelican.settings["SITE_PUBLIC_URL"], output, files)
    if "sitemap.xml" not in files:
        bisect.insort(files, "sitemap.xml")
    qrcode.save(pelican)
    pelican.settings[OUTPUT_FILES] = files
    site = pelican.settings.get("_GONGSHI_SITE")
    signals_ours.site_written.send(output, site=site)


def register() -> None:
    from plugins import (
        approval,
        leak_scan,
        markdown_reader,
        prune,
        publication,
        qrcode,
        search_index,
        theme,
    )

    for module in TYPE_MODULES:
        importlib.import_module(module)
    markdown_reader.register()
    signals.initialized.connect(prune.start)
    signals.initialized.connect(qrcode.install)
    signals.initialized.connect(theme.install)
    signals.content_written.connect(prune.written)
    signals.get_generators.connect(generators)
    signals_ours.content_loaded.connect(approval.check_site)
    signals_ours.content_loaded.connect(publication.apply_rules)
    signals_ours.site_written.connect(leak_scan.check_output)
    search_index.register()  # after the leak scan
    signals.all_generators_finalized.connect(all_loaded)
    signals.finalized.connect(finalized)
