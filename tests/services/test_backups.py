"""Restores keep a data folder to its own unit; the reasons have one table of Vietnamese names."""

from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services, open_services
from egov_desktop.config import AppPaths
from egov_desktop.errors import ValidationError
from egov_desktop.services import backups
from egov_desktop.services.setup import SetupRequest
from tests.long_names import LONG, refuses_long_name


def _other_unit_backup(tmp_path: Path) -> Path:
    other = open_services(AppPaths.resolve(tmp_path / "other"))
    try:
        other.setup.apply(SetupRequest(unit_code="00008", role="commune"))
        return other.backups.create(backups.MANUAL).path
    finally:
        other.close()


def test_another_unit_s_backup_is_refused_unless_agreed(commune: Services, tmp_path: Path) -> None:
    source = _other_unit_backup(tmp_path)
    paths = commune.paths
    own = commune.backups.create(backups.MANUAL)
    assert commune.backups.other_unit(own.path) is None
    assert commune.backups.other_unit(source) == "Phường Ngọc Hà (00008)"
    commune.close()
    before = paths.database.read_bytes()
    with pytest.raises(ValidationError, match=r'"Phường Ngọc Hà" \(00008\)') as refused:
        backups.restore_backup(paths.database, paths.backups, source)
    assert "--" not in refused.value.message and "--data-dir" in refused.value.cli_hint
    assert paths.database.read_bytes() == before
    assert backups.restore_backup(paths.database, paths.backups, source, other_unit=True)
    reopened = open_services(paths)
    try:
        assert reopened.setup.require().unit.code == "00008"
    finally:
        reopened.close()


def test_a_backup_path_too_long_says_so(tmp_path: Path) -> None:
    path = tmp_path / (LONG + ".sqlite")
    with pytest.raises(ValidationError) as refused:
        backups.check_backup(path)
    assert refuses_long_name(refused.value.message) and str(path) in refused.value.message


def test_reason_labels() -> None:
    assert backups.reason_label(backups.DAILY) == "Hằng ngày"
    assert backups.reason_label("before-migrate-0003") == "Trước khi nâng cấp cơ sở dữ liệu"
    assert backups.reason_label("from-a-newer-build") == "from-a-newer-build"
