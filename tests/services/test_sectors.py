import unicodedata

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import SetupRequiredError, ValidationError
from egov_desktop.services.sectors import default_sectors


def audit(
    services: Services, entity: str = "sector"
) -> list[tuple[str, str, str | None, str | None]]:
    with services.database.uow() as uow:
        return [
            (a.entity_key, a.field, a.old_value, a.new_value)
            for a in reversed(uow.audit.recent(1000))
            if a.entity == entity
        ]


def test_needs_setup(services: Services) -> None:
    with pytest.raises(SetupRequiredError):
        services.sectors.list()


def test_seeded_from_the_catalogue_once(commune: Services) -> None:
    listed = commune.sectors.list()
    assert [s.name for s in listed] == list(default_sectors())
    assert [s.position for s in listed] == list(range(1, len(listed) + 1))
    assert not any(s.hidden for s in listed)
    assert commune.sectors.list() == listed
    assert [a[1] for a in audit(commune)] == ["seed"]


def test_add_appends_and_refuses_duplicates(commune: Services) -> None:
    count = len(commune.sectors.list())
    added = commune.sectors.add("  Lao động,   tiền lương ")
    assert added.name == "Lao động, tiền lương"
    assert added.position == count + 1
    assert commune.sectors.list()[-1] == added
    for twin in ("lao động, tiền lương", unicodedata.normalize("NFD", "LAO ĐỘNG, TIỀN LƯƠNG")):
        with pytest.raises(ValidationError, match="đã có trong danh sách"):
            commune.sectors.add(twin)
    for twin in (" HỘ TỊCH ", "Hộ tịch\u200b"):  # the second copied from a web page
        with pytest.raises(ValidationError, match="đã có trong danh sách"):
            commune.sectors.add(twin)
    with pytest.raises(ValidationError, match="không được để trống"):
        commune.sectors.add("  ")
    assert len(commune.sectors.list()) == count + 1
    assert audit(commune)[-1] == ("Lao động, tiền lương", "name", None, "Lao động, tiền lương")


def test_add_refuses_a_listed_sector_spelt_without_its_accents(commune: Services) -> None:
    """ "ho tich" would be a second report row for "Hộ tịch" (the import maps it onto it)."""
    before = commune.sectors.list(include_hidden=True)
    for typed in ("ho tich", " Ho  TICH ", "hộ tich"):
        with pytest.raises(ValidationError) as refused:
            commune.sectors.add(typed)
        assert refused.value.message == (
            f'Lĩnh vực "{" ".join(typed.split())}" chính là lĩnh vực "Hộ tịch" đã có trong danh'
            ' sách (chỉ khác dấu, chữ hoa hoặc khoảng trắng); hãy dùng "Hộ tịch" thay vì thêm'
            " mới."
        )
    land = commune.sectors.find("Đất đai")
    commune.sectors.set_hidden(land.id, True)
    with pytest.raises(ValidationError, match='"Đất đai" đã có trong danh sách nhưng đang bị ẩn'):
        commune.sectors.add("dat dai")
    after = commune.sectors.list(include_hidden=True)
    assert [(s.id, s.name, s.position) for s in after] == [
        (s.id, s.name, s.position) for s in before
    ]
    assert [a[1] for a in audit(commune)] == ["seed", "hidden"]


def test_a_register_spelling_differing_in_accents_is_added_for_its_report_row(
    commune: Services,
) -> None:
    """§5.6 tells report rows apart by their accents: the computed report's row needs a line."""
    added = commune.sectors.add("ho tich", accents_apart=True)
    assert added.name == "ho tich"
    with pytest.raises(ValidationError, match="đã có trong danh sách"):
        commune.sectors.add("HỘ TỊCH", accents_apart=True)


def test_added_name_is_nfc(commune: Services) -> None:
    added = commune.sectors.add(unicodedata.normalize("NFD", "Quốc tịch"))
    assert unicodedata.is_normalized("NFC", added.name)
    assert commune.sectors.find("quoc tich").id == added.id


def test_hide_and_show(commune: Services) -> None:
    sector = commune.sectors.find("Chứng thực")
    hidden = commune.sectors.set_hidden(sector.id, True)
    assert hidden.hidden
    assert sector.id not in [s.id for s in commune.sectors.list()]
    assert sector.id in [s.id for s in commune.sectors.list(include_hidden=True)]
    assert commune.sectors.find("chứng thực").hidden
    commune.sectors.set_hidden(sector.id, True)  # no change, no audit row
    shown = commune.sectors.set_hidden(sector.id, False)
    assert not shown.hidden and shown.position == sector.position
    assert [a[1:] for a in audit(commune)[1:]] == [
        ("hidden", "False", "True"),
        ("hidden", "True", "False"),
    ]


def test_move(commune: Services) -> None:
    names = [s.name for s in commune.sectors.list()]
    land = commune.sectors.find("Đất đai")
    moved = commune.sectors.move(land.id, 1)
    assert [s.name for s in moved] == ["Đất đai", *[n for n in names if n != "Đất đai"]]
    assert [s.position for s in moved] == list(range(1, len(names) + 1))
    assert commune.sectors.list() == moved
    last = commune.sectors.move(land.id, len(names))
    assert last[-1].name == "Đất đai" and last[-1].position == len(names)
    assert audit(commune)[1:] == [
        ("Đất đai", "position", "3", "1"),
        ("Đất đai", "position", "1", str(len(names))),
    ]


@pytest.mark.parametrize("position", [0, -3, 16, 99])
def test_move_outside_the_list_is_refused_with_the_range(commune: Services, position: int) -> None:
    commune.sectors.set_hidden(commune.sectors.find("Hộ tịch").id, True)
    before = commune.sectors.list(include_hidden=True)
    assert len(before) == 15  # hidden ones count: positions are the whole list's
    with pytest.raises(ValidationError) as refused:
        commune.sectors.move(commune.sectors.find("Đất đai").id, position)
    assert refused.value.message == (
        f"Vị trí {position} không có trong danh sách lĩnh vực: danh sách có 15 lĩnh vực (kể cả"
        " lĩnh vực đã ẩn), hãy chọn vị trí từ 1 đến 15."
    )
    assert commune.sectors.list(include_hidden=True) == before
    assert [a[1] for a in audit(commune)] == ["seed", "hidden"]


def test_move_keeps_hidden_sectors_in_order(commune: Services) -> None:
    civil = commune.sectors.find("Hộ tịch")
    commune.sectors.set_hidden(civil.id, True)
    land = commune.sectors.find("Đất đai")
    commune.sectors.move(land.id, 1)
    everything = commune.sectors.list(include_hidden=True)
    assert [s.name for s in everything[:3]] == ["Đất đai", "Hộ tịch", "Chứng thực"]


def test_unknown(commune: Services) -> None:
    with pytest.raises(ValidationError, match="Không tìm thấy lĩnh vực"):
        commune.sectors.find("Không có")
    with pytest.raises(ValidationError, match="Không tìm thấy lĩnh vực"):
        commune.sectors.set_hidden(9999, True)
    with pytest.raises(ValidationError, match="Không tìm thấy lĩnh vực"):
        commune.sectors.move(9999, 1)
