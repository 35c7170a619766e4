"""In-memory stand-ins for EntryService and SectorService, for UI tests without a database.

They follow the services' public API and rules: all-or-nothing batches, the II.06a identities
I1–I4 as errors and the carry-over I5 as a warning, "done" refused while an error remains and a
note required for warnings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.errors import ValidationError
from egov_desktop.services.entry_dto import (
    SOURCES,
    CellChange,
    ColumnInfo,
    EntryGrid,
    FormInfo,
    GridRow,
    HeaderCell,
    Problem,
    SectorInfo,
    TodoItem,
)

MAX_VALUE = 1_000_000

SECTORS = ("Chứng thực", "Hộ tịch", "Đất đai", "Bảo trợ xã hội", "Người có công")


def _ii06a() -> FormInfo:
    received, resolved, pending = (
        "Số hồ sơ nhận giải quyết",
        "Số hồ sơ đã giải quyết",
        "Số lượng hồ sơ đang giải quyết",
    )
    label = "Lĩnh vực, công việc giải quyết theo cấp"
    columns = (
        ColumnInfo(1, "TT", ("TT",), "seq"),
        ColumnInfo(2, label, (label,), "label"),
        ColumnInfo(3, "Tổng số", (received, "Tổng số"), "int"),
        ColumnInfo(4, "Trực tuyến", (received, "Trong đó", "Trực tuyến"), "int"),
        ColumnInfo(
            5,
            "Trực tiếp, dịch vụ bưu chính",
            (received, "Trong đó", "Trực tiếp, dịch vụ bưu chính"),
            "int",
        ),
        ColumnInfo(6, "Từ kỳ trước", (received, "Từ kỳ trước"), "int"),
        ColumnInfo(7, "Tổng số", (resolved, "Tổng số"), "int"),
        ColumnInfo(8, "Trước hạn", (resolved, "Trước hạn"), "int"),
        ColumnInfo(9, "Đúng hạn", (resolved, "Đúng hạn"), "int"),
        ColumnInfo(10, "Quá hạn", (resolved, "Quá hạn"), "int"),
        ColumnInfo(11, "Tổng số", (pending, "Tổng số"), "int"),
        ColumnInfo(12, "Trong hạn", (pending, "Trong hạn"), "int"),
        ColumnInfo(13, "Quá hạn", (pending, "Quá hạn"), "int"),
    )
    header = (
        HeaderCell(0, 0, 3, 1, "TT"),
        HeaderCell(0, 1, 3, 1, label),
        HeaderCell(0, 2, 1, 4, received),
        HeaderCell(1, 2, 2, 1, "Tổng số"),
        HeaderCell(1, 3, 1, 2, "Trong đó"),
        HeaderCell(2, 3, 1, 1, "Trực tuyến"),
        HeaderCell(2, 4, 1, 1, "Trực tiếp, dịch vụ bưu chính"),
        HeaderCell(1, 5, 2, 1, "Từ kỳ trước"),
        HeaderCell(0, 6, 1, 4, resolved),
        *(HeaderCell(1, 6 + i, 2, 1, t) for i, t in enumerate(("Tổng số", "Trước hạn"))),
        *(HeaderCell(1, 8 + i, 2, 1, t) for i, t in enumerate(("Đúng hạn", "Quá hạn"))),
        HeaderCell(0, 10, 1, 3, pending),
        *(
            HeaderCell(1, 10 + i, 2, 1, t)
            for i, t in enumerate(("Tổng số", "Trong hạn", "Quá hạn"))
        ),
    )
    return FormInfo(
        "II.06a",
        "Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn vị trực tiếp giải quyết TTHC",
        "sector",
        "Q",
        columns,
        3,
        header,
        carries_over=True,
    )


def _ii07b() -> FormInfo:
    groups = (
        ("Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương", "Tổng số TTHC", "Cấp"),
        ("TTHC được thực hiện theo CCMC, MCLT", "Tổng số TTHC", "Tại BPMC cấp"),
        (
            "Quy trình nội bộ giải quyết TTHC theo CCMC, MCLT được ban hành",
            "Tổng số quy trình",
            "Cấp",
        ),
    )
    columns = [ColumnInfo(1, "TT", ("TT",), "seq"), ColumnInfo(2, "Đơn vị", ("Đơn vị",), "label")]
    header = [HeaderCell(0, 0, 2, 1, "TT"), HeaderCell(0, 1, 2, 1, "Đơn vị")]
    for top, total, prefix in groups:
        first = len(columns)
        header.append(HeaderCell(0, first, 1, 4, top))
        for title in (total, f"{prefix} tỉnh", f"{prefix} huyện", f"{prefix} xã"):
            header.append(HeaderCell(1, len(columns), 1, 1, title))
            columns.append(ColumnInfo(len(columns) + 1, title, (top, title), "int"))
    return FormInfo(
        "II.07b",
        "Tổng hợp số lượng thủ tục hành chính",
        "units",
        "Q",
        tuple(columns),
        2,
        tuple(header),
    )


@dataclass
class FakeSectorService:
    """Sectors of one unit, in memory."""

    sectors: list[SectorInfo] = field(
        default_factory=lambda: [SectorInfo(i, n, i, False) for i, n in enumerate(SECTORS, 1)]
    )

    def list(self, *, include_hidden: bool = False) -> list[SectorInfo]:
        ordered = sorted(self.sectors, key=lambda s: s.position)
        return [s for s in ordered if include_hidden or not s.hidden]

    def add(self, name: str) -> SectorInfo:
        name = " ".join(name.split())
        if not name:
            raise ValidationError("Tên lĩnh vực không được để trống.")
        if any(s.name.casefold() == name.casefold() for s in self.sectors):
            raise ValidationError(f'Lĩnh vực "{name}" đã có.')
        new_id = max((s.id for s in self.sectors), default=0) + 1
        self.sectors.append(SectorInfo(new_id, name, len(self.sectors) + 1, False))
        return self.sectors[-1]

    def set_hidden(self, sector_id: int, hidden: bool) -> SectorInfo:
        index = next(i for i, s in enumerate(self.sectors) if s.id == sector_id)
        self.sectors[index] = replace(self.sectors[index], hidden=hidden)
        return self.sectors[index]

    def move(self, sector_id: int, position: int) -> list[SectorInfo]:
        ordered = self.list(include_hidden=True)
        moving = next(s for s in ordered if s.id == sector_id)
        ordered.remove(moving)
        ordered.insert(max(1, min(position, len(ordered) + 1)) - 1, moving)
        self.sectors = [replace(s, position=i) for i, s in enumerate(ordered, 1)]
        return self.list(include_hidden=True)


#: II.06a identities as resources/forms/ii06a.toml words them: (code, left, right, message).
IDENTITIES = (
    (
        "I1",
        3,
        (4, 5, 6),
        "Số hồ sơ nhận giải quyết ({left}) khác Trực tuyến + Trực tiếp, dịch vụ bưu chính + "
        "Từ kỳ trước ({right})",
    ),
    ("I2", 7, (8, 9, 10), "Đã giải quyết ({left}) khác Trước hạn + Đúng hạn + Quá hạn ({right})"),
    ("I3", 11, (12, 13), "Đang giải quyết ({left}) khác Trong hạn + Quá hạn ({right})"),
    (
        "I4",
        3,
        (7, 11),
        "Số hồ sơ nhận giải quyết ({left}) khác Đã giải quyết + Đang giải quyết ({right})",
    ),
)


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@dataclass
class FakeEntryService:
    """Entered figures per (form, period), with status, audit trail and the identities."""

    sectors: FakeSectorService = field(default_factory=FakeSectorService)
    mode: str = "cutoff"
    today: date = date(2025, 8, 20)
    values: dict[tuple[str, str, int, int], tuple[int, str]] = field(default_factory=dict)
    statuses: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    audit: list[tuple[str, str, int, int, int | None, int | None, str]] = field(
        default_factory=list
    )

    def forms(self) -> list[FormInfo]:
        return [_ii06a(), _ii07b()]

    def form(self, code: str) -> FormInfo:
        for form in self.forms():
            if form.code == code:
                return form
        raise ValidationError(f'Không có biểu "{code}".')

    def parse_value(self, text: str) -> int | None:
        cleaned = text.strip().replace(" ", "")
        if not cleaned:
            return None
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):
            cleaned = cleaned.replace(".", "")
        if cleaned.startswith("-") and cleaned[1:].isdigit():
            raise ValidationError(f'"{text}" là số âm; số hồ sơ phải từ 0 trở lên.')
        if not cleaned.isdigit():
            raise ValidationError(f'"{text}" không phải là số nguyên.')
        value = int(cleaned)
        if value > MAX_VALUE:
            raise ValidationError(f'"{text}" quá lớn (tối đa 1.000.000).')
        return value

    def grid(
        self, *, form: str, period: str, mode: str | None = None, adopt_mode: bool = False
    ) -> EntryGrid:
        info = self.form(form)
        parsed = Period.parse(period)
        used_mode = mode or self.mode
        start, end = parsed.window(used_mode)
        rows = tuple(
            GridRow(
                s.id,
                s.name,
                {c: self._value(form, period, s.id, c) for c in info.data_columns},
                {
                    c: self.values[(form, period, s.id, c)][1]
                    for c in info.data_columns
                    if (form, period, s.id, c) in self.values
                },
            )
            for s in self.sectors.list()
        )
        total = {c: sum(r.values[c] or 0 for r in rows) for c in info.data_columns}
        status, note = self.statuses.get((form, period), ("", ""))
        if not status:
            status = "in_progress" if any(k[:2] == (form, period) for k in self.values) else "empty"
        return EntryGrid(
            info,
            period,
            used_mode,
            start,
            end,
            parsed.window_text(used_mode),
            parsed.label,
            rows,
            total,
            tuple(self.validate(form=form, period=period, mode=mode)),
            status,
            note,
        )

    def _value(self, form: str, period: str, sector_id: int, column: int) -> int | None:
        entry = self.values.get((form, period, sector_id, column))
        return None if entry is None else entry[0]

    def set_values(
        self,
        changes: Sequence[tuple[int, int, int | None]],
        *,
        form: str,
        period: str,
        source: str = "typed",
        actor: str | None = None,
        adopt_mode: bool = False,
    ) -> list[CellChange]:
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r}")
        info = self.form(form)
        known = {s.id for s in self.sectors.list(include_hidden=True)}
        for sector_id, column, value in changes:  # all-or-nothing: check everything first
            if sector_id not in known or column not in info.data_columns:
                raise ValidationError("Ô không thuộc biểu.")
            if value is not None and not 0 <= value <= MAX_VALUE:
                raise ValidationError(f"Giá trị {value} không hợp lệ.")
        done = []
        for sector_id, column, value in changes:
            key = (form, period, sector_id, column)
            old = self._value(form, period, sector_id, column)
            if old == value:
                continue
            if value is None:
                del self.values[key]
            else:
                self.values[key] = (value, source)
            self.audit.append((form, period, sector_id, column, old, value, source))
            done.append(CellChange(sector_id, column, old, value))
        if done and self.statuses.get((form, period), ("",))[0] in ("", "empty"):
            self.statuses[(form, period)] = ("in_progress", "")
        return done

    def validate(self, *, form: str, period: str, mode: str | None = None) -> list[Problem]:
        if form != "II.06a":
            return []
        problems = []
        for sector in self.sectors.list():
            values = {c: self._value(form, period, sector.id, c) or 0 for c in range(3, 14)}
            for code, total, parts, wording in IDENTITIES:
                added = sum(values[c] for c in parts)
                if values[total] != added:
                    problems.append(
                        Problem(
                            "error",
                            code,
                            sector.name,
                            sector.id,
                            (total, *parts),
                            wording.format(left=_n(values[total]), right=_n(added)),
                        )
                    )
            carried = self._value(form, period, sector.id, 6)
            previous = self._previous(period)
            if previous is not None and carried is not None:
                before = self._value(form, previous, sector.id, 11)
                if before is not None and before != carried:
                    problems.append(
                        Problem(
                            "warning",
                            "I5",
                            sector.name,
                            sector.id,
                            (6,),
                            f"Từ kỳ trước ({_n(carried)}) khác Đang giải quyết của "
                            f"{Period.parse(previous).label.lower()} ({_n(before)})",
                        )
                    )
        return problems

    @staticmethod
    def _previous(period: str) -> str | None:
        parsed = Period.parse(period)
        if parsed.kind == "Q":
            year, number = (
                (parsed.year, parsed.number - 1)
                if parsed.number > 1
                else (
                    parsed.year - 1,
                    4,
                )
            )
            return Period(year, "Q", number).code
        return None

    def set_status(
        self,
        *,
        form: str,
        period: str,
        status: str,
        note: str = "",
        actor: str | None = None,
        adopt_mode: bool = False,
        warnings: Sequence[str] = (),
    ) -> EntryGrid:
        if status == "done":
            problems = self.validate(form=form, period=period)
            errors = [p for p in problems if p.severity == "error"]
            if errors:
                raise ValidationError(
                    f"Chưa thể hoàn thành: còn {len(errors)} lỗi. {errors[0].message}"
                )
            if (problems or warnings) and not note.strip():
                raise ValidationError("Còn cảnh báo: hãy ghi chú lý do trước khi hoàn thành.")
            grid = self.grid(form=form, period=period)
            empty = all(v is None for row in grid.rows for v in row.values.values())
            if empty and not note.strip():
                raise ValidationError("Biểu chưa có số liệu nào: hãy ghi chú khi hoàn thành.")
        self.statuses[(form, period)] = (status, note)
        return self.grid(form=form, period=period)

    def prefill_carry_over(
        self, *, form: str, period: str, actor: str | None = None, adopt_mode: bool = False
    ) -> list[CellChange]:
        previous = self._previous(period)
        if previous is None:
            return []
        changes = [
            (s.id, 6, self._value(form, previous, s.id, 11))
            for s in self.sectors.list()
            if self._value(form, previous, s.id, 11) is not None
        ]
        return self.set_values(changes, form=form, period=period, source="computed")

    def todo(self, today: date | None = None) -> list[TodoItem]:
        day = today or self.today
        items = []
        for info in self.forms():
            current = period_containing(day, info.period_kind, self.mode)
            before = Period.parse(self._previous(current.code) or current.code)
            for period in (before, current) if before != current else (current,):
                _, end = period.window(self.mode)
                deadline = end + timedelta(days=5)
                status = self.grid(form=info.code, period=period.code).status
                items.append(
                    TodoItem(
                        info.code,
                        info.title,
                        period.code,
                        period.label,
                        status,
                        deadline,
                        (deadline - day).days,
                    )
                )
        return sorted(items, key=lambda i: (i.deadline, i.form))
