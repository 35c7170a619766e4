"""Vietnamese by default: the app's translation and a Vietnamese QLocale."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from egov_desktop.config import resource_path

logger = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"


def install_translation(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> bool:
    """Load `egov_desktop_<language>.qm`; English source strings stay when it is missing."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    if language == "en":
        return True
    # Qt ships no Vietnamese for its own widgets (dialog buttons, wizard, edit menus): ours.
    widgets = QTranslator(app)
    if widgets.load(str(resource_path("i18n", f"qt_{language}.qm"))):
        app.installTranslator(widgets)
    translator = QTranslator(app)
    qm = resource_path("i18n", f"egov_desktop_{language}.qm")
    if not translator.load(str(qm)):
        logger.warning("Translation %s not found", qm)
        return False
    app.installTranslator(translator)
    return True
