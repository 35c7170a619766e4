import unicodedata

import pytest

from egov_desktop.domain.legacy_text import (
    TCVN3,
    UNICODE,
    VNI,
    decode_cp1258,
    detect_encoding,
    is_capital_font,
    tcvn3_to_unicode,
    to_unicode,
    vni_to_unicode,
)

# The TCVN3 characters of domain.md §9, grouped by vowel, and what they stand for. The doc's
# copy has "\u00d1\u00aa" (ẹ ê) fused into U+046A; it is written out here as code points.
TCVN3_CHART = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏ\u00d1\u00aaÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòôõøö÷ùúýûüþ"
TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụừứửữựỳýỷỹỵ"

# VNI-Windows spelling of every lowercase Vietnamese letter, written out from the chart.
VNI_LETTERS = {
    "aø": "à", "aù": "á", "aû": "ả", "aõ": "ã", "aï": "ạ",
    "aê": "ă", "aè": "ằ", "aé": "ắ", "aú": "ẳ", "aü": "ẵ", "aë": "ặ",
    "aâ": "â", "aà": "ầ", "aá": "ấ", "aå": "ẩ", "aã": "ẫ", "aä": "ậ",
    "eø": "è", "eù": "é", "eû": "ẻ", "eõ": "ẽ", "eï": "ẹ",
    "eâ": "ê", "eà": "ề", "eá": "ế", "eå": "ể", "eã": "ễ", "eä": "ệ",
    "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị",
    "oø": "ò", "où": "ó", "oû": "ỏ", "oõ": "õ", "oï": "ọ",
    "oâ": "ô", "oà": "ồ", "oá": "ố", "oå": "ổ", "oã": "ỗ", "oä": "ộ",
    "ô": "ơ", "ôø": "ờ", "ôù": "ớ", "ôû": "ở", "ôõ": "ỡ", "ôï": "ợ",
    "uø": "ù", "uù": "ú", "uû": "ủ", "uõ": "ũ", "uï": "ụ",
    "ö": "ư", "öø": "ừ", "öù": "ứ", "öû": "ử", "öõ": "ữ", "öï": "ự",
    "yø": "ỳ", "yù": "ý", "yû": "ỷ", "yõ": "ỹ", "î": "ỵ",
    "ñ": "đ",
}  # fmt: skip


class TestTcvn3:
    def test_sample_sentence(self) -> None:
        assert to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", ".VnTime") == (
            "Cộng hoà xã hội chủ nghĩa Việt Nam"
        )

    def test_sentence_that_a_shifted_table_corrupts(self) -> None:
        assert tcvn3_to_unicode("hép møt tÕt") == "hộp mứt tết"

    def test_the_whole_chart(self) -> None:
        assert len(TCVN3_CHART) == len(TCVN3_LETTERS) == 66
        assert tcvn3_to_unicode(TCVN3_CHART) == TCVN3_LETTERS

    def test_soft_hyphen_is_u_horn(self) -> None:
        assert to_unicode("Ng\u00adêi", ".VnTime") == "Người"
        assert tcvn3_to_unicode("\u00ad") == "ư"

    def test_capitals_of_the_normal_font(self) -> None:
        assert tcvn3_to_unicode("¡¢£¤¥¦§") == "ĂÂÊÔƠƯĐ"
        assert tcvn3_to_unicode("§µ N½ng") == "Đà Nẵng"

    @pytest.mark.parametrize("font", [".VnTimeH", ".VnArialH", " .VnTimeH "])
    def test_h_fonts_are_capitals(self, font: str) -> None:
        assert to_unicode("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", font) == (
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        )
        assert to_unicode("céng hoµ", font) == "CỘNG HOÀ"

    def test_normal_font_keeps_case(self) -> None:
        assert to_unicode("céng hoµ", ".VnTime") == "cộng hoà"

    def test_plain_ascii_and_unmapped_code_points_pass_through(self) -> None:
        assert tcvn3_to_unicode("Nam 2025 - (A/B) \u00c0\u00f0") == "Nam 2025 - (A/B) \u00c0\u00f0"


class TestVni:
    def test_sample_sentence(self) -> None:
        assert to_unicode("Xin chaøo caùc baïn", "VNI-Times") == "Xin chào các bạn"

    @pytest.mark.parametrize(("vni", "letter"), sorted(VNI_LETTERS.items()))
    def test_each_lowercase_letter(self, vni: str, letter: str) -> None:
        assert vni_to_unicode(vni) == letter

    @pytest.mark.parametrize(("vni", "letter"), sorted(VNI_LETTERS.items()))
    def test_each_capital_letter(self, vni: str, letter: str) -> None:
        assert vni_to_unicode(vni.upper()) == letter.upper()

    def test_all_67_letters_are_covered(self) -> None:
        assert len(VNI_LETTERS) == 67
        assert len(set(VNI_LETTERS.values())) == 67

    def test_u_horn_o_horn_sequences(self) -> None:
        assert vni_to_unicode("ñöôøng") == "đường"
        assert vni_to_unicode("NGÖÔØI") == "NGƯỜI"

    def test_capitals(self) -> None:
        assert vni_to_unicode("THAØNH PHOÁ HOÀ CHÍ MINH") == "THÀNH PHỐ HỒ CHÍ MINH"
        assert vni_to_unicode("UÛy ban nhaân daân") == "Ủy ban nhân dân"

    def test_result_is_nfc(self) -> None:
        assert unicodedata.is_normalized("NFC", vni_to_unicode("Coäng hoøa xaõ hoäi"))


class TestDetection:
    @pytest.mark.parametrize("font", [".VnTime", ".VnTimeH", ".VnArial", ".vnCentury Schoolbook"])
    def test_vn_fonts_are_tcvn3(self, font: str) -> None:
        assert detect_encoding("Nam", font) == TCVN3

    @pytest.mark.parametrize("font", ["VNI-Times", "VNI-Helve", "vni-times"])
    def test_vni_fonts_are_vni(self, font: str) -> None:
        assert detect_encoding("Nam", font) == VNI

    @pytest.mark.parametrize("font", [None, "", "Times New Roman", "Arial"])
    def test_content_decides_without_a_legacy_font(self, font: str | None) -> None:
        assert detect_encoding("Céng hoµ x· héi chñ nghÜa ViÖt Nam", font) == TCVN3
        assert detect_encoding("Xin chaøo caùc baïn", font) == VNI
        assert detect_encoding("Cộng hòa xã hội chủ nghĩa Việt Nam", font) == UNICODE

    @pytest.mark.parametrize(
        "text",
        [
            "Khánh Hoà",  # "oà" is also VNI "ồ"
            "Thanh Hoá, Tây Ninh",
            "Cà Mau",
            "© 2020 UBND",
            "Số 12/QĐ-UBND",
            "",
        ],
    )
    def test_unicode_text_with_latin1_letters_stays_unicode(self, text: str) -> None:
        assert detect_encoding(text) == UNICODE
        assert to_unicode(text) == text

    def test_e_dot_and_e_circumflex_are_tcvn3_markers(self) -> None:
        assert to_unicode("mÑ tªn") == "mẹ tên"

    def test_tcvn3_with_an_ambiguous_pair(self) -> None:
        assert detect_encoding("Thuû lîi") == TCVN3
        assert to_unicode("Thuû lîi") == "Thuỷ lợi"

    def test_unicode_letters_win_over_a_legacy_font(self) -> None:
        """A cell already converted but still in .VnTime must not be decoded twice."""
        assert detect_encoding("Thành phố Hà Nội", ".VnTime") == UNICODE
        assert to_unicode("Thành phố Hà Nội", ".VnTimeH") == "Thành phố Hà Nội"
        assert detect_encoding("Đà", "VNI-Times") == UNICODE

    def test_nfd_text_is_unicode_and_composed(self) -> None:
        nfd = unicodedata.normalize("NFD", "Hà Nội")
        assert detect_encoding(nfd) == UNICODE
        assert to_unicode(nfd) == "Hà Nội"

    def test_capital_fonts(self) -> None:
        assert is_capital_font(".VnTimeH")
        assert not is_capital_font(".VnTime")
        assert not is_capital_font(None)
        assert not is_capital_font("")


class TestCp1258:
    def test_decoding_is_composed(self) -> None:
        assert b"\x48\xf4\xcc".decode("cp1258") != "Hồ"
        assert decode_cp1258(b"\x48\xf4\xcc") == "Hồ"
        assert decode_cp1258(b"Vi\xea\xf2t Nam") == "Việt Nam"

    def test_precomposed_bytes(self) -> None:
        assert decode_cp1258(b"\xd0\xe3\xfd") == "Đăư"
