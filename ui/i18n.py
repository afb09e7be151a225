"""Interface language: Qt Linguist translators for our strings and Qt's own, and the locale.

Our strings are wrapped with ``self.tr`` / ``QCoreApplication.translate``; their
catalogues are ``resources/translations/monitor_<lang>.qm`` (built from the
``.ts`` sources by ``packaging/update_translations.sh``). Installing a translator
makes Qt send every widget a ``LanguageChange`` event, so windows retranslate live.
Dates are not written through Qt's locale but by ``monitor_app.dates.format_day`` /
``format_moment``, the one rule per language the printed documents use too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QDateTimeEdit

from monitor_app.resources import resource

LANGS = ("en", "ru", "kk")
LOCALES = {"en": "en_GB", "ru": "ru_RU", "kk": "kk_KZ"}
# The language names are shown in their own language, never translated.
NATIVE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    return _current


def locale_for(lang: str) -> QLocale:
    return QLocale(LOCALES.get(lang, "en_GB"))


# How a date edit (a filter's "from" and "to") writes a day: the pattern and the locale whose
# month names it takes, so that it reads as ``monitor_app.dates.format_day`` writes the day
# everywhere else ("4 Mar 2017" in English, "04.03.2017" in Russian and Kazakh, four-digit
# years always; Qt's own short formats are "04/03/2017" and "04.03.17"). English takes the C
# locale's names: en_GB's abbreviation of September is "Sept", format_day's "Sep".
# tests/ui/test_dates_agree.py checks every month in every language against format_day.
_DAY_EDIT_FORMATS = {"en": ("d MMM yyyy", "C"), "ru": ("dd.MM.yyyy", "ru_RU"),
                     "kk": ("dd.MM.yyyy", "kk_KZ")}


def show_days(edit: QDateTimeEdit, lang: str) -> None:
    """Make a date edit write its day the way every list, form and document does."""
    pattern, locale = _DAY_EDIT_FORMATS.get(lang, _DAY_EDIT_FORMATS["en"])
    keep_first_day = locale_for(lang).firstDayOfWeek()
    edit.setLocale(QLocale(locale))
    edit.setDisplayFormat(pattern)
    if edit.calendarWidget() is not None:
        edit.calendarWidget().setLocale(locale_for(lang))
        edit.calendarWidget().setFirstDayOfWeek(keep_first_day)


def install(lang: str) -> bool:
    """Switch the interface to ``lang``; returns False when our catalogue is missing."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before choosing a language")
    if lang not in LANGS:
        lang = "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    _current = lang
    try:
        return _load(app, lang)
    finally:
        # widgets retranslate now, not at the next turn of the event loop
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _load(app: QCoreApplication, lang: str) -> bool:
    found = False
    ours = QTranslator(app)  # for English: only the plural forms ("1 match", "2 matches")
    if ours.load(f"monitor_{lang}", str(resource("translations"))):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    if lang == "en":  # the source strings are English
        return True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
