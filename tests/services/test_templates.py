"""TemplateService: which template an export is asked for, and what an unknown one is told."""

from __future__ import annotations

from pathlib import Path

import pytest

from egov_desktop.errors import TemplateError
from egov_desktop.services.templates import TemplateService


def test_an_unknown_template_name_is_told_how_to_add_it(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as refused:
        TemplateService(tmp_path).get("II.06a", "tinh")
    text = str(refused.value)
    assert 'Không tìm thấy mẫu "tinh" của biểu II.06a' in text
    assert text.endswith("Hãy thêm mẫu ở trang Mẫu biểu.")
    assert refused.value.cli_hint == "Dòng lệnh: egov templates add TỆP --form II.06a --name tinh."


@pytest.mark.parametrize("name", ["tinh.v2", "x" * 41, "con"])
def test_a_name_no_template_can_have_is_not_told_to_add_it_under_that_name(
    tmp_path: Path, name: str
) -> None:
    # `templates add --name` refuses such a name: suggesting it would send the clerk in a circle.
    with pytest.raises(TemplateError) as refused:
        TemplateService(tmp_path).get("II.06a", name)
    text = str(refused.value)
    assert f'Không tìm thấy mẫu "{name}" của biểu II.06a' in text
    assert "chỉ gồm chữ, số, dấu cách, dấu gạch ngang và gạch dưới (tối đa 40 ký tự)" in text
    assert "các mẫu của biểu này: builtin" in text and ".xlsx hoặc .toml" in text
    assert "templates add" not in text
