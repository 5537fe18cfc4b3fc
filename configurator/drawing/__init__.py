"""The drawing layer shared by the window and the exports: the graph's layout, looks and
painting, the payback chart, colours and fonts (QtGui, no widgets)."""
