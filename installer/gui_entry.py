"""Frozen entry point of egov-desktop (windowed).

An absolute import, not `python -m egov_desktop`: PyInstaller runs this file as __main__.
"""

from egov_desktop.app import main

raise SystemExit(main())
