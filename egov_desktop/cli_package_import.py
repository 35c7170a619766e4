"""`egov package import`: one or many packages or a folder, --dry-run; what each one did."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from egov_desktop.bootstrap import Services
from egov_desktop.cli_output import emit, say, warn, with_hint
from egov_desktop.domain import file_errors, messages
from egov_desktop.domain.periods import Period
from egov_desktop.errors import UserError
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.out_paths import is_folder
from egov_desktop.services.package_import import conflict_refusal, update_conflict_refusal

_STATUS_TEXT = {
    dto.IMPORTED: "Đã nhập",
    dto.UNCHANGED: "Gói này đã được nhập trước đây; không có gì thay đổi",
    dto.QUEUED: "Kỳ này đã được tiếp nhận; gói mới được giữ làm yêu cầu cập nhật",
    dto.CONFLICT: "Chưa nhập gì: có số liệu do cơ quan tự nhập khác với gói",
}
# A preview must not read as if something had already been imported.
_PREVIEW_TEXT = {
    dto.IMPORTED: "sẽ nhập",
    dto.UNCHANGED: "gói này đã được nhập trước đây; sẽ không có gì thay đổi",
    dto.QUEUED: "kỳ này đã được tiếp nhận; gói mới sẽ được giữ làm yêu cầu cập nhật",
    dto.CONFLICT: (
        "chưa nhập được nếu không chọn --prefer: có số liệu do cơ quan tự nhập khác với gói"
    ),
}
#: How many of a package's conflicting figures the refusal lists.
_CONFLICTS_SHOWN = 10


def _import_json(preview: dto.PackagePreview, dry_run: bool) -> dict[str, Any]:
    return {
        "status": preview.status,
        "unit": preview.unit_code,
        "version": preview.version,
        # Every figure the import writes (new ones included); "new": those of them that
        # fill a cell the office held empty.
        "changed": len(preview.changes),
        "new": _new_count(preview),
        "declined": preview.declined,
        "period": preview.period,
        "dry_run": dry_run,
        "conflicts": [c._asdict() for c in preview.conflicts],
        "window": _window_json(preview.window),
        "office_window": _window_json(preview.office_window),
        "other_window": preview.other_window,
        # The sender as the office's catalogue names it, and as the package spells it when that
        # differs (null when the two agree): a warning, not a refusal.
        "unit_name": preview.unit_name,
        "sent_name": preview.sent_name or None,
        "ignored": [c._asdict() for c in preview.ignored],
        # Conflicting figures kept as the office chose at an earlier import (among "declined").
        "decided_before": [
            {
                **d.change._asdict(),
                "decided_version": d.version,
                "decided_at": d.at.isoformat(sep=" ", timespec="seconds"),
            }
            for d in preview.decided_before
        ],
    }


def _window_json(window: tuple[date, date] | None) -> dict[str, str] | None:
    return (
        None if window is None else {"start": window[0].isoformat(), "end": window[1].isoformat()}
    )


def _figures_text(preview: dto.PackagePreview, dry_run: bool = False) -> str:
    """The figures line: an older or waiting package is not applied, whatever its figures."""
    if preview.status == dto.QUEUED:
        return messages.PACKAGE_WAITS_CLI.format(
            unit=preview.unit_code,
            period=preview.period,
            changed=len(preview.changes),
            same=preview.unchanged,
        )
    if preview.held_state == dto.QUEUED:
        return messages.PACKAGE_STILL_WAITING_CLI.format(
            unit=preview.unit_code, period=preview.period
        )
    if preview.status == dto.OLDER or preview.held_state == dto.SUPERSEDED:
        if _same_version(preview):
            return messages.PACKAGE_NOT_APPLIED_SAME
        return messages.PACKAGE_NOT_APPLIED_OLDER.format(latest=preview.latest_version)
    will = "sẽ " if dry_run else ""
    # Three apart: a figure the office kept against the package is not counted as unchanged.
    kept = preview.declined
    # A figure where the office held none (every figure of a unit's first package) is new,
    # not a change: "179 số liệu thay đổi" for a first package reads as a correction.
    new = _new_count(preview)
    changed = len(preview.changes) - new
    text = f"{changed} số liệu {will}thay đổi"
    if new:
        text = f"{new} số liệu {will}thêm mới" + (f", {changed} {will}thay đổi" if changed else "")
    text += f", {preview.unchanged - kept} không đổi"
    if not kept:
        return text
    text += f", {kept} số liệu {will}giữ số của cơ quan"
    before = len(preview.decided_before)
    return text + (f", trong đó {before} như đã chọn ở lần nhập trước" if before else "")


def _new_count(preview: dto.PackagePreview) -> int:
    """How many of the figures the package writes fill a cell the office held empty."""
    return sum(1 for c in preview.changes if c.old is None and c.new is not None)


def _other_window_text(preview: dto.PackagePreview) -> str:
    """The warning for a unit that counted the period over other days ("" if it did not)."""
    if not preview.other_window or preview.window is None or preview.office_window is None:
        return ""
    (start, end), (own_start, own_end) = preview.window, preview.office_window
    return messages.PACKAGE_OTHER_WINDOW.format(
        start=f"{start:%d/%m/%Y}",
        end=f"{end:%d/%m/%Y}",
        own_start=f"{own_start:%d/%m/%Y}",
        own_end=f"{own_end:%d/%m/%Y}",
    )


#: One file's outcome: what importing it did (or would do), or why it was refused.
Outcome = tuple[Path, dto.PackagePreview | UserError]


def import_packages(args: argparse.Namespace, services: Services) -> int:
    """Each file on its own: a refused or conflicting one never stops the others."""
    files = _expand(args.file)
    if args.dry_run:
        outcomes = _previews(services, files, args.prefer, args.reconsider)
    else:
        outcomes = _imports(services, files, args.prefer, args.reconsider)
    if len(args.file) == 1 and not is_folder(Path(args.file[0])):
        path, outcome = outcomes[0]
        if isinstance(outcome, UserError):
            if args.json:  # the same object as in a list of files; the reason is on stderr too
                emit(_refused_json(path, outcome))
            raise outcome
        return _report_one(path, outcome, args)
    return _report_many(outcomes, args)


def _refused_json(path: Path, error: UserError) -> dict[str, Any]:
    return {
        "file": str(path),
        "status": "refused",
        "reason": with_hint(error.message, error.cli_hint),
    }


def _expand(names: list[str]) -> list[tuple[Path, UserError | None]]:
    """The files named, a folder standing for the packages (*.egov) directly inside it."""
    files: list[tuple[Path, UserError | None]] = []
    for name in names:
        path = Path(name)
        try:
            found = path.exists()
        except OSError as error:  # a name too long, no access to a folder on the way…
            files.append((path, UserError(file_errors.unreadable(path, error))))
            continue
        if not found:
            files.append((path, UserError(messages.PACKAGE_FILE_MISSING.format(path=path))))
        elif is_folder(path):
            try:
                inside = sorted(
                    p for p in path.iterdir() if p.suffix.lower() == ".egov" and p.is_file()
                )
            except OSError as error:
                reason = file_errors.os_reason(error)
                files.append(
                    (path, UserError(messages.FOLDER_UNREADABLE.format(path=path, reason=reason)))
                )
                continue
            if not inside:
                files.append((path, UserError(messages.PACKAGE_FOLDER_EMPTY.format(path=path))))
            files.extend((p, None) for p in inside)
        else:
            files.append((path, None))
    return files


def _previews(
    services: Services,
    files: list[tuple[Path, UserError | None]],
    prefer: str | None,
    reconsider: bool,
) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for path, error in files:
        if error is not None:
            outcomes.append((path, error))
            continue
        try:
            preview = services.package_import.preview(path, prefer=prefer, reconsider=reconsider)
        except UserError as refused:
            outcomes.append((path, refused))
            continue
        # The import itself would stop at these conflicts unless the user chose a side (a
        # package to wait as an update request asks when the request is applied).
        undecided = prefer is None and preview.conflicts
        if undecided and preview.status == dto.IMPORTED:
            preview = replace(preview, status=dto.CONFLICT)
        outcomes.append((path, preview))
    return outcomes


def _imports(
    services: Services,
    files: list[tuple[Path, UserError | None]],
    prefer: str | None,
    reconsider: bool,
) -> list[Outcome]:
    """One file alone is imported by itself; several share one backup (apply_many)."""
    importer = services.package_import
    todo = [path for path, error in files if error is None]
    done: list[dto.PackagePreview | UserError] = []
    if len(files) == 1 and todo:
        try:
            done = [importer.apply(todo[0], prefer=prefer, reconsider=reconsider)]
        except UserError as refused:
            done = [refused]
    elif todo:
        outcomes = importer.apply_many(todo, prefer=prefer, reconsider=reconsider)
        done = [outcome for _path, outcome in outcomes]
    results = iter(done)
    return [(path, error if error is not None else next(results)) for path, error in files]


def _report_one(path: Path, preview: dto.PackagePreview, args: argparse.Namespace) -> int:
    _warn_window(preview, "", args.dry_run)
    if args.json:
        emit({"file": str(path), **_import_json(preview, args.dry_run)})
    if preview.status == dto.CONFLICT and not args.dry_run:
        _refuse_conflict(path, preview)
        return 2
    if args.json:
        return 0
    if args.dry_run:
        report_import(preview, dry_run=True)
    else:  # figure by figure only in the preview: a first package has hundreds of them
        say(_one_line(path, preview))
    return 0


def _one_line(path: Path, preview: dto.PackagePreview) -> str:
    """What importing one file did, in one line."""
    return f"{path.name}: {_summary(preview)}"


def _summary(preview: dto.PackagePreview) -> str:
    return f"{_headline(preview)} ({_figures_text(preview)})."


def report_applied(preview: dto.PackagePreview) -> None:
    """What applying an update request did: the line `package import` prints for a file.

    Figure by figure only in a preview: a correction may change hundreds of them.
    """
    _warn_window(preview, "", False)
    say(_summary(preview))


def _report_many(outcomes: list[Outcome], args: argparse.Namespace) -> int:
    """One line (a block for a preview) per file, then which files were not imported."""
    listing: list[dict[str, Any]] = []
    failed: list[str] = []
    for path, outcome in outcomes:
        if isinstance(outcome, UserError):
            failed.append(path.name)
            warn(f"Lỗi: {with_hint(outcome.message, outcome.cli_hint)}")
            listing.append(_refused_json(path, outcome))
            if not args.json:
                say(f"{path.name}: bị từ chối, không nhập (lý do ở thông báo lỗi).")
            continue
        listing.append({"file": str(path), **_import_json(outcome, args.dry_run)})
        _warn_window(outcome, f"{path.name}: ", args.dry_run)
        if outcome.status == dto.CONFLICT and not args.dry_run:
            failed.append(path.name)
            _refuse_conflict(path, outcome)
        if args.json:
            continue
        if args.dry_run:
            say(f"== {path.name} ==")
            report_import(outcome, dry_run=True)
        elif outcome.status == dto.CONFLICT:
            say(f"{path.name}: chưa nhập gì ({len(outcome.conflicts)} số liệu xung đột).")
        else:
            say(_one_line(path, outcome))
    if args.json:
        emit(listing)
    if not failed:
        return 0
    verb = "không xem trước được" if args.dry_run else "không nhập được"
    warn(f"{len(failed)}/{len(outcomes)} tệp {verb}: {', '.join(failed)}.")
    return 2


def _warn_window(preview: dto.PackagePreview, prefix: str, dry_run: bool) -> None:
    """What the office should know: the unit named otherwise, other days, figures left out."""
    if preview.sent_name:
        warn(prefix + _sent_name_text(preview, dry_run))
    if preview.other_window:
        warn(prefix + _other_window_text(preview))
    if preview.ignored and preview.status in (dto.IMPORTED, dto.QUEUED, dto.CONFLICT):
        warn(prefix + _ignored_text(preview, dry_run))


def _sent_name_text(preview: dto.PackagePreview, dry_run: bool) -> str:
    """The package's name for its unit beside the catalogue's, and what to check."""
    received = preview.status == dto.UNCHANGED or (
        not dry_run and preview.status in (dto.IMPORTED, dto.QUEUED)
    )
    then = messages.PACKAGE_OTHER_NAME_TAKEN if received else messages.PACKAGE_OTHER_NAME_CHECK
    where = {"name": preview.unit_name, "code": preview.unit_code}
    return (
        messages.PACKAGE_OTHER_NAME.format(sent=preview.sent_name, **where)
        + " "
        + then.format(**where)
    )


def _ignored_text(preview: dto.PackagePreview, dry_run: bool) -> str:
    """The package's figures in columns its period leaves empty, which are not imported."""
    columns = ", ".join(f"{c.form} ({c.column}) {c.title}" for c in preview.ignored)
    return messages.PACKAGE_CLOSED_IGNORED.format(
        count=sum(c.figures for c in preview.ignored),
        columns=columns,
        period=Period.parse(preview.period).in_sentence,
        reason="; ".join(dict.fromkeys(c.reason for c in preview.ignored)),
        will="sẽ " if dry_run else "",
    )


def _refuse_conflict(path: Path, preview: dto.PackagePreview) -> None:
    """Why nothing was imported, the figures at stake and how to choose."""
    conflicts = preview.conflicts
    refusal = conflict_refusal(path.name, preview)
    warn(f"Lỗi: {with_hint(refusal.message, refusal.cli_hint)}")
    _list_conflicts(conflicts)
    if len(conflicts) > _CONFLICTS_SHOWN:
        more = len(conflicts) - _CONFLICTS_SHOWN
        warn(f"  … và {more} số liệu khác (xem tất cả: egov package import {path} --dry-run)")


def refuse_update_conflict(preview: dto.PackagePreview) -> None:
    """Why an update request was not applied: it changes figures the office typed itself."""
    conflicts = preview.conflicts
    refusal = update_conflict_refusal(preview)
    warn(f"Lỗi: {with_hint(refusal.message, refusal.cli_hint)}")
    _list_conflicts(conflicts)
    if len(conflicts) > _CONFLICTS_SHOWN:
        warn(f"  … và {len(conflicts) - _CONFLICTS_SHOWN} số liệu khác")


def _list_conflicts(conflicts: tuple[dto.ValueChange, ...]) -> None:
    for change in conflicts[:_CONFLICTS_SHOWN]:
        warn(
            f"  {change.form} {change.row} cột ({change.column}): cơ quan đã nhập "
            f"{_number(change.old)}, gói {_number(change.new)}"
        )


def _decided_text(decided: dto.DecidedBefore) -> str:
    """A figure kept as the office chose before: both values, and when it chose."""
    change = decided.change
    when = "lần nhập trước" if decided.version is None else f"khi nhập v{decided.version}"
    return (
        f"{change.form} {change.row} cột ({change.column}): cơ quan đã nhập "
        f"{_number(change.old)}, gói {_number(change.new)} — giữ số liệu cơ quan đã nhập "
        f"(đã chọn {when} lúc {decided.at:%H:%M %d/%m/%Y})"
    )


def _number(value: int | None) -> str:
    return "(trống)" if value is None else str(value)


def _same_version(preview: dto.PackagePreview) -> bool:
    """Another package of the version the office holds (a unit that set up its data again)."""
    latest = preview.latest_version
    return latest is not None and preview.version >= latest


def _status_text(preview: dto.PackagePreview, dry_run: bool) -> str:
    if preview.status != dto.OLDER:
        return (
            f"Xem trước: {_PREVIEW_TEXT[preview.status]}"
            if dry_run
            else _STATUS_TEXT[preview.status]
        )
    # Named by the version held: "older than the one received" leaves the clerk guessing.
    older = messages.PACKAGE_SAME_VERSION if _same_version(preview) else messages.PACKAGE_OLDER
    held = older.format(latest=preview.latest_version)
    if dry_run:
        return f"Xem trước: {held[0].lower()}{held[1:]}; sẽ không ghi đè"
    return f"{held}; không ghi đè"


def _headline(preview: dto.PackagePreview, dry_run: bool = False) -> str:
    status = _status_text(preview, dry_run)
    return (
        f"{status} — {preview.unit_name} ({preview.unit_code}), "
        f"{Period.parse(preview.period).label}, gói v{preview.version}"
    )


def report_import(preview: dto.PackagePreview, *, dry_run: bool) -> None:
    """What importing one package did (or, `dry_run`, would do), figure by figure."""
    say(_headline(preview, dry_run) + ".")
    if preview.reason:
        say(f"Báo cáo điều chỉnh, lý do: {preview.reason}")
    for change in preview.changes:
        old = "" if change.old is None else change.old
        new = "" if change.new is None else change.new
        mark = "  (cơ quan đã tự nhập)" if change.conflict else ""
        say(f"  {change.form} {change.row} cột ({change.column}): {old} → {new}{mark}")
    for decided in preview.decided_before:
        say("  " + _decided_text(decided))
    say(_figures_text(preview, dry_run) + ".")
    if dry_run and preview.status == dto.CONFLICT:
        say(
            f"{len(preview.conflicts)} số liệu cơ quan đã tự nhập khác với gói (đánh dấu ở "
            "trên): khi nhập, thêm --prefer package (lấy số của gói) hoặc --prefer office "
            "(giữ số cơ quan đã nhập)."
        )
    if dry_run and preview.status == dto.QUEUED and preview.conflicts:
        say(
            f"{len(preview.conflicts)} số liệu cơ quan đã tự nhập khác với gói (đánh dấu ở "
            "trên): chọn khi nhập yêu cầu cập nhật (egov package apply-update … --prefer)."
        )
    if dry_run and preview.decided_before:
        say(
            "Để chọn lại các số liệu đã chọn giữ ở lần nhập trước: thêm --reconsider và "
            "--prefer package hoặc --prefer office."
        )
