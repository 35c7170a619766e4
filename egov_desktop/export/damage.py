"""What reading a damaged .xlsx can raise, from the zip layer up to the XML.

zipfile checks little of what it inflates: a flipped or missing byte surfaces from zlib, from a
header field read as a compression method or an encryption flag, from a name that no longer
decodes, or as XML that no longer parses (in openpyxl, as a missing part or a bad number).
Catch these around reading a workbook only, never around the code that uses what was read:
there they would pass a bug off as a damaged file.
"""

from __future__ import annotations

import zipfile
import zlib
from xml.etree import ElementTree

from openpyxl.utils.exceptions import InvalidFileException

WORKBOOK_DAMAGE: tuple[type[Exception], ...] = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    KeyError,
    IndexError,
    ValueError,  # UnicodeDecodeError among them
    ElementTree.ParseError,
    NotImplementedError,  # "That compression method is not supported"
    RuntimeError,  # "File … is encrypted, password required"
)
