"""Our extension points, all in one place (as Pelican keeps its own in pelican/plugins/signals.py).

Receivers raise to stop the build: a check that is skipped is a leak.
"""

from blinker import signal

content_loaded = signal("gongshi.content_loaded")
"""Sent with the :class:`plugins.site.Site` after every content file is read and validated,
before any page is written. The approval gate of decisions hooks here."""

site_written = signal("gongshi.site_written")
"""Sent with the output folder (``output=Path``, ``site=Site``) after every page, feed and data
file is written. The leak scan and the search index hook here."""
