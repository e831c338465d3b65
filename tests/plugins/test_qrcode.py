"""The page QR codes: drawn from zxing-cpp's modules, they must scan back to their URL."""

from __future__ import annotations

import re

import pytest
import zxingcpp
from PIL import Image

from plugins.qrcode import BORDER, SCALE, QrCache, encode

PIXELS = 4
"""Pixels per module of the test raster."""


def raster(svg: str) -> Image.Image:
    """Draw the SVG's strokes (M x y.5 hN, m dx 0 hN) as a bitmap, the way a browser would."""
    side = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1)) // SCALE
    image = Image.new("L", (side * PIXELS, side * PIXELS), 255)
    path = re.search(r' d="([^"]+)"', svg).group(1)
    x = y = 0
    for command, a, b in re.findall(r"([Mmh])(-?\d+)(?: (-?[\d.]+))?", path):
        if command == "M":
            x, y = int(a), int(float(b))
        elif command == "m":
            x, y = x + int(a), y + int(float(b))
        else:
            image.paste(0, (x * PIXELS, y * PIXELS, (x + int(a)) * PIXELS, (y + 1) * PIXELS))
            x += int(a)
    return image


@pytest.mark.parametrize(
    "url",
    [
        "https://zfgs.qingxi.gov.cn/",
        "https://zfgs.qingxi.gov.cn/decisions/2026-cf-0123/",
        "https://zfgs.qingxi.gov.cn/powers/330217003000/" + "a" * 120,
        "http://127.0.0.1:8000/decisions/type/cf/page/12/",
    ],
)
def test_code_scans_back_to_its_url(url: str):
    svg = encode(url)
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ')
    assert 'class="qr"' in svg
    found = zxingcpp.read_barcode(raster(svg), formats=zxingcpp.BarcodeFormat.QRCode)
    assert found is not None and found.text == url
    assert raster(svg).getpixel((BORDER * PIXELS - 1, BORDER * PIXELS - 1)) == 255, "quiet zone"


def test_workers_give_the_same_codes(tmp_path):
    urls = [f"https://example.gov.cn/decisions/{i:05d}/" for i in range(300)]
    cache = QrCache(tmp_path / "qr.json")
    cache.prefetch(urls)  # 300 new codes: encoded in a worker process
    assert cache.pool is not None
    assert [str(cache.svg(u)) for u in urls[:5]] == [encode(u) for u in urls[:5]]
    cache.save()
    again = QrCache(tmp_path / "qr.json")
    assert len(again.codes) == 300 and again.codes[urls[-1]] == encode(urls[-1])
