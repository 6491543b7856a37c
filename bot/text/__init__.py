"""Leaves: scripts and normalisation, numbered choices, PII masking, catalogs. They import
nothing else of `bot`, so every other layer can use them."""
