"""The English translation covers every string of the code; the checker really catches what is missing.

`make ts` refreshes `resources/translations/cliqphone_en.ts` (pyside6-lupdate + the strings lupdate
cannot see); these tests fail when a `tr()`/`translate()` string of app/ is missing from it, left
unfinished or empty — and prove, on synthetic sources, that such a string is caught.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_tools():
    # packaging/translations.py is a script, and `packaging` is also the name of a PyPI package.
    spec = importlib.util.spec_from_file_location("cliqphone_translation_tools", ROOT / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tools = _load_tools()


def write(path: Path, source: str) -> Path:
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


SYNTHETIC = '''
    from PySide6.QtCore import QCoreApplication, QObject


    def _tr(text):
        return QCoreApplication.translate("Synthétique", text)


    ETIQUETTE = _tr("Étiquette par l'aide _tr")


    class Fenetre(QObject):
        def titres(self, n):
            return [
                self.tr("Titre de la fenêtre"),
                self.tr("%n numéro(s) sélectionné(s)", "", n),
                self.tr("Ouvrir", "menu"),
                QCoreApplication.translate("Autre", "Chaîne hors classe"),
            ]
'''


# -- the real catalogue ---------------------------------------------------------------------------

def test_every_string_of_the_code_is_in_the_english_ts_and_translated():
    problems = tools.problems(tools.TS_FILE, tools.SOURCES)
    assert not problems, (
        f"{len(problems)} string(s) of app/ lack an English translation (run `make ts`, translate them in "
        "resources/translations/cliqphone_en.ts, e.g. with pyside6-linguist):\n" + "\n".join(problems))


def test_translations_keep_placeholders():
    _, messages = tools.read_ts(tools.TS_FILE)
    for message in messages.values():
        if not message.translated:
            continue
        for placeholder in ("%1", "%2", "%3", "%n"):
            if placeholder in message.key.source:
                for form in message.forms:
                    assert placeholder in form, f"{placeholder} lost in {message.key}: {form!r}"


def test_extraction_finds_everything_lupdate_finds(tmp_path):
    """Our reader of the sources must never see less than Qt's own tool."""
    ts = tmp_path / "lupdate_en.ts"
    tools.new_ts(ts, "en")
    tools.run_lupdate(tools.SOURCES, ts)
    _, from_lupdate = tools.read_ts(ts)
    found = tools.extract(tools.SOURCES)
    ours = found.messages
    # lupdate reads `tr = QCoreApplication.translate; tr("Ctx", "Texte")` as the text "Ctx" with the
    # comment "Texte"; we read it as at run time. Everything else it finds, we must find too.
    missed = [key for key, msg in from_lupdate.items()
              if msg.status != "vanished" and key not in ours
              and tools.Key(key.source, key.comment) not in ours and key.context != ""
              # `dialog.tr()` outside a class: lupdate names the context after the variable; we report it.
              and not any(f" {key.context}.tr() outside a class" in m for m in found.misplaced)]
    assert not missed


# -- the checker catches what it must ----------------------------------------------------------

def test_a_string_missing_from_the_ts_is_reported(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    write(src / "fenetre.py", SYNTHETIC)
    ts = tmp_path / "cliqphone_en.ts"
    shutil.copyfile(tools.TS_FILE, ts)  # the real catalogue knows none of these strings

    problems = tools.problems(ts, [src])
    joined = "\n".join(problems)
    assert len(problems) == 5, joined
    assert all(p.startswith("missing from") for p in problems)
    for text in ("Titre de la fenêtre", "%n numéro(s) sélectionné(s)", "Ouvrir", "Chaîne hors classe",
                 "Étiquette par l'aide _tr"):
        assert text in joined
    assert "[Fenetre]" in joined and "[Synthétique]" in joined and "[Autre]" in joined


def test_unfinished_and_empty_translations_are_reported(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    write(src / "fenetre.py", SYNTHETIC)
    ts = tmp_path / "cliqphone_en.ts"
    tools.update(ts, [src])  # lupdate + helper strings: all present, none translated yet
    problems = tools.problems(ts, [src])
    assert len(problems) == 5 and all("not translated" in p for p in problems)

    _translate_all(ts, lambda source: "EN " + source.replace("(s)", "s"))
    assert tools.problems(ts, [src]) == []

    # One translation emptied, one flagged unfinished: both caught.
    text = ts.read_text(encoding="utf-8")
    text = text.replace("<translation>EN Titre de la fenêtre</translation>", "<translation></translation>")
    text = text.replace("<translation>EN Ouvrir</translation>", '<translation type="unfinished">EN Ouvrir</translation>')
    ts.write_text(text, encoding="utf-8")
    problems = tools.problems(ts, [src])
    assert len(problems) == 2, problems
    assert any("Titre de la fenêtre" in p for p in problems) and any("'Ouvrir'" in p for p in problems)


def test_update_keeps_translations_including_helper_strings(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    source = write(src / "fenetre.py", SYNTHETIC)
    ts = tmp_path / "cliqphone_en.ts"
    tools.update(ts, [src])
    _translate_all(ts, lambda s: "EN " + s)

    # A new string appears in the code; `make ts` runs again.
    source.write_text(source.read_text(encoding="utf-8").replace(
        'self.tr("Ouvrir", "menu"),', 'self.tr("Ouvrir", "menu"), self.tr("Nouvelle chaîne"),'), encoding="utf-8")
    tools.update(ts, [src])
    _, messages = tools.read_ts(ts)
    problems = tools.problems(ts, [src])
    assert len(problems) == 1 and "Nouvelle chaîne" in problems[0]
    kept = messages[tools.Key("Synthétique", "Étiquette par l'aide _tr")]
    assert kept.translated and kept.forms == ["EN Étiquette par l'aide _tr"]
    assert messages[tools.Key("Fenetre", "Titre de la fenêtre")].forms == ["EN Titre de la fenêtre"]


def test_compiled_catalogue_translates_helper_and_plural_strings(tmp_path, qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    src = tmp_path / "src"
    src.mkdir()
    write(src / "fenetre.py", SYNTHETIC)
    ts = tmp_path / "cliqphone_en.ts"
    tools.update(ts, [src])
    _translate_all(ts, lambda s: {"%n numéro(s) sélectionné(s)": "%n number(s) selected"}.get(s, "EN " + s),
                   plural=("%n number selected", "%n numbers selected"))
    qm = tmp_path / "cliqphone_en.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Synthétique", "Étiquette par l'aide _tr") == "EN Étiquette par l'aide _tr"
        assert QCoreApplication.translate("Fenetre", "%n numéro(s) sélectionné(s)", "", 1) == "1 number selected"
        assert QCoreApplication.translate("Fenetre", "%n numéro(s) sélectionné(s)", "", 3) == "3 numbers selected"
        assert QCoreApplication.translate("Fenetre", "Ouvrir", "menu") == "EN Ouvrir"
    finally:
        qapp.removeTranslator(translator)


def _translate_all(ts: Path, translate, plural: tuple[str, str] | None = None) -> None:
    tree, messages = tools.read_ts(ts)
    for message in messages.values():
        element = message.element.find("translation")
        element.attrib.pop("type", None)
        if message.numerus:
            forms = element.findall("numerusform")
            texts = plural or tuple(translate(message.key.source) for _ in forms)
            for form, text in zip(forms, texts, strict=True):
                form.text = text
        else:
            element.text = translate(message.key.source)
    tools.write_ts(tree, ts)


@pytest.mark.parametrize("language", ["en"])
def test_ts_declares_french_source_and_its_language(language):
    root = __import__("xml.etree.ElementTree", fromlist=["parse"]).parse(tools.TS_FILE).getroot()
    assert root.get("sourcelanguage") == "fr"
    assert root.get("language") == language


def test_helpers_imported_from_other_modules_aliases_and_misplaced_tr(tmp_path):
    package = tmp_path / "src" / "vues"
    package.mkdir(parents=True)
    write(package / "__init__.py", "")
    write(package / "textes.py", '''
        from PySide6.QtCore import QCoreApplication


        def _t(text, n=-1):
            return QCoreApplication.translate("Textes", text, None, n)
    ''')
    write(package / "vue.py", '''
        from PySide6.QtCore import QCoreApplication

        from . import textes as T
        from .textes import _t


        def libelles(dialog, n):
            tr = QCoreApplication.translate
            return [T._t("Par le module"), _t("Par le nom"), _t("%n ligne(s)", n), tr("Alias", "Par l'alias"),
                    dialog.tr("Jamais traduit")]
    ''')
    found = tools.extract([tmp_path / "src"])
    assert set(found.messages) == {tools.Key("Textes", "Par le module"), tools.Key("Textes", "Par le nom"),
                                   tools.Key("Textes", "%n ligne(s)"), tools.Key("Alias", "Par l'alias")}
    assert found.messages[tools.Key("Textes", "%n ligne(s)")].numerus
    assert not found.messages[tools.Key("Textes", "Par le nom")].numerus
    assert len(found.misplaced) == 1 and "dialog.tr()" in found.misplaced[0]
    ts = tmp_path / "cliqphone_en.ts"
    tools.update(ts, [tmp_path / "src"])
    problems = tools.problems(ts, [tmp_path / "src"])
    assert any("dialog.tr() outside a class" in p for p in problems)
    assert sum("not translated" in p for p in problems) == 4
    _, messages = tools.read_ts(ts)
    # lupdate's misreading of the alias (the text "Alias" with the comment "Par l'alias") is removed.
    assert tools.Key("", "Alias", "Par l'alias") not in messages
