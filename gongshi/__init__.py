"""The roof: the ``gongshi`` command and the ASGI app that mounts site, search and intake."""
