"""Qt side of translation: Qt asks our one catalog (core.i18n) for every string,
including those of forms/*.ui, and Qt's own translations for its standard buttons."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shopmanager.core import i18n


class CatalogTranslator(QTranslator):
    """Answers Qt's translate() from core.i18n; None means 'not mine' so Qt falls back."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 - Qt API
        return i18n.lookup(context, source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


_catalog_translator: CatalogTranslator | None = None
_qt_translator: QTranslator | None = None


def apply_language(language: str) -> str:
    """Switch every layer to `language`; widgets built from code must be rebuilt or retranslated."""
    global _catalog_translator, _qt_translator
    if _catalog_translator is not None and i18n.current_language() == language:
        return language  # already in place
    language = i18n.set_language(language)
    app = QCoreApplication.instance()
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    if language != "en":
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(translator)
            _qt_translator = translator
    if _catalog_translator is None:
        _catalog_translator = CatalogTranslator(app)
    else:
        app.removeTranslator(_catalog_translator)
    app.installTranslator(_catalog_translator)  # last installed is asked first
    QLocale.setDefault(QLocale("zh_CN") if language == "zh_CN"
                       else QLocale("en_US"))
    return language
