"""Full-text search over everything the site publishes: analysis, index, query and the service.

Imports point down only: this package uses :mod:`core`, never the site plugins or the roof.
"""
