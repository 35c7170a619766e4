"""`egov preset check|apply FILE`: what IT staff and the installer run."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.cli.runner import run
from tests.workbooks import official_without


def _kit(folder: Path, **data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    preset = folder / "egov-preset.json"
    preset.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return preset


def test_check_touches_no_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The installer checks its preset without creating anything for the installing user."""
    preset = _kit(tmp_path / "kit", unit="00004", role="commune")
    data = tmp_path / "d"
    code, out, err = run(capsys, "--data-dir", str(data), "preset", "check", str(preset))
    assert (code, err) == (0, "")
    assert "Phường Ba Đình (00004)" in out
    assert not data.exists()


def test_check_refuses_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    preset = _kit(tmp_path / "kit", unit="99999", role="commune")
    code, out, err = run(capsys, "preset", "check", str(preset))
    assert code == 2
    assert out == ""
    assert "egov-preset.json không hợp lệ" in err and "99999" in err


def test_apply_binds_and_copies_templates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = tmp_path / "kit"
    (kit / "templates").mkdir(parents=True)
    with zipfile.ZipFile(kit / "templates" / "bieu.xlsx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    preset = _kit(
        kit,
        unit="00004",
        role="commune",
        period_mode="calendar",
        officer="Nguyễn Văn An",
        templates=["templates/bieu.xlsx"],
    )
    data = tmp_path / "d"
    code, out, _ = run(capsys, "--data-dir", str(data), "preset", "apply", str(preset))
    assert code == 0
    assert "Đã áp dụng gói cấu hình" in out and "bieu.xlsx" in out
    assert (data / "templates" / "bieu.xlsx").is_file()
    code, out, _ = run(capsys, "--data-dir", str(data), "info", "--json")
    info = json.loads(out)
    assert info["unit"]["code"] == "00004"
    assert info["period_mode"] == "calendar"
    assert info["officer"] == "Nguyễn Văn An"


def test_apply_never_rebinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    assert run(capsys, "--data-dir", data, "setup", "--unit", "00004", "--role", "commune")[0] == 0
    preset = _kit(tmp_path / "kit", unit="01", role="aggregator")
    code, _, err = run(capsys, "--data-dir", data, "preset", "apply", str(preset))
    assert code == 2
    assert "đã gắn với đơn vị" in err
    info = json.loads(run(capsys, "--data-dir", data, "info", "--json")[1])
    assert info["unit"]["code"] == "00004"


def test_apply_refuses_a_bad_preset_before_touching_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    preset = _kit(tmp_path / "kit", unit="00004", role="commune", colour="red")
    data = tmp_path / "d"
    code, _, err = run(capsys, "--data-dir", str(data), "preset", "apply", str(preset))
    assert code == 2
    assert "colour" in err
    assert not data.exists()


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "preset", "apply", str(tmp_path / "none.json"))
    assert code == 2
    assert "Không tìm thấy gói cấu hình" in err


def test_apply_warns_when_it_changes_the_mode_over_stored_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As `egov setup --period-mode` does: those reports are refused in the new mode."""
    data = str(tmp_path / "d")
    assert run(capsys, "--data-dir", data, "setup", "--unit", "00004", "--role", "commune")[0] == 0
    assert run(capsys, "--data-dir", data, "entry", "set", "--form", "II.06a", "--period",
               "2025-Q3", "--sector", "Hộ tịch", "--col", "3", "4")[0] == 0  # fmt: skip
    preset = _kit(tmp_path / "kit", unit="00004", role="commune", period_mode="calendar")
    code, out, err = run(capsys, "--data-dir", data, "preset", "apply", str(preset))
    assert code == 0 and out.startswith("Đã áp dụng gói cấu hình")
    assert err.startswith("Lưu ý: 1 báo cáo đã có số liệu (II.06a Quý III năm 2025)")
    code, _, err = run(capsys, "--data-dir", data, "preset", "apply", str(preset))
    assert code == 0 and err == ""  # no change, nothing to say


def test_a_preset_template_named_after_its_form_is_usable_like_templates_add(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = tmp_path / "kit"
    (kit / "templates").mkdir(parents=True)
    builtin = Path(__file__).parents[2] / "resources" / "templates" / "II.06a" / "builtin.xlsx"
    shutil.copyfile(builtin, kit / "templates" / "II.06a-tinh.xlsx")
    with zipfile.ZipFile(kit / "templates" / "bieu.xlsx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    preset = _kit(kit, unit="00004", role="commune",
                  templates=["templates/II.06a-tinh.xlsx", "templates/bieu.xlsx"])  # fmt: skip
    data = str(tmp_path / "d")
    code, out, err = run(capsys, "--data-dir", data, "preset", "apply", str(preset))
    assert code == 0, err
    assert "Đã lưu mẫu tinh của biểu II.06a" in out
    # A name that gives no form is only copied, and the user is told how to add it.
    assert "Đã chép mẫu biểu:" in out and "bieu.xlsx" in out and "bieu.xlsx" in err
    assert "Mẫu biểu" in err and "egov templates add" in err
    listed = json.loads(run(capsys, "--data-dir", data, "templates", "list", "--json")[1])
    assert {(t["form"], t["name"]) for t in listed if not t["builtin"]} == {("II.06a", "tinh")}
    export = ("report", "export", "--form", "II.06a", "--period", "2025-Q3", "--out")
    code, _out, err = run(capsys, "--data-dir", data, *export, str(tmp_path), "--template", "tinh")
    assert code == 0, err


def test_a_template_not_found_names_the_unit_s_folder_and_how_to_add_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: str
) -> None:
    folder = Path(data)
    export = ("report", "export", "--form", "II.06a", "--period", "2025-Q3", "--out")
    code, _out, err = run(capsys, "--data-dir", data, *export, str(tmp_path), "--template", "tinh")
    assert code == 2
    assert str(folder / "templates") in err and "resources" not in err
    assert "Mẫu biểu" in err and "egov templates add" in err and "builtin" in err


def test_check_names_the_templates_the_preset_will_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = tmp_path / "kit"
    (kit / "templates").mkdir(parents=True)
    builtin = Path(__file__).parents[2] / "resources" / "templates"
    shutil.copyfile(builtin / "II.06a" / "builtin.xlsx", kit / "templates" / "II.06a-tinh.xlsx")
    shutil.copyfile(builtin / "II.07b" / "builtin.xlsx", kit / "templates" / "II.07b.xlsx")
    with zipfile.ZipFile(kit / "templates" / "bieu.xlsx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    shutil.copyfile(kit / "templates" / "bieu.xlsx", kit / "templates" / "II.06a-xa.xlsx")
    names = ["II.06a-tinh.xlsx", "II.07b.xlsx", "bieu.xlsx", "II.06a-xa.xlsx"]
    preset = _kit(kit, unit="00004", role="commune", templates=[f"templates/{n}" for n in names])
    data = tmp_path / "d"
    code, out, err = run(capsys, "--data-dir", str(data), "preset", "check", str(preset))
    assert code == 0, err
    folder = kit.resolve() / "templates"
    assert out.splitlines()[2:] == [
        "Biểu mẫu: 4 tệp.",
        f"Sẽ lưu mẫu tinh của biểu II.06a: {folder / 'II.06a-tinh.xlsx'}",
        f"Sẽ lưu mẫu tinh của biểu II.07b: {folder / 'II.07b.xlsx'}",
        f"Sẽ chỉ chép mẫu biểu: {folder / 'bieu.xlsx'}",
        f"Sẽ chỉ chép mẫu biểu: {folder / 'II.06a-xa.xlsx'}",
    ]
    warnings = err.splitlines()
    assert len(warnings) == 2 and all(w.startswith("Lưu ý: ") for w in warnings)
    assert "mẫu biểu bieu.xlsx chưa dùng được" in warnings[0]
    assert not data.exists()
    # What applying then does is what the check said.
    code, out, err = run(capsys, "--data-dir", str(data), "preset", "apply", str(preset))
    assert code == 0
    assert "Đã lưu mẫu tinh của biểu II.06a" in out and "Đã lưu mẫu tinh của biểu II.07b" in out
    assert out.count("Đã chép mẫu biểu:") == 2


def test_two_workbooks_of_one_template_warn_and_the_last_listed_is_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = tmp_path / "kit"
    folder = kit / "templates"
    folder.mkdir(parents=True)
    builtin = Path(__file__).parents[2] / "resources" / "templates" / "II.06a" / "builtin.xlsx"
    for name in ("II.06a-tinh.xlsx", "II.06a_tinh.xlsx"):
        shutil.copyfile(builtin, folder / name)
        with zipfile.ZipFile(folder / name, "a") as archive:
            archive.comment = name.encode()  # the two told apart once installed
    names = ["II.06a_tinh.xlsx", "II.06a-tinh.xlsx"]  # not in the folder's order
    preset = _kit(kit, unit="00004", role="commune", templates=[f"templates/{n}" for n in names])
    data = tmp_path / "d"
    code, out, err = run(capsys, "--data-dir", str(data), "preset", "check", str(preset))
    assert code == 0, err
    where = folder.resolve()
    assert out.splitlines()[3:] == [
        f"Sẽ chỉ chép mẫu biểu: {where / 'II.06a_tinh.xlsx'}",
        f"Sẽ lưu mẫu tinh của biểu II.06a: {where / 'II.06a-tinh.xlsx'}",
    ]
    warning = (
        'Lưu ý: mẫu biểu II.06a_tinh.xlsx và II.06a-tinh.xlsx cùng là mẫu "tinh" của biểu II.06a:'
        " dùng II.06a-tinh.xlsx; II.06a_tinh.xlsx chỉ được chép vào thư mục mẫu biểu, không dùng"
        " để xuất báo cáo. Cần cả hai thì đổi tên một tệp, ví dụ II.06a-tinh2.xlsx."
    )
    assert err.splitlines() == [warning]
    code, out, err = run(capsys, "--data-dir", str(data), "preset", "apply", str(preset))
    assert code == 0
    assert err.splitlines() == [warning]
    assert "Đã lưu mẫu tinh của biểu II.06a" in out and out.count("Đã chép mẫu biểu:") == 1
    installed = zipfile.ZipFile(data / "templates" / "II.06a" / "tinh.xlsx")
    assert installed.comment == b"II.06a-tinh.xlsx"


def test_check_and_apply_name_the_texts_a_template_s_proposal_leaves_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = tmp_path / "kit"
    official_without("II.06a", kit / "templates" / "II.06a-tinh.xlsx", "NGƯỜI LẬP BIỂU")
    preset = _kit(kit, unit="00004", role="commune", templates=["templates/II.06a-tinh.xlsx"])
    data = tmp_path / "d"
    for command, done in (("check", "Sẽ lưu mẫu tinh"), ("apply", "Đã lưu mẫu tinh")):
        code, out, err = run(capsys, "--data-dir", str(data), "preset", command, str(preset))
        assert code == 0, err
        assert done in out
        (note,) = [line for line in err.splitlines() if line.startswith("Lưu ý: ")]
        assert "II.06a-tinh.xlsx" in note and "Họ tên người lập biểu" in note
        assert "egov templates propose" in err  # how to place it, on the command line only
