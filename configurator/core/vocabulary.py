"""The domain's words, in one place: marked with `N_` for the translation tools and
translated where they are shown (the GUI, the CLI, the PDF, the CSV).

Labels name a setting or a value on its own ("Private cloud"); the `*_IN_TEXT` words fit
inside a finding's sentence ("... the policy allows private ...").
"""

from __future__ import annotations


def N_(text: str) -> str:
    """Mark `text` for translation without translating it here."""
    return text


DEPLOYMENT = {"public": N_("Public cloud"), "private": N_("Private cloud"), "hybrid": N_("Hybrid cloud")}
XINCHUANG = {
    "none": N_("No requirement"),
    "office": N_("Office systems"),
    "general": N_("General systems"),
    "core": N_("Core systems"),
}
NETWORK = {
    "internet_allowed": N_("Internet allowed"),
    "dedicated_line_only": N_("Dedicated line only"),
    "air_gapped": N_("Air-gapped"),
}
ZONE = {"public": N_("Public cloud (PUB, SAAS)"), "private": N_("Private (PRV)"), "hybrid": N_("Hybrid (HYB)")}

# A capability's domestic-technology level, and the policy levels, inside a sentence.
LEVEL_IN_TEXT = {
    "none": N_("none"),
    "office": N_("office"),
    "general": N_("general"),
    "core": N_("core"),
    "certified": N_("certified"),
    "adapted": N_("adapted"),
}
DEPLOYMENT_IN_TEXT = {"public": N_("public"), "private": N_("private"), "hybrid": N_("hybrid")}
ROLE_IN_TEXT = {
    "api-gateway": N_("an API gateway"),
    "waf": N_("a web application firewall"),
    "sm-crypto": N_("an HSM with SM2/SM3/SM4 cryptography"),
    "crypto-assessment": N_("a commercial-cryptography assessment"),
}

REQUIREMENT = {
    "deployment": N_("Deployment modes"),
    "network": N_("Network policy"),
    "data-class": N_("Data class on public cloud"),
    "core-banking-placement": N_("Core banking not on shared cloud"),
    "xinchuang-variants": N_("Domestic variants"),
    "architecture": N_("One CPU architecture"),
    "foreign-technology": N_("No foreign technology"),
    "cryptography": N_("SM cryptography"),
    "cybersecurity-review": N_("Cybersecurity review"),
    "go-live": N_("Go-live date"),
}
STATUS = {"pass": N_("pass"), "fail": N_("fail"), "warn": N_("check"), "n/a": N_("not required")}

BILLING = {"once": N_("once"), "monthly": N_("monthly"), "yearly": N_("yearly"), "usage": N_("usage")}
ORIGIN = {"explicit": N_("chosen"), "auto": N_("dependency")}
YES_NO = (N_("yes"), N_("no"))


def word(table: dict[str, str], key: str, tr) -> str:
    """`key`'s word from `table` in the language of `tr`; an unknown key is shown as written."""
    return tr(table[key]) if key in table else key
