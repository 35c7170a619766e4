"""How many lines a wrapped text takes in a cell, for rows that must be given their height.

A row whose height is fixed (by the sheet's default or by the program writing it) does not grow
with its text: LibreOffice and printing then draw the lines over the rows around it.
"""

from __future__ import annotations

#: How much wider than a '0' of the column-width unit an average Vietnamese character prints.
CHAR_FACTOR = 1.1


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` wraps to in a column `width` characters wide, word by word."""
    room = max(width / CHAR_FACTOR, 1.0)
    count = 0
    for paragraph in text.splitlines() or [""]:
        count += 1
        used = 0.0
        for word in paragraph.split():
            # A word longer than the line breaks inside itself, over as many lines as it needs.
            if used and used + 1 + len(word) > room:
                count += 1
                used = 0.0
            used = used + 1 + len(word) if used else float(len(word))
            while used > room:
                count += 1
                used -= room
    return count
