import unicodedata
from collections.abc import Iterable

import pytest

from egov_desktop.domain.units import (
    CATALOG_2025,
    CATALOG_LEGACY,
    CATALOGS,
    AdminUnit,
    ConversionTable,
    UnitCatalog,
    names_unit,
)
from egov_desktop.errors import ValidationError

COLUMNS_2025 = ("province_code", "province_name", "commune_code", "commune_name", "commune_type")
ROWS_2025 = [
    ("01", "Thành phố Hà Nội", "00004", "Phường Ba Đình", "Phường"),
    ("01", "Thành phố Hà Nội", "00008", "Phường Ngọc Hà", "Phường"),
    # Codes chosen below 00008 so that ranking, not code order, has to put them after it.
    ("01", "Thành phố Hà Nội", "00002", "Xã Tân Ngọc Hà", "Xã"),
    ("01", "Thành phố Hà Nội", "00003", "Xã Ngọc Hà Tây", "Xã"),
    ("01", "Thành phố Hà Nội", "09556", "Phường Xa La", "Phường"),
    ("38", "Tỉnh Thanh Hóa", "16171", "Xã Ba Đình", "Xã"),
    ("48", "Thành phố Đà Nẵng", "20333", "Đặc khu Hoàng Sa", "Đặc khu"),
    ("66", "Tỉnh Đắk Lắk", "24184", "Xã Ea H'Leo", "Xã"),
    ("66", "Tỉnh Đắk Lắk", "24133", "Phường Buôn Ma Thuột", "Phường"),
]

COLUMNS_LEGACY = (
    "province_code",
    "province_name",
    "district_code",
    "district_name",
    "district_type",
    "commune_code",
    "commune_name",
    "commune_type",
)
HN = ("01", "Thành phố Hà Nội")
TH = ("38", "Tỉnh Thanh Hóa")
ROWS_LEGACY = [
    (*HN, "001", "Quận Ba Đình", "Quận", "00001", "Phường Phúc Xá", "Phường"),
    (*HN, "001", "Quận Ba Đình", "Quận", "00004", "Phường Trúc Bạch", "Phường"),
    (*HN, "268", "Quận Hà Đông", "Quận", "09552", "Phường Yết Kiêu", "Phường"),
    (*TH, "380", "Thành phố Thanh Hóa", "Thành phố", "14776", "Phường Ba Đình", "Phường"),
    (*TH, "389", "Huyện Ngọc Lặc", "Huyện", "15061", "Thị trấn Ngọc Lặc", "Thị trấn"),
    (*TH, "389", "Huyện Ngọc Lặc", "Huyện", "15064", "Xã Ngọc Khê", "Xã"),
    ("31", "Thành phố Hải Phòng", "318", "Huyện Bạch Long Vĩ", "Huyện", "", "", ""),
]


def as_rows(columns: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> list[dict[str, str]]:
    return [dict(zip(columns, row, strict=True)) for row in rows]


@pytest.fixture
def new() -> UnitCatalog:
    return UnitCatalog.from_rows(CATALOG_2025, as_rows(COLUMNS_2025, ROWS_2025))


@pytest.fixture
def legacy() -> UnitCatalog:
    return UnitCatalog.from_rows(CATALOG_LEGACY, as_rows(COLUMNS_LEGACY, ROWS_LEGACY))


def codes(units: Iterable[AdminUnit]) -> list[str]:
    return [unit.code for unit in units]


class TestBuild:
    def test_catalog_names(self) -> None:
        assert CATALOGS == ("2025", "legacy")

    def test_unknown_catalog_is_a_validation_error(self) -> None:
        with pytest.raises(ValidationError, match='"xyz"'):
            UnitCatalog.from_rows("xyz", as_rows(COLUMNS_2025, ROWS_2025))

    def test_2025_has_provinces_and_communes_only(self, new: UnitCatalog) -> None:
        assert new.name == CATALOG_2025
        assert codes(new.provinces()) == ["01", "38", "48", "66"]
        assert len(new.communes()) == len(ROWS_2025)
        assert new.districts() == []
        assert len(new) == 4 + len(ROWS_2025)

    def test_legacy_has_districts(self, legacy: UnitCatalog) -> None:
        assert legacy.name == CATALOG_LEGACY
        assert codes(legacy.provinces()) == ["01", "31", "38"]
        assert codes(legacy.districts()) == ["001", "268", "318", "380", "389"]
        assert codes(legacy.districts("38")) == ["380", "389"]
        assert len(legacy.communes()) == 6

    def test_island_district_without_commune(self, legacy: UnitCatalog) -> None:
        island = legacy.get("318")
        assert island == AdminUnit(
            code="318",
            name="Huyện Bạch Long Vĩ",
            level="district",
            kind="Huyện",
            province_code="31",
            province_name="Thành phố Hải Phòng",
            district_code="318",
            district_name="Huyện Bạch Long Vĩ",
        )
        assert legacy.communes(district_code="318") == []

    def test_text_is_normalised_on_the_way_in(self) -> None:
        row = dict(zip(COLUMNS_2025, ROWS_2025[0], strict=True))
        row["commune_name"] = "  " + unicodedata.normalize("NFD", "Phường  Ba Đình") + " "
        row["commune_code"] = " 00004 "
        unit = UnitCatalog.from_rows(CATALOG_2025, [row]).get("00004")
        assert unit is not None
        assert unit.name == "Phường Ba Đình"

    @pytest.mark.parametrize("code", ["4", "0004", "000041", "0000A"])
    def test_malformed_code_is_refused(self, code: str) -> None:
        row = dict(zip(COLUMNS_2025, ROWS_2025[0], strict=True), commune_code=code)
        with pytest.raises(ValueError, match="digits"):
            UnitCatalog.from_rows(CATALOG_2025, [row])


class TestLookup:
    def test_commune_keeps_leading_zeros(self, new: UnitCatalog) -> None:
        unit = new.get("00004")
        assert unit == AdminUnit(
            code="00004",
            name="Phường Ba Đình",
            level="commune",
            kind="Phường",
            province_code="01",
            province_name="Thành phố Hà Nội",
        )

    def test_spaces_are_ignored(self, new: UnitCatalog) -> None:
        assert new.get(" 00004\t") is new.get("00004")

    @pytest.mark.parametrize("code", ["4", "0004", "99999", "", "Ba Đình"])
    def test_unknown_codes(self, new: UnitCatalog, code: str) -> None:
        assert new.get(code) is None

    def test_province_kinds(self, new: UnitCatalog) -> None:
        hanoi = new.get("01")
        thanh_hoa = new.get("38")
        assert hanoi is not None and thanh_hoa is not None
        assert (hanoi.level, hanoi.kind, hanoi.name) == (
            "province",
            "Thành phố",
            "Thành phố Hà Nội",
        )
        assert (thanh_hoa.kind, thanh_hoa.province_code) == ("Tỉnh", "38")

    def test_legacy_commune_carries_its_district(self, legacy: UnitCatalog) -> None:
        unit = legacy.get("00004")
        assert unit is not None
        assert (unit.name, unit.district_code, unit.district_name) == (
            "Phường Trúc Bạch",
            "001",
            "Quận Ba Đình",
        )

    def test_province_of(self, new: UnitCatalog, legacy: UnitCatalog) -> None:
        commune = new.get("16171")
        assert commune is not None
        assert new.province_of(commune).name == "Tỉnh Thanh Hóa"
        district = legacy.get("389")
        assert district is not None
        assert legacy.province_of(district).code == "38"
        province = new.get("01")
        assert province is not None
        assert new.province_of(province) is province

    def test_communes_filters(self, new: UnitCatalog, legacy: UnitCatalog) -> None:
        assert codes(new.communes(province_code="66")) == ["24133", "24184"]
        assert codes(new.communes(province_code="01")) == [
            "00002",
            "00003",
            "00004",
            "00008",
            "09556",
        ]
        assert codes(legacy.communes(district_code="001")) == ["00001", "00004"]
        assert codes(legacy.communes(province_code="38", district_code="389")) == [
            "15061",
            "15064",
        ]
        assert legacy.communes(province_code="01", district_code="389") == []


class TestIsUnder:
    @pytest.mark.parametrize(
        ("unit", "office", "expected"),
        [
            ("00004", "01", True),
            ("00004", "38", False),
            ("16171", "38", True),
            ("00004", "00004", False),
            ("01", "01", False),
            ("00004", "00008", False),
            ("99999", "01", False),
            ("00004", "99", False),
        ],
    )
    def test_2025(self, new: UnitCatalog, unit: str, office: str, expected: bool) -> None:
        assert new.is_under(unit, office) is expected

    @pytest.mark.parametrize(
        ("unit", "office", "expected"),
        [
            ("00004", "001", True),
            ("00004", "01", True),
            ("09552", "001", False),
            ("14776", "001", False),
            ("001", "01", True),
            ("001", "38", False),
            ("001", "001", False),
            ("318", "31", True),
        ],
    )
    def test_legacy(self, legacy: UnitCatalog, unit: str, office: str, expected: bool) -> None:
        assert legacy.is_under(unit, office) is expected


class TestSearch:
    def test_type_and_name(self, new: UnitCatalog) -> None:
        assert codes(new.search("phuong ba dinh")) == ["00004"]

    def test_name_alone_finds_every_kind(self, new: UnitCatalog) -> None:
        assert codes(new.search("ba dinh")) == ["00004", "16171"]

    def test_type_word_narrows(self, new: UnitCatalog) -> None:
        assert codes(new.search("xa ba dinh")) == ["16171"]
        assert codes(new.search("dac khu hoang sa")) == ["20333"]

    def test_type_word_that_is_part_of_a_name(self, new: UnitCatalog) -> None:
        """ "xa la" is both "Xã La…" and the name of Phường Xa La; the exact name wins."""
        assert codes(new.search("xa la"))[0] == "09556"
        assert codes(new.search("phuong xa la")) == ["09556"]

    @pytest.mark.parametrize(
        "query",
        [
            "Phường Ba Đình",
            "PHƯỜNG BA ĐÌNH",
            unicodedata.normalize("NFD", "Phường Ba Đình"),
            "  phuong   ba  dinh ",
            "phuong ba dinh ha noi",
            "ba dinh, Hà Nội",
        ],
    )
    def test_case_diacritics_and_spacing_are_ignored(self, new: UnitCatalog, query: str) -> None:
        assert codes(new.search(query)) == ["00004"]

    def test_words_may_match_the_province(self, new: UnitCatalog) -> None:
        assert codes(new.search("ba dinh thanh hoa")) == ["16171"]
        assert codes(new.search("ba dinh ha noi")) == ["00004"]

    def test_ranking_exact_then_prefix_then_contains(self, new: UnitCatalog) -> None:
        assert codes(new.search("ngoc ha")) == ["00008", "00003", "00002"]

    def test_ties_by_province_then_code(self, new: UnitCatalog) -> None:
        assert codes(new.search("phuong")) == ["00004", "00008", "09556", "24133"]

    def test_words_match_word_starts_only(self, new: UnitCatalog) -> None:
        assert codes(new.search("ba di")) == ["00004", "16171"]
        assert new.search("inh") == []

    @pytest.mark.parametrize("query", ["ea hleo", "Ea H'Leo", "ea h\u2019leo", "EA H'LEO"])
    def test_apostrophes(self, new: UnitCatalog, query: str) -> None:
        assert codes(new.search(query)) == ["24184"]

    def test_province_is_found_first_by_its_name(self, new: UnitCatalog) -> None:
        assert codes(new.search("ha noi"))[0] == "01"
        assert codes(new.search("thanh pho ha noi"))[0] == "01"

    def test_levels(self, new: UnitCatalog) -> None:
        assert codes(new.search("ha noi", levels=["province"])) == ["01"]
        assert "01" not in codes(new.search("ha noi", levels=("commune",)))

    def test_digits_match_code_prefixes(self, new: UnitCatalog) -> None:
        assert codes(new.search("000")) == ["00002", "00003", "00004", "00008"]
        assert codes(new.search("0000 4")) == ["00004"]
        assert codes(new.search("16")) == ["16171"]

    def test_exact_code_comes_first(self, legacy: UnitCatalog) -> None:
        assert codes(legacy.search("38")) == ["38", "380", "389"]
        assert codes(legacy.search("389")) == ["389"]
        assert codes(legacy.search("3")) == ["31", "318", "38", "380", "389"]
        assert codes(legacy.search("00", levels={"commune"})) == ["00001", "00004"]

    def test_limit(self, new: UnitCatalog) -> None:
        assert codes(new.search("phuong", limit=2)) == ["00004", "00008"]
        assert new.search("phuong", limit=0) == []

    @pytest.mark.parametrize("query", ["", "   ", "-", "khong co", "ba dinh da nang"])
    def test_nothing_found(self, new: UnitCatalog, query: str) -> None:
        assert new.search(query) == []

    def test_legacy_district_and_commune(self, legacy: UnitCatalog) -> None:
        found = codes(legacy.search("ba dinh"))
        # Exact names first (the district, then Phường Ba Đình of Thanh Hóa); then Phường Trúc
        # Bạch, whose name holds "ba…"; last Phường Phúc Xá, found only through its district.
        assert found == ["001", "14776", "00004", "00001"]
        assert codes(legacy.search("quan ba dinh")) == ["001"]
        assert codes(legacy.search("phuc xa ba dinh")) == ["00001"]

    def test_legacy_thi_tran(self, legacy: UnitCatalog) -> None:
        assert codes(legacy.search("thi tran ngoc lac")) == ["15061"]
        # The thị trấn is left out; the xã of Huyện Ngọc Lặc matches through its district.
        assert codes(legacy.search("xa ngoc lac")) == ["15064"]
        assert codes(legacy.search("ngoc lac")) == ["389", "15061", "15064"]


CONVERSION_COLUMNS = (
    "old_province_code",
    "old_district_code",
    "old_commune_code",
    "new_commune_code",
    "whole",
    "is_default",
)
CONVERSION_ROWS = [
    ("01", "001", "00001", "00097", "1", "1"),
    ("01", "001", "00004", "00004", "1", "1"),
    ("01", "002", "00010", "00008", "0", "1"),
    ("01", "002", "00010", "00004", "0", "0"),
    ("31", "318", "", "11948", "1", "1"),
]


@pytest.fixture
def conversion() -> ConversionTable:
    return ConversionTable.from_rows(as_rows(CONVERSION_COLUMNS, CONVERSION_ROWS))


class TestConversion:
    def test_rows(self, conversion: ConversionTable) -> None:
        assert len(conversion) == 5
        assert {row.new_commune_code for row in conversion} == {"00097", "00004", "00008", "11948"}

    def test_predecessors(self, conversion: ConversionTable) -> None:
        found = conversion.predecessors("00004")
        assert [(c.old_commune_code, c.whole, c.is_default) for c in found] == [
            ("00004", True, True),
            ("00010", False, False),
        ]
        assert found[1].old_district_code == "002"
        assert found[1].old_province_code == "01"
        assert conversion.predecessors("99999") == []

    def test_successors_of_a_split_commune_default_first(self, conversion: ConversionTable) -> None:
        found = conversion.successors("00010")
        assert [(c.new_commune_code, c.is_default) for c in found] == [
            ("00008", True),
            ("00004", False),
        ]

    def test_island_district_is_keyed_by_district(self, conversion: ConversionTable) -> None:
        (row,) = conversion.successors("318")
        assert row.old_commune_code is None
        assert (row.new_commune_code, row.whole, row.is_default) == ("11948", True, True)
        assert conversion.predecessors("11948") == [row]

    def test_successors_of_a_district(self, conversion: ConversionTable) -> None:
        assert [c.new_commune_code for c in conversion.successors("001")] == ["00097", "00004"]
        assert len(conversion.successors("01")) == 4

    def test_bad_flag(self) -> None:
        rows = as_rows(CONVERSION_COLUMNS, [("01", "001", "00001", "00097", "yes", "1")])
        with pytest.raises(ValueError, match="whole"):
            ConversionTable.from_rows(rows)


class TestNamesUnit:
    """A hand-filled sheet's unit line is compared with the unit its figures go to."""

    LABEL = "Đơn vị báo cáo:  "
    NAMES = ("Phường Hoàn Kiếm",)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Đơn vị báo cáo: UBND Phường Hoàn Kiếm", True),
            ("Đơn vị báo cáo: ubnd phuong hoan kiem", True),
            ("UBND PHƯỜNG HOÀN KIẾM", True),
            ("Đơn vị báo cáo: UBND P. Hoàn Kiếm, Hà Nội", True),
            ("Đơn vị báo cáo: đơn vị mã 00070", True),
            ("Đơn vị báo cáo: UBND Phường Ba Đình", False),
            ("Đơn vị báo cáo: UBND Phường Hoàn", False),
            ("Đơn vị báo cáo: ……………", None),
            ("Đơn vị báo cáo :", None),
            ("", None),
        ],
    )
    def test_line(self, text: str, expected: bool | None) -> None:
        assert names_unit(text, names=self.NAMES, code="00070", label=self.LABEL) is expected

    def test_any_of_the_names(self) -> None:
        names = ("Phường Trúc Bạch", "Phường Ba Đình")
        assert names_unit("UBND phường Ba Đình", names=names, code="00019") is True
