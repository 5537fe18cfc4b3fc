"""Capability search: the core query (shared with the app's catalog panel) and `configurator search`."""

from __future__ import annotations

import json
import re

import pytest
from cli_helpers import cli

from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.catalog_search import CapabilityQuery, search
from configurator.paths import catalog_dir

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    result = load_catalog(catalog_dir())
    assert result.catalog is not None
    return result.catalog


def ids(capabilities) -> list[str]:
    return [c.id for c in capabilities]


def words_of(capability) -> str:
    return " ".join([capability.id, capability.name.en, capability.name.zh, *capability.tags]).lower()


# --------------------------------------------------------------------------- the query


def test_an_empty_query_finds_every_capability_in_catalog_order(catalog):
    assert ids(search(catalog, CapabilityQuery())) == list(catalog.capabilities)
    assert ids(search(catalog, CapabilityQuery("   "))) == list(catalog.capabilities)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("数智人", ["ai-digital-human"]),  # Chinese name
        ("Cloud DATA warehouse", ["data-warehouse-olap"]),  # English name, any case, every word
        ("ai-digital-human", ["ai-digital-human"]),  # id
        ("biometrics", ["ai-faceid-ekyc"]),  # tag
    ],
)
def test_words_are_found_in_names_ids_and_tags(catalog, text, expected):
    assert ids(search(catalog, CapabilityQuery(text))) == expected


def test_every_word_must_be_found(catalog):
    one = {c.id for c in search(catalog, CapabilityQuery("cloud"))}
    both = {c.id for c in search(catalog, CapabilityQuery("cloud storage"))}
    assert both and both < one
    assert all("storage" in words_of(catalog.capabilities[c]) for c in both)


def test_a_chinese_query_finds_the_databases(catalog):
    found = search(catalog, CapabilityQuery("数据库"))
    assert ids(found) == [c.id for c in catalog.capabilities.values() if "数据库" in c.name.zh]
    assert "db-tdsql-distributed" in ids(found)


def test_each_facet_narrows_the_search(catalog):
    caps = list(catalog.capabilities.values())
    for query, expected in (
        (CapabilityQuery(category="ai"), [c.id for c in caps if c.category == "ai"]),
        (CapabilityQuery(partner=True), [c.id for c in caps if c.partner_delivered]),
        (CapabilityQuery(partner=False), [c.id for c in caps if not c.partner_delivered]),
        (CapabilityQuery(xinchuang="certified"), [c.id for c in caps if c.xinchuang.level == "certified"]),
        (CapabilityQuery(mode="HYB"), [c.id for c in caps if "HYB" in c.modes]),
        (
            CapabilityQuery("network", category="iaas", mode="HYB"),
            [c.id for c in caps if c.category == "iaas" and "HYB" in c.modes and "network" in words_of(c)],
        ),
    ):
        assert expected and len(expected) < len(caps), query
        assert ids(search(catalog, query)) == expected, query


@pytest.mark.parametrize("text", ["(.*", "[", "a|b", "\\d+", "^$", ".", "*", "%s", "{name}"])
def test_regex_metacharacters_are_plain_text(catalog, text):
    expected = [c.id for c in catalog.capabilities.values() if text.lower() in words_of(c)]
    assert ids(search(catalog, CapabilityQuery(text))) == expected


def test_an_unknown_category_or_a_very_long_query_finds_nothing(catalog):
    assert search(catalog, CapabilityQuery(category="no-such-category")) == []
    assert search(catalog, CapabilityQuery("数" * 100_000)) == []


def test_a_tiny_catalog_is_searched_in_its_own_order(make_catalog):
    tiny = load_catalog(make_catalog()).catalog
    assert ids(search(tiny, CapabilityQuery())) == ["net", "db", "app", "impl"]
    assert ids(search(tiny, CapabilityQuery("数据库"))) == ["db"]
    assert ids(search(tiny, CapabilityQuery(partner=True))) == ["impl"]


# --------------------------------------------------------------------------- configurator search


def lines(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def test_the_command_prints_one_capability_per_line_in_the_language_asked(catalog):
    expected = search(catalog, CapabilityQuery("数据库"))
    for lang in ("zh", "en"):
        run = cli("search", "数据库", "--lang", lang)
        assert run.code == 0 and run.err == ""
        rows = lines(run.out)
        assert [row[0] for row in rows] == ids(expected)
        for row, capability in zip(rows, expected, strict=True):
            assert row[1:4] == [capability.name.get(lang), capability.category, " ".join(capability.modes)]
            assert len(row) == (5 if capability.partner_delivered else 4)
        assert any(len(row) == 5 for row in rows)  # Oracle, from a partner, is marked
    zh, en = cli("search", "数据库", "--lang", "zh"), cli("search", "数据库", "--lang", "en")
    assert CJK.search(zh.out) and not CJK.search(en.out)


def test_the_command_takes_filters_and_several_words(catalog):
    run = cli("search", "cloud", "storage", "--category", "iaas", "--mode", "HYB", "--vendor", "--lang", "en")
    query = CapabilityQuery("cloud storage", category="iaas", partner=False, mode="HYB")
    assert run.code == 0
    assert [row[0] for row in lines(run.out)] == ids(search(catalog, query)) != []
    partner = cli("search", "--partner", "--xinchuang", "none", "--lang", "en")
    assert [row[0] for row in lines(partner.out)] == ids(
        search(catalog, CapabilityQuery(partner=True, xinchuang="none"))
    )
    assert all(row[-1] == "partner" for row in lines(partner.out))


def test_json_is_a_list_of_capabilities(catalog):
    run = cli("search", "数据库", "--format", "json", "--lang", "zh")
    assert run.code == 0
    found = json.loads(run.out)
    assert [record["id"] for record in found] == ids(search(catalog, CapabilityQuery("数据库")))
    tdsql = next(record for record in found if record["id"] == "db-tdsql-distributed")
    capability = catalog.capabilities["db-tdsql-distributed"]
    assert tdsql == {
        "id": capability.id,
        "name": {"en": capability.name.en, "zh": capability.name.zh},
        "category": "database",
        "modes": list(capability.modes),
        "partner_delivered": False,
        "provider": "vendor",
        "xinchuang": capability.xinchuang.level,
        "tags": list(capability.tags),
    }


@pytest.mark.parametrize("fmt, out", [("text", ""), ("json", "[]\n")])
def test_nothing_found_is_no_error(fmt, out):
    run = cli("search", "no such capability anywhere", "--format", fmt, "--lang", "en")
    assert (run.code, run.out) == (0, out)
    assert run.err == ("no capability matches\n" if fmt == "text" else "")


def test_nothing_found_is_said_in_chinese_with_lang_zh():
    run = cli("search", "no such capability anywhere", "--lang", "zh")
    assert (run.code, run.out) == (0, "") and CJK.search(run.err)


@pytest.mark.parametrize(
    "query",
    ["", "(.*", "[a-z]+", "\\", "-" * 3000, "数" * 50_000, "'; DROP TABLE capabilities; --", "\x00", "\u202e"],
    ids=["empty", "group", "class", "backslash", "dashes", "long-chinese", "sql", "nul", "bidi"],
)
def test_hostile_queries_never_fail(catalog, query):
    run = cli("search", "--lang", "zh", "--", query)
    assert run.code == 0 and "Traceback" not in run.err
    assert [row[0] for row in lines(run.out)] == ids(search(catalog, CapabilityQuery(query)))


@pytest.mark.parametrize(
    "argv, said",
    [
        (["--category", "no-such-category"], "unknown category 'no-such-category' (known: iaas, "),
        (["--partner", "--vendor"], "not allowed with argument"),
        (["--xinchuang", "bogus"], "invalid choice"),
        (["--mode", "pub"], "invalid choice"),
        (["--lang", "fr"], "invalid choice"),
        (["--catalog", "/no/such/catalog"], "CAT-DIR-010"),
    ],
)
def test_usage_errors_and_an_unreadable_catalog_exit_2(argv, said):
    run = cli("search", *argv)
    assert run.code == 2 and run.out == ""
    assert said in run.err and "Traceback" not in run.err


def test_names_with_line_breaks_stay_on_their_line(make_catalog):
    root = make_catalog()
    content = (root / "content.yaml").read_text(encoding="utf-8")
    hostile = 'name: {en: "Net\\twork\\nnext\\rline", zh: 网络}'
    (root / "content.yaml").write_text(content.replace("name: {en: Network, zh: 网络}", hostile), encoding="utf-8")
    run = cli("search", "--catalog", root, "--lang", "en")
    assert run.code == 0
    assert lines(run.out)[0] == ["net", "Net work next line", "base", "PUB PRV"]
    assert [row[0] for row in lines(run.out)] == ["net", "db", "app", "impl"]
