"""Zip files (workbooks, packages) damaged the ways a copy or a download damages them."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path


def uninflatable(path: Path, target: Path, part: str) -> Path:
    """A copy of `path` with one byte of `part`'s compressed data flipped so that it no longer
    inflates (the zip's directory and names are intact)."""
    data = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for position in range(start, start + info.compress_size):
        flipped = bytearray(data)
        flipped[position] ^= 0xFF
        try:
            zipfile.ZipFile(io.BytesIO(bytes(flipped))).read(part)
        except zlib.error:
            target.write_bytes(bytes(flipped))
            return target
        except zipfile.BadZipFile:  # a CRC mismatch: try the next byte
            continue
    raise AssertionError(f"no byte of {path.name} breaks the compressed data of {part}")


def unknown_method(path: Path, target: Path, part: str) -> Path:
    """A copy of `path` whose directory gives `part` a compression method zipfile lacks."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
    name = info.filename.encode()
    entry = data.index(b"PK\x01\x02")
    while data[entry + 46 : entry + 46 + len(name)] != name:
        entry = data.index(b"PK\x01\x02", entry + 4)
    data[entry + 10 : entry + 12] = struct.pack("<H", 97)
    target.write_bytes(bytes(data))
    return target
