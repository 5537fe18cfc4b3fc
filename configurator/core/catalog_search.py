"""Finding capabilities in a catalog: by words of their names, id or tags, and by facets."""

from __future__ import annotations

from dataclasses import dataclass

from configurator.core.catalog import Capability, Catalog


@dataclass(frozen=True)
class CapabilityQuery:
    """What to look for; an empty text or a facet left at None does not narrow the search."""

    text: str = ""  # words, each found in the id, the Chinese or English name or a tag, any case
    category: str | None = None
    partner: bool | None = None  # delivered by a partner (True) or by the vendor (False)
    xinchuang: str | None = None  # the domestic-technology level: certified, adapted or none
    mode: str | None = None  # a mode the capability is offered in

    def matches(self, capability: Capability) -> bool:
        words = " ".join([capability.id, capability.name.en, capability.name.zh, *capability.tags]).lower()
        return (
            all(word in words for word in self.text.lower().split())
            and self.category in (None, capability.category)
            and self.partner in (None, capability.partner_delivered)
            and self.xinchuang in (None, capability.xinchuang.level)
            and (self.mode is None or self.mode in capability.modes)
        )


def search(catalog: Catalog, query: CapabilityQuery) -> list[Capability]:
    """The capabilities that match the query, in catalog order."""
    return [capability for capability in catalog.capabilities.values() if query.matches(capability)]
