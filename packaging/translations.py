"""Keeps `resources/translations/cliqphone_en.ts` in step with the strings of the code.

    python packaging/translations.py update   # `make ts`: lupdate + the strings lupdate cannot see
    python packaging/translations.py check    # lists strings missing from the .ts or not translated

`pyside6-lupdate` extracts `self.tr("…")` and `QCoreApplication.translate("Contexte", "…")` and merges
them into the .ts, keeping every existing translation. It cannot see strings that go through a small
module helper such as

    def _tr(text):
        return QCoreApplication.translate("Media", text)

    LABEL = _tr("Répondeur")

(it files them under an empty context, so the translation is never found at run time). This module
reads the sources with Python's `ast` as well, understands such helpers, adds what lupdate missed
under the right context, and is what the test of the translations uses to find a string of the code
that the English file lacks or leaves untranslated.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "app"]
TS_FILE = ROOT / "resources" / "translations" / "cliqphone_en.ts"
SOURCE_LANGUAGE = "fr"
TRANSLATE_NAMES = {"translate"}  # QCoreApplication.translate, QApplication.translate, bare translate
NUMERUS_FORMS = {"en": 2}


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass
class Found:
    key: Key
    numerus: bool
    locations: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    messages: dict[Key, Found] = field(default_factory=dict)
    #: tr()/translate() calls whose text is not a literal: lupdate and this module cannot extract them.
    dynamic: list[str] = field(default_factory=list)
    #: Calls whose string can never be found at run time (an error of the code, not of the .ts).
    misplaced: list[str] = field(default_factory=list)

    def add(self, key: Key, numerus: bool, where: str) -> None:
        found = self.messages.setdefault(key, Found(key, numerus))
        found.numerus = found.numerus or numerus
        found.locations.append(where)


# -- extraction from the sources -----------------------------------------------------------------

def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


QT_APPLICATION_CLASSES = {"QCoreApplication", "QGuiApplication", "QApplication"}


def _is_qt_translate(node: ast.Call) -> bool:
    """`QCoreApplication.translate(…)` or a bare `translate(…)`, not `text.translate(table)`."""
    func = node.func
    if isinstance(func, ast.Name):
        return True
    return (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and func.value.id in QT_APPLICATION_CLASSES)


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return None


def _arg(call: ast.Call, index: int, keyword: str) -> ast.AST | None:
    if len(call.args) > index:
        return call.args[index]
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    return None


@dataclass(frozen=True)
class _Helper:
    """A function that forwards its `text` parameter to translate() with a literal context."""

    context: str
    text_index: int
    comment: str
    #: The helper's parameter passed on as `n` (a plural only when the call gives it), if any.
    n_param: tuple[int, str] | None
    numerus: bool


def _helpers(tree: ast.Module) -> dict[str, _Helper]:
    helpers: dict[str, _Helper] = {}
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = [a.arg for a in fn.args.args]
        for node in ast.walk(fn):
            if not (isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_NAMES):
                continue
            context = _literal(_arg(node, 0, "context"))
            text = _arg(node, 1, "sourceText")
            if context is None or not (isinstance(text, ast.Name) and text.id in params):
                continue
            comment = _literal(_arg(node, 2, "disambiguation")) or ""
            n = _arg(node, 3, "n")
            n_param = (params.index(n.id), n.id) if isinstance(n, ast.Name) and n.id in params else None
            numerus = n is not None and n_param is None and not (isinstance(n, ast.Constant) and n.value == -1)
            helpers[fn.name] = _Helper(context, params.index(text.id), comment, n_param, numerus)
    return helpers


def _translate_aliases(scope: ast.AST) -> set[str]:
    """Names bound to a translate function in this scope: `tr = QCoreApplication.translate`."""
    names = set()
    for node in ast.walk(scope):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute)
                and node.value.attr in TRANSLATE_NAMES):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, helpers: dict[str, _Helper], out: Extraction, module: ast.Module) -> None:
        self.path, self.helpers, self.out = path, helpers, out
        self.classes: list[str] = []
        self.functions: list[str] = []
        module_level = ast.Module(body=[n for n in module.body if not isinstance(
            n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)], type_ignores=[])
        self.aliases: list[set[str]] = [_translate_aliases(module_level)]
        self.module_helpers: dict[str, dict[str, _Helper]] = {}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.aliases.append(_translate_aliases(node))
        self.generic_visit(node)
        self.aliases.pop()
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _where(self, node: ast.AST) -> str:
        return f"{self.path}:{getattr(node, 'lineno', 0)}"

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        context_of_class = self.classes[-1] if self.classes else ""
        inside_helper = bool(self.functions) and self.functions[-1] in self.helpers
        is_alias = isinstance(node.func, ast.Name) and any(name in scope for scope in self.aliases)
        if name in ("tr", "QT_TR_NOOP") and not is_alias:
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if not self.classes and isinstance(receiver, ast.Name):
                # `dialog.tr("…")` outside any class: lupdate files it under no context, while at run
                # time Qt looks it up under the dialog's class: it is never translated.
                self.out.misplaced.append(
                    f"{self._where(node)}: {receiver.id}.tr() outside a class is never translated "
                    "(use QCoreApplication.translate(\"Context\", …))")
                return
            self._take(node, context_of_class, _arg(node, 0, "sourceText"),
                       _arg(node, 1, "disambiguation"), _arg(node, 2, "n"))
        elif (name in TRANSLATE_NAMES and _is_qt_translate(node)) or name == "QT_TRANSLATE_NOOP" or is_alias:
            context = _literal(_arg(node, 0, "context"))
            if context is not None:
                self._take(node, context, _arg(node, 1, "sourceText"),
                           _arg(node, 2, "disambiguation"), _arg(node, 3, "n"))
            elif not inside_helper and node.args:
                self.out.dynamic.append(self._where(node) + ": context is not a literal")
        elif (helper := self._helper_of(node)) is not None:
            text = _arg(node, helper.text_index, "text")
            source = _literal(text)
            numerus = helper.numerus or (
                helper.n_param is not None and _arg(node, helper.n_param[0], helper.n_param[1]) is not None)
            if source is not None:
                self.out.add(Key(helper.context, source, helper.comment), numerus, self._where(node))
            elif text is not None:
                self.out.dynamic.append(self._where(node) + f": {name}() of a non-literal text")
        self.generic_visit(node)

    def _helper_of(self, node: ast.Call) -> _Helper | None:
        # `_t("…")` (defined or imported here) or `texts._t("…")` (a module of the tree imported as texts).
        if isinstance(node.func, ast.Name):
            return self.helpers.get(node.func.id)
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
            return self.module_helpers.get(node.func.value.id, {}).get(node.func.attr)
        return None

    def _take(self, node: ast.Call, context: str, text: ast.AST | None, comment: ast.AST | None,
              n: ast.AST | None) -> None:
        source = _literal(text)
        if source is None:
            if text is not None and not (self.functions and self.functions[-1] in self.helpers):
                self.out.dynamic.append(self._where(node) + ": text is not a literal")
            return
        self.out.add(Key(context, source, _literal(comment) or ""), n is not None, self._where(node))


def python_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_file():
            yield path
        else:
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)


def _module_name(file: Path, roots: list[Path]) -> str:
    for root in roots:
        base = root.parent
        try:
            parts = list(file.with_suffix("").relative_to(base).parts)
        except ValueError:
            continue
        if parts[-1] == "__init__":
            parts.pop()
        return ".".join(parts)
    return file.stem


def _imports(tree: ast.Module, module: str, is_package: bool,
             helpers: dict[str, dict[str, _Helper]]) -> tuple[dict[str, _Helper], dict[str, dict[str, _Helper]]]:
    """Helpers this module imports by name, and modules of the tree it imports (by local name)."""
    names: dict[str, _Helper] = {}
    modules: dict[str, dict[str, _Helper]] = {}
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(max(node.level - 1, 0)):
                base = base.rpartition(".")[0]
            source = ".".join(p for p in (base if node.level else "", node.module or "") if p)
            for alias in node.names:
                local = alias.asname or alias.name
                if f"{source}.{alias.name}" in helpers:
                    modules[local] = helpers[f"{source}.{alias.name}"]
                elif alias.name in helpers.get(source, {}):
                    names[local] = helpers[source][alias.name]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and alias.name in helpers:
                    modules[alias.asname] = helpers[alias.name]
    return names, modules


def extract(paths: Iterable[Path] = SOURCES) -> Extraction:
    """Every translatable string of the Python files under `paths`."""
    roots = list(paths)
    out = Extraction()
    parsed = []
    for file in python_files(roots):
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        parsed.append((file, _module_name(file, roots), tree))
    helpers = {module: _helpers(tree) for _, module, tree in parsed}
    for file, module, tree in parsed:
        try:
            shown = str(file.relative_to(ROOT))
        except ValueError:
            shown = str(file)
        imported, modules = _imports(tree, module, file.name == "__init__.py", helpers)
        visitor = _Visitor(shown, {**imported, **helpers[module]}, out, tree)
        visitor.module_helpers = modules
        visitor.visit(tree)
    return out


# -- the .ts file ----------------------------------------------------------------------------------

@dataclass
class TsMessage:
    key: Key
    numerus: bool
    status: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: list[str]
    element: ET.Element

    @property
    def translated(self) -> bool:
        return self.status == "" and bool(self.forms) and all(f.strip() for f in self.forms)


def read_ts(path: Path) -> tuple[ET.ElementTree, dict[Key, TsMessage]]:
    tree = ET.parse(path)
    messages: dict[Key, TsMessage] = {}
    for ctx in tree.getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = Key(context, msg.findtext("source") or "", msg.findtext("comment") or "")
            translation = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if translation is None:
                status, forms = "unfinished", []
            else:
                status = translation.get("type", "")
                if numerus:
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            messages[key] = TsMessage(key, numerus, status, forms, msg)
    return tree, messages


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def new_ts(path: Path, language: str) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": SOURCE_LANGUAGE})
    write_ts(ET.ElementTree(root), path)


def _language(path: Path) -> str:
    return path.stem.rsplit("_", 1)[-1]


# -- lupdate + completion ----------------------------------------------------------------------------

def lupdate_executable() -> str:
    here = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (here / name).exists():
            return str(here / name)
    found = shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install PySide6 in this environment")
    return found


def run_lupdate(paths: Iterable[Path], ts: Path) -> str:
    cmd = [lupdate_executable(), "-extensions", "py", "-source-language", SOURCE_LANGUAGE,
           "-target-language", _language(ts), "-locations", "relative",
           *[str(p) for p in paths], "-ts", str(ts)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def complete(ts: Path, found: Extraction) -> list[Key]:
    """Adds to `ts` the messages of the code that lupdate left out (or marked vanished); returns them."""
    tree, messages = read_ts(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    forms = NUMERUS_FORMS.get(_language(ts), 2)
    changed: list[Key] = []
    # What lupdate read wrongly (`tr = QCoreApplication.translate; tr("Ctx", "Texte")` becomes the text
    # "Ctx" with the comment "Texte", `dialog.tr()` outside a class gets no context): never looked up.
    for key, message in messages.items():
        if key not in found.messages and message.status not in ("vanished", "obsolete"):
            contexts[key.context].remove(message.element)
            changed.append(key)
    for name, ctx in list(contexts.items()):
        if ctx.find("message") is None:
            root.remove(ctx)
            del contexts[name]
    for key, item in sorted(found.messages.items(), key=lambda kv: (kv[0].context, kv[0].source)):
        existing = messages.get(key)
        if existing is not None and existing.numerus != item.numerus:
            _set_numerus(existing, item.numerus, forms)
            changed.append(key)
        elif existing is not None:
            if existing.status in ("vanished", "obsolete"):
                translation = existing.element.find("translation")
                assert translation is not None
                has_text = all(f.strip() for f in existing.forms) and bool(existing.forms)
                if has_text:
                    translation.attrib.pop("type", None)
                else:
                    translation.set("type", "unfinished")
                changed.append(key)
            continue
        ctx = contexts.get(key.context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = key.context
            contexts[key.context] = ctx
        msg = ET.SubElement(ctx, "message", {"numerus": "yes"} if item.numerus else {})
        ET.SubElement(msg, "source").text = key.source
        if key.comment:
            ET.SubElement(msg, "comment").text = key.comment
        translation = ET.SubElement(msg, "translation", {"type": "unfinished"})
        if item.numerus:
            for _ in range(forms):
                ET.SubElement(translation, "numerusform")
        changed.append(key)
    if changed:
        write_ts(tree, ts)
    return changed


def _set_numerus(message: TsMessage, numerus: bool, forms: int) -> None:
    """Turns a message into a plural one or back (the code changed); its translation is to review."""
    element = message.element
    old = element.find("translation")
    if old is not None:
        element.remove(old)
    translation = ET.SubElement(element, "translation", {"type": "unfinished"})
    first = message.forms[0] if message.forms else ""
    if numerus:
        element.set("numerus", "yes")
        for _ in range(forms):
            ET.SubElement(translation, "numerusform").text = first or None
    else:
        element.attrib.pop("numerus", None)
        translation.text = first or None


def update(ts: Path = TS_FILE, paths: Iterable[Path] = SOURCES) -> list[str]:
    """`make ts`: refreshes `ts` from the sources, keeping every translation; returns a report."""
    paths = list(paths)
    if not ts.exists():
        ts.parent.mkdir(parents=True, exist_ok=True)
        new_ts(ts, _language(ts))
    report = [run_lupdate(paths, ts).strip()]
    found = extract(paths)
    added = complete(ts, found)
    if added:
        report.append(f"{len(added)} message(s) that lupdate misreads or cannot see fixed (helpers such as _tr()).")
    report += [f"not extractable (dynamic text): {d}" for d in found.dynamic]
    report += found.misplaced
    return report


def problems(ts: Path = TS_FILE, paths: Iterable[Path] = SOURCES) -> list[str]:
    """Strings of the code missing from `ts`, or present but unfinished, empty or obsolete there."""
    found = extract(paths)
    _, messages = read_ts(ts)
    out = list(found.misplaced)
    for key, item in sorted(found.messages.items(), key=lambda kv: (kv[0].context, kv[0].source)):
        where = item.locations[0]
        label = f"{where}: [{key.context}] {key.source!r}" + (f" ({key.comment})" if key.comment else "")
        message = messages.get(key)
        if message is None:
            out.append(f"missing from {ts.name}: {label}")
        elif message.numerus != item.numerus:
            out.append(f"plural form mismatch in {ts.name}: {label}")
        elif not message.translated:
            out.append(f"not translated ({message.status or 'empty'}) in {ts.name}: {label}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["update", "check"])
    parser.add_argument("--ts", type=Path, default=TS_FILE)
    parser.add_argument("paths", nargs="*", type=Path, default=SOURCES)
    args = parser.parse_args(argv)
    if args.command == "update":
        for line in update(args.ts, args.paths):
            print(line)
    found = problems(args.ts, args.paths)
    for line in found:
        print(line)
    print(f"{len(found)} string(s) to translate in {args.ts}")
    return 1 if (found and args.command == "check") else 0


if __name__ == "__main__":
    sys.exit(main())
