"""Writers for the BOM and the solution graph; only the PDF and picture writers use Qt."""
