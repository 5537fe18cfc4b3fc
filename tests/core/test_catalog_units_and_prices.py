"""Units and price models: the names catalog.yaml declares for unit words and price models,
the built-in hardware price model, and the sample catalog's hardware prices.
"""

from __future__ import annotations

from catalog_support import EXTRA, UNITS, WITH_UNITS, codes, load, only, where
from tiny_catalog import TINY_META


def test_units_name_each_unit_word_in_both_languages(make_catalog):
    result = load(make_catalog, {"catalog.yaml": WITH_UNITS})

    assert result.findings == []
    catalog = result.catalog
    assert catalog.unit_name("licence", "zh") == "许可"
    assert catalog.unit_name("licence", "en") == "licence"
    assert catalog.unit_name("CNY/year", "zh") == "元/年"
    assert catalog.unit_name("seat", "zh") == "seat"  # not declared: as written


def test_without_units_any_unit_word_is_accepted(make_catalog):
    result = load(make_catalog, {"extra.yaml": EXTRA.replace("unit: instance", "unit: instanse")})

    assert result.findings == []
    assert result.catalog.units == {}
    assert result.catalog.unit_name("instanse", "zh") == "instanse"


def test_unit_declared_twice(make_catalog):
    meta = WITH_UNITS.replace("defaults:\n", "  - {id: licence, name: {en: licence, zh: 套}}\ndefaults:\n")

    result = load(make_catalog, {"catalog.yaml": meta})

    finding = only(result.findings, "CAT-DUP-008")
    assert where(finding) == ("catalog.yaml", 15, 10)
    assert finding.message == "id 'licence' is defined twice: here and at catalog.yaml:12:10"
    assert result.catalog.unit_name("licence", "zh") == "许可"  # the first one counts


def test_units_belong_in_catalog_yaml(make_catalog):
    result = load(make_catalog, {"extra.yaml": UNITS})

    finding = only(result.findings, "CAT-SECTION-026")
    assert where(finding) == ("extra.yaml", 1, 1)
    assert finding.message == "'units' belongs in catalog.yaml"
    assert result.catalog.units == {}


PRICE_MODELS = """\
price_models:
  - {id: RACK, name: {en: per rack-month, zh: 按机柜月}}
  - {id: LIC, name: {en: perpetual licence, zh: 永久许可}}
"""
WITH_PRICE_MODELS = TINY_META.replace("defaults:\n", PRICE_MODELS + "defaults:\n")


def test_hardware_is_a_built_in_price_model_and_catalog_yaml_declares_more(make_catalog):
    result = load(
        make_catalog,
        {
            "catalog.yaml": WITH_PRICE_MODELS,
            "extra.yaml": EXTRA.replace("price_model: IM", "price_model: RACK")
            + EXTRA.replace("id: extra", "id: extra-hw")
            .replace("capabilities:\n", "")
            .replace("price_model: IM", "price_model: HW"),
        },
    )

    assert result.findings == []
    catalog = result.catalog
    assert catalog.capabilities["extra-hw"].modes["PUB"].price_model == "HW"
    assert catalog.price_model_name("HW", "zh") == "硬件（按台）"
    assert catalog.price_model_name("HW", "en") == "hardware, per unit"
    assert catalog.price_model_name("RACK", "zh") == "按机柜月"
    assert catalog.price_model_name("LIC", "en") == "perpetual licence"  # a declared name wins
    assert catalog.price_model_name("PROJ", "en") == "fixed-price project"


def test_a_declared_price_model_needs_a_code_and_both_names(make_catalog):
    meta = TINY_META.replace("defaults:\n", "price_models:\n  - {id: rack, name: {en: per rack}}\ndefaults:\n")
    result = load(make_catalog, {"catalog.yaml": meta})

    assert codes(result.findings) == ["CAT-LANG-018", "CAT-SCHEMA-025"]
    pattern = only(result.findings, "CAT-SCHEMA-025")
    assert where(pattern) == ("catalog.yaml", 11, 10) and "^[A-Z][A-Z0-9_]*$" in pattern.message


def test_the_sample_catalog_prices_hardware_as_hardware(sample):
    hardware = [cap for cap in sample.capabilities.values() if cap.category == "hardware"]
    assert hardware and all(mode.price_model == "HW" for cap in hardware for mode in cap.modes.values())
    assert sample.capabilities["security-kms-hsm"].modes["PRV"].price_model == "HW"  # an appliance
