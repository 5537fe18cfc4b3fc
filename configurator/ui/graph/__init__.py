"""The solution graph: a scene mirroring the document, its items, layout and view."""
