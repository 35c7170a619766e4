import csv
import unicodedata
from collections import Counter

import pytest

from egov_desktop import config
from egov_desktop.domain.units import (
    CATALOG_2025,
    CATALOG_LEGACY,
    ConversionTable,
    UnitCatalog,
)
from egov_desktop.errors import ValidationError
from egov_desktop.services.units import load_catalog, load_conversion

#: The đặc khu formed from island districts without communes, which received new codes.
ISLAND_SUCCESSORS = {
    "11948": ("318", "Đặc khu Bạch Long Vĩ"),
    "19742": ("471", "Đặc khu Cồn Cỏ"),
    "20333": ("498", "Đặc khu Hoàng Sa"),
    "21548": ("536", "Đặc khu Lý Sơn"),
    "26732": ("755", "Đặc khu Côn Đảo"),
}


@pytest.fixture(scope="module")
def new() -> UnitCatalog:
    return load_catalog(CATALOG_2025)


@pytest.fixture(scope="module")
def legacy() -> UnitCatalog:
    return load_catalog(CATALOG_LEGACY)


@pytest.fixture(scope="module")
def conversion() -> ConversionTable:
    return load_conversion()


class TestFiles:
    @pytest.mark.parametrize(
        "name", ["units_2025.csv", "units_legacy.csv", "conversion_2025.csv", "ATTRIBUTION.md"]
    )
    def test_shipped(self, name: str) -> None:
        assert config.resource_path("admin_units", name).is_file()

    def test_attribution_carries_the_licence_and_source(self) -> None:
        text = config.resource_path("admin_units", "ATTRIBUTION.md").read_text(encoding="utf-8")
        assert "MIT License" in text
        assert "Copyright (c) 2025 Tran Ngoc Minh Hieu" in text
        assert "vietnamadminunits==1.0.4" in text
        assert "737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35" in text

    @pytest.mark.parametrize("name", ["units_2025.csv", "units_legacy.csv"])
    def test_text_is_nfc(self, name: str) -> None:
        text = config.resource_path("admin_units", name).read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text)


class TestLoad:
    def test_cached(self) -> None:
        assert load_catalog(CATALOG_2025) is load_catalog(CATALOG_2025)
        assert load_conversion() is load_conversion()

    @pytest.mark.parametrize("name", ["xyz", "", "2024", "Legacy"])
    def test_unknown_catalog(self, name: str) -> None:
        with pytest.raises(ValidationError) as raised:
            load_catalog(name)
        assert str(raised.value) == (
            f'Danh mục đơn vị hành chính không hợp lệ: "{name}" (chọn 2025 hoặc legacy).'
        )


class TestCatalog2025:
    def test_counts(self, new: UnitCatalog) -> None:
        assert new.name == CATALOG_2025
        assert len(new.provinces()) == 34
        assert len(new.communes()) == 3321
        assert new.districts() == []

    def test_kinds(self, new: UnitCatalog) -> None:
        assert Counter(u.kind for u in new.communes()) == {"Xã": 2621, "Phường": 687, "Đặc khu": 13}
        assert Counter(u.kind for u in new.provinces()) == {"Tỉnh": 28, "Thành phố": 6}

    def test_every_commune_name_states_its_kind(self, new: UnitCatalog) -> None:
        assert all(u.name.startswith(u.kind + " ") for u in new.communes())

    def test_codes_keep_leading_zeros(self, new: UnitCatalog) -> None:
        unit = new.get("00004")
        assert unit is not None
        assert (unit.name, unit.level, unit.kind) == ("Phường Ba Đình", "commune", "Phường")
        assert (unit.province_code, unit.province_name) == ("01", "Thành phố Hà Nội")
        assert new.get("4") is None
        assert all(len(u.code) == 5 and u.code.isdigit() for u in new.communes())
        assert all(len(u.code) == 2 for u in new.provinces())

    def test_phuong_ba_dinh(self, new: UnitCatalog) -> None:
        first = new.search("phuong ba dinh")[0]
        assert (first.code, first.name, first.province_name) == (
            "00004",
            "Phường Ba Đình",
            "Thành phố Hà Nội",
        )

    def test_ba_dinh_finds_both_kinds(self, new: UnitCatalog) -> None:
        found = new.search("ba dinh")
        assert found[0].code == "00004"
        assert any(
            u.name == "Xã Ba Đình" and u.province_name == "Tỉnh Thanh Hóa" for u in found[:5]
        )

    def test_nfd_query(self, new: UnitCatalog) -> None:
        query = unicodedata.normalize("NFD", "Phường Ba Đình")
        assert new.search(query)[0].code == "00004"

    def test_digit_prefix(self, new: UnitCatalog) -> None:
        found = new.search("0000")
        assert [u.code for u in found] == ["00004", "00008"]
        assert all(u.code.startswith("267") for u in new.search("267"))
        assert new.search("01", limit=1)[0].name == "Thành phố Hà Nội"

    def test_is_under(self, new: UnitCatalog) -> None:
        assert new.is_under("00004", "01")
        assert not new.is_under("00004", "38")
        assert not new.is_under("00004", "00004")
        thanh_hoa = new.communes(province_code="38")
        assert thanh_hoa and all(new.is_under(u.code, "38") for u in thanh_hoa)


class TestCatalogLegacy:
    def test_counts(self, legacy: UnitCatalog) -> None:
        assert len(legacy.provinces()) == 63
        assert len(legacy.districts()) == 696
        assert len(legacy.communes()) == 10035

    def test_district_kinds(self, legacy: UnitCatalog) -> None:
        assert Counter(u.kind for u in legacy.districts()) == {
            "Huyện": 508,
            "Quận": 49,
            "Thành phố": 87,
            "Thị xã": 52,
        }

    def test_island_districts_have_no_commune(self, legacy: UnitCatalog) -> None:
        for district_code, _ in ISLAND_SUCCESSORS.values():
            assert legacy.get(district_code) is not None
            assert legacy.communes(district_code=district_code) == []

    def test_codes_keep_leading_zeros(self, legacy: UnitCatalog) -> None:
        unit = legacy.get("00004")
        assert unit is not None
        assert (unit.name, unit.district_code, unit.district_name) == (
            "Phường Trúc Bạch",
            "001",
            "Quận Ba Đình",
        )
        district = legacy.get("001")
        assert district is not None
        assert (district.level, district.kind, district.name) == (
            "district",
            "Quận",
            "Quận Ba Đình",
        )

    def test_search_district(self, legacy: UnitCatalog) -> None:
        assert legacy.search("quan ba dinh")[0].code == "001"
        assert legacy.search("thi tran ngoc lac")[0].code == "15061"

    def test_is_under(self, legacy: UnitCatalog) -> None:
        assert legacy.is_under("00004", "001")
        assert legacy.is_under("00004", "01")
        assert legacy.is_under("001", "01")
        assert not legacy.is_under("00004", "002")
        under = [u for u in legacy.communes() if legacy.is_under(u.code, "001")]
        assert under == legacy.communes(district_code="001")
        assert len(under) == 13

    def test_search_is_fast_enough_to_type_into(self, legacy: UnitCatalog) -> None:
        """Not timed (see bench/); checks that broad queries stay bounded by the limit."""
        assert len(legacy.search("xa", limit=50)) == 50
        assert len(legacy.search("a", limit=10)) == 10


class TestConversion:
    def test_covers_every_legacy_row(
        self, conversion: ConversionTable, legacy: UnitCatalog
    ) -> None:
        old = {c.old_commune_code or c.old_district_code for c in conversion}
        expected = {u.code for u in legacy.communes()} | {d for d, _ in ISLAND_SUCCESSORS.values()}
        assert old == expected
        assert len(old) == 10040

    def test_phuong_ba_dinh_has_predecessors(self, conversion: ConversionTable) -> None:
        found = conversion.predecessors("00004")
        assert found
        # The new commune reuses the code of one of the communes it was formed from.
        assert "00004" in {c.old_commune_code for c in found}
        assert all(c.old_province_code == "01" for c in found)

    def test_every_new_unit_has_predecessors(
        self, conversion: ConversionTable, new: UnitCatalog
    ) -> None:
        for unit in new.communes():
            found = conversion.predecessors(unit.code)
            assert found, unit
            inherited = unit.code in {c.old_commune_code for c in found}
            if unit.code in ISLAND_SUCCESSORS:
                district_code, name = ISLAND_SUCCESSORS[unit.code]
                assert unit.name == name
                assert [(c.old_district_code, c.old_commune_code) for c in found] == [
                    (district_code, None)
                ]
            else:
                assert inherited, unit

    def test_split_communes_have_exactly_one_default(self, conversion: ConversionTable) -> None:
        by_old: dict[str, list[bool]] = {}
        for row in conversion:
            if not row.whole:
                assert row.old_commune_code is not None
                by_old.setdefault(row.old_commune_code, []).append(row.is_default)
        assert len(by_old) == 471
        assert all(flags.count(True) == 1 and len(flags) >= 2 for flags in by_old.values())

    def test_whole_communes_have_one_successor(self, conversion: ConversionTable) -> None:
        for row in conversion:
            if row.whole:
                key = row.old_commune_code or row.old_district_code
                assert conversion.successors(key) == [row]

    def test_codes_resolve_in_both_catalogues(
        self, conversion: ConversionTable, new: UnitCatalog, legacy: UnitCatalog
    ) -> None:
        for row in conversion:
            assert new.get(row.new_commune_code) is not None
            old = legacy.get(row.old_commune_code or row.old_district_code)
            assert old is not None
            assert old.province_code == row.old_province_code

    def test_file_rows_are_unique(self) -> None:
        path = config.resource_path("admin_units", "conversion_2025.csv")
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [tuple(r.values()) for r in csv.DictReader(handle)]
        assert len(rows) == len(set(rows)) == len(load_conversion())
