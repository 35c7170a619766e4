"""Draw resources/app.ico: a red square with a yellow five-pointed star (stdlib only).

Usage: python tools/make_icon.py [OUTPUT]

The .ico holds 16-48 px images as 32-bit BMPs (what the Windows shell and resource compilers
read everywhere) and the 256 px image as PNG (the only size where PNG is the norm, and it keeps
the file small). Re-run after changing the drawing and commit the result.
"""

from __future__ import annotations

import math
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
RED = (218, 37, 29)
YELLOW = (255, 221, 0)
Pixel = tuple[int, int, int, int]


def star_polygon(cx: float, cy: float, outer: float) -> list[tuple[float, float]]:
    """The ten corners of a regular five-pointed star with one point straight up."""
    inner = outer * math.sin(math.radians(18)) / math.sin(math.radians(126))
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = math.radians(-90 + 36 * k)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def inside(polygon: list[tuple[float, float]], x: float, y: float) -> bool:
    """Even-odd rule point-in-polygon test."""
    result = False
    j = len(polygon) - 1
    for i, (xi, yi) in enumerate(polygon):
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def in_rounded_square(size: int, radius: float, x: float, y: float) -> bool:
    """Whether (x, y) lies in the size x size square with rounded corners."""
    nx = min(max(x, radius), size - radius)
    ny = min(max(y, radius), size - radius)
    return (x - nx) ** 2 + (y - ny) ** 2 <= radius**2


def render(size: int) -> list[list[Pixel]]:
    """Rows of straight-alpha RGBA pixels, top row first, antialiased by supersampling."""
    # The star's visual centre sits a little below the circle's centre, as on the flag.
    star = star_polygon(size / 2, size * 0.53, size * 0.40)
    radius = size / 8
    n = 4 if size <= 64 else 3
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            r = g = b = a = 0
            for sy in range(n):
                for sx in range(n):
                    x, y = px + (sx + 0.5) / n, py + (sy + 0.5) / n
                    if not in_rounded_square(size, radius, x, y):
                        continue
                    colour = YELLOW if inside(star, x, y) else RED
                    r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            if a == 0:
                row.append((0, 0, 0, 0))
            else:
                row.append((r // a, g // a, b // a, round(255 * a / (n * n))))
        rows.append(row)
    return rows


def bmp_image(rows: list[list[Pixel]]) -> bytes:
    """An ICO-style DIB: BITMAPINFOHEADER, bottom-up BGRA, then the 1-bit AND mask."""
    size = len(rows)
    xor = b"".join(bytes((b, g, r, a)) for row in reversed(rows) for (r, g, b, a) in row)
    mask_stride = ((size + 31) // 32) * 4
    mask = bytearray()
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x, pixel in enumerate(row):
            if pixel[3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    header = struct.pack(
        "<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(xor) + len(mask), 0, 0, 0, 0
    )
    return header + xor + bytes(mask)


def png_image(rows: list[list[Pixel]]) -> bytes:
    """A minimal RGBA PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    size = len(rows)
    raw = b"".join(b"\x00" + b"".join(bytes(p) for p in row) for row in rows)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def ico(sizes: tuple[int, ...] = SIZES) -> bytes:
    """The whole .ico file."""
    images = [(s, png_image(render(s)) if s >= 256 else bmp_image(render(s))) for s in sizes]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(data for _size, data in images)


def main(argv: list[str]) -> int:
    """Write the icon to OUTPUT (default resources/app.ico)."""
    out = Path(argv[0]) if argv else ROOT / "resources" / "app.ico"
    data = ico()
    out.write_bytes(data)
    print(f"wrote {out} ({len(data)} bytes, sizes {', '.join(map(str, SIZES))})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
