"""Configuration packages: parsing, validation and applying through the setup service."""

from __future__ import annotations

import json
import shutil
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError
from egov_desktop.services import preset as preset_module
from egov_desktop.services.preset import (
    PRESET_FILE,
    PresetService,
    find_preset,
    load_preset,
    parse_preset,
)
from egov_desktop.services.preset_templates import plan
from tests.workbooks import official_without


def _xlsx(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return path


def _write(folder: Path, data: dict[str, Any] | str, *, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path = folder / PRESET_FILE
    path.write_bytes(text.encode(encoding))
    return path


def _refused(tmp_path: Path, data: dict[str, Any] | str) -> str:
    with pytest.raises(ValidationError) as info:
        load_preset(_write(tmp_path / "kit", data))
    assert PRESET_FILE in info.value.message
    return info.value.message


COMMUNE = {"unit": "00004", "role": "commune"}


class TestParse:
    def test_minimal_preset_takes_the_defaults(self, tmp_path: Path) -> None:
        preset = load_preset(_write(tmp_path, COMMUNE))
        assert preset.request.unit_code == "00004"
        assert preset.request.catalog == "2025"
        assert preset.request.period_mode == "cutoff"
        assert preset.unit.name == "Phường Ba Đình"
        assert preset.templates == ()

    def test_full_preset(self, tmp_path: Path) -> None:
        _xlsx(tmp_path / "templates" / "II.06a.xlsx")
        preset = load_preset(
            _write(
                tmp_path,
                {
                    "format": 1,
                    "unit": "01",
                    "role": "aggregator",
                    "catalog": "2025",
                    "period_mode": "calendar",
                    "officer": "Nguyễn Văn An",
                    "head": "Trần Thị Bình",
                    "agency_code": "000.00.00.H26",
                    "receiving_unit": "Văn phòng UBND Thành phố Hà Nội",
                    "templates": ["templates/II.06a.xlsx"],
                },
            )
        )
        assert preset.request.agency_code == "000.00.00.H26"
        assert preset.request.receiving_unit == "Văn phòng UBND Thành phố Hà Nội"
        assert preset.request.role == "aggregator"
        assert preset.request.period_mode == "calendar"
        assert preset.request.head == "Trần Thị Bình"
        assert preset.templates == ((tmp_path / "templates" / "II.06a.xlsx").resolve(),)

    def test_text_is_stored_nfc_and_trimmed(self, tmp_path: Path) -> None:
        decomposed = unicodedata.normalize("NFD", "  Nguyễn   Văn An ")
        preset = load_preset(_write(tmp_path, {**COMMUNE, "officer": decomposed}))
        assert preset.request.officer == "Nguyễn Văn An"
        assert unicodedata.is_normalized("NFC", preset.request.officer)

    @pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
    def test_notepad_and_installer_encodings(self, tmp_path: Path, encoding: str) -> None:
        """Notepad writes a UTF-8 BOM; the NSIS installer writes UTF-16 with a BOM."""
        data = {**COMMUNE, "head": "Trần Thị Bình"}
        preset = load_preset(_write(tmp_path, data, encoding=encoding))
        assert preset.request.head == "Trần Thị Bình"

    def test_windows_backslashes_in_template_paths(self, tmp_path: Path) -> None:
        _xlsx(tmp_path / "mau" / "bieu.xlsx")
        preset = load_preset(_write(tmp_path, {**COMMUNE, "templates": ["mau\\bieu.xlsx"]}))
        assert preset.templates[0].name == "bieu.xlsx"


class TestRefusals:
    def test_unknown_keys(self, tmp_path: Path) -> None:
        message = _refused(tmp_path, {**COMMUNE, "unti": "1", "colour": "x"})
        assert "colour, unti" in message and "không được hỗ trợ" in message

    def test_numeric_unit_code_would_lose_its_zeros(self, tmp_path: Path) -> None:
        assert "dấu ngoặc kép" in _refused(tmp_path, {"unit": 4, "role": "commune"})

    @pytest.mark.parametrize("key", ["unit", "role"])
    def test_required_keys(self, tmp_path: Path, key: str) -> None:
        data = dict(COMMUNE)
        del data[key]
        assert f'"{key}"' in _refused(tmp_path, data)

    @pytest.mark.parametrize(
        ("data", "needle"),
        [
            ({**COMMUNE, "unit": "99999"}, "Không tìm thấy đơn vị"),
            ({**COMMUNE, "role": "boss"}, "Vai trò không hợp lệ"),
            ({**COMMUNE, "period_mode": "weekly"}, "kỳ báo cáo"),
            ({**COMMUNE, "catalog": "1990"}, "Danh mục"),
            ({"unit": "01", "role": "commune"}, "không phải cấp xã"),
            ({**COMMUNE, "officer": 7}, '"officer"'),
            ({**COMMUNE, "officer": "x" * 101}, "quá dài"),
            ({**COMMUNE, "format": 2}, "định dạng"),
            ({**COMMUNE, "format": True}, "định dạng"),
            ({**COMMUNE, "templates": "a.xlsx"}, "danh sách"),
        ],
    )
    def test_bad_values(self, tmp_path: Path, data: dict[str, Any], needle: str) -> None:
        assert needle in _refused(tmp_path, data)

    @pytest.mark.parametrize(
        ("text", "needle"),
        [
            ('{"unit": "00004", "role": ', "cú pháp JSON ở dòng 1"),
            ('["00004"]', "đối tượng JSON"),
            ('{"unit": "00004", "unit": "00005", "role": "commune"}', 'khóa "unit"'),
        ],
    )
    def test_bad_json(self, tmp_path: Path, text: str, needle: str) -> None:
        assert needle in _refused(tmp_path, text)

    def test_not_utf8(self, tmp_path: Path) -> None:
        path = tmp_path / PRESET_FILE
        path.write_bytes(
            '{"unit": "00004", "role": "commune", "head": "Tr\xe2n"}'.encode("latin-1")
        )
        with pytest.raises(ValidationError, match="UTF-8"):
            load_preset(path)

    def test_too_large(self, tmp_path: Path) -> None:
        with pytest.raises(ValidationError, match="quá lớn"):
            parse_preset(b" " * (preset_module.MAX_BYTES + 1), base_dir=tmp_path)

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(ValidationError, match="Không tìm thấy gói cấu hình"):
            load_preset(tmp_path / PRESET_FILE)

    @pytest.mark.parametrize(
        "template", ["../outside.xlsx", "/etc/x.xlsx", "C:\\x.xlsx", "a/../../b.xlsx", ""]
    )
    def test_templates_must_stay_inside_the_preset_folder(
        self, tmp_path: Path, template: str
    ) -> None:
        _xlsx(tmp_path / "outside.xlsx")
        assert "tương đối" in _refused(tmp_path, {**COMMUNE, "templates": [template]})

    def test_template_must_exist_and_be_xlsx(self, tmp_path: Path) -> None:
        kit = tmp_path / "kit"
        assert "không tìm thấy" in _refused(tmp_path, {**COMMUNE, "templates": ["a.xlsx"]})
        (kit / "b.xls").write_bytes(b"\xd0\xcf\x11\xe0")
        assert ".xlsx" in _refused(tmp_path, {**COMMUNE, "templates": ["b.xls"]})
        (kit / "c.xlsx").write_text("not a zip", encoding="utf-8")
        assert ".xlsx" in _refused(tmp_path, {**COMMUNE, "templates": ["c.xlsx"]})

    def test_two_templates_with_one_name(self, tmp_path: Path) -> None:
        kit = tmp_path / "kit"
        _xlsx(kit / "a" / "bieu.xlsx")
        _xlsx(kit / "b" / "BIEU.xlsx")
        data = {**COMMUNE, "templates": ["a/bieu.xlsx", "b/BIEU.xlsx"]}
        assert "trùng tên" in _refused(tmp_path, data)


class TestFind:
    def test_from_source_nothing_is_looked_up_beside_python(self) -> None:
        assert find_preset() is None

    def test_frozen_build_looks_beside_its_executable(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        exe = tmp_path / "egov-desktop.exe"
        exe.write_bytes(b"")
        monkeypatch.setattr(sys, "frozen", True, raising=False)
        monkeypatch.setattr(sys, "executable", str(exe))
        assert find_preset() is None
        _write(tmp_path, COMMUNE)
        assert find_preset() == tmp_path.resolve() / PRESET_FILE

    def test_explicit_folder(self, tmp_path: Path) -> None:
        assert find_preset(tmp_path) is None
        path = _write(tmp_path, COMMUNE)
        assert find_preset(tmp_path) == path


class TestApply:
    def test_first_start_binds_a_fresh_folder(self, services: Services, tmp_path: Path) -> None:
        kit = tmp_path / "kit"
        _xlsx(kit / "templates" / "bieu.xlsx")
        _write(kit, {**COMMUNE, "officer": "Nguyễn Văn An", "templates": ["templates/bieu.xlsx"]})
        presets = PresetService(services.setup, services.paths.data_dir)
        result = presets.apply_at_first_start(kit)
        assert result is not None
        assert result.setup.unit.code == "00004"
        assert result.setup.officer == "Nguyễn Văn An"
        copied = services.paths.data_dir / "templates" / "bieu.xlsx"
        assert result.templates == (copied,)
        assert copied.read_bytes() == (kit / "templates" / "bieu.xlsx").read_bytes()
        assert not list(copied.parent.glob("*.partial"))

    def test_first_start_without_a_preset_changes_nothing(self, services: Services) -> None:
        presets = PresetService(services.setup, services.paths.data_dir)
        assert presets.apply_at_first_start(services.paths.data_dir / "nowhere") is None
        assert services.setup.current() is None

    def test_first_start_leaves_a_set_up_folder_alone(
        self, commune: Services, tmp_path: Path
    ) -> None:
        """Even a preset for another unit is ignored once the folder is bound."""
        _write(tmp_path, {"unit": "01", "role": "aggregator"})
        presets = PresetService(commune.setup, commune.paths.data_dir)
        assert presets.apply_at_first_start(tmp_path) is None
        assert commune.setup.require().unit.code == "00004"

    def test_never_rebinds_to_another_unit(self, commune: Services, tmp_path: Path) -> None:
        kit = tmp_path / "kit"
        _xlsx(kit / "t.xlsx")
        path = _write(kit, {"unit": "01", "role": "aggregator", "templates": ["t.xlsx"]})
        presets = PresetService(commune.setup, commune.paths.data_dir)
        with pytest.raises(ValidationError, match="đã gắn với đơn vị"):
            presets.apply_file(path)
        assert commune.setup.require().unit.code == "00004"
        assert not (commune.paths.data_dir / "templates").exists()

    def test_same_unit_updates_the_settings(self, commune: Services, tmp_path: Path) -> None:
        path = _write(tmp_path, {**COMMUNE, "period_mode": "calendar", "head": "Lê Văn C"})
        result = PresetService(commune.setup, commune.paths.data_dir).apply_file(path)
        assert result.setup.period_mode == "calendar"
        assert result.setup.head == "Lê Văn C"
        assert result.setup.officer == ""
        assert result.mode_warning is None  # no report holds figures

    def test_a_mode_change_over_stored_figures_is_warned_about(
        self, commune: Services, tmp_path: Path
    ) -> None:
        """As Settings and `egov setup` warn: those reports are refused in the new mode."""
        row = commune.entry.find_row(form="II.06a", name="Hộ tịch")
        commune.entry.set_values([(row, 3, 4)], form="II.06a", period="2025-Q3")
        presets = PresetService(commune.setup, commune.paths.data_dir)
        path = _write(tmp_path, {**COMMUNE, "period_mode": "calendar"})
        preset = load_preset(path)
        warning = presets.mode_change_warning(preset)
        assert warning is not None and "II.06a Quý III năm 2025" in warning
        result = presets.apply(preset)
        assert result.mode_warning == warning
        assert result.setup.period_mode == "calendar"
        # Applied again, nothing changes: nothing to say.
        assert presets.apply(preset).mode_warning is None

    def test_template_is_replaced_by_a_newer_one(self, services: Services, tmp_path: Path) -> None:
        kit = tmp_path / "kit"
        source = _xlsx(kit / "bieu.xlsx")
        path = _write(kit, {**COMMUNE, "templates": ["bieu.xlsx"]})
        presets = PresetService(services.setup, services.paths.data_dir)
        presets.apply_file(path)
        with zipfile.ZipFile(source, "a") as archive:
            archive.writestr("xl/workbook.xml", "<workbook/>")
        result = presets.apply_file(path)
        assert result.templates[0].read_bytes() == source.read_bytes()


def test_a_template_named_twice_falls_back_to_the_workbook_before_when_the_last_fails(
    tmp_path: Path,
) -> None:
    builtin = Path(__file__).parents[2] / "resources" / "templates" / "II.06a" / "builtin.xlsx"
    good = tmp_path / "II.06a-Tinh.xlsx"
    shutil.copyfile(builtin, good)
    broken = _xlsx(tmp_path / "II.06a.xlsx")  # template "tinh" too: case apart, one file
    first, last = plan((good, broken))
    assert (first.form, first.name, first.problem) == ("II.06a", "Tinh", "")
    assert last.problem and "cùng là mẫu" not in last.problem  # why it cannot be used
    # Both usable: the last listed is, and the other's warning names both.
    shutil.copyfile(builtin, broken)
    first, last = plan((good, broken))
    assert (last.form, last.name, last.problem) == ("II.06a", "tinh", "")
    assert first.problem.startswith(
        'mẫu biểu II.06a-Tinh.xlsx và II.06a.xlsx cùng là mẫu "Tinh" của biểu II.06a: dùng '
        "II.06a.xlsx;"
    )


def test_a_workbook_named_in_words_becomes_a_template_of_that_name(tmp_path: Path) -> None:
    builtin = Path(__file__).parents[2] / "resources" / "templates" / "II.06a" / "builtin.xlsx"
    named = tmp_path / "II.06a Mẫu tỉnh Hà Nội.xlsx"
    shutil.copyfile(builtin, named)
    (planned,) = plan((named,))
    assert (planned.form, planned.name, planned.problem) == ("II.06a", "Mẫu tỉnh Hà Nội", "")


def test_what_a_preset_template_s_proposal_leaves_out_is_told_when_checked_and_applied(
    commune: Services, tmp_path: Path
) -> None:
    """Nobody reviews a preset's proposed mapping: the officer's name with no cell would be left
    blank on every export without a word."""
    source = official_without("II.06a", tmp_path / "kit" / "II.06a-tinh.xlsx", "NGƯỜI LẬP BIỂU")
    (planned,) = plan((source,))
    assert (planned.form, planned.name, planned.problem) == ("II.06a", "tinh", "")
    assert len(planned.findings) == 1
    assert "II.06a-tinh.xlsx" in planned.findings[0]
    assert "Họ tên người lập biểu" in planned.findings[0]
    assert "egov templates propose" in planned.findings_hint
    presets = PresetService(commune.setup, commune.paths.data_dir)
    preset = load_preset(_write(tmp_path / "kit", {**COMMUNE, "templates": [source.name]}))
    result = presets.apply(preset)
    assert [t.name for t in result.registered] == ["tinh"]
    assert result.template_problems == ()
    assert result.template_findings == ((planned.findings[0], planned.findings_hint),)


def test_a_preset_template_placed_in_full_or_mapped_by_its_toml_tells_nothing(
    tmp_path: Path,
) -> None:
    builtin = Path(__file__).parents[2] / "resources" / "templates" / "II.06a"
    whole = tmp_path / "II.06a-tinh.xlsx"
    shutil.copyfile(builtin / "builtin.xlsx", whole)
    mapped = official_without("II.06a", tmp_path / "II.06a-xa.xlsx", "NGƯỜI LẬP BIỂU")
    shutil.copyfile(builtin / "builtin.toml", mapped.with_suffix(".toml"))
    assert [(p.name, p.problem, p.findings) for p in plan((whole, mapped))] == [
        ("tinh", "", ()),
        ("xa", "", ()),
    ]
