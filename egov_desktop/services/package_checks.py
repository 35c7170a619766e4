"""The checks a package passes at the office before anything is written.

`read_package` has checked the file (a zip of the right shape, the payload's SHA-256, the
format version, whole non-negative figures); these checks are about the office: the unit is one
of its own, the forms and columns are known, the figures are within bounds.
"""

from __future__ import annotations

from collections.abc import Mapping
from operator import attrgetter
from pathlib import Path

from egov_desktop import __version__
from egov_desktop.domain import messages
from egov_desktop.domain.forms import ROWS_SECTORS, ROWS_UNITS, Form
from egov_desktop.domain.period_modes import mode_name
from egov_desktop.domain.periods import MODES, Period, in_sentence_of
from egov_desktop.domain.sectors import name_key
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY
from egov_desktop.domain.validation import MAX_VALUE, check_value
from egov_desktop.errors import PackageError, UserError
from egov_desktop.exchange.package import (
    Manifest,
    Package,
    PackagePeriod,
    PackageValue,
    read_package,
)
from egov_desktop.services.dto import SetupInfo
from egov_desktop.services.lineage import (
    REFORM_DAY,
    dated_label,
    legacy_commune_under,
    new_unit_fields,
    old_unit_fields,
    reform_texts,
)
from egov_desktop.services.report_forms import load_forms
from egov_desktop.services.setup import clean_agency_code
from egov_desktop.services.units import load_catalog

_CELL = attrgetter("form", "column")
_PERIOD = attrgetter("period")
_VALUE = attrgetter("value")
_ROW = attrgetter("form", "row_key")
_RAW_CELL = attrgetter("form", "row_key", "column")  # of the one period (checked before)


def check_package(path: Path, office: SetupInfo) -> Package:
    """The package at `path`, read and checked for `office`; PackageError with the reason."""
    package = read_package(path)
    manifest, name = package.manifest, path.name
    _check_windows(name, manifest.periods)
    unit = manifest.unit
    catalog = load_catalog(office.catalog)
    # A period is the old units' only when it ends before the reform.
    late = next((p for p in manifest.periods if p.end >= REFORM_DAY), None)
    # A province office of the 2025 catalogue also takes the old communes' reports of the
    # periods before the reform (for comparisons across it).
    old_commune = (
        office.catalog == CATALOG_2025
        and unit.catalog == CATALOG_LEGACY
        and legacy_commune_under(unit.code, office.unit.code)
    )
    # A district (legacy catalogue) office was abolished with the reform: said before "not
    # under this district", which a 2025 commune reusing an old commune's code would read as
    # wrong (Phường Ba Đình 00004 is not "outside" Quận Ba Đình).
    if office.catalog == CATALOG_LEGACY and late is not None:
        raise PackageError(
            messages.PACKAGE_DISTRICT_AFTER_REFORM.format(
                name=name, office=office.unit.name, period=_dated_label(late), **reform_texts()
            )
        )
    if office.catalog == CATALOG_LEGACY and unit.catalog == CATALOG_2025:
        raise PackageError(
            messages.PACKAGE_NEW_UNIT_AT_DISTRICT.format(
                name=name,
                unit=unit.name,
                code=unit.code,
                office=office.unit.name,
                reform=f"{REFORM_DAY:%d/%m/%Y}",
            )
        )
    if old_commune and late is not None:
        raise PackageError(_legacy_after_reform(name, manifest, late))
    if not old_commune and (
        unit.catalog != office.catalog
        or catalog.get(unit.code) is None
        or not catalog.is_under(unit.code, office.unit.code)
    ):
        raise PackageError(
            messages.PACKAGE_WRONG_UNIT.format(
                name=name, unit=unit.name, code=unit.code, office=office.unit.name
            )
        )
    # Before the reform the old communes reported; a 2025 commune's figures for such a period
    # would be summed into its row on top of theirs (the office cannot type them either).
    if unit.catalog == CATALOG_2025 and late is None:
        raise PackageError(_new_unit_before_reform(name, manifest, office.catalog))
    if manifest.agency_code and manifest.agency_code != _agency_code(manifest.agency_code):
        raise PackageError(
            messages.PACKAGE_BAD_MANIFEST.format(
                name=name, detail=f"mã định danh «{manifest.agency_code}»"
            )
        )
    forms = load_forms()
    unknown = [f for f in manifest.forms if f not in forms]
    if unknown:
        raise PackageError(
            messages.PACKAGE_UNKNOWN_FORMS.format(name=name, forms=", ".join(unknown))
            + _release_hint(manifest.app_version)
        )
    periods = {p.code for p in manifest.periods}
    if len(periods) != 1:
        raise PackageError(
            messages.PACKAGE_BAD_MANIFEST.format(name=name, detail="cần đúng một kỳ")
        )
    (period,) = periods
    allowed = {(form, column) for form in manifest.forms for column in forms[form].data_columns}
    values = package.values
    # Whole-batch checks in C (attrgetter, set): a batch carries tens of thousands of figures.
    # The reason is worked out for the first bad figure only.
    if (
        not set(map(_CELL, values)) <= allowed
        or not set(map(_PERIOD, values)) <= periods
        or max(filter(None, map(_VALUE, values)), default=0) > MAX_VALUE
    ):
        for value in values:
            if (
                (value.form, value.column) not in allowed
                or value.period != period
                or (value.value is not None and value.value > MAX_VALUE)
            ):
                _refuse(name, value, manifest.forms, period, manifest.app_version)
    _check_rows(name, values, forms)
    return package


def _check_windows(name: str, periods: tuple[PackagePeriod, ...]) -> None:
    """Each period's days are the period's in the mode the sender names.

    The application writes a period's window from its code and the unit's mode: other days
    (or another mode) mean an edited manifest, whose figures would be read over days nobody
    counted. The reform and deadline checks read these days, so they come first.
    """
    for period in periods:
        try:
            parsed = Period.parse(period.code)
        except UserError as error:
            raise PackageError(
                messages.PACKAGE_BAD_MANIFEST.format(name=name, detail=error.message)
            ) from error
        if period.mode in MODES and parsed.window(period.mode) == (period.start, period.end):
            continue
        windows = "; ".join(
            f"{mode_name(mode)}: {start:%d/%m/%Y} – {end:%d/%m/%Y}"
            for mode in MODES
            for start, end in [parsed.window(mode)]
        )
        raise PackageError(
            messages.PACKAGE_BAD_WINDOW.format(
                name=name,
                period=parsed.in_sentence,
                start=f"{period.start:%d/%m/%Y}",
                end=f"{period.end:%d/%m/%Y}",
                windows=windows,
            )
        )


def _check_rows(name: str, values: tuple[PackageValue, ...], forms: Mapping[str, Form]) -> None:
    """Each figure names a row its form has, and no cell twice.

    A row key of another kind would be stored as it is (`unit:4` is another unit's row at the
    office), an empty sector name would become a row with no name, and of two figures for one
    cell the import would keep either: the package is refused instead. Two spellings of one
    sector (case, Unicode form) are one row at the office, so they are one cell here too.
    """
    # (form, row key) -> the row, None if not one; each named once, by C loops (a batch
    # carries tens of thousands of figures). When every row is one and no cell is named twice,
    # spelt alike or not, the package is fine; otherwise the loop below finds the first wrong.
    rows: dict[tuple[str, str], str | None] = {
        key: _row_of(forms[key[0]], key[1]) for key in set(map(_ROW, values))
    }
    if (
        None not in rows.values()
        and len(set(map(_RAW_CELL, values))) == len(values)
        and len({(key[0], row) for key, row in rows.items()}) == len(rows)
    ):
        return
    cells: set[tuple[str, str, str, int]] = set()
    for value in values:
        row = rows[(value.form, value.row_key)]
        if row is None:
            raise PackageError(
                messages.PACKAGE_BAD_VALUE.format(
                    name=name, detail=f"{value.form} dòng «{value.row_key}»"
                )
            )
        cell = (value.form, value.period, row, value.column)
        if cell in cells:
            twice = f"{value.form} dòng «{value.row_label}» cột {value.column} có hai số liệu"
            raise PackageError(messages.PACKAGE_BAD_VALUE.format(name=name, detail=twice))
        cells.add(cell)


def _row_of(form: Form, row_key: str) -> str | None:
    """The row `row_key` names in `form` (its identity), or None when the form has no such row."""
    if form.row_kind == ROWS_SECTORS:
        kind, _, sector = row_key.partition(":")
        return f"sector:{name_key(sector)}" if kind == "sector" and sector.strip() else None
    if form.row_kind == ROWS_UNITS:
        return row_key if row_key == "unit" else None
    return row_key if row_key in {f"row:{r.key}" for r in form.rows} else None


def _dated_label(period: PackagePeriod) -> str:
    """The package's period and its days (`_check_windows` has parsed its code)."""
    return dated_label(Period.parse(period.code), period.start, period.end)


def _legacy_after_reform(name: str, manifest: Manifest, late: PackagePeriod) -> str:
    """An old commune's report of a period its 2025 successor reports."""
    unit = manifest.unit
    return messages.PACKAGE_LEGACY_AFTER_REFORM.format(
        name=name,
        **old_unit_fields(unit.name, unit.code),
        period=_dated_label(late),
        **reform_texts(),
    )


def _new_unit_before_reform(name: str, manifest: Manifest, office_catalog: str) -> str:
    """A 2025 commune's report of a period that ends before it existed."""
    unit, period = manifest.unit, manifest.periods[0]
    return messages.PACKAGE_NEW_UNIT_BEFORE_REFORM.format(
        name=name,
        **new_unit_fields(unit.name, unit.code, office_catalog),
        period=_dated_label(period),
        **reform_texts(),
    )


def _release_hint(sender: str) -> str:
    """Why a form or column may be unknown: the unit's application is another release."""
    return (
        ""
        if sender == __version__
        else " " + messages.PACKAGE_OTHER_RELEASE.format(version=sender, ours=__version__)
    )


def _agency_code(value: str) -> str:
    """The code as the sender's setup would store it; "" when it is not one."""
    try:
        return clean_agency_code(value)
    except UserError:
        return ""


def _refuse(
    name: str, value: PackageValue, forms: tuple[str, ...], period: str, sender: str
) -> None:
    if value.form not in forms or value.period != period:
        raise PackageError(
            messages.PACKAGE_STRAY_VALUE.format(
                name=name, detail=f"{value.form} {in_sentence_of(value.period)}"
            )
        )
    try:
        check_value(value.value)
    except UserError as error:
        raise PackageError(
            messages.PACKAGE_BAD_VALUE.format(name=name, detail=error.message)
        ) from error
    raise PackageError(
        messages.PACKAGE_BAD_VALUE.format(name=name, detail=f"{value.form} cột {value.column}")
        + _release_hint(sender)
    )
