"""Read what offices really have — .xlsx, BIFF .xls, HTML tables renamed .xls — as plain rows."""

from egov_desktop.export.readers.common import RawCell, RawSheet, read_sheet

__all__ = ["RawCell", "RawSheet", "read_sheet"]
