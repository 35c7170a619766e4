"""Defensive reading and deterministic writing of the small zip files exchanged between offices.

Never `extractall`: only known entry names are read, into memory, with size and ratio limits.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
import zlib
from collections.abc import Collection, Mapping
from pathlib import Path, PurePosixPath

from egov_desktop.domain import file_errors, file_kinds, messages
from egov_desktop.durable import partial_of, remove_stale_partials, replace_durably
from egov_desktop.errors import PackageError, UnreadableFileError, WrongFileKindError

#: A package carries a manifest and a payload (plus, later, a few optional parts).
MAX_ENTRIES = 16
#: Uncompressed size of one entry; a commune's quarter is a few hundred kB at most.
MAX_ENTRY_BYTES = 64 * 1024 * 1024
#: Whole file on disk.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Deflate rarely beats 1:40 on JSON; far beyond that is a zip bomb.
MAX_RATIO = 200
# A fixed timestamp makes the same content give the same bytes.
_EPOCH = (2020, 1, 1, 0, 0, 0)


def write_archive(path: Path, parts: Mapping[str, bytes]) -> None:
    """Write `parts` (name -> bytes) as a deflated zip, atomically (temp file, then rename)."""
    remove_stale_partials(path)
    partial = partial_of(path)
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                info = zipfile.ZipInfo(name, date_time=_EPOCH)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
        replace_durably(partial, path)
    except BaseException:
        # A half-written file must not stay behind; failing to remove it must not hide why.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


#: Why a zip is unreadable, in the user's words (zipfile explains in English).
_NO_DIRECTORY = "không tìm thấy mục lục của tệp nén, tệp không trọn vẹn"
_BAD_CHECKSUM = "dữ liệu bên trong không khớp mã kiểm tra"
_CUT_SHORT = "dữ liệu bên trong bị cắt cụt hoặc không đọc được"


#: What reading a damaged zip can raise: zipfile checks little of what it decompresses, so a
#: flipped byte surfaces from zlib, from a header field read as a compression method or an
#: encryption flag, or from a name that no longer decodes.
_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,  # UnicodeDecodeError among them
    NotImplementedError,  # "That compression method is not supported"
    RuntimeError,  # "File … is encrypted, password required"
)


def _damaged(error: Exception) -> str:
    # zipfile reports a checksum mismatch only through its message text.
    return _BAD_CHECKSUM if "CRC" in str(error) else _CUT_SHORT


def _unsafe(name: str) -> bool:
    pure = PurePosixPath(name.replace("\\", "/"))
    return (
        name.startswith(("/", "\\"))
        or pure.is_absolute()
        or ".." in pure.parts
        or (len(name) > 1 and name[1] == ":")
    )


def _other_kind(name: str, kind: str, found: Collection[str]) -> WrongFileKindError | None:
    """The refusal saying what the file is instead, when it is a file a user may confuse."""
    refusal = file_kinds.wrong_kind(name, file_kinds.kind_of(found), kind)
    return None if refusal is None else WrongFileKindError(refusal[0], cli_hint=refusal[1])


def read_archive(
    path: Path,
    *,
    required: Collection[str],
    optional: Collection[str] = (),
    kind: str = file_kinds.PACKAGE,
) -> dict[str, bytes]:
    """Read the named entries of a zip; refuse anything damaged, unsafe, unknown or oversized.

    `kind` is what the caller expects: a workbook or another kind of exchanged file given in
    its place is refused saying what it is and where it is imported.
    """
    name = path.name
    try:
        if path.is_dir():
            expected = messages.FILE_KINDS[kind]
            raise UnreadableFileError(
                messages.PACKAGE_IS_FOLDER.format(path=path, expected=expected)
            )
        size = path.stat().st_size
        data = b"" if size > MAX_FILE_BYTES else path.read_bytes()
    except FileNotFoundError as error:
        raise UnreadableFileError(messages.PACKAGE_FILE_MISSING.format(path=path)) from error
    except OSError as error:  # a name too long, no access, the file open elsewhere…
        raise UnreadableFileError(file_errors.unreadable(path, error)) from error
    if size > MAX_FILE_BYTES:
        detail = f"{size // (1024 * 1024)} MB"
        raise PackageError(messages.PACKAGE_TOO_LARGE.format(name=name, detail=detail))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _READ_ERRORS as error:
        if data[:2] == b"PK":
            # zipfile's own wording is English: the user gets what it means instead.
            detail = _NO_DIRECTORY if isinstance(error, zipfile.BadZipFile) else _CUT_SHORT
            raise PackageError(
                messages.PACKAGE_TRUNCATED.format(name=name, detail=detail)
            ) from error
        if data[:4] == file_kinds.OLE2_MAGIC:
            raise WrongFileKindError(
                messages.FILE_IS_OTHER_KIND[file_kinds.WORKBOOK].format(
                    name=name, expected=messages.FILE_KINDS[kind]
                ),
                cli_hint=messages.FILE_IS_OTHER_KIND_CLI[file_kinds.WORKBOOK],
            ) from error
        raise PackageError(
            messages.NOT_A_KIND.format(name=name, expected=messages.FILE_KINDS[kind])
        ) from error
    with archive:
        infos = archive.infolist()
        other = _other_kind(name, kind, {info.filename for info in infos})
        if other is not None:
            raise other
        if len(infos) > MAX_ENTRIES:
            detail = f"{len(infos)} phần"
            raise PackageError(messages.PACKAGE_TOO_LARGE.format(name=name, detail=detail))
        allowed = set(required) | set(optional)
        for info in infos:
            if _unsafe(info.filename):
                raise PackageError(
                    messages.PACKAGE_UNSAFE_ENTRY.format(name=name, entry=info.filename)
                )
            if info.filename not in allowed:
                raise PackageError(
                    messages.PACKAGE_UNEXPECTED_ENTRY.format(name=name, entry=info.filename)
                )
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_ENTRY_BYTES or ratio > MAX_RATIO:
                detail = f"{info.filename}: {info.file_size} byte, tỷ lệ nén {ratio:.0f}"
                raise PackageError(messages.PACKAGE_TOO_LARGE.format(name=name, detail=detail))
        found = {info.filename for info in infos}
        for part in required:
            if part not in found:
                raise PackageError(messages.PACKAGE_MISSING_PART.format(name=name, part=part))
        parts: dict[str, bytes] = {}
        for info in infos:
            try:
                with archive.open(info) as stream:
                    # The header's size can lie: never read more than the limit allows.
                    content = stream.read(MAX_ENTRY_BYTES + 1)
            except _READ_ERRORS as error:
                raise PackageError(
                    messages.PACKAGE_TRUNCATED.format(name=name, detail=_damaged(error))
                ) from error
            if len(content) > MAX_ENTRY_BYTES:
                detail = f"{info.filename} > {MAX_ENTRY_BYTES} byte"
                raise PackageError(messages.PACKAGE_TOO_LARGE.format(name=name, detail=detail))
            parts[info.filename] = content
    return parts
