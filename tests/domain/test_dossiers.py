import unicodedata
from datetime import date, datetime

import pytest

from egov_desktop.domain.dossiers import (
    CHANNEL_DIRECT,
    CHANNEL_LABELS,
    CHANNEL_ONLINE,
    CHANNEL_POSTAL,
    CHANNELS,
    STATUS_IN_PROGRESS,
    STATUS_RESOLVED,
    STATUS_RETURNED,
    STATUS_STOPPED,
    STATUS_WAITING,
    STATUS_WITHDRAWN,
    STATUSES,
    DossierFacts,
    check_dates,
    check_plausible,
    format_day,
    parse_channel,
    parse_status,
    register_problems,
    require_complete,
    status_warnings,
)
from egov_desktop.errors import ValidationError

R = date(2025, 7, 1)


def facts(**changes: object) -> DossierFacts:
    values: dict[str, object] = {
        "received": R,
        "due": date(2025, 7, 5),
        "resolved": None,
        "channel": "online",
        "status": STATUS_IN_PROGRESS,
        "sector": "Hộ tịch",
    }
    values.update(changes)
    return DossierFacts(**values)  # type: ignore[arg-type]


def test_the_six_statuses_are_spelt_exactly() -> None:
    assert STATUSES == (
        "Đã giải quyết",
        "Đang giải quyết",
        "Chờ bổ sung",
        "Trả lại",
        "Rút hồ sơ",
        "Dừng giải quyết",
    )
    assert all(unicodedata.is_normalized("NFC", s) for s in STATUSES)


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_parses_to_itself(status: str) -> None:
    assert parse_status(status) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("đã giải quyết", STATUS_RESOLVED),
        ("  ĐÃ GIẢI QUYẾT ", STATUS_RESOLVED),
        ("Da giai quyet", STATUS_RESOLVED),
        ("Đã xử lý", STATUS_RESOLVED),
        ("dang xu ly", STATUS_IN_PROGRESS),
        ("Đang thụ lý", STATUS_IN_PROGRESS),
        ("Chờ bổ sung hồ sơ", STATUS_WAITING),
        ("Yêu cầu bổ sung", STATUS_WAITING),
        ("Trả lại hồ sơ", STATUS_RETURNED),
        ("Xin rút", STATUS_WITHDRAWN),
        ("RÚT HỒ SƠ", STATUS_WITHDRAWN),
        ("Tạm dừng", STATUS_STOPPED),
        (unicodedata.normalize("NFD", "Chờ bổ sung"), STATUS_WAITING),
    ],
)
def test_status_variants(text: str, status: str) -> None:
    assert parse_status(text) == status


@pytest.mark.parametrize("text", ["", "Xong?", "Trả lại/Rút HS", "Hủy"])
def test_unknown_status_is_refused_with_the_choices(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_status(text)
    assert f'"{text}"' in str(error.value)
    assert "Đã giải quyết" in str(error.value)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("online", CHANNEL_ONLINE),
        ("Trực tuyến", CHANNEL_ONLINE),
        ("qua mạng", CHANNEL_ONLINE),
        ("Qua Mang", CHANNEL_ONLINE),
        ("Trực tuyến toàn trình", CHANNEL_ONLINE),
        ("direct", CHANNEL_DIRECT),
        ("Trực tiếp", CHANNEL_DIRECT),
        ("tại quầy", CHANNEL_DIRECT),
        ("postal", CHANNEL_POSTAL),
        ("BCCI", CHANNEL_POSTAL),
        ("Bưu chính", CHANNEL_POSTAL),
        ("Dịch vụ bưu chính công ích", CHANNEL_POSTAL),
        ("bưu điện", CHANNEL_POSTAL),
    ],
)
def test_channel_synonyms(text: str, channel: str) -> None:
    assert parse_channel(text) == channel


def test_every_channel_has_a_label() -> None:
    assert set(CHANNEL_LABELS) == set(CHANNELS)
    assert CHANNEL_LABELS[CHANNEL_POSTAL] == "Dịch vụ bưu chính công ích"


@pytest.mark.parametrize("text", ["", "fax", "email"])
def test_unknown_channel_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="Hình thức tiếp nhận không hợp lệ"):
        parse_channel(text)


class TestDossierFacts:
    def test_normalises_channel_status_and_sector(self) -> None:
        d = facts(
            channel="BCCI",
            status="dang xu ly",
            sector=unicodedata.normalize("NFD", "  Đất   đai "),
        )
        assert (d.channel, d.status, d.sector) == (CHANNEL_POSTAL, STATUS_IN_PROGRESS, "Đất đai")

    def test_timestamps_become_dates(self) -> None:
        d = facts(
            received=datetime(2025, 7, 1, 16, 30),
            due=datetime(2025, 7, 5, 8, 0),
            resolved=datetime(2025, 7, 5, 17, 0),
        )
        assert (d.received, d.due, d.resolved) == (R, date(2025, 7, 5), date(2025, 7, 5))
        assert type(d.received) is date and type(d.resolved) is date

    def test_resolved_the_day_of_receipt_is_allowed(self) -> None:
        assert facts(due=R, resolved=R).resolved == R

    def test_is_frozen(self) -> None:
        d = facts()
        with pytest.raises(AttributeError):
            d.status = STATUS_RESOLVED  # type: ignore[misc]

    def test_due_before_received(self) -> None:
        with pytest.raises(ValidationError) as error:
            facts(due=date(2025, 6, 30))
        assert str(error.value) == (
            "Ngày hẹn trả kết quả (30/06/2025) trước ngày nhận hồ sơ (01/07/2025)."
        )

    def test_resolved_before_received(self) -> None:
        with pytest.raises(ValidationError) as error:
            facts(resolved=date(2025, 6, 30))
        assert "Ngày kết thúc hồ sơ (30/06/2025) trước ngày nhận hồ sơ (01/07/2025)" in str(
            error.value
        )

    def test_received_is_required(self) -> None:
        with pytest.raises(ValidationError, match="chưa có ngày nhận"):
            facts(received=None)

    def test_unknown_channel_or_status(self) -> None:
        with pytest.raises(ValidationError):
            facts(channel="fax")
        with pytest.raises(ValidationError):
            facts(status="Không rõ")

    @pytest.mark.parametrize(
        ("status", "closed"), [(s, s in ("Trả lại", "Rút hồ sơ")) for s in STATUSES]
    )
    def test_closed_without_decision(self, status: str, closed: bool) -> None:
        assert facts(status=status).closed_without_decision is closed


def test_check_dates_accepts_missing_dates() -> None:
    check_dates(R, None, None)
    check_dates(R, R, R)


class TestRegisterProblems:
    def test_complete_dossier(self) -> None:
        d = facts(resolved=date(2025, 7, 3), status=STATUS_RESOLVED)
        assert register_problems(d) == []
        assert require_complete(d) is d

    def test_due_date_is_required(self) -> None:
        d = facts(due=None)
        assert register_problems(d) == ["Hồ sơ nhận ngày 01/07/2025 chưa có ngày hẹn trả kết quả."]
        with pytest.raises(ValidationError, match="chưa có ngày hẹn trả"):
            require_complete(d)

    @pytest.mark.parametrize("status", [STATUS_WITHDRAWN, STATUS_RETURNED])
    def test_withdrawn_or_returned_needs_an_end_date(self, status: str) -> None:
        assert register_problems(facts(status=status)) == [
            f'Hồ sơ ở trạng thái "{status}" phải có ngày kết thúc (ngày rút hoặc trả lại).'
        ]
        assert register_problems(facts(status=status, resolved=date(2025, 7, 2))) == []

    def test_resolved_needs_its_date(self) -> None:
        """ "Đã giải quyết" without x would be counted pending (§5.5): the register says so."""
        d = facts(status=STATUS_RESOLVED)
        assert register_problems(d) == [
            'Hồ sơ ở trạng thái "Đã giải quyết" phải có ngày có kết quả (ngày kết thúc hồ sơ); '
            'hồ sơ chưa có kết quả thì để trạng thái theo các ngày hoặc chọn "Đang giải quyết".'
        ]
        with pytest.raises(ValidationError, match="phải có ngày có kết quả"):
            require_complete(d)

    def test_other_statuses_need_no_end_date(self) -> None:
        # A stop may be temporary ("Tạm dừng"): its dates decide, as they do for the others.
        for status in (STATUS_IN_PROGRESS, STATUS_WAITING, STATUS_STOPPED):
            assert register_problems(facts(status=status)) == []

    def test_both_problems_are_listed(self) -> None:
        assert len(register_problems(facts(due=None, status=STATUS_WITHDRAWN))) == 2


@pytest.mark.parametrize("status", [STATUS_IN_PROGRESS, STATUS_WAITING])
def test_an_open_status_with_an_end_date_is_warned_of(status: str) -> None:
    """Counted resolved by its date (§5.2, §5.4): kept so, but the contradiction is said."""
    assert status_warnings(resolved=date(2025, 7, 3), status=status) == [
        f'Hồ sơ có ngày có kết quả (03/07/2025) nhưng trạng thái là "{status}": hồ sơ được tính'
        " là đã giải quyết. Nếu hồ sơ chưa có kết quả, hãy xóa ngày có kết quả; nếu đã có, hãy"
        ' chọn trạng thái "Đã giải quyết".'
    ]
    assert status_warnings(resolved=None, status=status) == []


@pytest.mark.parametrize(
    "status", [STATUS_RESOLVED, STATUS_RETURNED, STATUS_WITHDRAWN, STATUS_STOPPED, None]
)
def test_an_ended_status_or_none_agrees_with_an_end_date(status: str | None) -> None:
    assert status_warnings(resolved=date(2025, 7, 3), status=status) == []


class TestPlausibleDates:
    """Dates no register holds are refused, whichever way they come in (domain/dossiers.py)."""

    TODAY = date(2026, 11, 23)

    def check(self, **dates: date | None) -> None:
        values: dict[str, date | None] = {
            "received": date(2026, 11, 20),
            "due": date(2026, 11, 25),
            "resolved": None,
            "returned": None,
        }
        values.update(dates)
        check_plausible(**values, today=self.TODAY)  # type: ignore[arg-type]

    def test_a_usual_dossier_passes(self) -> None:
        self.check(resolved=self.TODAY, returned=self.TODAY)
        self.check(received=date(2000, 1, 1), due=date(2000, 1, 5))
        # The due date alone may lie ahead, up to five years after the receipt.
        self.check(due=date(2031, 11, 20))
        self.check(received=date(2024, 2, 29), due=date(2029, 2, 28))

    @pytest.mark.parametrize(
        ("dates", "message"),
        [
            (
                {"received": date(2027, 1, 1), "due": date(2027, 1, 5)},
                "Ngày nhận hồ sơ (01/01/2027) sau ngày hôm nay (23/11/2026)",
            ),
            (
                {"resolved": date(2026, 12, 1)},
                "Ngày kết thúc hồ sơ (01/12/2026) sau ngày hôm nay (23/11/2026)",
            ),
            (
                {"returned": date(2036, 11, 20)},
                "Ngày trả kết quả (20/11/2036) sau ngày hôm nay (23/11/2026)",
            ),
            (
                {"received": date(1900, 11, 20), "due": date(1900, 11, 25)},
                "Ngày nhận hồ sơ (20/11/1900) trước năm 2000",
            ),
            (
                {"received": date(1, 1, 1), "due": date(1, 1, 2)},
                "Ngày nhận hồ sơ (01/01/0001) trước năm 2000",
            ),
            (
                {"due": date(2099, 11, 25)},
                "Ngày hẹn trả kết quả (25/11/2099) cách ngày nhận hồ sơ (20/11/2026) hơn 5 năm",
            ),
            (
                {"due": date(2031, 11, 21)},
                "Ngày hẹn trả kết quả (21/11/2031) cách ngày nhận hồ sơ (20/11/2026) hơn 5 năm",
            ),
            (
                {"returned": date(2026, 11, 19)},
                "Ngày trả kết quả (19/11/2026) trước ngày nhận hồ sơ (20/11/2026)",
            ),
            (
                {"resolved": date(2026, 11, 22), "returned": date(2026, 11, 21)},
                "Ngày trả kết quả (21/11/2026) trước ngày kết thúc hồ sơ (22/11/2026)",
            ),
        ],
    )
    def test_impossible_dates_are_refused(self, dates: dict[str, date], message: str) -> None:
        with pytest.raises(ValidationError) as error:
            self.check(**dates)
        assert str(error.value).startswith(message)


def test_format_day_writes_four_digit_years() -> None:
    assert format_day(date(1, 1, 1)) == "01/01/0001"
    assert format_day(datetime(2025, 7, 1, 16, 30)) == "01/07/2025"
