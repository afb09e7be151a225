"""Recognising an image by its bytes and removing what it says about where it was taken.

A file's name proves nothing (GPS survived in WebP and in JPEGs named ``.bin`` when
stripping followed the extension), so the format is read from the content: the
``filetype`` signatures first, then Pillow. An image is decoded and its pixels alone are
encoded anew, so EXIF (with its GPS IFD), XMP, IPTC, ICC profiles, comments and PNG
text chunks cannot travel with it; the result is read back and refused if anything is
left. An image that cannot be decoded (HEIC without a decoder, a damaged file) is
refused with a plain reason rather than stored with its metadata.
"""

from __future__ import annotations

import io
import mimetypes
import struct
import warnings
from dataclasses import dataclass, field

import filetype

SNIFF_BYTES = 8192  # more than any signature that filetype reads
MAX_PIXELS = 100_000_000  # beyond this a "photo" is a decompression bomb (all frames)
MAX_FRAMES = 1_000
TOO_LARGE = "The image is too large to be cleaned of its metadata."
DAMAGED = ("The image is damaged or truncated, so its metadata cannot be removed; "
           "add a complete copy.")
# The start of an EXIF block (APP1 of a JPEG, eXIf of a PNG, inside a PDF or a video):
# the camera's metadata, GPS position included, in bytes that are not an image we clean.
EXIF_SIGNATURES = (b"Exif\0\0II*\0", b"Exif\0\0MM\0*")
CARRIES_EXIF = ("The file holds a photo's metadata (EXIF, which can give where it was "
                "taken) that Monitor cannot remove; save the photo as JPEG or PNG and add "
                "that, or print the document to PDF again.")

# What Pillow's format is stored as: (save format, media type). Formats Pillow reads
# but should not write (or that are not worth keeping as they are) become PNG.
_OUTPUT = {
    "JPEG": ("JPEG", "image/jpeg"), "MPO": ("JPEG", "image/jpeg"),
    "PNG": ("PNG", "image/png"), "WEBP": ("WEBP", "image/webp"),
    "TIFF": ("TIFF", "image/tiff"), "GIF": ("GIF", "image/gif"),
    "BMP": ("BMP", "image/bmp"),
}
_PIXEL_INFO = ("transparency", "duration", "loop", "background")  # pixels, not metadata
_METADATA_INFO = ("exif", "xmp", "xml:com.adobe.xmp", "comment", "icc_profile",
                  "photoshop", "iptc", "dpi_exif", "adobe")


class ImageRefused(ValueError):
    """An image whose metadata could not be removed; the message is one plain sentence."""


class NotAnImage(ImageRefused):
    """Pillow does not recognise the bytes as an image at all."""


@dataclass
class CleanImage:
    data: bytes
    media_type: str
    removed: list[str] = field(default_factory=list)


def sniff(head: bytes) -> str | None:
    """The media type the first bytes of a file show, or None when they show none."""
    kind = filetype.guess(head[:SNIFF_BYTES]) if head else None
    return kind.mime if kind is not None else None


def looks_like_image(head: bytes, file_name: str) -> bool:
    """Whether a file must go through :func:`strip_image_metadata`: by content, or when
    only its name says image (Pillow then decides)."""
    sniffed = sniff(head)
    if sniffed is not None:
        return sniffed.startswith("image/")
    return (mimetypes.guess_type(file_name)[0] or "").startswith("image/")


def media_type_of(head: bytes, file_name: str) -> str:
    """The media type of a file that is not an image: its content's, else its name's
    (never an image type the content does not bear out)."""
    sniffed = sniff(head)
    if sniffed is not None:
        return sniffed
    guessed = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    return "application/octet-stream" if guessed.startswith("image/") else guessed


def _found_metadata(img: object) -> set[str]:
    from PIL import ExifTags

    found: set[str] = set()
    exif = img.getexif()  # type: ignore[attr-defined]
    found |= {ExifTags.TAGS.get(k, f"EXIF 0x{k:04x}") for k in exif if k not in _PIXEL_TAGS}
    for ifd, label in ((ExifTags.IFD.GPSInfo, "GPSInfo"), (ExifTags.IFD.Exif, "ExifIFD")):
        if exif.get_ifd(ifd):
            found.add(label)
    info = img.info  # type: ignore[attr-defined]
    found |= {k for k in info if k.lower() in _METADATA_INFO}
    found |= {f"text:{k}" for k in (getattr(img, "text", None) or {})}
    if getattr(img, "applist", None):  # JPEG APPn segments (IPTC, Photoshop, vendor data)
        found |= {f"segment:{name}" for name, _ in img.applist  # type: ignore[attr-defined]
                  if name not in ("APP0",)}
    if hasattr(img, "tag_v2"):  # TIFF tags beyond the picture's own
        found |= {ExifTags.TAGS.get(k, f"TIFF 0x{k:04x}")
                  for k in img.tag_v2 if k not in _PIXEL_TAGS}  # type: ignore[attr-defined]
    return found


# TIFF tags that lay out the pixels (size, strips, compression, colour), not the photo's
# story; every other tag (maker, date, description, EXIF and GPS pointers) is metadata.
_PIXEL_TAGS = {254, 255, 256, 257, 258, 259, 262, 266, 273, 277, 278, 279, 280, 281, 282,
               283, 284, 296, 317, 320, 322, 323, 324, 325, 338, 339, 340, 341, 530, 531, 532}


def _fresh(frame: object) -> object:
    """A new image holding only the frame's pixels (and palette): no info, no tags."""
    from PIL import Image

    src = frame  # type: ignore[assignment]
    if src.mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16", "F", "CMYK"):  # type: ignore
        src = src.convert("RGBA")  # type: ignore[attr-defined]
    clean = Image.frombytes(src.mode, src.size, src.tobytes())  # type: ignore[attr-defined]
    if src.mode == "P":  # type: ignore[attr-defined]
        palette = src.getpalette()  # type: ignore[attr-defined]
        if palette:
            clean.putpalette(palette)
    for key in _PIXEL_INFO:
        value = src.info.get(key)  # type: ignore[attr-defined]
        if value is not None and not isinstance(value, bytes | bytearray):
            clean.info[key] = value
    return clean


def _encode(frames: list, fmt: str) -> bytes:
    out = io.BytesIO()
    first, rest = frames[0], frames[1:]
    options: dict[str, object] = {}
    if fmt == "JPEG":
        first = first if first.mode in ("L", "RGB", "CMYK") else first.convert("RGB")
        options = {"quality": 95}
    elif fmt == "WEBP":
        options = {"lossless": True}
        frames = [f if f.mode in ("RGB", "RGBA") else f.convert("RGBA") for f in frames]
        first, rest = frames[0], frames[1:]
    elif fmt == "TIFF":
        options = {"compression": "tiff_adobe_deflate"}
    elif (fmt == "BMP" and first.mode not in ("1", "L", "P", "RGB", "RGBA")) or (
            fmt == "PNG" and first.mode == "CMYK"):
        first = first.convert("RGB")
    for key in _PIXEL_INFO:
        if key in first.info:
            options[key] = first.info[key]
    if rest and fmt in ("GIF", "WEBP", "TIFF", "PNG"):
        options.update(save_all=True, append_images=rest)
    first.save(out, format=fmt, **options)
    return out.getvalue()


def strip_image_metadata(data: bytes) -> CleanImage:
    """The image's pixels encoded anew without any metadata, in the format its bytes show.

    Raises :class:`ImageRefused` when the bytes are not an image Pillow can decode, or
    when metadata would remain.
    """
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Pillow warns about metadata it cannot parse ("Corrupt EXIF data"): that
            # metadata is dropped with the rest, and a warning must not become a crash or a
            # second line on standard error; a decompression bomb is refused.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > MAX_PIXELS:
                    raise ImageRefused(TOO_LARGE)
                found = _found_metadata(img)
                fmt, media_type = _OUTPUT.get(img.format or "", ("PNG", "image/png"))
                frames = []
                pixels = 0
                for frame in ImageSequence.Iterator(img):
                    # many frames, each small, are a bomb too (60 GIF frames of 4 Mpx
                    # weigh 1 MB on disk and gigabytes decoded)
                    pixels += frame.width * frame.height
                    if pixels > MAX_PIXELS or len(frames) >= MAX_FRAMES:
                        raise ImageRefused(TOO_LARGE)
                    frame.load()
                    frames.append(_fresh(frame))
                if len(frames) == 1:
                    # the picture as the camera meant it to be seen, now that the
                    # orientation tag goes with the rest of the EXIF
                    upright = ImageOps.exif_transpose(img)
                    if upright is not img:
                        frames = [_fresh(upright)]
    except ImageRefused:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:
        if isinstance(exc, UnidentifiedImageError):
            raise NotAnImage("The file looks like an image that Monitor cannot "
                               "decode, so its metadata (such as GPS) cannot be removed; "
                               "convert it to JPEG or PNG and add it again.") from None
        raise ImageRefused(TOO_LARGE) from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, KeyError, TypeError,
            ZeroDivisionError, struct.error, MemoryError):
        raise ImageRefused(DAMAGED) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            clean = _encode(frames, fmt)
            left = _leftover_metadata(clean)
    except (OSError, ValueError, IndexError, KeyError, TypeError, struct.error):
        raise ImageRefused(DAMAGED) from None
    if left:
        raise ImageRefused("Metadata could not be removed from this image: "
                           + ", ".join(sorted(left)) + ".")
    return CleanImage(clean, media_type, sorted(found))


def _leftover_metadata(data: bytes) -> set[str]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        return _found_metadata(img)


class ExifScanner:
    """Finds an EXIF block in a file read chunk by chunk (a signature may straddle two)."""

    def __init__(self) -> None:
        self._tail = b""
        self.found = False

    def feed(self, block: bytes) -> None:
        if self.found:
            return
        window = self._tail + block
        self.found = any(sig in window for sig in EXIF_SIGNATURES)
        self._tail = window[-(max(map(len, EXIF_SIGNATURES)) - 1):]
