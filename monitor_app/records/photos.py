"""Removing what a photo says about where it was taken, before it is stored."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


def strip_image_metadata(data: bytes, media_type: str) -> tuple[bytes, list[str]]:
    """Re-encode an image without EXIF, GPS, XMP or text chunks; return bytes and what went."""
    from PIL import ExifTags, Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            exif = img.getexif()
            removed = {ExifTags.TAGS.get(k, str(k)) for k in exif}
            if exif.get_ifd(ExifTags.IFD.GPSInfo):
                removed.add("GPSInfo")
            removed |= {k for k in img.info if k.lower() in _IMAGE_METADATA_KEYS}
            removed |= set(getattr(img, "text", {}) or {})
            if not removed:
                return data, []
            if img.mode not in ("RGB", "RGBA", "L", "LA"):
                img = img.convert("RGBA" if media_type == "image/png" else "RGB")
            clean = Image.frombytes(img.mode, img.size, img.tobytes())
            out = io.BytesIO()
            if media_type == "image/jpeg":
                clean.save(out, format="JPEG", quality=95)
            else:
                clean.save(out, format="PNG")
            return out.getvalue(), sorted(removed)
    except Exception:  # not a readable image: keep the bytes exactly as received
        return data, []


_IMAGE_METADATA_KEYS = {"exif", "xmp", "xml:com.adobe.xmp", "comment", "icc_profile", "photoshop"}


