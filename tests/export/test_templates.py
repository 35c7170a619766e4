from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from egov_desktop.errors import TemplateError
from egov_desktop.export.templates import builtin_root, get_template, list_templates, load_template

ROOT = Path(__file__).resolve().parents[2]


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_templates", ROOT / "tools" / "build_templates.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_templates", module)
    spec.loader.exec_module(module)
    return module


def test_builtin_templates() -> None:
    forms = [(t.form, t.name, t.needs_xml_patch) for t in list_templates()]
    assert forms == [
        ("766-digitisation", "builtin", False),
        ("766-dvc", "builtin", False),
        ("II.06a", "builtin", False),
        ("II.06a-agg", "builtin", False),
        ("II.07b", "builtin", False),
        ("register", "builtin", False),
        ("targets", "builtin", False),
    ]


def test_committed_templates_are_what_the_builder_makes() -> None:
    """tools/build_templates.py regenerates resources/templates/ exactly (part by part)."""
    builder = _builder()
    for form in builder.FORMS:
        data, mapping = builder.build(form)
        folder = builtin_root() / form.folder
        assert builder.parts((folder / "builtin.xlsx").read_bytes()) == builder.parts(data), (
            form.folder
        )
        assert (folder / "builtin.toml").read_text("utf-8") == builder.mapping_text(mapping)


def test_unknown_template() -> None:
    with pytest.raises(TemplateError, match="Không tìm thấy mẫu"):
        get_template("II.06a", "tinh-thanh-hoa-v3")


def _copy_builtin(tmp_path: Path, toml: str | None = None) -> Path:
    folder = tmp_path / "II.06a"
    folder.mkdir()
    shutil.copyfile(builtin_root() / "II.06a" / "builtin.xlsx", folder / "builtin.xlsx")
    text = (builtin_root() / "II.06a" / "builtin.toml").read_text("utf-8")
    (folder / "v2.toml").write_text(text if toml is None else toml(text), encoding="utf-8")  # type: ignore[operator]
    return folder / "v2.toml"


def test_other_roots_use_the_same_layout(tmp_path: Path) -> None:
    _copy_builtin(tmp_path)
    template = get_template("II.06a", "v2", root=tmp_path)
    assert template.name == "v2" and template.workbook == tmp_path / "II.06a" / "builtin.xlsx"


def test_missing_workbook(tmp_path: Path) -> None:
    path = _copy_builtin(tmp_path, lambda t: t.replace('"builtin.xlsx"', '"khac.xlsx"'))  # type: ignore[arg-type]
    with pytest.raises(TemplateError, match="khac.xlsx"):
        load_template(path)


def test_missing_sheet(tmp_path: Path) -> None:
    path = _copy_builtin(tmp_path, lambda t: t.replace('sheet = "II.06a"', 'sheet = "Biểu 1"'))  # type: ignore[arg-type]
    with pytest.raises(TemplateError, match="Biểu 1"):
        load_template(path)


def test_cell_inside_a_merged_range(tmp_path: Path) -> None:
    path = _copy_builtin(tmp_path, lambda t: t.replace('window = "A9"', 'window = "B9"'))  # type: ignore[arg-type]
    with pytest.raises(TemplateError, match="B9"):
        load_template(path)


def test_form_mismatch(tmp_path: Path) -> None:
    _copy_builtin(tmp_path, lambda t: t.replace('form = "II.06a"', 'form = "II.07b"'))  # type: ignore[arg-type]
    with pytest.raises(TemplateError, match="II.07b"):
        get_template("II.06a", "v2", root=tmp_path)
