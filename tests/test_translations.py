"""Chinese and English translations: complete, consistent with the code, compiled, and used.

The `.ts` files (resources/translations/) are the sources; the `.qm` files next to them are
compiled from them and loaded at run time (configurator.translations). These tests fail when:

- a `.ts` message is unfinished, empty, vanished or obsolete, or its placeholders ({name},
  %s/%d) differ from the source;
- the code has a translatable text that the `.ts` files lack, either one that pyside6-lupdate
  (run as documented in configurator/translations.py) would add, or one that lupdate cannot see
  (a `tr()` inside an f-string, a `t = self.tr` alias) and that is found here by reading the code;
- a `.qm` file translates differently from its `.ts` (not compiled since the last edit);
- the CLI or the desktop app shows English where Chinese was asked for, or the reverse.

To update: run the lupdate command of configurator/translations.py, translate the new entries,
add by hand those that `code_texts()` finds and lupdate does not, then run lrelease.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
TS_FILES = {"zh": TS_DIR / "configurator_zh_CN.ts", "en": TS_DIR / "configurator_en.ts"}
CJK = re.compile(r"[\u4e00-\u9fff]")
TIMEOUT = 120  # seconds; a hang guard for subprocesses, not a performance assertion

# As in test_gui_app.py: the offscreen platform plugin warns when a shown window with docks
# propagates size hints; that is the headless test platform speaking, not the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# --------------------------------------------------------------------------- reading .ts files


def messages(path: Path) -> list[dict]:
    """Every message of a .ts file: context, source, translation text and type."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append(
                {
                    "context": name,
                    "source": message.findtext("source"),
                    "numerus": message.get("numerus") == "yes",
                    "translation": None if translation is None else (translation.text or ""),
                    "forms": ([] if translation is None else [f.text or "" for f in translation.iter("numerusform")]),
                    "type": None if translation is None else translation.get("type"),
                }
            )
    return found


def keys(path: Path) -> set[tuple[str, str]]:
    return {(m["context"], m["source"]) for m in messages(path)}


def table(lang: str) -> dict[tuple[str, str], str]:
    return {(m["context"], m["source"]): m["translation"] for m in messages(TS_FILES[lang])}


PYTHON_FIELD = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")
PRINTF = re.compile(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[sdif%]")


def placeholders(text: str) -> tuple[list[str], list[str]]:
    """The {name[:spec]} fields as a sorted list (order may change in a translation) and the
    %-conversions in order (they are filled positionally)."""
    return sorted(PYTHON_FIELD.findall(text)), [p for p in PRINTF.findall(text) if p != "%%"]


# --------------------------------------------------------------------------- reading the code


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _TextFinder(ast.NodeVisitor):
    """Translatable literals: tr("…") and N_("…") in the unnamed context, self.tr("…") and
    aliases of it (t = self.tr; t("…")) in the enclosing class's context, QT_TRANSLATE_NOOP and
    QCoreApplication.translate with a literal context. Unlike lupdate it also looks inside
    f-strings."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, str], int] = {}
        self.classes: list[str] = []
        self.aliases: list[set[str]] = [set()]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _function(self, node) -> None:
        aliases = set(self.aliases[-1])
        for child in ast.walk(node):
            if isinstance(child, ast.Assign) and self._is_self_tr(child.value):
                aliases |= {t.id for t in child.targets if isinstance(t, ast.Name)}
        self.aliases.append(aliases)
        self.generic_visit(node)
        self.aliases.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    @staticmethod
    def _is_self_tr(node: ast.AST) -> bool:
        return (
            isinstance(node, ast.Attribute)
            and node.attr == "tr"
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        )

    @staticmethod
    def _is_translate(func: ast.AST) -> bool:
        """QT_TRANSLATE_NOOP(context, text) or QCoreApplication.translate(context, text)."""
        if isinstance(func, ast.Name):
            return func.id == "QT_TRANSLATE_NOOP"
        return (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id == "QCoreApplication"
        )

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        context = text = None
        if isinstance(func, ast.Name) and func.id in ("tr", "N_", "QT_TR_NOOP") and args:
            context, text = "", _literal(args[0])
        elif (
            args
            and self.classes
            and (self._is_self_tr(func) or (isinstance(func, ast.Name) and func.id in self.aliases[-1]))
        ):
            context, text = self.classes[-1], _literal(args[0])
        elif len(args) >= 2 and self._is_translate(func):
            context, text = _literal(args[0]), _literal(args[1])
        if context is not None and text is not None:
            self.found.setdefault((context, text), node.lineno)
        self.generic_visit(node)


def code_texts(root: Path = ROOT) -> dict[tuple[str, str], str]:
    """(context, source) of every translatable literal in configurator/ → where it is."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted((root / "configurator").rglob("*.py")):
        finder = _TextFinder()
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for key, line in finder.found.items():
            found.setdefault(key, f"{path.relative_to(root)}:{line}")
    return found


def lupdate_command(ts_files: list[Path]) -> list[str]:
    """The update command of configurator/translations.py's docstring, on the given .ts files."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "configurator").rglob("*.py"))
    return [
        "pyside6-lupdate",
        *sources,
        "-tr-function-alias",
        "QT_TR_NOOP+=N_",
        "-locations",
        "none",
        "-no-obsolete",
        "-ts",
        *map(str, ts_files),
    ]


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_the_documented_lupdate_command_is_the_one_run_here():
    from configurator import translations

    documented = " ".join(translations.__doc__.replace("\\\n", " ").split())
    assert ("pyside6-lupdate $(find configurator -name '*.py' | sort) -tr-function-alias QT_TR_NOOP+=N_") in documented
    assert (
        "-locations none -no-obsolete -ts resources/translations/configurator_zh_CN.ts "
        "resources/translations/configurator_en.ts" in documented
    )


# --------------------------------------------------------------------------- the .ts files


@pytest.mark.parametrize("lang", sorted(TS_FILES))
def test_every_message_is_translated_and_finished(lang):
    problems = []
    for m in messages(TS_FILES[lang]):
        where = f"[{m['context']}] {m['source']!r}"
        if m["translation"] is None:
            problems.append(f"{where}: no <translation>")
        elif m["type"] is not None:
            problems.append(f"{where}: type={m['type']!r}")
        elif not (m["forms"] and all(f.strip() for f in m["forms"])) and not m["translation"].strip():
            problems.append(f"{where}: empty translation")
    assert messages(TS_FILES[lang]), f"{TS_FILES[lang].name} holds no messages"
    assert not problems, f"{TS_FILES[lang].name}:\n" + "\n".join(problems)


def test_both_files_hold_the_same_messages():
    assert keys(TS_FILES["zh"]) == keys(TS_FILES["en"])


@pytest.mark.parametrize("lang", sorted(TS_FILES))
def test_placeholders_are_kept(lang):
    problems = []
    for m in messages(TS_FILES[lang]):
        for text in m["forms"] or [m["translation"] or ""]:
            if placeholders(text) != placeholders(m["source"]):
                problems.append(
                    f"[{m['context']}] {m['source']!r} → {text!r}: {placeholders(m['source'])} ≠ {placeholders(text)}"
                )
    assert not problems, "\n".join(problems)


def test_chinese_menus_keep_their_accelerators():
    """ "&File" becomes "文件(&F)": one accelerator, the same letter, at the end."""
    problems = []
    for (context, source), text in table("zh").items():
        accelerator = re.search(r"&(\w)", source.replace("&&", ""))
        if accelerator is None:
            continue
        letter = accelerator.group(1).upper()
        if f"(&{letter})" not in text or text.replace("&&", "").count("&") != 1:
            problems.append(f"[{context}] {source!r} → {text!r}")
    assert not problems, "\n".join(problems)


def test_english_translations_equal_their_sources():
    different = {k: v for k, v in table("en").items() if v != k[1]}
    assert not different


def test_chinese_translations_are_chinese():
    """Every Chinese text has Chinese characters, unless its source has no English word."""

    def has_words(source: str) -> bool:
        return bool(re.search(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}|%\w", "", source)))

    untranslated = [(c, s, t) for (c, s), t in table("zh").items() if not CJK.search(t) and has_words(s)]
    assert not untranslated, "\n".join(map(repr, untranslated))


# --------------------------------------------------------------------------- .ts against the code


@pytest.fixture(scope="module")
def lupdate_result(tmp_path_factory) -> dict[str, set[tuple[str, str]]]:
    """Run the documented lupdate command on temporary copies of the committed .ts files."""
    tool = _tool("pyside6-lupdate")
    folder = tmp_path_factory.mktemp("lupdate")
    copies = [Path(shutil.copy(path, folder / path.name)) for path in TS_FILES.values()]
    command = lupdate_command(copies)
    command[0] = tool
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    assert run.returncode == 0, run.stdout + run.stderr
    return {lang: keys(copy) for lang, copy in zip(TS_FILES, copies, strict=True)}


@pytest.mark.parametrize("lang", sorted(TS_FILES))
def test_lupdate_finds_no_text_that_the_ts_files_lack(lang, lupdate_result):
    new = lupdate_result[lang] - keys(TS_FILES[lang])
    assert not new, (
        f"run the lupdate command of configurator/translations.py and translate "
        f"these in {TS_FILES[lang].name}:\n" + "\n".join(f"[{c}] {s!r}" for c, s in sorted(new))
    )


def test_every_translatable_literal_in_the_code_is_in_the_ts_files():
    """Also the texts lupdate cannot see: tr() inside f-strings, `t = self.tr` aliases."""
    found = code_texts()
    assert ("", "error") in found and ("MainWindow", "New solution") in found  # the scanner works
    missing = {k: where for k, where in found.items() if k not in keys(TS_FILES["zh"])}
    assert not missing, "\n".join(f"{where}: [{c}] {s!r}" for (c, s), where in sorted(missing.items()))


def test_lupdate_keeps_every_committed_entry(lupdate_result):
    dropped = keys(TS_FILES["zh"]) - lupdate_result["zh"]
    assert not dropped, "entries lupdate drops:\n" + "\n".join(f"[{c}] {s!r}" for c, s in sorted(dropped))


# --------------------------------------------------------------------------- the compiled .qm files


@pytest.mark.parametrize("lang", sorted(TS_FILES))
def test_qm_files_are_compiled_from_the_current_ts(lang, qapp):
    from PySide6.QtCore import QTranslator

    from configurator.translations import translation_file

    ts, qm = TS_FILES[lang], Path(translation_file(lang))
    assert qm.exists(), f"{qm.name} is missing: run pyside6-lrelease (configurator/translations.py)"
    translator = QTranslator()
    assert translator.load(str(qm))
    differing = []
    for m in messages(ts):
        # lrelease leaves out translations equal to their source; the lookup then gives "".
        got = translator.translate(m["context"], m["source"]) or m["source"]
        if got != m["translation"]:
            differing.append(f"[{m['context']}] {m['source']!r}: .qm {got!r}, .ts {m['translation']!r}")
    assert not differing, f"{qm.name} is stale; run pyside6-lrelease:\n" + "\n".join(differing[:20])


# --------------------------------------------------------------------------- the command line


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    locale_variables = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    env = {k: v for k, v in os.environ.items() if k not in locale_variables}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "configurator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )


@pytest.fixture
def bad_reference_catalog(make_catalog) -> Path:
    """The tiny catalog with one capability requiring an id that nothing defines (CAT-REF-002)."""
    from tiny_catalog import TINY_CAPABILITIES

    content = TINY_CAPABILITIES.replace("requires: [net]", "requires: [net, ghost-db]")
    assert content != TINY_CAPABILITIES
    return make_catalog({"content.yaml": content})


def english_words(template: str) -> set[str]:
    """The English words of a message template, outside its {placeholders}."""
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", PYTHON_FIELD.sub(" ", template))}


def test_validate_prints_findings_in_the_language_asked_for(bad_reference_catalog, tmp_path):
    from configurator.core.codes import RULES

    zh = cli("validate", str(bad_reference_catalog), "--lang", "zh", cwd=tmp_path)
    en = cli("validate", str(bad_reference_catalog), "--lang", "en", cwd=tmp_path)
    assert zh.returncode == en.returncode == 1, zh.stdout + zh.stderr + en.stdout + en.stderr
    zh_line = next(line for line in zh.stdout.splitlines() if "CAT-REF-002" in line)
    en_line = next(line for line in en.stdout.splitlines() if "CAT-REF-002" in line)
    assert "ghost-db" in zh_line and "ghost-db" in en_line
    assert "能力“db”需要未知的 id“ghost-db”" in zh_line
    message = zh_line.split("CAT-REF-002", 1)[1]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", message)}
    left = english_words(RULES["CAT-REF-002"].template) & words
    assert not left, f"English template words in {zh_line!r}: {left}"
    assert "capability 'db' requires unknown id 'ghost-db'" in en_line
    assert not CJK.search(en.stdout)
    assert re.search(r"1 错误", zh.stdout.splitlines()[-1])
    assert "1 error" in en.stdout.splitlines()[-1]


@pytest.fixture
def missing_dependency(tmp_path) -> tuple[Path, str, str]:
    """A hand-written solution for the sample catalog whose one item lacks what it requires:
    the file, the item and the requirement."""
    from gui_helpers import write_solution

    from configurator.core.catalog_load import load_catalog
    from configurator.paths import catalog_dir

    catalog = load_catalog(catalog_dir()).catalog
    capability, requirement = _with_a_requirement(catalog)
    mode = next(iter(catalog.capabilities[capability].modes))
    path = write_solution(tmp_path / "s.yaml", catalog, item_line(capability, mode))
    return path, capability, requirement


def item_line(capability: str, mode: str) -> str:
    return f"  - {{capability: {capability}, mode: {mode}, quantity: 1, origin: explicit}}\n"


def _with_a_requirement(catalog) -> tuple[str, str]:
    for cap in catalog.capabilities.values():
        for requirement in cap.requires:
            if requirement in catalog.capabilities:
                return cap.id, requirement
    raise AssertionError("the sample catalog has no capability requiring another")


def test_check_prints_a_missing_dependency_in_chinese_and_in_english(tmp_path, missing_dependency):
    from configurator.core.codes import RULES

    path, capability, requirement = missing_dependency
    zh = cli("check", str(path), "--lang", "zh", cwd=tmp_path)
    en = cli("check", str(path), "--lang", "en", cwd=tmp_path)
    assert zh.returncode == en.returncode == 1, zh.stdout + zh.stderr
    zh_lines = [line for line in zh.stdout.splitlines() if " DEP-REQ-001 " in line]
    en_lines = [line for line in en.stdout.splitlines() if " DEP-REQ-001 " in line]
    assert zh_lines and len(zh_lines) == len(en_lines)
    assert f"“{capability}”依赖“{requirement}”，但方案中没有该项" in "\n".join(zh_lines)
    for line in zh_lines:
        message = line.split("DEP-REQ-001", 1)[1]
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"“[^”]*”", "", message))}
        assert not english_words(RULES["DEP-REQ-001"].template) & words, line
        assert "添加“" in line  # the hint too
    english = f"'{capability}' requires '{requirement}', which is not in the solution"
    assert english in "\n".join(en_lines)
    assert not any(CJK.search(line) for line in en_lines)


def test_check_json_messages_are_chinese_with_lang_zh(tmp_path, missing_dependency):
    path, capability, requirement = missing_dependency
    zh = cli("check", str(path), "--lang", "zh", "--format", "json", cwd=tmp_path)
    en = cli("check", str(path), "--lang", "en", "--format", "json", cwd=tmp_path)
    zh_findings = [f for f in json.loads(zh.stdout)["findings"] if f["code"] == "DEP-REQ-001"]
    en_findings = [f for f in json.loads(en.stdout)["findings"] if f["code"] == "DEP-REQ-001"]
    assert zh_findings and len(zh_findings) == len(en_findings)
    chinese = f"“{capability}”依赖“{requirement}”，但方案中没有该项"
    assert any(f["message"] == chinese for f in zh_findings)
    assert all(f["severity"] == "error" for f in zh_findings)  # data stays data
    assert all(CJK.search(f["hint"]) for f in zh_findings)
    english = f"'{capability}' requires '{requirement}', which is not in the solution"
    assert any(f["message"] == english for f in en_findings)


# --------------------------------------------------------------------------- the desktop app

# The window fixtures (a MainWindow on the sample catalog, with settings in a temporary ini
# file and every modal question guarded) come from conftest.py.


@pytest.fixture
def restore_language(qapp):
    """Leave the application as the other tests expect it: no translator, the default locale."""
    from PySide6.QtCore import QLocale

    from configurator import translations

    locale = QLocale()
    yield
    if hasattr(translations, "uninstall"):
        translations.uninstall()
    else:
        for translator in translations._installed:
            qapp.removeTranslator(translator)
        translations._installed.clear()
    QLocale.setDefault(locale)


def menu_titles(main) -> list[str]:
    return [action.text() for action in main.menuBar().actions()]


def dock_titles(main) -> dict[str, str]:
    return {name: dock.windowTitle() for name, dock in main.docks.items()}


def bom_headers(main) -> list[str]:
    from PySide6.QtCore import Qt

    model = main.bom_panel.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def catalog_names(main) -> set[str]:
    from gui_helpers import catalog_rows

    return {index.data() for index in catalog_rows(main.catalog_panel).values()}


def finding_messages(main, code: str) -> list[str]:
    model = main.findings_panel.model
    return [model.data(model.index(row, 2)) for row in range(model.rowCount()) if model.findings[row].code == code]


def test_switching_language_retranslates_the_window(window, dialogs, sample, settings, tmp_path, restore_language):
    from gui_helpers import write_solution

    capability, requirement = _with_a_requirement(sample)
    mode = next(iter(sample.capabilities[capability].modes))
    path = write_solution(tmp_path / "s.yaml", sample, item_line(capability, mode))
    dialogs.answer("ask_open_path", path)
    window.a_open.trigger()
    assert finding_messages(window, "DEP-REQ-001"), "the hand-written solution lacks a dependency"
    capability_names = {lang: {c.name.get(lang) for c in sample.capabilities.values()} for lang in ("zh", "en")}

    window.a_languages["en"].trigger()
    assert menu_titles(window)[:5] == ["&File", "&Edit", "&View", "&Option", "&Help"]
    assert dock_titles(window)["bom"] == "Bill of materials"
    assert dock_titles(window)["findings"].startswith("Findings")  # with the counts
    assert bom_headers(window)[:3] == ["Capability", "Mode", "Quantity"]
    en = {ident: sample.capabilities[ident].name.en for ident in (capability, requirement)}
    english = f"'{en[capability]}' requires '{en[requirement]}', which is not in the solution (add '{en[requirement]}')"
    assert all(m == english for m in finding_messages(window, "DEP-REQ-001"))
    assert catalog_names(window) and catalog_names(window) <= capability_names["en"]
    assert window.findings_panel.fix_button.text() == "Fix"
    assert settings.get("ui/language") == "en"
    assert window.a_languages["en"].isChecked() and not window.a_languages["zh"].isChecked()

    window.a_languages["zh"].trigger()
    assert menu_titles(window)[:5] == ["文件(&F)", "编辑(&E)", "视图(&V)", "方案(&O)", "帮助(&H)"]
    assert all(CJK.search(title) for title in menu_titles(window)), menu_titles(window)
    assert all(CJK.search(title) for title in dock_titles(window).values()), dock_titles(window)
    assert dock_titles(window)["bom"] == "物料清单"
    assert dock_titles(window)["findings"].startswith("检查结果")
    assert bom_headers(window)[:3] == ["能力", "模式", "数量"]
    assert all(CJK.search(header) for header in bom_headers(window)), bom_headers(window)
    zh = {ident: sample.capabilities[ident].name.zh for ident in (capability, requirement)}
    chinese = f"“{zh[capability]}”依赖“{zh[requirement]}”，但方案中没有该项 (添加“{zh[requirement]}”)"
    assert all(m == chinese for m in finding_messages(window, "DEP-REQ-001"))
    assert catalog_names(window) and catalog_names(window) <= capability_names["zh"]
    assert window.findings_panel.fix_button.text() == "修复"
    assert window.a_new.text() == "新建(&N)…" and window.a_undo.text().startswith("撤销")
    assert settings.get("ui/language") == "zh"
    assert window.a_languages["zh"].isChecked()

    window.a_languages["en"].trigger()  # and back: nothing Chinese stays behind in the chrome
    chrome = menu_titles(window) + list(dock_titles(window).values()) + bom_headers(window)
    assert not any(CJK.search(text) for text in chrome), chrome
    assert settings.get("ui/language") == "en"


def test_every_menu_entry_is_chinese_after_switching(window, restore_language):
    window.a_languages["zh"].trigger()
    english = []

    def walk(menu, path):
        for action in menu.actions():
            if action.isSeparator() or action in window.a_languages.values():
                continue
            label = f"{path} → {action.text()}"
            if not CJK.search(action.text()):
                english.append(label)
            if action.menu() is not None:
                walk(action.menu(), label)

    for action in window.menuBar().actions():
        walk(action.menu(), action.text())
    assert not english, "\n".join(english)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_qt_the_cli_reads_the_same_translations_from_the_ts_file(lang):
    """Where PySide6 is missing the CLI reads the .ts source; it must say what the .qm says."""
    from configurator.language import _source_translator
    from configurator.translations import translator_for

    root = ET.parse(TS_FILES[lang]).getroot()
    [unnamed] = [c for c in root.iter("context") if not (c.findtext("name") or "")]
    sources = [m.findtext("source") for m in unnamed.iter("message")]
    from_ts, from_qm = _source_translator(lang), translator_for(lang)
    assert len(sources) > 300
    assert [from_ts(s) for s in sources] == [from_qm(s) for s in sources]
