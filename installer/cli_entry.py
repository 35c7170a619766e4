"""Frozen entry point of egov (console); it must never pull in PySide6."""

from egov_desktop.cli import main

raise SystemExit(main())
