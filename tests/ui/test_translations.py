"""Translations: complete, in step with the code, compiled, and agreeing with the domain's own labels."""

from __future__ import annotations

import importlib.util
import json
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from complaintdesk import messages
from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.sme import INDUSTRIES, SizeClass
from complaintdesk.domain.vocabulary import (
    AttachmentKind,
    CaseStatus,
    Category,
    Channel,
    ClaimSubject,
    Outcome,
    Role,
    Satisfaction,
)
from complaintdesk.domain.workflow import Action
from complaintdesk.resources import resource_path
from complaintdesk.ui import i18n, labels
from complaintdesk.ui import messages as ui_messages

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = sorted(i18n.I18N_DIR.glob("complaintdesk_*.ts"))


def _load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_both_languages_have_a_catalog():
    assert [p.name for p in CATALOGS] == ["complaintdesk_en.ts", "complaintdesk_zh_CN.ts"]


@pytest.mark.parametrize("ts_file", CATALOGS, ids=lambda p: p.name)
def test_every_message_is_translated(ts_file):
    unfinished = [f"{context}: {source}" for (context, source), msg in _messages(ts_file).items()
                  if msg.find("translation").get("type") == "unfinished"
                  or not "".join(msg.find("translation").itertext()).strip()]
    assert unfinished == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_catalog_is_in_step_with_the_code(lang, tmp_path):
    # Given the committed catalog, refreshed from today's sources into a copy
    tool = _load_tool()
    committed = tool.ts_path(lang)
    fresh = tmp_path / committed.name
    fresh.write_bytes(committed.read_bytes())
    tool.refresh(lang, fresh)

    # Then no message was added or dropped, and the committed .qm is the compiled catalog
    assert sorted(_messages(fresh)) == sorted(_messages(committed)), "run python tools/update_translations.py"
    assert tool.lrelease(fresh).read_bytes() == committed.with_suffix(".qm").read_bytes()


def _entries(ts_file: Path, context: str) -> dict[tuple[str, str | None], str]:
    root = ET.parse(ts_file).getroot()
    return {(msg.findtext("source"), msg.findtext("comment")): msg.findtext("translation")
            for ctx in root.iter("context") if ctx.findtext("name") == context for msg in ctx.iter("message")}


def test_every_coded_message_is_in_the_chinese_catalog_as_defined():
    # One definition: the catalogue in complaintdesk.messages; the .ts holds it as Qt Linguist reads it.
    entries = _entries(i18n.I18N_DIR / "complaintdesk_zh_CN.ts", ui_messages.CONTEXT)
    assert entries == {(m.en, m.code): m.zh for m in messages.catalogue().values()}, \
        "run python tools/update_translations.py"


def test_the_catalogue_holds_every_area_module():
    # An area the catalogue missed would leave its messages out of the .ts (checked in a fresh process).
    area_modules = {f"complaintdesk.messages.{p.stem}" for p in Path(messages.__file__).parent.glob("*.py")
                    if p.stem != "__init__"}
    probe = ("import sys, complaintdesk.messages as m; m.catalogue(); "
             "print(*sorted(sys.modules), sep='\\n')")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert area_modules - set(loaded.stdout.split()) == set()


@pytest.mark.parametrize("language", [messages.EN, messages.ZH])
def test_every_translation_keeps_the_placeholders_of_its_source(language):
    entries = _entries(i18n.I18N_DIR / "complaintdesk_zh_CN.ts", ui_messages.CONTEXT)
    broken = [code for (source, code), translation in entries.items()
              if _placeholders(source) != _placeholders(translation)]
    assert broken == []
    assert all(m.placeholders(language) == m.placeholders(messages.EN) for m in messages.catalogue().values())


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_chinese_qm_translates_a_known_string(qapp):
    translator = QTranslator()
    assert translator.load("complaintdesk_zh_CN", str(i18n.I18N_DIR))

    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    assert translator.translate("MainWindow", "%n case(s)", None, 7) == "共 %n 件"


def test_english_plurals(qapp):
    i18n.set_language(i18n.ENGLISH)

    def left(n):
        return QCoreApplication.translate("CaseTableModel", "%n workday(s) left", "", n)

    assert (left(1), left(3)) == ("1 workday left", "3 workdays left")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_set_language_also_installs_qts_own_chinese(qapp):
    i18n.set_language("zh-CN")

    assert i18n.current_language() == "zh_CN"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


@pytest.mark.parametrize(("table", "vocabulary", "label"), [
    (labels.STATUS, CaseStatus, labels.status_label),
    (labels.CATEGORY, Category, labels.category_label),
    (labels.ROLE, Role, labels.role_label),
    (labels.DEBTOR_KIND, DebtorKind, labels.debtor_kind_label),
    (labels.CHANNEL, Channel, labels.channel_label),
    (labels.OUTCOME, Outcome, labels.outcome_label),
    (labels.CLAIM_SUBJECT, ClaimSubject, labels.claim_subject_label),
    (labels.SATISFACTION, Satisfaction, labels.satisfaction_label),
    (labels.ATTACHMENT_KIND, AttachmentKind, labels.attachment_kind_label),
    (labels.SIZE_CLASS, SizeClass, labels.size_class_label),
    (labels.ACTION, Action, labels.action_label),
])
def test_ui_labels_agree_with_the_domain_vocabulary(qapp, table, vocabulary, label):
    assert set(table) == {member.value for member in vocabulary}
    assert {code: label(code) for code in table} == {m.value: m.label_zh for m in vocabulary}
    i18n.set_language(i18n.ENGLISH)
    assert {code: label(code) for code in table} == {m.value: m.label_en for m in vocabulary}


def test_procedure_labels_agree_with_the_shipped_procedures(qapp):
    shipped = json.loads(resource_path("procedures.json").read_text(encoding="utf-8"))["procedures"]

    assert {p["code"]: labels.procedure_label(p["code"]) for p in shipped} == {p["code"]: p["name_zh"]
                                                                                for p in shipped}
    steps = {step["code"] for p in shipped for step in p["steps"]}
    assert steps == set(labels.STEP)


def test_an_unknown_code_is_shown_as_it_is(qapp):
    assert labels.status_label("suspended") == "suspended"
    assert labels.procedure_label(None) == ""


def test_industry_labels_agree_with_the_size_standard(qapp):
    assert {code: labels.industry_label(code) for code in labels.INDUSTRY} == dict(INDUSTRIES)
