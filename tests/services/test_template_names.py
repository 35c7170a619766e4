"""The names a unit's template may take: words with spaces, not Windows' device names."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from egov_desktop.domain import messages
from egov_desktop.errors import TemplateError
from egov_desktop.export.templates import builtin_root
from egov_desktop.services.templates import TemplateService, load_mapping_file


@pytest.fixture
def library(tmp_path: Path) -> TemplateService:
    return TemplateService(tmp_path / "data")


def _install(library: TemplateService, name: str, *, replace: bool = False) -> str:
    shipped = builtin_root() / "II.06a"
    mapping = load_mapping_file(shipped / "builtin.toml")
    return library.install("II.06a", shipped / "builtin.xlsx", mapping, name, replace=replace).name


def test_a_name_of_words_with_spaces_is_kept_and_found(library: TemplateService) -> None:
    typed = unicodedata.normalize("NFD", "  Mẫu   tỉnh Hà Nội ")  # as some keyboards type it
    assert _install(library, typed) == "Mẫu tỉnh Hà Nội"
    assert (library.user_root / "II.06a" / "Mẫu tỉnh Hà Nội.toml").is_file()
    found = library.get("II.06a", "MẪU TỈNH HÀ NỘI")  # in any case, as on Windows
    assert found.name == "Mẫu tỉnh Hà Nội" and not found.builtin
    assert library.get("II.06a", " Mẫu  tỉnh Hà Nội").name == "Mẫu tỉnh Hà Nội"


@pytest.mark.parametrize("name", ["con", "NUL", "Aux", "com1", "LPT9", "prn"])
def test_a_name_windows_keeps_for_a_device_is_refused(library: TemplateService, name: str) -> None:
    with pytest.raises(TemplateError) as refused:
        _install(library, name)
    assert refused.value.message == messages.TEMPLATE_DEVICE_NAME.format(name=name)
    assert not (library.user_root / "II.06a").exists() or not any(
        (library.user_root / "II.06a").iterdir()
    )


@pytest.mark.parametrize("name", ["", "   ", "tinh.v2", "a/b", "x" * 41, "builtin", "BuiltIn"])
def test_a_name_no_file_can_carry_is_refused(library: TemplateService, name: str) -> None:
    with pytest.raises(TemplateError) as refused:
        library.new_name("II.06a", name)
    assert refused.value.message == messages.TEMPLATE_BAD_NAME.format(name=name)


def test_a_name_taken_in_another_case_is_refused_naming_the_one_held(
    library: TemplateService,
) -> None:
    # On Windows "Tinh.toml" is the file "tinh.toml": one rule on every system.
    _install(library, "tinh")
    with pytest.raises(TemplateError) as refused:
        library.new_name("II.06a", "Tinh")
    assert refused.value.message == messages.TEMPLATE_EXISTS.format(name="tinh", form="II.06a")
    assert library.new_name("II.06a", "Tinh", replace=True) == "tinh"  # replaced, not doubled
    assert library.new_name("II.07b", "tinh") == "tinh"  # another form's folder


def test_the_add_hint_quotes_a_name_with_spaces(library: TemplateService) -> None:
    with pytest.raises(TemplateError) as refused:
        library.get("II.06a", "mẫu tỉnh")
    assert '--name "mẫu tỉnh".' in refused.value.cli_hint
