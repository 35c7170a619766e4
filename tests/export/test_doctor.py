from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from egov_desktop.errors import TemplateError
from egov_desktop.export.doctor import diagnose, needs_xml_patch
from egov_desktop.export.templates import builtin_root, get_template
from tests.export import handmade
from tests.zips import uninflatable, unknown_method

PLAIN_SHEET = handmade.SHEET.split("<x:drawing")[0] + "</x:worksheet>"


@pytest.mark.parametrize(
    "path", sorted(builtin_root().glob("*/builtin.xlsx")), ids=lambda p: p.parent.name
)
def test_builtin_templates_are_clean(path: Path) -> None:
    assert diagnose(path) == []


def test_text_box_and_sparkline(tmp_path: Path) -> None:
    findings = diagnose(handmade.write(tmp_path / "t.xlsx"))
    assert {(f.code, f.part) for f in findings} == {
        ("shapes", "xl/drawings/drawing1.xml"),
        ("sparklines", "xl/worksheets/sheet1.xml"),
    }
    assert needs_xml_patch(findings)
    assert all("sẽ" in f.description or "mất" in f.description for f in findings)


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ({"xl/vbaProject.bin": b"\x00"}, "macros"),
        ({"xl/pivotCache/pivotCacheDefinition1.xml": "<x/>"}, "pivot"),
        ({"xl/slicers/slicer1.xml": "<x/>"}, "slicers"),
        ({"xl/embeddings/oleObject1.bin": b"\x00"}, "ole"),
        ({"xl/ctrlProps/ctrlProp1.xml": "<x/>"}, "controls"),
        ({"xl/drawings/vmlDrawing1.vml": '<x:ClientData ObjectType="Button"/>'}, "controls"),
        ({"xl/media/image1.png": b"\x89PNG"}, "images"),
        ({"xl/charts/chart1.xml": "<x/>"}, "charts"),
        ({"xl/threadedComments/threadedComment1.xml": "<x/>"}, "threaded_comments"),
        ({"customXml/item1.xml": "<x/>"}, "other"),
        (
            {
                "xl/worksheets/sheet1.xml": PLAIN_SHEET.replace(
                    "</x:worksheet>", '<x:legacyDrawingHF r:id="rId9"/></x:worksheet>'
                )
            },
            "header_images",
        ),
        (
            {
                "xl/worksheets/sheet1.xml": PLAIN_SHEET.replace(
                    "</x:worksheet>",
                    '<x:extLst><x:ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}">'
                    "<x14:dataValidations/></x:ext></x:extLst></x:worksheet>",
                )
            },
            "extensions",
        ),
    ],
)
def test_each_kind_of_loss_is_named(
    tmp_path: Path, extra: dict[str, str | bytes], code: str
) -> None:
    codes = {f.code for f in diagnose(handmade.write(tmp_path / "t.xlsx", extra))}
    assert code in codes


def test_comment_notes_and_printer_settings_are_harmless(tmp_path: Path) -> None:
    extra: dict[str, str | bytes] = {
        "xl/worksheets/sheet1.xml": PLAIN_SHEET,
        "xl/drawings/drawing1.xml": "<xdr:wsDr/>",
        "xl/drawings/vmlDrawing1.vml": '<x:ClientData ObjectType="Note"/>',
        "xl/comments1.xml": "<comments/>",
        "xl/printerSettings/printerSettings1.bin": b"\x00",
    }
    assert diagnose(handmade.write(tmp_path / "t.xlsx", extra)) == []


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_text("not a zip")
    with pytest.raises(TemplateError, match="không phải là tệp Excel"):
        diagnose(path)


@pytest.mark.parametrize("damage", [uninflatable, unknown_method])
def test_a_damaged_workbook_is_refused(
    tmp_path: Path, damage: Callable[[Path, Path, str], Path]
) -> None:
    source = get_template("II.06a").workbook
    path = damage(source, tmp_path / "t.xlsx", "xl/worksheets/sheet1.xml")
    with pytest.raises(TemplateError, match="không phải là tệp Excel .xlsx đọc được"):
        diagnose(path)
