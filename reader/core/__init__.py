"""Parley's core: article loading, codebook, analysis, annotations and exports. No Qt here."""
