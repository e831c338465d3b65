"""``uvicorn gongshi.asgi:app``: the service with settings from the environment."""

from core.settings import load_settings
from gongshi.app import create_app

app = create_app(load_settings())
