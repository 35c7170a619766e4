"""What the template library makes of odd input: form codes, names, paths it cannot use."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from egov_desktop.errors import TemplateError, UserError, ValidationError
from egov_desktop.export.templates import get_template
from egov_desktop.services.templates import TemplateService, template_form, template_forms
from tests.long_names import LONG, refuses_long_name


@pytest.fixture
def library(tmp_path: Path) -> TemplateService:
    return TemplateService(tmp_path / "data")


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*")) if root.exists() else []


def _bundle(path: Path, parts: dict[str, str | bytes]) -> Path:
    """A zip at `path` with `parts` (name -> content): a crafted or broken template bundle."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


@pytest.mark.parametrize("form", ["../../etc/passwd", "/etc/passwd", "*", "", LONG, "766"])
def test_an_unknown_form_is_refused_naming_the_known_ones(
    library: TemplateService, tmp_path: Path, form: str
) -> None:
    out = tmp_path / "out"
    for call in (
        lambda: library.list(form),
        lambda: library.get(form),
        lambda: library.bundle(form, "builtin", out),
        lambda: library.propose(form, get_template("II.06a").workbook),
    ):
        with pytest.raises(ValidationError) as refused:
            call()
        assert "Không có biểu báo cáo" in refused.value.message
        assert "II.06a, II.07b, II.06a-agg" in refused.value.message
    assert not out.exists() and _files(tmp_path) == []


def test_a_form_is_known_in_any_case_and_the_sheet_by_sector_is_ii_06a_s(
    library: TemplateService,
) -> None:
    assert template_form(" ii.06a ") == "II.06a"
    assert template_form("II.06A-SECTORS") == "II.06a"
    assert "II.06a-sectors" not in template_forms()
    assert [t.name for t in library.list("ii.07b")] == ["builtin"]
    assert library.get("register").form == "register"


def test_a_bundle_naming_a_foreign_form_or_name_writes_nothing_outside(
    library: TemplateService, tmp_path: Path
) -> None:
    builtin = get_template("II.06a")
    for form, name in (("../../escaped", "tinh"), ("II.06a", "../../escaped")):
        bundle = _bundle(
            tmp_path / "crafted.egovt",
            {
                "bundle.json": json.dumps({"form": form, "name": name}),
                "template.toml": builtin.mapping_path.read_bytes(),
                "template.xlsx": builtin.workbook.read_bytes(),
            },
        )
        with pytest.raises(UserError):
            library.import_bundle(bundle)
        bundle.unlink()
    assert _files(tmp_path) == []


def test_a_bundle_without_its_names_is_refused_in_vietnamese(
    library: TemplateService, tmp_path: Path
) -> None:
    bundle = _bundle(
        tmp_path / "crafted.egovt",
        {"bundle.json": "[]", "template.toml": "", "template.xlsx": ""},
    )
    with pytest.raises(TemplateError) as refused:
        library.import_bundle(bundle)
    assert refused.value.message == (
        "Tệp crafted.egovt không phải gói mẫu biểu hợp lệ (phần mô tả bundle.json hỏng hoặc "
        "thiếu mã biểu, tên mẫu)."
    )


def test_a_bundle_over_an_existing_file_says_why(library: TemplateService, tmp_path: Path) -> None:
    taken = tmp_path / "bao_cao.xlsx"
    taken.write_bytes(b"not a folder")
    with pytest.raises(TemplateError) as refused:
        library.bundle("II.06a", "builtin", taken)
    assert refused.value.message == (
        f"Không ghi được {taken / 'II.06a_builtin.egovt'}: đã có tệp {taken} trùng tên với thư mục "
        "cần tạo."
    )
    assert taken.read_bytes() == b"not a folder"


@pytest.mark.parametrize(
    ("name", "says"),
    [
        (LONG, "Không tìm thấy mẫu"),  # never looked for on the disk
        ("tinh", "Không tìm thấy mẫu"),
        ("../../etc/passwd", "chưa có tệp cấu hình"),  # a path: its mapping beside it
    ],
)
def test_a_template_the_library_does_not_hold_is_refused(
    library: TemplateService, name: str, says: str
) -> None:
    with pytest.raises(TemplateError) as refused:
        library.get("II.06a", name)
    assert says in refused.value.message
    assert library.get("II.06a", "").builtin  # no name: the built-in template


@pytest.mark.parametrize("suffix", [".toml", ".xlsx"])
def test_a_path_too_long_says_so(library: TemplateService, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"{LONG}{suffix}"
    for call in (lambda: library.get("II.06a", str(path)), lambda: library.check(path)):
        with pytest.raises(TemplateError) as refused:
            call()
        assert refuses_long_name(refused.value.message)


def test_a_bundle_too_long_to_open_says_so(library: TemplateService, tmp_path: Path) -> None:
    path = tmp_path / f"{LONG}.egovt"
    with pytest.raises(TemplateError) as refused:
        library.import_bundle(path)
    assert refuses_long_name(refused.value.message) and str(path) in refused.value.message


def test_a_workbook_that_cannot_be_read_is_not_installed(
    library: TemplateService, tmp_path: Path
) -> None:
    mapping = get_template("II.06a").mapping
    with pytest.raises(TemplateError) as refused:
        library.install("II.06a", tmp_path / LONG, mapping, "tinh")
    assert refuses_long_name(refused.value.message)
    assert _files(library.user_root) == []


def test_a_file_that_is_no_bundle_is_refused_in_one_sentence(
    library: TemplateService, tmp_path: Path
) -> None:
    not_zip = tmp_path / "mau.egovt"
    not_zip.write_bytes(b"hello")
    with pytest.raises(TemplateError) as refused:
        library.import_bundle(not_zip)
    assert refused.value.message == (
        "Tệp mau.egovt không phải là gói mẫu biểu (.egovt): không đọc được dạng nén."
    )


def test_a_bundle_with_a_stranger_inside_is_refused_in_one_sentence(
    library: TemplateService, tmp_path: Path
) -> None:
    bundle = _bundle(tmp_path / "mau.egovt", {"bundle.json": "{}", "virus.exe": "MZ"})
    with pytest.raises(TemplateError) as refused:
        library.import_bundle(bundle)
    assert refused.value.message == 'Gói mau.egovt chứa phần lạ "virus.exe"; gói bị từ chối.'
