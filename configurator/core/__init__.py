"""Qt-free domain layer: catalog and solution models, loading, resolution, rules and the BOM."""
