"""One process of the layout matrix (scripts/layout_matrix.py): one screen size and scaling, every
text size and theme, every view. Prints one JSON line per view checked."""

from __future__ import annotations

import json
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication


def run_worker(screen: str, scale: str, texts: list[str], themes: list[str], out: Path, *, docs: bool,
               shown: tuple[str, ...], docs_views: dict[str, str], shots: bool = True, locale: str = "",
               translations: Path | None = None) -> int:
    from PySide6.QtGui import QImage

    from tests.helpers.contrast import bright_blocks
    from tests.helpers.layout_check import check
    from tests.helpers.layout_views import SESSION_VIEWS, build, emergency_problems, views
    from touchtimer.core.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("touchtimer")
    if locale:              # another language: its dates and numbers, and its words when translated
        from PySide6.QtCore import QLocale, QTranslator

        QLocale.setDefault(QLocale(locale))
        translator = QTranslator(app)
        if translations is not None:
            if not translator.load(f"touchtimer_{locale}", str(translations)):
                print(f"no translation touchtimer_{locale} in {translations}", file=sys.stderr)
                return 2          # not a check of English passed off as one of the language asked for
            app.installTranslator(translator)
            from PySide6.QtCore import QLibraryInfo

            qt_own = QTranslator(app)          # Qt's own words (Close, Cancel...), as the app loads them
            if qt_own.load(f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_own)
    available = app.primaryScreen().availableGeometry()
    with tempfile.TemporaryDirectory() as folder:
        language = locale.split("_")[0].lower() if locale and translations is not None else "en"
        scene = build(Path(folder), available, Settings(theme=themes[0], text_scale=float(texts[0])),
                      language)
        window = scene.window
        try:
            for theme in themes:
                window.registry[f"view.theme_{theme}"].trigger()
                for text in texts:
                    window.set_text_scale(float(text))
                    for name, widget in views(scene):
                        problems = [str(p) for p in check(widget, available)]
                        if name in SESSION_VIEWS:
                            problems += emergency_problems(window)
                        grab = widget.grab()
                        if theme == "night":        # no large bright area anywhere at night
                            image = grab.toImage().convertToFormat(QImage.Format.Format_RGB32)
                            block = round(40 * grab.devicePixelRatio())
                            problems += [f"bright: a large bright area at {r.x()},{r.y()}"
                                         for r in bright_blocks(image, block=block)[:3]]
                        print(json.dumps({"view": name, "text": text, "theme": theme, "problems": problems}),
                              flush=True)
                        if docs:
                            if name in docs_views:
                                path = out / screen / f"{docs_views[name]}-{theme}.png"
                                path.parent.mkdir(parents=True, exist_ok=True)
                                grab.save(str(path))
                        elif shots and (problems or text in shown):
                            path = out / f"{screen}@{scale}" / f"{theme}-text{text}" / f"{name}.png"
                            path.parent.mkdir(parents=True, exist_ok=True)
                            grab.save(str(path))
        except Exception:
            traceback.print_exc()
            return 1
        finally:
            scene.close()
    return 0
