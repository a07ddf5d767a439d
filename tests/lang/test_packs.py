"""Every language pack fills the schema (lang/base.py): complete concerns, fields of the right types,
the xx fallback, a fingerprint that follows the packs' source, and packs that load only when used."""

from __future__ import annotations

import shutil
import subprocess
import sys
import typing
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path

import pytest

from releasepipe import lang
from releasepipe.lang.base import CONCERNS, Pack

PACK_CODES = ("bg", "cs", "de", "en", "es", "fr", "hr", "it", "nl", "pl", "pt", "ru", "sk", "sl", "uk")


def test_packs_cover_every_language_with_a_pack():
    assert set(PACK_CODES) <= set(lang.CODES)
    assert "xx" not in lang.CODES and "coverage" not in lang.CODES


@pytest.mark.parametrize(("code", "concern"), [(code, concern) for code in PACK_CODES for concern in CONCERNS])
def test_packs_every_concern_is_complete(code, concern):
    pack = lang.get(code)
    assert pack.code == code
    assert getattr(pack, concern).complete, f"{code}: {concern} lacks words (Pack.stages())"
    assert pack.stages()[concern]


def _conforms(value: object, hint: object) -> bool:
    """Whether ``value`` has the declared type ``hint`` (the shapes the schema uses; others pass)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is typing.Any or isinstance(hint, typing.TypeVar):
        return True
    if origin is typing.Literal:
        return value in args
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return any(_conforms(value, a) for a in args)
    if hint is float:  # an int is a float to the type checker (PEP 484)
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if origin is None:
        return not isinstance(hint, type) or isinstance(value, hint)
    if origin in (Mapping, dict) or (isinstance(origin, type) and issubclass(origin, Mapping)):
        return isinstance(value, Mapping) and (not args or all(
            _conforms(k, args[0]) and _conforms(v, args[1]) for k, v in value.items()))
    if origin in (frozenset, set, list):
        return isinstance(value, origin) and (not args or all(_conforms(v, args[0]) for v in value))
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_conforms(v, args[0]) for v in value)
        return not args or (len(args) == len(value) and all(_conforms(v, a) for v, a in zip(value, args)))
    return isinstance(value, origin) if isinstance(origin, type) else True


@pytest.mark.parametrize("code", [*PACK_CODES, "xx"])
def test_packs_fields_have_their_declared_types(code):
    pack = lang.get(code)
    assert isinstance(pack, Pack)
    pack_hints = typing.get_type_hints(Pack)
    for concern in CONCERNS:
        words = getattr(pack, concern)
        assert isinstance(words, pack_hints[concern]), (code, concern)
        hints = typing.get_type_hints(type(words))
        for f in fields(words):
            value = getattr(words, f.name)
            assert _conforms(value, hints[f.name]), f"{code}.{concern}.{f.name}: {type(value).__name__} " \
                                                    f"is not {hints[f.name]}"
        assert isinstance(words.complete, bool)


def test_packs_words_are_lower_case_keys_where_the_schema_says_so():
    for code in PACK_CODES:
        dates = lang.get(code).dates
        assert all(k == k.lower() for k in dates.months), code
        assert set(dates.months.values()) <= set(range(1, 13)) and set(dates.weekdays.values()) <= set(range(7))


def test_packs_every_gives_a_fields_words_over_every_pack_in_pack_order_once():
    pronouns = lang.every("speech", "pronouns")
    assert isinstance(pronouns, tuple)
    # Czech, Croatian, Polish, Slovak and Slovenian all write "on"/"ona"/"oni": each is there once
    assert len(pronouns) == len(set(pronouns))
    assert {"on", "ona", "oni", "she", "elle", "sie", "он"} <= set(pronouns)
    # packs in CODES order (bg, cs, de, en, …), each pack's words in its own order, a word at its first place
    assert pronouns[:9] == ("той", "тя", "те", "on", "ona", "oni", "ony", "er", "sie")
    assert pronouns.index("he") < pronouns.index("il") < pronouns.index("он")
    assert set(pronouns) == {w for code in PACK_CODES for w in lang.get(code).speech.pronouns}
    # a field mapping words to values gives its words (Polish and French month names)
    assert {"marca", "mars"} <= set(lang.every("dates", "months"))
    assert lang.every("speech", "pronouns") is pronouns  # cached


def test_packs_every_adds_the_xx_packs_words_last_with_fallback():
    own = lang.every("layout", "organization_words")
    both = lang.every("layout", "organization_words", fallback=True)
    # "oy", "ab" (Finnish, Swedish company forms) are only in the xx pack
    assert "oy" not in own and "ab" not in own
    assert both == (*own, "ab", "oy")
    assert "ibn" in lang.every("people", "particles", fallback=True)
    assert "ibn" not in lang.every("people", "particles")
    # a word of the xx pack that a pack has too stays at the pack's place
    assert lang.every("numbers", "group_marks", fallback=True) == lang.every("numbers", "group_marks")


@pytest.mark.parametrize("code", ["zz", "und", None, "", "xx", "fr-CA"])
def test_packs_get_falls_back_to_xx(code):
    pack = lang.get(code)
    assert pack.code == "xx" and not lang.has_pack(code or "")
    assert not any(pack.stages().values())


@pytest.mark.parametrize("code, month, order", [("sw", "machi", "dmy"), ("da", "marts", "dmy"),
                                                ("sv", "mars", "ymd"), ("zh", "三月", "ymd")])
def test_packs_get_gives_cldr_calendar_names_without_a_pack(code, month, order):
    pack = lang.get(code)
    assert pack.code == code and not lang.has_pack(code)
    assert pack.dates.months[month] == 3 and pack.dates.numeric_date_order == order
    assert pack.people == lang.get("xx").people  # the rest is the xx pack's
    assert not any(pack.stages().values())  # no relative-date words: the stages still say so (RP215)


def test_packs_fingerprint_follows_the_packs_source(tmp_path, monkeypatch):
    copy = tmp_path / "lang"
    shutil.copytree(Path(lang.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(lang, "_HERE", copy)
    compute = lang.fingerprint.__wrapped__  # the uncached function
    before = compute()
    assert before == compute()
    pack = copy / "fr.py"
    pack.write_text(pack.read_text(encoding="utf-8") + "\n# one more word\n", encoding="utf-8")
    after = compute()
    assert after != before
    (copy / "sw.py").write_text((copy / "xx.py").read_text(encoding="utf-8"), encoding="utf-8")
    assert compute() not in (before, after)  # a new pack too


def test_packs_load_lazily_and_cli_help_never_imports_babel():
    """Babel (CLDR) is read only when a pack is first built: not by ``import releasepipe``, the CLI's
    --help, the list of packs or their fingerprint."""
    importtime = subprocess.run([sys.executable, "-X", "importtime", "-c", "import releasepipe.cli"],
                                capture_output=True, text=True, check=True)
    assert "babel" not in importtime.stderr
    probe = ("import sys, releasepipe\nfrom releasepipe import lang\nlang.CODES; lang.fingerprint()\n"
             "print('babel' in sys.modules)\nlang.get('fr')\nprint('babel' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
