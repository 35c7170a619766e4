import re
import sqlite3
import unicodedata
from datetime import date

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import SetupRequiredError, ValidationError
from egov_desktop.services.register_dto import DossierInput, DossierQuery

D = date(2025, 7, 1)


def dossier(code: str = "HS1", **changes: object) -> DossierInput:
    data: dict[str, object] = {
        "code": code,
        "sector": "Hộ tịch",
        "channel": "Trực tuyến",
        "received": D,
        "due": date(2025, 7, 3),
        "procedure_name": "Đăng ký khai sinh",
        "applicant": "Nguyễn Văn An",
    }
    data.update(changes)
    return DossierInput(**data)  # type: ignore[arg-type]


def audit(services: Services) -> list[tuple[str, str, str | None, str | None]]:
    with services.database.uow() as uow:
        return [
            (a.entity_key, a.field, a.old_value, a.new_value)
            for a in reversed(uow.audit.recent(1000))
            if a.entity == "dossier"
        ]


def test_needs_setup(services: Services) -> None:
    with pytest.raises(SetupRequiredError):
        services.register.count()


def test_add_stores_canonical_values(commune: Services) -> None:
    """Channel and status spellings are canonical, text is NFC, status follows the dates."""
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Văn An ")
    info = commune.register.add(dossier(applicant=nfd, channel="BCCI"))
    assert info.applicant == "Nguyễn Văn An"
    assert (info.channel, info.channel_label) == ("postal", "Dịch vụ bưu chính công ích")
    assert info.status == "Đang giải quyết"
    done = commune.register.add(dossier("HS2", resolved=date(2025, 7, 2)))
    assert done.status == "Đã giải quyết"
    assert not done.components_reused
    # Components taken from the national portal were reused, whatever the caller said.
    portal = commune.register.add(dossier("HS3", components_reused_national=True))
    assert portal.components_reused and portal.components_reused_national
    assert audit(commune) == [
        ("HS1", "created", None, "Đang giải quyết"),
        ("HS2", "created", None, "Đã giải quyết"),
        ("HS3", "created", None, "Đang giải quyết"),
    ]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"due": date(2025, 6, 30)}, "Ngày hẹn trả kết quả (30/06/2025) trước ngày nhận hồ sơ"),
        ({"resolved": date(2025, 6, 30)}, "Ngày kết thúc hồ sơ (30/06/2025) trước ngày nhận"),
        ({"channel": "fax"}, 'Hình thức tiếp nhận không hợp lệ: "fax"'),
        ({"status": "xong rồi"}, 'Trạng thái hồ sơ không hợp lệ: "xong rồi"'),
        ({"due": None}, "chưa có ngày hẹn trả kết quả"),
        ({"status": "Rút hồ sơ"}, "phải có ngày kết thúc"),
        ({"status": "Đã giải quyết"}, '"Đã giải quyết" phải có ngày có kết quả'),
        ({"status": "hoàn thành"}, '"Đã giải quyết" phải có ngày có kết quả'),
        ({"code": "  "}, "chưa có mã hồ sơ"),
        ({"sector": ""}, "chưa có lĩnh vực"),
        ({"applicant": "x" * 301}, "quá dài"),
    ],
)
def test_add_refuses_bad_dossiers(
    commune: Services, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        commune.register.add(dossier(**changes))
    assert commune.register.count() == 0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"received": date(2027, 1, 1), "due": date(2027, 1, 5)},
            "Ngày nhận hồ sơ (01/01/2027) sau ngày hôm nay (23/11/2026)",
        ),
        ({"received": date(1900, 11, 20), "due": date(1900, 11, 25)}, "trước năm 2000"),
        ({"received": date(1, 1, 1), "due": date(1, 1, 2)}, "(01/01/0001) trước năm 2000"),
        ({"resolved": date(2026, 12, 1)}, "Ngày kết thúc hồ sơ (01/12/2026) sau ngày hôm nay"),
        ({"due": date(2099, 11, 25)}, "cách ngày nhận hồ sơ (01/07/2025) hơn 5 năm"),
        (
            {"status": "Rút hồ sơ", "resolved": date(2036, 11, 20)},
            "Ngày kết thúc hồ sơ (20/11/2036) sau ngày hôm nay",
        ),
        ({"returned": date(2026, 11, 24)}, "Ngày trả kết quả (24/11/2026) sau ngày hôm nay"),
    ],
)
def test_add_and_update_refuse_impossible_dates(
    commune: Services, changes: dict[str, object], message: str
) -> None:
    today = date(2026, 11, 23)
    with pytest.raises(ValidationError, match=re.escape(message)):
        commune.register.add(dossier(**changes), today=today)
    info = commune.register.add(dossier(), today=today)
    with pytest.raises(ValidationError, match=re.escape(message)):
        commune.register.update(info.id, changes, today=today)
    assert commune.register.get(info.id).due == date(2025, 7, 3)
    assert commune.register.count() == 1


def test_a_result_handed_over_needs_its_end_date(commune: Services) -> None:
    """A typed dossier with a return day but no resolution date is refused, not guessed."""
    with pytest.raises(ValidationError, match="chưa có ngày có kết quả"):
        commune.register.add(dossier(returned=date(2025, 7, 3)), today=date(2025, 7, 5))
    assert commune.register.count() == 0
    info = commune.register.add(
        dossier(resolved=date(2025, 7, 2), returned=date(2025, 7, 3)), today=date(2025, 7, 5)
    )
    assert (info.resolved, info.returned) == (date(2025, 7, 2), date(2025, 7, 3))


def test_the_end_date_may_be_today(commune: Services) -> None:
    info = commune.register.add(dossier(resolved=date(2025, 7, 2)), today=date(2025, 7, 2))
    assert info.status == "Đã giải quyết"


def test_a_code_too_long_is_quoted_by_its_beginning(commune: Services) -> None:
    with pytest.raises(ValidationError) as error:
        commune.register.add(dossier("HS-" + "X" * 297))
    assert str(error.value) == (
        'Mã hồ sơ "HS-XXXXXXXXXXXXXXXXX…" quá dài (300 ký tự, tối đa 64 ký tự).'
    )
    with pytest.raises(ValidationError) as error:
        commune.register.add(dossier("HS1", lead_agency="x" * 301))
    assert str(error.value) == (
        "Cơ quan chủ trì giải quyết của hồ sơ HS1 quá dài (tối đa 300 ký tự)."
    )


def test_a_note_keeps_its_lines_within_its_limit(commune: Services) -> None:
    info = commune.register.add(dossier("HS1", note=" Gọi lại\nsáng thứ Hai " + "x" * 3979))
    assert info.note.startswith("Gọi lại\nsáng thứ Hai x") and len(info.note) == 4000
    with pytest.raises(ValidationError) as error:
        commune.register.update(info.id, {"note": "y" * 4001})
    assert str(error.value) == "Ghi chú của hồ sơ HS1 quá dài (tối đa 4000 ký tự)."
    assert commune.register.get(info.id).note == info.note


def test_duplicate_code_is_refused(commune: Services) -> None:
    commune.register.add(dossier())
    with pytest.raises(ValidationError, match="đã có trong sổ"):
        commune.register.add(dossier())


def test_a_code_differing_only_in_case_is_the_same_dossier(commune: Services) -> None:
    commune.register.add(dossier("HS-010"))
    with pytest.raises(ValidationError) as error:
        commune.register.add(dossier("hs-010"))
    assert str(error.value) == (
        'Mã hồ sơ "hs-010" đã có trong sổ theo dõi, viết là "HS-010" (mã hồ sơ không phân biệt'
        " chữ hoa, chữ thường)."
    )
    with pytest.raises(ValidationError, match=re.escape('Mã hồ sơ "HS-010" đã có trong sổ')):
        commune.register.add(dossier(" HS-010 "))
    commune.register.add(dossier(unicodedata.normalize("NFD", "HS-Đường")))
    with pytest.raises(ValidationError, match="viết là"):
        commune.register.add(dossier("hs-đường"))
    other = commune.register.add(dossier("HS-011"))
    with pytest.raises(ValidationError, match='viết là "HS-010"'):
        commune.register.update(other.id, {"code": "Hs-010"})
    assert commune.register.count() == 3
    # A dossier may change the case of its own code.
    assert commune.register.update(other.id, {"code": "hs-011"}).code == "hs-011"


def test_codes_already_stored_in_two_cases_stay_editable(commune: Services) -> None:
    """A register written before codes were compared so is read and edited as it is."""
    first = commune.register.add(dossier("HS-010"))
    second = commune.register.add(dossier("HS-011"))
    conn = sqlite3.connect(commune.paths.database)
    with conn:
        conn.execute("UPDATE dossier SET code = 'hs-010' WHERE id = ?", (second.id,))
    conn.close()
    assert commune.register.update(second.id, {"note": "trùng mã"}).code == "hs-010"
    assert commune.register.update(first.id, {"note": "trùng mã"}).code == "HS-010"
    assert commune.register.count() == 2
    # Found as written; another case could be either of them, and is refused naming both.
    assert commune.register.find("hs-010").id == second.id
    with pytest.raises(ValidationError) as error:
        commune.register.find("Hs-010")
    assert str(error.value) == (
        'Mã hồ sơ "Hs-010" khớp với nhiều hồ sơ trong sổ, chỉ khác chữ hoa, chữ thường'
        " (HS-010, hs-010): hãy ghi mã đúng như trong sổ."
    )


def test_find_a_dossier_by_its_code_whatever_its_case(commune: Services) -> None:
    added = commune.register.add(dossier("HS-Đường"))
    assert commune.register.find(" hs-đường ").id == added.id
    with pytest.raises(ValidationError, match='Không tìm thấy hồ sơ "HS-Đường2"'):
        commune.register.find("HS-Đường2")


@pytest.mark.parametrize("status", ["Đang giải quyết", "Chờ bổ sung"])
def test_an_open_status_with_an_end_date_is_kept_counted_resolved_and_warned_of(
    commune: Services, status: str
) -> None:
    warning = (
        f'Hồ sơ có ngày có kết quả (02/07/2025) nhưng trạng thái là "{status}": hồ sơ được tính'
        " là đã giải quyết. Nếu hồ sơ chưa có kết quả, hãy xóa ngày có kết quả; nếu đã có, hãy"
        ' chọn trạng thái "Đã giải quyết".'
    )
    added = commune.register.add(dossier(resolved=date(2025, 7, 2), status=status))
    assert (added.status, added.warnings) == (status, (warning,))
    assert commune.register.find("HS1").warnings == (warning,)
    # The counting stays the domain rule (§5.2): the dates decide.
    row = next(r for r in commune.stats.compute(period="2025-Q3").rows if r.sector == "Hộ tịch")
    assert (row.values[7], row.values[11]) == (1, 0)
    # By the dates, or without the date, nothing contradicts.
    assert commune.register.update(added.id, {"status": None}).warnings == ()
    assert commune.register.update(added.id, {"status": status}).warnings == (warning,)
    assert commune.register.update(added.id, {"resolved": None}).warnings == ()
    assert commune.register.add(dossier("HS2", resolved=date(2025, 7, 2))).warnings == ()


def test_update_audits_each_changed_field(commune: Services) -> None:
    info = commune.register.add(dossier())
    updated = commune.register.update(info.id, {"resolved": date(2025, 7, 2), "note": "xong"})
    assert updated.status == "Đã giải quyết"  # the end date moved the status
    assert audit(commune)[1:] == [
        ("HS1", "resolved", None, "2025-07-02"),
        ("HS1", "status", "Đang giải quyết", "Đã giải quyết"),
        ("HS1", "note", "", "xong"),
    ]
    # Nothing changed, nothing audited.
    commune.register.update(info.id, {"note": "xong"})
    assert len(audit(commune)) == 4
    withdrawn = commune.register.update(info.id, {"status": "rút hồ sơ"})
    assert withdrawn.status == "Rút hồ sơ"
    assert audit(commune)[-1] == ("HS1", "status", "Đã giải quyết", "Rút hồ sơ")


def test_update_refuses_bad_changes_and_keeps_the_dossier(commune: Services) -> None:
    info = commune.register.add(dossier())
    with pytest.raises(ValidationError, match="trước ngày nhận"):
        commune.register.update(info.id, {"due": date(2025, 6, 1)})
    with pytest.raises(ValidationError, match="Không sửa được"):
        commune.register.update(info.id, {"id": 5})
    with pytest.raises(ValidationError, match="Không tìm thấy"):
        commune.register.update(999, {"note": "x"})
    assert commune.register.get(info.id).due == date(2025, 7, 3)
    assert len(audit(commune)) == 1


def test_delete_is_audited(commune: Services) -> None:
    info = commune.register.add(dossier())
    commune.register.delete(info.id)
    assert commune.register.count() == 0
    assert audit(commune)[-1] == ("HS1", "deleted", "Đang giải quyết", None)


class TestList:
    @pytest.fixture
    def filled(self, commune: Services) -> Services:
        add = commune.register.add
        add(dossier("A1", received=date(2025, 6, 1), due=date(2025, 6, 5)))  # pending, late
        add(dossier("A2", received=date(2025, 7, 1), resolved=date(2025, 7, 2)))
        add(dossier("A3", sector="Đất đai", channel="trực tiếp", applicant="Trần Thị Bình"))
        add(dossier("A4", received=date(2025, 9, 20), due=date(2025, 9, 25), status="Chờ bổ sung"))
        add(dossier("A5_%", applicant="Lê 100%"))
        return commune

    def codes(self, services: Services, query: DossierQuery, **page: int) -> list[str]:
        return [d.code for d in services.register.list(query, **page)]

    def test_newest_first_and_paged(self, filled: Services) -> None:
        everything = self.codes(filled, DossierQuery())
        assert everything[0] == "A4" and everything[-1] == "A1"
        assert self.codes(filled, DossierQuery(), offset=1, limit=2) == everything[1:3]
        assert filled.register.count() == 5
        with pytest.raises(ValidationError, match="Số dòng mỗi trang"):
            filled.register.list(limit=0)

    def test_an_offset_past_any_register_is_refused(self, filled: Services) -> None:
        # Past SQLite's integers it would fail there; the page says what is accepted.
        with pytest.raises(ValidationError) as refused:
            filled.register.list(offset=10**20)
        assert refused.value.message == (
            "Số hồ sơ bỏ qua không được quá 1.000.000.000 (nhận được 100000000000000000000)."
        )
        assert self.codes(filled, DossierQuery(), offset=1_000_000_000) == []
        assert len(self.codes(filled, DossierQuery(), offset=-1)) == 5  # read as 0

    def test_search_ignores_diacritics(self, filled: Services) -> None:
        assert "A3" in self.codes(filled, DossierQuery(search="tran thi binh"))
        assert self.codes(filled, DossierQuery(search="TRẦN")) == ["A3"]
        assert filled.register.count(DossierQuery(search="nguyen van an")) == 3
        assert self.codes(filled, DossierQuery(search="khai sinh a2")) == []
        assert self.codes(filled, DossierQuery(search="a2")) == ["A2"]
        # LIKE wildcards are literal.
        assert self.codes(filled, DossierQuery(search="100%")) == ["A5_%"]
        assert self.codes(filled, DossierQuery(search="_")) == ["A5_%"]

    def test_filters(self, filled: Services) -> None:
        assert self.codes(filled, DossierQuery(sector="dat dai")) == ["A3"]
        assert self.codes(filled, DossierQuery(channel="truc tiep")) == ["A3"]
        assert self.codes(filled, DossierQuery(status="cho bo sung")) == ["A4"]
        overdue = DossierQuery(overdue=True, today=date(2025, 7, 10))
        assert sorted(self.codes(filled, overdue)) == ["A1", "A3", "A5_%"]
        assert self.codes(filled, DossierQuery(sector="Không có")) == []

    def test_period_window(self, filled: Services) -> None:
        q3 = DossierQuery(period="2025-Q3", mode="calendar")
        # A1 was received in June and is still pending: carried over into Q3.
        assert sorted(self.codes(filled, q3)) == ["A1", "A2", "A3", "A4", "A5_%"]
        received = DossierQuery(period="2025-Q3", mode="calendar", basis="received")
        assert "A1" not in self.codes(filled, received)
        resolved = DossierQuery(period="2025-M07", mode="calendar", basis="resolved")
        assert self.codes(filled, resolved) == ["A2"]
        assert filled.register.count(DossierQuery(period="2025-Q2", mode="calendar")) == 1

    def test_sectors_of_the_register(self, filled: Services) -> None:
        assert filled.register.sectors() == ["Đất đai", "Hộ tịch"]
        assert filled.register.find(" A3 ").problems == ()
        with pytest.raises(ValidationError, match="Không tìm thấy hồ sơ"):
            filled.register.find("ZZ")


def test_search_key_is_fold() -> None:
    """The fast search key equals domain.text.fold on NFC text."""
    import random

    from egov_desktop.domain.text import fold, nfc
    from egov_desktop.services.register import search_key

    letters = "aăâbcdđeêioôơuưyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừ"
    letters += "ứửữựỳýỷỹỵÀÁẢÃẠỲÝỸ0123456789%_-./İß\u00a0\t"
    rng = random.Random(3)
    for _ in range(5000):
        text = nfc("".join(rng.choice(letters) for _ in range(rng.randrange(40))))
        assert search_key(text) == fold(text), text
    assert search_key("HS-01", None, "Nguyễn  Văn An", "") == "hs-01 nguyen van an"


def test_the_sector_field_offers_the_unit_s_list_then_the_register_s_other_spellings(
    commune: Services,
) -> None:
    from egov_desktop.services.sectors import default_sectors

    assert commune.register.sector_choices() == list(default_sectors())  # a first dossier
    land = commune.sectors.find("Đất đai")
    commune.sectors.set_hidden(land.id, True)
    commune.register.add(dossier("HS1", sector="hộ tịch"))  # the unit's, spelt otherwise
    commune.register.add(dossier("HS2", sector="Ân xá"))
    choices = commune.register.sector_choices()
    shown = [s.name for s in commune.sectors.list()]
    assert choices == [*shown, "Ân xá"] and "Đất đai" not in choices


def test_hidden_sector_names_the_unit_s_hidden_sector_a_typed_name_is(commune: Services) -> None:
    assert commune.register.hidden_sector("Đất đai") is None  # nothing hidden
    commune.sectors.set_hidden(commune.sectors.find("Đất đai").id, True)
    for typed in ("Đất đai", " ĐẤT  ĐAI ", "dat dai"):
        assert commune.register.hidden_sector(typed) == "Đất đai"
    assert commune.register.hidden_sector("Hộ tịch") is None  # listed
    assert commune.register.hidden_sector("Ân xá") is None  # new
    # Another sector folding to the same letters (a register spelling, as the list refuses
    # it): which one is meant is asked.
    commune.register.add(dossier("HS1", sector="Dật đài"))
    assert commune.register.hidden_sector("Đất đai") == "Đất đai"  # the exact name
    with pytest.raises(ValidationError, match="có thể là: Dật đài, Đất đai"):
        commune.register.hidden_sector("dat dai")


def test_a_hidden_sector_the_register_still_uses_is_hidden_all_the_same(
    commune: Services,
) -> None:
    """Its old dossiers keep it; a new one would bring its row back unasked."""
    commune.register.add(dossier("HS1", sector="Đất đai"))
    commune.sectors.set_hidden(commune.sectors.find("Đất đai").id, True)
    assert "Đất đai" not in commune.register.sector_choices()
    for typed in ("đất đai", "dat dai"):  # without accents: that one sector, not a choice
        assert commune.register.hidden_sector(typed) == "Đất đai"
        with pytest.raises(ValidationError, match='"Đất đai" đang bị ẩn'):
            commune.register.resolve_sector(typed)
    assert commune.register.named_sector("dat dai") == "Đất đai"  # a sheet of it still can be
    assert "Đất đai" in commune.register.sectors()  # and the register's filter lists it


def test_a_hidden_sector_is_refused_unless_shown_again_with_the_dossier(
    commune: Services,
) -> None:
    """Whoever names it: a typed name goes through `resolve_sector`, a procedure's does not."""
    first = commune.register.add(dossier("HS1", sector="Đất đai"))
    commune.sectors.set_hidden(commune.sectors.find("Đất đai").id, True)
    before = audit(commune)
    message = (
        'Lĩnh vực "Đất đai" đang bị ẩn trong danh sách lĩnh vực của đơn vị. Để dùng lại, hãy'
        " hiện lại ở trang Lĩnh vực."
    )
    for sector in ("Đất đai", " ĐẤT ĐAI "):
        with pytest.raises(ValidationError) as refused:
            commune.register.add(dossier("HS2", sector=sector))
        assert refused.value.message == message
        assert refused.value.cli_hint == 'Dòng lệnh: egov sectors show "Đất đai".'
    other = commune.register.add(dossier("HS3"))
    with pytest.raises(ValidationError, match="đang bị ẩn"):
        commune.register.update(other.id, {"sector": "đất đai"})
    assert commune.register.count() == 2
    assert audit(commune) == [*before, ("HS3", "created", None, "Đang giải quyết")]
    # The dossier filed under it before it was hidden is corrected as usual.
    assert commune.register.update(first.id, {"note": "đã xem"}).sector == "Đất đai"
    assert commune.sectors.find("Đất đai").hidden


def test_show_hidden_stores_the_dossier_and_shows_its_sector_together(commune: Services) -> None:
    commune.sectors.set_hidden(commune.sectors.find("Đất đai").id, True)
    commune.register.add(dossier("HS1"))
    with pytest.raises(ValidationError):  # the code is taken: neither change is made
        commune.register.add(dossier("HS1", sector="Đất đai"), show_hidden=True)
    assert commune.sectors.find("Đất đai").hidden
    added = commune.register.add(dossier("HS2", sector="đất đai"), show_hidden=True)
    assert added.sector == "Đất đai" and not commune.sectors.find("Đất đai").hidden
