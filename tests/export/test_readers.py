"""The three real-world formats read into the same rows."""

from __future__ import annotations

import logging
import re
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from egov_desktop.domain.register_columns import data_rows, find_header, parse_date
from egov_desktop.errors import ValidationError
from egov_desktop.export.readers import read_sheet
from tests.long_names import LONG, refuses_long_name
from tests.registers import ROWS, write_html, write_xls, write_xlsx
from tests.zips import uninflatable, unknown_method


def _values(path: Path) -> list[list[object]]:
    return [[cell.value for cell in row] for row in read_sheet(path).rows]


@pytest.mark.parametrize(
    ("writer", "name", "kind"),
    [(write_xlsx, "so.xlsx", "xlsx"), (write_xls, "so.xls", "xls"), (write_html, "so.xls", "html")],
)
def test_every_format_gives_the_same_dossiers(
    tmp_path: Path, writer: object, name: str, kind: str
) -> None:
    path = writer(tmp_path / name)  # type: ignore[operator]
    sheet = read_sheet(path)
    assert sheet.kind == kind
    rows = [[cell.value for cell in row] for row in sheet.rows]
    header = find_header(rows)
    assert header is not None and header.depth == 2
    found = data_rows(rows, header)
    assert [v["code"] for _, v in found] == [r[1] for r in ROWS if r]
    received = [parse_date(v["received"]) for _, v in found]
    assert received[:2] == [date(2025, 7, 1), date(2025, 7, 2)]
    assert parse_date(found[1][1]["resolved"]) == date(2025, 7, 2)


def test_xlsx_dates_stay_dates(tmp_path: Path) -> None:
    rows = _values(write_xlsx(tmp_path / "so.xlsx"))
    first = next(r for r in rows if r and r[1] == "H01.001")
    assert isinstance(first[7], datetime)


def test_html_merged_header_is_expanded(tmp_path: Path) -> None:
    rows = _values(write_html(tmp_path / "so.xls"))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "STT")
    assert rows[header][7] == "Nhận và trả kết quả"
    assert rows[header + 1][7:11] == [
        "Nhận hồ sơ",
        "Hẹn trả kết quả",
        "Ngày có kết quả",
        "Trả kết quả",
    ]


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed vowel shapes, separate tone marks."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in TONE_MARKS)
            shaped = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            out += (shaped + tones).encode("cp1258")
    return out


def test_html_in_windows_1258_is_decoded(tmp_path: Path) -> None:
    """Windows-1258 stores Vietnamese decomposed; the reader returns it readable."""
    path = tmp_path / "cp.xls"
    cells = "<tr><td>Mã hồ sơ</td><td>Ngày nhận</td></tr><tr><td>A</td><td>Hà</td></tr>"
    path.write_bytes(_cp1258(f"<table>{cells}</table>"))
    rows = _values(path)
    assert unicodedata.normalize("NFC", str(rows[0][0])) == "Mã hồ sơ"
    assert unicodedata.normalize("NFC", str(rows[1][1])) == "Hà"


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("không phải bảng tính", encoding="utf-8")
    with pytest.raises(ValidationError, match="không phải bảng tính"):
        read_sheet(path)


def test_a_broken_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(ValidationError, match="Không đọc được"):
        read_sheet(path)


def _damaged_inside(path: Path) -> Path:
    """A zip holding a workbook whose sheet XML is garbage (a file damaged in place)."""
    good = write_xlsx(path.with_name("good.xlsx"))
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(
                item, b"<worksheet><sheetData><row>" if "worksheets/" in item.filename else data
            )
    return path


def _cut_short(path: Path) -> Path:
    """A real workbook of which only the first half arrived (a download that did not finish)."""
    data = write_xlsx(path.with_name("whole.xlsx")).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _other_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    return path


def _sheet_uninflatable(path: Path) -> Path:
    return uninflatable(write_xlsx(path.with_name("whole.xlsx")), path, "xl/worksheets/sheet1.xml")


def _sheet_unknown_method(path: Path) -> Path:
    return unknown_method(
        write_xlsx(path.with_name("whole.xlsx")), path, "xl/worksheets/sheet1.xml"
    )


def _broken_xls(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return path


def _xls_cut_short(path: Path) -> Path:
    """The first 30 bytes of a real .xls: its header ends before the sector sizes."""
    path.write_bytes(write_xls(path.with_name("whole.xls")).read_bytes()[:30])
    return path


@pytest.mark.parametrize(
    ("make", "name", "reason"),
    [
        (
            _cut_short,
            "D2.xlsx",
            "Không đọc được tệp D2.xlsx: tệp bị hỏng hoặc chưa được chép, tải về",
        ),
        (
            lambda p: p.write_bytes(b"PK\x03\x04\x97o\x1a\x12" + bytes(range(256)) * 8) and p,
            "D.xlsx",
            "Không đọc được tệp D.xlsx: tệp bị hỏng hoặc chưa được chép, tải về trọn vẹn",
        ),
        (
            _damaged_inside,
            "E.xlsx",
            "Không đọc được tệp E.xlsx: nội dung bên trong tệp Excel bị hỏng",
        ),
        (_other_zip, "W.xlsx", "Tệp W.xlsx không phải bảng tính Excel"),
        (
            _sheet_uninflatable,
            "F.xlsx",
            "Không đọc được tệp F.xlsx: nội dung bên trong tệp Excel bị hỏng",
        ),
        (
            _sheet_unknown_method,
            "M.xlsx",
            "Không đọc được tệp M.xlsx: nội dung bên trong tệp Excel bị hỏng",
        ),
        (
            _broken_xls,
            "X.xls",
            "Không đọc được tệp X.xls: tệp Excel .xls bị hỏng hoặc được đặt mật khẩu",
        ),
        (
            _xls_cut_short,
            "Y.xls",
            "Không đọc được tệp Y.xls: tệp Excel .xls bị hỏng hoặc được đặt mật khẩu",
        ),
        (
            lambda p: p.write_bytes(b"") and p or p,
            "0.xlsx",
            "Không đọc được tệp 0.xlsx: tệp rỗng (0 byte)",
        ),
    ],
)
def test_an_unreadable_file_is_explained_in_vietnamese(
    tmp_path: Path,
    make: Callable[[Path], Path],
    name: str,
    reason: str,
) -> None:
    path = tmp_path / name
    make(path)
    with pytest.raises(ValidationError) as error:
        read_sheet(path)
    message = str(error.value)
    assert message.startswith(reason)
    # Python's own words ("File is not a zip file", "Expected BOF record") stay in the log.
    assert not re.search(r"zip file|BOF|[Ee]rror|[Ff]ile is", message)


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_the_python_reason_goes_to_the_log(tmp_path: Path) -> None:
    path = _cut_short(tmp_path / "D2.xlsx")
    kept = _Kept()
    logger = logging.getLogger("egov_desktop.export.readers.failures")
    logger.addHandler(kept)
    try:
        with pytest.raises(ValidationError):
            read_sheet(path)
    finally:
        logger.removeHandler(kept)
    assert any("D2.xlsx" in line and "File is not a zip file" in line for line in kept.lines)


def test_xlrd_notes_go_to_the_log_not_to_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .xls with bytes after its last sector (some programs write them) reads as it is."""
    path = write_xls(tmp_path / "so.xls")
    path.write_bytes(path.read_bytes() + b"\x00" * 7)
    kept = _Kept()
    logger = logging.getLogger("egov_desktop.export.readers.xls")
    logger.addHandler(kept)
    logger.setLevel(logging.INFO)
    try:
        kept.setLevel(logging.INFO)
        assert _values(path) == _values(write_xls(tmp_path / "same.xls"))
    finally:
        logger.removeHandler(kept)
        logger.setLevel(logging.NOTSET)
    assert capsys.readouterr() == ("", "")
    assert any("not 512 + multiple of sector size" in line for line in kept.lines)


def test_a_path_too_long_gives_the_system_s_reason(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as error:
        read_sheet(tmp_path / (LONG + ".xlsx"))
    assert refuses_long_name(str(error.value))


def test_a_folder_given_for_the_file_says_so(tmp_path: Path) -> None:
    # Not "open in another program", which Windows says of a folder too: that is said of a
    # file the system refuses to share.
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(ValidationError) as error:
        read_sheet(tmp_path / "folder.xlsx")
    assert str(error.value) == "Không đọc được tệp folder.xlsx: đây là một thư mục, không phải tệp."
