"""Frozen data of the dossier register, its import, the TTHC catalogue and computed reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

#: Vietnamese names of the register's fields, for the import mapping dialog and messages.
FIELD_LABELS = {
    "code": "Mã hồ sơ",
    "procedure_code": "Mã TTHC",
    "procedure_name": "Tên TTHC",
    "sector": "Lĩnh vực",
    "applicant": "Tên tổ chức, cá nhân",
    "contact": "Địa chỉ/SĐT",
    "lead_agency": "Cơ quan chủ trì giải quyết",
    "channel": "Hình thức nộp",
    "result_delivery": "Phương thức nhận kết quả",
    "received": "Nhận hồ sơ",
    "due": "Hẹn trả kết quả",
    "resolved": "Ngày có kết quả",
    "returned": "Trả kết quả",
    "status": "Trạng thái",
    "note": "Ghi chú",
    "financial_obligation": "Nghĩa vụ tài chính",
    "paid_online": "Thanh toán trực tuyến",
    "components_digitised": "Số hóa thành phần hồ sơ",
    "result_digitised": "Số hóa kết quả",
    "synced": "Đồng bộ Cổng DVCQG",
    "components_reused": "Có tái sử dụng thành phần",
    "components_reused_national": "Tái sử dụng từ Cổng DVCQG",
}


@dataclass(frozen=True)
class DossierInput:
    """A dossier as typed; status None means "by its dates" (resolved or in progress)."""

    code: str
    sector: str
    channel: str
    received: date
    due: date | None = None
    resolved: date | None = None
    returned: date | None = None
    status: str | None = None
    procedure_code: str | None = None
    procedure_name: str = ""
    applicant: str = ""
    contact: str = ""
    lead_agency: str = ""
    result_delivery: str = ""
    financial_obligation: bool = False
    paid_online: bool = False
    components_digitised: bool = False
    result_digitised: bool = False
    synced: bool = False
    note: str = ""
    components_reused: bool = False
    #: Reused from the national portal (implies `components_reused`).
    components_reused_national: bool = False


@dataclass(frozen=True)
class DossierInfo:
    """A dossier of the register as stored.

    `problems` lists what the register still lacks (a date it needs); `warnings` what its
    status says against its dates (domain `status_warnings`): kept, counted by the dates.
    """

    id: int
    code: str
    procedure_code: str | None
    procedure_name: str
    sector: str
    applicant: str
    contact: str
    lead_agency: str
    channel: str
    channel_label: str
    received: date
    due: date | None
    resolved: date | None
    returned: date | None
    status: str
    financial_obligation: bool
    paid_online: bool
    components_digitised: bool
    result_digitised: bool
    synced: bool
    note: str
    created_at: datetime
    updated_at: datetime
    problems: tuple[str, ...] = ()
    components_reused: bool = False
    components_reused_national: bool = False
    warnings: tuple[str, ...] = ()
    result_delivery: str = ""


@dataclass(frozen=True)
class DossierQuery:
    """Filters of the register screen; every one is optional.

    `period` with `mode` (default: the unit's) limits to a window, read by `basis`: "counted"
    (column 3 of II.06a: received in it or carried over into it), "received" or "resolved".
    `overdue` keeps pending dossiers past their due date on `today`. `search` ignores case
    and diacritics and looks in the code, the applicant and the procedure.
    """

    period: str | None = None
    mode: str | None = None
    basis: str = "counted"
    sector: str | None = None
    status: str | None = None
    channel: str | None = None
    overdue: bool = False
    today: date | None = None
    search: str | None = None


@dataclass(frozen=True)
class ImportLayout:
    """Where a register's header is and what each column was taken for.

    `columns` maps a field to the header text of its column; `unplaced` lists (0-based
    column, header text) of columns nothing was taken from, for the mapping dialog;
    `missing` the required fields without a column (the file cannot be read without them);
    `headers` every column's header text in the file's order, for changing what is read.
    """

    header_row: int | None
    columns: dict[str, str]
    unplaced: tuple[tuple[int, str], ...]
    missing: tuple[str, ...]
    headers: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class Rejection:
    """A sheet row (1-based, as Excel numbers it) that is not imported, and why."""

    row: int
    reason: str


@dataclass(frozen=True)
class RowWarning:
    """A sheet row (1-based) that was imported with something left out, and what.

    `to_check`: nothing is left out, but the row says two things that disagree (a status
    against its dates): it is to be checked rather than completed.
    """

    row: int
    reason: str
    to_check: bool = False


@dataclass(frozen=True)
class SectorRows:
    """A sector an import names, and how many rows of the file it files dossiers under.

    Listed for a sector the unit's list and the register do not have (`new_sectors`), or one
    the unit hid (`hidden_sectors`).
    """

    name: str
    rows: int


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do (or did): counts of dossiers and the rows left out.

    `notes`: what the reading decided and what the import means for the register, saying what
    will happen in a preview and what happened once applied; `warnings`: rows kept although
    their dossier lacks a date the register needs (flagged in its `problems`), or with a status
    its dates contradict (`RowWarning.to_check`); `new_sectors`: sectors that become report rows
    of their own; `hidden_sectors`: sectors the unit hid whose report row the import's dossiers
    bring back.
    """

    new: int
    updated: int
    unchanged: int
    rejected: tuple[Rejection, ...]
    notes: tuple[str, ...]
    layout: ImportLayout
    backup: str | None = None
    warnings: tuple[RowWarning, ...] = ()
    new_sectors: tuple[SectorRows, ...] = ()
    hidden_sectors: tuple[SectorRows, ...] = ()


@dataclass(frozen=True)
class ProcedureInput:
    """A TTHC of the catalogue; `dvctt_level_new` is "toan_trinh", "mot_phan" or None."""

    code: str
    name: str
    sector: str
    processing_days: int | None = None
    dvctt_level_old: int | None = None
    dvctt_level_new: str | None = None
    has_fee: bool = False
    fee: int | None = None
    online_payment: bool = False


@dataclass(frozen=True)
class ProcedureInfo:
    """A TTHC of the unit's catalogue."""

    id: int
    code: str
    name: str
    sector: str
    processing_days: int | None
    dvctt_level_old: int | None
    dvctt_level_new: str | None
    has_fee: bool
    fee: int | None
    online_payment: bool


@dataclass(frozen=True)
class CatalogueImport:
    """What importing a TTHC list did."""

    new: int
    updated: int
    unchanged: int
    rejected: tuple[Rejection, ...]
    #: Rows imported with their fee left unknown (a text such as "Theo quy định").
    warnings: tuple[RowWarning, ...] = ()


@dataclass(frozen=True)
class ComputedRow:
    """A row computed from the register; sector_id None for a sector the unit lacks.

    For a form whose rows are units, `sector` is the unit's name and `sector_id` its row id.
    """

    sector: str
    sector_id: int | None
    values: dict[int, int]


@dataclass(frozen=True)
class ComputedReport:
    """A form computed from the register, shaped like the entry grid (rows, figures, total).

    II.06a: a row per sector, columns 3–13; form 766: the own unit's row, columns 3–14.
    """

    form: str
    period_code: str
    mode: str
    start: date
    end: date
    window_text: str
    rows: tuple[ComputedRow, ...]
    total: dict[int, int]
    changed: int = 0
    added_sectors: tuple[str, ...] = field(default_factory=tuple)
