import random
import unicodedata
from datetime import date, timedelta

import pytest

from egov_desktop.domain.counting import (
    COLUMNS,
    classify,
    count_ii06a,
    sector_key,
    select,
    totals,
    vietnamese_sort_key,
)
from egov_desktop.domain.dossiers import STATUSES, DossierFacts
from egov_desktop.domain.periods import MODE_CALENDAR, MODE_CUTOFF, Period, next_period
from egov_desktop.errors import ValidationError

D = date.fromisoformat


def dossier(
    r: str,
    u: str | None,
    x: str | None,
    channel: str = "direct",
    status: str = "Đang giải quyết",
    sector: str = "Hộ tịch",
) -> DossierFacts:
    return DossierFacts(
        received=D(r),
        due=None if u is None else D(u),
        resolved=None if x is None else D(x),
        channel=channel,
        status=status,
        sector=sector,
    )


def row(*values: int) -> dict[int, int]:
    """Columns 3..13 in order, as printed in domain.md."""
    assert len(values) == len(COLUMNS)
    return dict(zip(COLUMNS, values, strict=True))


# --- The worked example of domain.md §5.9 --------------------------------------------------------

REGISTER = {
    "HS01": dossier("2025-06-20", "2025-06-25", "2025-06-24", "online", "Đã giải quyết"),
    "HS02": dossier("2025-07-14", "2025-07-17", "2025-07-17", "direct", "Đã giải quyết"),
    "HS03": dossier(
        "2025-09-08", "2025-09-10", "2025-09-12", "postal", "Đã giải quyết", "Chứng thực"
    ),
    "HS04": dossier("2025-05-20", "2025-07-04", "2025-09-20", "direct", "Đã giải quyết", "Đất đai"),
    "HS05": dossier("2025-08-25", "2025-09-05", None, "online", "Chờ bổ sung", "Đất đai"),
    "HS06": dossier("2025-09-01", "2025-09-05", "2025-09-09", "direct", "Rút hồ sơ"),
}
Q3_CUTOFF = Period.parse("2025-Q3").window(MODE_CUTOFF)


class TestWorkedExample:
    def test_window(self) -> None:
        assert (D("2025-06-15"), D("2025-09-14")) == Q3_CUTOFF

    @pytest.mark.parametrize(
        ("code", "columns"),
        [
            ("HS01", {3, 4, 7, 8}),
            ("HS02", {3, 5, 7, 9}),
            ("HS03", {3, 5, 7, 10}),
            ("HS04", {3, 6, 11, 13}),
            ("HS05", {3, 4, 11, 12}),
            ("HS06", {3, 5, 7, 9}),
        ],
    )
    def test_each_dossier(self, code: str, columns: set[int]) -> None:
        assert classify(REGISTER[code], *Q3_CUTOFF) == columns

    def test_the_report(self) -> None:
        rows = count_ii06a(REGISTER.values(), *Q3_CUTOFF, sector_order=["Hộ tịch"])
        assert list(rows) == ["Hộ tịch", "Chứng thực", "Đất đai"]
        assert rows["Hộ tịch"] == row(3, 1, 2, 0, 3, 1, 2, 0, 0, 0, 0)
        assert rows["Chứng thực"] == row(1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0)
        assert rows["Đất đai"] == row(2, 1, 0, 1, 0, 0, 0, 0, 2, 1, 1)
        assert totals(rows) == row(6, 2, 3, 1, 4, 1, 2, 1, 2, 1, 1)

    def test_register_order_does_not_matter(self) -> None:
        forward = count_ii06a(REGISTER.values(), *Q3_CUTOFF, sector_order=["Hộ tịch"])
        backward = count_ii06a(
            reversed(list(REGISTER.values())), *Q3_CUTOFF, sector_order=["Hộ tịch"]
        )
        assert list(forward.items()) == list(backward.items())

    @pytest.mark.parametrize(
        ("code", "mode", "window", "expected"),
        [
            (
                "2025-Q3",
                MODE_CALENDAR,
                ("2025-07-01", "2025-09-30"),
                row(5, 1, 3, 1, 4, 0, 2, 2, 1, 1, 0),
            ),
            (
                "2025-M08",
                MODE_CUTOFF,
                ("2025-07-15", "2025-08-14"),
                row(2, 0, 0, 2, 1, 0, 1, 0, 1, 0, 1),
            ),
            (
                "2025-M09",
                MODE_CUTOFF,
                ("2025-08-15", "2025-09-14"),
                row(4, 1, 2, 1, 2, 0, 1, 1, 2, 1, 1),
            ),
        ],
    )
    def test_other_windows(
        self, code: str, mode: str, window: tuple[str, str], expected: dict[int, int]
    ) -> None:
        start, end = Period.parse(code).window(mode)
        assert (start, end) == (D(window[0]), D(window[1]))
        assert totals(count_ii06a(REGISTER.values(), start, end)) == expected

    def test_calendar_q3_notes(self) -> None:
        start, end = Period.parse("2025-Q3").window(MODE_CALENDAR)
        assert classify(REGISTER["HS01"], start, end) == set()
        assert classify(REGISTER["HS04"], start, end) == {3, 6, 7, 10}

    def test_m08_notes(self) -> None:
        start, end = Period.parse("2025-M08").window(MODE_CUTOFF)
        assert classify(REGISTER["HS02"], start, end) == {3, 6, 7, 9}
        assert classify(REGISTER["HS04"], start, end) == {3, 6, 11, 13}

    def test_carry_over_from_m08_to_m09(self) -> None:
        m08 = totals(count_ii06a(REGISTER.values(), *Period.parse("2025-M08").window(MODE_CUTOFF)))
        m09 = totals(count_ii06a(REGISTER.values(), *Period.parse("2025-M09").window(MODE_CUTOFF)))
        assert m08[11] == m09[6] == 1

    def test_drill_down_to_a_cell(self) -> None:
        on_time = select(REGISTER.values(), *Q3_CUTOFF, 9, sector="hộ tịch")
        assert on_time == [REGISTER["HS02"], REGISTER["HS06"]]
        assert select(REGISTER.values(), *Q3_CUTOFF, 13) == [REGISTER["HS04"]]


# --- Every rule of §5.3–5.5, with boundary dates -------------------------------------------------

S, E = D("2025-07-01"), D("2025-07-31")


class TestReceived:
    @pytest.mark.parametrize(("channel", "column"), [("online", 4), ("direct", 5), ("postal", 5)])
    def test_channel(self, channel: str, column: int) -> None:
        assert classify(dossier("2025-07-10", "2025-07-20", None, channel), S, E) & {4, 5, 6} == {
            column
        }

    def test_received_on_start(self) -> None:
        assert classify(dossier("2025-07-01", "2025-08-10", None, "online"), S, E) == {3, 4, 11, 12}

    def test_received_on_end(self) -> None:
        assert classify(dossier("2025-07-31", "2025-08-10", None), S, E) == {3, 5, 11, 12}

    def test_received_after_end_is_ignored(self) -> None:
        assert classify(dossier("2025-08-01", "2025-08-10", None), S, E) == set()

    def test_received_the_day_before_start_and_open(self) -> None:
        assert classify(dossier("2025-06-30", "2025-08-10", None, "online"), S, E) == {3, 6, 11, 12}

    def test_received_before_and_finished_the_day_before_start_is_ignored(self) -> None:
        assert classify(dossier("2025-06-20", "2025-06-30", "2025-06-30"), S, E) == set()

    def test_received_before_and_resolved_on_start(self) -> None:
        """§5.7: in columns 6 and 7."""
        assert classify(dossier("2025-06-20", "2025-07-01", "2025-07-01"), S, E) == {3, 6, 7, 9}

    def test_carried_over_and_resolved_after_end(self) -> None:
        assert classify(dossier("2025-06-20", "2025-08-05", "2025-08-02"), S, E) == {3, 6, 11, 12}


class TestResolved:
    def test_before_due_is_early(self) -> None:
        assert classify(dossier("2025-07-02", "2025-07-10", "2025-07-09"), S, E) == {3, 5, 7, 8}

    def test_on_due_date_is_on_time(self) -> None:
        assert classify(dossier("2025-07-02", "2025-07-10", "2025-07-10"), S, E) == {3, 5, 7, 9}

    def test_after_due_is_late(self) -> None:
        assert classify(dossier("2025-07-02", "2025-07-10", "2025-07-11"), S, E) == {3, 5, 7, 10}

    def test_resolved_on_end_counts_as_resolved(self) -> None:
        assert 7 in classify(dossier("2025-07-02", "2025-07-10", "2025-07-31"), S, E)

    def test_resolved_after_end_is_pending_whatever_the_status(self) -> None:
        d = dossier("2025-07-02", "2025-07-10", "2025-08-01", status="Đã giải quyết")
        assert classify(d, S, E) == {3, 5, 11, 13}

    @pytest.mark.parametrize("status", ["Rút hồ sơ", "Trả lại"])
    @pytest.mark.parametrize("x", ["2025-07-03", "2025-07-10", "2025-07-25"])
    def test_withdrawn_or_returned_is_on_time_whatever_the_dates(self, status: str, x: str) -> None:
        d = dossier("2025-07-02", "2025-07-10", x, status=status)
        assert classify(d, S, E) == {3, 5, 7, 9}

    @pytest.mark.parametrize("status", ["Rút hồ sơ", "Trả lại"])
    def test_withdrawn_after_end_is_pending_by_its_due_date(self, status: str) -> None:
        assert classify(dossier("2025-07-02", "2025-07-10", "2025-08-03", status=status), S, E) == {
            3,
            5,
            11,
            13,
        }
        assert classify(dossier("2025-07-02", "2025-08-10", "2025-08-03", status=status), S, E) == {
            3,
            5,
            11,
            12,
        }

    def test_withdrawn_without_an_end_date_is_pending(self) -> None:
        d = dossier("2025-07-02", "2025-07-10", None, status="Rút hồ sơ")
        assert classify(d, S, E) == {3, 5, 11, 13}

    def test_waiting_dossier_resolved_in_the_window_is_graded_by_dates(self) -> None:
        d = dossier("2025-07-02", "2025-07-10", "2025-07-12", status="Chờ bổ sung")
        assert classify(d, S, E) == {3, 5, 7, 10}

    def test_stopped_dossier_is_counted_by_its_dates(self) -> None:
        for x in ("2025-07-09", "2025-07-10", "2025-07-11", None):
            stopped = dossier("2025-07-02", "2025-07-10", x, status="Dừng giải quyết")
            open_ = dossier("2025-07-02", "2025-07-10", x, status="Đang giải quyết")
            assert classify(stopped, S, E) == classify(open_, S, E)


class TestPending:
    def test_due_after_end_is_in_time(self) -> None:
        assert classify(dossier("2025-07-02", "2025-08-01", None), S, E) == {3, 5, 11, 12}

    def test_due_on_end_is_in_time(self) -> None:
        assert classify(dossier("2025-07-02", "2025-07-31", None), S, E) == {3, 5, 11, 12}

    def test_due_the_day_before_end_is_overdue(self) -> None:
        assert classify(dossier("2025-07-02", "2025-07-30", None), S, E) == {3, 5, 11, 13}

    def test_waiting_for_supplements_is_in_time_whatever_the_due_date(self) -> None:
        d = dossier("2025-06-02", "2025-06-10", None, status="Chờ bổ sung")
        assert classify(d, S, E) == {3, 6, 11, 12}


class TestMissingDueDate:
    def test_resolved_counts_as_on_time(self) -> None:
        assert classify(dossier("2025-07-02", None, "2025-07-20"), S, E) == {3, 5, 7, 9}

    def test_pending_counts_as_in_time(self) -> None:
        assert classify(dossier("2025-07-02", None, None), S, E) == {3, 5, 11, 12}


def test_inverted_window_is_refused() -> None:
    d = dossier("2025-07-02", "2025-07-10", None)
    with pytest.raises(ValidationError, match="Kỳ báo cáo có ngày bắt đầu"):
        classify(d, E, S)
    with pytest.raises(ValidationError):
        count_ii06a([d], E, S)


def test_single_day_window() -> None:
    assert classify(
        dossier("2025-07-02", "2025-07-02", "2025-07-02"), D("2025-07-02"), D("2025-07-02")
    ) == {3, 5, 7, 9}


# --- Rows: sectors, order, totals (§5.6) ---------------------------------------------------------


class TestRows:
    def test_sector_names_match_without_case_or_normalisation_differences(self) -> None:
        register = [
            dossier("2025-07-02", "2025-07-10", None, sector="Đất đai"),
            dossier("2025-07-02", "2025-07-10", None, sector=" đất  ĐAI "),
            dossier(
                "2025-07-02", "2025-07-10", None, sector=unicodedata.normalize("NFD", "Đất đai")
            ),
        ]
        rows = count_ii06a(register, S, E)
        assert list(rows) == ["Đất đai"]
        assert rows["Đất đai"][3] == 3

    def test_configured_sectors_first_with_their_spelling_and_zero_rows(self) -> None:
        register = [
            dossier("2025-07-02", "2025-07-10", None, sector="Xây dựng"),
            dossier("2025-07-02", "2025-07-10", None, sector="đất đai"),
            dossier("2025-07-02", "2025-07-10", None, sector="Bảo trợ xã hội"),
            dossier("2025-07-02", "2025-07-10", None, sector="HỘ TỊCH"),
        ]
        rows = count_ii06a(
            register, S, E, sector_order=["Hộ tịch", "Chứng thực", " hộ  tịch", "Đất đai"]
        )
        assert list(rows) == ["Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Xây dựng"]
        assert rows["Hộ tịch"][3] == 1
        assert rows["Chứng thực"] == row(*[0] * 11)
        assert totals(rows)[3] == 4

    def test_sector_without_counted_dossier_gets_no_row(self) -> None:
        ignored = dossier("2025-08-02", "2025-08-10", None, sector="Xây dựng")
        assert count_ii06a([ignored], S, E) == {}

    def test_spelling_of_an_unconfigured_sector_is_stable(self) -> None:
        a = dossier("2025-07-02", "2025-07-10", None, sector="hộ tịch")
        b = dossier("2025-07-02", "2025-07-10", None, sector="Hộ tịch")
        assert list(count_ii06a([a, b], S, E)) == list(count_ii06a([b, a], S, E)) == ["Hộ tịch"]

    def test_totals_of_no_rows(self) -> None:
        assert totals({}) == row(*[0] * 11)

    def test_sector_key(self) -> None:
        assert sector_key(" Đất  ĐAI") == sector_key(unicodedata.normalize("NFD", "đất đai"))
        assert sector_key("Đất đai") != sector_key("Dat dai")


class TestVietnameseCollation:
    def test_the_examples_of_the_domain_reference(self) -> None:
        names = ["Xây dựng", "Đất đai", "Bảo trợ xã hội", "Ân xá", "Chứng thực", "Hộ tịch"]
        assert sorted(names, key=vietnamese_sort_key) == [
            "Ân xá",
            "Bảo trợ xã hội",
            "Chứng thực",
            "Đất đai",
            "Hộ tịch",
            "Xây dựng",
        ]
        # Python's own order is wrong, which is why the key exists.
        assert sorted(names)[-1] == "Đất đai"

    def test_alphabet_order(self) -> None:
        letters = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
        assert sorted(reversed(letters), key=vietnamese_sort_key) == letters

    def test_tones_only_break_ties(self) -> None:
        assert sorted(["mạ", "má", "mã", "mả", "mà", "ma"], key=vietnamese_sort_key) == [
            "ma",
            "mà",
            "mả",
            "mã",
            "má",
            "mạ",
        ]
        assert sorted(["mát", "mạ"], key=vietnamese_sort_key) == ["mạ", "mát"]

    def test_case_insensitive_and_prefix_first(self) -> None:
        assert sorted(["hộ tịch B", "Hộ tịch", "hồ"], key=vietnamese_sort_key) == [
            "hồ",
            "Hộ tịch",
            "hộ tịch B",
        ]
        assert sorted(["da", "Đa", "Dâ"], key=vietnamese_sort_key) == ["da", "Dâ", "Đa"]

    def test_normalisation_does_not_matter(self) -> None:
        nfd = unicodedata.normalize("NFD", "Đất đai")
        assert vietnamese_sort_key(nfd) == vietnamese_sort_key("Đất đai")


# --- Identities on random registers (§5.7) -------------------------------------------------------

SECTORS = [
    "Hộ tịch",
    "hộ tịch",
    "Chứng thực",
    "Đất đai",
    unicodedata.normalize("NFD", "Đất đai"),
    "Xây dựng",
    "Bảo trợ xã hội",
]
CHANNEL_CODES = ["online", "direct", "postal"]


def random_register(seed: int, size: int) -> list[DossierFacts]:
    rng = random.Random(seed)
    first = D("2023-01-01")
    register = []
    for _ in range(size):
        received = first + timedelta(days=rng.randrange(4 * 365))
        due = None if rng.random() < 0.05 else received + timedelta(days=rng.randrange(45))
        resolved = None if rng.random() < 0.3 else received + timedelta(days=rng.randrange(70))
        register.append(
            DossierFacts(
                received=received,
                due=due,
                resolved=resolved,
                channel=rng.choice(CHANNEL_CODES),
                status=rng.choice(STATUSES),
                sector=rng.choice(SECTORS),
            )
        )
    return register


def oracle(d: DossierFacts, s: date, e: date) -> set[int]:
    """The pseudocode of §5.5 transcribed line by line (a missing u as in the module docs)."""
    r, u, x = d.received, d.due, d.resolved
    if s <= r <= e:
        col = 4 if d.channel == "online" else 5
    elif r < s and (x is None or x >= s):
        col = 6
    else:
        return set()
    cols = {col, 3}
    if x is not None and x <= e:
        cols.add(7)
        if d.status in {"Rút hồ sơ", "Trả lại"} or u is None:
            cols.add(9)
        elif x < u:
            cols.add(8)
        elif x == u:
            cols.add(9)
        else:
            cols.add(10)
    else:
        cols.add(11)
        if u is None or u >= e or d.status == "Chờ bổ sung":
            cols.add(12)
        else:
            cols.add(13)
    return cols


REGISTER_3000 = random_register(20250915, 3000)
WINDOWS = [
    Period.parse(code).window(mode)
    for code in ("2024-M03", "2024-Q4", "2025-H1", "2025-Y", "2025-9M", "2024-02-29..2024-03-01")
    for mode in (MODE_CUTOFF, MODE_CALENDAR)
]


@pytest.mark.parametrize("window", WINDOWS, ids=lambda w: f"{w[0]}..{w[1]}")
def test_classify_follows_the_pseudocode(window: tuple[date, date]) -> None:
    for d in REGISTER_3000:
        assert classify(d, *window) == oracle(d, *window)


@pytest.mark.parametrize("window", WINDOWS, ids=lambda w: f"{w[0]}..{w[1]}")
def test_each_counted_dossier_is_in_one_column_of_each_group(window: tuple[date, date]) -> None:
    for d in REGISTER_3000:
        columns = classify(d, *window)
        if not columns:
            continue
        assert 3 in columns
        assert len(columns & {4, 5, 6}) == 1
        assert len(columns & {7, 11}) == 1
        assert len(columns & ({8, 9, 10} if 7 in columns else {12, 13})) == 1
        assert len(columns) == 4


@pytest.mark.parametrize("window", WINDOWS, ids=lambda w: f"{w[0]}..{w[1]}")
def test_identities_i1_to_i4_and_i6(window: tuple[date, date]) -> None:
    rows = count_ii06a(REGISTER_3000, *window)
    assert len(rows) == 5  # the seven spellings are five sectors
    total = totals(rows)
    assert total[3] > 0
    for v in [*rows.values(), total]:
        assert v[3] == v[4] + v[5] + v[6]  # I1
        assert v[7] == v[8] + v[9] + v[10]  # I2
        assert v[11] == v[12] + v[13]  # I3
        assert v[3] == v[7] + v[11]  # I4
    for column in COLUMNS:  # I6
        assert total[column] == sum(v[column] for v in rows.values())
    assert total[3] == sum(1 for d in REGISTER_3000 if classify(d, *window))


@pytest.mark.parametrize("mode", [MODE_CUTOFF, MODE_CALENDAR])
@pytest.mark.parametrize(("first", "count"), [("2023-M01", 40), ("2023-Q1", 14), ("2023-H1", 7)])
def test_carry_over_i5_for_consecutive_periods(mode: str, first: str, count: int) -> None:
    period = Period.parse(first)
    previous = count_ii06a(REGISTER_3000, *period.window(mode))
    carried = 0
    for _ in range(count):
        period = next_period(period)
        current = count_ii06a(REGISTER_3000, *period.window(mode))
        assert totals(current)[6] == totals(previous)[11]
        for sector in set(current) | set(previous):
            assert current.get(sector, {}).get(6, 0) == previous.get(sector, {}).get(11, 0)
        carried += totals(current)[6]
        previous = current
    assert carried > 0


@pytest.mark.parametrize("mode", [MODE_CUTOFF, MODE_CALENDAR])
def test_carry_over_i5_for_years(mode: str) -> None:
    y2024 = totals(count_ii06a(REGISTER_3000, *Period.parse("2024-Y").window(mode)))
    y2025 = totals(count_ii06a(REGISTER_3000, *Period.parse("2025-Y").window(mode)))
    assert y2025[6] == y2024[11] > 0


def test_a_late_entry_breaks_carry_over() -> None:
    """I5 is a warning: an entry added after the earlier report makes it differ."""
    m08 = Period.parse("2025-M08").window(MODE_CUTOFF)
    m09 = Period.parse("2025-M09").window(MODE_CUTOFF)
    reported = totals(count_ii06a(REGISTER.values(), *m08))
    late = dossier("2025-08-01", "2025-08-30", None)
    assert totals(count_ii06a([*REGISTER.values(), late], *m09))[6] == reported[11] + 1
