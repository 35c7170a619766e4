import json
import unicodedata

import pytest

from egov_desktop.domain import messages
from egov_desktop.domain.text import (
    REASON_LIMIT,
    checked_reason,
    clean_text,
    fold,
    nfc,
    nfc_json,
    size_text,
)
from egov_desktop.errors import ValidationError

NFC_NAME = "Phường Ba Đình"
NFD_NAME = unicodedata.normalize("NFD", NFC_NAME)


class TestNfc:
    def test_composes_decomposed_text(self) -> None:
        assert NFD_NAME != NFC_NAME
        assert nfc(NFD_NAME) == NFC_NAME

    def test_cp1258_style_tone_mark_is_composed(self) -> None:
        """cp1258 decoding yields base letter + combining tone mark (domain.md §9)."""
        assert nfc("Ho\u0302\u0300") == "Hồ"

    def test_leaves_nfc_text_alone(self) -> None:
        assert nfc(NFC_NAME) == NFC_NAME


class TestCleanText:
    def test_normalises_and_collapses_whitespace(self) -> None:
        assert clean_text(f"  {NFD_NAME.replace(' ', '   ')}\t\n") == NFC_NAME

    def test_non_breaking_space_counts_as_space(self) -> None:
        assert clean_text("Xã\u00a0Ba  Đình ") == "Xã Ba Đình"

    def test_keeps_case_and_diacritics(self) -> None:
        assert clean_text("Thị trấn Ngọc Lặc") == "Thị trấn Ngọc Lặc"

    def test_empty(self) -> None:
        assert clean_text("   ") == ""

    def test_drops_what_shows_as_nothing(self) -> None:
        # Copied from a web page or a Word file: zero-width space, word joiner, byte-order mark.
        assert clean_text("\ufeffHộ\u200b tịch\u2060") == "Hộ tịch"
        assert clean_text("\u200b") == ""


class TestFold:
    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("Phường Ba Đình", "phuong ba dinh"),
            ("ĐẮK LẮK", "dak lak"),
            ("Thị trấn Ngọc Lặc", "thi tran ngoc lac"),
            ("Xã Ea H'leo", "xa ea h'leo"),
            ("  Thành   phố\tHồ Chí Minh ", "thanh pho ho chi minh"),
            ("Quận 1", "quan 1"),
            ("", ""),
        ],
    )
    def test_keys(self, text: str, key: str) -> None:
        assert fold(text) == key

    def test_nfc_and_nfd_fold_alike(self) -> None:
        assert fold(NFD_NAME) == fold(NFC_NAME) == "phuong ba dinh"

    def test_d_with_stroke_is_d(self) -> None:
        """Đ has no Unicode decomposition, so it needs its own mapping."""
        assert fold("Đđ") == "dd"

    def test_result_has_no_combining_marks(self) -> None:
        text = "Ưu ái ở Ỷ Lã Ậu ỹ ỵ ẵ ẳ"
        folded = fold(text)
        assert folded.isascii()
        assert folded == "uu ai o y la au y y a a"


@pytest.mark.parametrize("ascii_only", [False, True])
def test_nfc_json_composes_every_string(ascii_only: bool) -> None:
    """Raw decomposed characters and \\u escapes of them (an ASCII-only writer) alike."""
    text = json.dumps({NFD_NAME: [NFD_NAME, 3, None]}, ensure_ascii=ascii_only)
    assert nfc_json(text) == {NFC_NAME: [NFC_NAME, 3, None]}


class TestCheckedReason:
    def test_is_cleaned_text(self) -> None:
        typed = "  Sai  số liệu " + unicodedata.normalize("NFD", "dòng Hộ tịch") + "\n"
        assert checked_reason(typed, "x") == "Sai số liệu dòng Hộ tịch"

    @pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
    def test_an_empty_reason_is_refused_with_the_callers_message(self, typed: str) -> None:
        with pytest.raises(ValidationError) as refused:
            checked_reason(typed, messages.RETURN_NEEDS_REASON)
        assert refused.value.message == "Trả lại báo cáo cần nêu lý do."

    def test_at_most_the_limit_after_cleaning(self) -> None:
        assert REASON_LIMIT == 500
        longest = "x" * REASON_LIMIT
        assert checked_reason(f"  {longest}  ", "x") == longest  # spaces around do not count
        with pytest.raises(ValidationError) as refused:
            checked_reason(longest + "y", "x")
        assert refused.value.message == "Lý do quá dài (tối đa 500 ký tự)."


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 KB"),
        (300, "1 KB"),
        (159_744, "160 KB"),
        (12_500_000, "12,5 MB"),
        (150_000_000, "150 MB"),
        (1_234_000_000, "1,2 GB"),
        (35_400_000_000, "35,4 GB"),
    ],
)
def test_a_size_is_shown_as_a_vietnamese_reader_reads_it(size: int, shown: str) -> None:
    assert size_text(size) == shown
