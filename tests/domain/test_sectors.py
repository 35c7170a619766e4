import tomllib
import unicodedata
from pathlib import Path

import pytest

from egov_desktop.domain.sectors import (
    NAME_LIMIT,
    SectorSpellings,
    clean_name,
    match,
    name_key,
    parse_catalog,
    report_order_key,
)
from egov_desktop.errors import ValidationError

CATALOG = Path(__file__).resolve().parents[2] / "resources" / "sectors" / "default.toml"


def test_shipped_catalogue() -> None:
    names = parse_catalog(tomllib.loads(CATALOG.read_text("utf-8")))
    assert 12 <= len(names) <= 15
    for expected in (
        "Hộ tịch",
        "Chứng thực",
        "Đất đai",
        "Bảo trợ xã hội",
        "Người có công",
        "Hoạt động xây dựng",
        "Thành lập và hoạt động của hộ kinh doanh",
    ):
        assert expected in names
    assert all(unicodedata.is_normalized("NFC", n) for n in names)


def test_catalogue_duplicates_are_refused() -> None:
    with pytest.raises(ValueError):
        parse_catalog({"sectors": ["Hộ tịch", " hộ  TỊCH"]})


def test_clean_name() -> None:
    nfd = unicodedata.normalize("NFD", "  Đất   đai ")
    assert clean_name(nfd) == "Đất đai"
    with pytest.raises(ValidationError, match="không được để trống"):
        clean_name("   ")
    with pytest.raises(ValidationError, match="quá dài"):
        clean_name("x" * (NAME_LIMIT + 1))


def test_name_key_ignores_case_spaces_and_unicode_form() -> None:
    assert name_key("Hộ tịch") == name_key("  HỘ  TỊCH ")
    assert name_key("Hộ tịch") == name_key(unicodedata.normalize("NFD", "hộ tịch"))
    assert name_key("Hộ tịch") != name_key("Ho tich")


def test_match() -> None:
    items = [("Hộ tịch", 1), ("Đất đai", 2), ("Người có công", 3)]
    assert match(" hộ TỊCH", items) == 1
    assert match("dat dai", items) == 2
    assert match("Lao động", items) is None
    # Two names that differ only in diacritics: only an exact match counts.
    twins = [("Hộ tịch", 1), ("Hồ tịch", 2)]
    assert match("ho tich", twins) is None
    assert match("hồ tịch", twins) == 2


def test_report_order_puts_the_configured_names_first_then_the_others_by_collation() -> None:
    order = report_order_key(["Hộ tịch", "Đất đai", "Bảo trợ xã hội"])
    arrived = ["Xây dựng", "bảo trợ xã hội", "Ân xá", "Đất đai", "Chứng thực", " HỘ TỊCH "]
    assert sorted(arrived, key=order) == [
        " HỘ TỊCH ",
        "Đất đai",
        "bảo trợ xã hội",
        "Ân xá",
        "Chứng thực",
        "Xây dựng",
    ]
    nfd = unicodedata.normalize("NFD", "Đất đai")
    assert order(nfd)[0] == 1


class TestSectorSpellings:
    def test_known_names_and_names_without_accents(self) -> None:
        spellings = SectorSpellings(["Hộ tịch", "hộ tịch", "Chứng thực"])
        assert spellings.spelling("HỘ TỊCH") == "HỘ TỊCH"  # the same name: kept as written
        assert spellings.spelling("ho tich") == "Hộ tịch"  # the first known spelling
        assert spellings.spelling("chung thuc") == "Chứng thực"

    def test_a_name_several_sectors_could_be_is_new(self) -> None:
        spellings = SectorSpellings(["Hộ tịch", "Hổ tịch"])
        assert spellings.spelling("ho tich") == "ho tich"
        spellings.use("ho tich")
        assert spellings.new() == [("ho tich", 1)]

    def test_new_names_are_counted_by_sector_in_vietnamese_order(self) -> None:
        spellings = SectorSpellings(["Hộ tịch"])
        for name in ("Xây dựng", "Đất đai", "ĐẤT ĐAI", "Hộ tịch"):
            spellings.use(spellings.spelling(name))
        assert spellings.new() == [("Đất đai", 2), ("Xây dựng", 1)]
