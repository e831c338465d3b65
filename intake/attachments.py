"""Attachments: type from the content (never the name or the browser's claim), images re-encoded
without metadata, files stored under random names with their SHA-256.

Fail closed: an image that cannot be decoded and re-encoded is refused, never stored as it came.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from intake import IntakeError

Image.MAX_IMAGE_PIXELS = 50_000_000  # larger images are refused as decompression bombs

KINDS = {"jpeg": "image/jpeg", "png": "image/png", "pdf": "application/pdf"}
EXTENSIONS = {"jpeg": ".jpg", "png": ".png", "pdf": ".pdf"}


@dataclass(frozen=True)
class StoredFile:
    stored_name: str
    original_name: str
    media_type: str
    size: int
    sha256: str


def sniff(data: bytes) -> str | None:
    """``jpeg``, ``png`` or ``pdf`` from the first bytes, else None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"%PDF-") and b"%%EOF" in data[-2048:]:
        return "pdf"
    return None


def clean_image(data: bytes, kind: str) -> bytes:
    """Decode and re-encode the pixels only: EXIF (GPS included), XMP, ICC and text chunks go."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.format != kind.upper():
                raise IntakeError("图片内容与格式不符")
            opened.load()
            # Keep the picture upright without its EXIF orientation tag.
            img: Image.Image = ImageOps.exif_transpose(opened)
            out = io.BytesIO()
            if kind == "jpeg":
                if img.mode not in ("RGB", "L"):
                    img = img.convert("RGB")
                img.save(out, "JPEG", quality=90, optimize=True)
            else:
                if img.mode not in ("RGB", "RGBA", "L", "LA", "P", "1", "I;16"):
                    img = img.convert("RGBA")
                clean = Image.new(img.mode, img.size)
                if img.mode == "P":
                    clean.putpalette(img.getpalette() or [])
                clean.paste(img)
                clean.save(out, "PNG", optimize=True)
    except IntakeError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise IntakeError(
            "图片无法读取或清除其中的位置等元数据，未予保存；请换一张图片或转为 PDF"
        ) from None
    return out.getvalue()


def check_pdf(data: bytes) -> bytes:
    """PDFs are kept as sent (they carry no camera GPS); embedded scripts are refused."""
    lowered = data.lower()
    if b"/javascript" in lowered or b"/launch" in lowered or b"/embeddedfile" in lowered:
        raise IntakeError("PDF 文件包含脚本或嵌入文件，未予保存；请打印为普通 PDF 后再上传")
    return data


def prepare(data: bytes, original_name: str) -> tuple[bytes, str]:
    """The bytes to store and their kind; raises IntakeError for anything not allowed."""
    kind = sniff(data)
    if kind is None:
        raise IntakeError(f"附件“{original_name[:60]}”不是 JPEG、PNG 或 PDF 文件，未予保存")
    if kind == "pdf":
        return check_pdf(data), kind
    return clean_image(data, kind), kind


class AttachmentStore:
    """Files under ``root`` named by random tokens; the database keeps the original name."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def save(self, data: bytes, original_name: str) -> StoredFile:
        cleaned, kind = prepare(data, original_name)
        name = secrets.token_hex(16) + EXTENSIONS[kind]
        path = self.root / name[:2] / name
        path.parent.mkdir(exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
        with os.fdopen(fd, "wb") as fh:
            fh.write(cleaned)
            fh.flush()
            os.fsync(fh.fileno())
        safe_name = "".join(ch for ch in original_name if ch.isprintable() and ch not in "/\\")
        return StoredFile(
            stored_name=name,
            original_name=safe_name[-120:] or "附件",
            media_type=KINDS[kind],
            size=len(cleaned),
            sha256=hashlib.sha256(cleaned).hexdigest(),
        )

    def path(self, stored_name: str) -> Path | None:
        if not stored_name or "/" in stored_name or stored_name.startswith("."):
            return None
        path = self.root / stored_name[:2] / stored_name
        return path if path.is_file() else None

    def remove(self, stored_name: str) -> None:
        path = self.path(stored_name)
        if path is not None:
            path.unlink()
